#!/bin/sh
# Start the service on a free loopback port with a throw-away database, probe it over
# HTTP with curl, stop it. Exit 0 only when every probe answered as expected.
#
#   sh scripts/smoke.sh health                 # GET /health and /health/ready
#   sh scripts/smoke.sh predict                # auth + create + read back a prediction
#   sh scripts/smoke.sh all dist/app.pyz       # both, against a built artifact
#
# PYTHON selects the interpreter (default /usr/bin/python3). With BASE_URL set (and
# SMOKE_API_KEY for predict), nothing is started: a deployed service is probed instead.
set -u

mode=${1:-all}
artifact=${2:-}
PYTHON=${PYTHON:-/usr/bin/python3}
case $mode in
  health|predict|all) ;;
  *) echo "usage: $0 health|predict|all [ARTIFACT.pyz]" >&2; exit 2 ;;
esac
command -v curl >/dev/null 2>&1 || { echo "smoke: curl not found" >&2; exit 127; }

tmp=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_service() {
  key="smoke-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
  export DATABASE_URL="sqlite:///$tmp/smoke.db" API_KEYS="$key" APP_ENV=smoke
  if [ -n "$artifact" ]; then
    "$PYTHON" "$artifact" --port 0 --migrate >"$tmp/out" 2>"$tmp/err" &
  else
    "$PYTHON" -m app --port 0 --migrate >"$tmp/out" 2>"$tmp/err" &
  fi
  pid=$!
  base=
  i=0
  while [ $i -lt 100 ]; do
    base=$(sed -n 's/^listening on //p' "$tmp/out")
    [ -n "$base" ] && return 0
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "smoke: service exited before listening:" >&2
      cat "$tmp/err" >&2
      exit 1
    fi
    sleep 0.1
    i=$((i + 1))
  done
  echo "smoke: service did not start within 10s" >&2
  exit 1
}

if [ -n "${BASE_URL:-}" ]; then
  base=${BASE_URL%/}
  key=${SMOKE_API_KEY:-}
  echo "probing deployed service at $base"
else
  start_service
  echo "service at $base (pid $pid)"
fi

checks=0
failures=0
# probe METHOD PATH EXPECTED_STATUS EXPECTED_TEXT [curl args...]
probe() {
  method=$1 path=$2 want=$3 text=$4
  shift 4
  checks=$((checks + 1))
  got=$(curl -sS --max-time 5 -o "$tmp/body" -w '%{http_code}' -X "$method" "$@" "$base$path") || got=000
  body=$(cat "$tmp/body" 2>/dev/null)
  if [ "$got" = "$want" ] && printf '%s' "$body" | grep -qF -- "$text"; then
    echo "ok   $method $path -> $got $body"
  else
    echo "FAIL $method $path -> $got (expected $want with $text) $body"
    failures=$((failures + 1))
  fi
}

if [ "$mode" = health ] || [ "$mode" = all ]; then
  probe GET /health 200 '"status": "ok"'
  probe GET /health/ready 200 '"database": {"ok": true}'
fi
if [ "$mode" = predict ] || [ "$mode" = all ]; then
  features='{"features": {"tenure_months": 2, "monthly_spend": 120.0, "support_tickets": 4}}'
  probe POST /predictions 401 'missing X-API-Key' -H 'Content-Type: application/json' -d "$features"
  probe POST /predictions 201 '"label": "churn"' -H "X-API-Key: $key" -d "$features"
  id=$(sed -n 's/.*"id": \([0-9][0-9]*\).*/\1/p' "$tmp/body")
  probe GET "/predictions/${id:-missing}" 200 '"model_version": "churn-linear-1"' -H "X-API-Key: $key"
fi

if [ "$failures" -eq 0 ]; then
  echo "SMOKE OK: $checks of $checks checks passed"
else
  echo "SMOKE FAILED: $failures of $checks checks failed"
  exit 1
fi
