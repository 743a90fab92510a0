"""Door search ranking: name starts first, then names containing, then organisation/e-mail."""

from __future__ import annotations

import datetime as dt

from dialogue_desk.services.checkin import (
    ELSEWHERE,
    NAME_INSIDE,
    NAME_PREFIX,
    AttendanceCounts,
    CheckInRecord,
    GroupCount,
    ParticipantRecord,
    compile_query,
    compile_ranker,
    counts_after,
    name_key,
    plausible_count,
    search,
    suggestions,
)
from dialogue_desk.services.text import search_key
from dialogue_desk.store.enums import CheckInMethod, StakeholderGroup


def _person(pid: int, first: str, last: str, org: str = "", email: str = "") -> ParticipantRecord:
    return ParticipantRecord(
        id=pid, first_name=first, last_name=last, organisation=org, email=email,
        search_key=search_key(first, last, org, email),
    )  # fmt: skip


PEOPLE = [
    _person(1, "Ahmed", "Al-Rashid", "Irakaska föreningen"),
    _person(2, "Andris", "Kalniņš", "Rīgas dome"),
    _person(3, "Zane", "Eglīte"),
    _person(4, "Жанна", "Соколова"),
    _person(5, "Tõnu", "Kõiv"),
    _person(6, "Kadri", "Kõiv"),
    _person(7, "Anna", "Liepiņa-Ērgle"),
]


def _tier(query: str, person: ParticipantRecord) -> int:
    rank = compile_ranker(query)
    assert rank is not None
    return rank(name_key(person.first_name, person.last_name))


def test_a_name_start_beats_an_organisation_that_contains_the_letters() -> None:
    assert _tier("ka", PEOPLE[1]) == NAME_PREFIX
    assert _tier("ka", PEOPLE[0]) == ELSEWHERE
    assert [p.id for p in search(PEOPLE, "ka")][:1] == [2]


def test_strict_spelling_beats_a_loose_one() -> None:
    # "zhan" loosely also matches Zane; Жанна starts with it as typed.
    found = search(PEOPLE, "zhan")
    assert {p.id for p in found} >= {3, 4}
    assert found[0].id == 4
    assert _tier("zhan", PEOPLE[3]) < _tier("zhan", PEOPLE[2])


def test_inside_a_name_is_between_a_start_and_elsewhere() -> None:
    assert _tier("ergle", PEOPLE[6]) == NAME_PREFIX  # a hyphen starts a name part
    assert _tier("iepi", PEOPLE[6]) == NAME_INSIDE


def test_several_words_each_start_a_name_word() -> None:
    assert _tier("tonu ko", PEOPLE[4]) == NAME_PREFIX
    assert [p.id for p in search(PEOPLE, "tonu ko")] == [5]


def test_plausible_is_the_count_of_the_best_tier() -> None:
    assert plausible_count([]) == 0
    assert plausible_count([NAME_PREFIX]) == 1
    assert plausible_count([NAME_PREFIX, NAME_PREFIX, ELSEWHERE]) == 2
    assert plausible_count([NAME_PREFIX, ELSEWHERE, ELSEWHERE]) == 1


def test_empty_query_matches_everyone_and_ranks_nothing() -> None:
    assert compile_query("  ") is None and compile_ranker("") is None
    assert search(PEOPLE, "") == PEOPLE


def test_a_typo_gets_close_names() -> None:
    assert [p.id for p in suggestions(PEOPLE, "liepx")] == [7]
    assert suggestions(PEOPLE, "qqqqqq") == []
    assert suggestions(PEOPLE, "") == []


def test_counts_after_a_check_in_and_a_take_back_agree_with_a_fresh_count() -> None:
    day = dt.date(2026, 12, 1)
    counts = AttendanceCounts(
        day=day, present=1, registered=2, walk_ins_present=0, registered_present=1, walk_ins=1,
        by_group={StakeholderGroup.OTHER: GroupCount(1, 3)}, by_day={day: 1},
    )  # fmt: skip
    walk_in = _person(9, "Samuel", "Diallo")
    walk_in = ParticipantRecord(**{**walk_in.__dict__, "walk_in": True})
    record = CheckInRecord(9, day, dt.datetime(2026, 12, 1, 9, 0), CheckInMethod.DOOR)
    after = counts_after(counts, walk_in, record, 1)
    assert (after.present, after.walk_ins_present, after.registered_present) == (2, 1, 1)
    assert after.by_group[StakeholderGroup.OTHER] == GroupCount(2, 3)
    assert after.by_day == {day: 2}
    assert counts_after(after, walk_in, record, -1) == counts
    other_day = CheckInRecord(9, dt.date(2026, 12, 2), record.checked_in_at, CheckInMethod.DOOR)
    later = counts_after(counts, walk_in, other_day, 1)
    assert later.present == 1 and later.by_day[dt.date(2026, 12, 2)] == 1
