"""Benchmarks of the door with the real widgets (run: pytest bench/test_checkin_door.py -s).

Each prints app, floor and ratio in one run, medians of many rounds:

- one keystroke in the door search (filter, rank and repaint of the real tab) against a
  QSortFilterProxyModel with a Python filter over the same rows (the floor);
- Enter at the door until the row shows the check-in (the service call, the row, counters and
  the banner, repainted) against the service call alone (the floor);
at 500, 5,000 and 50,000 participants. No assertion on time: the goals are in the README.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from dialogue_desk.services import checkin  # noqa: E402
from dialogue_desk.services.checkin import list_participants  # noqa: E402
from dialogue_desk.services.demo import create_demo_event  # noqa: E402
from dialogue_desk.store import open_store  # noqa: E402

SIZES = [500, 5_000, 50_000]
TYPED = ["k", "ka", "kal", "kaln", "", "s", "so", "sok", "soko", "", "a", "an", "ann", ""]


@pytest.fixture(scope="module", params=SIZES, ids=lambda n: f"{n}")
def door(request, tmp_path_factory, qapp):  # type: ignore[no-untyped-def]
    folder: Path = tmp_path_factory.mktemp(f"door{request.param}")
    os.environ["DIALOGUE_DESK_HOME"] = str(folder)
    store = open_store(folder / "bench.sqlite")
    create_demo_event(store, participants=request.param, responses=0, seed=3)
    from dialogue_desk.settings import Settings
    from dialogue_desk.ui.main_window import MainWindow

    window = MainWindow(store, Settings(folder / "settings.ini"))
    window.resize(1280, 720)
    window.show()
    window.show_tab(1)
    qapp.processEvents()
    yield request.param, store, window
    window.close()
    store.close()


def _repaint(widget) -> None:  # type: ignore[no-untyped-def]
    widget.viewport().repaint() if hasattr(widget, "viewport") else widget.repaint()


def _report(what: str, size: int, app: list[float], floor: list[float]) -> None:
    a, f = statistics.median(app) * 1000, statistics.median(floor) * 1000
    p90 = sorted(app)[int(len(app) * 0.9)] * 1000
    print(f"\n{what} @ {size:,}: app {a:.2f} ms (p90 {p90:.2f}), floor {f:.2f} ms, "
          f"ratio {a / f if f else float('inf'):.2f}")  # fmt: skip


def test_keystroke(door, qapp):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRegularExpression, QSortFilterProxyModel
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    size, store, window = door
    tab = window.tab_pages[1]
    app = []
    for _ in range(5):
        for text in TYPED:
            start = time.perf_counter()
            tab.search.setText(text)
            _repaint(tab.table)
            app.append(time.perf_counter() - start)
    # The floor: Qt's own proxy filtering the same keys, repainted in the same kind of view.
    base = QStandardItemModel()
    for row in tab.model.all_records():
        base.appendRow([QStandardItem(row.last_name), QStandardItem(row.search_key)])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(base)
    proxy.setFilterKeyColumn(1)
    view = QTableView()
    view.setModel(proxy)
    view.resize(900, 500)
    view.show()
    floor = []
    for _ in range(5):
        for text in TYPED:
            start = time.perf_counter()
            proxy.setFilterRegularExpression(QRegularExpression(QRegularExpression.escape(text)))
            view.viewport().repaint()
            floor.append(time.perf_counter() - start)
    view.close()
    _report("keystroke (filter + rank + repaint)", size, app, floor)


def test_enter_to_row_checked_in(door, qapp):  # type: ignore[no-untyped-def]
    size, store, window = door
    tab = window.tab_pages[1]
    day = tab.day
    event_id = tab.current_event.id
    present = checkin.attendance(store, event_id, day)
    absent = [p for p in list_participants(store, event_id) if p.id not in present]
    app, floor = [], []
    for person in absent[:30]:
        tab.search.setText(person.last_name)
        start = time.perf_counter()
        tab.actions.check_in(person.id)
        _repaint(tab.table)
        tab.counters.repaint()
        app.append(time.perf_counter() - start)
    for person in absent[30:60]:
        start = time.perf_counter()
        checkin.check_in(store, person.id, day)
        floor.append(time.perf_counter() - start)
    _report("Enter -> row shows checked in", size, app, floor)
    assert all(checkin.attendance(store, event_id, dt.date.today()) or [True])
