"""Open a store safely: check it, lock it, back it up, migrate it, and hand out short sessions."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event, exc
from sqlalchemy.orm import Session, sessionmaker

from dialogue_desk.i18n import translate
from dialogue_desk.store.backup import DEFAULT_RETENTION_DAYS
from dialogue_desk.store.errors import (
    CorruptStoreError,
    DiskFullError,
    ReadOnlyStoreError,
    StoreWriteError,
)
from dialogue_desk.store.lock import StoreLock
from dialogue_desk.store.preflight import (
    SCHEMA_HEAD,
    SCHEMA_REVISIONS,
    Preflight,
    preflight,
    verify,
)
from dialogue_desk.store.sqlite_files import connect, one_line, sqlite_error

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
            raise _write_error(self.path, error) from error
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


def _write_error(path: Path, error: Exception) -> StoreWriteError:
    """A failed write as the error that says why: disk full, read-only, or SQLite's reason."""
    text = str(getattr(error, "orig", None) or error)
    if "full" in text:
        return DiskFullError(path, one_line(text))
    if "readonly" in text or "read-only" in text:
        return ReadOnlyStoreError(path, one_line(text))
    return StoreWriteError(path, _sqlite_reason(error))


def _sqlite_reason(error: Exception) -> str:
    orig = getattr(error, "orig", None)
    text = str(orig) if orig is not None else str(error)
    if "full" in text:
        return translate("StoreError", "the disk is full")
    if "readonly" in text or "read-only" in text:
        return translate("StoreError", "the file or its folder is read-only")
    if "locked" in text or "busy" in text:
        return translate("StoreError", "the store is busy")
    return one_line(text)


def _make_engine(path: Path, read_only: bool) -> Engine:
    # The URL only tells SQLAlchemy it is a file (so it pools connections); the connections
    # come from sqlite_files.connect, which names the file by a properly quoted URI.
    engine = create_engine(
        URL.create("sqlite", database=str(path)),
        creator=lambda: connect(path, read_only=read_only),
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        if not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # Deleted rows are overwritten with zeros, so a deleted event does not stay readable
        # in the file (whatever the SQLite build's default).
        cursor.execute("PRAGMA secure_delete=ON")
        if read_only:
            cursor.execute("PRAGMA query_only=ON")
        cursor.close()

    return engine


def _restrict_permissions(path: Path) -> None:
    """Keep the store and its side files private to the owner, never making anything writable.

    Only group and other permissions are removed; a file whose mode cannot be changed (another
    owner, an immutable file, a FAT stick) is left as it is.
    """
    if os.name != "posix":
        return
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            mode = stat.S_IMODE(candidate.stat().st_mode)
            if mode & 0o077:
                os.chmod(candidate, mode & 0o700)
        except OSError:
            continue


def _check_schema(engine: Engine, path: Path) -> None:
    """Refuse a store that lacks a table or column of the models: it is damaged."""
    from dialogue_desk.store.schema import schema_problems

    with engine.connect() as connection:
        problems = schema_problems(connection.exec_driver_sql)
    if problems:
        raise CorruptStoreError(path, one_line("\n".join(problems)))


def open_store(
    path: Path | str, *, read_only: bool = False, checked: Preflight | None = None,
    backup_retention_days: int | None = DEFAULT_RETENTION_DAYS,
) -> Store:  # fmt: skip
    """Open (creating if needed) the store at ``path``.

    A writer takes the store's lock, backs the store up before any migration and applies
    pending migrations. A reader (``read_only=True``) takes no lock, so it works while the app
    has the store open, and never writes. Anything that is not a sound store of this version
    raises a :class:`StoreError` and is left untouched. ``checked`` is the result of an earlier
    :func:`preflight` of the same store (whose lock it holds), so the window can show before
    SQLAlchemy is even imported. A writer removes backups older than
    ``backup_retention_days`` (``None`` or 0: keep them all).
    """
    checked = checked or preflight(path, read_only=read_only)
    path = checked.path
    engine: Engine | None = None
    try:
        if not checked.verified:
            verify(path)
        if checked.needs_upgrade and checked.has_tables:
            from dialogue_desk.store.backup import backup_store

            saved = backup_store(path, reason=f"before-upgrade-from-{checked.revision}")
            log.info("Backed up %s to %s before upgrading its schema", path, saved)
        engine = _make_engine(path, read_only)
        if checked.needs_upgrade:
            from dialogue_desk.store.migrate import MigrationError, upgrade

            if checked.half_created:
                log.warning("%s holds an unfinished first creation: creating it afresh", path)
            try:
                upgrade(engine, drop_first=_leftover_tables(engine) if checked.half_created else ())
            except (exc.OperationalError, exc.DatabaseError) as error:
                raise _write_error(path, error) from error
            except MigrationError as error:
                raise CorruptStoreError(path, str(error)) from error
        try:
            _check_schema(engine, path)
        except (exc.OperationalError, exc.DatabaseError) as error:
            raise sqlite_error(path, error) from error
        if not read_only:
            _restrict_permissions(path)
            if backup_retention_days:
                from dialogue_desk.store.backup import prune_backups

                prune_backups(path, backup_retention_days)
        return Store(path, engine, checked.lock)
    except BaseException:
        if engine is not None:
            engine.dispose()
        if checked.lock is not None:
            checked.lock.release()
        raise


def _leftover_tables(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
        return [row[0] for row in rows]
