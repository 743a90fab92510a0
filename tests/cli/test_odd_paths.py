"""A `#`, `?`, `%20` or `%` in the data folder's path is just a folder name (review F2/F3).

SQLite reads `file:` URIs, where those characters mean a fragment, a query and an escape. Every
command, and the window's open/backup/check path, must use the file the user named, and nothing
else: no stray file beside it, no empty backup, no sound store called damaged.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"
LOCAL = Path(__file__).resolve().parents[1] / "fixtures" / "samples"
ODD_NAMES = ["Event #3", "what?", "a%20b", "100% sure", "semi;colon&amp=1", "Üritus ü#?%41"]


def _sample(name: str) -> Path:
    local = LOCAL / name
    return local if local.exists() else SAMPLES / name


def run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DIALOGUE_DESK_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "dialogue_desk", *args], capture_output=True, text=True,
        env=env, timeout=300,
    )  # fmt: skip


def _ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def _tables(path: Path) -> int:
    with sqlite3.connect(path.as_uri() + "?mode=ro", uri=True) as conn:
        return conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]


@pytest.mark.parametrize("name", ["Event #3", "what?", "a%20b"])
def test_every_command_uses_the_named_file(tmp_path: Path, name: str) -> None:
    """Each CLI command, with the store in an odd folder (default store and --db both)."""
    parent = tmp_path / "parent"
    home = parent / name
    home.mkdir(parents=True)
    store = home / "dialogue-desk.sqlite"
    out = home / "out #2?"
    out.mkdir()

    event = _ok(run(home, "demo", "--participants", "15", "--responses", "4")).strip()
    assert store.exists() and _tables(store) > 5
    assert _ok(run(home, "events")).startswith(f"{event}\tdialogue\t")
    assert _ok(run(home, "check")).startswith("ok:")
    second = _ok(run(home, "new-event", "--title", "Second", "--start", "2026-12-03")).strip()
    _ok(run(home, "import-participants", second, str(_sample("registrations_et.xlsx")),
            "--skip-invalid"))  # fmt: skip
    _ok(run(home, "import-agenda", second, str(_sample("agenda_tallinn.xlsx")), "--move-dates"))
    _ok(run(home, "import-form", "--event", second,
            str(_sample("evaluation_xlsform_tallinn.xlsx"))))  # fmt: skip
    _ok(run(home, "export", event, "--xlsx", str(out / "e.xlsx"), "--pdf", str(out / "e.pdf")))
    _ok(run(home, "export-comparison", event, second, "--xlsx", str(out / "c.xlsx")))
    _ok(run(home, "handouts", second, "--programme", str(out / "p.pdf")))
    _ok(run(home, "close-event", event, "--folder", str(out)))
    _ok(run(home, "close-event", event, "--reopen"))
    # The same through --db, from another data folder.
    other = tmp_path / "elsewhere"
    listed = _ok(run(other, "events", "--db", str(store))).splitlines()
    assert sorted(line.split("\t")[0] for line in listed) == sorted([event, second])
    _ok(run(other, "new-event", "--db", str(store), "--title", "Third", "--start", "2026-12-09"))
    assert _ok(run(other, "check", "--db", str(store))).startswith("ok:")

    with sqlite3.connect(store.as_uri() + "?mode=ro", uri=True) as conn:
        assert conn.execute("SELECT count(*) FROM event").fetchone()[0] == 3
        assert conn.execute("SELECT count(*) FROM participant").fetchone()[0] > 15
    # Nothing was written anywhere but the named folder (no "Event " or "what" beside it).
    assert sorted(p.name for p in parent.iterdir()) == [name]
    for file in (out / "e.xlsx", out / "e.pdf", out / "c.xlsx", out / "p.pdf"):
        assert file.stat().st_size > 0


@pytest.mark.parametrize("name", ODD_NAMES)
def test_open_backup_and_check_in_an_odd_folder(tmp_path: Path, name: str) -> None:
    """What the window does: preflight, open, back up before deleting, check, reopen."""
    from dialogue_desk.services.checks import check_store
    from dialogue_desk.services.demo import create_demo_event
    from dialogue_desk.services.events import delete_event, list_events
    from dialogue_desk.store.engine import open_store
    from dialogue_desk.store.preflight import preflight

    folder = tmp_path / "parent" / name
    folder.mkdir(parents=True)
    path = folder / "dialogue-desk.sqlite"
    checked = preflight(path, thorough=False)
    with open_store(checked.path, checked=checked) as store:
        event_id = create_demo_event(store, participants=12, responses=3)
        assert check_store(store).sound
        delete_event(store, event_id)
        assert list_events(store) == []
    [backup] = (folder / "backups").glob("*.sqlite")
    with sqlite3.connect(backup.as_uri() + "?mode=ro", uri=True) as conn:
        assert conn.execute("SELECT count(*) FROM participant").fetchone()[0] == 12
    with open_store(path, read_only=True) as reader:
        assert check_store(reader).sound
    assert sorted(p.name for p in (tmp_path / "parent").iterdir()) == [name]


def test_a_damaged_store_in_a_hash_folder_is_refused_untouched(tmp_path: Path) -> None:
    """F2: the same damaged file is refused in a plain folder and in `Event #3` alike."""
    from dialogue_desk.services.demo import create_demo_event
    from dialogue_desk.store.engine import open_store
    from dialogue_desk.store.errors import CorruptStoreError, NotAStoreError

    folder = tmp_path / "Event #3"
    folder.mkdir()
    path = folder / "dialogue-desk.sqlite"
    with open_store(path) as store:
        create_demo_event(store, participants=60, responses=10)
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4096] = os.urandom(4096)
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises((CorruptStoreError, NotAStoreError)):
        open_store(path)
    assert path.read_bytes() == before
    result = run(tmp_path / "home", "new-event", "--db", str(path), "--title", "X",
                 "--start", "2026-12-03")  # fmt: skip
    assert result.returncode == 1
    assert "damaged" in result.stderr or "not a Dialogue Desk store" in result.stderr
    assert path.read_bytes() == before


def test_a_newer_store_in_a_hash_folder_says_newer(tmp_path: Path) -> None:
    from dialogue_desk.store.engine import open_store
    from dialogue_desk.store.errors import NewerStoreError

    folder = tmp_path / "Event #3"
    folder.mkdir()
    path = folder / "dialogue-desk.sqlite"
    open_store(path).close()
    with sqlite3.connect(path.as_uri(), uri=True) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    with pytest.raises(NewerStoreError):
        open_store(path)


@pytest.mark.parametrize("name", ["Event #3", "what?"])
def test_the_window_opens_the_store_in_an_odd_folder(tmp_path: Path, name: str, qtbot) -> None:
    """The window's own way in (AppController: preflight, open, attach) finds the real store."""
    from dialogue_desk.app import AppController
    from dialogue_desk.services.demo import create_demo_event
    from dialogue_desk.settings import Settings
    from dialogue_desk.store.engine import open_store

    folder = tmp_path / "parent" / name
    folder.mkdir(parents=True)
    path = folder / "dialogue-desk.sqlite"
    with open_store(path) as store:
        create_demo_event(store, participants=20, responses=2)
    controller = AppController(Settings(tmp_path / "settings.ini"), "en", path)
    try:
        assert controller.open(False)
        window = controller.window
        assert window.store.path == path
        assert window.context.event is not None
        assert window.context.event.title
    finally:
        if controller.window is not None:
            controller.window.close()
            controller.window.store.close()
    assert sorted(p.name for p in (tmp_path / "parent").iterdir()) == [name]


