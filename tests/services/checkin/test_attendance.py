"""Check-in service: per day, no doubles, undo, walk-ins, paper marks and counters."""

from __future__ import annotations

import datetime as dt

import pytest

from dialogue_desk.services import checkin
from dialogue_desk.services.checkin import ParticipantData, add_participant
from dialogue_desk.services.errors import ValidationError
from dialogue_desk.services.events import EventData, create_event, get_event
from dialogue_desk.store.enums import CheckInMethod, StakeholderGroup

DAY1, DAY2 = dt.date(2026, 5, 4), dt.date(2026, 5, 5)


@pytest.fixture
def event_id(store):  # type: ignore[no-untyped-def]
    return create_event(store, EventData(title="Door", start_date=DAY1, end_date=DAY2)).id


def _add(store, event_id, last, group=StakeholderGroup.OTHER):  # type: ignore[no-untyped-def]
    return add_participant(store, event_id, ParticipantData(first_name="A", last_name=last,
                                                            stakeholder_group=group))  # fmt: skip


def test_check_in_is_per_day_and_twice_is_a_no_op(store, event_id):  # type: ignore[no-untyped-def]
    person = _add(store, event_id, "Tamm")
    first = checkin.check_in(store, person.id, DAY1, at=dt.datetime(2026, 5, 4, 9, 0))
    again = checkin.check_in(store, person.id, DAY1, at=dt.datetime(2026, 5, 4, 9, 30))
    assert not first.already and again.already
    assert again.record.checked_in_at == dt.datetime(2026, 5, 4, 9, 0)
    assert person.id in checkin.attendance(store, event_id, DAY1)
    assert checkin.attendance(store, event_id, DAY2) == {}
    removed = checkin.undo_check_in(store, person.id, DAY1)
    assert removed is not None and removed.checked_in_at == dt.datetime(2026, 5, 4, 9, 0)
    assert checkin.attendance(store, event_id, DAY1) == {}
    assert checkin.undo_check_in(store, person.id, DAY1) is None


def test_check_in_outside_the_event_is_refused(store, event_id):  # type: ignore[no-untyped-def]
    person = _add(store, event_id, "Tamm")
    with pytest.raises(ValidationError):
        checkin.check_in(store, person.id, dt.date(2026, 5, 6))


def test_default_day(store, event_id):  # type: ignore[no-untyped-def]
    event = get_event(store, event_id)
    assert checkin.default_day(event, DAY2) == DAY2
    assert checkin.default_day(event, dt.date(2026, 1, 1)) == DAY1
    assert checkin.default_day(event, dt.date(2027, 1, 1)) == DAY2


def test_walk_in_is_added_and_checked_in_at_once(store, event_id):  # type: ignore[no-untyped-def]
    person, check = checkin.add_walk_in(
        store, event_id, ParticipantData(first_name="Õie", last_name="Mets"), DAY1
    )
    assert person.walk_in and check.method is CheckInMethod.WALK_IN
    counts = checkin.counts(store, event_id, DAY1)
    # As in the report: a walk-in is not "registered"; the counters show them beside it.
    assert (counts.present, counts.registered, counts.walk_ins_present) == (1, 0, 1)
    assert (counts.walk_ins, counts.on_list, counts.registered_present) == (1, 1, 0)
    with pytest.raises(ValidationError):
        checkin.add_walk_in(store, event_id, ParticipantData(), DAY1)
    assert checkin.counts(store, event_id, DAY1).walk_ins == 1


def test_counts_by_group_and_day(store, event_id):  # type: ignore[no-untyped-def]
    a = _add(store, event_id, "A", StakeholderGroup.NGO)
    b = _add(store, event_id, "B", StakeholderGroup.NGO)
    c = _add(store, event_id, "C", StakeholderGroup.PUBLIC_AUTHORITY)
    for person in (a, c):
        checkin.check_in(store, person.id, DAY1)
    checkin.check_in(store, b.id, DAY2)
    counts = checkin.counts(store, event_id, DAY1)
    assert (counts.present, counts.registered) == (2, 3)
    assert counts.by_group[StakeholderGroup.NGO] == checkin.GroupCount(1, 2)
    assert counts.by_group[StakeholderGroup.PUBLIC_AUTHORITY] == checkin.GroupCount(1, 1)
    assert StakeholderGroup.RESEARCH not in counts.by_group
    assert counts.by_day == {DAY1: 2, DAY2: 1}


def test_paper_marks_in_one_go_and_back(store, event_id):  # type: ignore[no-untyped-def]
    people = [_add(store, event_id, name) for name in ("A", "B", "C")]
    checkin.check_in(store, people[0].id, DAY1)
    at = dt.datetime(2026, 5, 4, 9, 15)
    made = checkin.check_in_many(store, [p.id for p in people], DAY1, at)
    assert [m.participant_id for m in made] == [people[1].id, people[2].id]
    assert all(m.method is CheckInMethod.PAPER and m.checked_in_at == at for m in made)
    checkin.remove_check_ins(store, made)
    assert set(checkin.attendance(store, event_id, DAY1)) == {people[0].id}
    checkin.restore_check_ins(store, made)
    assert len(checkin.attendance(store, event_id, DAY1)) == 3
