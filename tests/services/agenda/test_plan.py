"""The published plan (baseline): when it is kept, that edits never touch it, what would move."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from dialogue_desk.services import agenda
from dialogue_desk.services.agenda import AgendaItemData, PlanState
from dialogue_desk.services.events import EventData, create_event, get_event, set_status
from dialogue_desk.store.enums import EventStatus

DAY = dt.date(2026, 5, 4)


def at(hhmm: str) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time.fromisoformat(hhmm))


@pytest.fixture
def event_id(store) -> int:
    event = create_event(store, EventData(title="Plan", start_date=DAY, end_date=DAY))
    for start, end, title, pinned in [
        ("09:00", "09:30", "Opening", False),
        ("09:30", "10:30", "Panel", False),
        ("10:30", "10:45", "Break", False),
        ("12:00", "13:00", "Lunch", True),
        ("13:00", "14:00", "Groups", False),
    ]:
        agenda.add_item(
            store,
            event.id,
            AgendaItemData(
                day=DAY,
                start_time=dt.time.fromisoformat(start),
                end_time=dt.time.fromisoformat(end),
                title=title,
                pinned=pinned,
            ),
        )
    return event.id


def items(store, event_id):
    return agenda.list_items(store, event_id)


def test_nothing_is_published_until_the_first_f5(store, event_id):
    assert agenda.plan_state(items(store, event_id)) is PlanState.NOT_PUBLISHED
    first = items(store, event_id)[0]
    agenda.update_item(store, first.id, dataclasses.replace(first.data(), title="Welcome"))
    assert agenda.plan_state(items(store, event_id)) is PlanState.NOT_PUBLISHED
    change = agenda.start_next(store, event_id, at("09:05"))
    assert change.published
    assert agenda.plan_state(items(store, event_id)) is PlanState.PUBLISHED
    assert get_event(store, event_id).status is EventStatus.RUNNING
    assert not agenda.start_next(store, event_id, at("09:40")).published


def test_edits_during_the_event_change_expected_times_never_the_baseline(store, event_id):
    agenda.start_next(store, event_id, at("09:00"))
    opening = items(store, event_id)[0]
    longer = dataclasses.replace(opening.data(), end_time=dt.time(9, 50))
    agenda.update_item(store, opening.id, longer)
    after = items(store, event_id)
    assert [i.start_time.isoformat("minutes") for i in after] == [
        "09:00", "09:50", "10:50", "12:00", "13:00"
    ]  # fmt: skip
    assert [i.baseline_start.isoformat("minutes") for i in after] == [
        "09:00", "09:30", "10:30", "12:00", "13:00"
    ]  # fmt: skip
    assert agenda.moved_from_plan(after[1]) == 20
    assert after[1].baseline_start_at == at("09:30")


def test_items_to_shift_stops_at_the_fixed_item(store, event_id):
    rows = items(store, event_id)
    moved, minutes = agenda.items_to_shift(
        rows, rows[0].id, dataclasses.replace(rows[0].data(), end_time=dt.time(9, 45))
    )
    assert [i.title for i in moved] == ["Panel", "Break"] and minutes == 15
    assert agenda.items_to_shift(rows, rows[0].id, rows[0].data()) == ([], 0)
    new = AgendaItemData(day=DAY, start_time=dt.time(9, 15), end_time=dt.time(9, 45), title="X")
    pushed, overlap = agenda.pushed_by_new(rows, new)
    assert [i.title for i in pushed] == ["Panel", "Break"] and overlap == 15


def test_publish_plan_by_hand_and_added_items(store, event_id):
    assert agenda.publish_plan(store, event_id) == 5
    agenda.add_item(
        store,
        event_id,
        AgendaItemData(day=DAY, start_time=dt.time(15), end_time=dt.time(16), title="Extra"),
    )
    assert agenda.plan_state(items(store, event_id)) is PlanState.PUBLISHED_WITH_ADDITIONS
    assert agenda.publish_plan(store, event_id) == 1  # only the new one
    assert agenda.publish_plan(store, event_id, replace=True) == 6


def test_undo_snapshot_keeps_the_baseline(store, event_id):
    before = agenda.capture(store, event_id)
    agenda.publish_plan(store, event_id)
    agenda.restore(store, before)
    assert agenda.plan_state(items(store, event_id)) is PlanState.NOT_PUBLISHED


def test_a_fixed_item_keeps_its_time_in_the_projection(store, event_id):
    agenda.start_next(store, event_id, at("09:00"))
    status = agenda.live_status(items(store, event_id), at("11:30"))  # opening 2 h over
    lunch = next(i for i in items(store, event_id) if i.pinned)
    assert status.projected[lunch.id] == at("12:00")
    assert status.squeezed[lunch.id] == 45  # panel and break would run to 12:45
    assert agenda.over_text(status).startswith("Over time by")
    assert agenda.day_line(status, "14:00") == "The day runs 120 min late; expected end 14:00."


def test_closing_the_event_ends_the_running_item(store, event_id):
    agenda.start_next(store, event_id, at("09:00"))
    set_status(store, event_id, EventStatus.CLOSED, now=at("09:20"))
    assert agenda.running_item(store, event_id) is None
    assert items(store, event_id)[0].actual_end == at("09:20")
    assert get_event(store, event_id).status is EventStatus.CLOSED


def test_control_characters_are_dropped_from_agenda_text(store, event_id):
    record = agenda.add_item(
        store,
        event_id,
        AgendaItemData(
            day=DAY, start_time=dt.time(16), end_time=dt.time(17), title="\x01=SUM(1)\x1b",
            room="A\x07",
        ),
    )  # fmt: skip
    assert record.title == "=SUM(1)" and record.room == "A"
