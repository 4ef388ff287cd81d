"""Settings read from the process environment (see README for the variables)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Mapping

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


class ConfigError(ValueError):
    """Raised when an environment variable has a value the service cannot use."""


def _parse_bool(name: str, raw: str) -> bool:
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ConfigError(f"{name} must be true or false, got {raw!r}")


def sqlite_path(database_url: str) -> str:
    """Return the file path of a ``sqlite:///path`` URL."""
    prefix = "sqlite:///"
    if not database_url.startswith(prefix):
        raise ConfigError(
            f"DATABASE_URL must be a sqlite:/// or postgresql:// URL, got scheme "
            f"{database_url.split(':', 1)[0]!r}"
        )
    path = database_url[len(prefix):]
    if not path:
        raise ConfigError("DATABASE_URL has no file path")
    return path


@dataclass(frozen=True)
class Settings:
    """Validated service settings; secrets are kept out of ``repr``."""

    app_env: str = "development"
    debug: bool = False
    log_level: str = "INFO"
    database_url: str = "sqlite:///var/app.db"
    secret_key: str = field(default="", repr=False)
    api_keys: frozenset[str] = field(default_factory=frozenset, repr=False)

    @property
    def database_path(self) -> str:
        return sqlite_path(self.database_url)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> "Settings":
        source = os.environ if env is None else env
        app_env = source.get("APP_ENV", "development").strip() or "development"
        debug = _parse_bool("DEBUG", source.get("DEBUG", "false"))
        log_level = source.get("LOG_LEVEL", "INFO").strip().upper()
        if log_level not in LOG_LEVELS:
            raise ConfigError(f"LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, got {log_level!r}")
        database_url = source.get("DATABASE_URL", "sqlite:///var/app.db").strip()
        if not database_url.startswith(("postgresql://", "postgres://")):
            sqlite_path(database_url)
        secret_key = source.get("SECRET_KEY", "")
        keys = frozenset(k.strip() for k in source.get("API_KEYS", "").split(",") if k.strip())
        if app_env == "production":
            if debug:
                raise ConfigError("DEBUG must be false when APP_ENV=production")
            if len(secret_key) < 32:
                raise ConfigError("SECRET_KEY must be at least 32 characters in production")
            if not keys:
                raise ConfigError("API_KEYS must list at least one key in production")
        return cls(
            app_env=app_env,
            debug=debug,
            log_level=log_level,
            database_url=database_url,
            secret_key=secret_key,
            api_keys=keys,
        )
