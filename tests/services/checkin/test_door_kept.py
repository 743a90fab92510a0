"""The door kept at closing: the next start shows the same door, and any change makes it stale."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from dialogue_desk.services import checkin as checkin_service
from dialogue_desk.services import events as events_service
from dialogue_desk.services.checkin import (
    DoorPeople,
    ParticipantData,
    ParticipantRecord,
    door_key,
    keep_door,
    read_door,
)
from dialogue_desk.services.checkin.door import records_of
from dialogue_desk.store import Store
from dialogue_desk.store.door_cache import cache_path
from dialogue_desk.store.enums import StakeholderGroup


def _same_door(store: Store, event_id: int) -> None:
    door = read_door(store.path, event_id)
    assert door is not None
    event = events_service.get_event(store, event_id)
    day = checkin_service.default_day(event)
    assert door.participants == checkin_service.list_participants(store, event_id)
    assert door.present == checkin_service.attendance(store, event_id, day)
    assert door.counts == checkin_service.counts(store, event_id, day)


def test_a_kept_door_is_the_door(store: Store, demo_event: int) -> None:
    event = events_service.get_event(store, demo_event)
    day = checkin_service.default_day(event)
    people = checkin_service.list_participants(store, demo_event)
    checkin_service.check_in(store, people[3].id, day)
    checkin_service.add_walk_in(
        store, demo_event, ParticipantData(first_name="Ābele", last_name="Ōsaka"), day
    )
    assert keep_door(store.path, demo_event, "en")
    door = read_door(store.path, demo_event)
    assert door is not None and door.kept
    assert door.participants._keys is not None, "the keys came with the kept rows"  # type: ignore[attr-defined]
    assert list(door.participants.door_keys()) == [  # type: ignore[attr-defined]
        door_key(p.search_key, p.email) for p in door.participants
    ]
    _same_door(store, demo_event)


def test_any_change_makes_it_stale(store: Store, demo_event: int) -> None:
    event = events_service.get_event(store, demo_event)
    day = checkin_service.default_day(event)
    people = checkin_service.list_participants(store, demo_event)
    changes = [
        lambda: checkin_service.check_in(store, people[0].id, day),
        lambda: checkin_service.update_participant(
            store, people[1].id, dataclasses.replace(people[1], last_name="Zzyzx")
        ),
        lambda: checkin_service.delete_participants(store, [people[2].id]),
        lambda: events_service.update_event(
            store,
            demo_event,
            events_service.EventData(
                title="New", start_date=event.start_date, end_date=event.end_date
            ),
        ),
    ]
    for change in changes:
        assert keep_door(store.path, demo_event, "en")
        change()
        door = read_door(store.path, demo_event)
        assert door is not None and not door.kept
        assert not cache_path(store.path).exists()  # the stale file went
        _same_door(store, demo_event)


def test_a_merge_from_another_laptop_makes_it_stale(store: Store, demo_event: int) -> None:
    from dialogue_desk.services.sync.merging import merge_session

    assert keep_door(store.path, demo_event, "en")
    with merge_session(store):
        pass  # the triggers stand aside while a merge writes: the clock is ticked anyway
    door = read_door(store.path, demo_event)
    assert door is not None and not door.kept


def test_kept_in_one_language_is_not_used_for_another(store: Store, demo_event: int) -> None:
    from dialogue_desk.i18n import ui_language

    other = "lv" if ui_language() != "lv" else "sv"
    assert keep_door(store.path, demo_event, other)
    door = read_door(store.path, demo_event)
    assert door is not None and not door.kept


def test_another_event_is_not_used(store: Store, demo_event: int) -> None:
    assert keep_door(store.path, demo_event, "en")
    other = events_service.create_event(
        store, events_service.EventData(title="Other", start_date=dt.date(2030, 1, 1),
                                        end_date=dt.date(2030, 1, 1)),
    )  # fmt: skip
    door = read_door(store.path, other.id)
    assert door is not None and door.participants == [] and not door.kept


def test_records_made_fast_are_ordinary_records(store: Store, demo_event: int) -> None:
    people = checkin_service.list_participants(store, demo_event)
    door = read_door(store.path, demo_event)
    assert door is not None
    for made, expected in zip(door.participants, people, strict=True):
        assert made == expected and hash(made) == hash(expected)
        assert type(made) is ParticipantRecord
        assert isinstance(made.stakeholder_group, StakeholderGroup)
        assert isinstance(made.consent_listed, bool) and isinstance(made.walk_in, bool)
        assert dataclasses.replace(made, first_name="X").first_name == "X"
        with pytest.raises(dataclasses.FrozenInstanceError):
            made.first_name = "Y"  # type: ignore[misc]


def test_the_lazy_people_are_a_sequence(store: Store, demo_event: int) -> None:
    people = checkin_service.list_participants(store, demo_event)
    rows = [tuple(_raw(p)) for p in people]
    lazy = DoorPeople(rows)
    assert len(lazy) == len(people) and lazy[0] == people[0] and lazy[-1] == people[-1]
    assert lazy[2:5] == people[2:5] and list(lazy) == people and lazy == people
    assert lazy.ids() == [p.id for p in people]
    assert lazy.door_keys() == [door_key(p.search_key, p.email) for p in people]
    assert records_of(rows) == people


def _raw(record: ParticipantRecord) -> list[object]:
    from dialogue_desk.services.checkin.door import COLUMNS

    row = [getattr(record, name) for name in COLUMNS]
    row[COLUMNS.index("stakeholder_group")] = record.stakeholder_group.value
    return row


def test_no_event_left_leaves_no_names_beside_the_store(store: Store, demo_event: int) -> None:
    assert keep_door(store.path, demo_event, "en")
    events_service.delete_event(store, demo_event)
    assert not cache_path(store.path).exists()  # the deleted event's names go at once
    assert keep_door(store.path, demo_event, "en")  # (a stale file, as after a crash)
    assert read_door(store.path, None) is None
    assert not cache_path(store.path).exists()
    assert keep_door(store.path, demo_event, "en")  # nothing to keep: an empty door
    assert not keep_door(store.path, None, "en")
    assert not cache_path(store.path).exists()


def test_owner_names_are_the_door_list_names(store: Store, demo_event: int) -> None:
    people = checkin_service.list_participants(store, demo_event)
    names = checkin_service.participant_names(store, demo_event)
    assert names == [(" ".join(f"{p.first_name} {p.last_name}".split()), p.organisation)
                     for p in people]  # fmt: skip
