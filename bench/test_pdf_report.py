"""The PDF summary report of a 5,000-participant, 2,000-response event against its workbook.

Run with ``pytest bench/test_pdf_report.py --benchmark-only`` (not part of the test suite).
Goal: the report (reading the store, laying out about 130 pages with a table of contents,
writing) in at most 2x the time of the event workbook of the same event, both measured in the
same run. ``test_ratio`` prints the ratio of the best of three runs of each; nothing asserts a
wall-clock time.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PARTICIPANTS, RESPONSES = 5000, 2000


@pytest.fixture(scope="module")
def big_event(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, int, Path]:
    from dialogue_desk.services.demo import create_demo_event
    from dialogue_desk.store import open_store

    folder = tmp_path_factory.mktemp("report")
    os.environ["DIALOGUE_DESK_HOME"] = str(folder)
    store = open_store(folder / "big.sqlite")
    event_id = create_demo_event(store, participants=PARTICIPANTS, responses=RESPONSES)
    yield store, event_id, folder
    store.close()


def _report(store, event_id: int, path: Path) -> None:  # type: ignore[no-untyped-def]
    from dialogue_desk.exchange.pdf.report import write_report

    write_report(store, event_id, path)


def _workbook(store, event_id: int, path: Path) -> None:  # type: ignore[no-untyped-def]
    from dialogue_desk.exchange.workbook.event import write_event_workbook

    write_event_workbook(store, event_id, path)


def test_pdf_report(benchmark, big_event) -> None:  # type: ignore[no-untyped-def]
    store, event_id, folder = big_event
    benchmark.pedantic(_report, args=(store, event_id, folder / "report.pdf"), rounds=3,
                       warmup_rounds=1)  # fmt: skip


def test_ratio(big_event, record_property) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("dialogue_desk.exchange.workbook.event")
    store, event_id, folder = big_event
    report, workbook = [], []
    for _ in range(3):  # interleaved, so both see the same machine load
        start = time.perf_counter()
        _workbook(store, event_id, folder / "event.xlsx")
        workbook.append(time.perf_counter() - start)
        start = time.perf_counter()
        _report(store, event_id, folder / "report.pdf")
        report.append(time.perf_counter() - start)
    ratio = min(report) / min(workbook)
    record_property("report_ratio", ratio)
    print(f"\nworkbook {min(workbook):.2f} s, PDF report {min(report):.2f} s, "
          f"ratio {ratio:.2f} (goal <= 2)")  # fmt: skip