def test_sync_and_store_commands_use_the_named_files(tmp_path: Path) -> None:
    """share/join/sync/conflicts/device/backups between two odd folders (a stick "what?")."""
    first, second = tmp_path / "Event #3", tmp_path / "a%20b"
    stick = tmp_path / "what?" / "sync #1"
    stick.mkdir(parents=True)
    event = _ok(run(first, "demo", "--participants", "12", "--responses", "2")).strip()
    _ok(run(first, "device", "--name", "Door #1?"))
    _ok(run(first, "share", event, "--to", str(stick)))
    [package] = [p for p in stick.iterdir() if p.is_file()]
    _ok(run(second, "join", str(package)))
    joined = _ok(run(second, "events")).split("\t")[0]
    _ok(run(first, "sync", event, "--folder", str(stick)))
    _ok(run(second, "sync", joined, "--folder", str(stick)))
    _ok(run(second, "conflicts", joined))
    assert "Door #1?" in _ok(run(first, "device"))
    _ok(run(first, "backups"))
    for home in (first, second):
        store = home / "dialogue-desk.sqlite"
        with sqlite3.connect(store.as_uri() + "?mode=ro", uri=True) as conn:
            assert conn.execute("SELECT count(*) FROM participant").fetchone()[0] == 12
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["Event #3", "a%20b", "what?", "home"]
    )
