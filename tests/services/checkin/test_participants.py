"""Participants service: add, edit, delete with restore, merge, duplicates and the door search."""

from __future__ import annotations

import datetime as dt

import pytest

from dialogue_desk.services import checkin
from dialogue_desk.services.checkin import (
    ParticipantData,
    add_participant,
    compile_query,
    delete_participants,
    find_duplicates,
    get_participant,
    list_participants,
    merge_participants,
    restore_participants,
    search,
    update_participant,
)
from dialogue_desk.services.errors import NotFoundError, ValidationError
from dialogue_desk.services.events import get_event
from dialogue_desk.store.enums import StakeholderGroup


def _people(store, event_id):  # type: ignore[no-untyped-def]
    names = [
        ("Ilze", "Šimkēviča", "Rīgas dome"), ("Gunnar", "Öberg", "Malmö stad"),
        ("Иван", "Иванов", "Нарвский центр"), ("Юрий", "Петров", ""),
        ("Kertu", "Pärnoja", "Eesti Pagulasabi"), ("Andris", "Kalniņš", "Rīgas pilsētas dome"),
    ]  # fmt: skip
    return [add_participant(store, event_id, ParticipantData(first_name=f, last_name=last,
                                                                organisation=o))
            for f, last, o in names]  # fmt: skip


@pytest.fixture
def event_id(store):  # type: ignore[no-untyped-def]
    from dialogue_desk.services.events import EventData, create_event

    return create_event(store, EventData(title="Door test", start_date=dt.date(2026, 5, 4),
                                         end_date=dt.date(2026, 5, 5))).id  # fmt: skip


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("simkevica", "Šimkēviča"), ("ŠIMK", "Šimkēviča"), ("oberg", "Öberg"),
        ("ivanov", "Иванов"), ("иван", "Иванов"), ("jurij", "Петров"), ("yuri", "Петров"),
        ("kalnins", "Kalniņš"), ("parn", "Pärnoja"), ("pagulas", "Pärnoja"),
        ("malmo", "Öberg"), ("narv", "Иванов"), ("dome ilz", "Šimkēviča"),
    ],
)  # fmt: skip
def test_search_ignores_accents_case_and_script(store, event_id, query, expected):  # type: ignore[no-untyped-def]
    _people(store, event_id)
    found = search(list_participants(store, event_id), query)
    assert expected in [p.last_name for p in found]


def test_search_all_words_must_match_and_empty_query_matches_all(store, event_id):  # type: ignore[no-untyped-def]
    _people(store, event_id)
    records = list_participants(store, event_id)
    assert search(records, "") == records
    assert compile_query("   ") is None
    assert [p.last_name for p in search(records, "rigas andr")] == ["Kalniņš"]
    assert search(records, "zzz") == []


def test_search_key_follows_every_edit(store, event_id):  # type: ignore[no-untyped-def]
    person = add_participant(store, event_id, ParticipantData(first_name="Anna", last_name="Tamm"))
    update_participant(store, person.id, ParticipantData(first_name="Anna", last_name="Lõhmus",
                                                         email="anna@näide.ee"))  # fmt: skip
    records = list_participants(store, event_id)
    assert search(records, "lohmus") and not search(records, "tamm")
    assert search(records, "anna@naide")


def test_validation_names_every_problem(store, event_id):  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as error:
        add_participant(store, event_id, ParticipantData(email="nope", country="Estonia"))
    assert set(error.value.problems) == {"last_name", "email", "country"}
    assert list_participants(store, event_id) == []


def test_delete_and_restore_bring_back_id_and_check_ins(store, event_id):  # type: ignore[no-untyped-def]
    person = _people(store, event_id)[0]
    checkin.check_in(store, person.id, dt.date(2026, 5, 4), at=dt.datetime(2026, 5, 4, 9, 5))
    snapshots = delete_participants(store, [person.id])
    with pytest.raises(NotFoundError):
        get_participant(store, person.id)
    assert checkin.attendance(store, event_id, dt.date(2026, 5, 4)) == {}
    restore_participants(store, snapshots)
    assert get_participant(store, person.id) == person
    present = checkin.attendance(store, event_id, dt.date(2026, 5, 4))
    assert present[person.id].checked_in_at == dt.datetime(2026, 5, 4, 9, 5)


