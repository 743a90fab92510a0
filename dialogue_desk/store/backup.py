"""Consistent copies of a store through SQLite's online backup API (never a file copy).

Backups are named ``<store>-<YYYYmmdd-HHMMSS>-<reason>.sqlite`` in ``backups/`` beside the
store, private to the owner (0600). They hold everything the store held when they were taken,
deleted events included, so they are removed once older than the retention (90 days unless the
user chose otherwise): a deleted event does not live on in a backup forever.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from dialogue_desk.paths import BACKUP_RETENTION_DAYS, backups_dir
from dialogue_desk.store.sqlite_files import connect, os_error, sqlite_error

log = logging.getLogger(__name__)

#: Backups older than this many days are removed when a store is opened for writing.
DEFAULT_RETENTION_DAYS = BACKUP_RETENTION_DAYS

_STAMP = re.compile(r"-(\d{8}-\d{6})-[^/]*\.sqlite$")


@dataclass(frozen=True)
class BackupRecord:
    """One backup file of a store and when it was taken (local time, from its name)."""

    path: Path
    taken: dt.datetime
    size: int


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
    # The copy is created private before anything is written into it.
    try:
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as error:
        raise os_error(target, error) from error
    try:
        source = connect(store_path, read_only=True)
        try:
            dest = connect(target)
            try:
                source.backup(dest)
            finally:
                dest.close()
        finally:
            source.close()
    except sqlite3.Error as error:
        target.unlink(missing_ok=True)
        raise sqlite_error(store_path, error) from error
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    if os.name == "posix":
        os.chmod(target, 0o600)
    return target


def list_backups(store_path: Path) -> list[BackupRecord]:
    """The backups of ``store_path`` in its backups folder, oldest first."""
    folder = store_path.parent / "backups"
    if not folder.is_dir():
        return []
    found = []
    for candidate in folder.glob(f"{glob_escape(store_path.stem)}-*.sqlite"):
        taken = _taken(candidate, store_path.stem)
        if taken is None:
            continue
        try:
            size = candidate.stat().st_size
        except OSError:
            continue
        found.append(BackupRecord(candidate, taken, size))
    return sorted(found, key=lambda record: (record.taken, record.path.name))


def prune_backups(
    store_path: Path, retention_days: int, *, now: dt.datetime | None = None
) -> list[Path]:
    """Remove the store's backups taken more than ``retention_days`` ago; return what went.

    Only files named like this module's backups are touched. A backup that cannot be removed
    is logged and left; opening the store never fails because of it.
    """
    if retention_days <= 0:
        return []
    limit = (now or dt.datetime.now()) - dt.timedelta(days=retention_days)
    removed = []
    for record in list_backups(store_path):
        if record.taken >= limit:
            continue
        try:
            record.path.unlink()
        except OSError as error:
            log.warning("Could not remove the old backup %s: %s", record.path, error)
            continue
        removed.append(record.path)
    if removed:
        log.info("Removed %d backups older than %d days", len(removed), retention_days)
    return removed


def _taken(path: Path, stem: str) -> dt.datetime | None:
    if not path.name.startswith(stem + "-"):
        return None
    match = _STAMP.match(path.name[len(stem) :])
    if match is None:
        return None
    try:
        return dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
    except ValueError:
        return dt.datetime.fromtimestamp(path.stat().st_mtime) if path.exists() else None


def glob_escape(text: str) -> str:
    """``text`` with glob's special characters taken literally."""
    return re.sub(r"([*?\[])", r"[\1]", text)
