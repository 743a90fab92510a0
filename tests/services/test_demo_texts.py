"""The demo's texts in five languages, its people's names, and times that never lie ahead."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from dialogue_desk.services.demo import create_demo_event
from dialogue_desk.services.demo_people import (
    FEMALE_FIRST_NAMES,
    LATVIAN_SURNAMES,
    NAMES,
    agreeing_surname,
)
from dialogue_desk.services.demo_texts import (
    DAY_ONE,
    DAY_TWO,
    DEMO_LANGUAGES,
    NOTES,
    PLACES,
    ROLES,
    text_in,
)
from dialogue_desk.store.models import (
    ActionItem,
    AgendaItem,
    CheckIn,
    EvaluationForm,
    Event,
    Note,
    Participant,
    Response,
)


def _texts() -> list[dict[str, str]]:
    plan = DAY_ONE + DAY_TWO
    return [t for _s, _m, t, _k, _f, _r in plan] + [r for *_x, r in plan] + [n[2] for n in NOTES]


def test_every_text_is_written_in_all_five_languages() -> None:
    for texts in _texts():
        assert set(texts) == set(DEMO_LANGUAGES)
        assert all(text.strip() for text in texts.values()), texts
    for roles in ROLES.values():
        assert len(roles) == len(ROLES["en"])  # the same draw picks the same role
    assert set(PLACES) == set(DEMO_LANGUAGES)
    assert text_in({"en": "Lunch", "sv": "Lunch"}, "de") == "Lunch"


@pytest.mark.parametrize("language", ["et", "lv", "sv", "ru"])
def test_no_text_is_left_in_english(language: str) -> None:
    same = {t["en"] for t in _texts() if t[language] == t["en"]}
    # Swedish lunch is lunch; a quote stays in the language it was said in.
    assert same <= {"Lunch", "«Нас приглашают, когда решение уже принято.»"}, same
    assert PLACES[language].title != PLACES["en"].title


def test_surnames_agree_with_the_first_name() -> None:
    assert agreeing_surname("lv", "Rūta", "Dūmiņš") == "Dūmiņa"
    assert agreeing_surname("lv", "Ģirts", "Grīnberga") == "Grīnbergs"
    assert agreeing_surname("lv", "Ģirts", "Eglīte") == "Eglītis"
    assert agreeing_surname("lv", "Zane", "Šķēle") == "Šķēle"
    assert agreeing_surname("ru", "Ольга", "Морозов") == "Морозова"
    assert agreeing_surname("ru", "Дмитрий", "Яковлева") == "Яковлев"
    assert agreeing_surname("sv", "Åsa", "Öberg") == "Öberg"
    latvian_female = {f for _m, f in LATVIAN_SURNAMES}
    latvian_male = {m for m, _f in LATVIAN_SURNAMES}
    assert set(NAMES["lv"][1]) <= latvian_female | latvian_male


def test_demo_people_have_surnames_of_their_gender(store) -> None:  # type: ignore[no-untyped-def]
    event_id = create_demo_event(store, participants=300, responses=0, seed=3)
    with store.session() as s:
        people = s.execute(select(Participant.first_name, Participant.last_name,
                                  Participant.preferred_language)
                           .where(Participant.event_id == event_id)).all()  # fmt: skip
    feminine = {f for m, f in LATVIAN_SURNAMES if m != f}
    masculine = {m for m, f in LATVIAN_SURNAMES if m != f}
    for first, last, language in people:
        parts = last.split("-")
        if language == "lv":
            wrong = masculine if first in FEMALE_FIRST_NAMES else feminine
            assert not wrong & set(parts), (first, last)
        if language == "ru":
            female = first in FEMALE_FIRST_NAMES
            assert parts[0].endswith("а") == female, (first, last)


def test_the_demo_in_russian(store) -> None:  # type: ignore[no-untyped-def]
    event_id = create_demo_event(store, participants=30, responses=5, seed=2, language="ru")
    with store.session() as s:
        event = s.get(Event, event_id)
        assert event.title == PLACES["ru"].title and event.languages.startswith("ru,")
        rooms = set(s.scalars(select(AgendaItem.room).where(AgendaItem.event_id == event_id)))
        assert "Большой зал" in rooms and "Main hall" not in rooms
        notes = list(s.scalars(select(Note.text).where(Note.event_id == event_id)))
        assert "Каждое самоуправление назначает одно контактное лицо для объединений." in notes
        owners = set(s.scalars(select(ActionItem.owner)))
        assert "Andris Kalniņš" in owners  # names as registered
        form = s.scalars(select(EvaluationForm).where(EvaluationForm.event_id == event_id)).one()
        assert form.title == "Оценка диалогового мероприятия"
        assert form.languages.split(",")[0] == "ru"
        assert form.settings["titles"]["et"] == "Dialoogiürituse tagasiside"
        roles = set(s.scalars(select(Participant.role).where(Participant.event_id == event_id)))
        assert roles <= set(ROLES["ru"])


def test_latvian_roles_take_the_feminine_form(store) -> None:  # type: ignore[no-untyped-def]
    event_id = create_demo_event(store, participants=60, responses=0, language="lv")
    with store.session() as s:
        people = s.execute(select(Participant.first_name, Participant.role)
                           .where(Participant.event_id == event_id)).all()  # fmt: skip
    for first, role in people:
        if first in FEMALE_FIRST_NAMES:
            assert role not in ("Padomnieks", "Pētnieks", "Speciālists"), (first, role)
    with store.session() as s:
        event = s.get(Event, event_id)
        assert (event.city, event.country) == ("Rīga", "LV")
        notes = list(s.scalars(select(Note.text).where(Note.event_id == event_id)))
    assert any("Daugavpilī" in n for n in notes)


def test_the_classic_demo_is_unchanged_without_a_language(store) -> None:  # type: ignore[no-untyped-def]
    event_id = create_demo_event(store, participants=5, responses=1)
    with store.session() as s:
        event = s.get(Event, event_id)
        assert event.title == "Dialogue platform Tallinn — pilot event"
        assert event.languages == "et,ru,en"
        titles = list(s.scalars(select(AgendaItem.title).where(AgendaItem.event_id == event_id)
                                .order_by(AgendaItem.day, AgendaItem.position)))  # fmt: skip
        assert titles[:2] == ["Registration and coffee", "Opening: why we meet"]
        form = s.scalars(select(EvaluationForm).where(EvaluationForm.event_id == event_id)).one()
        assert (form.title, form.languages) == ("Dialogue event evaluation", "en,et,lv,sv,ru")


def test_nothing_dated_today_lies_in_the_future(store) -> None:  # type: ignore[no-untyped-def]
    """At 09:10 on day two no one has arrived later than 09:10 and no form was answered yet."""
    today = dt.date.today()
    now = dt.datetime.combine(today, dt.time(9, 10))
    event_id = create_demo_event(store, participants=80, responses=40, seed=4, now=now)
    with store.session() as s:
        arrivals = list(s.scalars(select(CheckIn.checked_in_at)
                                  .where(CheckIn.event_id == event_id)))  # fmt: skip
        answered = list(s.scalars(select(Response.submitted_at)
                                  .where(Response.event_id == event_id)))  # fmt: skip
    assert len(answered) == 40 and all(m <= now for m in arrivals + answered)
    assert any(m.date() == today for m in arrivals)  # today's door is already busy
    assert all(m.date() < today for m in answered)  # answered at the end of day one


def test_a_demo_dated_elsewhere_keeps_all_its_times(store) -> None:  # type: ignore[no-untyped-def]
    day = dt.date(2026, 4, 15)
    event_id = create_demo_event(store, participants=40, responses=6, seed=5, start=day)
    with store.session() as s:
        days = set(s.scalars(select(CheckIn.day).where(CheckIn.event_id == event_id)))
        answered = set(s.scalars(select(Response.submitted_at)))
    assert days == {day, day + dt.timedelta(days=1)}
    assert all(m.date() == day + dt.timedelta(days=1) for m in answered)


def test_notes_were_written_while_their_item_ran(store) -> None:  # type: ignore[no-untyped-def]
    day = dt.date(2026, 4, 15)
    event_id = create_demo_event(store, participants=5, responses=0, start=day, language="sv")
    with store.session() as s:
        rows = s.execute(select(Note.created_at, AgendaItem.actual_start, AgendaItem.actual_end)
                         .outerjoin(AgendaItem, Note.agenda_item_id == AgendaItem.id)
                         .where(Note.event_id == event_id)).all()  # fmt: skip
    for written, began, ended in rows:
        local = written.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
        assert local.date() == day
        if began is not None:
            assert began <= local <= ended + dt.timedelta(minutes=30)
