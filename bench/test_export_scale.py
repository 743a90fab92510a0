"""Exports at 500, 5,000 and 50,000 participants: app, floor, ratio and peak memory.

Run as a script (not part of the test suite)::

    python bench/test_export_scale.py 500 5000 50000

For each size it makes a demo event (responses: 40 % of the participants), then measures in
separate processes, so each peak RSS is its own:

- **workbook**: ``write_event_workbook`` against the floor, openpyxl's write-only mode
  writing the same values (the built sheets' plain values, no styles); goal ≤ 1.3×;
- **pdf**: ``write_report`` against the floor, reportlab writing the same participant table
  (plain strings, the same embedded font, tables chunked) and the same page count of prose;
  goal ≤ 1.5×, linear growth, ≤ 30 s and < 1 GB at 50,000.

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

ROOT = Path(__file__).resolve().parents[1]

_CHILD = r"""
import json, os, resource, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
kind, store_path, event_id, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
from dialogue_desk.store import open_store
store = open_store(store_path, read_only=True)
start = time.perf_counter()
if kind == "workbook":
    from dialogue_desk.exchange.workbook.event import write_event_workbook
    write_event_workbook(store, event_id, out)
elif kind == "pdf":
    from dialogue_desk.exchange.pdf.report import write_report
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
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle
    from dialogue_desk.exchange.pdf.style import FONT, register_fonts, styles
    from dialogue_desk.services.checkin import in_name_order
    from dialogue_desk.services.labels import label
    from dialogue_desk.services.snapshot import load_snapshot
    register_fonts()
    snapshot = load_snapshot(store, event_id)
    people = in_name_order([p for p in snapshot.participants if p.consent_listed], "en")
    rows = [[f"{p.last_name}, {p.first_name}", p.organisation, p.role,
             label(p.stakeholder_group, "en")] for p in people]
    style = TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 8.5)])
    story = [Paragraph("Participants", styles().h1)]
    for i in range(0, len(rows), 250):
        table = LongTable([["Name", "Organisation", "Role", "Group"]] + rows[i:i + 250],
                          colWidths=[43 * mm, 54 * mm, 26 * mm, 50 * mm], repeatRows=1)
        table.setStyle(style)
        story.append(table)
    SimpleDocTemplate(out, initialFontName=FONT).build(story)
seconds = time.perf_counter() - start
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "rss_mb": rss}))
"""


def _make_event(folder: Path, participants: int) -> tuple[Path, int]:
    env = {**os.environ, "DIALOGUE_DESK_HOME": str(folder), "QT_QPA_PLATFORM": "offscreen"}
    code = (
        "import sys\nfrom dialogue_desk.store import open_store\n"
        "from dialogue_desk.services.demo import create_demo_event\n"
        "store = open_store(sys.argv[1])\n"
        "print(create_demo_event(store, participants=int(sys.argv[2]),"
        " responses=int(sys.argv[2]) * 2 // 5))\n"
    )
    path = folder / f"bench-{participants}.sqlite"
    command = [sys.executable, "-c", code, str(path), str(participants)]
    done = subprocess.run(command, capture_output=True, text=True, check=True, env=env, cwd=ROOT)
    return path, int(done.stdout.strip().splitlines()[-1])


def measure(kind: str, store: Path, event_id: int, out: Path, home: Path) -> dict[str, float]:
    env = {**os.environ, "DIALOGUE_DESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", _CHILD, kind, str(store), str(event_id),
                           str(out)], capture_output=True, text=True, check=True, env=env,
                          cwd=ROOT)  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(sizes: list[int], repeats: int = 3) -> list[dict[str, object]]:
    results: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        for size in sizes:
            store, event_id = _make_event(folder, size)
            for what, suffix in (("workbook", ".xlsx"), ("pdf", ".pdf")):
                app, floor = [], []
                for _ in range(repeats if size < 50_000 else 1):  # interleaved: same load
                    app.append(measure(what, store, event_id, folder / f"a{suffix}", folder))
                    floor.append(
                        measure(f"{what}-floor", store, event_id, folder / f"f{suffix}", folder)
                    )
                best_app = min(app, key=lambda m: m["seconds"])
                best_floor = min(floor, key=lambda m: m["seconds"])
                row = {"what": what, "participants": size, "app_s": best_app["seconds"],
                       "floor_s": best_floor["seconds"],
                       "ratio": best_app["seconds"] / best_floor["seconds"],
                       "peak_rss_mb": max(m["rss_mb"] for m in app)}  # fmt: skip
                print(json.dumps(row), flush=True)
                results.append(row)
    return results


def table(results: list[dict[str, object]]) -> str:
    lines = ["| export | participants | app (s) | floor (s) | ratio | peak RSS (MB) |",
             "|---|---:|---:|---:|---:|---:|"]  # fmt: skip
    for r in results:
        lines.append(
            f"| {r['what']} | {r['participants']:,} | {r['app_s']:.2f} | {r['floor_s']:.2f} "
            f"| {r['ratio']:.2f}× | {r['peak_rss_mb']:.0f} |"
        )
    return "\n".join(lines)


def test_export_scale_smallest() -> None:
    print("\n" + table(run([500], repeats=1)))


if __name__ == "__main__":
    started = time.perf_counter()
    chosen = [int(a) for a in sys.argv[1:]] or [500, 5_000, 50_000]
    print(table(run(chosen)))
    print(f"(whole run {time.perf_counter() - started:.0f} s)")
