"""Start-up opens the store on a worker thread and builds the other tabs a turn at a time.

Driven through the real start-up path (``AppController.open(False, deferred=True)``): the door
is shown from a plain read, the store opens on the worker, then the Agenda, Notes and
Evaluation tabs and the export and sync actions are built one per event-loop turn. No time is
asserted: only that the loop turns between the pieces and that nothing is lost or broken.
"""

from __future__ import annotations

import gc
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from dialogue_desk.app import AppController
from dialogue_desk.services import checkin as checkin_service
from dialogue_desk.services.demo import create_demo_event
from dialogue_desk.settings import Settings
from dialogue_desk.store import open_store
from dialogue_desk.ui import store_opening
from dialogue_desk.ui.main_window import MainWindow
from dialogue_desk.ui.window_tabs import DOOR_TAB, WindowTabs

TAB_CLASSES = ["AgendaTab", "CheckInTab", "NotesTab", "EvaluationTab"]


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Hold the store's opening (the worker thread) until the test sets the event."""
    gate = threading.Event()
    real = store_opening.import_store

    def wait_then_import() -> None:
        gate.wait(20)
        real()

    monkeypatch.setattr(store_opening, "import_store", wait_then_import)
    return gate


@pytest.fixture
def stalled(monkeypatch: pytest.MonkeyPatch) -> list[MainWindow]:
    """Keep the tabs from building on their own turns; ``_resume(window)`` carries on."""
    waiting: list[MainWindow] = []
    monkeypatch.setattr(MainWindow, "_next_step", lambda self: waiting.append(self))
    return waiting


@pytest.fixture
def loading(held: threading.Event, stalled: list[MainWindow]) -> threading.Event:
    """Both: the store held on the worker, then the tabs kept from building on their own."""
    return held


def _resume(window: MainWindow) -> None:
    while window._steps:  # noqa: SLF001 - the test plays the event loop's turns
        WindowTabs._next_step(window)  # noqa: SLF001


def _demo(store_path: Path) -> int:
    store = open_store(store_path)
    try:
        return create_demo_event(store, participants=60, responses=5, seed=11)
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
    if window is None:
        return
    window.close()
    if window.context is not None and window.context.store is not None:
        window.store.close()


