"""Benchmarks of the door with the real window (run: pytest bench/test_checkin_door.py -s).

One run measures 500, 5,000 and 50,000 participants (the demo event, 1280×720, offscreen)
and ends with one table of app against floor, medians and 90th percentiles:

- one keystroke in the door search: the text set in the real search field until the list
  is repainted (match, rank, select the best row, repaint), over a typing pattern of first
  letters (each after an empty field: the dearest case, every participant searched), second
  letters and on; the floor is Qt's own QSortFilterProxyModel filtering the same keys (a
  fixed-string regular expression, in C++) under a QTableView of the same size and columns,
  repainted the same way;
- Enter at the door until the row shows the check-in: the real Enter key in the search field
  on a query that leaves one plausible match, through the service call, the row, the counters
  and the banner, repainted; the floor is the service call alone.

No assertion on time (the goals are in the README); run with bytecode caching on
(``env -u PYTHONDONTWRITEBYTECODE``), as users have .pyc files.
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
TYPED = ["k", "ka", "kal", "kaln", "", "s", "so", "sok", "soko", "", "a", "an", "ann", "",
         "l", "li", "lie", "liep", "", "m", "ma", "mar", "", "e", "ek", "eks", ""]  # fmt: skip
ROUNDS = 5
#: (what, size) -> (app seconds, floor seconds), printed as one table at the end.
RESULTS: dict[tuple[str, int], tuple[list[float], list[float]]] = {}


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
    for _ in range(3):
        qapp.processEvents()
    yield request.param, store, window
    window.close()
    store.close()


@pytest.fixture(scope="module", autouse=True)
def table_at_the_end():  # type: ignore[no-untyped-def]
    yield
    if not RESULTS:
        return
    print("\n\n| what | participants | app median | app p90 | floor median | floor p90 | ratio |")
    print("|---|---|---|---|---|---|---|")
    for (what, size), (app, floor) in sorted(RESULTS.items(), key=lambda item: item[0]):
        a, f = _ms(statistics.median(app)), _ms(statistics.median(floor))
        print(f"| {what} | {size:,} | {a:.1f} ms | {_ms(_p90(app)):.1f} ms | {f:.1f} ms "
              f"| {_ms(_p90(floor)):.1f} ms | {a / f if f else float('inf'):.2f} |")  # fmt: skip


def _ms(seconds: float) -> float:
    return seconds * 1000


def _p90(values: list[float]) -> float:
    return sorted(values)[min(len(values) - 1, int(len(values) * 0.9))]


def _report(what: str, size: int, app: list[float], floor: list[float]) -> None:
    RESULTS[(what, size)] = (app, floor)
    a, f = _ms(statistics.median(app)), _ms(statistics.median(floor))
    print(f"\n{what} @ {size:,}: app {a:.2f} ms (p90 {_ms(_p90(app)):.2f}), floor {f:.2f} ms "
          f"(p90 {_ms(_p90(floor)):.2f}), ratio {a / f if f else float('inf'):.2f}")  # fmt: skip


def test_keystroke(door, qapp):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRegularExpression, QSortFilterProxyModel
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    size, store, window = door
    tab = window.tab_pages[1]
    model = tab.model
    # The floor: Qt's proxy over the same rows and columns, filtering a hidden key column.
    tab.search.setText("")
    base = QStandardItemModel()
    for row in range(model.rowCount()):
        texts = [str(model.index(row, c).data() or "") for c in range(model.columnCount())]
        texts.append(model.record_at(row).search_key)
        base.appendRow([QStandardItem(text) for text in texts])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(base)
    proxy.setFilterKeyColumn(model.columnCount())
    view = QTableView()
    view.setModel(proxy)
    view.setColumnHidden(model.columnCount(), True)
    view.resize(tab.table.size())
    view.show()
    qapp.processEvents()
    app: list[float] = []
    floor: list[float] = []
    for _ in range(ROUNDS):
        for text in TYPED:
            start = time.perf_counter()
            tab.search.setText(text)
            tab.table.viewport().repaint()
            app.append(time.perf_counter() - start)
            start = time.perf_counter()
            proxy.setFilterRegularExpression(QRegularExpression(QRegularExpression.escape(text)))
            view.viewport().repaint()
            floor.append(time.perf_counter() - start)
    view.close()
    _report("keystroke (match + rank + repaint)", size, app, floor)


def test_enter_to_row_checked_in(door, qapp):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    size, store, window = door
    tab = window.tab_pages[1]
    day = tab.day
    event_id = tab.current_event.id
    present = checkin.attendance(store, event_id, day)
    absent = [p for p in list_participants(store, event_id) if p.id not in present]
    emails = [p for p in absent if p.email]
    app: list[float] = []
    floor: list[float] = []
    for person in emails[:30]:
        tab.search.setText(person.email)
        if tab.model.plausible() != 1:
            continue  # a shared address: Enter would rightly ask
        start = time.perf_counter()
        QTest.keyClick(tab.search, Qt.Key.Key_Return)
        tab.table.viewport().repaint()
        tab.counters.repaint()
        app.append(time.perf_counter() - start)
        assert tab.is_checked_in(person.id)
    for person in absent[-30:]:
        start = time.perf_counter()
        checkin.check_in(store, person.id, day)
        floor.append(time.perf_counter() - start)
    _report("Enter -> row shows checked in", size, app, floor)
    assert all(checkin.attendance(store, event_id, dt.date.today()) or [True])
