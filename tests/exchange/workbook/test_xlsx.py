"""The event workbook, read back with openpyxl: sheets, formats, injection, privacy, failures."""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue_desk.exchange import files as export_files
from dialogue_desk.exchange.files import ExportCancelled, ExportError
from dialogue_desk.exchange.workbook import event as xlsx_workbook
from dialogue_desk.exchange.workbook.cells import clean_text, sheet_name
from dialogue_desk.exchange.workbook.event import write_event_workbook
from dialogue_desk.services.errors import NotFoundError
from dialogue_desk.services.snapshot import participant_code
from dialogue_desk.store import open_store
from dialogue_desk.store.enums import NoteKind
from dialogue_desk.store.models import Event, Note, Participant

ENGLISH_SHEETS = ["Summary", "Agenda", "Participants", "Attendance", "Notes", "Action items",
                  "Evaluation responses", "Evaluation summary"]  # fmt: skip
TRICKY = ["=HYPERLINK(\"http://evil.example\",\"click\")", "=1+1", "+371 2000 1001", "@SUM(A1)",
          "-2+3", "Kalniņš <b>&amp;</b>", "Смирнова «Ж»"]  # fmt: skip


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the exports."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _cells(sheet):
    for row in sheet.iter_rows():
        yield from row


def _headers(sheet) -> list[str]:
    return [c.value for c in next(sheet.iter_rows(min_row=1, max_row=1))]


def _column(sheet, header: str) -> list:
    index = _headers(sheet).index(header)
    return [row[index] for row in sheet.iter_rows(min_row=2, values_only=True)]


def test_eight_sheets_in_order_tidy_and_printable(store, demo_event, out):
    path = write_event_workbook(store, demo_event, out / "event.xlsx")
    assert path == out / "event.xlsx"
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ENGLISH_SHEETS
    for sheet in book:
        header = next(sheet.iter_rows(min_row=1, max_row=1))
        assert all(c.font.bold for c in header), sheet.title
        assert all(isinstance(c.value, str) and c.value for c in header), sheet.title
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:{header[-1].column_letter}{sheet.max_row}"
        assert sheet.print_title_rows == "$1:$1"
        assert sheet.print_area and "&P" in sheet.oddFooter.right.text
        assert sheet.oddHeader.right.text == "&A" and sheet.oddHeader.left.text
        if sheet.sheet_properties.pageSetUpPr.fitToPage:
            assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
        assert all(sheet.column_dimensions[c.column_letter].width >= 6 for c in header)
    assert book["Agenda"].page_setup.orientation == "landscape"
    # nothing but the header is left out: every sheet but Summary has its data rows
    assert book["Participants"].max_row == 41
    assert book["Evaluation responses"].max_row == 13
    # no temporary file is left behind
    assert [p.name for p in out.iterdir()] == ["event.xlsx"]


def test_dates_times_and_numbers_are_real_cells(store, demo_event, out):
    book = openpyxl.load_workbook(write_event_workbook(store, demo_event, out / "e.xlsx"))
    agenda = book["Agenda"]
    for header in ("Planned start", "Planned end", "Actual start", "Actual end"):
        values = [v for v in _column(agenda, header) if v is not None]
        assert values and all(isinstance(v, dt.datetime) for v in values), header
    row = next(agenda.iter_rows(min_row=2, max_row=2))
    assert row[0].number_format == "yyyy-mm-dd" and row[2].number_format == "yyyy-mm-dd hh:mm"
    assert all(isinstance(v, int) for v in _column(agenda, "Planned minutes"))
    attendance = book["Attendance"]
    assert all(isinstance(v, dt.datetime) for v in _column(attendance, "Day"))
    assert next(attendance.iter_rows(min_row=2, max_row=2))[5].number_format == "hh:mm"
    ratings = _column(book["Evaluation responses"], "The topics were relevant to my work")
    assert all(isinstance(v, int) and 1 <= v <= 5 for v in ratings if v is not None)
    summary = {r[0]: r[1:] for r in book["Summary"].iter_rows(min_row=2, values_only=True)}
    assert summary["Participants"][0] == 40
    assert 0 < summary["Attendance rate (registered who came)"][0] <= 1
    assert summary["First day"][0].date() == dt.date.today() - dt.timedelta(days=1)
    means = {k: v for k, v in summary.items() if k.startswith("Mean rating")}
    assert means and all(2 <= v[0] <= 5 for v in means.values())
    shares = [v[1] for k, v in summary.items() if k.startswith("Stakeholder mix")]
    assert sum(shares) == pytest.approx(1.0)
    assert book["Notes"]["D1"].value == "Text"
    assert next(book["Notes"].iter_rows(min_row=2, max_row=2))[3].alignment.wrap_text


