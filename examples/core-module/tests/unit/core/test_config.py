from __future__ import annotations

import pytest

from core.config import ConfigError, Settings, sqlite_path

PROD = {
    "APP_ENV": "production",
    "DEBUG": "false",
    "LOG_LEVEL": "INFO",
    "DATABASE_URL": "sqlite:///srv/app.db",
    "SECRET_KEY": "k" * 40,
    "API_KEYS": "alpha, beta,,",
}


def test_defaults_are_for_local_development() -> None:
    settings = Settings.from_env({})
    assert settings.app_env == "development"
    assert settings.debug is False
    assert settings.log_level == "INFO"
    assert settings.database_path == "var/app.db"
    assert settings.api_keys == frozenset()


def test_production_environment_is_read_completely() -> None:
    settings = Settings.from_env(PROD)
    assert settings.app_env == "production"
    assert settings.database_path == "srv/app.db"
    assert settings.api_keys == frozenset({"alpha", "beta"})


@pytest.mark.log_safety
def test_secrets_stay_out_of_repr() -> None:
    text = repr(Settings.from_env(PROD))
    assert "k" * 40 not in text
    assert "alpha" not in text


@pytest.mark.parametrize("raw,expected", [("1", True), ("Yes", True), ("off", False), ("", False)])
def test_debug_flag_spellings(raw: str, expected: bool) -> None:
    assert Settings.from_env({"DEBUG": raw}).debug is expected


@pytest.mark.errors
@pytest.mark.parametrize("env,message", [
    ({"DEBUG": "maybe"}, "DEBUG must be true or false"),
    ({"LOG_LEVEL": "LOUD"}, "LOG_LEVEL must be one of"),
    ({"DATABASE_URL": "mysql://u:p@h/db"}, "must be a sqlite:/// or postgresql:// URL"),
    ({"DATABASE_URL": "sqlite:///"}, "has no file path"),
    ({**PROD, "DEBUG": "true"}, "DEBUG must be false when APP_ENV=production"),
    ({**PROD, "SECRET_KEY": "short"}, "SECRET_KEY must be at least 32 characters"),
    ({**PROD, "API_KEYS": " , "}, "API_KEYS must list at least one key"),
])
def test_unusable_values_are_rejected(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        Settings.from_env(env)


@pytest.mark.errors
@pytest.mark.log_safety
def test_scheme_error_does_not_echo_credentials() -> None:
    with pytest.raises(ConfigError) as err:
        sqlite_path("mysql://user:hunter2@db:3306/app")
    assert "hunter2" not in str(err.value)
