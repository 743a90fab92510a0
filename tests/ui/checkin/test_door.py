"""The door flow in a real window: type, arrows, Enter, the banner, Ctrl+Z, Ctrl+N, Ctrl+F."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from dialogue_desk.services import checkin as checkin_service
from dialogue_desk.services.checkin import (
    ParticipantData,
    add_participant,
    list_participants,
)
from dialogue_desk.settings import Settings
from dialogue_desk.ui.checkin.tab import CheckInTab
from dialogue_desk.ui.checkin.widgets import Banner
from dialogue_desk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, store, demo_event, tmp_path: Path):  # type: ignore[no-untyped-def]
    for first, last, org in (("Ilze", "Šimkēviča", "Rīgas dome"), ("Юрий", "Иванов", "Совет"),
                             ("Gunnar", "Öberg", "Malmö stad")):  # fmt: skip
        add_participant(store, demo_event, ParticipantData(first_name=first, last_name=last,
                                                           organisation=org))  # fmt: skip
    win = MainWindow(store, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.show_tab(1)
    return win


def _tab(window) -> CheckInTab:  # type: ignore[no-untyped-def]
    return window.tab_pages[1]


def _type(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type any text (keyClicks aborts on non-ASCII characters)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _highlighted(tab: CheckInTab) -> str:
    pid = tab.current_id()
    assert pid is not None
    return tab.model.record_at(tab.model.row_of(pid)).last_name


def test_ctrl2_puts_the_cursor_in_the_search_field(qtbot, window):  # type: ignore[no-untyped-def]
    window.show_tab(0)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    tab = _tab(window)
    assert window.tabs.currentWidget() is tab
    assert QApplication.focusWidget() is tab.search


def test_type_enter_checks_in_the_first_match_and_clears(qtbot, window, store, demo_event):  # type: ignore[no-untyped-def]
    tab = _tab(window)
    qtbot.keyClicks(tab.search, "simkev")
    assert tab.model.rowCount() == 1 and _highlighted(tab) == "Šimkēviča"
    before = checkin_service.counts(store, demo_event, dt.date.today()).present
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.search.text() == "" and tab.model.rowCount() == len(
        list_participants(store, demo_event)
    )
    assert tab.banner.kind == Banner.OK and "Šimkēviča" in tab.banner.text()
    assert checkin_service.counts(store, demo_event, dt.date.today()).present == before + 1
    assert tab.counters.big.text().startswith(f"{before + 1} /")
    row = tab.model.row_of(tab.current_id())
    assert tab.model.index(row, 0).data().startswith("\u2713")
    assert QApplication.focusWidget() is tab.search


def test_latin_finds_cyrillic_and_arrows_move_the_highlight(qtbot, window):  # type: ignore[no-untyped-def]
    tab = _tab(window)
    qtbot.keyClicks(tab.search, "jurij")
    assert "Иванов" in [tab.model.record_at(r).last_name for r in range(tab.model.rowCount())]
    tab.search.setText("")
    qtbot.keyClicks(tab.search, "a")
    assert tab.model.rowCount() > 3
    first = tab.current_id()
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)
    assert tab.model.row_of(tab.current_id()) == 2
    qtbot.keyClick(tab.search, Qt.Key.Key_Up)
    assert tab.model.row_of(tab.current_id()) == 1 and tab.current_id() != first
    assert QApplication.focusWidget() is tab.search


def test_non_ascii_typing_filters(qtbot, window):  # type: ignore[no-untyped-def]
    tab = _tab(window)
    _type(tab.search, "Öber")
    assert tab.search.text() == "Öber" and _highlighted(tab) == "Öberg"
    tab.search.setText("")
    _type(tab.search, "иван")
    assert _highlighted(tab) == "Иванов"


def test_twice_is_a_visible_no_op_and_ctrl_z_takes_it_back(qtbot, window, store, demo_event):  # type: ignore[no-untyped-def]
    tab = _tab(window)
    today = dt.date.today()
    qtbot.keyClicks(tab.search, "oberg")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    pid = next(p.id for p in list_participants(store, demo_event) if p.last_name == "Öberg")
    assert pid in checkin_service.attendance(store, demo_event, today)
    qtbot.keyClicks(tab.search, "oberg")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.banner.kind == Banner.NOTE and "already" in tab.banner.text()
    assert tab.undo_stack.count() == 1
    qtbot.keyClick(tab.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert pid not in checkin_service.attendance(store, demo_event, today)
    row = tab.model.row_of(pid)
    assert tab.model.index(row, 0).data() == ""
    qtbot.keyClick(
        tab.search,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert pid in checkin_service.attendance(store, demo_event, today)


def test_walk_in_prefilled_and_saved_with_one_enter(qtbot, window, store, demo_event, monkeypatch):  # type: ignore[no-untyped-def]
    tab = _tab(window)
    qtbot.keyClicks(tab.search, "maria nobody")
    assert tab.model.rowCount() == 0
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.banner.kind == Banner.NOTE and "Ctrl+Shift+N" in tab.banner.text()
    seen = {}

    def run(dialog):  # type: ignore[no-untyped-def]
        seen["first"], seen["last"] = dialog.first_name.text(), dialog.last_name.text()
        dialog.show()
        seen["focus"] = dialog.focusWidget() is dialog.organisation
        qtbot.keyClick(dialog.organisation, Qt.Key.Key_Return)
        return dialog.result()

    from dialogue_desk.ui.checkin import dialogs as checkin_dialogs

    monkeypatch.setattr(checkin_dialogs.WalkInDialog, "exec", run)
    qtbot.keyClick(
        tab.search,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert seen == {"first": "Maria", "last": "Nobody", "focus": True}
    people = {p.last_name: p for p in list_participants(store, demo_event)}
    assert people["Nobody"].walk_in
    assert people["Nobody"].id in checkin_service.attendance(store, demo_event, dt.date.today())
    assert tab.search.text() == "" and "Nobody" in tab.banner.text()
    assert window.undo_action.isEnabled()
    # Edit → Undo names the edit it takes back (the window's one history).
    assert window.undo_action.text() == "&Undo walk-in Maria Nobody"
    window.undo_action.trigger()
    assert "Nobody" not in {p.last_name for p in list_participants(store, demo_event)}
    assert window.redo_action.text() == "&Redo walk-in Maria Nobody"
    assert tab.banner.text() == "Undone: walk-in Maria Nobody"


def test_ctrl_f_returns_to_the_search_and_selects_it(qtbot, window):  # type: ignore[no-untyped-def]
    tab = _tab(window)
    qtbot.keyClicks(tab.search, "kal")
    tab.table.setFocus()
    window.find_action.trigger()
    assert QApplication.focusWidget() is tab.search and tab.search.selectedText() == "kal"


def test_day_selector_counts_per_day(qtbot, window, store, demo_event):  # type: ignore[no-untyped-def]
    tab = _tab(window)
    assert tab.day == dt.date.today() and tab.day_box.count() == 2
    today = checkin_service.counts(store, demo_event, dt.date.today())
    tab.day_box.setCurrentIndex(0)
    yesterday = checkin_service.counts(store, demo_event, tab.day)
    assert tab.counters.big.text() == f"{yesterday.registered_present} / {yesterday.registered}"
    assert yesterday.present != today.present
    qtbot.keyClicks(tab.search, "simkev")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    pid = next(p.id for p in list_participants(store, demo_event) if p.last_name == "Šimkēviča")
    assert pid in checkin_service.attendance(store, demo_event, tab.day)
    assert pid not in checkin_service.attendance(store, demo_event, dt.date.today())


def test_event_menu_has_the_tab_actions(window):  # type: ignore[no-untyped-def]
    names = {a.objectName() for a in window.feature_menus["checkin"].actions()}
    assert {"actionWalkIn", "actionImportParticipants", "actionSignInSheet", "actionBadges",
            "actionMergeParticipants", "actionPaperMarks"} <= names  # fmt: skip


def test_delete_and_undo_from_the_table(qtbot, window, store, demo_event, monkeypatch):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    tab = _tab(window)
    qtbot.keyClicks(tab.search, "oberg")
    tab.table.setFocus()

    def destructive(box: QMessageBox):  # type: ignore[no-untyped-def]
        role = QMessageBox.ButtonRole.DestructiveRole
        return next(b for b in box.buttons() if box.buttonRole(b) == role)

    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(QMessageBox, "clickedButton", destructive)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert "Öberg" not in {p.last_name for p in list_participants(store, demo_event)}
    tab.undo_stack.undo()
    assert "Öberg" in {p.last_name for p in list_participants(store, demo_event)}


def test_no_event_disables_the_tab(qtbot, store, tmp_path):  # type: ignore[no-untyped-def]
    from dialogue_desk.ui.context import UiContext

    tab = CheckInTab(UiContext(store))
    qtbot.addWidget(tab)
    assert not tab.isEnabled()


def test_typing_in_the_list_goes_on_in_the_search(qtbot, window):  # type: ignore[no-untyped-def]
    tab = _tab(window)
    tab.table.setFocus()
    qtbot.keyClicks(tab.table, "obe")
    assert tab.search.text() == "obe" and QApplication.focusWidget() is tab.search
    assert _highlighted(tab) == "Öberg"


def test_language_change_retranslates_without_errors(qtbot, window):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent

    tab = _tab(window)
    QApplication.sendEvent(tab, QEvent(QEvent.Type.LanguageChange))
    assert tab.model.headerData(1, Qt.Orientation.Horizontal) == "Last name"
    assert tab.day_box.itemText(1).endswith("(today)")


def test_email_finds_people_even_with_older_search_keys(qtbot, window, store, demo_event):  # type: ignore[no-untyped-def]
    tab = _tab(window)
    person = next(p for p in list_participants(store, demo_event) if p.email)
    qtbot.keyClicks(tab.search, person.email.split("@")[0])
    assert person.id in [tab.model.id_at(r) for r in range(tab.model.rowCount())]
