"""Long lists in the PDFs: laid out a page at a time, every row once, a header on every page.

No timings here (bench/ measures them): the tests check what a reader sees, with poppler.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest

from dialogue_desk.exchange.pdf import tables
from dialogue_desk.exchange.pdf.sign_in import BLANK_SIGN_IN_LINES, write_sign_in_sheet
from dialogue_desk.services.events import EventData, create_event
from dialogue_desk.store import Store
from dialogue_desk.store.enums import StakeholderGroup
from dialogue_desk.store.models import Participant

DAY = dt.date(2026, 9, 3)
PEOPLE = 3000


def pdf_pages(path: Path) -> list[str]:
    done = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
                          capture_output=True, check=True)  # fmt: skip
    return [page for page in done.stdout.decode("utf-8").split("\f") if page.strip()]


def numbered_lines(page: str) -> list[int]:
    """The line numbers (first column) printed on a page of the sign-in sheet."""
    return [int(m.group(1)) for m in re.finditer(r"^\s*(\d+)\s", page, re.MULTILINE)]


def test_a_sign_in_sheet_of_3000_has_everyone_once_and_a_header_on_each_page(
    store: Store, tmp_path: Path
) -> None:
    record = create_event(
        store, EventData(title="Liels forums", start_date=DAY, end_date=DAY, languages="lv")
    )
    with store.session() as session:
        session.add_all(
            Participant(event_id=record.id, first_name="Līga", last_name=f"Bērziņa{i:04d}",
                        organisation="Rīgas dome" if i % 3 else "Фонд «Мост»",
                        stakeholder_group=StakeholderGroup.NGO, consent_listed=True,
                        search_key="")
            for i in range(PEOPLE)
        )  # fmt: skip
    path = write_sign_in_sheet(store, record.id, tmp_path / "sheet.pdf", language="lv")
    pages = pdf_pages(path)
    everything = "\n".join(pages)
    for i in range(PEOPLE):
        assert f"Bērziņa{i:04d}, Līga" in everything, i
    # Every line once, in order, the blank lines for walk-ins last.
    numbers = [n for page in pages for n in numbered_lines(page)]
    assert numbers == list(range(1, PEOPLE + BLANK_SIGN_IN_LINES + 1))
    # The header starts every page and appears nowhere else.
    header = "Organizācija"
    assert all(page.count(header) == 1 for page in pages)
    # Rows are all the same height, so every page but the first and the last holds the same
    # number of lines, and the page count follows from them.
    per_page = [len(numbered_lines(page)) for page in pages]
    full = per_page[1]
    assert all(count == full for count in per_page[1:-1]), per_page
    expected = 1 + -(-(PEOPLE + BLANK_SIGN_IN_LINES - per_page[0]) // full)
    assert len(pages) == expected


@pytest.mark.parametrize("tall", [False, True])
def test_a_long_list_keeps_its_rows_with_wrapped_and_taller_than_a_page_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tall: bool
) -> None:
    from reportlab.platypus import SimpleDocTemplate

    from dialogue_desk.exchange.pdf.layer import Paragraph, data_tables, esc, styles

    monkeypatch.setattr(tables, "CHUNK_ROWS", 20)
    s = styles()
    words = " ".join(["pārrunas"] * 30)

    def text(index: int) -> str:
        if tall and index == 57:
            return " ".join(["garš"] * 2500)  # taller than a page
        return f"rinda{index:03d} {words}" if index % 7 == 0 else f"rinda{index:03d}"

    rows = [[Paragraph("#", s.cell_head), Paragraph("Teksts", s.cell_head)]]
    rows += [[str(i), Paragraph(esc(text(i)), s.cell)] for i in range(150)]
    flow = data_tables(rows, [40, 400])
    assert len(flow) == 1 and isinstance(flow[0], tables.LongList)
    path = tmp_path / "long.pdf"
    SimpleDocTemplate(str(path)).build(flow)
    pages = pdf_pages(path)
    headers = [page.count("Teksts") for page in pages]
    if tall:
        # Where the row taller than a page ends, the list goes on below with its header.
        assert headers.count(2) == 1 and set(headers) == {1, 2}, headers
    else:
        assert set(headers) == {1}, headers  # a header atop each page, none in the middle
    everything = "\n".join(pages)
    found = [int(n) for n in re.findall(r"rinda(\d{3})", everything)]
    expected = [i for i in range(150) if not (tall and i == 57)]
    assert found == expected
    if tall:
        assert everything.count("garš") == 2500


def test_a_short_list_is_one_ordinary_table() -> None:
    from reportlab.platypus import Table

    flow = tables.data_tables([["a"], ["b"], ["c"]], [100])
    assert len(flow) == 1 and isinstance(flow[0], Table)


def test_the_reports_progress_moves_through_a_long_list_and_can_be_cancelled(
    store: Store, tmp_path: Path
) -> None:
    from dialogue_desk.exchange.pdf.report import write_report
    from dialogue_desk.services.errors import ServiceError

    record = create_event(store, EventData(title="Forums", start_date=DAY, end_date=DAY))
    with store.session() as session:
        session.add_all(
            Participant(event_id=record.id, first_name="Anna", last_name=f"Kalniņa{i:04d}",
                        organisation="Rīgas dome", stakeholder_group=StakeholderGroup.NGO,
                        consent_listed=True, search_key="")
            for i in range(1500)
        )  # fmt: skip
    seen: list[int] = []
    path = write_report(store, record.id, tmp_path / "r.pdf",
                        progress=lambda done, total: seen.append(done))  # fmt: skip
    assert path.exists()
    assert all(a < b for a, b in zip(seen, seen[1:], strict=False))
    # The list is one flowable to reportlab; its pages still move the bar, step by step
    # (the layout is the first half of the bar, a single pass for a long list).
    assert len([done for done in seen if 0 < done < 500]) >= 20, str(seen)

    class CancelledError(ServiceError):
        pass

    def cancel(done: int, total: int) -> None:
        if done > total * 0.3:  # in the middle of the list
            raise CancelledError("stopped")

    with pytest.raises(CancelledError):
        write_report(store, record.id, tmp_path / "c.pdf", progress=cancel)
    assert not (tmp_path / "c.pdf").exists()
