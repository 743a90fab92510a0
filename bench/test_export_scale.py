"""Exports at 500, 5,000 and 50,000 participants: app, floor, ratio and peak memory.

Run as a script (not part of the test suite)::

    python bench/test_export_scale.py 500 5000 50000

For each size it makes a demo event (responses: 40 % of the participants) and a small second
event, then measures in separate processes, so each peak RSS is its own; app and floor runs
alternate, so both see the same load, and the medians are reported:

- **workbook**: ``write_event_workbook`` against the floor, openpyxl's write-only mode
  writing the same values (the built sheets' plain values, no styles); goal ≤ 1.3×;
- **pdf**: ``write_report`` against the floor of ``bench/pdf_floor.py``: reading the same
  event from the store and plain reportlab writing every table and paragraph the report has
  (same fonts, page and frame; no shaping, hyphenation, contents or page furniture); goal
  ≤ 1.5×, linear growth, ≤ 30 s and < 1 GB at 50,000. Both processes are warm: the app has
  written the small event's report first, the floor has taken the report's story apart (which
  loads the same modules, fonts and catalogues). ``pdf cold`` is the app's first export in a
  fresh process (imports, fonts, catalogues, the hyphenation dictionary included), once.

It prints one line per measurement and a Markdown table for the README. ``pytest
bench/test_export_scale.py`` runs the smallest size only. Nothing asserts a time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parents[1]

_CHILD = r"""
import json, os, resource, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.join(os.getcwd(), "bench"))
kind, store_path, event_id, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
warm_event = int(sys.argv[5])
from dialogue_desk.store import open_store
store = open_store(store_path, read_only=True)
if kind == "pdf":
    from dialogue_desk.exchange.pdf.report import write_report
    write_report(store, warm_event, out)  # warm: imports, fonts, catalogues, hyphenation
elif kind == "pdf-cold":
    from dialogue_desk.exchange.pdf.report import write_report
elif kind == "pdf-floor":
    import pdf_floor
    from dialogue_desk.services.snapshot import load_snapshot
    recipe = pdf_floor.recipe(load_snapshot(store, event_id), "en")
    import gc
    gc.collect()
    gc.freeze()  # the recipe (and what made it) is no garbage a plain program would walk
start, cpu = time.perf_counter(), time.process_time()
if kind == "workbook":
    from dialogue_desk.exchange.workbook.event import write_event_workbook
    write_event_workbook(store, event_id, out)
elif kind in ("pdf", "pdf-cold"):
    write_report(store, event_id, out)
elif kind == "workbook-floor":
    import functools
    from openpyxl import Workbook
    from dialogue_desk.exchange.workbook.cells import Coded, Typed, sheet_name
    from dialogue_desk.exchange.workbook.sheets import BUILDERS, CONTEXT, SHEET_NAMES
    from dialogue_desk.i18n import translate_in
    from dialogue_desk.services.snapshot import load_snapshot
    snapshot = load_snapshot(store, event_id)
    tr = functools.partial(translate_in, "en", CONTEXT)
    taken = set()
    specs = [b(snapshot, tr, "en", sheet_name(tr(n), taken)) for b, n in zip(BUILDERS, SHEET_NAMES)]
    def plain(v):
        v = v.label if isinstance(v, Coded) else v
        return v.value if isinstance(v, Typed) else v
    book = Workbook(write_only=True)
    for spec in specs:
        sheet = book.create_sheet(spec.title)
        sheet.append([c.header for c in spec.columns])
        for row in spec.rows:
            sheet.append([plain(v) for v in row])
    book.save(out)
elif kind == "pdf-floor":
    load_snapshot(store, event_id)  # the same reading of the event as the app's
    pdf_floor.write(recipe, out)
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "cpu": cpu, "rss_mb": rss}))
"""

#: The small second event of every store: the app's warm-up export.
WARM_PARTICIPANTS = 30


def _make_event(folder: Path, participants: int) -> tuple[Path, int, int]:
    env = {**os.environ, "DIALOGUE_DESK_HOME": str(folder), "QT_QPA_PLATFORM": "offscreen"}
    code = (
        "import sys\nfrom dialogue_desk.store import open_store\n"
        "from dialogue_desk.services.demo import create_demo_event\n"
        "store = open_store(sys.argv[1])\n"
        "print(create_demo_event(store, participants=int(sys.argv[2]),"
        " responses=int(sys.argv[2]) * 2 // 5))\n"
        "print(create_demo_event(store, participants=int(sys.argv[3]), responses=12, seed=7))\n"
    )
    path = folder / f"bench-{participants}.sqlite"
    command = [sys.executable, "-c", code, str(path), str(participants), str(WARM_PARTICIPANTS)]
    done = subprocess.run(command, capture_output=True, text=True, check=True, env=env, cwd=ROOT)
    measured, warm = done.stdout.strip().splitlines()[-2:]
    return path, int(measured), int(warm)


def measure(
    kind: str, store: Path, event_id: int, warm: int, out: Path, home: Path
) -> dict[str, float]:
    env = {**os.environ, "DIALOGUE_DESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", _CHILD, kind, str(store), str(event_id),
                           str(out), str(warm)], capture_output=True, text=True, check=True,
                          env=env, cwd=ROOT)  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(sizes: list[int], repeats: int = 3) -> list[dict[str, object]]:
    results: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        for size in sizes:
            store, event_id, warm = _make_event(folder, size)
            for what, suffix in (("workbook", ".xlsx"), ("pdf", ".pdf")):
                app, floor = [], []
                for _ in range(repeats if size < 50_000 else 1):  # interleaved: same load
                    app.append(measure(what, store, event_id, warm, folder / f"a{suffix}", folder))
                    floor.append(
                        measure(
                            f"{what}-floor", store, event_id, warm, folder / f"f{suffix}", folder
                        )  # fmt: skip
                    )
                results.append(_row(what, size, app, floor))
                print(json.dumps(results[-1]), flush=True)
            cold = measure("pdf-cold", store, event_id, warm, folder / "c.pdf", folder)
            results.append(_row("pdf cold", size, [cold], floor))
            print(json.dumps(results[-1]), flush=True)
    return results


def _row(
    what: str, size: int, app: list[dict[str, float]], floor: list[dict[str, float]]
) -> dict[str, object]:
    app_s, floor_s = median(m["seconds"] for m in app), median(m["seconds"] for m in floor)
    return {"what": what, "participants": size, "app_s": app_s, "floor_s": floor_s,
            "ratio": app_s / floor_s,
            "cpu_ratio": median(m["cpu"] for m in app) / median(m["cpu"] for m in floor),
            "peak_rss_mb": max(m["rss_mb"] for m in app), "runs": len(app)}  # fmt: skip


def table(results: list[dict[str, object]]) -> str:
    lines = ["| export | participants | app (s) | floor (s) | ratio | CPU ratio | peak RSS (MB) |",
             "|---|---:|---:|---:|---:|---:|---:|"]  # fmt: skip
    for r in results:
        lines.append(
            f"| {r['what']} | {r['participants']:,} | {r['app_s']:.2f} | {r['floor_s']:.2f} "
            f"| {r['ratio']:.2f}× | {r['cpu_ratio']:.2f}× | {r['peak_rss_mb']:.0f} |"
        )
    return "\n".join(lines)


def test_export_scale_smallest() -> None:
    print("\n" + table(run([500], repeats=1)))


if __name__ == "__main__":
    started = time.perf_counter()
    chosen = [int(a) for a in sys.argv[1:]] or [500, 5_000, 50_000]
    print(table(run(chosen)))
    print(f"(whole run {time.perf_counter() - started:.0f} s)")
