"""The PostgreSQL connection pool: reuse, its bound, and broken connections dropped."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from core import pg


class FakeRaw:
    """The part of a psycopg2 connection the pool touches."""

    def __init__(self, broken: bool = False) -> None:
        self.closed = 0
        self.rollbacks = 0
        self.broken = broken

    def rollback(self) -> None:
        if self.broken:
            raise RuntimeError("server closed the connection unexpectedly")
        self.rollbacks += 1

    def close(self) -> None:
        self.closed = 1


@pytest.fixture(name="opened")
def fixture_opened(monkeypatch: pytest.MonkeyPatch) -> list[FakeRaw]:
    opened: list[FakeRaw] = []

    def fake_open(_url: str) -> Any:
        opened.append(FakeRaw())
        return opened[-1]

    monkeypatch.setattr(pg, "_open", fake_open)
    return opened


def test_a_returned_connection_is_rolled_back_and_reused(opened: list[FakeRaw]) -> None:
    pool = pg.Pool("postgresql://db/app", size=2)
    first = pool.get()
    first.close()
    second = pool.get()
    second.close()
    assert len(opened) == 1
    assert opened[0].rollbacks == 2
    assert not opened[0].closed


def test_callers_beyond_the_size_wait_for_a_free_connection(opened: list[FakeRaw]) -> None:
    pool = pg.Pool("postgresql://db/app", size=1)
    held = pool.get()
    got: list[pg.PgConnection] = []
    waiter = threading.Thread(target=lambda: got.append(pool.get()))
    waiter.start()
    waiter.join(0.2)
    assert waiter.is_alive() and not got
    held.close()
    waiter.join(5)
    assert len(got) == 1 and len(opened) == 1
    got[0].close()


def test_a_broken_connection_is_dropped_and_replaced(opened: list[FakeRaw]) -> None:
    pool = pg.Pool("postgresql://db/app", size=1)
    conn = pool.get()
    opened[0].broken = True
    conn.close()
    assert opened[0].closed
    pool.get().close()
    assert len(opened) == 2


def test_connect_keeps_one_pool_per_database(opened: list[FakeRaw]) -> None:
    pg.connect("postgresql://db/one").close()
    pg.connect("postgresql://db/one").close()
    pg.connect("postgresql://db/two").close()
    assert len(opened) == 2
