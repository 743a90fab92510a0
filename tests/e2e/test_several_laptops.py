"""Issue 20 end to end: two laptops at one event, a shared folder, the same workbook after.

Laptop A shares the event; B joins, runs the kiosk for 5 respondents (through the evaluation
service) and checks in 10 people; A checks in 10 others and 3 of B's; both sync through one
folder; both stores export the same workbook: 20 distinct check-ins, 5 responses. Then a sync
killed with SIGKILL loses nothing and the next one completes.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook

from dialogue_desk.exchange.workbook.event import write_event_workbook
from dialogue_desk.services import evaluation, sync
from dialogue_desk.services.checkin import (
    ParticipantData,
    add_participant,
    attendance,
    check_in,
    list_participants,
)
from dialogue_desk.store import open_store
from dialogue_desk.store.enums import ResponseChannel
from tests.services.sync.laptops import DAY1, Laptop, content, kiosk_answers, new_event

FIRST = ("Anna", "Mari", "Jānis", "Ольга", "Erik", "Aija", "Kalle", "Ирина", "Liis", "Sven")


def _by_name(laptop: Laptop) -> dict[str, int]:
    return {f"{p.first_name} {p.last_name}": p.id
            for p in list_participants(laptop.store, laptop.event_id)}  # fmt: skip


def _sheets(path: Path) -> dict[str, list[tuple[object, ...]]]:
    book = load_workbook(path, read_only=True)
    try:
        return {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)] for ws in book}
    finally:
        book.close()


def _comparable(sheets: dict[str, list[tuple[object, ...]]]) -> dict[str, list[tuple[object, ...]]]:
    # The summary says when the file was written; everything else must be identical.
    return {name: [r for r in rows if r[:1] != ("Exported",)] for name, rows in sheets.items()}


def test_two_laptops_one_folder_one_workbook(tmp_path: Path) -> None:
    a, b = Laptop(tmp_path, "door-a"), Laptop(tmp_path, "kiosk-b")
    sync.rename_device(a.store, "Door A – Anna")
    sync.rename_device(b.store, "Kiosk B")
    a.event_id = new_event(a.store)
    for i in range(30):
        add_participant(a.store, a.event_id, ParticipantData(
            first_name=FIRST[i % 10], last_name=f"Tamm {i:02d}", organisation="NGO"))  # fmt: skip
    form = evaluation.create_form_from_template(a.store, a.event_id, "dialogue")
    stick = tmp_path / "stick"
    stick.mkdir()
    b.join(a.share(stick))

    b_form = evaluation.list_forms(b.store, b.event_id)[0].id
    for n in range(5):
        evaluation.save_response(b.store, b_form, kiosk_answers(n), channel=ResponseChannel.KIOSK)
    b_people = sorted(_by_name(b).items())
    for _, pid in b_people[:10]:
        check_in(b.store, pid, DAY1)
    a_people = sorted(_by_name(a).items())
    for _, pid in a_people[10:20] + a_people[:3]:
        check_in(a.store, pid, DAY1)

    folder = tmp_path / "shared"
    folder.mkdir()
    a.sync(folder)
    b.sync(folder)
    a.sync(folder)
    assert content(a.store) == content(b.store)
    assert len(attendance(a.store, a.event_id, DAY1)) == 20
    assert len(evaluation.list_responses(a.store, form.id)) == 5

    books = [write_event_workbook(one.store, one.event_id, tmp_path / f"{one.name}.xlsx")
             for one in (a, b)]  # fmt: skip
    first, second = (_comparable(_sheets(p)) for p in books)
    assert first == second
    names = sync.device_names(a.store)
    assert set(names.values()) >= {"Door A – Anna", "Kiosk B"}
    a.close()
    b.close()


SYNC_FOREVER = """
import sys
from pathlib import Path
from dialogue_desk.exchange.event_sync import sync_event
from dialogue_desk.store import open_store
store = open_store(Path(sys.argv[1]))
print("ready", flush=True)
while True:
    sync_event(store, int(sys.argv[2]), Path(sys.argv[3]))
"""


@pytest.mark.slow
def test_kill_nine_during_a_sync_loses_nothing(tmp_path: Path) -> None:
    a, b = Laptop(tmp_path, "a"), Laptop(tmp_path, "b")
    a.event_id = new_event(a.store)
    for i in range(300):
        add_participant(a.store, a.event_id,
                        ParticipantData(first_name=f"P{i}", last_name="Kask"))  # fmt: skip
    b.join(a.share(tmp_path))
    folder = tmp_path / "folder"
    folder.mkdir()
    names = _by_name(a)
    for i in range(151):
        check_in(a.store, names[f"P{i} Kask"], DAY1)
    a.sync(folder)
    path, event_id = b.store.path, b.event_id
    b.close()
    for delay in (0.2, 0.5, 0.9, 1.4):
        # B's own new work before each crash: it must survive the kill.
        with open_store(path) as store:
            people = {f"{p.first_name} {p.last_name}": p.id
                      for p in list_participants(store, event_id)}  # fmt: skip
            extra = add_participant(store, event_id, ParticipantData(
                first_name="Walk", last_name=f"In {delay}"))  # fmt: skip
            check_in(store, people[f"P{299 - int(delay * 10)} Kask"], DAY1)
        child = subprocess.Popen(
            [sys.executable, "-c", SYNC_FOREVER, str(path), str(event_id), str(folder)],
            stdout=subprocess.PIPE,
            env={**os.environ},
        )
        assert child.stdout is not None
        child.stdout.readline()
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        with open_store(path) as store:
            assert extra.uuid in {p.uuid for p in list_participants(store, event_id)}
    b = Laptop(tmp_path, "b")
    b.event_id = event_id
    b.sync(folder)
    a.sync(folder)
    b.sync(folder)
    assert content(a.store) == content(b.store)
    assert len(attendance(a.store, a.event_id, DAY1)) == 151 + 4
    assert sum(p.last_name.startswith("In ") for p in list_participants(a.store, a.event_id)) == 4
    a.close()
    b.close()
