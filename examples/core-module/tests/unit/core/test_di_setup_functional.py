"""Functional tests of the DI container and of the service wiring it builds."""

from __future__ import annotations

import io
import json
import sqlite3
import threading
from pathlib import Path

import pytest

from core import __version__
from core.config import Settings
from core.di_setup import Container, ResolutionError, build_container
from core.model import ChurnModel
from core.store import PredictionStore


class Counter:
    made = 0

    def __init__(self) -> None:
        Counter.made += 1


def test_singleton_is_built_once_and_lazily() -> None:
    calls: list[str] = []

    def build(_c: Container) -> object:
        calls.append("built")
        return object()

    container = Container()
    container.register("thing", build)
    assert calls == []
    first = container.resolve("thing")
    assert container.resolve("thing") is first
    assert calls == ["built"]


def test_transient_component_is_built_on_every_resolve() -> None:
    container = Container()
    container.register("fresh", lambda c: object(), singleton=False)
    assert container.resolve("fresh") is not container.resolve("fresh")


def test_factories_resolve_their_own_dependencies() -> None:
    container = Container()
    container.register_value("greeting", "hello")
    container.register("message", lambda c: c.resolve("greeting") + ", world")
    assert container.resolve("message") == "hello, world"
    assert "message" in container
    assert "absent" not in container
    assert container.names == ["greeting", "message"]


@pytest.mark.errors
def test_unknown_component_is_an_error() -> None:
    with pytest.raises(ResolutionError, match="unknown component: db"):
        Container().resolve("db")


@pytest.mark.errors
def test_duplicate_and_empty_names_are_rejected() -> None:
    container = Container()
    container.register_value("x", 1)
    with pytest.raises(ValueError, match="already registered: x"):
        container.register_value("x", 2)
    with pytest.raises(ValueError, match="must not be empty"):
        container.register_value("", 3)


@pytest.mark.errors
def test_dependency_cycle_is_reported_with_its_chain() -> None:
    container = Container()
    container.register("a", lambda c: c.resolve("b"))
    container.register("b", lambda c: c.resolve("c"))
    container.register("c", lambda c: c.resolve("a"))
    with pytest.raises(ResolutionError, match="dependency cycle: a -> b -> c -> a"):
        container.resolve("a")
    # The failed resolution leaves the container usable.
    container.register_value("d", 4)
    assert container.resolve("d") == 4


def test_override_swaps_and_restores_a_built_singleton() -> None:
    container = Container()
    container.register("service", lambda c: "real")
    assert container.resolve("service") == "real"
    with container.override("service", "fake"):
        assert container.resolve("service") == "fake"
    assert container.resolve("service") == "real"


def test_override_of_a_never_built_component_leaves_it_unbuilt() -> None:
    Counter.made = 0
    container = Container()
    container.register("counter", lambda c: Counter())
    with container.override("counter", "fake"):
        assert container.resolve("counter") == "fake"
    assert Counter.made == 0
    assert isinstance(container.resolve("counter"), Counter)
    assert Counter.made == 1


@pytest.mark.errors
def test_override_of_unknown_component_is_an_error() -> None:
    with pytest.raises(ResolutionError, match="cannot override unknown component"):
        with Container().override("nope", 1):
            pass  # pragma: no cover - never entered


def test_concurrent_resolution_builds_one_singleton() -> None:
    Counter.made = 0
    container = Container()
    container.register("counter", lambda c: Counter())
    barrier = threading.Barrier(16)
    seen: list[object] = []

    def worker() -> None:
        barrier.wait()
        seen.append(container.resolve("counter"))

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert Counter.made == 1
    assert len({id(obj) for obj in seen}) == 1


def test_build_container_wires_the_service(settings: Settings, migrated: Path) -> None:
    container = build_container(settings)
    assert container.names == ["db.connect", "logger", "model", "settings", "store", "version"]
    assert container.resolve("settings") is settings
    assert container.resolve("version") == __version__
    assert isinstance(container.resolve("model"), ChurnModel)
    store = container.resolve("store")
    assert isinstance(store, PredictionStore)
    assert store is container.resolve("store")
    conn = container.resolve("db.connect")()
    try:
        assert isinstance(conn, sqlite3.Connection)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()
    assert {"predictions", "schema_migrations"} <= tables


def test_wired_store_and_model_work_together(settings: Settings, migrated: Path) -> None:
    container = build_container(settings)
    model: ChurnModel = container.resolve("model")
    features = {"tenure_months": 2, "monthly_spend": 120.0, "support_tickets": 4}
    saved = container.resolve("store").save(model.validate(features), model.predict(features))
    assert container.resolve("store").get(saved.id) == saved


@pytest.mark.logging
def test_wired_logger_writes_json_and_masks_secrets(settings: Settings) -> None:
    container = build_container(settings)
    logger = container.resolve("logger")
    stream = io.StringIO()
    logger.handlers[0].setStream(stream)
    logger.warning("auth with key=%s secret=%s", next(iter(settings.api_keys)), settings.secret_key)
    entry = json.loads(stream.getvalue())
    assert entry["level"] == "WARNING"
    assert entry["message"] == "auth with key=*** secret=***"


def test_build_container_reads_the_environment_when_no_settings_given(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'env.db'}")
    monkeypatch.setenv("LOG_LEVEL", "warning")
    container = build_container()
    resolved: Settings = container.resolve("settings")
    assert resolved.database_path == str(tmp_path / "env.db")
    assert resolved.log_level == "WARNING"
