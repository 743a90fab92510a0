"""A facilitator's day on the practice event, driven through the real window by keyboard.

Check in arrivals by typing a few letters (Cyrillic names typed in Latin), add walk-ins, run the
agenda live with F5 through an overrun, capture decisions and an action item in Notes, let three
respondents use the kiosk, close the event and export: every exercise ticks itself off, and the
workbook and PDF name everyone right.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from dialogue_desk.app import AppController
from dialogue_desk.paths import default_store_path
from dialogue_desk.services import agenda, checkin
from dialogue_desk.services.checkin import list_participants
from dialogue_desk.services.text import fold
from dialogue_desk.settings import Settings

sys.path.insert(0, str(Path(__file__).parents[1] / "helpers"))
from notes_typing import type_text  # noqa: E402


@pytest.fixture
def practice(qtbot, data_home: Path):
    controller = AppController(Settings(), "en", default_store_path())
    assert controller.open(True)
    window = controller.window
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    yield controller
    controller.window.close()
    controller.window.store.close()


def _tick(window) -> set[str]:  # type: ignore[no-untyped-def]
    window.exercise_panel.refresh()
    return window.exercise_panel.done_keys()


def test_a_facilitators_day(practice: AppController, qtbot, monkeypatch, data_home: Path) -> None:
    window = practice.window
    store, event = window.store, window.context.event
    today = dt.date.today()
    assert event.start_date == today and _tick(window) == set()

    # The door: two or three letters of a name, Enter; Cyrillic names typed in Latin.
    window.show_tab(1)
    door = window.tab_pages[1]
    people = list_participants(store, event.id)
    cyrillic = [p for p in people if any("\u0400" <= c <= "\u04ff" for c in p.last_name)]
    arrivals = cyrillic[:4] + [p for p in people if p not in cyrillic][:4]
    for person in arrivals:
        query = f"{fold(person.last_name)} {fold(person.first_name)[:2]}"
        QTest.keyClicks(door.search, query)
        assert door.current_id() == person.id, query
        QTest.keyClick(door.search, Qt.Key.Key_Return)
        assert door.search.text() == ""
    from dialogue_desk.ui.checkin import dialogs as checkin_dialogs

    def save(dialog):  # type: ignore[no-untyped-def]
        dialog.show()
        QTest.keyClick(dialog.organisation, Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(checkin_dialogs.WalkInDialog, "exec", save)
    for walk_in in ("Amira Haddad", "Jonas Berg"):
        QTest.keyClicks(door.search, walk_in)
        # Ctrl+N is New event everywhere; the walk-in has its own key on the door tab.
        QTest.keyClick(
            door.search,
            Qt.Key.Key_N,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert checkin.counts(store, event.id, today).present == 10
    assert "check_in" in _tick(window)

    # The agenda live: F5 starts the first item; it overruns; F5 starts the next.
    window.show_tab(0)
    live = window.tab_pages[0]
    first, second = agenda.list_items(store, event.id, today)[:2]
    start = dt.datetime.combine(today, first.start_time)
    live.clock = lambda: start
    window.show_tab(2)  # F5 works from any tab
    QTest.keyClick(window.tabs.currentWidget(), Qt.Key.Key_F5)
    late = start + (dt.datetime.combine(today, first.end_time) - start) + dt.timedelta(minutes=12)
    live.clock = lambda: late
    QTest.keyClick(window.tabs.currentWidget(), Qt.Key.Key_F5)
    assert agenda.running_item(store, event.id).title == second.title
    assert "agenda" in _tick(window)

    # Notes: Ctrl+3, decisions with Alt+3, an action item with Alt+4, Ctrl+Enter between.
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    notes = window.tab_pages[2]
    qtbot.waitUntil(lambda: notes.editor.text.hasFocus())
    for decision in ("Konsultācijas izsludina četras nedēļas iepriekš", "Решение: встреча в мае"):
        QTest.keyClick(notes.editor.text, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
        type_text(notes.editor.text, decision)
        QTest.keyClick(notes.editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(notes.editor.text, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    type_text(notes.editor.text, "Send the minutes to all participants")
    type_text(notes.editor.action_row.owner, "Ļaudams Ņikitins")
    QTest.keyClick(notes.editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "notes" in _tick(window)

    # The kiosk: three respondents, then the facilitator's PIN.
    window.show_tab(3)
    evaluation = window.tab_pages[3]
    kiosk = evaluation.start_kiosk("2468")
    qtbot.waitExposed(kiosk)
    for language in ("et", "ru", "sv"):
        kiosk.language_buttons[language].click()
        kiosk.view.set_values({"relevance": 5, "chance_to_speak": 4, "balance": 4,
                               "facilitation": 5, "organisation": 4, "learning": 3,
                               "networking": 4, "again": True})  # fmt: skip
        kiosk.submit()
        assert kiosk.stack.currentWidget() is kiosk.thanks
        kiosk.timer.timeout.emit()
    kiosk.leave_button.click()
    QTest.keyClicks(kiosk.pin_edit, "2468")
    QTest.keyClick(kiosk.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not kiosk.isVisible())
    assert "kiosk" in _tick(window)

    # Close the event and sync out: one action, workbook and PDF in the export folder.
    actions = window.export_actions
    monkeypatch.setattr(actions, "_ask", lambda dialog: True)
    with qtbot.waitSignal(actions.runner.succeeded, timeout=60000):
        actions.close_action.trigger()
    assert _tick(window) == {"check_in", "agenda", "notes", "kiosk", "close"}

    # Practice exports have their own folder, apart from the real ones.
    assert not list((data_home / "exports").rglob("*.xlsx"))
    [workbook] = list((data_home / "practice-exports").rglob("*.xlsx"))
    [report] = list((data_home / "practice-exports").rglob("*.pdf"))
    assert "PRACTICE" in workbook.name and "PRACTICE" in report.name
    book = openpyxl.load_workbook(workbook)
    cells = {str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row}
    for person in arrivals:
        assert person.last_name in cells  # Cyrillic and diacritics spelled right
    assert "Ļaudams Ņikitins" in cells
    text = subprocess.run(["pdftotext", str(report), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    assert "Решение: встреча в мае" in text
