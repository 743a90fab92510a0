"""The store's findings of the reliability review (F5, F7, F9, F11, F12), each reproduced."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from dialogue_desk.services.events import EventData, create_event, list_events
from dialogue_desk.store import open_store
from dialogue_desk.store.errors import (
    CorruptStoreError,
    LinkedStoreError,
    NotAStoreError,
    ReadOnlyStoreError,
    StoreBusyError,
    StoreMissingError,
)

POSIX = pytest.mark.skipif(os.name != "posix", reason="POSIX files and locks")
DAY = dt.date(2026, 12, 3)


def _event(store, title: str = "Event") -> int:  # type: ignore[no-untyped-def]
    return create_event(store, EventData(title=title, start_date=DAY, end_date=DAY)).id


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path.as_uri() + "?mode=ro", uri=True) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


# F5: the first creation of a store is all or nothing ---------------------------------------


def test_a_creation_that_fails_midway_leaves_no_half_schema(tmp_path: Path, monkeypatch) -> None:
    """A crash after the first migration's tables exist: nothing of it is committed."""
    from alembic import command

    from dialogue_desk.store import migrate

    real_upgrade = command.upgrade

    def crash_after_0001(config, revision):  # type: ignore[no-untyped-def]
        real_upgrade(config, "0001")
        raise KeyboardInterrupt("killed")

    monkeypatch.setattr(migrate.command, "upgrade", crash_after_0001)
    path = tmp_path / "new.sqlite"
    with pytest.raises(KeyboardInterrupt):
        open_store(path)
    assert _tables(path) == set()
    monkeypatch.undo()
    with open_store(path) as store:
        _event(store)
        assert len(list_events(store)) == 1


