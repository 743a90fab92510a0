"""Logging to a rotating file in the data folder; what went wrong is kept, not shown raw."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from dialogue_desk.paths import data_dir


def log_path() -> Path:
    folder = data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "dialogue-desk.log"


def setup_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if any(getattr(h, "_dialogue_desk", False) for h in root.handlers):
        return
    try:
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_path(), maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
        handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._dialogue_desk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
