#!/usr/bin/env bash
# Where an item's time goes, layer by layer: N × `true` started by a shell loop, by a shell
# loop through setsid (the session preflight gives every item), by the JDK alone (bench/Spawn.java:
# ProcessBuilder, both pipes read, waitFor; vfork as preflight uses it on JDK 17 and 21), by the
# JDK through setsid, and by preflight at -j 1. Each figure is one hyperfine run of N items; the
# per-item cost subtracts the same tool's start with 0 items (an empty loop, `java Spawn 0`, a
# one-item checklist).
# Needs hyperfine and setsid (util-linux). Usage: bench/spawn.sh [RUNS] [N]
# (results also written to bench/results/spawn.md)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
n=${2:-500}
# shellcheck source=bench/peers.sh
. bench/peers.sh
need hyperfine setsid javac
setsid=$(command -v setsid)
[ -f target/preflight.jar ] || ./mvnw -q -B -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
javac -d "$work" bench/Spawn.java
items 1 > "$work/one.yaml"
items "$n" > "$work/many.yaml"
java="java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn8m -Djdk.lang.Process.launchMechanism=VFORK -cp $work Spawn"
bin/preflight run "$work/one.yaml" --no-input >/dev/null # the class-data archive, once
mkdir -p bench/results
hyperfine -N --style basic --warmup 1 --runs "$runs" --export-json "$work/spawn.json" \
  -n 'shell: start' "sh -c 'for i in \$(seq 0); do sh -c true; done'" \
  -n "shell: sh -c true" "sh -c 'for i in \$(seq $n); do sh -c true; done'" \
  -n "shell: setsid sh -c true" "sh -c 'for i in \$(seq $n); do $setsid sh -c true; done'" \
  -n 'JDK: start' "$java 0" \
  -n "JDK: sh -c true" "$java $n sh -c true" \
  -n "JDK: setsid sh -c true" "$java $n $setsid sh -c true" \
  -n 'preflight: start (1 item)' "bin/preflight run $work/one.yaml --no-input" \
  -n "preflight: -j 1" "bin/preflight run $work/many.yaml -j 1 --no-input" >&2
python3 - "$work/spawn.json" "$n" <<'PY' | tee bench/results/spawn.md
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
n = int(sys.argv[2])
def ms(s): return f"{s * 1000:.1f} ms"
print(f"| {n} × true | mean | per item, start-up taken off |")
print("|---|---:|---:|")
start = None
for name, r in results.items():
    if name.endswith("start") or "start (" in name:
        start = r["mean"]
        print(f"| {name} | {ms(r['mean'])} ± {ms(r['stddev'] or 0)} | |")
    else:
        extra = n - 1 if name.startswith("preflight") else n  # its start ran one item
        print(f"| {name} | {ms(r['mean'])} ± {ms(r['stddev'] or 0)} | {ms((r['mean'] - start) / extra)} |")
PY
