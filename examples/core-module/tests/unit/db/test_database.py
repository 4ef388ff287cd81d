"""Migrations, backups, health queries and the prediction store against real SQLite files."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest

from core import database
from core.model import ChurnModel
from core.store import PredictionStore
import db as db_cli

FEATURES = {"tenure_months": 3.0, "monthly_spend": 99.0, "support_tickets": 2.0}


def open_db(path: Path) -> sqlite3.Connection:
    return database.connect(path)


def test_migrations_apply_once_and_are_recorded(tmp_path: Path) -> None:
    conn = open_db(tmp_path / "a.db")
    first = database.migrate(conn)
    second = database.migrate(conn)
    assert [m.version for m in first] == [1, 2]
    assert second == []
    assert database.applied_versions(conn) == {1, 2}
    assert database.missing_indexes(conn) == []
    assert database.indexes(conn) == list(database.EXPECTED_INDEXES)
    conn.close()


def test_connect_creates_the_parent_directory(tmp_path: Path) -> None:
    conn = open_db(tmp_path / "nested" / "dir" / "x.db")
    assert database.ping(conn)
    conn.close()


@pytest.mark.errors
def test_failed_migration_rolls_back_entirely(tmp_path: Path) -> None:
    migrations = tmp_path / "migrations"
    migrations.mkdir()
    (migrations / "001_ok.sql").write_text("CREATE TABLE t (x INTEGER);\n")
    (migrations / "002_bad.sql").write_text("CREATE TABLE u (y INTEGER);\nINSERT INTO missing VALUES (1);\n")
    conn = open_db(tmp_path / "b.db")
    with pytest.raises(sqlite3.OperationalError, match="no such table: missing"):
        database.migrate(conn, migrations)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "t" in tables and "u" not in tables
    assert database.applied_versions(conn) == {1}
    conn.close()


@pytest.mark.errors
@pytest.mark.parametrize("files,message", [
    ({"1-init.sql": "SELECT 1;"}, "must look like 001_name.sql"),
    ({"001_a.sql": "SELECT 1;", "01_b.sql": "SELECT 1;"}, "share a version number"),
])
def test_bad_migration_sets_are_refused(tmp_path: Path, files: dict[str, str], message: str) -> None:
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    with pytest.raises(ValueError, match=message):
        database.discover_migrations(tmp_path)


def test_migrations_are_found_inside_a_zipapp_archive(tmp_path: Path) -> None:
    archive = tmp_path / "app.pyz"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("migrations/001_first.sql", "CREATE TABLE a (x INTEGER);\n")
        zf.writestr("migrations/002_second.sql", "CREATE TABLE b (y INTEGER);\n")
        zf.writestr("migrations/README", "not a migration")
        zf.writestr("core/database.py", "")
    found = database.discover_migrations(database.migrations_dir(archive))
    assert [(m.version, m.name) for m in found] == [(1, "001_first.sql"), (2, "002_second.sql")]
    conn = open_db(tmp_path / "z.db")
    assert len(database.migrate(conn, database.migrations_dir(archive))) == 2
    conn.close()


def test_migrations_dir_of_a_source_checkout(tmp_path: Path) -> None:
    assert database.migrations_dir(tmp_path) == tmp_path / "migrations"


def test_split_statements_handles_comments_and_semicolons_in_strings() -> None:
    script = "-- header\nCREATE TABLE t (x TEXT);\nINSERT INTO t VALUES ('a;b');\n-- trailing note\n"
    assert database.split_statements(script) == [
        "-- header\nCREATE TABLE t (x TEXT);", "INSERT INTO t VALUES ('a;b');"]


@pytest.mark.errors
def test_split_statements_rejects_an_unterminated_statement() -> None:
    with pytest.raises(ValueError, match="incomplete SQL statement"):
        database.split_statements("CREATE TABLE t (x TEXT)")


def test_backup_is_a_consistent_copy(tmp_path: Path) -> None:
    source = tmp_path / "live.db"
    conn = open_db(source)
    database.migrate(conn)
    conn.close()
    store = PredictionStore(lambda: open_db(source))
    model = ChurnModel()
    store.save(FEATURES, model.predict(FEATURES))
    first = database.backup(source, tmp_path / "backups")
    second = database.backup(source, tmp_path / "backups")
    assert first != second and first.parent == second.parent == tmp_path / "backups"
    copy = sqlite3.connect(first)
    assert copy.execute("SELECT count(*) FROM predictions").fetchone()[0] == 1
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copy.close()


def test_integrity_check_and_foreign_keys_on_a_healthy_file(tmp_path: Path) -> None:
    conn = open_db(tmp_path / "c.db")
    database.migrate(conn)
    assert database.integrity_check(conn) == ["ok"]
    assert database.foreign_key_violations(conn) == 0
    conn.close()


@pytest.mark.crud
def test_store_create_read_list_delete(tmp_path: Path) -> None:
    path = tmp_path / "d.db"
    conn = open_db(path)
    database.migrate(conn)
    conn.close()
    store = PredictionStore(lambda: open_db(path))
    model = ChurnModel()
    saved = [store.save(FEATURES, model.predict(FEATURES)) for _ in range(3)]
    assert store.get(saved[0].id) == saved[0]
    assert [p.id for p in store.recent(2)] == [saved[2].id, saved[1].id]
    assert store.delete(saved[1].id) is True
    assert store.delete(saved[1].id) is False
    assert store.get(saved[1].id) is None
    assert [p.id for p in store.recent()] == [saved[2].id, saved[0].id]


@pytest.mark.crud
@pytest.mark.errors
def test_schema_constraints_reject_inconsistent_rows(tmp_path: Path) -> None:
    conn = open_db(tmp_path / "e.db")
    database.migrate(conn)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO predictions (created_at, model_version, features, score, label)"
            " VALUES ('2025-01-01', 'm', '{}', 1.5, 'churn')")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO predictions (created_at, model_version, features, score, label)"
            " VALUES ('2025-01-01', 'm', '{}', 0.5, 'maybe')")
    conn.close()


def test_db_cli_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                           capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cli.db"
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{path}")
    assert db_cli.main(["ping"]) == 1
    assert "database file not found" in capsys.readouterr().err
    assert db_cli.main(["migrate"]) == 0
    assert "applied 001_create_predictions.sql" in capsys.readouterr().out
    assert db_cli.main(["migrate"]) == 0
    assert capsys.readouterr().out.startswith("up to date: 2 migrations applied")
    assert db_cli.main(["ping"]) == 0
    assert "connection ok=true" in capsys.readouterr().out
    assert db_cli.main(["integrity"]) == 0
    assert "integrity_check: ok" in capsys.readouterr().out
    assert db_cli.main(["indexes"]) == 0
    assert capsys.readouterr().out.endswith("expected=2 missing=0\n")
    assert db_cli.main(["backup", "--dest", str(tmp_path / "bk")]) == 0
    assert Path(capsys.readouterr().out.strip()).is_file()
    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX idx_predictions_label")
    conn.close()
    assert db_cli.main(["indexes"]) == 1
    assert "missing: idx_predictions_label" in capsys.readouterr().out


@pytest.mark.errors
def test_db_cli_reports_bad_configuration(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", "mysql://db/app")
    assert db_cli.main(["ping"]) == 2
    assert "configuration error" in capsys.readouterr().err
