"""Reading within bounds: hostile, broken and odd files are refused with a message, fast."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from dialogue_desk.exchange import table_rows, tabular
from dialogue_desk.exchange.agenda_times import (
    DayError,
    EventDays,
    parse_day,
    parse_minutes,
    parse_time,
    parse_time_range,
)
from dialogue_desk.exchange.countries import parse_country
from dialogue_desk.exchange.headers import MappingError, header_keys, parse_map_options, recognise
from dialogue_desk.exchange.registration_headers import FIELD_SYNONYMS
from dialogue_desk.exchange.registration_values import split_full_name
from dialogue_desk.exchange.registrations import import_participants
from dialogue_desk.exchange.tabular import TableReadError, read_table
from dialogue_desk.services.checkin import ImportRefusedError, list_participants
from dialogue_desk.services.errors import ServiceError
from dialogue_desk.services.events import EventData, create_event


@pytest.fixture
def event_id(store):  # type: ignore[no-untyped-def]
    day = dt.date(2026, 5, 4)
    return create_event(store, EventData(title="Bounds", start_date=day, end_date=day)).id


def _workbook(tmp_path: Path, rows: list[list[object]], name: str = "list.xlsx") -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    path = tmp_path / name
    book.save(path)
    return path


def test_a_row_of_a_million_empty_fields_is_not_padded(tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "wide.csv"
    body = "".join(f"P{n},Q{n}\n" for n in range(2000))
    path.write_text("First name,Last name\n" + "," * 1_000_000 + "\n" + body, encoding="utf-8")
    table = read_table(path)
    assert len(table.rows) == 2000 and max(len(v) for _, v in table.rows) == 2


def test_too_many_columns_rows_or_characters_are_refused(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    wide = tmp_path / "wide.csv"
    wide.write_text("A,B\n" + ",".join("x" * 1 for _ in range(1200)) + "\n", encoding="utf-8")
    with pytest.raises(TableReadError, match="row 2 has 1200 columns"):
        read_table(wide)
    long = tmp_path / "long.csv"
    long.write_text("First name;Notes\nAnna;" + "x" * 40_000 + "\n", encoding="utf-8")
    with pytest.raises(TableReadError, match="row 2, column 2"):
        read_table(long)
    monkeypatch.setattr(table_rows, "MAX_ROWS", 50)
    many = tmp_path / "many.csv"
    many.write_text("Name\n" + "".join(f"P {n}\n" for n in range(80)), encoding="utf-8")
    with pytest.raises(TableReadError, match="more than 50 rows"):
        read_table(many)
    with pytest.raises(TableReadError, match="more than 50 rows"):
        read_table(_workbook(tmp_path, [["Name"], *([f"P {n}"] for n in range(80))]))


def test_a_workbook_that_unpacks_too_far_is_refused_before_reading(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    path = _workbook(tmp_path, [["Name"], *([f"Person number {n}"] for n in range(3000))])
    monkeypatch.setattr(tabular, "MAX_HELD_PART", 10_000)
    with pytest.raises(TableReadError, match="unpacks to"):
        read_table(path)


def test_damaged_workbooks_never_end_in_an_unexpected_failure(tmp_path, store, event_id):  # type: ignore[no-untyped-def]
    good = _workbook(tmp_path, [["First name", "Last name"], ["Anna", "Tamm"]]).read_bytes()
    damaged = []
    for offset in range(40, len(good), max(1, len(good) // 60)):
        flipped = bytearray(good)
        flipped[offset] ^= 0xFF
        damaged.append(bytes(flipped))
    damaged += [good[: len(good) // 2], good[:100], b"PK\x03\x04" + b"\x00" * 50]
    for number, data in enumerate(damaged):
        path = tmp_path / f"damaged{number}.xlsx"
        path.write_bytes(data)
        with contextlib.suppress(ServiceError):  # refused with a message: what a user must get
            import_participants(store, event_id, path)
    assert len(list_participants(store, event_id)) <= len(damaged)


def test_xml_damage_inside_a_sound_zip_is_refused(tmp_path):  # type: ignore[no-untyped-def]
    good = _workbook(tmp_path, [["Name"], ["Anna Tamm"]])
    source = zipfile.ZipFile(good)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2] + b"<row><c><<<" + data[len(data) // 2 :]
            target.writestr(info.filename, data)
    path = tmp_path / "xml.xlsx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(TableReadError, match="not a readable .xlsx"):
        read_table(path)


def test_control_characters_and_invisible_marks_are_removed(store, event_id, tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "controls.csv"
    path.write_text(
        "First name,Last name,Notes\n"
        '"\x01=HYPERLINK(""http://evil.example/"",""x"")",Tamm,"bell\x07 esc\x1b"\n'
        "\ufeffKadri,\u202eKask,ok\n",
        encoding="utf-8",
    )
    result = import_participants(store, event_id, path)
    people = list_participants(store, event_id)
    text = "".join(p.first_name + p.last_name + p.notes for p in people)
    assert not any(ord(ch) < 32 or ch in "\ufeff\u202e" for ch in text)
    assert {p.last_name for p in people} == {"Tamm", "Kask"}
    assert any("control characters" in w for w in result.warnings)


def test_byte_order_marks_in_the_wrong_place(tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "bom16.csv"
    path.write_bytes(b"\xff\xfe" + "First name;Last name\nJüri;Tamm\n".encode())
    table = read_table(path)
    assert table.headers == ["First name", "Last name"] and table.rows[0][1] == ["Jüri", "Tamm"]


def test_binary_and_unknown_files_are_refused(tmp_path):  # type: ignore[no-untyped-def]
    binary = tmp_path / "list.csv"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(TableReadError, match="not a text file"):
        read_table(binary)
    ods = tmp_path / "list.ods"
    ods.write_bytes(b"PK")
    with pytest.raises(TableReadError, match="save it as .xlsx or .csv"):
        read_table(ods)


# --- recognition ---------------------------------------------------------------------------


def test_headers_are_recognised_without_what_tools_add() -> None:
    headers = ["Name (Original Name)", "Attendee name: Given name", "3. Organisation *",
               "What is your e-mail address?", "Order #", "Courriel", "Vorname", "ПІБ"]  # fmt: skip
    mapping = recognise(headers, FIELD_SYNONYMS).mapping
    assert mapping == {0: "full_name", 1: "first_name", 2: "organisation", 3: "email",
                       7: "full_name_last_first"}  # fmt: skip
    assert header_keys("Order #") == []


def test_map_options_name_columns_and_fields_in_any_spelling() -> None:
    headers = ["Nimi", "Company Name", "Hora"]
    assert parse_map_options(["company name=Organisation", "Nimi=-"], headers, FIELD_SYNONYMS) == {
        1: "organisation", 0: ""}  # fmt: skip
    with pytest.raises(MappingError, match="There is no column"):
        parse_map_options(["Firma=organisation"], headers, FIELD_SYNONYMS)
    with pytest.raises(MappingError, match="is not a field"):
        parse_map_options(["Hora=shoe size"], headers, FIELD_SYNONYMS)
    with pytest.raises(MappingError, match="Header=field"):
        parse_map_options(["Hora"], headers, FIELD_SYNONYMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("Іваненко Петро Олександрович", ("Петро Олександрович", "Іваненко")),
    ("Пётр Ильич Чайковский", ("Пётр Ильич", "Чайковский")),
    ("Kask, Jüri", ("Jüri", "Kask")),
    ("DUPONT Jean", ("Jean", "DUPONT")),
    ("Anna van der Berg", ("Anna", "van der Berg")),
    ("Mati Kask (iPhone)", ("Mati", "Kask")),
    ("Ольга (Ольга Смирнова)", ("Ольга", "Смирнова")),
])  # fmt: skip
def test_full_names_are_split(text, expected) -> None:  # type: ignore[no-untyped-def]
    assert split_full_name(text, "full_name") == expected


@pytest.mark.parametrize(("text", "code"), [
    ("Italy", "IT"), ("BANGLADESH", "BD"), ("ITA", "IT"), ("United States", "US"),
    ("Itaalia", "IT"), ("Itālija", "IT"), ("Италия", "IT"), ("Italie", "IT"), ("Włochy", "IT"),
    ("Італія", "IT"), ("Saksamaa", "DE"), ("Vācija", "DE"), ("Tyskland", "DE"), ("Saksa", "DE"),
    ("Vokietija", "DE"), ("Russian Federation", "RU"), ("ee", "EE"), ("Nowhere land", None),
])  # fmt: skip
def test_countries_by_any_name_or_code(text, code) -> None:  # type: ignore[no-untyped-def]
    assert parse_country(text) == code


# --- dates and times -----------------------------------------------------------------------

DAYS = EventDays(dt.date(2026, 4, 2), dt.date(2026, 4, 4))  # Thursday to Saturday


@pytest.mark.parametrize(("text", "day"), [
    ("2026-04-03", dt.date(2026, 4, 3)), ("3.4.2026", dt.date(2026, 4, 3)),
    ("1", dt.date(2026, 4, 2)), ("Day 2", dt.date(2026, 4, 3)), ("Päev 3", dt.date(2026, 4, 4)),
    ("Thursday", dt.date(2026, 4, 2)), ("Freitag", dt.date(2026, 4, 3)),
    ("суббота", dt.date(2026, 4, 4)), ("Thu", dt.date(2026, 4, 2)),
    ("April 3", dt.date(2026, 4, 3)), ("3. April", dt.date(2026, 4, 3)),
    ("3 апреля", dt.date(2026, 4, 3)), ("3. aprill", dt.date(2026, 4, 3)),
    ("3 avril", dt.date(2026, 4, 3)), ("3.4.", dt.date(2026, 4, 3)),
    ("Friday, 3 April 2026", dt.date(2026, 4, 3)), ("3 kwietnia", dt.date(2026, 4, 3)),
    ("3. aprīlī", dt.date(2026, 4, 3)), ("3 квітня", dt.date(2026, 4, 3)),
    ("3. huhtikuuta", dt.date(2026, 4, 3)), ("April 3rd", dt.date(2026, 4, 3)),
])  # fmt: skip
def test_days_as_programmes_write_them(text, day) -> None:  # type: ignore[no-untyped-def]
    assert parse_day(text, DAYS) == day


def test_a_weekday_the_event_lacks_or_has_twice_is_explained() -> None:
    with pytest.raises(DayError, match="no such day"):
        parse_day("Monday", DAYS)
    with pytest.raises(DayError, match="2 days of that name"):
        parse_day("Thursday", EventDays(dt.date(2026, 4, 2), dt.date(2026, 4, 9)))


@pytest.mark.parametrize(("text", "start", "end"), [
    ("14:00-15:30 Uhr", (14, 0), (15, 30)), ("09:00\u201309:30", (9, 0), (9, 30)),
    ("07:00 AM - 11:59 PM", (7, 0), (23, 59)), ("9-10", (9, 0), (10, 0)),
    ("9h30 \u00e0 10h15", (9, 30), (10, 15)), ("11-1 pm", (11, 0), (13, 0)),
    ("9:30 to 10:15", (9, 30), (10, 15)), ("19:00 \u2014 00:00", (19, 0), (0, 0)),
    ("12.30 bis 13.30 Uhr", (12, 30), (13, 30)), ("kl. 10", (10, 0), None),
])  # fmt: skip
def test_time_ranges_in_one_cell(text, start, end) -> None:  # type: ignore[no-untyped-def]
    got = parse_time_range(text)
    assert (got[0].hour, got[0].minute) == start
    assert (None if got[1] is None else (got[1].hour, got[1].minute)) == end


def test_single_times_and_durations() -> None:
    assert parse_time("12:00 AM") == dt.time(0) and parse_time("12 PM") == dt.time(12)
    assert parse_time("14 Uhr") == dt.time(14) and parse_time("0.375") == dt.time(9)
    assert parse_time("2026-04-02 09:15") == dt.time(9, 15)
    assert parse_minutes("1:30") == 90 and parse_minutes("1.5 h") == 90
    assert parse_minutes("45 min") == 45
    with pytest.raises(ValueError):
        parse_time("13 PM")


def test_every_problem_of_a_programme_at_once(tmp_path):  # type: ignore[no-untyped-def]
    from dialogue_desk.exchange.agenda_sheet import read_agenda

    path = tmp_path / "agenda.csv"
    path.write_text("Day,Start,End,Title\nMonday,09:00,10:00,\n1,25:00,26:00,Late\n"
                    "2,10:00,09:00,Backwards\n", encoding="utf-8")  # fmt: skip
    preview = read_agenda(path, DAYS.first, last_day=DAYS.last)
    problems = {r.row: r.problems for r in preview.rows}
    assert len(problems[2]) == 2  # the weekday and the missing title, together
    assert len(problems[3]) == 2 and problems[4]


def test_moving_dates_too_far_is_a_message_not_a_crash(store, tmp_path):  # type: ignore[no-untyped-def]
    from dialogue_desk.exchange.agenda_sheet import read_agenda
    from dialogue_desk.services.agenda import import_agenda

    event = create_event(store, EventData(title="Far", start_date=dt.date(2026, 5, 4),
                                          end_date=dt.date(2026, 5, 4)))  # fmt: skip
    path = tmp_path / "far.csv"
    path.write_text("Date,Start,End,Title\n0001-01-01,09:00,10:00,A\n9999-12-31,09:00,10:00,B\n",
                    encoding="utf-8")  # fmt: skip
    preview = read_agenda(path, event.start_date)
    with pytest.raises(ServiceError, match="too far apart"):
        import_agenda(store, event.id, preview, move_dates=True)


def test_refusal_names_the_file_and_the_headers(store, event_id, tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "nonames.csv"
    path.write_text("Organisation;Role\nRīgas dome;boss\n", encoding="utf-8")
    with pytest.raises(ImportRefusedError, match="\u201cOrganisation\u201d, \u201cRole\u201d"):
        import_participants(store, event_id, path)


def test_a_list_without_a_header_row_is_read_by_what_the_columns_hold(store, event_id, tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "nohead.csv"
    path.write_text("Anna Tamm,anna@example.ee\nJüri Kask,jyri@example.ee\n", encoding="utf-8")
    result = import_participants(store, event_id, path)
    people = {(p.first_name, p.last_name, p.email) for p in list_participants(store, event_id)}
    assert people == {("Anna", "Tamm", "anna@example.ee"), ("Jüri", "Kask", "jyri@example.ee")}
    assert any("no header row" in w for w in result.warnings)


@pytest.mark.parametrize("headers", [
    # pretix check-in list
    ["Order code", "Attendee name", "Attendee name: Title", "Attendee name: Given name",
     "Attendee name: Family name", "Product", "E-mail", "Company"],
    # Indico registrants
    ["ID", "Title", "First Name", "Last Name", "Email Address", "Affiliation", "Position",
     "Country", "Phone"],
    # CiviCRM contacts
    ["Contact ID", "Display Name", "First Name", "Last Name", "Email", "Current Employer",
     "Job Title", "Country"],
    # Microsoft Forms
    ["ID", "Start time", "Completion time", "Email", "Name", "Organisation"],
])  # fmt: skip
def test_tool_exports_find_names_email_and_organisation(headers) -> None:  # type: ignore[no-untyped-def]
    fields = set(recognise(headers, FIELD_SYNONYMS).mapping.values())
    assert fields & {"first_name", "full_name"} and "email" in fields
    assert "organisation" in fields or "Product" in headers
