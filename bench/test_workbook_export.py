"""The event workbook of a 5,000-participant, 2,000-response event against plain openpyxl.

Run with ``pytest bench/test_workbook_export.py --benchmark-only`` (not part of the test suite).
Goal: the whole export (reading the store, building and styling the eight sheets, writing) in at
most 1.5x the time plain openpyxl needs to write the same cell values in write-only mode (no
styles, widths, filters or print set-up), both measured in the same run. ``test_ratio`` prints
the ratio of the best of five runs of each; nothing asserts a wall-clock time.
"""

from __future__ import annotations

import functools
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

    folder = tmp_path_factory.mktemp("workbook")
    os.environ["DIALOGUE_DESK_HOME"] = str(folder)
    store = open_store(folder / "big.sqlite")
    event_id = create_demo_event(store, participants=PARTICIPANTS, responses=RESPONSES)
    yield store, event_id, folder
    store.close()


def _same_cells(store: object, event_id: int) -> list[tuple[str, list[str], list[list[object]]]]:
    """The values of every sheet, as the export writes them, without any styling."""
    from dialogue_desk.exchange.workbook.cells import Typed
    from dialogue_desk.exchange.workbook.sheets import BUILDERS, SHEET_NAMES
    from dialogue_desk.i18n import translate_in
    from dialogue_desk.services.snapshot import load_snapshot

    snapshot = load_snapshot(store, event_id)  # type: ignore[arg-type]
    tr = functools.partial(translate_in, "en", "Workbook")
    sheets = []
    for build, name in zip(BUILDERS, SHEET_NAMES, strict=True):
        spec = build(snapshot, tr, "en", name)
        rows = [[v.value if isinstance(v, Typed) else v for v in row] for row in spec.rows]
        sheets.append((spec.title, [c.header for c in spec.columns], rows))
    return sheets


def _plain(sheets, path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    for title, headers, rows in sheets:
        sheet = workbook.create_sheet(title)
        sheet.append(headers)
        for row in rows:
            sheet.append(row)
    workbook.save(path)


def _export(store, event_id: int, path: Path) -> None:  # type: ignore[no-untyped-def]
    from dialogue_desk.exchange.workbook.event import write_event_workbook

    write_event_workbook(store, event_id, path)


def test_plain_openpyxl_same_cells(benchmark, big_event) -> None:  # type: ignore[no-untyped-def]
    store, event_id, folder = big_event
    sheets = _same_cells(store, event_id)
    benchmark.pedantic(_plain, args=(sheets, folder / "plain.xlsx"), rounds=3, warmup_rounds=1)


def test_event_workbook(benchmark, big_event) -> None:  # type: ignore[no-untyped-def]
    store, event_id, folder = big_event
    benchmark.pedantic(_export, args=(store, event_id, folder / "event.xlsx"), rounds=3,
                       warmup_rounds=1)  # fmt: skip


def test_ratio(big_event, record_property) -> None:  # type: ignore[no-untyped-def]
    store, event_id, folder = big_event
    sheets = _same_cells(store, event_id)
    plain, ours = [], []
    for _ in range(5):  # interleaved, so both see the same machine load
        start = time.perf_counter()
        _plain(sheets, folder / "plain.xlsx")
        plain.append(time.perf_counter() - start)
        start = time.perf_counter()
        _export(store, event_id, folder / "event.xlsx")
        ours.append(time.perf_counter() - start)
    ratio = min(ours) / min(plain)
    record_property("workbook_ratio", ratio)
    cells = sum(len(rows) * len(headers) for _title, headers, rows in sheets)
    print(f"\n{cells} cells: plain openpyxl {min(plain):.2f} s, event workbook {min(ours):.2f} s, "
          f"ratio {ratio:.2f} (goal <= 1.5)")  # fmt: skip
