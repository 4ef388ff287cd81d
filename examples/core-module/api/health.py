"""Health endpoints: ``/health`` (liveness) and ``/health/ready`` (readiness)."""

from __future__ import annotations

import sqlite3
import time
from typing import Any, Callable

from api.routing import Params, Request, Response, Router
from core import database
from core.di_setup import Container

CANARY_FEATURES = {"tenure_months": 12, "monthly_spend": 40.0, "support_tickets": 1}


def _check_database(container: Container) -> dict[str, Any]:
    connect: Callable[[], sqlite3.Connection] = container.resolve("db.connect")
    try:
        conn = connect()
        try:
            database.ping(conn)
            missing = database.missing_indexes(conn)
            has_table = database.has_table(conn, "predictions")
        finally:
            conn.close()
    except database.ERRORS as exc:
        return {"ok": False, "detail": f"database error: {exc}"}
    if not has_table:
        return {"ok": False, "detail": "schema not migrated (run make db-migrate)"}
    if missing:
        return {"ok": False, "detail": f"missing indexes: {', '.join(missing)}"}
    return {"ok": True}


def _check_model(container: Container) -> dict[str, Any]:
    model = container.resolve("model")
    try:
        model.predict(CANARY_FEATURES)
    except Exception as exc:  # a broken model must make the service unready, whatever it raised
        return {"ok": False, "detail": f"model error: {exc}"}
    return {"ok": True, "version": model.version}


def health_router(container: Container, clock: Callable[[], float] = time.monotonic) -> Router:
    started = clock()
    router = Router()

    def liveness(_request: Request, _params: Params) -> Response:
        return Response(200, {
            "status": "ok",
            "version": container.resolve("version"),
            "uptime_s": round(clock() - started, 3),
        })

    def readiness(_request: Request, _params: Params) -> Response:
        checks = {"database": _check_database(container), "model": _check_model(container)}
        ready = all(check["ok"] for check in checks.values())
        return Response(200 if ready else 503, {"status": "ok" if ready else "unavailable", "checks": checks})

    router.add("GET", "/health", liveness)
    router.add("GET", "/health/ready", readiness)
    return router
