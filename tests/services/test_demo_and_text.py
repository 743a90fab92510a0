"""Demo data and search folding."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from dialogue_desk.services.demo import create_demo_event
from dialogue_desk.services.text import fold, matches, search_key
from dialogue_desk.store.models import AgendaItem, Participant


def test_demo_is_deterministic_for_a_seed(store) -> None:
    import datetime as dt

    day = dt.date(2026, 4, 15)
    first = create_demo_event(store, participants=25, responses=3, seed=5, start=day)
    second = create_demo_event(store, participants=25, responses=3, seed=5, start=day)
    with store.session() as s:

        def names(event_id: int) -> list[tuple[str, str, str]]:
            rows = s.execute(
                select(Participant.first_name, Participant.last_name, Participant.organisation)
                .where(Participant.event_id == event_id)
                .order_by(Participant.id)
            )
            return [tuple(r) for r in rows]  # fmt: skip

        assert names(first) == names(second)
        scripts = "".join(n for row in names(first) for n in row)
        assert any("\u0400" <= ch <= "\u04ff" for ch in scripts)  # Cyrillic names
        assert any(ch in "āēīūķļņģšž" for ch in scripts)  # Latvian diacritics
        held = s.scalar(select(func.count()).select_from(AgendaItem).where(
            AgendaItem.event_id == first, AgendaItem.actual_start.is_not(None)))  # fmt: skip
        assert held and held >= 8


def test_fold_handles_diacritics_and_cyrillic() -> None:
    assert fold("Šķēle Kalniņš Jõesuu Ståhlberg") == "skele kalnins joesuu stahlberg"
    assert fold("Смирнова") == "smirnova"


def test_search_across_scripts_and_spellings() -> None:
    key = search_key("Алексей", "Смирнов", "Нарвский центр интеграции")
    for query in ("smir", "Alexei", "aleksey", "смир", "narv", "ал сми"):
        assert matches(query, key), query
    assert not matches("kalnins", key)
    assert matches("zhanna", search_key("Žanna"))
    assert matches("Янис", search_key("Jānis"))
    for query in ("jolkin", "yolkin", "elkin", "Ёлк"):
        assert matches(query, search_key("Фёдор", "Ёлкин")), query
    assert matches("fedor", search_key("Фёдор")) and matches("fyodor", search_key("Фёдор"))


@given(st.text())
def test_fold_never_fails_and_is_idempotent_on_ascii(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == fold(folded.lower())
