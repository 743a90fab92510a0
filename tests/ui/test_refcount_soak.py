"""Soak: the real window's timers, the kiosk and the door over thousands of events leak nothing.

A reference leaked per event (a signal connection, a lambda kept by a timer, a row object per
check-in) shows as steady growth of ``sys.getrefcount(None)``: every Python object that holds a
None default or attribute adds one. After a warm-up the count must stay flat within a margin far
below one reference per event.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QMainWindow

from dialogue_desk.services import checkin as checkin_service
from dialogue_desk.services.checkin import list_participants
from dialogue_desk.settings import Settings
from dialogue_desk.ui.main_window import MainWindow

ROUNDS = 600  # door rounds (a search, a check-in, its take-back); timer ticks are 5×


@contextlib.contextmanager
def _no_log_records() -> Iterator[None]:
    """No log records while counting: pytest keeps every record of a test (each holds Nones),
    and an earlier test that set up the app's logging makes the door's INFO lines records."""
    logging.disable(logging.CRITICAL)
    try:
        yield
    finally:
        logging.disable(logging.NOTSET)


def _door_round(door, people: list[int], n: int) -> int:  # type: ignore[no-untyped-def]
    """A search, a check-in and its take-back; returns how many undo commands it pushed."""
    door.search.setText("ka" if n % 2 else "an")
    door.search.setText("")
    pid = people[n % len(people)]
    pushed = 0
    if not door.is_checked_in(pid):
        door.actions.check_in(pid)
        door.highlight(pid)
        door.actions.take_back()
        pushed = 2
    else:
        door.actions.check_in(pid)  # "already here": a banner, nothing else
    QCoreApplication.processEvents()
    return pushed


def _timers_round(window: MainWindow) -> None:
    agenda = window.tab_pages[0]
    timer = getattr(agenda, "timer", None)
    if timer is not None:
        timer.timeout.emit()
    kiosk = getattr(window.tab_pages[3], "kiosk", None)
    if kiosk is not None:
        kiosk.watch.timeout.emit()
    QCoreApplication.processEvents()


def _close_other_windows() -> None:
    """Windows earlier tests left open (the practice-mode controller's) keep their own timers
    and models busy in every processEvents; only this test's window is being measured."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow):
            widget.close()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def _window(qtbot, store, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    _close_other_windows()
    window = MainWindow(store, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_tab(1)
    return window


def test_the_door_leaks_nothing_per_arrival(qtbot, store, demo_event, tmp_path: Path):  # type: ignore[no-untyped-def]
    window = _window(qtbot, store, tmp_path)
    door = window.tab_pages[1]
    people = [p.id for p in list_participants(store, demo_event)][:50]
    for n in range(100):  # warm-up: caches, translations, first-time imports
        _door_round(door, people, n)
    window.context.clear_history()
    with _no_log_records():
        gc.collect()
        before = sys.getrefcount(None)
        pushed = sum(_door_round(door, people, n) for n in range(ROUNDS))
        window.context.clear_history()
        gc.collect()
        after = sys.getrefcount(None)
    # PySide keeps an emptied Python shell of every QUndoCommand the stack deleted (one None
    # each, see UiContext.clear_history); anything beyond that per arrival is a leak.
    assert after - before - pushed < ROUNDS // 4, (before, after, pushed)
    counts = checkin_service.counts(store, demo_event, door.day)
    assert door.counters.big.text() == f"{counts.registered_present} / {counts.registered}"


def test_the_window_timers_and_kiosk_leak_nothing_per_tick(qtbot, store, demo_event, tmp_path):  # type: ignore[no-untyped-def]
    window = _window(qtbot, store, tmp_path)
    evaluation = window.tab_pages[3]
    kiosk = evaluation.start_kiosk("1234") if getattr(evaluation, "form", None) else None
    try:
        for _ in range(100):
            _timers_round(window)
        with _no_log_records():
            gc.collect()
            before = sys.getrefcount(None)
            for _ in range(ROUNDS * 5):
                _timers_round(window)
            gc.collect()
            after = sys.getrefcount(None)
    finally:
        if kiosk is not None:
            kiosk.unlock()
    assert after - before < ROUNDS // 4, (before, after)
