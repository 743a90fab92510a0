"""Consistent copies of a store through SQLite's online backup API (never a file copy)."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from dialogue_desk.paths import backups_dir


def backup_store(store_path: Path, reason: str = "backup", target_dir: Path | None = None) -> Path:
    """Write a consistent copy of the store into the backups folder and return its path."""
    folder = target_dir or backups_dir(store_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{store_path.stem}-{stamp}-{reason}.sqlite"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{store_path.stem}-{stamp}-{reason}-{n}.sqlite"
    source = sqlite3.connect(f"file:{store_path}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    if os.name == "posix":
        os.chmod(target, 0o600)
    return target
