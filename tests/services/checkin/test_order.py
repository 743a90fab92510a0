"""The one participant order: door list, sign-in sheet, badges, report and workbook agree."""

from __future__ import annotations

import datetime as dt

from dialogue_desk.services import checkin
from dialogue_desk.services.checkin import ParticipantData, in_name_order, sort_key
from dialogue_desk.services.events import EventData, create_event

PEOPLE = [("Ilze", "Šimkēviča"), ("Jānis", "Ābele"), ("Gunnar", "Öberg"), ("Åsa", "Ångström"),
          ("Svetlana", "Смирнова"), ("Anna", "Sīle"), ("Olev", "Õun"), ("Mari", "Ozols"),
          ("Peeter", "Abols"), ("Aino", "Ābele")]  # fmt: skip


def _last_names(language: str) -> list[str]:
    people = [ParticipantData(first_name=f, last_name=last) for f, last in PEOPLE]
    return [f"{p.last_name} {p.first_name}" for p in in_name_order(people, language)]


def test_each_language_sorts_as_its_readers_expect() -> None:
    assert _last_names("lv") == [
        "Ābele Aino", "Ābele Jānis", "Abols Peeter", "Ångström Åsa", "Öberg Gunnar",
        "Õun Olev", "Ozols Mari", "Sīle Anna", "Šimkēviča Ilze", "Смирнова Svetlana",
    ]  # fmt: skip
    assert _last_names("sv") == [
        "Ābele Aino", "Ābele Jānis", "Abols Peeter", "Õun Olev", "Ozols Mari",
        "Sīle Anna", "Šimkēviča Ilze", "Ångström Åsa", "Öberg Gunnar", "Смирнова Svetlana",
    ]  # fmt: skip
    assert _last_names("et")[-3:] == ["Õun Olev", "Öberg Gunnar", "Смирнова Svetlana"]
    assert _last_names("ru")[0] == "Смирнова Svetlana"  # Russian puts its own script first


def test_the_door_list_is_in_the_one_order(store) -> None:
    day = dt.date(2026, 5, 4)
    event = create_event(store, EventData(title="Door", start_date=day, end_date=day))
    for first, last in reversed(PEOPLE):
        checkin.add_participant(store, event.id, ParticipantData(first_name=first, last_name=last))
    door = checkin.list_participants(store, event.id)  # the interface language: English here
    assert door == in_name_order(door, "en")
    assert [p.last_name for p in door][:3] == ["Ābele", "Ābele", "Abols"]
    assert sorted(door, key=sort_key) == door


def test_namesakes_keep_registration_order() -> None:
    a = checkin.ParticipantRecord(first_name="Mari", last_name="Tamm", id=2)
    b = checkin.ParticipantRecord(first_name="Mari", last_name="Tamm", id=1)
    assert in_name_order([a, b], "et") == [b, a]
