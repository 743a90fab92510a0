"""Ctrl+Z of a check-in updates its one row and the counters, like the check-in itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from dialogue_desk.services import checkin as checkin_service
from dialogue_desk.settings import Settings
from dialogue_desk.ui.checkin.tab import CheckInTab
from dialogue_desk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, store, demo_event, tmp_path: Path):  # type: ignore[no-untyped-def]
    win = MainWindow(store, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.show_tab(1)
    return win


class Spy:
    """Counts the model's resets and reloads and the rows it reports changed."""

    def __init__(self, tab: CheckInTab) -> None:
        self.resets = 0
        self.rows: list[int] = []
        self.reloads = 0
        tab.model.modelReset.connect(self._reset)
        tab.model.dataChanged.connect(lambda first, last, *_: self.rows.append(first.row()))
        original = tab.reload

        def reload() -> None:
            self.reloads += 1
            original()

        tab.reload = reload  # type: ignore[method-assign]

    def _reset(self) -> None:
        self.resets += 1


def _someone_not_here(tab: CheckInTab) -> int:
    return next(
        tab.model.id_at(r)
        for r in range(tab.model.rowCount())
        if not tab.is_checked_in(tab.model.id_at(r))
    )


def test_undo_and_redo_of_a_check_in_change_one_row(window) -> None:  # type: ignore[no-untyped-def]
    tab: CheckInTab = window.tab_pages[1]
    pid = _someone_not_here(tab)
    before = tab.shown_counts
    tab.actions.check_in(pid)
    assert tab.is_checked_in(pid)
    after_check_in = tab.shown_counts
    assert after_check_in.present == before.present + 1
    row = tab.model.row_of(pid)
    spy = Spy(tab)

    window.context.undo_stack.undo()
    assert not tab.is_checked_in(pid)
    assert spy.resets == 0 and spy.reloads == 0, "undo must not reload the door list"
    assert spy.rows == [row]
    assert tab.shown_counts == before
    assert pid not in checkin_service.attendance(window.store, tab.current_event.id, tab.day)
    assert tab.shown_counts == checkin_service.counts(window.store, tab.current_event.id, tab.day)

    window.context.undo_stack.redo()
    assert tab.is_checked_in(pid)
    assert spy.resets == 0 and spy.reloads == 0
    assert spy.rows == [row, row]
    assert tab.shown_counts == checkin_service.counts(window.store, tab.current_event.id, tab.day)


def test_undo_of_taking_back_changes_one_row(window) -> None:  # type: ignore[no-untyped-def]
    tab: CheckInTab = window.tab_pages[1]
    pid = _someone_not_here(tab)
    tab.actions.check_in(pid)
    tab.highlight(pid)
    tab.actions.take_back()
    assert not tab.is_checked_in(pid)
    spy = Spy(tab)
    window.context.undo_stack.undo()  # takes back the taking back
    assert tab.is_checked_in(pid)
    assert spy.resets == 0 and spy.reloads == 0
    assert tab.shown_counts == checkin_service.counts(window.store, tab.current_event.id, tab.day)


def test_other_views_still_hear_of_the_undo(window) -> None:  # type: ignore[no-untyped-def]
    tab: CheckInTab = window.tab_pages[1]
    heard: list[object] = []
    window.context.changed.connect(lambda changes, _event, initiator: heard.append(initiator))
    tab.actions.check_in(_someone_not_here(tab))
    heard.clear()
    window.context.undo_stack.undo()
    assert heard == [tab], "news of the undo goes out, sent by the door that showed it"


def test_a_step_whose_result_is_unknown_still_reloads(window) -> None:  # type: ignore[no-untyped-def]
    tab: CheckInTab = window.tab_pages[1]
    pid = _someone_not_here(tab)
    tab.actions.check_in(pid)
    # The check-in was taken back elsewhere (another laptop): undo finds nothing to remove.
    checkin_service.undo_check_in(window.store, pid, tab.day)
    spy = Spy(tab)
    window.context.undo_stack.undo()
    assert spy.reloads == 1
    assert not tab.is_checked_in(pid)
