#!/bin/sh
# A throwaway PostgreSQL cluster for the release checklist, in the foreground until stopped:
#   sh scripts/pg_throwaway.sh PORT      (PG_PASSWORD: the password of its superuser "core")
# Debian's server binaries (apt-get install postgresql), a fresh data directory under /tmp
# (the previous run's is removed first), database "core", listening on 127.0.0.1:PORT only.
# initdb refuses to run as root, so as root the cluster belongs to the postgres user.
set -eu
port=${1:?usage: pg_throwaway.sh PORT}
: "${PG_PASSWORD:?set PG_PASSWORD}"

bindir=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)
if [ -n "$bindir" ]; then
  PATH="$bindir:$PATH"
fi
for tool in initdb postgres; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$0: 1: $tool: not found" >&2
    echo "PostgreSQL's server is not installed: apt-get install postgresql" >&2
    exit 127
  fi
done

mkdir -p var
if [ -f var/pg-dir ]; then
  old=$(cat var/pg-dir)
  case $old in /tmp/core-module-pg.*) rm -rf "$old" ;; esac
fi
dir=$(mktemp -d /tmp/core-module-pg.XXXXXX)
echo "$dir" > var/pg-dir
chmod 755 "$dir"
printf '%s\n' "$PG_PASSWORD" > "$dir/pw"

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}
if [ "$(id -u)" = 0 ]; then
  chown -R postgres "$dir"
fi

as_owner initdb -D "$dir/data" -U core --auth=scram-sha-256 --pwfile="$dir/pw" \
  -E UTF8 --locale=C --no-sync >/dev/null
rm -f "$dir/pw"
echo "CREATE DATABASE core OWNER core;" | as_owner postgres --single -D "$dir/data" postgres >/dev/null
echo "cluster in $dir, port $port"
exec_owner() {
  if [ "$(id -u)" = 0 ]; then
    exec runuser -u postgres -- "$@"
  fi
  exec "$@"
}
exec_owner postgres -D "$dir/data" -p "$port" -k "$dir" -c listen_addresses=127.0.0.1 \
  -c max_connections=250 -c fsync=off -c synchronous_commit=off