def _press(qtbot, window: MainWindow, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+``key`` where the keyboard focus is, as a user presses it."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, Qt.KeyboardModifier.ControlModifier)


def _built(window: MainWindow) -> list[str]:
    return [type(page).__name__ for _index, page in window.built_tabs()]


def test_the_event_loop_turns_between_the_pieces(qtbot, store_path, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _demo(store_path)
    turns = [0]
    counter = QTimer(interval=0)
    counter.timeout.connect(lambda: turns.__setitem__(0, turns[0] + 1))
    seen: list[tuple[int, int]] = []
    real = WindowTabs.tab_page

    def noting(self, index):  # type: ignore[no-untyped-def]
        if index not in self._built:  # noqa: SLF001
            seen.append((index, turns[0]))
        return real(self, index)

    monkeypatch.setattr(WindowTabs, "tab_page", noting)
    counter.start()
    controller = _start(qtbot, store_path, tmp_path)
    window = controller.window
    try:
        qtbot.waitUntil(lambda: window.context is not None and window.tabs_loaded, timeout=20000)
        counter.stop()
        assert [index for index, _turn in seen] == [0, 2, 3]
        at = [turn for _index, turn in seen]
        assert at == sorted(set(at)), f"the counter did not tick between the tabs: {seen}"
        assert _built(window) == TAB_CLASSES
        assert [type(p).__name__ for p in window.tab_pages] == TAB_CLASSES
        assert window.export_actions is not None and window.sync_actions is not None
        assert gc.isenabled(), "garbage is collected again once the window is open"
    finally:
        counter.stop()
        _close(controller)


def test_typing_at_the_door_while_it_loads_is_kept(qtbot, store_path, tmp_path, loading) -> None:  # type: ignore[no-untyped-def]
    event_id = _demo(store_path)
    door_read = checkin_service.read_door(store_path, event_id)
    assert door_read is not None
    person = door_read.participants[7]
    controller = _start(qtbot, store_path, tmp_path)
    window = controller.window
    tab = window.door_tab
    try:
        tab.search.setText(person.last_name[:2])  # typed while the store opens
        loading.set()
        qtbot.waitUntil(lambda: window.context is not None, timeout=20000)
        assert window.tab_pages == [] and _built(window) == ["CheckInTab"]
        tab.search.setText(person.last_name)  # typed while the other tabs are built
        _resume(window)
        assert window.tabs_loaded
        assert window.tabs.currentIndex() == DOOR_TAB and window.tab_pages[DOOR_TAB] is tab
        assert tab.search.text() == person.last_name
        shown = [tab.model.id_at(r) for r in range(tab.model.rowCount())]
        assert person.id in shown and len(shown) < len(door_read.participants)
    finally:
        loading.set()
        _close(controller)


def test_a_tab_pressed_before_its_turn_is_built_at_once(
    qtbot, store_path, tmp_path, stalled
) -> None:  # type: ignore[no-untyped-def]
    _demo(store_path)
    controller = _start(qtbot, store_path, tmp_path)
    window = controller.window
    try:
        qtbot.waitUntil(lambda: window.context is not None, timeout=20000)
        assert _built(window) == ["CheckInTab"]
        assert all(window.tabs.isTabEnabled(i) for i in range(4)), (
            "pressable once the store is open"
        )
        window.tabs.tabBar().setCurrentIndex(0)  # as a click on the tab does
        assert window.tabs.currentIndex() == 0
        assert type(window.tabs.currentWidget()).__name__ == "AgendaTab"
        assert window.tabs.currentWidget().model.rowCount() > 0, "it shows the event's agenda"
        _press(qtbot, window, Qt.Key.Key_3)
        assert type(window.tabs.currentWidget()).__name__ == "NotesTab"
        window.tab_actions[1].trigger()  # View → Check-in: the door, as it was
        assert window.tabs.currentIndex() == DOOR_TAB
        # The Evaluation submenu of the Event menu builds its tab as it opens.
        menu = window.feature_menus["evaluation"]
        assert menu.isEmpty()
        menu.aboutToShow.emit()
        assert not menu.isEmpty() and type(window.tabs.widget(3)).__name__ == "EvaluationTab"
        assert window.tabs.currentIndex() == DOOR_TAB, "building it did not switch to it"
        assert not window.tabs_loaded  # the export and sync actions are still to come
        _resume(window)
        assert window.tabs_loaded and _built(window) == TAB_CLASSES
        keys = list(window.feature_menus)
        assert keys == ["agenda", "checkin", "notes", "evaluation", "sync"]
        assert all(not window.feature_menus[k].isEmpty() for k in keys)
        for index in range(4):
            window.show_tab(index)
            assert window.tabs.currentWidget() is window.tab_pages[index]
    finally:
        _close(controller)


def test_the_menus_and_keys_work_during_and_after_loading(
    qtbot, store_path, tmp_path, stalled
) -> None:  # type: ignore[no-untyped-def]
    _demo(store_path)
    controller = _start(qtbot, store_path, tmp_path)
    window = controller.window
    try:
        qtbot.waitUntil(lambda: window.context is not None, timeout=20000)
        for menu in (window.file_menu, window.edit_menu, window.view_menu, window.event_menu):
            menu.aboutToShow.emit()  # nothing in a menu reaches for a tab not built
        window.find_action.trigger()
        assert window.door_tab is None and window.tab_pages == []
        assert window.tabs.currentIndex() == DOOR_TAB
        window.set_language("et")
        window.set_language("en")
        assert window.tabs.tabText(0) == "Agenda"
        for index in (3, 0, 2, 1):
            _press(qtbot, window, getattr(Qt.Key, f"Key_{index + 1}"))
            assert window.tabs.currentIndex() == index
        _resume(window)
        assert window.tabs_loaded
        window.show_tab(3)
        window.find_action.trigger()
        assert window.export_actions.workbook_action.isEnabled()
    finally:
        _close(controller)


def test_closing_while_the_store_opens_is_clean(qtbot, store_path, tmp_path, held) -> None:  # type: ignore[no-untyped-def]
    _demo(store_path)
    controller = _start(qtbot, store_path, tmp_path)
    window = controller.window
    qtbot.waitUntil(lambda: controller._opening is not None, timeout=5000)  # noqa: SLF001
    window.close()
    controller.window = None  # as the app does when the last window is closed
    held.set()
    qtbot.waitUntil(lambda: controller._opening is None, timeout=20000)  # noqa: SLF001
    assert window.context is None, "the closed window took no store"
    assert gc.isenabled()
    open_store(store_path).close()  # the worker's store was closed: its lock is free


def test_closing_while_the_tabs_load_is_clean(qtbot, store_path, tmp_path, stalled) -> None:  # type: ignore[no-untyped-def]
    _demo(store_path)
    controller = _start(qtbot, store_path, tmp_path)
    window = controller.window
    qtbot.waitUntil(lambda: window.context is not None, timeout=20000)
    opened: list[str] = []
    window.when_tabs_loaded(lambda: opened.append("store-open"))
    window.close()
    window.store.close()
    WindowTabs._next_step(window)  # noqa: SLF001 - a turn that was already due
    assert _built(window) == ["CheckInTab"], "nothing is built on a closed store"
    assert not opened
    store_opening.settle()
    open_store(store_path).close()


def test_the_quit_waits_for_a_store_still_opening(qtbot, store_path, tmp_path, held) -> None:  # type: ignore[no-untyped-def]
    _demo(store_path)
    controller = _start(qtbot, store_path, tmp_path)
    window = controller.window
    qtbot.waitUntil(lambda: controller._opening is not None, timeout=5000)  # noqa: SLF001
    window.close()
    held.set()
    controller.wait_for_opening()  # what run_app does after the event loop ends
    assert controller._opening is None  # noqa: SLF001
    assert gc.isenabled()
    open_store(store_path).close()


def test_a_bug_in_one_tab_leaves_the_others_loading(
    qtbot, store_path, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from dialogue_desk.ui.notes.tab import NotesTab

    _demo(store_path)
    real_init = NotesTab.__init__
    failures = [1]

    def failing_once(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if failures:
            failures.pop()
            raise RuntimeError("a bug in the Notes tab")
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(NotesTab, "__init__", failing_once)
    controller = _start(qtbot, store_path, tmp_path)
    window = controller.window
    try:
        with qtbot.capture_exceptions() as exceptions:
            qtbot.waitUntil(lambda: window.sync_actions is not None, timeout=20000)
        assert [str(e[1]) for e in exceptions] == ["a bug in the Notes tab"]
        assert _built(window) == ["AgendaTab", "CheckInTab", "EvaluationTab"]
        window.show_tab(2)  # pressed: built now
        assert type(window.tabs.currentWidget()).__name__ == "NotesTab"
        assert _built(window) == TAB_CLASSES
    finally:
        _close(controller)


def test_another_event_chosen_meanwhile_is_shown(qtbot, store_path, tmp_path, stalled) -> None:  # type: ignore[no-untyped-def]
    from dialogue_desk.services import events

    first = _demo(store_path)
    store = open_store(store_path)
    try:
        second = create_demo_event(store, participants=10, responses=0, seed=12)
    finally:
        store.close()
    settings = Settings(tmp_path / "settings.ini")
    settings.set_last_event(store_path.resolve(), first)
    controller = AppController(settings, "en", store_path)
    assert controller.open(False, deferred=True)
    window = controller.window
    try:
        qtbot.waitUntil(lambda: window.context is not None, timeout=20000)
        window.show_event(events.get_event(window.store, second))
        _resume(window)
        assert window.context.event.id == second
        notes, evaluation = window.tab_pages[2], window.tab_pages[3]
        assert notes.current_event.id == second and evaluation.current_event.id == second
        from dialogue_desk.services import agenda

        shown = [item.id for item in window.tab_pages[0].items]
        assert shown == [item.id for item in agenda.list_items(window.store, second)]
    finally:
        _close(controller)


def test_a_store_failing_on_the_worker_is_reported(
    qtbot, store_path, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QMessageBox

    from dialogue_desk.store import engine
    from dialogue_desk.store.errors import CorruptStoreError

    _demo(store_path)

    def damaged(path, **_kwargs):  # type: ignore[no-untyped-def]
        _kwargs["checked"].lock.release()  # as open_store does when it fails
        raise CorruptStoreError(path, "test")

    monkeypatch.setattr(engine, "open_store", damaged)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(QApplication, "exit", lambda code=0: shown.append(f"exit {code}"))
    controller = _start(qtbot, store_path, tmp_path)
    window = controller.window
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=20000)
    assert "damaged" in shown[0] and shown[1] == "exit 1"
    assert not window.isVisible() and controller.window is None and window.context is None
    assert gc.isenabled()
    monkeypatch.undo()
    open_store(store_path).close()  # its lock is free
