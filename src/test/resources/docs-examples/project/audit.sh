#!/bin/sh
# Audit tools exit 1 when they find anything, whatever its severity.
echo "high=0 medium=2"
exit 1
