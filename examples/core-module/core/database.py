"""Database access: connections, versioned SQL migrations, backups and health queries.

SQLite (``sqlite:///path``) for development and tests; PostgreSQL (``postgresql://…``) in
production, through ``core.pg``. Migrations for PostgreSQL live in ``migrations/postgresql/``.
"""

from __future__ import annotations

import os
import re
import sqlite3
import zipfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator, Protocol, cast

from core import pg


class Traversable(Protocol):
    """What migrations need from a directory entry; pathlib.Path and zipfile.Path both fit."""

    @property
    def name(self) -> str: ...

    def iterdir(self) -> Iterator["Traversable"]: ...

    def read_text(self, encoding: str) -> str: ...


def migrations_dir(project_root: Path, sub: str = "") -> Traversable:
    """The ``migrations/`` directory beside the packages, also inside a zipapp archive."""
    if project_root.is_file():  # running from dist/*.pyz: the "root" is the archive itself
        archive_dir: Traversable = zipfile.Path(project_root, "migrations/" + sub)
        return archive_dir
    return project_root / "migrations" / sub


MIGRATIONS_DIR = migrations_dir(Path(__file__).resolve().parent.parent)
PG_MIGRATIONS_DIR = migrations_dir(Path(__file__).resolve().parent.parent, "postgresql/")
_MIGRATION_NAME = re.compile(r"^(\d+)_[a-z0-9_]+\.sql$")

# What a failing database raises, whichever it is: health checks report these, not crash.
ERRORS: tuple[type[Exception], ...] = (sqlite3.Error,)
try:
    import psycopg2

    ERRORS = (sqlite3.Error, psycopg2.Error)
except ImportError:  # pragma: no cover - only PostgreSQL deployments need it
    pass

# Indexes the predictions queries rely on; the index check compares against this list.
EXPECTED_INDEXES = ("idx_predictions_created_at", "idx_predictions_label")


@dataclass(frozen=True)
class Migration:
    """One ``NNN_name.sql`` file; applied in version order."""

    version: int
    name: str
    path: Traversable


def connect(path: str | os.PathLike[str]) -> sqlite3.Connection:
    """Open a connection with the settings every caller needs."""
    parent = Path(path).parent
    parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=10.0)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    # WAL lets readers proceed during a write; NORMAL sync is durable at each checkpoint in WAL mode.
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def open_url(database_url: str) -> sqlite3.Connection:
    """A connection to the database a DATABASE_URL names, SQLite or PostgreSQL.

    A PostgreSQL connection offers the part of sqlite3.Connection the service uses, and is
    typed as one so callers need not care which database they talk to.
    """
    if pg.is_url(database_url):
        return cast(sqlite3.Connection, pg.connect(database_url))
    from core.config import sqlite_path

    return connect(sqlite_path(database_url))


def is_postgres(conn: sqlite3.Connection) -> bool:
    return isinstance(conn, pg.PgConnection)


def discover_migrations(directory: Traversable = MIGRATIONS_DIR) -> list[Migration]:
    migrations: list[Migration] = []
    entries = {e.name: e for e in directory.iterdir() if e.name.endswith(".sql")}
    for name, entry in sorted(entries.items()):
        match = _MIGRATION_NAME.match(name)
        if match is None:
            raise ValueError(f"migration file name must look like 001_name.sql: {name}")
        migrations.append(Migration(int(match.group(1)), name, entry))
    versions = [m.version for m in migrations]
    if len(versions) != len(set(versions)):
        raise ValueError("two migration files share a version number")
    return migrations


def applied_versions(conn: sqlite3.Connection) -> set[int]:
    if is_postgres(conn):
        return pg.applied_versions(cast(pg.PgConnection, conn))
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY,"
        " name TEXT NOT NULL,"
        " applied_at TEXT NOT NULL)"
    )
    return {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}


def split_statements(script: str) -> list[str]:
    """Split a SQL script into complete statements (comment-only remainders are dropped)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    rest = [ln for ln in buffer.splitlines() if ln.strip() and not ln.strip().startswith("--")]
    if rest:
        raise ValueError(f"incomplete SQL statement at end of script: {rest[0].strip()!r}")
    return statements


def migrate(conn: sqlite3.Connection, directory: Traversable = MIGRATIONS_DIR) -> list[Migration]:
    """Apply every migration not yet recorded; each migration and its record commit together."""
    if is_postgres(conn):
        pg_dir = PG_MIGRATIONS_DIR if directory is MIGRATIONS_DIR else directory
        applied: list[Migration] = pg.migrate(cast(pg.PgConnection, conn), pg_dir,
                                              discover_migrations(pg_dir))
        return applied
    done = applied_versions(conn)
    conn.commit()
    applied = []
    previous_mode = conn.isolation_level
    conn.isolation_level = None  # explicit BEGIN/COMMIT so DDL is transactional too
    try:
        for migration in discover_migrations(directory):
            if migration.version in done:
                continue
            statements = split_statements(migration.path.read_text(encoding="utf-8"))
            now = datetime.now(timezone.utc).isoformat(timespec="seconds")
            conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in statements:
                    conn.execute(statement)
                conn.execute(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    (migration.version, migration.name, now),
                )
            except sqlite3.Error:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
            applied.append(migration)
    finally:
        conn.isolation_level = previous_mode
    return applied


def backup(source: str | os.PathLike[str], dest_dir: str | os.PathLike[str]) -> Path:
    """Copy a live database with SQLite's online backup API to ``dest_dir/<UTC timestamp>.db``."""
    target_dir = Path(dest_dir)
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = target_dir / f"{stamp}.db"
    suffix = 1
    while target.exists():
        target = target_dir / f"{stamp}-{suffix}.db"
        suffix += 1
    src = connect(source)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def ping(conn: sqlite3.Connection) -> bool:
    return bool(conn.execute("SELECT 1").fetchone()[0] == 1)


def integrity_check(conn: sqlite3.Connection) -> list[str]:
    """Return SQLite's integrity_check rows: ``["ok"]`` for a healthy file."""
    if is_postgres(conn):
        return pg.integrity_check(cast(pg.PgConnection, conn))
    return [row[0] for row in conn.execute("PRAGMA integrity_check")]


def foreign_key_violations(conn: sqlite3.Connection) -> int:
    if is_postgres(conn):
        return 0  # PostgreSQL enforces foreign keys on every write; integrity_check sees the rest
    return len(conn.execute("PRAGMA foreign_key_check").fetchall())


def has_table(conn: sqlite3.Connection, name: str) -> bool:
    if is_postgres(conn):
        row = conn.execute("SELECT to_regclass(?)", (name,)).fetchone()
        conn.commit()
        return row is not None and row[0] is not None
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                         (name,)).fetchone()
    return found is not None


def indexes(conn: sqlite3.Connection) -> list[str]:
    if is_postgres(conn):
        return pg.indexes(cast(pg.PgConnection, conn))
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    )
    return [row[0] for row in rows]


def missing_indexes(conn: sqlite3.Connection) -> list[str]:
    present = set(indexes(conn))
    return [name for name in EXPECTED_INDEXES if name not in present]
