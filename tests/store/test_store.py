"""The store: pragmas, permissions, one writer, refusing foreign/corrupt/newer files, backups."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from dialogue_desk.store import SCHEMA_HEAD, open_store
from dialogue_desk.store.errors import (
    CorruptStoreError,
    NewerStoreError,
    NotAStoreError,
    OlderStoreError,
    StoreBusyError,
    StoreMissingError,
)
from dialogue_desk.store.preflight import SCHEMA_REVISIONS


def test_new_store_has_schema_and_pragmas(store) -> None:
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_store_file_is_private(store) -> None:
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600


def test_schema_revisions_match_migration_scripts() -> None:
    from dialogue_desk.store.migrate import script_revisions

    assert tuple(script_revisions()) == SCHEMA_REVISIONS


def test_migrations_produce_the_models_schema(store) -> None:
    """The migrations and the models describe the same tables: autogenerate finds nothing."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from dialogue_desk.store.models import Base

    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_second_writer_is_refused_and_reader_allowed(store, store_path: Path) -> None:
    with pytest.raises(StoreBusyError) as info:
        open_store(store_path)
    assert "already open" in str(info.value)
    with open_store(store_path, read_only=True) as reader, reader.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM event")).scalar() == 0


def test_writer_in_another_process_is_refused(store, store_path: Path) -> None:
    code = (
        "import sys\n"
        "from dialogue_desk.store import open_store, StoreError\n"
        f"try:\n    open_store({str(store_path)!r})\n"
        "except StoreError as e:\n    print('busy:', e); sys.exit(3)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 3, result.stderr
    assert "already open" in result.stdout


def test_lock_of_a_killed_process_is_recovered(store_path: Path) -> None:
    code = (
        "import os, signal\n"
        "from dialogue_desk.store import open_store\n"
        f"s = open_store({str(store_path)!r})\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=False)
    assert store_path.with_name(store_path.name + ".lock").exists()
    with open_store(store_path) as reopened:
        assert reopened.path == store_path


def test_read_only_never_creates_a_store(tmp_path: Path) -> None:
    with pytest.raises(StoreMissingError):
        open_store(tmp_path / "nothing.sqlite", read_only=True)
    assert not (tmp_path / "nothing.sqlite").exists()


def test_a_text_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("these are my notes, not a database\n")
    before = path.read_bytes()
    with pytest.raises(NotAStoreError):
        open_store(path)
    assert path.read_bytes() == before


def test_another_apps_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER)")
    before = path.read_bytes()
    with pytest.raises(NotAStoreError):
        open_store(path)
    assert path.read_bytes() == before


def test_a_corrupt_store_is_refused_untouched(store, store_path: Path) -> None:
    from dialogue_desk.services.demo import create_demo_event

    create_demo_event(store, participants=30, responses=5)
    store.close()
    data = bytearray(store_path.read_bytes())
    # Overwrite the middle pages with garbage, keeping the SQLite header.
    middle = len(data) // 2
    data[middle : middle + 8192] = b"\xff" * 8192
    store_path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(f"{store_path}{suffix}").unlink(missing_ok=True)
    before = store_path.read_bytes()
    with pytest.raises((CorruptStoreError, NotAStoreError)):
        open_store(store_path)
    assert store_path.read_bytes() == before


def test_a_store_from_a_newer_version_is_refused_untouched(store, store_path: Path) -> None:
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    store.close()
    before = store_path.read_bytes()
    with pytest.raises(NewerStoreError) as info:
        open_store(store_path)
    assert "newer version" in str(info.value)
    assert store_path.read_bytes() == before


def test_older_store_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    """A store at revision 0001 is copied to backups/ and then really migrated to the head."""
    from sqlalchemy import create_engine

    from dialogue_desk.store.migrate import upgrade
    from dialogue_desk.store.preflight import SCHEMA_HEAD

    store_path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{store_path}")
    upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO event (uuid, created_at, updated_at, title, kind, city, country,"
                " venue, start_date, end_date, languages, organiser, status, chatham_house,"
                " description) VALUES ('u1', '2026-01-01', '2026-01-01', 'Old', 'dialogue', '',"
                " '', '', '2026-05-01', '2026-05-02', 'en', '', 'planned', 0, '')"
            )
        )
    engine.dispose()
    with open_store(store_path) as opened, opened.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
        assert conn.execute(text("SELECT title FROM event")).scalar() == "Old"
    backups = list((store_path.parent / "backups").glob("*before-upgrade-from-0001*.sqlite"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"


def test_reader_refuses_an_older_store(store, store_path: Path) -> None:
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0000'"))
    store.close()
    with pytest.raises((OlderStoreError, NewerStoreError)):
        open_store(store_path, read_only=True)


def test_backup_is_consistent_copy(store, store_path: Path) -> None:
    from dialogue_desk.services.demo import create_demo_event
    from dialogue_desk.store.backup import backup_store

    create_demo_event(store, participants=10, responses=2)
    copy = backup_store(store_path, reason="test")
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM participant").fetchone()[0] == 10


def test_a_full_disk_is_a_clear_error_and_changes_nothing(store, monkeypatch) -> None:
    import datetime as dt

    from sqlalchemy import event as sa_event

    from dialogue_desk.services.events import EventData, create_event, list_events
    from dialogue_desk.store.errors import StoreWriteError

    def disk_full(*_args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    sa_event.listen(store.engine, "commit", disk_full)
    day = dt.date(2026, 12, 3)
    with pytest.raises(StoreWriteError) as info:
        create_event(store, EventData(title="Too much", start_date=day, end_date=day))
    assert "disk is full" in str(info.value)
    sa_event.remove(store.engine, "commit", disk_full)
    assert list_events(store) == []


@pytest.mark.parametrize(
    "stored",
    sorted((Path(__file__).parents[1] / "fixtures" / "stores").glob("*.sqlite")),
    ids=lambda p: p.stem,
)
def test_every_released_schema_opens_and_upgrades(stored: Path, tmp_path: Path) -> None:
    """A stored copy of each released schema is upgraded to the current one and stays sound."""
    import shutil

    from dialogue_desk.services.checks import check_store
    from dialogue_desk.services.events import list_events

    copy = tmp_path / "old.sqlite"
    shutil.copy(stored, copy)
    with open_store(copy) as store:
        assert check_store(store).sound
        [event] = list_events(store)
        assert event.title
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
