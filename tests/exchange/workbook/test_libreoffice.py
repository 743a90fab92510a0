"""The event workbook opened by LibreOffice headless: every sheet converts, text stays text."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from dialogue_desk.exchange.workbook.event import write_event_workbook
from dialogue_desk.store.models import Participant

CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
SHEETS = ["Summary", "Agenda", "Participants", "Attendance", "Notes", "Action items",
          "Evaluation responses", "Evaluation summary"]  # fmt: skip
TRICKY = ['=HYPERLINK("http://evil.example","click")', "=1+1", "+371 2000 1001", "@SUM(A1)"]


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:  # CI installs it (libreoffice-calc-nogui): fail loudly, never skip
        pytest.fail("LibreOffice (soffice) is needed: apt-get install libreoffice-calc-nogui")
    return found


def _convert(path: Path, out: Path, profile: Path) -> dict[str, list[list[str]]]:
    subprocess.run(
        [_soffice(), "--headless", f"-env:UserInstallation={profile.as_uri()}", "--convert-to",
         CSV_FILTER, "--outdir", str(out), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    sheets = {}
    for name in SHEETS:
        with (out / f"{path.stem}-{name}.csv").open(encoding="utf-8", newline="") as handle:
            sheets[name] = list(csv.reader(handle))
    return sheets


def test_libreoffice_reads_every_sheet(store, demo_event, tmp_path):
    with store.session() as s:
        people = s.query(Participant).filter_by(event_id=demo_event).order_by(Participant.id)
        for person, text in zip(people, TRICKY, strict=False):
            person.organisation = text
    path = write_event_workbook(store, demo_event, tmp_path / "event.xlsx")
    sheets = _convert(path, tmp_path / "csv", tmp_path / "lo-profile")
    participants = sheets["Participants"]
    assert participants[0][:3] == ["Code", "First name", "Last name"]
    assert len(participants) == 41
    # In name order; the people changed are the first registered, P001 to P004.
    column = participants[0].index("Organisation")
    by_code = {row[0]: row[column] for row in participants[1:]}
    assert [by_code[f"P00{i}"] for i in range(1, 5)] == TRICKY  # shown as typed, never evaluated
    agenda = sheets["Agenda"]
    assert agenda[1][0].count("-") == 2 and ":" in agenda[1][2]  # real dates and times
    assert any("Смирнова" in cell or "Kalniņš" in cell for row in agenda for cell in row)
    assert all(len(sheets[name]) >= 2 for name in SHEETS if name != "Action items")
    responses = sheets["Evaluation responses"]
    assert len(responses) == 13


def test_libreoffice_reads_the_comparison(store, demo_event, tmp_path):
    import datetime as dt

    from dialogue_desk.exchange.workbook.comparison import write_comparison_workbook
    from dialogue_desk.services.demo import create_demo_event

    other = create_demo_event(store, participants=10, responses=3, seed=2,
                              start=dt.date(2026, 10, 5), title="=1+1 Pilot Rīga")  # fmt: skip
    path = write_comparison_workbook(store, [demo_event, other], tmp_path / "compare.xlsx")
    out = tmp_path / "csv"
    subprocess.run(
        [_soffice(), "--headless", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
         "--convert-to", CSV_FILTER, "--outdir", str(out), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    with (out / "compare-Comparison.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][0] == "Event" and len(rows) == 3
    assert rows[2][0].startswith("=1+1 Pilot Rīga")
    assert len(list(out.glob("compare-*.csv"))) >= 5


def test_printed_workbook_is_readable(store, demo_event, tmp_path):
    """LibreOffice's PDF of the workbook: no page below 60 % scale, wide sheets landscape."""
    path = write_event_workbook(store, demo_event, tmp_path / "event.xlsx")
    subprocess.run(
        [_soffice(), "--headless", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    pdf = tmp_path / "pdf" / "event.pdf"
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(pdf)], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    sizes = [line.split(":", 1)[1].split()[:3] for line in info.splitlines()
             if line.startswith("Page") and "size" in line]  # fmt: skip
    pages = len(sizes)
    # 8 sheets; 40 participants, 12 responses: a handful of pages each, not one strip each
    # and not hundreds.
    assert 8 <= pages <= 60, pages
    assert any(float(w) > float(h) for w, _x, h in sizes)  # the wide sheets are landscape
    words = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                           text=True, check=True).stdout  # fmt: skip
    heights = [
        float(m[1]) - float(m[0])
        for m in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">[A-Za-z]{4,}<', words)
    ]
    heights.sort()
    # Body text is 10-11 pt at full size: the smallest tenth of words stays at 60 % or more.
    assert heights[len(heights) // 10] >= 0.6 * 10, heights[:20]
    # Page N of M in the footer of every page.
    assert words.count(">Page<") >= pages
