"""The window's leftovers of #19: no event → nothing that does nothing, closed events marked,
one date format, the welcome screen, undo news from another tab, the data folder, the door's
walk-in button."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QMessageBox

from dialogue_desk.services import events
from dialogue_desk.services.changes import Changes
from dialogue_desk.services.events import EventData
from dialogue_desk.settings import Settings
from dialogue_desk.store.enums import EventStatus
from dialogue_desk.ui.common.form_parts import short_date_format
from dialogue_desk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, store) -> Iterator[MainWindow]:
    win = MainWindow(store, Settings())
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def _event(store, title: str = "Narva", days: int = 1) -> int:  # type: ignore[no-untyped-def]
    start = dt.date(2026, 11, 30)
    data = EventData(title=title, start_date=start, end_date=start + dt.timedelta(days=days - 1))
    return events.create_event(store, data).id


def test_no_event_means_the_event_actions_are_off(window: MainWindow) -> None:
    """Finding 24: on an empty store View → tabs, Edit → Find and the door's entries are off."""
    assert not window.find_action.isEnabled()
    assert not any(a.isEnabled() for a in window.tab_actions)
    door = window.tab_pages[1]
    assert not any(a.isEnabled() for a in door.actions.all())


def test_the_event_actions_come_on_with_an_event(window: MainWindow, store) -> None:
    window.reload_events(select=_event(store))
    assert window.find_action.isEnabled()
    assert all(a.isEnabled() for a in window.tab_actions)
    door = window.tab_pages[1]
    assert door.actions.walk_in_action.isEnabled() and door.actions.import_action.isEnabled()


def test_a_closed_event_is_marked_in_the_switcher(window: MainWindow, store) -> None:
    open_id, closed_id = _event(store, "Open one"), _event(store, "Done one", days=2)
    events.set_status(store, closed_id, EventStatus.CLOSED)
    window.reload_events(select=open_id)
    switcher = window.event_switcher
    closed_text = switcher.itemText(switcher.findData(closed_id))
    open_text = switcher.itemText(switcher.findData(open_id))
    assert closed_text.endswith("closed") and not open_text.endswith("closed")
    fmt = short_date_format()
    first, last = QDate(2026, 11, 30), QDate(2026, 12, 1)
    locale = QLocale()
    assert f"{locale.toString(first, fmt)} \u2013 {locale.toString(last, fmt)}" in closed_text


def test_the_day_combo_writes_dates_as_the_switcher_does(window: MainWindow, store) -> None:
    window.reload_events(select=_event(store, days=2))
    day_box = window.tab_pages[1].day_box
    expected = QLocale().toString(QDate(2026, 11, 30), short_date_format())
    assert expected in day_box.itemText(0)
    assert expected in window.event_switcher.currentText()


def test_welcome_primary_button_width_and_language_row(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.welcome
    assert page.create_button.isDefault()
    assert page.create_button.width() == page.practice_button.width()
    assert page.create_button.hasFocus() or window.focusWidget() is page.create_button
    label = page.language_label
    assert label.buddy() is page.language_box and label.text() == "&Language:"
    index = page.language_box.findData("sv")
    # Stepping through with the arrow keys changes the window once, when the choice rests.
    for step in (page.language_box.findData("et"), page.language_box.findData("lv"), index):
        page.language_box.setCurrentIndex(step)
        page.language_box.activated.emit(step)
        assert window.language == "en"
    qtbot.waitUntil(lambda: window.language == "sv", timeout=3000)
    try:
        assert window.language == "sv" and Settings().language == "sv"
        assert window.language_actions["sv"].isChecked()
        assert page.create_button.text() != "Create an event…"
    finally:
        window.language_actions["en"].trigger()
    assert page.language_box.currentData() == "en", "View → Language moves the row too"


def test_undo_from_another_tab_floats_a_notice(window: MainWindow, store, qtbot) -> None:
    window.reload_events(select=_event(store))
    agenda = window.tab_pages[0]
    agenda.push_undoable("Move “Coffee break”", lambda: None, lambda: None,
                         changes=Changes.AGENDA)  # fmt: skip
    window.show_tab(1)
    window.undo_action.trigger()
    notice = window.findChild(QLabel, "transientNotice")
    assert notice is not None and notice.isVisible()
    assert notice.text() == "Undone: Move “Coffee break”"
    notice.hide()
    window.redo_action.trigger()
    assert notice.isVisible() and notice.text() == "Redone: Move “Coffee break”"


def test_undo_on_its_own_tab_floats_nothing(window: MainWindow, store) -> None:
    window.reload_events(select=_event(store))
    agenda = window.tab_pages[0]
    agenda.push_undoable("Move “Lunch”", lambda: None, lambda: None, changes=Changes.AGENDA)
    window.show_tab(0)
    window.undo_action.trigger()
    notice = window.findChild(QLabel, "transientNotice")
    assert notice is None or not notice.isVisible()


def test_open_data_folder_says_so_when_nothing_opens_it(window: MainWindow, monkeypatch) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    window.data_folder_action.trigger()
    box = window.findChild(QMessageBox, "openLocationFailed")
    assert box is not None and box.isVisible()
    box.close()


def test_the_walk_in_button_keeps_its_key_in_the_tooltip(window: MainWindow, store) -> None:
    window.reload_events(select=_event(store))
    button = window.tab_pages[1].walk_in_button
    assert button.text() == "Walk-in\u2026"
    assert "Ctrl+Shift+N" in button.toolTip() and "Ctrl+Shift+N" in button.accessibleDescription()
