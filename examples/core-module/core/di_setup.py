"""A small dependency-injection container and the service's wiring.

Components are registered by name with a factory that receives the container, so a
factory can resolve what it depends on. Singletons are built once, on first use;
``override`` swaps a component (tests use it for fakes) and restores it afterwards.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from contextlib import contextmanager
from typing import Any, Callable, Iterator

from core import __version__
from core import database
from core.config import Settings
from core.logging_setup import configure_logging
from core.model import ChurnModel
from core.store import PredictionStore

Factory = Callable[["Container"], Any]


class ResolutionError(LookupError):
    """A component is unknown or its dependencies form a cycle."""


class Container:
    """Named components built lazily by their factories; thread-safe."""

    def __init__(self) -> None:
        self._factories: dict[str, tuple[Factory, bool]] = {}
        self._instances: dict[str, Any] = {}
        self._lock = threading.RLock()
        self._resolving: list[str] = []

    def register(self, name: str, factory: Factory, *, singleton: bool = True) -> None:
        if not name:
            raise ValueError("component name must not be empty")
        with self._lock:
            if name in self._factories:
                raise ValueError(f"component already registered: {name}")
            self._factories[name] = (factory, singleton)

    def register_value(self, name: str, value: Any) -> None:
        self.register(name, lambda _c: value)

    def __contains__(self, name: object) -> bool:
        return name in self._factories

    @property
    def names(self) -> list[str]:
        return sorted(self._factories)

    def resolve(self, name: str) -> Any:
        with self._lock:
            if name not in self._factories:
                raise ResolutionError(f"unknown component: {name}")
            if name in self._instances:
                return self._instances[name]
            if name in self._resolving:
                chain = " -> ".join(self._resolving + [name])
                raise ResolutionError(f"dependency cycle: {chain}")
            factory, singleton = self._factories[name]
            self._resolving.append(name)
            try:
                instance = factory(self)
            finally:
                self._resolving.pop()
            if singleton:
                self._instances[name] = instance
            return instance

    @contextmanager
    def override(self, name: str, value: Any) -> Iterator[None]:
        with self._lock:
            if name not in self._factories:
                raise ResolutionError(f"cannot override unknown component: {name}")
            saved_factory = self._factories[name]
            had_instance = name in self._instances
            saved_instance = self._instances.get(name)
            self._factories[name] = (lambda _c: value, True)
            self._instances[name] = value
        try:
            yield
        finally:
            with self._lock:
                self._factories[name] = saved_factory
                if had_instance:
                    self._instances[name] = saved_instance
                else:
                    self._instances.pop(name, None)


def build_container(settings: Settings | None = None) -> Container:
    """Wire the service: settings, logger, database access, model and prediction store."""
    container = Container()
    container.register_value("settings", settings if settings is not None else Settings.from_env())
    container.register_value("version", __version__)

    def make_logger(c: Container) -> logging.Logger:
        s: Settings = c.resolve("settings")
        return configure_logging(s.log_level, [s.secret_key, *s.api_keys])

    def make_connect(c: Container) -> Callable[[], sqlite3.Connection]:
        url = c.resolve("settings").database_url
        return lambda: database.open_url(url)

    container.register("logger", make_logger)
    container.register("db.connect", make_connect)
    container.register("model", lambda c: ChurnModel())

    def make_store(c: Container) -> PredictionStore:
        # Look the connection factory up on every call rather than capturing it, so an
        # override (or a factory swapped after an outage) takes effect immediately.
        def connect() -> sqlite3.Connection:
            conn: sqlite3.Connection = c.resolve("db.connect")()
            return conn

        return PredictionStore(connect)

    container.register("store", make_store)
    return container
