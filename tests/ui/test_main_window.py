"""The main window: empty store, creating and switching events, tabs, language, geometry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from dialogue_desk.services import events
from dialogue_desk.services.changes import Changes
from dialogue_desk.services.errors import ServiceError
from dialogue_desk.services.events import EventData
from dialogue_desk.settings import Settings
from dialogue_desk.ui.event_dialog import EventDialog
from dialogue_desk.ui.main_window import TABS_PAGE, WELCOME_PAGE, MainWindow


@pytest.fixture
def window(qtbot, store) -> Iterator[MainWindow]:
    win = MainWindow(store, Settings())
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def _answer_next_dialog(fill) -> None:  # noqa: ANN001
    """Fill the next modal EventDialog with ``fill(dialog)`` and accept it."""

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, EventDialog):
            QTimer.singleShot(20, handle)
            return
        fill(dialog)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    QTimer.singleShot(0, handle)


def test_empty_store_shows_the_welcome_page(window: MainWindow) -> None:
    assert window.pages.currentIndex() == WELCOME_PAGE
    assert window.windowTitle() == "Dialogue Desk"
    assert not window.edit_event_action.isEnabled()
    assert window.welcome.create_button.isVisible()


def test_create_event_from_the_welcome_page(window: MainWindow, qtbot) -> None:
    def fill(dialog: EventDialog) -> None:
        dialog.title.setText("Södertälje pilot")
        dialog.city.setText("Södertälje")
        dialog.country.setText("se")

    _answer_next_dialog(fill)
    window.welcome.create_button.click()
    qtbot.waitUntil(lambda: window.pages.currentIndex() == TABS_PAGE)
    assert window.windowTitle() == "Dialogue Desk \u2014 Södertälje pilot"
    [record] = events.list_events(window.store)
    assert record.country == "SE"
    assert [window.tabs.tabText(i) for i in range(4)] == ["Agenda", "Check-in", "Notes",
                                                          "Evaluation"]  # fmt: skip


def test_dialog_refuses_an_end_before_the_start(qtbot) -> None:
    dialog = EventDialog()
    qtbot.addWidget(dialog)
    dialog.title.setText("Backwards")
    dialog.end.setDate(dialog.start.date().addDays(-3))
    dialog.accept()
    assert dialog.result() == 0
    assert "cannot end before" in dialog.errors.text()
    dialog.title.clear()
    dialog.end.setDate(dialog.start.date())
    dialog.accept()
    assert "needs a title" in dialog.errors.text()


def test_switching_events_and_remembering_the_last(qtbot, store) -> None:
    day = dt.date(2026, 12, 3)
    first = events.create_event(store, EventData(title="Tallinn", start_date=day, end_date=day))
    second = events.create_event(store, EventData(title="Rīga", start_date=day, end_date=day))
    settings = Settings()
    win = MainWindow(store, settings)
    qtbot.addWidget(win)
    assert win.context.event.id in (first.id, second.id)
    index = win.event_switcher.findData(first.id)
    win.event_switcher.setCurrentIndex(index)
    win.event_switcher.activated.emit(index)
    assert win.context.event.id == first.id
    assert win.windowTitle().endswith("Tallinn")
    win.close()
    again = MainWindow(store, Settings())
    qtbot.addWidget(again)
    assert again.context.event.id == first.id


def test_ctrl_number_switches_tabs(window: MainWindow, store, qtbot) -> None:
    day = dt.date(2026, 12, 3)
    events.create_event(store, EventData(title="Narva", start_date=day, end_date=day))
    window.reload_events()
    for index in (2, 3, 1, 0):
        window.tab_actions[index].trigger()
        assert window.tabs.currentIndex() == index
    assert [a.shortcut().toString() for a in window.tab_actions] == [
        "Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4"]  # fmt: skip


def test_delete_event_asks_and_backs_up(window: MainWindow, store, qtbot, demo_event) -> None:
    window.reload_events(select=demo_event)

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, confirm)
            return
        assert "participants (40)" in box.informativeText()
        delete = next(b for b in box.buttons()
                      if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)  # fmt: skip
        delete.click()

    QTimer.singleShot(0, confirm)
    window.delete_event()
    assert events.list_events(store) == []
    assert window.pages.currentIndex() == WELCOME_PAGE
    assert list((store.path.parent / "backups").glob("*before-deleting-event*"))


def test_language_choice_is_remembered(window: MainWindow) -> None:
    window.language_actions["sv"].trigger()
    assert Settings().language == "sv"
    window.language_actions["en"].trigger()
    assert Settings().language == "en"
    assert window.file_menu.title() == "&File"


def test_welcome_text_is_not_clipped(window: MainWindow, qtbot) -> None:
    label = window.welcome.text
    qtbot.waitExposed(window)
    assert label.height() >= label.heightForWidth(label.width())


def test_undo_follows_the_one_history_and_survives_a_language_change(
    window: MainWindow, store, demo_event
) -> None:
    window.reload_events(select=demo_event)
    stack = window.context.undo_stack
    assert window.undo_action.text() == "&Undo" and not window.undo_action.isEnabled()
    checkin_tab = window.tab_pages[1]
    checkin_tab.push_undoable(
        "Check-in of Anna", lambda: None, lambda: None, changes=Changes.CHECK_IN
    )
    assert window.undo_action.isEnabled() and window.undo_action.text() == "&Undo Check-in of Anna"
    window.language_actions["sv"].trigger()
    try:
        undo = window.findChild(QAction, "actionUndo")
        assert undo is window.undo_action and undo in window.edit_menu.actions()
        assert undo.text().endswith("Check-in of Anna") and undo.shortcut().toString() == "Ctrl+Z"
        undo.trigger()
        assert stack.index() == 0 and window.redo_action.isEnabled()
    finally:
        window.language_actions["en"].trigger()
    assert window.redo_action.text() == "&Redo Check-in of Anna"


def test_a_failing_undo_is_a_message_not_a_traceback(window: MainWindow, demo_event, monkeypatch):
    window.reload_events(select=demo_event)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    tab = window.tab_pages[0]

    def fail() -> None:
        raise ServiceError("That item was deleted on another laptop.")

    tab.push_undoable("Edit “Opening”", redo=lambda: None, undo=fail, changes=Changes.AGENDA)
    window.undo_action.trigger()
    assert shown == ["That item was deleted on another laptop."]
    assert not window.undo_action.isEnabled()  # the broken step left the history
