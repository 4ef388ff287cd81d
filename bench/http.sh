#!/usr/bin/env bash
# The http probe's own cost, against a local server that answers every request after a fixed
# delay, beside curl in a loop, ab and wrk sending the same requests.
#   bench/http.sh [RUNS] [REQUESTS] [DELAY_MS]      (defaults 10, 200, 20)
# Writes bench/results/http.md (hyperfine table) and prints the probe's p50 beside the delay.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
requests=${2:-200}
delay_ms=${3:-20}
jar=target/preflight.jar
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

cat > "$work/server.py" <<PY
import http.server, socketserver, sys, time
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are two writes; keep-alive clients would wait 40 ms
    def do_GET(self):
        time.sleep($delay_ms / 1000)
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")
    def log_message(self, *a):
        pass
class S(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    request_queue_size = 128
s = S(("127.0.0.1", 0), H)
print(s.server_address[1], flush=True)
s.serve_forever()
PY
python3 "$work/server.py" > "$work/port" 2>/dev/null &
server=$!
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
port=$(cat "$work/port")
url="http://127.0.0.1:$port/"

for c in 1 10; do
  cat > "$work/c$c.yaml" <<YAML
version: 1
name: http bench
sections:
  - id: s
    title: S
    items:
      - id: h
        title: $requests requests, $c at a time
        http: {url: "$url", samples: $requests, concurrency: $c}
YAML
done
cat > "$work/version.yaml" <<YAML
version: 1
name: jvm only
sections:
  - id: s
    title: S
    items:
      - {id: t, title: nothing, tcp: {host: 127.0.0.1, port: $port}}
YAML

mkdir -p bench/results
hyperfine --warmup 1 --runs "$runs" --export-markdown bench/results/http.md \
  -n "preflight, one tcp probe (JVM start and load)" "java -jar $jar run $work/version.yaml --color never" \
  -n "preflight http probe, $requests requests, concurrency 1" "java -jar $jar run $work/c1.yaml --color never" \
  -n "curl in a loop, $requests requests" "for i in \$(seq $requests); do curl -s -o /dev/null $url; done" \
  -n "ab -n $requests -c 1" "ab -q -n $requests -c 1 $url" \
  -n "preflight http probe, $requests requests, concurrency 10" "java -jar $jar run $work/c10.yaml --color never" \
  -n "ab -n $requests -c 10" "ab -q -n $requests -c 10 $url"

echo
echo "server delay: ${delay_ms} ms; what each tool measured per request (concurrency 10):"
java -jar "$jar" run "$work/c10.yaml" --color never --report "json=$work/r.json" >/dev/null
python3 - "$work/r.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))["items"][0]["metrics"]
print(f"  preflight: p50 {m['p50_ms']} ms, p95 {m['p95_ms']} ms, {m['rps']} req/s")
PY
ab -n "$requests" -c 10 "$url" 2>/dev/null | grep -E "Time per request|50%|95%" | head -3 | sed 's/^/  ab: /'
wrk -t 2 -c 10 -d 3s --latency "$url" 2>/dev/null | grep -E "^ +(50|90|99)%|Requests/sec" | sed 's/^/  wrk:/'