def test_merge_combines_details_and_attendance_and_can_be_undone(store, event_id):  # type: ignore[no-untyped-def]
    a = add_participant(store, event_id, ParticipantData(first_name="Dace", last_name="Liepiņa",
                                                         email="dace@example.lv"))  # fmt: skip
    b = add_participant(
        store,
        event_id,
        ParticipantData(
            first_name="Dace",
            last_name="Liepina",
            organisation="BISS",
            phone="+371 2100",
            stakeholder_group=StakeholderGroup.RESEARCH,
            consent_photos=True,
            notes="vegetarian",
        ),
    )
    day1, day2 = dt.date(2026, 5, 4), dt.date(2026, 5, 5)
    checkin.check_in(store, a.id, day1, at=dt.datetime(2026, 5, 4, 9, 30))
    checkin.check_in(store, b.id, day1, at=dt.datetime(2026, 5, 4, 9, 10))
    checkin.check_in(store, b.id, day2, at=dt.datetime(2026, 5, 5, 9, 0))
    result = merge_participants(store, a.id, [b.id])
    kept = result.kept
    assert (kept.email, kept.organisation, kept.phone) == ("dace@example.lv", "BISS", "+371 2100")
    assert kept.stakeholder_group is StakeholderGroup.RESEARCH and kept.consent_photos
    assert kept.notes == "vegetarian"
    assert [p.id for p in list_participants(store, event_id)] == [a.id]
    assert checkin.attendance(store, event_id, day1)[a.id].checked_in_at.time() == dt.time(9, 10)
    assert a.id in checkin.attendance(store, event_id, day2)
    restore_participants(store, result.before)
    assert {p.id for p in list_participants(store, event_id)} == {a.id, b.id}
    assert get_participant(store, a.id) == a
    assert checkin.attendance(store, event_id, day1)[a.id].checked_in_at.time() == dt.time(9, 30)
    assert checkin.attendance(store, event_id, day2)[b.id]


def test_find_duplicates_by_email_or_name_and_organisation(store, event_id):  # type: ignore[no-untyped-def]
    add = lambda **kw: add_participant(store, event_id, ParticipantData(**kw))  # noqa: E731
    add(first_name="Märt", last_name="Ülevain", organisation="Kultuuriministeerium")
    add(first_name="Mart", last_name="Ulevain", organisation="kultuuriministeerium")
    add(first_name="Olga", last_name="Smirnova", email="olga@x.ee")
    add(first_name="Ольга", last_name="Смирнова", email="OLGA@x.ee")
    add(first_name="Olga", last_name="Smirnova", organisation="Other org")
    groups = find_duplicates(store, event_id)
    # The third Olga Smirnova works elsewhere: a namesake, not a duplicate.
    assert sorted(len(g) for g in groups) == [2, 2]


def test_demo_event_search(store, demo_event):  # type: ignore[no-untyped-def]
    records = list_participants(store, demo_event)
    assert len(records) == 40
    assert get_event(store, demo_event).days
    for record in records[:10]:
        assert record in search(records, record.last_name[:3])


def test_language_code_is_checked_and_fullest_duplicate_counts_most(store, event_id):  # type: ignore[no-untyped-def]
    from dialogue_desk.services.checkin import completeness

    with pytest.raises(ValidationError) as error:
        add_participant(
            store, event_id, ParticipantData(last_name="X", preferred_language="Eesti keel")
        )
    assert "preferred_language" in error.value.problems
    thin = ParticipantData(last_name="Tamm")
    full = ParticipantData(last_name="Tamm", email="t@x.ee", phone="1", consent_photos=True)
    assert completeness(full) > completeness(thin)
