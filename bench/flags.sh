#!/usr/bin/env bash
# Which JVM options pay: each set of options on three workloads, wall time and CPU time
# (user + system, which counts the JIT and GC threads competing with the items for the cores).
#   one item      a checklist with one `true` item (start-up)
#   200 items     200 × `true` at -j 1 (the JVM's own work per item)
#   validate 10k  validating 10,000 items (loader, parser, JIT)
# Every set runs `java -jar` with a class-data archive made as bin/preflight makes it, except
# the first (the JDK's own archive only) and -Xshare:off (none at all).
# Usage: bench/flags.sh [RUNS]   (default 10; results in bench/results/flags.md)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=${1:-10}
# shellcheck source=bench/peers.sh
. bench/peers.sh
need hyperfine
[ -f target/preflight.jar ] || ./mvnw -q -B -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jar=$work/preflight.jar # a copy: a rebuild meanwhile must not change what is measured
cp target/preflight.jar "$jar"
items 1 > "$work/one.yaml"
items 200 > "$work/200.yaml"
items 10000 > "$work/10k.yaml"
# the archive as bin/preflight makes it: written by a first run
archive=$work/preflight.jsa
(cd "$work" && java -XX:ArchiveClassesAtExit="$archive" -Xlog:cds*=off -jar "$jar" run one.yaml \
  --no-input >/dev/null)
cds="-XX:SharedArchiveFile=$archive -Xlog:cds*=off"

sets=(
  "JDK archive only|"
  "no archive at all (Xshare:off)|-Xshare:off"
  "app archive (CDS)|$cds"
  "CDS + TieredStopAtLevel=1|$cds -XX:TieredStopAtLevel=1"
  "CDS + UseSerialGC|$cds -XX:+UseSerialGC"
  "CDS + C1 + SerialGC|$cds -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
  "CDS + C1 + SerialGC + CICompilerCount=1|$cds -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:CICompilerCount=1"
  "CDS + C1 + SerialGC + -UsePerfData|$cds -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"
  "CDS + C1 + SerialGC + Xss256k|$cds -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss256k"
  "CDS + C1 + SerialGC + Xms16m Xmx256m|$cds -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms16m -Xmx256m"
  "CDS + C1 + SerialGC + Xmn8m|$cds -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn8m"
)
mkdir -p bench/results
for workload in "one item|run one.yaml --no-input" "200 items -j 1|run 200.yaml -j 1 --no-input" \
  "validate 10k|validate 10k.yaml"; do
  name=${workload%%|*}
  args=()
  for set in "${sets[@]}"; do
    args+=("--command-name=${set%%|*}" "java ${set#*|} -jar $jar ${workload#*|}")
  done
  (cd "$work" && hyperfine -N --style basic --warmup 1 --runs "$runs" \
    --export-json "$root/bench/results/flags-${name// /-}.json" "${args[@]}" >&2)
done

python3 - "$root/bench/results" > bench/results/flags.md <<'EOF'
import json, pathlib, sys
results = pathlib.Path(sys.argv[1])
files = sorted(results.glob("flags-*.json"))
data = {f.stem[6:]: {r["command"]: r for r in json.loads(f.read_text())["results"]} for f in files}
names = list(next(iter(data.values())).keys())
print("| options | " + " | ".join(f"{w}: wall / CPU" for w in data) + " |")
print("|---|" + "---:|" * len(data))
for n in names:
    cells = [f"{d[n]['mean'] * 1000:.0f} ms / {(d[n]['user'] + d[n]['system']) * 1000:.0f} ms"
             for d in data.values()]
    print(f"| {n} | " + " | ".join(cells) + " |")
EOF
cat bench/results/flags.md
