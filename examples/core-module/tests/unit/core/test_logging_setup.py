from __future__ import annotations

import io
import json
import logging

import pytest

from core.logging_setup import REDACTED, JsonFormatter, configure_logging


@pytest.mark.logging
def test_each_record_is_one_json_line() -> None:
    stream = io.StringIO()
    logger = configure_logging("INFO", [], stream, name="test.json_lines")
    logger.info("first %d", 1)
    logger.debug("not at INFO")
    logger.warning("second")
    entries = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert [(e["level"], e["message"]) for e in entries] == [("INFO", "first 1"), ("WARNING", "second")]
    assert all(e["logger"] == "test.json_lines" for e in entries)
    assert all(e["ts"].endswith("+00:00") for e in entries)


@pytest.mark.logging
def test_configuring_twice_does_not_duplicate_output() -> None:
    stream = io.StringIO()
    configure_logging("INFO", [], stream, name="test.twice")
    logger = configure_logging("INFO", [], stream, name="test.twice")
    logger.info("once")
    assert len(stream.getvalue().splitlines()) == 1


@pytest.mark.log_safety
def test_secrets_are_masked_in_messages_and_tracebacks() -> None:
    stream = io.StringIO()
    logger = configure_logging("INFO", ["topsecret", "topsecret-extended", ""], stream, name="test.mask")
    try:
        raise ValueError("token topsecret-extended rejected")
    except ValueError:
        logger.exception("login with %s failed", "topsecret")
    entry = json.loads(stream.getvalue())
    assert entry["message"] == f"login with {REDACTED} failed"
    assert "topsecret" not in entry["exception"]
    assert f"token {REDACTED} rejected" in entry["exception"]


@pytest.mark.log_safety
def test_formatter_without_secrets_leaves_text_alone() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "plain %s", ("text",), None)
    assert json.loads(JsonFormatter().format(record))["message"] == "plain text"