def _half_created(path: Path, *, with_version_table: bool = True) -> None:
    """What versions before the fix left after a kill: some empty tables, no version row."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE event (id INTEGER PRIMARY KEY, title VARCHAR)")
        conn.execute("CREATE TABLE participant (id INTEGER PRIMARY KEY, event_id INTEGER)")
        if with_version_table:
            conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")


@pytest.mark.parametrize("with_version_table", [True, False])
def test_a_half_created_store_is_recognised_and_created_afresh(
    tmp_path: Path, with_version_table: bool
) -> None:
    path = tmp_path / "half.sqlite"
    _half_created(path, with_version_table=with_version_table)
    with pytest.raises(StoreMissingError):
        open_store(path, read_only=True)  # a reader sees no store yet, and changes nothing
    with open_store(path) as store:
        _event(store)
    with open_store(path, read_only=True) as reader:
        assert [e.title for e in list_events(reader)] == ["Event"]


def test_a_half_created_file_with_a_row_is_not_thrown_away(tmp_path: Path) -> None:
    path = tmp_path / "half.sqlite"
    _half_created(path)
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO event (title) VALUES ('kept')")
    before = path.read_bytes()
    with pytest.raises(NotAStoreError):
        open_store(path)
    assert path.read_bytes() == before


# F7: one writer, whatever name it uses -------------------------------------------------------


@POSIX
def test_a_writer_through_a_symlink_is_refused(store, store_path: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.sqlite"
    link.symlink_to(store_path)
    with pytest.raises(StoreBusyError):
        open_store(link)
    code = f"from dialogue_desk.store import open_store\nopen_store({str(link)!r})\n"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "StoreBusyError" in result.stderr


@POSIX
def test_a_writer_after_the_lock_file_was_deleted_is_refused(store, store_path: Path) -> None:
    store_path.with_name(store_path.name + ".lock").unlink()
    code = (
        "import sys\nfrom dialogue_desk.store import open_store, StoreError\n"
        f"try:\n    open_store({str(store_path)!r})\n"
        "except StoreError as e:\n    print(e); sys.exit(3)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 3, result.stderr
    assert "already open" in result.stdout


@POSIX
def test_a_hard_linked_store_is_refused_untouched(store, store_path: Path, tmp_path: Path) -> None:
    _event(store, "Committed")
    store.close()
    hard = tmp_path / "hard.sqlite"
    os.link(store_path, hard)
    before = store_path.read_bytes()
    for path in (hard, store_path):
        with pytest.raises(LinkedStoreError):
            open_store(path)
        with pytest.raises(LinkedStoreError):
            open_store(path, read_only=True)
    assert store_path.read_bytes() == before
    assert not Path(f"{hard}-wal").exists()
    hard.unlink()
    with open_store(store_path, read_only=True) as reader:
        assert [e.title for e in list_events(reader)] == ["Committed"]


@POSIX
def test_the_lock_is_released_and_taken_again(store_path: Path) -> None:
    for _ in range(3):
        with open_store(store_path) as store:
            _event(store)
    with open_store(store_path, read_only=True) as reader:
        assert len(list_events(reader)) == 3


# F9 and F11: read-only files and folders, full disks ----------------------------------------


@POSIX
def test_a_read_only_store_is_not_made_writable(store, store_path: Path) -> None:
    _event(store)
    store.close()
    os.chmod(store_path, 0o444)
    before = store_path.read_bytes()
    with pytest.raises(ReadOnlyStoreError) as info:
        open_store(store_path)
    assert "read-only" in str(info.value)
    assert stat.S_IMODE(store_path.stat().st_mode) == 0o444
    assert store_path.read_bytes() == before
    with open_store(store_path, read_only=True) as reader:
        assert len(list_events(reader)) == 1
    assert stat.S_IMODE(store_path.stat().st_mode) == 0o444


def _unprivileged(code: str) -> subprocess.CompletedProcess[str]:
    """Run Python without root's permission override, as the review did with setpriv."""
    prefix: list[str] = []
    if os.geteuid() == 0:
        prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-all"]
    return subprocess.run(
        [*prefix, sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )


@POSIX
def test_a_read_only_folder_reads_and_refuses_writes_as_read_only(tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    path = folder / "dialogue-desk.sqlite"
    with open_store(path) as store:
        _event(store, "On the stick")
    assert not Path(f"{path}-shm").exists() and not Path(f"{path}-wal").exists()
    os.chmod(folder, 0o555)
    try:
        before = path.read_bytes()
        code = (
            "import sys\nfrom dialogue_desk.store import open_store, StoreError\n"
            "from dialogue_desk.services.events import list_events\n"
            "from dialogue_desk.services.checks import check_store\n"
            f"path = {str(path)!r}\n"
            "with open_store(path, read_only=True) as r:\n"
            "    print([e.title for e in list_events(r)], check_store(r).sound)\n"
            "for target in (path, path.replace('dialogue-desk', 'new')):\n"
            "    try:\n        open_store(target)\n"
            "    except StoreError as e:\n        print('refused:', e)\n"
        )
        result = _unprivileged(code)
        assert result.returncode == 0, result.stderr
        first, *refusals = result.stdout.splitlines()
        assert first == "['On the stick'] True"
        assert len(refusals) == 2
        for refusal in refusals:
            assert refusal.startswith("refused:") and "its folder is read-only" in refusal
            assert "damaged" not in refusal and "backup" not in refusal
        assert sorted(p.name for p in folder.iterdir()) == [
            "dialogue-desk.sqlite",
            "dialogue-desk.sqlite.lock",
        ]
        assert path.read_bytes() == before
    finally:
        os.chmod(folder, 0o755)


def test_a_full_disk_on_open_says_disk_full(tmp_path: Path, monkeypatch) -> None:
    """Opening fails with SQLite's "disk I/O error" when the disk is full: say so."""
    from dialogue_desk.store import sqlite_files
    from dialogue_desk.store.errors import DiskFullError

    path = tmp_path / "s.sqlite"
    open_store(path).close()
    monkeypatch.setattr(sqlite_files, "disk_is_full", lambda _path: True)
    error = sqlite_files.sqlite_error(path, sqlite3.OperationalError("disk I/O error"))
    assert isinstance(error, DiskFullError)
    assert "disk is full" in str(error) and "damaged" not in str(error)
    full = sqlite_files.os_error(path, OSError(28, "No space left on device"))
    assert isinstance(full, DiskFullError)


def test_a_write_on_a_full_disk_says_disk_full(store, monkeypatch) -> None:
    from sqlalchemy import event as sa_event

    from dialogue_desk.store.errors import DiskFullError

    def disk_full(*_args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    sa_event.listen(store.engine, "commit", disk_full)
    with pytest.raises(DiskFullError) as info:
        _event(store)
    assert "disk is full" in str(info.value)


# F12: a missing table or column is damage; SQLite's reports are one line --------------------


@pytest.mark.parametrize(
    "damage",
    ["DROP TABLE answer", "ALTER TABLE participant DROP COLUMN notes"],
    ids=["table_missing", "column_missing"],
)
def test_a_store_missing_a_table_or_column_is_refused(store, store_path: Path, damage) -> None:
    from dialogue_desk.services.checks import check_store

    with store.engine.begin() as conn:
        conn.execute(text(damage))
    report = check_store(store)
    assert not report.sound
    assert any("missing" in problem for problem in report.problems)
    store.close()
    for read_only in (False, True):
        with pytest.raises(CorruptStoreError) as info:
            open_store(store_path, read_only=read_only)
        assert "missing" in str(info.value)
        assert "\n" not in str(info.value)


def test_another_apps_file_with_an_event_table_and_a_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE event (id INTEGER PRIMARY KEY, what TEXT)")
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32))")
        conn.execute("INSERT INTO alembic_version VALUES ('0001')")
    before = path.read_bytes()
    with pytest.raises(NotAStoreError):
        open_store(path)
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists()


def test_sqlite_reports_become_one_line() -> None:
    from dialogue_desk.store.sqlite_files import one_line

    report = (
        "*** in database main ***\nPage 40: btreeInitPage() returns error code 11\n"
        "On tree page 3 cell 2: Child page depth differs\nrow 7 missing from index ix"
    )
    assert one_line(report) == "Page 40: btreeInitPage() returns error code 11, and 2 more"


def test_a_damaged_store_message_is_one_line(store, store_path: Path) -> None:
    from dialogue_desk.services.demo import create_demo_event

    create_demo_event(store, participants=60, responses=10)
    store.close()
    data = bytearray(store_path.read_bytes())
    for offset in range(len(data) // 3, len(data) - 4096, 4096 * 3):
        data[offset + 100 : offset + 164] = b"\x5a" * 64
    store_path.write_bytes(bytes(data))
    with pytest.raises((CorruptStoreError, NotAStoreError)) as info:
        open_store(store_path)
    assert "\n" not in str(info.value)


# F14: secure deletion ------------------------------------------------------------------------


def test_every_connection_deletes_securely(store) -> None:
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA secure_delete")).scalar() == 1


def test_a_deleted_event_is_not_left_readable_in_the_file(store, store_path: Path) -> None:
    from dialogue_desk.services.events import delete_event

    event_id = _event(store, "Zebra-Unicorn-Secret-Title")
    with store.engine.begin() as conn:
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    delete_event(store, event_id)
    store.close()
    assert b"Zebra-Unicorn-Secret-Title" not in store_path.read_bytes()


def test_schema_tables_of_the_preflight_are_the_models(store) -> None:
    from dialogue_desk.store.models import Base
    from dialogue_desk.store.preflight import BASE_TABLES

    assert set(BASE_TABLES) <= set(Base.metadata.tables)


FULL_DISK = r"""
set -e
mount -t tmpfs -o size=1m tmpfs "$1"
export DIALOGUE_DESK_HOME="$1/home"
"$2" -m dialogue_desk demo --participants 30 --responses 2 > /dev/null
dd if=/dev/zero of="$1/fill" bs=4k 2> /dev/null || true
set +e
"$2" -m dialogue_desk events; echo "rc=$?"
"$2" -m dialogue_desk check; echo "rc=$?"
"$2" -m dialogue_desk new-event --title X --start 2026-12-03; echo "rc=$?"
rm "$1/fill"
"$2" -m dialogue_desk check; echo "rc=$?"
"""


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() != 0 or not shutil.which("unshare"),
    reason="needs root to mount a small tmpfs in a private mount namespace",
)
def test_a_really_full_disk_reads_and_says_disk_full(tmp_path: Path) -> None:
    """F11 on a real full disk (a 1 MiB tmpfs): reads work, a writer says the disk is full."""
    mount = tmp_path / "small"
    mount.mkdir()
    result = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "sh", "-c", FULL_DISK, "sh",
         str(mount), sys.executable],
        capture_output=True, text=True, timeout=300, cwd=tmp_path,
    )  # fmt: skip
    if "mount:" in result.stderr and "rc=" not in result.stdout:
        pytest.skip(f"cannot mount here: {result.stderr.strip()}")
    out = result.stdout + result.stderr
    assert "\tdialogue\t" in out
    assert out.count("ok: ") == 2
    assert "the disk is full" in out
    assert "damaged" not in out and "Traceback" not in out
    assert [line for line in result.stdout.splitlines() if line.startswith("rc=")] == [
        "rc=0", "rc=0", "rc=1", "rc=0",
    ]  # fmt: skip


