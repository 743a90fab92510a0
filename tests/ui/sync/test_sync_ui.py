"""The sync actions in a window, the automatic sync and the merge review with undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow, QMenu

from dialogue_desk.exchange.event_sync import sync_event
from dialogue_desk.services.checkin import ParticipantData, add_walk_in, list_participants
from dialogue_desk.services.events import get_event
from dialogue_desk.ui.context import UiContext
from dialogue_desk.ui.sync import install_sync_actions
from dialogue_desk.ui.sync.review_dialog import MergeReviewDialog
from tests.services.sync.laptops import DAY1, Laptop, new_event


@pytest.fixture
def desk(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    a, b = Laptop(tmp_path, "a"), Laptop(tmp_path, "b")
    a.event_id = new_event(a.store)
    b.join(a.share(tmp_path))
    folder = tmp_path / "folder"
    folder.mkdir()
    window = QMainWindow()
    qtbot.addWidget(window)
    context = UiContext(a.store)
    file_menu = window.menuBar().addMenu("&File")
    event_menu = window.menuBar().addMenu("Even&t")
    actions = install_sync_actions(window, file_menu, event_menu, context)
    context.set_event(get_event(a.store, a.event_id))
    yield a, b, folder, window, context, actions
    a.close()
    b.close()


def test_the_actions_are_in_the_menus(desk) -> None:  # type: ignore[no-untyped-def]
    _, _, _, window, _, actions = desk
    menus = {m.title(): [a.objectName() for a in m.actions()] for m in window.findChildren(QMenu)}
    assert "shareEventAction" in menus["&File"] and "openSharedEventAction" in menus["&File"]
    assert {"syncNowAction", "mergeReviewAction", "syncSettingsAction"} <= set(menus["Even&t"])
    assert actions.sync_action.shortcut().toString() == "Ctrl+Shift+Y"
    assert actions.sync_action.isEnabled()


def test_sync_now_runs_in_the_background_and_refreshes(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    a, b, folder, _, context, actions = desk
    add_walk_in(b.store, b.event_id, ParticipantData(first_name="Mari", last_name="Lepp"), DAY1)
    sync_event(b.store, b.event_id, folder)
    heard = []
    context.watch(object(), context_changes_all(), heard.append)
    with qtbot.waitSignal(actions.runner.succeeded, timeout=20000):
        actions.sync_now(folder=str(folder))
    assert [p.first_name for p in list_participants(a.store, a.event_id)] == ["Mari"]
    assert heard, "the views hear about the merge"
    actions.settings.set_value("sync/every_minutes", 5)
    actions.apply_interval()
    assert actions.timer.isActive() and actions.timer.interval() == 5 * 60_000


def context_changes_all():  # type: ignore[no-untyped-def]
    from dialogue_desk.services.changes import Changes

    return Changes.ALL


def test_merge_review_merges_people_and_undo_takes_it_back(qtbot, desk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, folder, window, context, _ = desk
    add_walk_in(a.store, a.event_id, ParticipantData(first_name="Ирина", last_name="Петрова"),
                DAY1)  # fmt: skip
    add_walk_in(b.store, b.event_id, ParticipantData(first_name="Ирина", last_name="Петрова"),
                DAY1)  # fmt: skip
    b.sync(folder)
    a.sync(folder)
    dialog = MergeReviewDialog(context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 1
    assert dialog.merge_button.isEnabled() and not dialog.keep_other_button.isEnabled()
    dialog.grab().save(str(tmp_path / "merge-review.png"))
    dialog.merge_button.click()
    assert len(list_participants(a.store, a.event_id)) == 1
    assert dialog.model.rowCount() == 0
    assert context.undo_stack.undoText() == "Merge two people"
    context.undo_stack.undo()
    assert len(list_participants(a.store, a.event_id)) == 2
    assert dialog.model.rowCount() == 1
    context.undo_stack.redo()
    assert len(list_participants(a.store, a.event_id)) == 1
