"""Importing a 20,000-row registration list (CSV and xlsx) against reading the same file bare.

Run with ``python bench/test_imports.py`` or ``pytest bench/test_imports.py -s`` (not part of
the test suite). App: the whole ``import_participants`` into a fresh store (read, recognise,
parse, plan against the event, one transaction; the store is made outside the timing); floor:
the stdlib ``csv`` reader over the CSV and an openpyxl read-only pass over the workbook
(``values_only``), in the same run. Goals from issue #21: CSV at most 1 s, xlsx at most 1.5x
its floor. Prints the best of several runs of
each and the ratio, and the peak memory; nothing asserts a time.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROWS = 20_000
RUNS = 3
HEADERS = ["First name", "Last name", "E-mail", "Organisation", "Role", "Stakeholder group",
           "Phone", "Country", "Language", "Notes"]  # fmt: skip
GROUPS = ["NGO", "Public authority", "Research", "Migrant association", "Other"]
COUNTRIES = ["Estonia", "Latvia", "SE", "Italy", "UKR"]


def _rows() -> list[list[str]]:
    return [
        [f"First{n}", f"Läänemets{n}", f"person{n}@example.org", f"Organisation {n % 300}",
         "Member", GROUPS[n % 5], f"+372 5{n:07d}", COUNTRIES[n % 5], "et", "vegetarian"]
        for n in range(ROWS)
    ]  # fmt: skip


def write_files(folder: Path) -> tuple[Path, Path]:
    from openpyxl import Workbook

    rows = _rows()
    csv_path = folder / "list20k.csv"
    with csv_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADERS)
        writer.writerows(rows)
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    xlsx_path = folder / "list20k.xlsx"
    book.save(xlsx_path)
    return csv_path, xlsx_path


def csv_floor(path: Path) -> None:
    with path.open(encoding="utf-8", newline="") as handle:
        for _ in csv.reader(handle, delimiter=";"):
            pass


def xlsx_floor(path: Path) -> None:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    for _ in book.worksheets[0].iter_rows(values_only=True):
        pass
    book.close()


def app_best(folder: Path, path: Path, runs: int = RUNS) -> float:
    """Best time of ``import_participants`` into a fresh store (made outside the timing)."""
    from dialogue_desk.exchange.registrations import import_participants
    from dialogue_desk.services.events import EventData, create_event
    from dialogue_desk.store import open_store

    times = []
    for run in range(runs):
        store = open_store(folder / f"bench-{path.suffix[1:]}-{run}.sqlite")
        day = dt.date(2026, 5, 4)
        event = create_event(store, EventData(title="Bench", start_date=day, end_date=day))
        start = time.perf_counter()
        result = import_participants(store, event.id, path)
        times.append(time.perf_counter() - start)
        assert result.imported == ROWS, result
        store.close()
    return min(times)


def best(work: Callable[[], None], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        os.environ["DIALOGUE_DESK_HOME"] = str(folder)
        csv_path, xlsx_path = write_files(folder)
        app_best(folder, csv_path, runs=1)  # warm-up: imports, Babel's country names
        print(f"{'what':<28}{'app s':>9}{'floor s':>9}{'ratio':>8}{'goal':>16}")
        for label, path, floor, goal in (
            ("import 20,000-row CSV", csv_path, csv_floor, "app <= 1 s"),
            ("import 20,000-row xlsx", xlsx_path, xlsx_floor, "ratio <= 1.5"),
        ):
            floor_s = best(lambda p=path, f=floor: f(p))
            app_s = app_best(folder, path)
            print(f"{label:<28}{app_s:>9.3f}{floor_s:>9.3f}{app_s / floor_s:>8.1f}{goal:>16}")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak RSS {peak:.0f} MB")
    return 0


def test_import_ratio() -> None:
    assert main() == 0


if __name__ == "__main__":
    sys.exit(main())
