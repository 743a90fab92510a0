"""Logging to a rotating file in the data folder; what went wrong is kept, not shown raw."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from dialogue_desk.paths import logs_dir, private_file


def log_path() -> Path:
    """The current log file, in ``logs/`` of the data folder (private: 0700 folder)."""
    return logs_dir() / "dialogue-desk.log"


def setup_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if any(getattr(h, "_dialogue_desk", False) for h in root.handlers):
        return
    try:
        path = log_path()
        _rotate(path)
        # Created 0600 before the handler opens it: logging would use the umask (0644).
        handler: logging.Handler = logging.FileHandler(private_file(path), encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
        handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._dialogue_desk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)


def _rotate(path: Path, max_bytes: int = 1_000_000, keep: int = 3) -> None:
    """Start a new log once the current one is large, keeping a few old ones (.1 newest).

    Done once at start rather than by logging.handlers, whose import costs start-up time.
    """
    if not path.exists() or path.stat().st_size < max_bytes:
        return
    for n in range(keep - 1, 0, -1):
        older = path.with_name(f"{path.name}.{n}")
        if older.exists():
            os.replace(older, path.with_name(f"{path.name}.{n + 1}"))
    os.replace(path, path.with_name(f"{path.name}.1"))
