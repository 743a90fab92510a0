"""Events service: validation, CRUD, finding by reference, what a delete takes along."""

from __future__ import annotations

import datetime as dt

import pytest

from dialogue_desk.services import events
from dialogue_desk.services.errors import NotFoundError, ValidationError
from dialogue_desk.services.events import EventData
from dialogue_desk.store.enums import EventKind

D = dt.date(2026, 12, 3)


def test_create_list_update_delete(store) -> None:
    created = events.create_event(
        store,
        EventData(
            title="  Riga pilot  ",
            start_date=D,
            end_date=D + dt.timedelta(days=1),
            city="Rīga",
            country="lv",
            languages="lv, ru ,en",
        ),  # fmt: skip
    )
    assert created.title == "Riga pilot"
    assert created.country == "LV"
    assert created.languages == "lv,ru,en"
    assert created.days == [D, D + dt.timedelta(days=1)]
    assert len(created.uuid) == 36
    assert [e.id for e in events.list_events(store)] == [created.id]
    changed = events.update_event(
        store,
        created.id,
        EventData(
            title="Rīga pilot", start_date=D, end_date=D, kind=EventKind.TRAINING
        ),  # fmt: skip
    )
    assert changed.kind is EventKind.TRAINING
    assert events.get_event(store, created.id).title == "Rīga pilot"
    events.delete_event(store, created.id)
    assert events.list_events(store) == []


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (EventData(title=" ", start_date=D, end_date=D), "title"),
        (EventData(title="x", start_date=D, end_date=D - dt.timedelta(days=1)), "end_date"),
        (EventData(title="x", start_date=D, end_date=D + dt.timedelta(days=400)), "end_date"),
        (EventData(title="x", start_date=D, end_date=D, country="Estonia"), "country"),
    ],
)
def test_invalid_events_are_refused(store, data: EventData, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        events.create_event(store, data)
    assert field in info.value.problems
    assert events.list_events(store) == []


def test_find_event_by_id_title_and_uuid(store) -> None:
    a = events.create_event(
        store, EventData(title="Narva-Jõesuu seminar", start_date=D, end_date=D)
    )
    events.create_event(store, EventData(title="Södertälje", start_date=D, end_date=D))
    assert events.find_event(store, str(a.id)) == a
    assert events.find_event(store, "narva-jõesuu SEMINAR") == a
    assert events.find_event(store, a.uuid[:8]) == a
    with pytest.raises(NotFoundError):
        events.find_event(store, "Tallinn")


def test_delete_takes_everything_of_the_event(store, demo_event: int) -> None:
    contents = events.event_contents(store, demo_event)
    assert contents.participants == 40
    assert contents.agenda_items > 10
    assert contents.check_ins > 0
    assert contents.notes > 0
    assert contents.responses == 12
    events.delete_event(store, demo_event)
    empty = events.event_contents(store, demo_event)
    assert empty == events.EventContents(0, 0, 0, 0, 0, 0)
    from dialogue_desk.services.checks import check_store

    assert check_store(store).sound


def test_delete_takes_a_backup_first(store, demo_event: int) -> None:
    import sqlite3

    saved = events.delete_event(store, demo_event)
    assert saved.parent == store.path.parent / "backups"
    assert f"before-deleting-event-{demo_event}" in saved.name
    with sqlite3.connect(saved) as backup:  # the event is still in the copy
        assert backup.execute("SELECT count(*) FROM event WHERE id = ?", (demo_event,)).fetchone()
        people = backup.execute(
            "SELECT count(*) FROM participant WHERE event_id = ?", (demo_event,)
        )
        assert people.fetchone() == (40,)
    assert events.list_events(store) == []


def test_an_unknown_event_is_not_found_and_takes_no_backup(store) -> None:
    with pytest.raises(NotFoundError, match="There is no event 99."):
        events.delete_event(store, 99)
    assert not list((store.path.parent / "backups").glob("*before-deleting-event-99*"))
    with store.session() as session, pytest.raises(NotFoundError, match="There is no event 99."):
        events.event_row(session, 99)
