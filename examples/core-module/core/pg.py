"""PostgreSQL for ``postgresql://`` DATABASE_URLs, through psycopg2 (Debian: python3-psycopg2).

The service's queries are written in the DB-API style of the standard library's sqlite3
(``?`` placeholders, ``conn.execute``, rows read by column name). ``PgConnection`` gives a
psycopg2 connection that same surface, so the store, the health check and the deployment
commands run unchanged on either database.
"""

from __future__ import annotations

import os
import shutil
import subprocess  # nosec B404 - pg_dump is the backup tool; arguments are never a shell line
from datetime import datetime, timezone
from pathlib import Path
import threading
from types import TracebackType
from typing import Any, Iterator, Protocol, Sequence
from urllib.parse import urlsplit, urlunsplit


class Traversable(Protocol):
    """A migrations directory entry, as core.database reads it."""

    @property
    def name(self) -> str: ...

    def iterdir(self) -> Iterator["Traversable"]: ...

    def read_text(self, encoding: str) -> str: ...


class PgCursor:
    """The part of a sqlite3 cursor the service reads."""

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def fetchone(self) -> Any:
        return self._cursor.fetchone()

    def fetchall(self) -> list[Any]:
        return list(self._cursor.fetchall())

    @property
    def rowcount(self) -> int:
        return int(self._cursor.rowcount)


class PgConnection:
    """A psycopg2 connection that reads like a sqlite3 one; ``with conn:`` is one transaction."""

    def __init__(self, raw: Any, pool: "Pool | None" = None) -> None:
        self._raw = raw
        self._pool = pool

    def execute(self, sql: str, params: Sequence[Any] = ()) -> PgCursor:
        from psycopg2.extras import DictCursor

        cursor = self._raw.cursor(cursor_factory=DictCursor)
        # with no parameters psycopg2 leaves % alone, so LIKE '%x' needs no escaping then
        cursor.execute(sql.replace("?", "%s") if params else sql, tuple(params) if params else None)
        return PgCursor(cursor)

    def commit(self) -> None:
        self._raw.commit()

    def rollback(self) -> None:
        self._raw.rollback()

    def close(self) -> None:
        """Back to the pool it came from, or closed when it has none."""
        if self._pool is None:
            self._raw.close()
        else:
            self._pool.put(self._raw)

    def __enter__(self) -> "PgConnection":
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if kind is None:
            self._raw.commit()
        else:
            self._raw.rollback()


def is_url(database_url: str) -> bool:
    return database_url.startswith(("postgresql://", "postgres://"))


def _open(database_url: str) -> Any:
    try:
        import psycopg2
    except ImportError as exc:  # pragma: no cover - depends on the machine
        raise RuntimeError("DATABASE_URL is a PostgreSQL URL but psycopg2 is not installed"
                           " (apt-get install python3-psycopg2)") from exc
    return psycopg2.connect(database_url, connect_timeout=10)


class Pool:
    """At most ``size`` connections to one database, kept open between requests.

    A new PostgreSQL connection costs a server process and a password handshake: tens of
    milliseconds, most of a readiness check. A caller beyond ``size`` waits for a free one.
    """

    def __init__(self, database_url: str, size: int = 20) -> None:
        self._url = database_url
        self._slots = threading.BoundedSemaphore(size)
        self._idle: list[Any] = []
        self._lock = threading.Lock()

    def get(self) -> PgConnection:
        self._slots.acquire()
        try:
            with self._lock:
                raw = self._idle.pop() if self._idle else None
            if raw is None or raw.closed:
                raw = _open(self._url)
            return PgConnection(raw, self)
        except BaseException:
            self._slots.release()
            raise

    def put(self, raw: Any) -> None:
        try:
            raw.rollback()  # nothing half-done goes to the next caller
            with self._lock:
                self._idle.append(raw)
        except Exception:  # a broken connection is dropped; the next caller opens a new one
            raw.close()
        finally:
            self._slots.release()


_POOLS: dict[str, Pool] = {}
_POOLS_LOCK = threading.Lock()


def connect(database_url: str) -> PgConnection:
    """A connection from this process's pool for ``database_url``; ``close()`` returns it."""
    with _POOLS_LOCK:
        pool = _POOLS.setdefault(database_url, Pool(database_url))
    return pool.get()


def shown(database_url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlsplit(database_url)
    host = parts.hostname or ""
    netloc = (f"{parts.username}@" if parts.username else "") + host
    netloc += f":{parts.port}" if parts.port else ""
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def migrate(conn: PgConnection, directory: Traversable, migrations: Sequence[Any]) -> list[Any]:
    """Apply every migration not yet recorded, each in one transaction with its record."""
    with conn:
        conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                     " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    done = {row[0] for row in conn.execute("SELECT version FROM schema_migrations").fetchall()}
    conn.commit()
    applied = []
    for migration in migrations:
        if migration.version in done:
            continue
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with conn:
            conn.execute(migration.path.read_text(encoding="utf-8"))
            conn.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                         (migration.version, migration.name, now))
        applied.append(migration)
    return applied


def applied_versions(conn: PgConnection) -> set[int]:
    rows = conn.execute("SELECT version FROM schema_migrations").fetchall()
    conn.commit()
    return {int(row[0]) for row in rows}


def indexes(conn: PgConnection) -> list[str]:
    rows = conn.execute("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'"
                        " AND indexname NOT LIKE '%_pkey' ORDER BY indexname").fetchall()
    conn.commit()
    return [str(row[0]) for row in rows]


def integrity_check(conn: PgConnection) -> list[str]:
    """``["ok"]`` when every constraint is validated and the predictions table reads."""
    rows = conn.execute("SELECT conname FROM pg_constraint WHERE NOT convalidated").fetchall()
    conn.execute("SELECT count(*) FROM predictions").fetchone()
    conn.commit()
    return [f"constraint not validated: {row[0]}" for row in rows] or ["ok"]


def backup(database_url: str, dest_dir: str | os.PathLike[str]) -> Path:
    """``pg_dump --format=custom`` to ``dest_dir/<UTC timestamp>.dump``; the password goes by
    environment, never on a command line other users can read."""
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise RuntimeError("pg_dump not found (apt-get install postgresql-client)")
    target_dir = Path(dest_dir)
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = target_dir / f"{stamp}.dump"
    suffix = 1
    while target.exists():
        target = target_dir / f"{stamp}-{suffix}.dump"
        suffix += 1
    env = dict(os.environ)
    password = urlsplit(database_url).password
    if password:
        env["PGPASSWORD"] = password
    command = [pg_dump, "--format=custom", f"--file={target}", f"--dbname={shown(database_url)}"]
    subprocess.run(command, check=True, env=env, capture_output=True, text=True)  # nosec B603
    return target
