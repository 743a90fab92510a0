"""The checks before a store is opened, with nothing but the standard library.

They run before SQLAlchemy is imported, so the app can refuse a busy, foreign, damaged or newer
store at once (and open nothing), and show its window while the rest of the store opens.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from dialogue_desk.store.errors import (
    CorruptStoreError,
    NewerStoreError,
    NotAStoreError,
    OlderStoreError,
    StoreBusyError,
    StoreError,
    StoreMissingError,
    StoreWriteError,
)
from dialogue_desk.store.lock import StoreLock, StoreLockedError

#: Every Alembic revision this version of the app knows, oldest first. The last is the head.
#: A test checks this against the migration scripts; kept here so opening a current store does
#: not need to import Alembic.
SCHEMA_REVISIONS: tuple[str, ...] = ("0001", "0002")
SCHEMA_HEAD = SCHEMA_REVISIONS[-1]

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass
class Preflight:
    """What the checks found: the store's revision, whether it must be upgraded, its lock."""

    path: Path
    revision: str | None
    has_tables: bool
    needs_upgrade: bool
    lock: StoreLock | None
    #: Whether SQLite's integrity check has run (it reads the whole file).
    verified: bool


def preflight(path: Path | str, *, read_only: bool = False, thorough: bool = True) -> Preflight:
    """Check the store at ``path`` and, for a writer, take its lock; raise StoreError if unfit.

    ``thorough=False`` leaves out SQLite's integrity check, which reads the whole file; whoever
    opens the store then runs it (``verify``) before anything is written.
    """
    path = Path(path).expanduser().absolute()
    if path.is_dir():
        raise NotAStoreError(path)
    exists = path.exists() and path.stat().st_size > 0
    if exists:
        _check_header(path)
    elif read_only:
        raise StoreMissingError(path)
    lock: StoreLock | None = None
    if not read_only:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreWriteError(path, error.strerror or str(error)) from error
        lock = StoreLock(path)
        try:
            lock.acquire()
        except StoreLockedError as error:
            raise StoreBusyError(path, error.holder) from None
        except OSError as error:
            raise StoreWriteError(path, error.strerror or str(error)) from error
    try:
        revision, has_tables = _inspect(path, thorough) if exists else (None, False)
        if revision is not None and revision not in SCHEMA_REVISIONS:
            raise NewerStoreError(path, revision)
        if has_tables and revision is None:
            raise NotAStoreError(path)
        needs_upgrade = revision != SCHEMA_HEAD
        if needs_upgrade and read_only:
            raise OlderStoreError(path) if has_tables else StoreMissingError(path)
        return Preflight(path, revision, has_tables, needs_upgrade, lock, thorough or not exists)
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise StoreError(path, error.strerror or str(error)) from error
    if head and head != SQLITE_MAGIC:
        raise NotAStoreError(path)


def verify(path: Path) -> None:
    """SQLite's quick integrity check of the store; raise CorruptStoreError if it fails."""
    _inspect(path, thorough=True)


def _inspect(path: Path, thorough: bool = True) -> tuple[str | None, bool]:
    """Return (schema revision, has any tables) using plain sqlite3, writing nothing."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise CorruptStoreError(path, str(error)) from error
    try:
        try:
            check = conn.execute("PRAGMA quick_check").fetchone() if thorough else ("ok",)
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        except sqlite3.DatabaseError as error:
            if "not a database" in str(error):
                raise NotAStoreError(path) from error
            raise CorruptStoreError(path, str(error)) from error
        if check is None or check[0] != "ok":
            raise CorruptStoreError(path, check[0] if check else "integrity check failed")
        if not tables:
            return None, False
        if "alembic_version" not in tables or "event" not in tables:
            raise NotAStoreError(path)
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return (row[0] if row else None), True
    finally:
        conn.close()
