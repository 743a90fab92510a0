"""Agenda import from spreadsheets: headers in five languages, bad rows refused, CLI."""

from __future__ import annotations

import datetime as dt

import pytest

from dialogue_desk import cli
from dialogue_desk.exchange.agenda_sheet import (
    parse_date,
    parse_minutes,
    parse_time,
    read_agenda,
)
from dialogue_desk.exchange.tabular import TableReadError
from dialogue_desk.services import agenda
from dialogue_desk.services.agenda import error_lines, import_agenda, outside_days, preview_days
from dialogue_desk.services.errors import ServiceError
from dialogue_desk.services.events import EventData, create_event
from dialogue_desk.store.enums import AgendaKind

FIRST = dt.date(2026, 12, 1)


@pytest.fixture
def event_id(store) -> int:
    return create_event(
        store, EventData(title="Tallinn", start_date=FIRST, end_date=FIRST + dt.timedelta(days=1))
    ).id


def write(tmp_path, text: str, name: str = "agenda.csv", encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


def test_sample_from_2013_moved_onto_event_days(store, event_id, samples):
    preview = read_agenda(samples / "agenda_tallinn.xlsx", FIRST)
    assert preview.sound and len(preview.items) == 7
    assert set(preview.mapping.values()) >= {"day", "start", "end", "title", "kind", "room"}
    assert outside_days(preview, FIRST, FIRST + dt.timedelta(days=1)) == preview_days(preview)
    assert import_agenda(store, event_id, preview, move_dates=True) == 7
    items = agenda.list_items(store, event_id)
    assert [i.day for i in items] == [FIRST] * 5 + [FIRST + dt.timedelta(days=1)] * 2
    assert items[2].kind is AgendaKind.PANEL and items[5].kind is AgendaKind.WORLD_CAFE
    assert items[0].start_time == dt.time(9, 30)


def test_sample_kept_dates_are_flagged(store, event_id, samples):
    import_agenda(store, event_id, read_agenda(samples / "agenda_tallinn.xlsx", FIRST))
    items = agenda.list_items(store, event_id)
    problems = agenda.agenda_problems(items, FIRST, FIRST + dt.timedelta(days=1))
    assert len(problems) == 7


@pytest.mark.parametrize(
    "header",
    [
        "Kuupäev;Algus;Lõpp;Pealkiri;Tüüp;Läbiviija;Ruum",
        "Datums;Sākums;Beigas;Nosaukums;Veids;Vadītājs;Telpa",
        "Datum;Starttid;Sluttid;Titel;Typ;Ledare;Rum",
        "Дата;Начало;Конец;Название;Тип;Ведущий;Зал",
    ],
)
def test_headers_in_other_languages(store, event_id, tmp_path, header):
    path = write(tmp_path, f"{header}\n01.12.2026;9.30;10:15;Avamine — Открытие;Paus;Jānis;A\n")
    preview = read_agenda(path, FIRST)
    assert preview.sound, error_lines(preview)
    item = preview.items[0]
    assert (item.day, item.start_time, item.end_time) == (FIRST, dt.time(9, 30), dt.time(10, 15))
    assert item.facilitators == "Jānis" and item.room == "A"


def test_kind_names_in_languages_and_duration_column(tmp_path):
    path = write(
        tmp_path,
        "Start,Minutes,Title,Kind\n9:00,30,A,Kohvipaus\n9:30,90 min,B,"
        "Работа в группах\n11:00,1:00,C,Världscafé\n12:00,60,D,Something new\n",
    )
    preview = read_agenda(path, FIRST)
    assert preview.sound
    kinds = [i.kind for i in preview.items]
    assert kinds == [
        AgendaKind.BREAK,
        AgendaKind.GROUP_DISCUSSION,
        AgendaKind.WORLD_CAFE,
        AgendaKind.OTHER,
    ]
    assert preview.items[1].end_time == dt.time(11, 0)
    assert preview.rows[3].warnings and all(i.day == FIRST for i in preview.items)


def test_bad_rows_refused_with_row_numbers_nothing_written(store, event_id, tmp_path):
    path = write(
        tmp_path,
        "Date,Start,End,Title\n2026-12-01,09:00,10:00,Good\n\n"
        "2026-12-01,10:00,09:30,Backwards\n31.02.2026,11:00,12:00,Bad date\n"
        "2026-12-01,12:00,,No end\n",
    )
    preview = read_agenda(path, FIRST)
    assert not preview.sound
    lines = error_lines(preview)
    assert any(line.startswith("Row 4:") for line in lines)
    assert any(line.startswith("Row 5:") for line in lines)
    # A row without an end is not refused: it ends after the default length, with a warning.
    assert not any(line.startswith("Row 6:") for line in lines)
    assert any(w.startswith("Rows 6:") for w in preview.warnings)
    with pytest.raises(ServiceError):
        import_agenda(store, event_id, preview)
    assert agenda.list_items(store, event_id) == []


def test_missing_columns_and_unreadable_files(tmp_path):
    preview = read_agenda(write(tmp_path, "Name,Email\nA,b\n"), FIRST)
    assert not preview.sound and "no column was recognised for" in preview.problems[0]
    assert "“Email”" in preview.problems[0] and "list of people" in preview.problems[0]
    with pytest.raises(TableReadError):
        read_agenda(write(tmp_path, "", name="empty.csv"), FIRST)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(TableReadError):
        read_agenda(broken, FIRST)


def test_parsers():
    assert parse_date("15.04.2013") == dt.date(2013, 4, 15)
    assert parse_date("2013-04-15 00:00") == dt.date(2013, 4, 15)
    assert parse_time("9.30") == dt.time(9, 30)
    assert parse_time("2:15 PM") == dt.time(14, 15)
    assert parse_time("09:30:00") == dt.time(9, 30)
    assert parse_minutes("1h30") == 90
    with pytest.raises(ValueError):
        parse_time("25:00")


def test_import_appends_in_time_order_and_replace(store, event_id, tmp_path):
    agenda.add_item(
        store, event_id, agenda.AgendaItemData(FIRST, dt.time(10, 0), dt.time(10, 30), "Existing")
    )
    path = write(
        tmp_path,
        "Date,Start,End,Title\n2026-12-01,09:00,10:00,Early\n2026-12-01,10:30,11:00,Later\n",
    )
    import_agenda(store, event_id, read_agenda(path, FIRST))
    assert [i.title for i in agenda.list_items(store, event_id)] == ["Early", "Existing", "Later"]
    import_agenda(store, event_id, read_agenda(path, FIRST), replace=True)
    assert [i.title for i in agenda.list_items(store, event_id)] == ["Early", "Later"]


def test_cli_import_agenda(store_path, samples, capsys):
    store_arg = ["--db", str(store_path)]
    assert (
        cli.main(
            [
                "new-event",
                "--title",
                "Tallinn",
                "--start",
                "2026-12-01",
                "--end",
                "2026-12-02",
                *store_arg,
            ]
        )
        == 0
    )
    capsys.readouterr()
    sample = str(samples / "agenda_tallinn.xlsx")
    assert cli.main(["import-agenda", "1", sample, *store_arg]) == 1
    assert "--move-dates" in capsys.readouterr().err
    assert cli.main(["import-agenda", "Tallinn", sample, "--move-dates", *store_arg]) == 0
    assert "Imported 7" in capsys.readouterr().out
    assert cli.main(["import-agenda", "1", str(samples / "registrations_et.xlsx"), *store_arg]) == 1
    assert "nothing was imported" in capsys.readouterr().err


def test_pinned_column_and_items_not_pinned_by_default(tmp_path):
    path = write(
        tmp_path, "Start,End,Title,Fixed\n9:00,10:00,A,\n10:00,11:00,B,jah\n12:00,13:00,C,да\n"
    )
    preview = read_agenda(path, FIRST)
    assert [i.pinned for i in preview.items] == [False, True, True]


def test_one_time_column_with_ranges(tmp_path):
    text = "Aeg;Teema;Ruum\n9.30–10.15;Avamine;Saal\n10:15 - 11:00;Paneel;Saal\n11-12;Lõuna;\n"
    preview = read_agenda(write(tmp_path, text), FIRST)
    assert preview.sound, error_lines(preview)
    assert [(i.start_time, i.end_time) for i in preview.items] == [
        (dt.time(9, 30), dt.time(10, 15)),
        (dt.time(10, 15), dt.time(11, 0)),
        (dt.time(11, 0), dt.time(12, 0)),
    ]
