"""Importing a registration list (CSV and xlsx) against reading the same file bare.

Run with ``python bench/test_imports.py [ROWS ...]`` (default 2,000 and 20,000) or ``pytest
bench/test_imports.py -s`` (2,000 only; not part of the test suite). Every measurement runs in
a process of its own, so each peak RSS is its own and no run inherits another's heap. App: the
whole ``import_participants`` into a fresh store (read, recognise, parse, plan against the event,
one transaction; the store is made outside the timing); floor: the stdlib ``csv`` reader over
the CSV and an openpyxl read-only pass over the workbook (``values_only``). App and floor runs
alternate, so both see the same load. Goals from issue #21 at 20,000 rows: CSV at most 1 s,
xlsx at most 1.5x its floor. Prints medians of the wall-clock and CPU seconds, the ratio and
the app's peak RSS, then a Markdown table for the README; nothing asserts a time.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import resource
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from statistics import median

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZES = (2_000, 20_000)
RUNS = 5
HEADERS = ["First name", "Last name", "E-mail", "Organisation", "Role", "Stakeholder group",
           "Phone", "Country", "Language", "Notes"]  # fmt: skip
GROUPS = ["NGO", "Public authority", "Research", "Migrant association", "Other"]
COUNTRIES = ["Estonia", "Latvia", "SE", "Italy", "UKR"]
ROOT = Path(__file__).resolve().parents[1]


def _rows(count: int) -> list[list[str]]:
    return [
        [f"First{n}", f"Läänemets{n}", f"person{n}@example.org", f"Organisation {n % 300}",
         "Member", GROUPS[n % 5], f"+372 5{n:07d}", COUNTRIES[n % 5], "et", "vegetarian"]
        for n in range(count)
    ]  # fmt: skip


def write_files(folder: Path, count: int) -> tuple[Path, Path]:
    from openpyxl import Workbook

    rows = _rows(count)
    csv_path = folder / f"list{count}.csv"
    with csv_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADERS)
        writer.writerows(rows)
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    xlsx_path = folder / f"list{count}.xlsx"
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


def app_import(path: Path, store_path: Path) -> None:
    from dialogue_desk.exchange.registrations import import_participants
    from dialogue_desk.services.events import EventData, create_event
    from dialogue_desk.store import open_store

    store = open_store(store_path)
    day = dt.date(2026, 5, 4)
    event = create_event(store, EventData(title="Bench", start_date=day, end_date=day))
    start, cpu = time.perf_counter(), time.process_time()
    result = import_participants(store, event.id, path)
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu
    count = int(path.stem.removeprefix("list"))
    assert result.imported == count, result
    store.close()
    _report(seconds, cpu_seconds)


def _report(seconds: float, cpu_seconds: float) -> None:
    import json

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "cpu": cpu_seconds, "rss_mb": rss}))


def _child(kind: str, path: Path, store_path: Path) -> None:
    if kind == "app":
        _warm(path.parent, store_path)
        app_import(path, store_path)
        return
    floor = csv_floor if path.suffix == ".csv" else xlsx_floor
    floor(path.parent / "warm.csv" if path.suffix == ".csv" else path)  # imports, file cache
    start, cpu = time.perf_counter(), time.process_time()
    floor(path)
    _report(time.perf_counter() - start, time.process_time() - cpu)


def _warm(folder: Path, store_path: Path) -> None:
    """Import a small list first: module imports and Babel's tables are not the import's cost."""
    warm_store = store_path.with_name("warm-" + store_path.name)
    from dialogue_desk.exchange.registrations import import_participants
    from dialogue_desk.services.events import EventData, create_event
    from dialogue_desk.store import open_store

    store = open_store(warm_store)
    day = dt.date(2026, 5, 4)
    event = create_event(store, EventData(title="Warm", start_date=day, end_date=day))
    import_participants(store, event.id, folder / "warm.csv")
    store.close()
    warm_store.unlink()


def measure(kind: str, path: Path, store_path: Path) -> dict[str, float]:
    import json
    import subprocess

    env = {**os.environ, "DIALOGUE_DESK_HOME": str(path.parent)}
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(path), str(store_path)],
        capture_output=True, text=True, check=True, env=env, cwd=ROOT,
    )  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(sizes: Sequence[int], runs: int = RUNS) -> list[dict[str, object]]:
    results: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        warm_csv, _ = write_files(folder, 50)
        warm_csv.rename(folder / "warm.csv")
        for count in sizes:
            csv_path, xlsx_path = write_files(folder, count)
            for what, path, goal in (("CSV", csv_path, "app <= 1 s at 20,000"),
                                     ("xlsx", xlsx_path, "ratio <= 1.5")):  # fmt: skip
                app, floor = [], []
                for run_number in range(runs):
                    store_path = folder / f"bench-{what}-{count}-{run_number}.sqlite"
                    app.append(measure("app", path, store_path))
                    floor.append(measure("floor", path, store_path))
                row = {
                    "what": f"import {what}", "rows": count,
                    "app_s": median(m["seconds"] for m in app),
                    "app_cpu_s": median(m["cpu"] for m in app),
                    "floor_s": median(m["seconds"] for m in floor),
                    "peak_rss_mb": max(m["rss_mb"] for m in app), "goal": goal,
                }  # fmt: skip
                row["ratio"] = float(row["app_s"]) / float(row["floor_s"])  # type: ignore[arg-type]
                print(
                    f"{row['what']:<12}{count:>8,}{row['app_s']:>9.3f}{row['app_cpu_s']:>9.3f}"
                    f"{row['floor_s']:>9.3f}{row['ratio']:>8.1f}{row['peak_rss_mb']:>8.0f}"
                    f"  {goal}",
                    flush=True,
                )
                results.append(row)
    return results


def table(results: list[dict[str, object]]) -> str:
    lines = ["| import | rows | app (s) | app CPU (s) | floor (s) | ratio | peak RSS (MB) | goal |",
             "|---|---:|---:|---:|---:|---:|---:|---|"]  # fmt: skip
    for r in results:
        lines.append(
            f"| {str(r['what']).removeprefix('import ')} | {r['rows']:,} | {r['app_s']:.2f} "
            f"| {r['app_cpu_s']:.2f} | {r['floor_s']:.3f} | {r['ratio']:.1f}× "
            f"| {r['peak_rss_mb']:.0f} | {r['goal']} |"
        )
    return "\n".join(lines)


def main(sizes: Sequence[int] = SIZES) -> int:
    print(f"{'what':<12}{'rows':>8}{'app s':>9}{'cpu s':>9}{'floor s':>9}{'ratio':>8}{'RSS MB':>8}")
    print(table(run(sizes)))
    return 0


def test_import_ratio() -> None:
    assert main((2_000,)) == 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        _child(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))
        sys.exit(0)
    sys.exit(main([int(a) for a in sys.argv[1:]] or SIZES))
