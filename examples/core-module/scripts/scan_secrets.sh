#!/bin/sh
# Look for hard-coded secrets in the code that ships: secret-named variables assigned
# a string literal, private key blocks, and URLs carrying user:password@. Findings are
# printed as file:line and the rule that matched, never the matched value.
#
#   sh scripts/scan_secrets.sh [PATH...]     (default: the shipped sources)
set -u

if [ $# -eq 0 ]; then
  set -- core api app.py db.py migrations Makefile pyproject.toml
fi

files=$(find "$@" -type f \( -name '*.py' -o -name '*.sql' -o -name '*.toml' -o -name '*.cfg' \
  -o -name '*.ini' -o -name '*.env*' -o -name '*.yaml' -o -name '*.yml' -o -name '*.json' \
  -o -name Makefile \) ! -path '*/__pycache__/*' | sort)
count=$(printf '%s\n' "$files" | grep -c .)

findings=0
rule() {
  name=$1 pattern=$2
  # shellcheck disable=SC2086 # $files is a newline-separated list of paths without spaces
  hits=$(grep -EinH -- "$pattern" $files 2>/dev/null | cut -d: -f1,2)
  for hit in $hits; do
    echo "finding: $hit $name"
    findings=$((findings + 1))
  done
}

rule secret-assignment "(secret|passw(or)?d|token|api_?key|private_?key)[a-z0-9_]*[\"']?[[:space:]]*[:=][[:space:]]*[\"'][^\"'[:space:]]{4,}[\"']"
rule private-key-block "-----BEGIN [A-Z ]*PRIVATE KEY-----"
rule credentials-in-url "[a-z][a-z0-9+.-]*://[^/:@[:space:]\"']+:[^/@[:space:]\"']+@"

echo "files_scanned=$count findings=$findings"
[ "$findings" -eq 0 ]
