"""Database operations for deployments: migrate, backup, and health queries.

    python3 db.py migrate     apply migrations/*.sql not yet applied (idempotent)
    python3 db.py backup      online backup to var/backups/<UTC timestamp>.db; prints the path
    python3 db.py ping        open a connection and run SELECT 1
    python3 db.py integrity   PRAGMA integrity_check and foreign_key_check
    python3 db.py indexes     compare the indexes present with those the queries need

The database is the sqlite:/// file named by DATABASE_URL (default var/app.db).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import time
from typing import Sequence

from core import database
from core.config import ConfigError, Settings


def _migrate(path: str) -> int:
    conn = database.connect(path)
    try:
        applied = database.migrate(conn)
        total = len(database.applied_versions(conn))
    finally:
        conn.close()
    for migration in applied:
        print(f"applied {migration.name}")
    if not applied:
        print(f"up to date: {total} migrations applied in {path}")
    else:
        print(f"{len(applied)} applied, {total} migrations recorded in {path}")
    return 0


def _backup(path: str, dest: str) -> int:
    target = database.backup(path, dest)
    print(target)
    return 0


def _ping(path: str) -> int:
    started = time.perf_counter()
    conn = database.connect(path)
    try:
        ok = database.ping(conn)
        version = conn.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        conn.close()
    elapsed_ms = (time.perf_counter() - started) * 1000
    print(f"connection ok={str(ok).lower()} sqlite={version} path={path} latency_ms={elapsed_ms:.2f}")
    return 0 if ok else 1


def _integrity(path: str) -> int:
    conn = database.connect(path)
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
    conn = database.connect(path)
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
        path = Settings.from_env().database_path
    except ConfigError as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2
    if args.command != "migrate" and not os.path.exists(path):
        print(f"{args.command} failed: database file not found: {path} (run make db-migrate)",
              file=sys.stderr)
        return 1
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
    except (sqlite3.Error, ValueError) as exc:
        print(f"{args.command} failed: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
