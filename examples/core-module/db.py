"""Database operations for deployments: migrate, backup, and health queries.

    python3 db.py migrate     apply the migrations not yet applied (idempotent)
    python3 db.py backup      backup to var/backups/<UTC timestamp>.dump (PostgreSQL, pg_dump
                              custom format) or .db (SQLite online backup); prints the path
    python3 db.py ping        open a connection and ask the server's version
    python3 db.py integrity   constraints validated (PostgreSQL) or PRAGMA integrity_check and
                              foreign_key_check (SQLite); the predictions table reads
    python3 db.py indexes     compare the indexes present with those the queries need

The database is the one DATABASE_URL names: postgresql://… in production, or a sqlite:///
file (default var/app.db).
"""

from __future__ import annotations

import argparse
import os
import subprocess  # nosec B404 - only to name pg_dump's failure
import sys
import time
from typing import Sequence

from core import database, pg
from core.config import ConfigError, Settings, sqlite_path


def _migrate(path: str) -> int:
    conn = database.open_url(path)
    try:
        applied = database.migrate(conn)
        total = len(database.applied_versions(conn))
    finally:
        conn.close()
    for migration in applied:
        print(f"applied {migration.name}")
    if not applied:
        print(f"up to date: {total} migrations applied in {pg.shown(path)}")
    else:
        print(f"{len(applied)} applied, {total} migrations recorded in {pg.shown(path)}")
    return 0


def _backup(path: str, dest: str) -> int:
    target = pg.backup(path, dest) if pg.is_url(path) else database.backup(sqlite_path(path), dest)
    print(target)
    return 0


def _ping(path: str) -> int:
    started = time.perf_counter()
    conn = database.open_url(path)
    try:
        ok = database.ping(conn)
        query = "SELECT version()" if pg.is_url(path) else "SELECT 'SQLite ' || sqlite_version()"
        version = conn.execute(query).fetchone()[0]
    finally:
        conn.close()
    elapsed_ms = (time.perf_counter() - started) * 1000
    print(f"connection ok={str(ok).lower()} server={version} database={pg.shown(path)}"
          f" latency_ms={elapsed_ms:.2f}")
    return 0 if ok else 1


def _integrity(path: str) -> int:
    conn = database.open_url(path)
    try:
        rows = database.integrity_check(conn)
        fk_violations = database.foreign_key_violations(conn)
        count = conn.execute("SELECT count(*) FROM predictions").fetchone()[0]
    finally:
        conn.close()
    print(f"integrity_check: {'; '.join(rows)}")
    print(f"foreign_key_violations: {fk_violations}")
    print(f"predictions rows: {count}")
    return 0 if rows == ["ok"] and fk_violations == 0 else 1


def _indexes(path: str) -> int:
    conn = database.open_url(path)
    try:
        present = database.indexes(conn)
        missing = database.missing_indexes(conn)
    finally:
        conn.close()
    for name in present:
        print(f"present: {name}")
    for name in missing:
        print(f"missing: {name}")
    print(f"expected={len(database.EXPECTED_INDEXES)} missing={len(missing)}")
    return 0 if not missing else 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="db.py", description="Database operations for deployments.")
    parser.add_argument("command", choices=["migrate", "backup", "ping", "integrity", "indexes"])
    parser.add_argument("--dest", default="var/backups", help="backup directory (default var/backups)")
    args = parser.parse_args(argv)
    try:
        url = Settings.from_env().database_url
    except ConfigError as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2
    if not pg.is_url(url) and args.command != "migrate" and not os.path.exists(sqlite_path(url)):
        print(f"{args.command} failed: database file not found: {sqlite_path(url)} (run make db-migrate)",
              file=sys.stderr)
        return 1
    path = url
    try:
        if args.command == "migrate":
            return _migrate(path)
        if args.command == "backup":
            return _backup(path, args.dest)
        if args.command == "ping":
            return _ping(path)
        if args.command == "integrity":
            return _integrity(path)
        return _indexes(path)
    except subprocess.CalledProcessError as exc:
        print(f"{args.command} failed: {exc.cmd[0]} exited with {exc.returncode}: {exc.stderr}",
              file=sys.stderr)
        return 1
    except Exception as exc:  # sqlite3 and psycopg2 errors alike: one line, no traceback
        print(f"{args.command} failed: {str(exc).strip()}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
