"""The door read with the standard library: the same records as the services, nothing written."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from dialogue_desk.services import checkin as checkin_service
from dialogue_desk.services import events as events_service
from dialogue_desk.services.checkin import ParticipantData, read_door
from dialogue_desk.store import Store, open_store
from dialogue_desk.store.enums import CheckInMethod, StakeholderGroup


def test_the_door_read_equals_what_the_services_return(store: Store, demo_event: int) -> None:
    event = events_service.get_event(store, demo_event)
    day = checkin_service.default_day(event)
    walk_in, _ = checkin_service.add_walk_in(
        store, demo_event, ParticipantData(first_name="Ōsaka", last_name="Žvīgule",
                                           stakeholder_group=StakeholderGroup.RESEARCH), day,
    )  # fmt: skip
    door = read_door(store.path, demo_event)
    assert door is not None
    assert door.event.id == demo_event and door.event.title == event.title
    assert door.event.days == event.days and door.day == day
    assert door.participants == checkin_service.list_participants(store, demo_event)
    assert door.present == checkin_service.attendance(store, demo_event, day)
    assert door.present[walk_in.id].method is CheckInMethod.WALK_IN
    assert door.counts == checkin_service.counts(store, demo_event, day)


def test_the_last_event_or_else_the_most_recent(store: Store, demo_event: int) -> None:
    older = events_service.create_event(
        store, events_service.EventData(title="Earlier", start_date=dt.date(2020, 5, 1),
                                        end_date=dt.date(2020, 5, 1)),
    )  # fmt: skip
    chosen = read_door(store.path, older.id)
    assert chosen is not None and chosen.event.title == "Earlier"
    assert chosen.participants == [] and chosen.counts.present == 0
    fallback = read_door(store.path, 999_999)
    assert fallback is not None and fallback.event.id == demo_event


def test_no_event_no_door(store: Store) -> None:
    assert read_door(store.path, None) is None


def test_the_read_writes_nothing(store_path: Path) -> None:
    store = open_store(store_path)
    from dialogue_desk.services.demo import create_demo_event

    event_id = create_demo_event(store, participants=30, responses=0, seed=3)
    store.close()
    before = store_path.read_bytes()
    assert read_door(store_path, event_id) is not None
    assert store_path.read_bytes() == before


def test_the_door_read_needs_no_sqlalchemy(store: Store, demo_event: int) -> None:
    code = (
        "import sys; from pathlib import Path;"
        "from dialogue_desk.services.checkin import read_door;"
        f"door = read_door(Path({str(store.path)!r}), {demo_event});"
        "assert door is not None and door.participants;"
        "assert 'sqlalchemy' not in sys.modules, 'sqlalchemy was imported';"
        "import dialogue_desk.ui.checkin.tab;"
        "assert 'sqlalchemy' not in sys.modules, 'the door tab imported sqlalchemy'"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
