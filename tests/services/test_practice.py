"""Practice mode: a separate store, a fresh event dated today, exercises that tick themselves."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select

from dialogue_desk.paths import practice_store_path
from dialogue_desk.services.events import list_events
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


# --- the practice event in the interface language -------------------------------------------

LANGUAGES = ("en", "et", "lv", "sv", "ru")
#: Words a trainee would see on the first screen of each language's practice event.
TITLES = {
    "en": "Practice: dialogue platform Tallinn",
    "et": "Harjutus: Tallinna dialoogiplatvorm",
    "lv": "Izmēģinājums: Rīgas dialoga platforma",
    "sv": "Övning: dialogplattform Södertälje",
    "ru": "Тренировка: диалоговая платформа Таллина",
}


def _practice(language: str):  # type: ignore[no-untyped-def]
    store = open_store(practice_store_path())
    return store, ensure_practice_event(store, language)


def _people(store, event_id: int) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    with store.session() as s:
        rows = s.execute(
            select(Participant.first_name, Participant.last_name)
            .where(Participant.event_id == event_id)
            .order_by(Participant.id)
        )
        return [tuple(r) for r in rows]  # fmt: skip


@pytest.mark.parametrize("language", LANGUAGES)
def test_practice_event_is_written_in_the_interface_language(data_home, language) -> None:
    from dialogue_desk.services.demo_texts import DAY_ONE, DAY_TWO
    from dialogue_desk.services.evaluation import form_title, get_form, list_forms

    store, event_id = _practice(language)
    with store.session() as s:
        event = s.get(Event, event_id)
        assert event.title == TITLES[language]
        assert event.languages.split(",")[0] == language  # the event's own language first
        items = s.scalars(select(AgendaItem).where(AgendaItem.event_id == event_id)
                          .order_by(AgendaItem.day, AgendaItem.position)).all()  # fmt: skip
        titles = [i.title for i in items]
        rooms = {i.room for i in items}
    plan = DAY_ONE + DAY_TWO
    assert titles == [title[language] for _start, _minutes, title, *_rest in plan]
    assert {room[language] for *_first, room in plan} == rooms
    [info] = list_forms(store, event_id)
    form = get_form(store, info.id)
    assert form.language == language  # the built-in form shows first in that language
    assert form_title(form, language) == form.title
    store.close()


def test_every_language_has_its_own_texts_and_the_same_people(data_home) -> None:
    made = {}
    for language in LANGUAGES:
        store, event_id = _practice(language)
        with store.session() as s:
            agenda = s.scalars(select(AgendaItem.title).where(AgendaItem.event_id == event_id)
                               .order_by(AgendaItem.day, AgendaItem.position)).all()  # fmt: skip
        made[language] = (_people(store, event_id), agenda)
        store.close()
        reset_practice_store(practice_store_path(), "en").close()
    english_people, english_agenda = made["en"]
    for language, (people, agenda) in made.items():
        assert people == english_people, language  # names stay as registered
        if language != "en":
            # "Lunch" is Swedish too; everything else is written anew.
            same = [a for a, b in zip(agenda, english_agenda, strict=True) if a == b]
            assert set(same) <= {"Lunch"}, (language, same)
    cyrillic = "".join(made["ru"][1])
    assert sum("\u0400" <= ch <= "\u04ff" for ch in cyrillic) > len(cyrillic) // 2


def test_an_untouched_practice_event_follows_a_change_of_language(data_home) -> None:
    store, first = _practice("en")
    again = ensure_practice_event(store, "ru")
    [event] = list_events(store)
    assert event.id == again and event.title == TITLES["ru"]
    assert ensure_practice_event(store, "ru") == again  # nothing to change: kept
    store.close()


def test_a_practice_event_with_work_in_it_is_kept_in_its_language(data_home) -> None:
    store, event_id = _practice("et")
    with store.session() as s:
        s.add(Note(event_id=event_id, text="harjutan"))
    assert ensure_practice_event(store, "sv") == event_id
    [event] = list_events(store)
    assert event.title == TITLES["et"]
    store.close()
    # Reset practice after switching the interface language gives the new language.
    with reset_practice_store(practice_store_path(), "sv") as fresh:
        [event] = list_events(fresh)
        assert event.title == TITLES["sv"]


def test_an_edited_practice_event_counts_as_touched(data_home) -> None:
    store, event_id = _practice("lv")
    with store.session() as s:
        item = s.scalars(select(AgendaItem).where(AgendaItem.event_id == event_id)).first()
        item.title = "Mans nosaukums"
        item.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(seconds=30)
    assert ensure_practice_event(store, "en") == event_id
    store.close()


def test_practice_language_defaults_to_the_interface_language(data_home, monkeypatch) -> None:
    import dialogue_desk.services.practice as practice

    monkeypatch.setattr(practice, "ui_language", lambda: "lv")
    assert practice.practice_language() == "lv"
    assert practice.practice_language("ru_RU") == "ru"
    assert practice.practice_language("xx") == "en"
    with open_store(practice_store_path()) as store:
        ensure_practice_event(store)
        [event] = list_events(store)
        assert event.title == TITLES["lv"]


def test_a_half_written_export_does_not_tick_the_close_exercise(data_home, tmp_path) -> None:
    store, event_id = _practice("en")
    with store.session() as s:
        s.get(Event, event_id).status = EventStatus.CLOSED
    folder = tmp_path / "practice-exports" / "2026-12-01 Practice - dialogue platform Tallinn"
    folder.mkdir(parents=True)
    (folder / "PRACTICE 2026-12-01 Practice.xlsx").write_bytes(b"x")
    (folder / ".dialogue-desk-k2j4x9.part.pdf").write_bytes(b"x")
    assert "close" not in _done(store, event_id, folder.parent)
    (folder / "PRACTICE 2026-12-01 Practice.pdf").write_bytes(b"x")
    assert "close" in _done(store, event_id, folder.parent)
    store.close()


def test_practice_exports_have_their_own_folder(data_home) -> None:
    from dialogue_desk.paths import exports_dir, practice_exports_dir
    from dialogue_desk.settings import Settings

    settings = Settings()
    settings.set_export_folder(data_home / "chosen")
    assert settings.export_folder() == data_home / "chosen"
    assert settings.export_folder(practice=True) == practice_exports_dir()
    assert practice_exports_dir() == data_home / "practice-exports" != exports_dir()


def test_a_title_with_a_colon_makes_a_readable_file_name() -> None:
    from dialogue_desk.exchange.files import dated_file_name, safe_file_stem

    assert safe_file_stem("Practice: dialogue platform Tallinn") == (
        "Practice - dialogue platform Tallinn"
    )
    assert safe_file_stem("Тренировка: диалоговая платформа Таллина") == (
        "Тренировка - диалоговая платформа Таллина"
    )
    assert safe_file_stem("10:30 a/b") == "10-30 a-b"
    name = dated_file_name(TITLES["lv"], ".xlsx", practice=True, day=dt.date(2026, 12, 1))
    assert name == "PRACTICE 2026-12-01 Izmēģinājums - Rīgas dialoga platforma.xlsx"
