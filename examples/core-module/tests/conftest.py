"""Shared fixtures: an isolated settings object, a migrated SQLite file, a live HTTP server."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import pytest

from app import ApiServer, create_server
from core import database
from core.config import Settings
from core.di_setup import Container, build_container

API_KEY = "test-key-0123456789"
SECRET_KEY = "s3cr3t-" + "x" * 32


@dataclass
class HttpResult:
    status: int
    headers: dict[str, str]
    body: Any


class Client:
    """Makes real HTTP requests to a running server."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url

    def request(
        self,
        method: str,
        path: str,
        payload: Any = None,
        *,
        raw: bytes | None = None,
        api_key: str | None = API_KEY,
    ) -> HttpResult:
        data = raw if raw is not None else (None if payload is None else json.dumps(payload).encode())
        req = urllib.request.Request(self.base_url + path, data=data, method=method)
        if data is not None:
            req.add_header("Content-Type", "application/json")
        if api_key is not None:
            req.add_header("X-API-Key", api_key)
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:  # nosec B310 - loopback test URL
                status, headers, text = resp.status, dict(resp.headers.items()), resp.read()
        except urllib.error.HTTPError as err:
            status, headers, text = err.code, dict(err.headers.items()), err.read()
        return HttpResult(status, headers, json.loads(text) if text else None)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        app_env="test",
        database_url=f"sqlite:///{tmp_path / 'app.db'}",
        secret_key=SECRET_KEY,
        api_keys=frozenset({API_KEY}),
    )


@pytest.fixture
def migrated(settings: Settings) -> Path:
    conn = database.connect(settings.database_path)
    try:
        database.migrate(conn)
    finally:
        conn.close()
    return Path(settings.database_path)


@pytest.fixture
def container(settings: Settings, migrated: Path) -> Container:
    return build_container(settings)


def _serve(container: Container) -> Iterator[tuple[ApiServer, Client]]:
    server = create_server(container, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    try:
        yield server, Client(f"http://{host!s}:{port}")
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def live(container: Container) -> Iterator[tuple[ApiServer, Client]]:
    yield from _serve(container)


@pytest.fixture
def client(live: tuple[ApiServer, Client]) -> Client:
    return live[1]


@pytest.fixture
def unmigrated_client(settings: Settings) -> Iterator[Client]:
    for _server, client in _serve(build_container(settings)):
        yield client
