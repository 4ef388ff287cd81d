"""Write the release's .env.production for the local stack the checklist starts.

    python3 scripts/make_env.py var/.env.production

The settings the seed lists: APP_ENV, DEBUG, LOG_LEVEL and API_RATE_LIMIT as production has
them, DATABASE_URL and REDIS_URL from the environment (the throwaway PostgreSQL and Redis),
API_KEYS from SMOKE_API_KEY, and a fresh random SECRET_KEY. The file is readable by its owner
only; nothing is printed but its path and the names it holds.
"""

from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path
from typing import Sequence

REQUIRED_FROM_ENV = ("DATABASE_URL", "REDIS_URL", "SMOKE_API_KEY")


def main(argv: Sequence[str]) -> int:
    if len(argv) != 1:
        print("usage: make_env.py OUT", file=sys.stderr)
        return 2
    missing = [name for name in REQUIRED_FROM_ENV if not os.environ.get(name)]
    if missing:
        print(f"make_env.py: not set: {', '.join(missing)}", file=sys.stderr)
        return 2
    settings = {
        "APP_ENV": "production",
        "DEBUG": "false",
        "LOG_LEVEL": "INFO",
        "DATABASE_URL": os.environ["DATABASE_URL"],
        "REDIS_URL": os.environ["REDIS_URL"],
        "SECRET_KEY": secrets.token_urlsafe(48),
        "API_KEYS": os.environ["SMOKE_API_KEY"],
        "API_RATE_LIMIT": "100/minute",
    }
    out = Path(argv[0])
    out.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.writelines(f"{name}={value}\n" for name, value in settings.items())
    print(f"wrote {out}: {' '.join(settings)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
