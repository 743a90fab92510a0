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

from dialogue_desk.store.errors import StoreWriteError
from dialogue_desk.store.lock import StoreLock
from dialogue_desk.store.preflight import (
    SCHEMA_HEAD,
    SCHEMA_REVISIONS,
    Preflight,
    preflight,
    verify,
)

__all__ = ["SCHEMA_HEAD", "SCHEMA_REVISIONS", "Store", "open_store"]

log = logging.getLogger(__name__)

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


def _restrict_permissions(path: Path) -> None:
    if os.name != "posix":
        return
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if candidate.exists():
            os.chmod(candidate, 0o600)


def open_store(
    path: Path | str, *, read_only: bool = False, checked: Preflight | None = None
) -> Store:
    """Open (creating if needed) the store at ``path``.

    A writer takes the store's lock, backs the store up before any migration and applies
    pending migrations. A reader (``read_only=True``) takes no lock, so it works while the app
    has the store open, and never writes. Anything that is not a sound store of this version
    raises a :class:`StoreError` and is left untouched. ``checked`` is the result of an earlier
    :func:`preflight` of the same store (whose lock it holds), so the window can show before
    SQLAlchemy is even imported.
    """
    checked = checked or preflight(path, read_only=read_only)
    path = checked.path
    try:
        if not checked.verified:
            verify(path)
        if checked.needs_upgrade and checked.has_tables:
            from dialogue_desk.store.backup import backup_store

            saved = backup_store(path, reason=f"before-upgrade-from-{checked.revision}")
            log.info("Backed up %s to %s before upgrading its schema", path, saved)
        engine = _make_engine(path, read_only)
        if checked.needs_upgrade:
            from dialogue_desk.store.migrate import upgrade

            try:
                upgrade(engine)
            except exc.OperationalError as error:
                engine.dispose()
                raise StoreWriteError(path, _sqlite_reason(error)) from error
        if not read_only:
            _restrict_permissions(path)
        return Store(path, engine, checked.lock)
    except BaseException:
        if checked.lock is not None:
            checked.lock.release()
        raise
