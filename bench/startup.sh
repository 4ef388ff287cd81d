#!/usr/bin/env bash
# Startup baseline: wall time of `preflight --version` and `preflight validate` on the seed
# checklist, against `pre-commit run` with one trivial local hook as the peer.
# Needs hyperfine and pre-commit (Debian: apt-get install hyperfine pre-commit).
# Usage: bench/startup.sh [RUNS]   (results also written to bench/results/startup.md)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}

for tool in hyperfine pre-commit java; do
  command -v "$tool" >/dev/null || { echo "bench/startup.sh: $tool is not installed" >&2; exit 1; }
done
[ -f target/preflight.jar ] || ./mvnw -q -B -DskipTests package

peer=$(mktemp -d)
trap 'rm -rf "$peer"' EXIT
(
  cd "$peer"
  git init -q .
  cat > .pre-commit-config.yaml <<'YAML'
repos:
  - repo: local
    hooks:
      - id: trivial
        name: trivial
        entry: "true"
        language: system
        pass_filenames: false
        always_run: true
YAML
  git add .pre-commit-config.yaml
  git -c user.email=bench@example.invalid -c user.name=bench commit -qm init
  pre-commit run --all-files >/dev/null  # first run installs nothing for system hooks, but warms its cache
)

mkdir -p bench/results
hyperfine --warmup 3 --runs "$runs" --export-markdown bench/results/startup.md \
  -n 'preflight --version' 'java -jar target/preflight.jar --version' \
  -n 'preflight validate (seed)' 'java -jar target/preflight.jar validate checklists/core-module-deployment.yaml' \
  -n 'pre-commit run (1 local hook)' "cd $peer && pre-commit run --all-files"
