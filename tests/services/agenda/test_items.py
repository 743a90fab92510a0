"""Agenda planning: add, shift, pin, reorder, duplicate, delete, problems, copy, undo snapshots."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from dialogue_desk.services import agenda
from dialogue_desk.services.agenda import AgendaItemData, Problem, capture, restore
from dialogue_desk.services.errors import ServiceError, ValidationError
from dialogue_desk.services.events import EventData, create_event
from dialogue_desk.store.enums import AgendaKind
from dialogue_desk.store.models import Note

DAY = dt.date(2026, 5, 4)


def t(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


@pytest.fixture
def event_id(store) -> int:
    return create_event(
        store, EventData(title="Narva seminar", start_date=DAY, end_date=DAY + dt.timedelta(days=1))
    ).id


def add(store, event_id, start, end, title, **kw):
    return agenda.add_item(store, event_id, AgendaItemData(DAY, t(start), t(end), title, **kw))


def times(store, event_id, day=DAY):
    return [
        (i.start_time.strftime("%H:%M"), i.end_time.strftime("%H:%M"), i.title)
        for i in agenda.list_items(store, event_id, day)
    ]


@pytest.fixture
def day(store, event_id):
    add(store, event_id, "09:00", "09:30", "Opening")
    add(store, event_id, "09:30", "10:30", "Panel")
    add(store, event_id, "10:30", "10:45", "Break", kind=AgendaKind.BREAK)
    add(store, event_id, "12:00", "13:00", "Lunch", kind=AgendaKind.LUNCH, pinned=True)
    add(store, event_id, "13:00", "14:00", "Groups")
    return agenda.list_items(store, event_id)


def test_items_are_kept_in_order_of_start(store, event_id, day):
    add(store, event_id, "10:45", "11:30", "Café")
    assert [i.title for i in agenda.list_items(store, event_id)] == [
        "Opening",
        "Panel",
        "Break",
        "Café",
        "Lunch",
        "Groups",
    ]
    assert [i.position for i in agenda.list_items(store, event_id)] == list(range(6))


def test_longer_item_shifts_following_until_pinned(store, event_id, day):
    panel = day[1]
    agenda.update_item(store, panel.id, dataclasses.replace(panel.data(), end_time=t("10:50")))
    assert times(store, event_id) == [
        ("09:00", "09:30", "Opening"),
        ("09:30", "10:50", "Panel"),
        ("10:50", "11:05", "Break"),
        ("12:00", "13:00", "Lunch"),
        ("13:00", "14:00", "Groups"),
    ]


def test_shorter_item_pulls_following_earlier(store, event_id, day):
    opening = day[0]
    agenda.update_item(store, opening.id, dataclasses.replace(opening.data(), end_time=t("09:20")))
    assert times(store, event_id)[:3] == [
        ("09:00", "09:20", "Opening"),
        ("09:20", "10:20", "Panel"),
        ("10:20", "10:35", "Break"),
    ]


def test_validation_refuses_empty_title_and_end_before_start(store, event_id):
    with pytest.raises(ValidationError) as error:
        add(store, event_id, "10:00", "09:00", "  ")
    assert set(error.value.problems) == {"title", "end_time"}
    assert agenda.list_items(store, event_id) == []


def test_shift_past_midnight_is_refused_and_changes_nothing(store, event_id):
    a = add(store, event_id, "20:00", "21:00", "Dinner")
    add(store, event_id, "21:00", "23:30", "Late talk")
    with pytest.raises(ValidationError):
        agenda.update_item(store, a.id, dataclasses.replace(a.data(), end_time=t("22:00")))
    assert times(store, event_id) == [("20:00", "21:00", "Dinner"), ("21:00", "23:30", "Late talk")]


def test_problems_flag_overlap_order_and_outside(store, event_id, day):
    add(store, event_id, "12:30", "13:30", "Clash")  # inside lunch, before Groups
    other = agenda.add_item(
        store, event_id, AgendaItemData(dt.date(2013, 4, 15), t("09:00"), t("10:00"), "Old")
    )
    items = agenda.list_items(store, event_id)
    problems = agenda.agenda_problems(items, DAY, DAY + dt.timedelta(days=1))
    by_title = {i.title: [p.kind for p in problems.get(i.id, [])] for i in items}
    assert by_title["Clash"] == [Problem.OVERLAP]
    assert by_title["Groups"] == [Problem.OVERLAP]
    assert by_title["Old"] == [Problem.OUTSIDE_EVENT]
    assert by_title["Opening"] == []
    assert other.id in problems


def test_move_retimes_the_moved_stretch(store, event_id, day):
    agenda.move_item(store, day[2].id, 0)  # break first
    assert times(store, event_id)[:3] == [
        ("09:00", "09:15", "Break"),
        ("09:15", "09:45", "Opening"),
        ("09:45", "10:45", "Panel"),
    ]
    assert times(store, event_id)[3] == ("12:00", "13:00", "Lunch")


def test_duplicate_goes_after_and_pushes_following(store, event_id, day):
    copy = agenda.duplicate_item(store, day[0].id)
    assert copy.position == 1 and copy.title == "Opening"
    assert times(store, event_id)[:3] == [
        ("09:00", "09:30", "Opening"),
        ("09:30", "10:00", "Opening"),
        ("10:00", "11:00", "Panel"),
    ]


def test_change_day_moves_item_to_other_day(store, event_id, day):
    panel = day[1]
    agenda.update_item(
        store, panel.id, dataclasses.replace(panel.data(), day=DAY + dt.timedelta(1))
    )
    assert [i.title for i in agenda.list_items(store, event_id, DAY + dt.timedelta(1))] == ["Panel"]
    assert [i.position for i in agenda.list_items(store, event_id, DAY)] == [0, 1, 2, 3]


def test_delete_and_undo_restores_item_and_its_notes(store, event_id, day):
    with store.session() as s:
        s.add(Note(event_id=event_id, agenda_item_id=day[1].id, text="kept"))
    before = capture(store, event_id, [DAY])
    assert agenda.delete_items(store, [day[1].id]) == 1
    with store.session() as s:
        assert s.query(Note).one().agenda_item_id is None
    restore(store, before)
    assert [i.id for i in agenda.list_items(store, event_id)] == [i.id for i in day]
    assert agenda.get_item(store, day[1].id).uuid == day[1].uuid
    with store.session() as s:
        assert s.query(Note).one().agenda_item_id == day[1].id


def test_undo_of_an_add_removes_it(store, event_id, day):
    before = capture(store, event_id, [DAY])
    add(store, event_id, "15:00", "16:00", "Extra")
    after = capture(store, event_id, [DAY])
    restore(store, before)
    assert len(agenda.list_items(store, event_id)) == 5
    restore(store, after)
    assert agenda.list_items(store, event_id)[-1].title == "Extra"


def test_copy_agenda_moves_dates(store, event_id, day):
    target = create_event(
        store,
        EventData(
            title="Riga seminar", start_date=dt.date(2026, 9, 1), end_date=dt.date(2026, 9, 2)
        ),
    ).id
    assert agenda.copy_agenda(store, event_id, target) == 5
    copied = agenda.list_items(store, target)
    assert {i.day for i in copied} == {dt.date(2026, 9, 1)}
    assert [i.title for i in copied] == [i.title for i in day]
    assert all(i.actual_start is None for i in copied)
    with pytest.raises(ServiceError):
        agenda.copy_agenda(store, event_id, event_id)


def test_running_item_and_days(store, demo_event):
    running = agenda.running_item(store, demo_event)
    assert running is None
    assert len(agenda.agenda_days(store, demo_event)) == 2


def test_inserting_can_push_following_items_back(store, event_id, day):
    data = AgendaItemData(DAY, t("09:30"), t("09:45"), "Warm-up")
    agenda.add_item(store, event_id, data, push_following=True)
    assert times(store, event_id)[:4] == [
        ("09:00", "09:30", "Opening"),
        ("09:30", "09:45", "Warm-up"),
        ("09:45", "10:45", "Panel"),
        ("10:45", "11:00", "Break"),
    ]
    assert times(store, event_id)[4] == ("12:00", "13:00", "Lunch")
