"""Data written through the HTTP API is in the database, and survives a restart of the service."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from core.config import Settings
from core.di_setup import build_container
from tests.conftest import API_KEY, Client, _serve

ROOT = Path(__file__).resolve().parents[2]
FEATURES = {"tenure_months": 5, "monthly_spend": 70.0, "support_tickets": 0}


@pytest.mark.persistence
def test_prediction_is_persisted_and_survives_restart(settings: Settings, migrated: Path) -> None:
    for _server, client in _serve(build_container(settings)):
        created = client.request("POST", "/predictions", {"features": FEATURES}).body
    conn = sqlite3.connect(migrated)
    row = conn.execute(
        "SELECT label, score, features FROM predictions WHERE id = ?", (created["id"],)).fetchone()
    conn.close()
    assert row[:2] == (created["label"], created["score"])
    assert json.loads(row[2]) == FEATURES
    for _server, client in _serve(build_container(settings)):
        assert client.request("GET", f"/predictions/{created['id']}").body == created


@pytest.mark.persistence
@pytest.mark.log_safety
def test_the_real_entry_point_serves_and_stops_on_sigterm(tmp_path: Path) -> None:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'proc.db'}", "API_KEYS": API_KEY}
    proc = subprocess.Popen(  # nosec B603 - fixed argv, our own interpreter
        [sys.executable, "-m", "app", "--port", "0", "--migrate"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("listening on http://127.0.0.1:")
        client = Client(line.split()[-1])
        assert client.request("GET", "/health/ready", api_key=None).status == 200
        assert client.request("POST", "/predictions", {"features": FEATURES}).status == 201
        with urllib.request.urlopen(client.base_url + "/health", timeout=5) as resp:  # nosec B310
            assert resp.headers["Server"].startswith("core-module/")
    finally:
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=10)
    assert proc.returncode == 0
    assert API_KEY not in err


@pytest.mark.errors
def test_entry_point_refuses_bad_configuration(tmp_path: Path) -> None:
    env = {**os.environ, "APP_ENV": "production", "DEBUG": "true"}
    result = subprocess.run(  # nosec B603 - fixed argv, our own interpreter
        [sys.executable, "-m", "app", "--port", "0"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=30)
    assert result.returncode == 2
    assert "configuration error: DEBUG must be false" in result.stderr
