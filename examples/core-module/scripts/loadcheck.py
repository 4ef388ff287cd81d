"""Concurrency and latency check against a freshly started service.

Starts the service (``-m app`` or a built ``.pyz``) on a free loopback port with a
throw-away database, releases N simulated users at once, each sending R requests
(alternating POST /predictions and GET /predictions/<id>), and prints one JSON object:

    {"users": 100, "requests": 500, "errors": 0, "error_rate_pct": 0.0,
     "p50_ms": ..., "p95_ms": ..., "max_ms": ..., "throughput_rps": ...}

It judges nothing itself: the checklist's expectations compare these numbers with the
thresholds. Exit 1 only when the service could not be started.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import subprocess  # nosec B404 - starts our own service with a fixed argv
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FEATURES = {"tenure_months": 7, "monthly_spend": 55.5, "support_tickets": 2}


def percentile(sorted_values: list[float], pct: float) -> float:
    if not sorted_values:
        return 0.0
    index = min(len(sorted_values) - 1, max(0, round(pct / 100 * len(sorted_values) + 0.5) - 1))
    return sorted_values[index]


def call(url: str, key: str, data: bytes | None) -> tuple[int, bytes]:
    req = urllib.request.Request(url, data=data, method="POST" if data is not None else "GET")
    req.add_header("X-API-Key", key)
    req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:  # nosec B310 - loopback http URL we built
            return resp.status, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()
    except OSError:
        return 0, b""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--requests-per-user", type=int, default=5)
    parser.add_argument("--artifact", help="a built dist/*.pyz to run instead of -m app")
    args = parser.parse_args()

    key = secrets.token_hex(16)
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp}/load.db", "API_KEYS": key, "APP_ENV": "load"}
        target = [args.artifact] if args.artifact else ["-m", "app"]
        proc = subprocess.Popen(  # nosec B603 - our own interpreter and entry point
            [sys.executable, *target, "--port", "0", "--migrate"],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            assert proc.stdout is not None  # nosec B101 - stdout=PIPE above
            line = proc.stdout.readline()
            if not line.startswith("listening on "):
                print(f"service did not start (exit {proc.poll()})", file=sys.stderr)
                return 1
            base = line.split()[-1]
            latencies: list[float] = []
            failures: list[int] = []
            lock = threading.Lock()
            start = threading.Barrier(args.users)

            def user() -> None:
                start.wait()
                last_id: int | None = None
                for n in range(args.requests_per_user):
                    began = time.perf_counter()
                    if n % 2 == 0 or last_id is None:
                        payload = json.dumps({"features": FEATURES}).encode()
                        status, body = call(base + "/predictions", key, payload)
                        ok = status == 201
                        if ok:
                            last_id = json.loads(body)["id"]
                    else:
                        status, _ = call(f"{base}/predictions/{last_id}", key, None)
                        ok = status == 200
                    elapsed = (time.perf_counter() - began) * 1000
                    with lock:
                        latencies.append(elapsed)
                        if not ok:
                            failures.append(status)

            threads = [threading.Thread(target=user) for _ in range(args.users)]
            began = time.perf_counter()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            wall = time.perf_counter() - began
        finally:
            proc.terminate()
            proc.wait(timeout=10)

    ordered = sorted(latencies)
    total = len(ordered)
    print(json.dumps({
        "users": args.users,
        "requests": total,
        "errors": len(failures),
        "error_rate_pct": round(100 * len(failures) / total, 3) if total else 100.0,
        "error_statuses": sorted(set(failures)),
        "p50_ms": round(percentile(ordered, 50), 2),
        "p95_ms": round(percentile(ordered, 95), 2),
        "max_ms": round(ordered[-1], 2) if ordered else 0.0,
        "throughput_rps": round(total / wall, 1) if wall else 0.0,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