def test_user_text_is_never_a_formula(store, demo_event, out):
    with store.session() as s:
        people = s.query(Participant).filter_by(event_id=demo_event).order_by(Participant.id)
        for person, text in zip(people, TRICKY, strict=False):
            person.organisation = text
            person.first_name = text
        s.add(Note(event_id=demo_event, kind=NoteKind.NOTE, text="=1+1\x00\x07 bell\ufffe",
                   author="@SUM(A1)"))  # fmt: skip
    path = write_event_workbook(store, demo_event, out / "e.xlsx")
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name)
    book = openpyxl.load_workbook(path)
    # The sheet is in name order: the people changed are the first registered, P001, P002...
    by_code = dict(zip(_column(book["Participants"], "Code"),
                       _column(book["Participants"], "Organisation"), strict=True))  # fmt: skip
    assert [by_code[participant_code(i)] for i in range(1, len(TRICKY) + 1)] == TRICKY
    first = next(r for r in book["Participants"].iter_rows(min_row=2) if r[0].value == "P001")
    assert first[3].data_type == "s" and first[3].quotePrefix
    assert _column(book["Attendance"], "Organisation").count("=1+1") >= 0
    notes = book["Notes"]
    assert "=1+1 bell" in _column(notes, "Text")
    assert "@SUM(A1)" in _column(notes, "Author")
    for sheet in book:
        assert all(c.data_type != "f" for c in _cells(sheet))


def test_clean_text_and_sheet_names():
    assert clean_text("a\x00b\x1fc\td\ne\ufffe") == "abc\td\ne"
    assert len(clean_text("x" * 40000)) == 32767
    taken: set[str] = set()
    assert sheet_name("Notes: a/b [c]?*", taken) == "Notes \u2013 a-b -c---"
    long = "Оценка мероприятия — ответы участников"
    assert len(sheet_name(long, taken)) <= 31
    second = sheet_name(long, taken)
    assert second.endswith("(2)") and len(second) <= 31
    assert sheet_name("'quoted'") == "quoted"
    assert sheet_name("History") != "History"


def test_export_language_names_sheets_and_headers(store, demo_event, out, monkeypatch):
    def fake(code, context, text, n=-1):
        return f"RU {text} — с очень длинным переводом/[x]" if code == "ru" else text

    monkeypatch.setattr(xlsx_workbook, "translate_in", fake)
    book = openpyxl.load_workbook(
        write_event_workbook(store, demo_event, out / "ru.xlsx", language="ru")
    )
    assert len(book.sheetnames) == 8 and len(set(book.sheetnames)) == 8
    assert all(name.startswith("RU ") and len(name) <= 31 for name in book.sheetnames)
    assert _headers(book.worksheets[1])[0].startswith("RU Day")


def test_pseudonymised_workbook_has_no_personal_data(store, demo_event, out):
    with store.session() as s:
        people = s.query(Participant).filter_by(event_id=demo_event).all()
        personal = set()
        for p in people:
            personal |= {p.email, p.phone, f"{p.first_name} {p.last_name}"}
        personal.discard("")
        named = people[0]
        full = f"{named.first_name} {named.last_name}"
        s.add(Note(event_id=demo_event, kind=NoteKind.QUOTE, author=full, text=f"As {full} said"))
    path = write_event_workbook(store, demo_event, out / "p.xlsx", pseudonymise=True)
    book = openpyxl.load_workbook(path)
    texts = [str(c.value) for sheet in book for c in _cells(sheet) if c.value is not None]
    for value in personal:
        assert not any(value in text for text in texts), value
    codes = _column(book["Participants"], "Code")
    assert codes[:3] == ["P001", "P002", "P003"]
    assert "First name" not in _headers(book["Participants"])
    assert "E-mail" not in _headers(book["Participants"])
    assert set(_column(book["Attendance"], "Code")) <= set(codes)
    assert any(re.fullmatch(r"As P\d{3} said", str(t)) for t in _column(book["Notes"], "Text"))
    summary = _column(book["Summary"], "Item")
    assert "Pseudonymised" in summary


def test_chatham_house_drops_the_author_column(store, demo_event, out):
    with store.session() as s:
        s.get(Event, demo_event).chatham_house = True
    book = openpyxl.load_workbook(write_event_workbook(store, demo_event, out / "c.xlsx"))
    assert "Author" not in _headers(book["Notes"])
    assert not any(c.value == "Mari Tamm" for c in _cells(book["Notes"]))


