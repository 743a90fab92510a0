"""Killing the app mid-work loses nothing that was committed, and the store stays sound."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dialogue_desk.services.events import EventData, create_event
from dialogue_desk.store.models import Participant

CHILD = r"""
import datetime as dt, sys
from dialogue_desk.store import open_store
from dialogue_desk.store.models import CheckIn, Participant
from sqlalchemy import select
store = open_store(sys.argv[1])
event_id = int(sys.argv[2])
with store.session() as s:
    people = list(s.scalars(select(Participant.id).where(Participant.event_id == event_id)))
day = dt.date(2026, 12, 3)
for pid in people:
    with store.session() as s:
        s.add(CheckIn(event_id=event_id, participant_id=pid, day=day,
                      checked_in_at=dt.datetime.now()))
    # The commit returned: report it.
    print(pid, flush=True)
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_sigkill_during_check_ins_loses_no_committed_check_in(store, store_path: Path) -> None:
    day = dt.date(2026, 12, 3)
    event = create_event(store, EventData(title="Crash test", start_date=day, end_date=day))
    with store.session() as s:
        s.add_all(Participant(event_id=event.id, first_name=f"P{i}", last_name="Test")
                  for i in range(2000))  # fmt: skip
    store.close()

    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(store_path), str(event.id)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert child.stdout is not None
    reported: list[int] = []
    deadline = time.monotonic() + 60
    while len(reported) < 150 and time.monotonic() < deadline:
        line = child.stdout.readline()
        if not line:
            break
        reported.append(int(line))
    child.send_signal(signal.SIGKILL)
    child.wait()
    # Anything printed before the kill was committed; read the rest of the pipe too.
    reported.extend(int(line) for line in child.stdout.read().split())
    assert len(reported) >= 150

    with sqlite3.connect(store_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in conn.execute("SELECT participant_id FROM check_in")}
    assert set(reported) <= stored
