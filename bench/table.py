"""Turns the files bench/all.sh leaves in bench/results into the table of bench/README.md."""
import json
import pathlib
import sys

results = pathlib.Path(sys.argv[1])


def load(name):
    """Mean wall time and user+system CPU per command, in seconds, from hyperfine's JSON."""
    data = json.loads((results / f"all-{name}.json").read_text())
    return {r["command"]: (r["mean"], r["stddev"] or 0.0, r["user"] + r["system"])
            for r in data["results"]}


def cell(figures, tool):
    if tool not in figures:
        return "—"
    mean, sd, cpu = figures[tool]
    return f"{fmt(mean)} ± {fmt(sd)} (CPU {fmt(cpu)})"


def fmt(seconds):
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def ratio(figures, a, b):
    return figures[a][0] / figures[b][0]


tools = ["preflight", "pre-commit", "lefthook", "shell"]
startup, seq, sleep, validate, real, scale = (
    load(n) for n in ["startup", "seq", "sleep", "validate", "real15", "scale"])
rss = {}
log_bytes = None
for line in (results / "all-rss.txt").read_text().splitlines():
    parts = line.split()
    if parts[0] == "log":
        log_bytes = int(parts[1])
    else:
        rss[parts[0]] = (int(parts[1]) / 1024, float(parts[2]))

print("| figure | " + " | ".join(tools) + " |")
print("|---|" + "---:|" * len(tools))
for title, figures in [("start-up, one trivial item", startup),
                       ("200 × `true`, one at a time", seq),
                       ("16 × `sleep 1` at once (critical path 1 s)", sleep),
                       ("validate 10,000 items", validate)]:
    print(f"| {title} | " + " | ".join(cell(figures, t) for t in tools) + " |")
print("| 1 GiB of output: peak RSS, wall | " + " | ".join(
    f"{rss[t][0]:.0f} MB, {rss[t][1]:.1f} s" if t in rss else "—" for t in tools) + " |")
print()
pool = real["xargs -P 2"][0]
version = startup["preflight --version"][0]
print(f"Real 15 items at -j 2: preflight {cell(real, 'preflight')}, "
      f"xargs -P 2 {cell(real, 'xargs -P 2')}; `preflight --version` "
      f"{cell(startup, 'preflight --version')}.")
print()
small, large = sorted(scale, key=int)
# per item: wall time, and CPU time (which a busy machine does not inflate)
per_item = {n: scale[n][2] / int(n) * 1000 for n in (small, large)}
print("Scale at -j 8: " + ", ".join(
    f"{int(n):,} items {fmt(scale[n][0])} ({scale[n][0] / int(n) * 1000:.1f} ms wall and "
    f"{per_item[n]:.1f} ms CPU per item)" for n in (small, large)) + ".")
print()
print("| goal | measured | met |")
print("|---|---:|:---:|")
goals = [
    ("start-up ≤ 0.8 × pre-commit's", ratio(startup, "preflight", "pre-commit"), 0.8),
    ("start-up ≤ 1.5 × lefthook's", ratio(startup, "preflight", "lefthook"), 1.5),
]
for name, value, limit in goals:
    print(f"| {name} | {value:.2f} × | {'yes' if value <= limit else 'no'} |")
real_limit = pool * 1.05 + version
print(f"| real 15 items ≤ pool × 1.05 + start-up ({fmt(real_limit)}) | "
      f"{fmt(real['preflight'][0])} | {'yes' if real['preflight'][0] <= real_limit else 'no'} |")
s = sleep["preflight"][0]
print(f"| 16 × sleep 1 at -j 16 ≤ 1.2 s | {fmt(s)} | {'yes' if s <= 1.2 else 'no'} |")
m = rss["preflight"][0]
print(f"| peak RSS on 1 GiB ≤ 128 MB (log complete: {log_bytes:,} bytes) | {m:.0f} MB | "
      f"{'yes' if m <= 128 and log_bytes == 1 << 30 else 'no'} |")
growth = per_item[large] / per_item[small]
print(f"| CPU per item at {int(large):,} items ≤ 1.2 × at {int(small):,} | {growth:.2f} × | "
      f"{'yes' if growth <= 1.2 else 'no'} |")
v = validate["preflight"][0]
print(f"| validate 10,000 items < 1 s | {fmt(v)} | {'yes' if v < 1 else 'no'} |")
