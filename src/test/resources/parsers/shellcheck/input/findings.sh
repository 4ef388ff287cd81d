#!/bin/sh
# Findings at every shellcheck level: 1 error, 4 warnings, 2 info, 2 style (9 in all).
name=$1
echo $name
unused="never read"
cd /tmp
if [ $name == "x" ]; then
  echo `date`
fi
if [ -z "name" ]; then
  echo "literal strings are never empty"
fi
