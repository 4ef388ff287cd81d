#!/usr/bin/env bash
# Scheduling overhead: 200 items of `true` at -j 1 and -j 8, and a dependency graph of sleeps
# whose critical path is known, against the wall time preflight needs for it.
# Needs hyperfine (Debian: apt-get install hyperfine).
# Usage: bench/schedule.sh [RUNS]   (results also written to bench/results/schedule.md)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
command -v hyperfine >/dev/null || { echo "bench/schedule.sh: hyperfine is not installed" >&2; exit 1; }
[ -f target/preflight.jar ] || ./mvnw -q -B -DskipTests package
jar=$PWD/target/preflight.jar

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

{
  printf 'version: 1\nname: 200 trivial items\nsections:\n  - id: all\n    title: All\n    items:\n'
  for i in $(seq 1 200); do
    printf '      - {id: t%03d, title: "true %d", run: "true"}\n' "$i" "$i"
  done
} > "$work/trivial.yaml"

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
cd "$work"
hyperfine --warmup 1 --runs "$runs" --export-markdown "$OLDPWD/bench/results/schedule.md" \
  -n '200 × true, -j 1' "java -jar $jar run trivial.yaml -j 1 --no-input" \
  -n '200 × true, -j 8' "java -jar $jar run trivial.yaml -j 8 --no-input" \
  -n 'graph (critical path 2.2 s), -j 4' "java -jar $jar run graph.yaml -j 4 --no-input" \
  -n 'preflight --version (JVM start)' "java -jar $jar --version"
