"""Build the deployable artifact: dist/core-module-<version>.pyz (a stdlib zipapp).

The service has no third-party dependencies, so one zipapp holding the packages, the
entry point and the SQL migrations is the whole deployable unit. Prints the artifact
path, its size and its SHA-256.
"""

from __future__ import annotations

import hashlib
import shutil
import sys
import zipapp
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONTENTS = ("core", "api", "migrations", "app.py", "db.py")


def version() -> str:
    for line in (ROOT / "core" / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip('"')
    raise SystemExit("no __version__ in core/__init__.py")


def build(out_dir: Path = ROOT / "dist", stage: Path = ROOT / "build" / "pyz") -> Path:
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in CONTENTS:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, stage / name, ignore=ignore)
        else:
            shutil.copy2(source, stage / name)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"core-module-{version()}.pyz"
    zipapp.create_archive(stage, target, interpreter="/usr/bin/env python3", main="app:run")
    return target


def main() -> int:
    target = build()
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    print(f"built {target.relative_to(ROOT)} size={target.stat().st_size} sha256={digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
