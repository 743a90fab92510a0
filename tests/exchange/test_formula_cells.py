"""Cells holding a formula saved without its value are named per row, not silently emptied."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from dialogue_desk.cli import main
from dialogue_desk.exchange import formula_cells, tabular
from dialogue_desk.exchange.agenda_sheet import detect_mapping, preview_table, read_agenda_table
from dialogue_desk.exchange.formula_cells import column_letter
from dialogue_desk.exchange.registrations import parse_registrations, plan_file, read_registrations
from dialogue_desk.exchange.tabular import read_table
from dialogue_desk.services.events import EventData, create_event
from dialogue_desk.services.import_preview import RowAction

HEADERS = ["First name", "Last name", "Organisation", "Phone", "Computed"]


def _workbook(path: Path, rows: list[list[object]], headers: list[str] = HEADERS) -> Path:
    """A workbook as openpyxl saves it: formulas with no cached value."""
    book = Workbook()
    sheet = book.active
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _with_cached_values(path: Path, value: str) -> None:
    """Give every formula of the sheet the cached ``value``, as Excel saves it."""
    part = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts[part] = parts[part].replace(b"<v></v>", f"<v>{value}</v>".encode())
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)


@pytest.fixture
def event_id(store):  # type: ignore[no-untyped-def]
    return create_event(store, EventData(title="Formulas", start_date=dt.date(2026, 5, 4),
                                         end_date=dt.date(2026, 5, 4))).id  # fmt: skip


def test_a_formula_without_value_is_named_in_its_row(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "list.xlsx",
        [["T\u00f5nu", "\u00d5im", "=Sum(1,2)", None, "=1+1"], ["Anna", "Tamm", "NGO", None]],
    )
    preview = parse_registrations(read_registrations(path))
    first, second = preview.rows
    assert first.action is RowAction.NEW and first.data is not None
    assert first.data.organisation == ""
    assert first.remark == (
        "The \u201cOrganisation\u201d cell holds a formula (=Sum(1,2)) with no value; "
        "it was left empty."
    )
    assert second.remark == "" and second.data is not None and second.data.organisation == "NGO"
    # The file's notes name the cell too (the command line prints no row remarks), and say
    # what to do; the unimported "Computed" column is not mentioned.
    assert preview.warnings[0].startswith("Row 2: the \u201cOrganisation\u201d cell")
    assert "recalculate" in preview.warnings[-1]
    assert not any("Computed" in w for w in preview.warnings)


def test_the_remark_survives_planning_against_the_store(store, event_id, tmp_path):  # type: ignore[no-untyped-def]
    path = _workbook(tmp_path / "list.xlsx", [["Mari", "Kask", '=IF(A2="","",A2)']])
    plan = plan_file(store, event_id, path)
    assert 'formula (=IF(A2="","",A2))' in plan.rows[0].remark
    assert any(w.startswith("Row 2:") for w in plan.warnings)


def test_a_nameless_row_says_its_name_was_a_formula(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "list.xlsx", [["=B5", "=C5", "NGO"], ["Anna", "Tamm", "NGO"]])
    row = parse_registrations(read_registrations(path)).rows[0]
    assert row.action is RowAction.INVALID
    assert "\u201cFirst name\u201d cell holds a formula (=B5)" in row.remark


def test_cached_values_are_read_and_no_second_pass_is_made(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    path = _workbook(tmp_path / "list.xlsx", [["Anna", "Tamm", "=Sum(1,2)", None]])
    _with_cached_values(path, "3")
    monkeypatch.setattr(tabular, "formulas_at", _must_not_run)
    table = read_table(path)
    assert table.rows == [(2, ["Anna", "Tamm", "3"])] and table.formulas == {}
    assert parse_registrations(table).warnings == []


def test_empty_cells_without_formulas_cost_no_second_pass(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    rows: list[list[object]] = [["Anna", None, "NGO", None, None]] * 50
    path = _workbook(tmp_path / "list.xlsx", rows)
    monkeypatch.setattr(tabular, "formulas_at", _must_not_run)
    assert read_table(path).formulas == {}


def _must_not_run(*args: object) -> dict[int, dict[int, str]]:
    raise AssertionError("the workbook was read a second time")


def test_many_formula_cells_are_counted_after_the_first_few(tmp_path: Path) -> None:
    rows: list[list[object]] = [[f"P{n}", "Tamm", f"=A{n + 2}"] for n in range(30)]
    preview = parse_registrations(read_registrations(_workbook(tmp_path / "l.xlsx", rows)))
    assert all("formula" in r.remark for r in preview.rows)
    named = [w for w in preview.warnings if w.startswith("Row ")]
    assert len(named) == 5
    assert any(w.startswith("Rows 7, 8, 9") and "left 25 other cell" in w for w in preview.warnings)


def test_the_check_is_capped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(formula_cells, "MAX_CHECKED", 10)  # cells: 3 a row
    rows: list[list[object]] = [[f"P{n}", "Tamm", f"=A{n + 2}"] for n in range(10)]
    table = read_table(_workbook(tmp_path / "l.xlsx", rows))
    assert sorted(table.formulas) == [2, 3, 4, 5]


def test_the_agenda_import_names_a_formula_title(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "agenda.xlsx",
        [["09:00", "10:00", '=CONCAT("Wel","come")'], ["10:00", "11:00", "Panel"]],
        headers=["Start", "End", "Title"],
    )
    table = read_agenda_table(path)
    preview = preview_table(table, detect_mapping(table.headers), dt.date(2026, 5, 4))
    first = preview.rows[0]
    assert '\u201cTitle\u201d cell holds a formula (=CONCAT("Wel","come"))' in first.remark
    assert any(w.startswith("Rows 2:") for w in preview.warnings)


def test_the_command_line_dry_run_shows_the_cell(tmp_path, capsys):  # type: ignore[no-untyped-def]
    db = str(tmp_path / "cli.sqlite")
    path = _workbook(tmp_path / "list.xlsx", [["T\u00f5nu", "\u00d5im", "=Sum(1,2)"]])
    assert main(["new-event", "--db", db, "--title", "CLI", "--start", "2026-05-04"]) == 0
    capsys.readouterr()
    assert main(["import-participants", "1", str(path), "--db", db, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Row 2: the \u201cOrganisation\u201d cell holds a formula (=Sum(1,2))" in out


def test_formula_scan_knows_the_shapes_of_a_cell_without_value() -> None:
    pattern = formula_cells._NO_VALUE  # noqa: SLF001 - the pattern is what is tested
    assert pattern.search(b'<c r="B3"><f t="shared" si="0"/></c>')
    assert pattern.search(b'<x:c r="B3"><x:f>A1</x:f></x:c>')
    assert pattern.search(b'<c r="B3"><f>A1</f><v/></c>')
    assert not pattern.search(b'<c r="B3"><f>A1</f><v>3</v></c>')
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == [
        "A", "Z", "AA", "AB", "ZZ", "AAA",
    ]  # fmt: skip
