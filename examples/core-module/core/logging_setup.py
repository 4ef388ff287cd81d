"""Structured (one JSON object per line) logging that never writes secret values."""

from __future__ import annotations

import json
import logging
from datetime import datetime, timezone
from typing import IO, Iterable

REDACTED = "***"


class JsonFormatter(logging.Formatter):
    """Renders a record as one JSON line; every known secret value becomes ``***``.

    Masking happens on the rendered text (message and traceback alike), so a secret
    that reaches a log call through an argument or an exception is still hidden.
    """

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        # Longest first, so a secret that contains another one is masked whole.
        self._secrets = sorted({s for s in secrets if s}, key=len, reverse=True)

    def redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        return text

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "ts": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": self.redact(record.getMessage()),
        }
        if record.exc_info:
            entry["exception"] = self.redact(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(
    level: str, secrets: Iterable[str], stream: IO[str] | None = None, name: str = "core_module"
) -> logging.Logger:
    logger = logging.getLogger(name)
    logger.handlers.clear()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter(secrets))
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False
    return logger
