"""Running the agenda live with an injected clock: start/next/stop, corrections, lateness."""

from __future__ import annotations

import datetime as dt

import pytest

from dialogue_desk.services import agenda
from dialogue_desk.services.agenda import (
    AgendaItemData,
    correct_actual_times,
    delay_text,
    live_status,
    start_next,
    stop_running,
)
from dialogue_desk.services.errors import ServiceError, ValidationError
from dialogue_desk.services.events import EventData, create_event

DAY = dt.date(2026, 5, 4)


def at(hhmm: str, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.fromisoformat(hhmm))


@pytest.fixture
def event_id(store) -> int:
    event = create_event(store, EventData(title="Live", start_date=DAY, end_date=DAY))
    for start, end, title, pinned in [
        ("09:00", "09:30", "Opening", False),
        ("09:30", "10:30", "Panel", False),
        ("10:30", "10:45", "Break", False),
        ("12:00", "13:00", "Lunch", True),
    ]:
        agenda.add_item(
            store,
            event.id,
            AgendaItemData(
                DAY, dt.time.fromisoformat(start), dt.time.fromisoformat(end), title, pinned=pinned
            ),
        )
    return event.id


def test_start_next_records_actual_start_and_end(store, event_id):
    change = start_next(store, event_id, at("09:03"))
    assert change.ended is None and change.started.title == "Opening"
    assert agenda.running_item(store, event_id).title == "Opening"
    change = start_next(store, event_id, at("09:41"))
    assert change.ended.title == "Opening" and change.ended.actual_end == at("09:41")
    assert change.started.title == "Panel" and change.started.actual_start == at("09:41")
    stop_running(store, event_id, at("10:50"))
    assert agenda.running_item(store, event_id) is None
    with pytest.raises(ServiceError):
        stop_running(store, event_id, at("10:51"))
    # F5 again continues with the break
    assert start_next(store, event_id, at("10:52")).started.title == "Break"


def test_last_item_then_nothing_left(store, event_id):
    for hhmm in ("09:00", "09:30", "10:30", "12:00"):
        start_next(store, event_id, at(hhmm))
    change = start_next(store, event_id, at("13:00"))
    assert change.ended.title == "Lunch" and change.started is None
    with pytest.raises(ServiceError):
        start_next(store, event_id, at("13:05"))


def test_live_status_late_and_projected(store, event_id):
    start_next(store, event_id, at("09:00"))
    start_next(store, event_id, at("09:40"))  # panel starts 10 min late
    items = agenda.list_items(store, event_id)
    status = live_status(items, at("10:00"))
    assert status.running.title == "Panel"
    assert status.elapsed == 20 * 60 and status.remaining == 40 * 60 and not status.overrun
    assert status.delay == 10
    assert delay_text(status.delay) == "Running 10 min late"
    by_title = {i.title: status.projected.get(i.id) for i in items}
    assert by_title["Break"] == at("10:40")
    assert by_title["Lunch"] == at("12:00")  # pinned, and the gap absorbs the delay
    late = live_status(items, at("10:50"))
    assert late.overrun and late.remaining == -10 * 60 and late.delay == 20


def test_live_status_early(store, event_id):
    start_next(store, event_id, at("08:55"))
    status = live_status(agenda.list_items(store, event_id), at("09:05"))
    assert status.delay == -5 and delay_text(status.delay) == "Running 5 min early"


def test_rehearsal_on_another_date_compares_times_of_day(store, event_id):
    start_next(store, event_id, at("09:02", dt.date(2026, 4, 1)))
    status = live_status(agenda.list_items(store, event_id), at("09:10", dt.date(2026, 4, 1)))
    assert status.delay == 2


def test_corrections(store, event_id):
    item = agenda.list_items(store, event_id)[0]
    fixed = correct_actual_times(store, item.id, at("09:05"), at("09:35"))
    assert (fixed.actual_start, fixed.actual_end) == (at("09:05"), at("09:35"))
    with pytest.raises(ValidationError):
        correct_actual_times(store, item.id, at("09:35"), at("09:05"))
    with pytest.raises(ValidationError):
        correct_actual_times(store, item.id, None, at("09:05"))
    cleared = correct_actual_times(store, item.id, None, None)
    assert cleared.actual_start is None


def test_demo_day_two_starts_after_day_one(store, demo_event):
    today = dt.date.today()
    change = start_next(store, demo_event, dt.datetime.combine(today, dt.time(9, 31)))
    assert change.started.day == today and change.started.title == "Recap of day one"


def test_projection_past_midnight_stays_on_the_day(store, event_id):
    late_evening = dt.date(2026, 4, 1)
    start_next(store, event_id, at("23:30", late_evening))
    items = agenda.list_items(store, event_id)
    status = live_status(items, at("23:40", late_evening))
    panel = next(i for i in items if i.title == "Panel")
    # The opening ends 00:00; the panel follows at once, not the next day at 09:30.
    assert status.projected[panel.id] == at("00:00", late_evening + dt.timedelta(days=1))
    assert status.late(panel)
