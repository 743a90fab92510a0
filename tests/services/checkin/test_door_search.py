"""The door list's lazy search: the same order as ranking everyone, while ranking only a screen."""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest

from dialogue_desk.services.checkin import (
    FIRST_ROWS,
    TIERS,
    DoorList,
    ParticipantRecord,
    RankedRows,
    compile_query,
    compile_ranker,
    name_key,
    narrows,
    rank_rows,
)
from dialogue_desk.services.text import search_key

FIRST = ["Anna", "Andris", "Kadri", "Tõnu", "Жанна", "Анна", "Samuel", "Zane", "Örjan", "Kalle",
         "Ilze", "Jānis", "Ahmed", "Ольга", "Sofia", "Liis"]  # fmt: skip
LAST = ["Kalniņš", "Kõiv", "Соколова", "Diallo", "Eglīte", "Liepiņa-Ērgle", "Al-Rashid",
        "Ekström", "Sokolova", "Ozola", "Tamm", "Kask", "Щукина", "Jakovleva", "Ann"]  # fmt: skip
ORGS = ["Irakaska föreningen", "Rīgas dome", "Tartu linn", "Совет", "Somali Women's Network", ""]


@dataclass(slots=True)
class _Row:
    """The table model's row, as far as the search sees it."""

    record: ParticipantRecord
    check_in: object | None = None
    key: str = ""
    name: str = ""
    tier: int = 0


def _people(count: int, seed: int = 5) -> DoorList[_Row]:
    chance = random.Random(seed)
    rows = DoorList[_Row]()
    for pid in range(1, count + 1):
        first, last, org = chance.choice(FIRST), chance.choice(LAST), chance.choice(ORGS)
        email = f"{first[:2].lower()}{pid}@example.org" if chance.random() < 0.5 else ""
        record = ParticipantRecord(
            id=pid, first_name=first, last_name=last, organisation=org, email=email,
            search_key=search_key(first, last, org, email),
        )  # fmt: skip
        here = object() if chance.random() < 0.4 else None
        rows.append(_Row(record, here, record.search_key))
    return rows


def _ranked_eagerly(rows: list[_Row], query: str) -> list[int]:
    """The order of the door issue, by ranking everyone: tier, not here first, list order."""
    test, rank = compile_query(query), compile_ranker(query)
    assert test is not None and rank is not None
    buckets: list[list[int]] = [[] for _ in range(TIERS * 2)]
    for row in rows:
        if test(row.key):
            name = name_key(row.record.first_name, row.record.last_name)
            buckets[rank(name) * 2 + (row.check_in is not None)].append(row.record.id)
    return [pid for bucket in buckets for pid in bucket]


def _everything(ranked: RankedRows[_Row]) -> list[int]:
    while not ranked.complete:
        ranked.show(ranked.prepare())
    return [row.record.id for row in ranked]


QUERIES = ["a", "k", "ka", "kal", "kaln", "zhan", "жан", "sok", "соко", "an", "ann", "koiv", "õ",
           "ergle", "liepi", "shchuk", "a k", "anna so", "e", "@", "example", "x"]  # fmt: skip


@pytest.mark.parametrize("query", QUERIES)
def test_the_lazy_order_is_the_order_of_ranking_everyone(query: str) -> None:
    rows = _people(1500)
    ranked = rank_rows(rows, query)
    assert isinstance(ranked, RankedRows)
    assert _everything(ranked) == _ranked_eagerly(rows, query)


def test_a_keystroke_ranks_a_screenful_and_the_list_asks_for_the_rest() -> None:
    rows = _people(3000)
    ranked = rank_rows(rows, "a")
    assert isinstance(ranked, RankedRows)
    assert len(ranked) == FIRST_ROWS and not ranked.complete
    first = [row.record.id for row in ranked]
    # The first rows are the best: names starting with "a", people not yet here.
    assert all(row.check_in is None and row.tier == 0 for row in ranked)
    more = ranked.prepare()
    assert more > FIRST_ROWS and len(ranked) == FIRST_ROWS  # nothing shown until show()
    ranked.show(more)
    assert [row.record.id for row in ranked][:FIRST_ROWS] == first


def test_plausible_counts_the_whole_best_tier_and_keeps_the_rows_shown() -> None:
    rows = _people(3000)
    ranked = rank_rows(rows, "ka")
    assert isinstance(ranked, RankedRows)
    shown = [row.record.id for row in ranked]
    eager = _ranked_eagerly(rows, "ka")
    test = compile_ranker("ka")
    assert test is not None
    best = sum(
        1 for row in rows
        if row.record.id in set(eager) and test(name_key(row.record.first_name,
                                                          row.record.last_name)) == 0
    )  # fmt: skip
    assert ranked.plausible() == best
    assert [row.record.id for row in ranked] == shown
    assert _everything(ranked) == eager


def test_one_match_is_complete_at_once() -> None:
    rows = _people(50)
    rows.append(_Row(ParticipantRecord(id=999, first_name="Örjan", last_name="Qvist",
                                       search_key=search_key("Örjan", "Qvist")), None,
                     search_key("Örjan", "Qvist")))  # fmt: skip
    ranked = rank_rows(rows, "qvis")
    assert isinstance(ranked, RankedRows)
    assert ranked.complete and [row.record.id for row in ranked] == [999]
    assert ranked.plausible() == 1


def test_typing_on_narrows_a_complete_result_and_a_new_order_is_searched_afresh() -> None:
    rows = _people(800)
    before = rank_rows(rows, "kaln")
    assert isinstance(before, RankedRows) and before.matches() is not None
    assert narrows("kaln", "kalni")
    after = rank_rows(rows, "kalni", before)
    assert _everything(after) == _ranked_eagerly(rows, "kalni")  # type: ignore[arg-type]
    rows.sort(key=lambda row: row.record.id, reverse=True)  # the list's text is made again
    again = rank_rows(rows, "kalni")
    assert _everything(again) == _ranked_eagerly(rows, "kalni")  # type: ignore[arg-type]


def test_an_empty_query_shows_everyone_unranked() -> None:
    rows = _people(20)
    assert rank_rows(rows, "") is rows
    assert rank_rows(rows, "   ") is rows


def test_a_plain_list_is_searched_too() -> None:
    rows = _people(400)
    ranked = rank_rows(list(rows), "sok")
    assert _everything(ranked) == _ranked_eagerly(rows, "sok")  # type: ignore[arg-type]


def test_both_scripts_and_diacritics_find_each_other() -> None:
    rows = _people(600)
    latin = _everything(rank_rows(rows, "sokolova"))  # type: ignore[arg-type]
    cyrillic = _everything(rank_rows(rows, "соколова"))  # type: ignore[arg-type]
    assert set(latin) == set(cyrillic) and latin
    assert _everything(rank_rows(rows, "koiv")) == _everything(rank_rows(rows, "kõiv"))  # type: ignore[arg-type]
