"""The summary report's fast paths give the same pages: hyphenation, cells, collector, imports."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dialogue_desk.exchange.pdf.layer import cell, styles
from dialogue_desk.exchange.pdf.report import write_report
from dialogue_desk.exchange.pdf.typeset import Paragraph, _hyphenator, set_document_language
from dialogue_desk.services.demo import create_demo_event
from dialogue_desk.services.errors import ServiceError
from dialogue_desk.store import Store


def _lines(paragraph: Paragraph, width: float) -> list[str]:
    paragraph.wrap(width, 1000)
    return [" ".join(line[1]) for line in paragraph.blPara.lines]


def test_narrow_cells_hyphenate_at_the_languages_break_points() -> None:
    import pyphen

    set_document_language("et")
    lines = _lines(Paragraph("Eelregistreerunud", styles().cell), 45)
    assert len(lines) > 1 and lines[0].endswith("-")
    # Broken where the Estonian dictionary allows, and nothing lost.
    allowed = {
        "".join(pair[0]) for pair in pyphen.Pyphen(lang="et_EE").iterate("Eelregistreerunud")
    }
    assert lines[0][:-1] in allowed
    assert "".join(line.removesuffix("-") for line in lines) == "Eelregistreerunud"


def test_one_hyphenator_per_language_and_none_without_a_language() -> None:
    assert _hyphenator("lv_LV") is _hyphenator("lv_LV")
    assert _hyphenator("") == ""
    assert list(_hyphenator("sv_SE")("integrationsarbete"))  # loaded on its first word


def test_cells_are_strings_when_they_fit_and_paragraphs_otherwise() -> None:
    style = styles().cell
    for _ in range(2):  # the second time from the cache: the same answer
        assert cell("Researcher", style, 80) == "Researcher"
        assert isinstance(cell("Immigrant or ethnic-minority association", style, 80), Paragraph)
        assert isinstance(cell("Line one\nline two", style, 300), Paragraph)
        assert isinstance(cell("محمد", style, 300), Paragraph)  # shaped: never a plain string


@pytest.fixture
def small_demo(store: Store) -> int:
    return create_demo_event(store, participants=40, responses=10)


def test_the_report_leaves_the_garbage_collector_on(
    store: Store, small_demo: int, tmp_path: Path
) -> None:
    assert gc.isenabled()
    write_report(store, small_demo, tmp_path / "r.pdf")
    assert gc.isenabled()

    class CancelledError(ServiceError):
        pass

    def cancel(done: int, total: int) -> None:
        raise CancelledError("stopped")

    with pytest.raises(CancelledError):
        write_report(store, small_demo, tmp_path / "c.pdf", progress=cancel)
    assert gc.isenabled() and not (tmp_path / "c.pdf").exists()


def test_a_pdf_export_does_not_load_openpyxl(store: Store, small_demo: int, tmp_path: Path) -> None:
    """openpyxl (a fifth of a second to import) is for workbooks only."""
    code = (
        "import sys\n"
        "from dialogue_desk.store import open_store\n"
        "from dialogue_desk.exchange.pdf.report import write_report\n"
        "write_report(open_store(sys.argv[1], read_only=True), int(sys.argv[2]), sys.argv[3])\n"
        "print('openpyxl' in sys.modules)\n"
    )
    store_path = str(store.path)
    store.close()
    done = subprocess.run(
        [sys.executable, "-c", code, store_path, str(small_demo), str(tmp_path / "r.pdf")],
        capture_output=True, text=True, check=True, env=dict(os.environ),
    )  # fmt: skip
    assert done.stdout.strip().splitlines()[-1] == "False"
    assert (tmp_path / "r.pdf").stat().st_size > 0