def test_uris_quote_every_special_character() -> None:
    from pathlib import PurePosixPath, PureWindowsPath

    from dialogue_desk.store.sqlite_files import sqlite_uri

    assert (
        sqlite_uri(PurePosixPath("/media/what?/Event #3/a%20b.sqlite"), read_only=True)
        == "file:///media/what%3F/Event%20%233/a%2520b.sqlite?mode=ro"
    )
    assert (
        sqlite_uri(PureWindowsPath(r"C:\Users\Mari\Event #3\s.sqlite"))
        == "file:///C:/Users/Mari/Event%20%233/s.sqlite"
    )
    # SQLite refuses a host in the URI; a share is an empty host and a path of //server.
    assert sqlite_uri(PureWindowsPath(r"\\server\share\s.sqlite")).startswith(
        "file:////server/share/"
    )


@POSIX
def test_a_folder_name_that_is_not_utf8_works(tmp_path: Path) -> None:
    folder = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9 #1"))
    folder.mkdir()
    with open_store(folder / "s.sqlite") as store:
        _event(store)
    with open_store(folder / "s.sqlite", read_only=True) as reader:
        assert len(list_events(reader)) == 1


@POSIX
def test_a_refused_second_writer_in_the_same_process_keeps_the_lock(
    store, store_path: Path, tmp_path: Path
) -> None:
    link = tmp_path / "again.sqlite"
    link.symlink_to(store_path)
    for path in (store_path, link):
        with pytest.raises(StoreBusyError):
            open_store(path)
    with open_store(link, read_only=True) as reader:
        assert list_events(reader) == []
    _event(store)  # the first writer still works
    code = (
        "import sys\nfrom dialogue_desk.store import open_store, StoreError\n"
        f"try:\n    open_store({str(store_path)!r})\n"
        "except StoreError as e:\n    print(e); sys.exit(3)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 3, result.stderr


@POSIX
@pytest.mark.skipif(not shutil.which("chattr"), reason="needs chattr")
def test_an_immutable_store_is_read_only_not_a_crash(store, store_path: Path) -> None:
    """Review `ro_file_immutable`: chmod raised PermissionError, "unexpected failure"."""
    _event(store)
    store.close()
    made = subprocess.run(["chattr", "+i", str(store_path)], capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"chattr +i is not possible here: {made.stderr.strip()}")
    try:
        with pytest.raises(ReadOnlyStoreError):
            open_store(store_path)
        with open_store(store_path, read_only=True) as reader:
            assert len(list_events(reader)) == 1
    finally:
        subprocess.run(["chattr", "-i", str(store_path)], check=False)
