#!/usr/bin/env bash
# Per-item overhead: 200 items of `true` at -j 1 through preflight, beside the same 200 commands
# in a shell loop, in lefthook and in pre-commit, all in one hyperfine run; plus 200 items at
# -j 8, a dependency graph whose critical path is known, and JVM start alone.
# Needs hyperfine, git, pre-commit (Debian: apt-get install hyperfine git pre-commit) and npm,
# which installs lefthook $LEFTHOOK_VERSION once into ~/.cache/preflight-bench.
# Usage: bench/schedule.sh [RUNS]   (results also written to bench/results/schedule.md)
#        PREFLIGHT_JAR=other.jar bench/schedule.sh   measures another build the same way
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
# shellcheck source=bench/peers.sh
. bench/peers.sh
need hyperfine git pre-commit python3
use_lefthook
lefthook=$(command -v lefthook)
if [ -z "${PREFLIGHT_JAR:-}" ]; then
  [ -f target/preflight.jar ] || ./mvnw -q -B -DskipTests package
  PREFLIGHT_JAR=target/preflight.jar
fi
jar=$(realpath "$PREFLIGHT_JAR")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

items 200 > "$work/trivial.yaml"

# The same 200 commands for the peers, in a git repository of their own as both want one.
# lefthook runs each through `sh -c`, pre-commit execs `true` itself.
mkdir "$work/peers"
{
  printf 'pre-commit:\n  parallel: false\n  commands:\n'
  for i in $(seq -w 1 200); do printf '    t%s:\n      run: "true"\n' "$i"; done
} > "$work/peers/lefthook.yml"
{
  printf 'repos:\n  - repo: local\n    hooks:\n'
  for i in $(seq -w 1 200); do
    printf '      - {id: t%s, name: t%s, entry: "true", language: system,' "$i" "$i"
    printf ' pass_filenames: false, always_run: true}\n'
  done
} > "$work/peers/.pre-commit-config.yaml"
git -C "$work/peers" init -q
git -C "$work/peers" add -A
git -C "$work/peers" -c user.name=bench -c user.email=bench@localhost commit -q -m bench
export PRE_COMMIT_HOME=$work/pre-commit-home

# Critical path a → b → d → g = 0.5 + 1.0 + 0.5 + 0.2 = 2.2 s; all items together sleep 4.5 s.
cat > "$work/graph.yaml" <<'YAML'
version: 1
name: Graph with a 2.2 s critical path
sections:
  - id: all
    title: All
    items:
      - {id: a, title: a, run: sleep 0.5}
      - {id: b, title: b, run: sleep 1.0, needs: [a]}
      - {id: c, title: c, run: sleep 0.5, needs: [a]}
      - {id: d, title: d, run: sleep 0.5, needs: [b, c]}
      - {id: e, title: e, run: sleep 1.5}
      - {id: f, title: f, run: sleep 0.3, needs: [e]}
      - {id: g, title: g, run: sleep 0.2, needs: [d, f]}
YAML

mkdir -p bench/results
results=$PWD/bench/results
cd "$work"
hyperfine --warmup 1 --runs "$runs" \
  --export-markdown "$results/schedule.md" --export-json "$results/schedule.json" \
  -n 'preflight: 200 × true, -j 1' "java -jar $jar run trivial.yaml -j 1 --no-input" \
  -n 'shell loop: 200 × sh -c true' "sh -c 'for i in \$(seq 200); do sh -c true; done'" \
  -n "lefthook $LEFTHOOK_VERSION: 200 × true" "cd peers && $lefthook run pre-commit --force" \
  -n 'pre-commit: 200 × true' "cd peers && pre-commit run --all-files" \
  -n 'preflight: 200 × true, -j 8' "java -jar $jar run trivial.yaml -j 8 --no-input" \
  -n 'preflight: graph (critical path 2.2 s), -j 4' "java -jar $jar run graph.yaml -j 4 --no-input" \
  -n 'preflight --version (JVM start)' "java -jar $jar --version"

# Per item: the whole run over 200, and beside the shell loop.
python3 - "$results/schedule.json" <<'PY'
import json, sys
results = {r["command"]: r["mean"] for r in json.load(open(sys.argv[1]))["results"]}
loop = results["shell loop: 200 × sh -c true"]
print("\nper item (mean / 200)          ms   above the shell loop")
for name, mean in results.items():
    if "200 ×" in name:
        print(f"{name:32s} {mean / 200 * 1000:5.1f}  {(mean - loop) / 200 * 1000:+5.1f}")
PY
