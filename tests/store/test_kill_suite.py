"""kill -9 at random moments of real commands: nothing committed is lost, the store opens.

A bounded suite (a few dozen trials in all) over the first creation of a store (F5 of the
reliability review), an import, an export over an older file, and a sync between two laptops.
The check-in loop has its own test in ``test_crash_safety.py``. The delays are drawn from a
seeded generator, so a failing trial can be replayed; no test asserts how long anything took.
"""

from __future__ import annotations

import csv
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from dialogue_desk.services.checks import check_store
from dialogue_desk.store import open_store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")


def _start(home: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "DIALOGUE_DESK_HOME": str(home)}
    return subprocess.Popen(
        [sys.executable, "-m", "dialogue_desk", *args], stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip


def _kill(child: subprocess.Popen[str]) -> tuple[str, str, int]:
    if child.poll() is None:
        child.send_signal(signal.SIGKILL)
    out, err = child.communicate(timeout=60)
    return out, err, child.returncode


def _wait_for(path: Path, child: subprocess.Popen[str], limit: float = 60) -> None:
    deadline = time.monotonic() + limit
    while not path.exists() and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.001)


def _assert_sound(path: Path) -> None:
    """The store opens as a writer (so nothing refuses it) and passes every check."""
    with open_store(path) as store:
        report = check_store(store)
        assert report.sound, report.problems
    with sqlite3.connect(path.as_uri() + "?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _count(path: Path, sql: str) -> int:
    with sqlite3.connect(path.as_uri() + "?mode=ro", uri=True) as conn:
        return conn.execute(sql).fetchone()[0]


def test_kill_during_the_first_creation_of_a_store(tmp_path: Path) -> None:
    """F5: killed while the schema is created, the store is empty or whole, never refused."""
    rng = random.Random(5)
    outcomes = {"empty": 0, "whole": 0}
    killed = 0
    for trial in range(14):
        home = tmp_path / f"t{trial}"
        path = home / "dialogue-desk.sqlite"
        child = _start(home, "demo", "--participants", "20", "--responses", "3")
        # The -wal appears with the first connection, just before the schema is created.
        _wait_for(Path(f"{path}-wal"), child)
        time.sleep(rng.uniform(0, 0.1))
        out, err, code = _kill(child)
        killed += code == -signal.SIGKILL
        assert "Traceback" not in err
        _assert_sound(path)
        events = _count(path, "SELECT count(*) FROM event")
        if out.strip():  # the demo's id was printed: it was committed
            assert events == 1
        if events:
            assert _count(path, "SELECT count(*) FROM participant") == 20
        outcomes["whole" if events else "empty"] += 1
    assert sum(outcomes.values()) == 14
    assert killed, "every trial finished before the kill: the suite tested nothing"


def _registrations(path: Path, rows: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["First name", "Last name", "E-mail", "Organisation"])
        for n in range(rows):
            writer.writerow([f"Mari{n}", f"Tamm{n}", f"mari{n}@example.org", "Ühing"])


def test_kill_during_an_import(tmp_path: Path) -> None:
    """An import is one transaction: all its rows or none, and a reported import is there."""
    home = tmp_path / "laptop"
    home.mkdir()
    path = home / "dialogue-desk.sqlite"
    source = tmp_path / "reg.csv"
    _registrations(source, 3000)
    from dialogue_desk.services.demo import create_demo_event

    with open_store(path) as store:
        event = create_demo_event(store, participants=10, responses=2)
    rng = random.Random(7)
    expected = 10
    killed = 0
    for _trial in range(6):
        before = _count(path, "SELECT count(*) FROM participant")
        child = _start(home, "import-participants", str(event), str(source))
        time.sleep(rng.uniform(0.5, 4.0))
        out, err, code = _kill(child)
        killed += code == -signal.SIGKILL
        assert "Traceback" not in err
        _assert_sound(path)
        after = _count(path, "SELECT count(*) FROM participant")
        assert after in (before, before + 3000)  # never a part of the file
        if code == 0 and "imported 3000" in out:
            assert after == before + 3000
        expected = max(expected, after)
    assert _count(path, "SELECT count(*) FROM participant") == expected
    assert killed


def test_kill_during_an_export_over_an_older_file(tmp_path: Path) -> None:
    """The old workbook stays or a complete new one replaces it; the store is untouched."""
    home = tmp_path / "laptop"
    home.mkdir()
    path = home / "dialogue-desk.sqlite"
    from dialogue_desk.services.demo import create_demo_event

    with open_store(path) as store:
        event = create_demo_event(store, participants=600, responses=120)
    target = tmp_path / "out" / "event.xlsx"
    target.parent.mkdir()
    started = time.monotonic()
    first = _start(home, "export", str(event), "--xlsx", str(target))
    first.communicate(timeout=300)
    assert first.returncode == 0 and target.exists()
    # Kills are spread over the time one whole export took here (start-up included), so
    # most land while the workbook is being written, however fast this machine is.
    whole = time.monotonic() - started
    old = target.read_bytes()
    store_before = _count(path, "SELECT count(*) FROM participant")
    rng = random.Random(11)
    killed = 0
    for _trial in range(6):
        child = _start(home, "export", str(event), "--xlsx", str(target))
        time.sleep(rng.uniform(0.3, 0.95) * whole)
        out, err, code = _kill(child)
        killed += code == -signal.SIGKILL
        assert "Traceback" not in err
        data = target.read_bytes()
        if data != old:
            with zipfile.ZipFile(target) as book:
                assert book.testzip() is None
            old = data
        _assert_sound(path)
        assert _count(path, "SELECT count(*) FROM participant") == store_before
    assert killed


SYNC_CHILD = r"""
import sys
from pathlib import Path
from dialogue_desk.store import open_store
from dialogue_desk.exchange.event_sync import sync_event

with open_store(sys.argv[1]) as store:
    sync_event(store, int(sys.argv[2]), Path(sys.argv[3]))
print("synced", flush=True)
"""


def test_kill_during_a_sync(tmp_path: Path) -> None:
    """Laptop B merges laptop A's changes and is killed: all of them or none, store sound."""
    sync = pytest.importorskip("dialogue_desk.exchange.event_sync")
    from dialogue_desk.services.demo import create_demo_event
    from dialogue_desk.store.models import Participant

    folder = tmp_path / "stick"
    folder.mkdir()
    a_path, b_path = tmp_path / "a" / "a.sqlite", tmp_path / "b" / "b.sqlite"
    with open_store(a_path) as a:
        event = create_demo_event(a, participants=50, responses=5)
        package = sync.share_event(a, event, tmp_path)
    with open_store(b_path) as b:
        b_event = sync.join_package(b, package).event_id
    with open_store(a_path) as a:
        with a.session() as s:
            s.add_all(Participant(event_id=event, first_name=f"Walk{n}", last_name="In")
                      for n in range(1500))  # fmt: skip
        sync.sync_event(a, event, folder)
    count = f"SELECT count(*) FROM participant WHERE event_id = {b_event}"
    before = _count(b_path, count)
    rng = random.Random(13)
    killed = 0
    for _trial in range(5):
        env = {**os.environ, "DIALOGUE_DESK_HOME": str(tmp_path / "b")}
        child = subprocess.Popen(
            [sys.executable, "-c", SYNC_CHILD, str(b_path), str(b_event), str(folder)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )  # fmt: skip
        time.sleep(rng.uniform(0.1, 1.5))
        out, err, code = _kill(child)
        killed += code == -signal.SIGKILL
        assert "Traceback" not in err, err
        _assert_sound(b_path)
        after = _count(b_path, count)
        assert after in (before, before + 1500)
        if "synced" in out:
            assert after == before + 1500
    assert killed
    with open_store(b_path) as b:
        sync.sync_event(b, b_event, folder)
    assert _count(b_path, count) == before + 1500
