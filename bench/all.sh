#!/usr/bin/env bash
# Every figure of bench/README.md's main table in one run, preflight beside pre-commit,
# lefthook and a plain shell doing the same work:
#   start-up        one trivial item (`true`)
#   200 sequential  200 × `true`, one at a time
#   16 × sleep 1    all at once (-j 16); the critical path is 1 s
#   1 GiB output    one item printing 1 GiB: peak RSS (GNU time) and wall time
#   10,000 items    validating a checklist (config) of 10,000 items
#   scale           1,000 and 10,000 × `true` at -j 8: the cost per item must not grow
#   real 15 items   bench/real15.yaml over examples/core-module at -j 2, against a plain
#                   two-worker pool (xargs -P 2) running the same commands
# preflight runs through bin/preflight, as a user runs it: JVM options and class-data archive
# included (its archive is made by a warm-up run first).
# Needs hyperfine, GNU time, git, pre-commit (Debian: apt-get install hyperfine time pre-commit)
# and npm (lefthook is installed from npm, pinned, into ~/.cache/preflight-bench).
# Usage: bench/all.sh [RUNS] [REAL_RUNS]   (defaults 10 and 3; results in bench/results/)
#   SCALE="1000 10000" sets the two sizes of the scale figure (smaller for a quick check).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=${1:-10}
real_runs=${2:-3}
# shellcheck source=bench/peers.sh
. bench/peers.sh
need hyperfine git pre-commit python3 xargs
[ -x /usr/bin/time ] || { echo "bench: GNU time (/usr/bin/time) is not installed" >&2; exit 1; }
use_lefthook
[ -f target/preflight.jar ] || ./mvnw -q -B -DskipTests package
preflight=$root/bin/preflight

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
results=$root/bench/results
mkdir -p "$results"
rm -f "$results"/all-*.json "$results"/all-rss.txt

# hyperfine NAME [hyperfine arguments…]: results in $results/all-NAME.json. A command that
# fails stops the benchmark, unless BENCH_IGNORE_FAILURES=1 (then say so beside the numbers).
ignore=()
[ "${BENCH_IGNORE_FAILURES:-0}" = 1 ] && ignore=(--ignore-failure)
bench() {
  local name=$1
  shift
  hyperfine -N --style basic "${ignore[@]}" --export-json "$results/all-$name.json" "$@" >&2
}

echo "== workloads in $work" >&2
repeat() { # N COMMAND: the command N times, into the array "commands"
  commands=()
  for _ in $(seq "$1"); do commands+=("$2"); done
}
workload one "$work/one" true
repeat 200 true
workload seq "$work/seq" "${commands[@]}"
repeat 16 'sleep 1'
LEFTHOOK_PARALLEL=true workload sleep "$work/sleep" "${commands[@]}"
big='yes xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx | head -c 1073741824'
workload big "$work/big" "$big"
repeat 10000 true
workload validate "$work/validate" "${commands[@]}"

# one run of each tool first: preflight makes its class-data archive, pre-commit its cache
for dir in one seq; do
  for tool in "$preflight run --no-input" "pre-commit run --all-files" "lefthook run bench"; do
    (cd "$work/$dir" && $tool >/dev/null) || [ ${#ignore[@]} = 1 ] \
      || { echo "bench: $tool failed in $dir" >&2; exit 1; }
  done
done

echo "== start-up: one trivial item" >&2
bench startup --warmup 3 --runs "$runs" \
  -n preflight "sh -c 'cd $work/one && $preflight run --no-input'" \
  -n pre-commit "sh -c 'cd $work/one && pre-commit run --all-files'" \
  -n lefthook "sh -c 'cd $work/one && lefthook run bench'" \
  -n shell "sh -c 'cd $work/one && sh -c true'" \
  -n 'preflight --version' "$preflight --version"

echo "== 200 items, one at a time" >&2
bench seq --warmup 1 --runs "$runs" \
  -n preflight "sh -c 'cd $work/seq && $preflight run -j 1 --no-input'" \
  -n pre-commit "sh -c 'cd $work/seq && pre-commit run --all-files'" \
  -n lefthook "sh -c 'cd $work/seq && lefthook run bench'" \
  -n shell "sh -c 'for i in \$(seq 200); do sh -c true; done'"

echo "== 16 × sleep 1, all at once (pre-commit runs hooks one after another: 16 s)" >&2
bench sleep --warmup 1 --runs "$runs" \
  -n preflight "sh -c 'cd $work/sleep && $preflight run -j 16 --no-input'" \
  -n lefthook "sh -c 'cd $work/sleep && lefthook run bench'" \
  -n shell "sh -c 'for i in \$(seq 16); do sleep 1 & done; wait'"

echo "== 1 GiB of output: peak RSS" >&2
rss() { # NAME COMMAND: one run, peak RSS of the largest process, and wall time
  /usr/bin/time -f "$1 %M %e" -a -o "$results/all-rss.txt" sh -c "$2" >/dev/null 2>&1 || true
}
rss preflight "cd $work/big && $preflight run --no-input"
rss pre-commit "cd $work/big && pre-commit run --all-files"
rss lefthook "cd $work/big && lefthook run bench"
rss shell "$big > $work/big/shell.log"
grep -c . "$work/big/.preflight/logs/"*/big-1.log >/dev/null # the log is there…
log_bytes=$(wc -c < "$(ls "$work"/big/.preflight/logs/*/big-1.log)")
echo "log $log_bytes" >> "$results/all-rss.txt" # …and complete

echo "== 10,000 items: validate" >&2
bench validate --warmup 1 --runs "$runs" \
  -n preflight "$preflight validate $work/validate/preflight.yaml" \
  -n pre-commit "sh -c 'cd $work/validate && pre-commit validate-config'" \
  -n lefthook "sh -c 'cd $work/validate && lefthook validate'"

read -r small large <<<"${SCALE:-1000 10000}"
echo "== scale: $small and $large items at -j 8" >&2
for n in "$small" "$large"; do
  mkdir -p "$work/scale$n"
  head -n $((6 + n)) "$work/validate/preflight.yaml" > "$work/scale$n/preflight.yaml"
done
bench scale --runs 1 \
  -n "$small" "sh -c 'cd $work/scale$small && $preflight run -j 8 --no-input'" \
  -n "$large" "sh -c 'cd $work/scale$large && $preflight run -j 8 --no-input'"

echo "== real 15 items at -j 2 against xargs -P 2" >&2
mkdir -p "$work/real15/out"
cp bench/real15.yaml "$work/real15/real15.yaml"
module=$root/examples/core-module
out=$work/real15/out
sed -n "s/^ *run: '\(.*\)'}\$/\1/p" bench/real15.yaml \
  | sed "s|{{ out }}|$out|g" > "$work/real15/commands"
[ "$(wc -l < "$work/real15/commands")" = 15 ] || { echo "bench: real15.yaml lost a command" >&2; exit 1; }
tr '\n' '\0' < "$work/real15/commands" > "$work/real15/commands0"
bench real15 --warmup 1 --runs "$real_runs" \
  -n preflight "sh -c 'cd $work/real15 && $preflight run real15.yaml -j 2 --no-input --var module=$module --var out=$out'" \
  -n 'xargs -P 2' "sh -c 'cd $module && PYTHONDONTWRITEBYTECODE=1 xargs -0 -P 2 -I{} sh -c {} < $work/real15/commands0'"

python3 bench/table.py "$results" > "$results/all.md"
cat "$results/all.md"
