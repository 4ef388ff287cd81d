# shellcheck shell=bash
# Sourced by the bench scripts: the tools they compare preflight with, and the workloads each
# tool gets (the same commands, in each tool's own configuration format).
#   pre-commit  Debian's package (apt-get install pre-commit)
#   lefthook    the npm package, pinned, installed on first use into the cache below
LEFTHOOK_VERSION=2.2.2
bench_cache=${XDG_CACHE_HOME:-$HOME/.cache}/preflight-bench

need() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is not installed" >&2; exit 1; }
  done
}

# Puts lefthook $LEFTHOOK_VERSION on the PATH, installing it from npm the first time. The
# package's own entry point is a Node.js script that starts the native binary; the binary is
# what users of the Go tool run, so that is what is measured.
use_lefthook() {
  local dir=$bench_cache/lefthook-$LEFTHOOK_VERSION native
  if [ ! -d "$dir/node_modules/lefthook" ]; then
    need npm
    mkdir -p "$dir"
    npm install --silent --no-audit --no-fund --prefix "$dir" "lefthook@$LEFTHOOK_VERSION" >&2
  fi
  for native in "$dir"/node_modules/lefthook-*/bin/lefthook; do
    [ -x "$native" ] && break
  done
  mkdir -p "$dir/bin"
  ln -sf "$native" "$dir/bin/lefthook"
  PATH=$dir/bin:$PATH
  export PATH
}

# items N: a preflight checklist of N × `true`, ids t00001, t00002…
items() { # N: a checklist of N × true
  printf 'version: 1\nname: %s items\nsections:\n  - id: all\n    title: All\n    items:\n' "$1"
  for i in $(seq "$1"); do printf '      - {id: t%05d, title: "true %d", run: "true"}\n' "$i" "$i"; done
}

# A git repository at $1 with one commit, as pre-commit and lefthook expect.
git_repo() {
  mkdir -p "$1"
  git -C "$1" init -q .
  git -C "$1" -c user.email=bench@example.invalid -c user.name=bench commit -q --allow-empty -m init
}

# workload NAME DIR COMMAND…: writes DIR/preflight.yaml, DIR/.pre-commit-config.yaml and
# DIR/lefthook.yml with one item, hook or command per COMMAND, ids NAME-1, NAME-2…; lefthook
# runs them in parallel when LEFTHOOK_PARALLEL=true.
workload() {
  local name=$1 dir=$2
  shift 2
  git_repo "$dir"
  local n=0 cmd
  {
    printf 'version: 1\nname: %s\nsections:\n  - id: all\n    title: All\n    items:\n' "$name"
    for cmd in "$@"; do
      n=$((n + 1))
      printf '      - {id: %s-%d, title: "%s %d", run: "%s"}\n' "$name" $n "$name" $n "$cmd"
    done
  } >"$dir/preflight.yaml"
  n=0
  {
    printf 'repos:\n  - repo: local\n    hooks:\n'
    for cmd in "$@"; do
      n=$((n + 1))
      printf '      - {id: %s-%d, name: "%s %d", entry: sh -c "%s", language: system, pass_filenames: false, always_run: true}\n' \
        "$name" $n "$name" $n "$cmd"
    done
  } >"$dir/.pre-commit-config.yaml"
  n=0
  {
    printf 'bench:\n  parallel: %s\n  commands:\n' "${LEFTHOOK_PARALLEL:-false}"
    for cmd in "$@"; do
      n=$((n + 1))
      printf '    %s-%d:\n      run: "%s"\n' "$name" $n "$cmd"
    done
  } >"$dir/lefthook.yml"
  git -C "$dir" add -A
  git -C "$dir" -c user.email=bench@example.invalid -c user.name=bench commit -q -m workload
}
