"""Open a store safely: check it, lock it, back it up, migrate it, and hand out short sessions."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.orm import Session, sessionmaker

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

log = logging.getLogger(__name__)

#: Every Alembic revision this version of the app knows, oldest first. The last is the head.
#: A test checks this against the migration scripts; kept here so opening a current store does
#: not need to import Alembic.
SCHEMA_REVISIONS: tuple[str, ...] = ("0001",)
SCHEMA_HEAD = SCHEMA_REVISIONS[-1]

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


class Store:
    """An open store: one SQLite file, its engine, and (for a writer) its lock."""

    def __init__(self, path: Path, engine: Engine, lock: StoreLock | None) -> None:
        self.path = path
        self.engine = engine
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def is_practice(self) -> bool:
        """A practice store: everything exported from it is marked PRACTICE."""
        from dialogue_desk.paths import PRACTICE_FILENAME

        return self.path.name == PRACTICE_FILENAME

    @property
    def read_only(self) -> bool:
        return self._lock is None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work, committed on success: every user action is its own transaction."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except (exc.OperationalError, sqlite3.OperationalError) as error:
            session.rollback()
            raise StoreWriteError(self.path, _sqlite_reason(error)) from error
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _sqlite_reason(error: Exception) -> str:
    orig = getattr(error, "orig", None)
    text = str(orig) if orig is not None else str(error)
    if "full" in text:
        return "the disk is full"
    if "readonly" in text or "read-only" in text:
        return "the file or its folder is read-only"
    if "locked" in text or "busy" in text:
        return "the store is busy"
    return text


def _make_engine(path: Path, read_only: bool) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        if not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if read_only:
            cursor.execute("PRAGMA query_only=ON")
        cursor.close()

    return engine


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise StoreError(path, error.strerror or str(error)) from error
    if head and head != SQLITE_MAGIC:
        raise NotAStoreError(path)


def _inspect(path: Path) -> tuple[str | None, bool]:
    """Return (schema revision, has any tables) using plain sqlite3, writing nothing."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise CorruptStoreError(path, str(error)) from error
    try:
        try:
            check = conn.execute("PRAGMA quick_check").fetchone()
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


def _restrict_permissions(path: Path) -> None:
    if os.name != "posix":
        return
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if candidate.exists():
            os.chmod(candidate, 0o600)


def open_store(path: Path | str, *, read_only: bool = False) -> Store:
    """Open (creating if needed) the store at ``path``.

    A writer takes the store's lock, backs the store up before any migration and applies
    pending migrations. A reader (``read_only=True``) takes no lock, so it works while the app
    has the store open, and never writes. Anything that is not a sound store of this version
    raises a :class:`StoreError` and is left untouched.
    """
    path = Path(path).expanduser().absolute()
    exists = path.exists() and path.stat().st_size > 0
    if path.is_dir():
        raise NotAStoreError(path)
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
        revision, has_tables = _inspect(path) if exists else (None, False)
        if revision is not None and revision not in SCHEMA_REVISIONS:
            raise NewerStoreError(path, revision)
        if has_tables and revision is None:
            raise NotAStoreError(path)
        if revision != SCHEMA_HEAD:
            if read_only:
                raise OlderStoreError(path) if has_tables else StoreMissingError(path)
            if has_tables:
                from dialogue_desk.store.backup import backup_store

                saved = backup_store(path, reason=f"before-upgrade-from-{revision}")
                log.info("Backed up %s to %s before upgrading its schema", path, saved)
        engine = _make_engine(path, read_only)
        if revision != SCHEMA_HEAD:
            from dialogue_desk.store.migrate import upgrade

            try:
                upgrade(engine)
            except exc.OperationalError as error:
                engine.dispose()
                raise StoreWriteError(path, _sqlite_reason(error)) from error
        if not read_only:
            _restrict_permissions(path)
        return Store(path, engine, lock)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
