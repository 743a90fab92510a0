"""Start-up shows the door first: searchable before the store is open, nothing typed is lost."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from dialogue_desk.app import AppController
from dialogue_desk.services import checkin as checkin_service
from dialogue_desk.services.demo import create_demo_event
from dialogue_desk.settings import Settings
from dialogue_desk.store import open_store
from dialogue_desk.ui import store_opening
from dialogue_desk.ui.checkin.widgets import Banner
from dialogue_desk.ui.window_tabs import DOOR_TAB, TABS_PAGE


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Hold the store's loading (the worker thread) until the test sets the event."""
    gate = threading.Event()
    monkeypatch.setattr(store_opening, "import_store", lambda: gate.wait(20))
    return gate


def _demo(store_path: Path) -> int:
    store = open_store(store_path)
    try:
        return create_demo_event(store, participants=60, responses=0, seed=11)
    finally:
        store.close()


def _start(qtbot, store_path: Path, tmp_path: Path) -> AppController:  # type: ignore[no-untyped-def]
    controller = AppController(Settings(tmp_path / "settings.ini"), "en", store_path)
    assert controller.open(False, deferred=True)
    qtbot.waitUntil(lambda: controller.window.door_tab is not None, timeout=5000)
    return controller


def _close(controller: AppController) -> None:
    store_opening.settle()  # the app does when the tabs are loaded: here perhaps not yet
    window = controller.window
    window.close()
    if window.context is not None and window.context.store is not None:
        window.store.close()


def _not_yet_here(store_path: Path, event_id: int) -> tuple[int, str]:
    door = checkin_service.read_door(store_path, event_id)
    assert door is not None
    person = next(p for p in door.participants if p.id not in door.present)
    return person.id, person.last_name


def test_the_door_filters_before_the_store_is_open(qtbot, store_path, tmp_path, held) -> None:  # type: ignore[no-untyped-def]
    event_id = _demo(store_path)
    pid, last_name = _not_yet_here(store_path, event_id)
    controller = _start(qtbot, store_path, tmp_path)
    window = controller.window
    tab = window.door_tab
    try:
        assert window.context is None, "the store is not open yet"
        assert window.pages.currentIndex() == TABS_PAGE
        assert window.tabs.currentWidget() is tab
        assert [window.tabs.isTabEnabled(i) for i in range(4)] == [False, True, False, False]
        assert not tab.walk_in_button.isEnabled(), "a walk-in needs the open store"
        assert not window.event_switcher.isEnabled()
        everyone = tab.model.rowCount()
        assert everyone == 60
        tab.search.setText(last_name)
        assert 0 < tab.model.rowCount() < everyone
        assert tab.model.id_at(0) == pid or pid in [
            tab.model.id_at(r) for r in range(tab.model.rowCount())
        ]
        held.set()
        qtbot.waitUntil(lambda: window.context is not None and window.tabs_loaded, timeout=20000)
        assert window.tab_pages[DOOR_TAB] is tab
        assert tab.search.text() == last_name, "what was typed stays when the store arrives"
        assert all(window.tabs.isTabEnabled(i) for i in range(4))
        assert tab.walk_in_button.isEnabled() and window.event_switcher.isEnabled()
        assert [type(p).__name__ for p in window.tab_pages] == [
            "AgendaTab",
            "CheckInTab",
            "NotesTab",
            "EvaluationTab",
        ]
        assert window.context.event is not None and window.context.event.id == event_id
    finally:
        held.set()
        _close(controller)


def test_a_check_in_before_the_store_opens_is_made_once(qtbot, store_path, tmp_path, held) -> None:  # type: ignore[no-untyped-def]
    event_id = _demo(store_path)
    pid, last_name = _not_yet_here(store_path, event_id)
    controller = _start(qtbot, store_path, tmp_path)
    window = controller.window
    tab = window.door_tab
    try:
        for _ in range(2):  # pressed twice while waiting: still one check-in
            tab.search.setText(last_name)
            row = next(r for r in range(tab.model.rowCount()) if tab.model.id_at(r) == pid)
            tab.table.select_row(row)
            tab.check_in_highlighted()
            assert tab.banner.kind == Banner.NOTE
            assert tab.name_of(pid) in tab.banner.text()
        assert not tab.is_checked_in(pid)
        held.set()
        qtbot.waitUntil(lambda: window.context is not None, timeout=20000)
        qtbot.waitUntil(lambda: tab.is_checked_in(pid), timeout=5000)
        day = tab.day
        assert day is not None
        made = checkin_service.attendance(window.store, event_id, day)
        assert pid in made
        assert window.context.undo_stack.count() == 1
        assert tab.banner.kind == Banner.OK
    finally:
        held.set()
        _close(controller)


def test_an_empty_store_opens_on_the_welcome_page(qtbot, store_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    open_store(store_path).close()
    controller = AppController(Settings(tmp_path / "settings.ini"), "en", store_path)
    assert controller.open(False, deferred=True)
    window = controller.window
    try:
        qtbot.waitUntil(lambda: window.context is not None, timeout=20000)
        assert window.door_tab is None
        assert window.pages.currentWidget() is window.welcome
    finally:
        _close(controller)
