"""The health endpoints, exercised over real HTTP against a server on a loopback port."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from api.health import health_router
from api.routing import Request
from app import ApiServer
from core import __version__
from core.di_setup import build_container
from tests.conftest import Client

Live = tuple[ApiServer, Client]


def test_liveness_reports_ok_and_version(client: Client) -> None:
    result = client.request("GET", "/health", api_key=None)
    assert result.status == 200
    assert result.headers["Content-Type"] == "application/json"
    assert result.body["status"] == "ok"
    assert result.body["version"] == __version__
    assert result.body["uptime_s"] >= 0


def test_trailing_slash_is_the_same_endpoint(client: Client) -> None:
    assert client.request("GET", "/health/", api_key=None).status == 200


def test_readiness_checks_database_and_model(client: Client) -> None:
    result = client.request("GET", "/health/ready", api_key=None)
    assert result.status == 200
    assert result.body == {
        "status": "ok",
        "checks": {"database": {"ok": True}, "model": {"ok": True, "version": "churn-linear-1"}},
    }


@pytest.mark.errors
def test_readiness_fails_before_migrations(unmigrated_client: Client) -> None:
    result = unmigrated_client.request("GET", "/health/ready", api_key=None)
    assert result.status == 503
    assert result.body["status"] == "unavailable"
    assert result.body["checks"]["database"] == {
        "ok": False, "detail": "schema not migrated (run make db-migrate)"}


@pytest.mark.errors
def test_readiness_fails_when_an_index_is_missing(client: Client, migrated: Path) -> None:
    conn = sqlite3.connect(migrated)
    conn.execute("DROP INDEX idx_predictions_label")
    conn.commit()
    conn.close()
    result = client.request("GET", "/health/ready", api_key=None)
    assert result.status == 503
    assert result.body["checks"]["database"]["detail"] == "missing indexes: idx_predictions_label"


@pytest.mark.errors
def test_readiness_fails_when_the_database_cannot_be_opened(live: Live) -> None:
    server, client = live

    def broken() -> sqlite3.Connection:
        raise sqlite3.OperationalError("unable to open database file")

    with server.container.override("db.connect", broken):
        result = client.request("GET", "/health/ready", api_key=None)
    assert result.status == 503
    assert result.body["checks"]["database"] == {
        "ok": False, "detail": "database error: unable to open database file"}
    assert result.body["checks"]["model"]["ok"] is True


@pytest.mark.recovery
def test_service_recovers_by_itself_after_a_database_outage(live: Live) -> None:
    """Each request opens its own connection, so nothing stale survives an outage."""
    server, client = live

    def down() -> sqlite3.Connection:
        raise sqlite3.OperationalError("database is locked")

    assert client.request("GET", "/health/ready", api_key=None).status == 200
    with server.container.override("db.connect", down):
        assert client.request("GET", "/health/ready", api_key=None).status == 503
        assert client.request("GET", "/predictions/1").status == 500
    assert client.request("GET", "/health/ready", api_key=None).status == 200
    created = client.request("POST", "/predictions", {"features": {
        "tenure_months": 1, "monthly_spend": 10.0, "support_tickets": 0}})
    assert created.status == 201


@pytest.mark.errors
def test_readiness_fails_when_the_model_is_broken(live: Live) -> None:
    server, client = live

    class BrokenModel:
        version = "broken"

        def predict(self, features: Any) -> Any:
            raise RuntimeError("weights not loaded")

    with server.container.override("model", BrokenModel()):
        result = client.request("GET", "/health/ready", api_key=None)
    assert result.status == 503
    assert result.body["checks"]["model"] == {"ok": False, "detail": "model error: weights not loaded"}


@pytest.mark.errors
def test_wrong_method_is_405_and_unknown_path_is_404(client: Client) -> None:
    wrong = client.request("POST", "/health", {"x": 1}, api_key=None)
    assert wrong.status == 405
    assert wrong.body == {"error": "method POST not allowed; use GET"}
    missing = client.request("GET", "/nothing-here", api_key=None)
    assert missing.status == 404
    assert missing.body == {"error": "no route for /nothing-here"}


def test_uptime_comes_from_the_injected_clock(container: Any) -> None:
    ticks = iter([100.0, 102.5])
    router = health_router(container, clock=lambda: next(ticks))
    response = router.handle(Request("GET", "/health"))
    assert response is not None
    assert response.body["uptime_s"] == 2.5


def test_health_needs_no_api_key(settings: Any, migrated: Path) -> None:
    router = health_router(build_container(settings))
    response = router.handle(Request("GET", "/health/ready", headers={}))
    assert response is not None and response.status == 200
