"""The checks before a store is opened, with nothing but the standard library.

They run before SQLAlchemy is imported, so the app can refuse a busy, foreign, damaged or newer
store at once (and open nothing), and show its window while the rest of the store opens.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from dialogue_desk.i18n import translate
from dialogue_desk.store.errors import (
    CorruptStoreError,
    LinkedStoreError,
    NewerStoreError,
    NotAStoreError,
    OlderStoreError,
    ReadOnlyStoreError,
    StoreBusyError,
    StoreMissingError,
)
from dialogue_desk.store.lock import StoreLock, StoreLockedError, held_here
from dialogue_desk.store.sqlite_files import (
    connect,
    folder_is_writable,
    one_line,
    os_error,
    sqlite_error,
)

#: Every Alembic revision this version of the app knows, oldest first. The last is the head.
#: A test checks this against the migration scripts; kept here so opening a current store does
#: not need to import Alembic.
SCHEMA_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003")
SCHEMA_HEAD = SCHEMA_REVISIONS[-1]

SQLITE_MAGIC = b"SQLite format 3\x00"


#: The tables of schema 0001, which every later revision keeps (a test checks them against the
#: models); a store of ours lacking one is damaged. A file holding only (some of) these, all
#: empty and with no version, is what a crash during the very first creation of a store left
#: behind before that creation became one transaction.
BASE_TABLES: frozenset[str] = frozenset(
    {
        "event", "participant", "check_in", "agenda_item", "note", "action_item",
        "evaluation_form", "question", "response", "answer",
    }
)  # fmt: skip


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
    #: The file holds the empty, unversioned tables of a creation that never finished.
    half_created: bool = False


def store_real_path(path: Path | str) -> Path:
    """The store's real path: ``~`` expanded, absolute, symlinks resolved."""
    return Path(os.path.realpath(Path(path).expanduser().absolute()))


def preflight(path: Path | str, *, read_only: bool = False, thorough: bool = True) -> Preflight:
    """Check the store at ``path`` and, for a writer, take its lock; raise StoreError if unfit.

    ``thorough=False`` leaves out SQLite's integrity check, which reads the whole file; whoever
    opens the store then runs it (``verify``) before anything is written.
    """
    path = store_real_path(path)
    if path.is_dir():
        raise NotAStoreError(path)
    info = _stat(path)
    if info is not None and info.st_nlink > 1:
        raise LinkedStoreError(path)
    exists = info is not None and info.st_size > 0
    ours = held_here(path)
    if ours and not read_only:
        raise StoreBusyError(path, str(os.getpid()))
    if exists and not ours:
        # Not when this process has the store open: closing any descriptor of the file would
        # drop the process's SQLite locks on it (POSIX record locks belong to the process).
        _check_header(path)
    elif not exists and read_only:
        raise StoreMissingError(path)
    lock: StoreLock | None = None
    if not read_only:
        if info is not None:
            _check_writable(path, info)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            lock = StoreLock(path)
            lock.acquire()
        except StoreLockedError as error:
            raise StoreBusyError(path, error.holder) from None
        except OSError as error:
            raise os_error(path, error) from error
    try:
        revision, has_tables, half = _inspect(path, thorough) if exists else (None, False, False)
        if revision is not None and revision not in SCHEMA_REVISIONS:
            raise NewerStoreError(path, revision)
        if half and read_only:
            raise StoreMissingError(path)  # nothing was ever stored in it
        if has_tables and revision is None and not half:
            raise NotAStoreError(path)
        needs_upgrade = revision != SCHEMA_HEAD
        if needs_upgrade and read_only:
            raise OlderStoreError(path) if has_tables else StoreMissingError(path)
        return Preflight(
            path, revision, has_tables and not half, needs_upgrade, lock,
            thorough or not exists, half,
        )  # fmt: skip
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _stat(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise os_error(path, error, reading=True) from error


def _check_writable(path: Path, info: os.stat_result) -> None:
    """Refuse to write a store its owner made read-only, rather than quietly make it writable."""
    if os.name == "posix" and not info.st_mode & stat.S_IWUSR:
        raise ReadOnlyStoreError(path, translate("StoreError", "the file is read-only"))
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError as error:
        raise os_error(path, error) from error
    os.close(fd)  # nothing of ours has the file open yet, so no SQLite lock is dropped
    if not folder_is_writable(path):
        raise ReadOnlyStoreError(path, translate("StoreError", "its folder is read-only"))


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise os_error(path, error, reading=True) from error
    if head and head != SQLITE_MAGIC:
        raise NotAStoreError(path)


def verify(path: Path) -> None:
    """SQLite's quick integrity check of the store; raise CorruptStoreError if it fails."""
    _inspect(path, thorough=True)


def _inspect(path: Path, thorough: bool = True) -> tuple[str | None, bool, bool]:
    """(schema revision, has any tables, half-created), read with plain sqlite3, writing nothing."""
    try:
        conn = connect(path, read_only=True)
    except sqlite3.Error as error:
        raise sqlite_error(path, error) from error
    try:
        try:
            check = conn.execute("PRAGMA quick_check").fetchone() if thorough else ("ok",)
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if check is None or check[0] != "ok":
                raise CorruptStoreError(
                    path, one_line(check[0]) if check else "integrity check failed"
                )
            if not tables:
                return None, False, False
            row = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is None:
                return None, True, _is_half_created(conn, tables)
            missing = sorted(BASE_TABLES - tables)
            if "event" not in tables or len(missing) > len(BASE_TABLES) // 2:
                raise NotAStoreError(path)  # another program's file, whatever it says
            if missing:
                raise CorruptStoreError(
                    path,
                    translate("StoreError", "the table {table} is missing").format(
                        table=missing[0]
                    ),
                )
            return row[0], True, False
        except sqlite3.DatabaseError as error:
            raise sqlite_error(path, error) from error
    finally:
        conn.close()


def _is_half_created(conn: sqlite3.Connection, tables: set[str]) -> bool:
    """Only our tables, every one empty: a creation killed before it was recorded."""
    if not tables - {"alembic_version"} <= BASE_TABLES:
        return False
    for table in tables:
        if conn.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone() is not None:
            return False
    return True
