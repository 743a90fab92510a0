"""Practice mode: a separate store, a fresh event dated today, exercises that tick themselves."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from sqlalchemy import select

from dialogue_desk.paths import practice_store_path
from dialogue_desk.services.practice import (
    ensure_practice_event,
    exercise_states,
    reset_practice_store,
)
from dialogue_desk.store import open_store
from dialogue_desk.store.enums import CheckInMethod, EventStatus, NoteKind, ResponseChannel
from dialogue_desk.store.models import (
    ActionItem,
    AgendaItem,
    CheckIn,
    Event,
    Note,
    Participant,
    Response,
)


def _done(store, event_id: int, exports: Path | None = None) -> set[str]:
    return {s.exercise.key for s in exercise_states(store, event_id, exports) if s.done}


def test_practice_event_is_today_and_untouched(data_home: Path) -> None:
    with open_store(practice_store_path()) as store:
        event_id = ensure_practice_event(store)
        assert ensure_practice_event(store) == event_id  # not created twice
        assert store.is_practice
        with store.session() as s:
            event = s.get(Event, event_id)
            assert event.start_date == dt.date.today()
            assert s.scalars(select(CheckIn)).first() is None
            assert s.scalars(select(Note)).first() is None
            assert all(i.actual_start is None for i in s.scalars(select(AgendaItem)))
        assert _done(store, event_id) == set()


def test_each_exercise_ticks_when_done(data_home: Path, tmp_path: Path) -> None:
    store = open_store(practice_store_path())
    event_id = ensure_practice_event(store)
    today = dt.date.today()
    now = dt.datetime.now()
    with store.session() as s:
        people = list(s.scalars(select(Participant).where(Participant.event_id == event_id)))
        for person in people[:8]:
            s.add(CheckIn(event_id=event_id, participant_id=person.id, day=today,
                          checked_in_at=now))  # fmt: skip
    assert "check_in" not in _done(store, event_id)
    with store.session() as s:
        for n in range(2):
            walk_in = Participant(event_id=event_id, first_name=f"Walk{n}", walk_in=True)
            s.add(walk_in)
            s.flush()
            s.add(CheckIn(event_id=event_id, participant_id=walk_in.id, day=today,
                          checked_in_at=now, method=CheckInMethod.WALK_IN))  # fmt: skip
    assert "check_in" in _done(store, event_id)

    with store.session() as s:
        first, second = s.scalars(select(AgendaItem).where(AgendaItem.day == today)
                                  .order_by(AgendaItem.position)).all()[:2]  # fmt: skip
        planned = dt.datetime.combine(today, first.end_time) - dt.datetime.combine(
            today, first.start_time
        )
        first.actual_start = dt.datetime.combine(today, first.start_time)
        first.actual_end = first.actual_start + planned + dt.timedelta(minutes=9)
        second.actual_start = first.actual_end
    assert "agenda" in _done(store, event_id)

    with store.session() as s:
        s.add_all([Note(event_id=event_id, kind=NoteKind.DECISION, text=f"D{n}") for n in range(2)])
        action = Note(event_id=event_id, kind=NoteKind.ACTION_ITEM, text="Do it")
        action.action_item = ActionItem(owner="Mari")
        s.add(action)
    assert "notes" in _done(store, event_id)

    with store.session() as s:
        form_id = s.scalars(select(Event).where(Event.id == event_id)).one().evaluation_forms[0].id
        s.add_all([Response(form_id=form_id, event_id=event_id, channel=ResponseChannel.KIOSK)
                   for _ in range(3)])  # fmt: skip
    assert "kiosk" in _done(store, event_id)

    exports = tmp_path / "exports"
    exports.mkdir()
    with store.session() as s:
        s.get(Event, event_id).status = EventStatus.CLOSED
    assert "close" not in _done(store, event_id, exports)
    (exports / "PRACTICE-event.xlsx").write_bytes(b"x")
    (exports / "PRACTICE-event.pdf").write_bytes(b"x")
    assert _done(store, event_id, exports) == {"check_in", "agenda", "notes", "kiosk", "close"}
    store.close()


def test_reset_starts_afresh(data_home: Path) -> None:
    path = practice_store_path()
    with open_store(path) as store:
        event_id = ensure_practice_event(store)
        with store.session() as s:
            s.add(Note(event_id=event_id, text="trainee scribble"))
    with reset_practice_store(path) as fresh, fresh.session() as s:
        assert s.scalars(select(Note)).first() is None
        assert len(s.scalars(select(Event)).all()) == 1


def test_practice_never_touches_the_real_store(data_home: Path) -> None:
    from dialogue_desk.paths import default_store_path
    from dialogue_desk.services.demo import create_demo_event

    with open_store(default_store_path()) as real:
        create_demo_event(real, participants=5, responses=1)
    digest = hashlib.sha256(default_store_path().read_bytes()).hexdigest()
    with open_store(practice_store_path()) as practice:
        ensure_practice_event(practice)
    reset_practice_store(practice_store_path()).close()
    assert hashlib.sha256(default_store_path().read_bytes()).hexdigest() == digest