def test_practice_store_export_is_marked(data_home, out):
    from dialogue_desk.paths import practice_store_path
    from dialogue_desk.services.demo import create_demo_event

    with open_store(practice_store_path()) as practice:
        event_id = create_demo_event(practice, participants=5, responses=2)
        path = write_event_workbook(practice, event_id, out / "event.xlsx")
    # The path the user named is the path written; PRACTICE is inside the file.
    assert path.name == "event.xlsx" and path.exists()
    book = openpyxl.load_workbook(path)
    assert book["Summary"]["A2"].value == "PRACTICE"
    assert book.properties.keywords == "PRACTICE"


def test_unknown_event(store, out):
    with pytest.raises(NotFoundError):
        write_event_workbook(store, 404, out / "x.xlsx")
    assert not list(out.glob("*.xlsx"))


def _old_file(out: Path) -> Path:
    old = out / "event.xlsx"
    old.write_bytes(b"older workbook")
    return old


def test_missing_folder(store, demo_event, out):
    with pytest.raises(ExportError, match="does not exist"):
        write_event_workbook(store, demo_event, out / "nowhere" / "e.xlsx")


def test_file_open_in_libreoffice_is_left_alone(store, demo_event, out):
    old = _old_file(out)
    (out / ".~lock.event.xlsx#").write_text("someone,host,...")
    with pytest.raises(ExportError, match="open in another program"):
        write_event_workbook(store, demo_event, old)
    assert old.read_bytes() == b"older workbook"


@pytest.mark.parametrize(
    ("code", "message"),
    [(errno.ENOSPC, "disk is full"), (errno.EACCES, "open in another program"),
     (errno.EROFS, "read-only")],
)  # fmt: skip
def test_write_failures_keep_the_older_file(store, demo_event, out, monkeypatch, code, message):
    old = _old_file(out)

    def failing_replace(src, dst):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(export_files.os, "replace", failing_replace)
    with pytest.raises(ExportError, match=message):
        write_event_workbook(store, demo_event, old)
    assert old.read_bytes() == b"older workbook"
    assert sorted(p.name for p in out.iterdir()) == ["event.xlsx"]


def test_read_only_folder(store, demo_event, out, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(export_files.tempfile, "mkstemp", refuse)
    monkeypatch.setattr(export_files.os, "access", lambda *a: False)
    with pytest.raises(ExportError, match="read-only"):
        write_event_workbook(store, demo_event, out / "e.xlsx")


def test_cancel_leaves_nothing(store, demo_event, out):
    old = _old_file(out)
    seen = []

    def progress(done, total):
        seen.append((done, total))
        if len(seen) == 3:
            raise ExportCancelled()

    with pytest.raises(ExportCancelled):
        write_event_workbook(store, demo_event, old, progress=progress)
    assert old.read_bytes() == b"older workbook"
    assert sorted(p.name for p in out.iterdir()) == ["event.xlsx"]
    assert seen[0][0] == 0 and seen[1][0] < seen[2][0] < seen[2][1]


@settings(max_examples=60, deadline=None)
@given(texts=st.lists(st.text(max_size=60), min_size=1, max_size=6))
def test_any_text_comes_back_as_typed(tmp_path_factory, texts):
    from openpyxl import Workbook

    from dialogue_desk.exchange.workbook.cells import Column, SheetSpec, write_sheet

    path = tmp_path_factory.mktemp("any") / "any.xlsx"
    workbook = Workbook(write_only=True)
    spec = SheetSpec(sheet_name(texts[0] or "x"), [Column("Text"), Column("Long", "wrap")])
    for text in texts:
        spec.add(text, text)
    write_sheet(workbook, spec)
    workbook.save(path)
    sheet = openpyxl.load_workbook(path).worksheets[0]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    expected = [clean_text(t) or None for t in texts]
    assert [r[0] for r in rows] + [None] * (len(texts) - len(rows)) == expected
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)


def test_participants_sheet_in_name_order_unless_pseudonymised(store, demo_event, out):
    from dialogue_desk.services.checkin import in_name_order
    from dialogue_desk.services.snapshot import load_snapshot

    book = openpyxl.load_workbook(write_event_workbook(store, demo_event, out / "e.xlsx"))
    sheet = book["Participants"]
    people = in_name_order(load_snapshot(store, demo_event).participants, "en")
    assert _column(sheet, "Last name") == [p.last_name for p in people]
    path = write_event_workbook(store, demo_event, out / "p.xlsx", pseudonymise=True)
    codes = _column(openpyxl.load_workbook(path)["Participants"], "Code")
    assert codes == sorted(codes)  # an order by name would hint at the names removed
