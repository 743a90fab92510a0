"""The Agenda tab keeps the published plan: edits during the event ask before moving later items
and never touch the baseline; a closed event looks closed; every control has a name."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from dialogue_desk.services import agenda
from dialogue_desk.services.events import get_event, set_status
from dialogue_desk.store.enums import EventStatus
from dialogue_desk.ui.agenda.model import EXPECTED, MINUTES, PUBLISHED, TITLE
from dialogue_desk.ui.agenda.plan_actions import Shift
from dialogue_desk.ui.agenda.tab import AgendaTab
from dialogue_desk.ui.context import UiContext
from tests.helpers.notes_accessibility import mnemonic_clashes, nameless_controls

TODAY = dt.date.today()


@pytest.fixture
def event_id(store):
    """The demo event as a fresh plan (not started), its second day TODAY."""
    from dialogue_desk.services.demo import create_demo_event

    event = create_demo_event(
        store, participants=10, responses=0, seed=3, start=TODAY - dt.timedelta(days=1)
    )
    for item in agenda.list_items(store, event):
        if item.actual_start is not None:
            agenda.correct_actual_times(store, item.id, None, None)
    set_status(store, event, EventStatus.PLANNED)
    return event


@pytest.fixture
def messages(monkeypatch):
    shown: list[str] = []

    def record(*args, **kwargs):
        shown.append(str(args[2]) if len(args) > 2 else "")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "information", record)
    return shown


@pytest.fixture
def tab(qtbot, store, event_id, messages):
    context = UiContext(store)
    widget = AgendaTab(context)
    widget.clock = lambda: dt.datetime.combine(TODAY, dt.time(9, 35))
    qtbot.addWidget(widget)
    context.set_event(get_event(store, event_id))
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def today_items(tab):
    return [i for i in agenda.list_items(tab.context.store, tab.current_event.id) if i.day == TODAY]


def answer(tab, choice):
    asked: list[int] = []

    def ask(item, data, later):
        asked.append(later)
        return choice

    tab.actions_.plan.ask_shift = ask
    return asked


def test_first_f5_publishes_the_plan_and_runs_the_event(tab):
    assert all(not i.published for i in today_items(tab))
    assert tab.model.index(0, PUBLISHED).data() == ""
    tab.actions_.start_next.trigger()
    items = agenda.list_items(tab.context.store, tab.current_event.id)
    assert all(i.published for i in items)
    assert all((i.baseline_start, i.baseline_end) == (i.start_time, i.end_time) for i in items)
    assert get_event(tab.context.store, tab.current_event.id).status is EventStatus.RUNNING
    assert tab.current_event.status is EventStatus.RUNNING  # the context was refreshed
    assert tab.model.index(0, PUBLISHED).data() == "09:30\u201309:45"


def test_edit_during_the_event_asks_and_keeps_the_baseline(tab, qtbot):
    tab.actions_.start_next.trigger()
    first = tab.model.item(0)
    asked = answer(tab, Shift.ALL)
    assert tab.model.setData(tab.model.index(0, MINUTES), 50, Qt.ItemDataRole.EditRole)
    qtbot.waitUntil(lambda: bool(asked))
    assert asked == [3]  # the three items before the fixed lunch
    items = today_items(tab)
    assert items[0].end_time == dt.time(10, 20)
    assert items[1].start_time == dt.time(10, 20)  # expected times moved...
    assert items[1].baseline_start == dt.time(9, 45)  # ...the published plan did not
    assert items[0].baseline_end == first.end_time
    lunch = next(i for i in items if i.pinned)
    assert lunch.start_time == lunch.baseline_start
    assert "\u2013" in tab.model.index(1, PUBLISHED).data()
    tip = tab.model.index(1, PUBLISHED).data(Qt.ItemDataRole.ToolTipRole)
    assert "35 min later" in tip
    tab.undo_stack.undo()
    assert today_items(tab)[1].start_time == dt.time(9, 45)
    assert today_items(tab)[1].baseline_start == dt.time(9, 45)


def test_only_this_item_leaves_the_rest_of_the_day(tab, qtbot):
    answer(tab, Shift.ONLY_THIS)
    item = tab.model.item(0)
    data = agenda.AgendaItemData(**{**item.data().__dict__, "end_time": dt.time(10, 15)})
    tab.edit_item(item.id, data)
    items = today_items(tab)
    assert items[0].end_time == dt.time(10, 15)
    assert items[1].start_time == dt.time(9, 45)
    assert items[1].id in tab.model.problems  # the overlap is flagged, not silently fixed


def test_cancel_changes_nothing_and_no_question_without_later_items(tab):
    asked = answer(tab, Shift.CANCEL)
    item = tab.model.item(0)
    data = agenda.AgendaItemData(**{**item.data().__dict__, "end_time": dt.time(10, 15)})
    tab.edit_item(item.id, data)
    assert today_items(tab)[0].end_time == dt.time(9, 45)
    assert tab.undo_stack.count() == 0
    # A new title moves nothing: no question.
    renamed = agenda.AgendaItemData(**{**item.data().__dict__, "title": "Recap"})
    tab.edit_item(item.id, renamed)
    assert asked == [3]
    assert today_items(tab)[0].title == "Recap"


def test_publish_plan_action_and_added_items(tab):
    tab.actions_.publish.trigger()
    assert all(i.published for i in today_items(tab))
    store, event = tab.context.store, tab.current_event.id
    agenda.add_item(
        store,
        event,
        agenda.AgendaItemData(
            day=TODAY, start_time=dt.time(17, 0), end_time=dt.time(17, 30), title="Extra"
        ),
    )
    tab.reload()
    row = tab.model.row_of(next(i.id for i in today_items(tab) if i.title == "Extra"))
    assert tab.model.index(row, PUBLISHED).data() == "added"
    assert agenda.plan_state(today_items(tab)) is agenda.PlanState.PUBLISHED_WITH_ADDITIONS
    # Publishing again asks, and replaces the plan only when confirmed.
    tab.actions_.plan.ask_republish = lambda: False
    tab.actions_.publish.trigger()
    assert agenda.plan_state(today_items(tab)) is agenda.PlanState.PUBLISHED_WITH_ADDITIONS
    tab.actions_.plan.ask_republish = lambda: True
    tab.actions_.publish.trigger()
    assert agenda.plan_state(today_items(tab)) is agenda.PlanState.PUBLISHED
    tab.undo_stack.undo()
    assert agenda.plan_state(today_items(tab)) is agenda.PlanState.PUBLISHED_WITH_ADDITIONS


def test_a_fixed_item_stays_at_its_time_when_the_day_runs_late(tab):
    tab.clock = lambda: dt.datetime.combine(TODAY, dt.time(9, 30))
    tab.actions_.start_next.trigger()
    tab.clock = lambda: dt.datetime.combine(TODAY, dt.time(12, 0))
    tab.tick()
    lunch_row = next(r for r in range(tab.model.rowCount()) if tab.model.item(r).pinned)
    lunch = tab.model.item(lunch_row)
    text = tab.model.index(lunch_row, EXPECTED).data()
    assert text.startswith("12:30") and "\u26a0" in text
    tip = tab.model.index(lunch_row, EXPECTED).data(Qt.ItemDataRole.ToolTipRole)
    assert "Fixed time" in tip
    assert lunch.start_time == dt.time(12, 30)
    # One headline while over time: no "early" beside it.
    assert tab.live.delay.text().startswith("\u26a0 Over time by")
    assert "early" not in tab.live.delay.text()


def test_a_closed_event_looks_closed_and_stops_the_running_item(tab, qtbot):
    tab.actions_.start_next.trigger()
    store, event = tab.context.store, tab.current_event.id
    set_status(store, event, EventStatus.CLOSED, now=dt.datetime.combine(TODAY, dt.time(9, 50)))
    assert agenda.running_item(store, event) is None
    tab.context.event = get_event(store, event)
    tab.on_changes(tab.watches)
    assert tab.closed_label.isVisible() and "closed" in tab.closed_label.text()
    assert not tab.live.start_button.isEnabled()
    assert not tab.actions_.start_next.isEnabled() and not tab.actions_.add.isEnabled()
    assert not tab.actions_.edit.isEnabled() and not tab.actions_.delete.isEnabled()
    assert tab.actions_.print_.isEnabled()  # reading and printing stay
    assert not tab.model.flags(tab.model.index(0, TITLE)) & Qt.ItemFlag.ItemIsEditable
    assert not tab.timer.isActive()
    assert "Closed" in tab.live.now_label.text()
    # Reopened: editable again.
    set_status(store, event, EventStatus.RUNNING)
    tab.context.event = get_event(store, event)
    tab.on_changes(tab.watches)
    assert not tab.closed_label.isVisible()
    assert tab.model.flags(tab.model.index(0, TITLE)) & Qt.ItemFlag.ItemIsEditable


def test_every_control_of_the_agenda_tab_has_an_accessible_name(tab):
    assert nameless_controls(tab) == []
    assert tab.table.accessibleDescription()


def test_item_dialog_has_names_and_unique_mnemonics(qtbot):
    from dialogue_desk.ui.agenda.dialogs import ActualTimesDialog, ItemDialog

    dialog = ItemDialog(None, [TODAY], None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert nameless_controls(dialog) == []
    assert mnemonic_clashes(dialog) == []
    item = agenda.AgendaItemRecord(
        day=TODAY, start_time=dt.time(9), end_time=dt.time(10), title="X", id=1
    )
    actual = ActualTimesDialog(None, item)
    qtbot.addWidget(actual)
    actual.show()
    assert nameless_controls(actual) == [] and mnemonic_clashes(actual) == []
