"""The Agenda tab with pytest-qt: the day table, keyboard, undo, live panel, import dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QMessageBox

from dialogue_desk.exchange.tabular import read_table
from dialogue_desk.services import agenda
from dialogue_desk.services.events import EventData, create_event, get_event
from dialogue_desk.ui.agenda.import_dialog import ImportAgendaDialog
from dialogue_desk.ui.agenda.model import END, MINUTES, PINNED, START, TITLE
from dialogue_desk.ui.agenda.plan_actions import Shift
from dialogue_desk.ui.agenda.tab import AgendaTab
from dialogue_desk.ui.context import UiContext

TODAY = dt.date.today()


@pytest.fixture
def demo_event(store):
    """The demo event with day two on TODAY, even when the run crosses midnight."""
    from dialogue_desk.services.demo import create_demo_event

    return create_demo_event(
        store, participants=40, responses=12, seed=7, start=TODAY - dt.timedelta(days=1)
    )


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
def tab(qtbot, store, demo_event, messages):
    context = UiContext(store)
    widget = AgendaTab(context)
    widget.clock = lambda: dt.datetime.combine(TODAY, dt.time(9, 35))
    # Edits that move later items ask first (tests/ui/agenda/test_plan.py); here: yes.
    widget.actions_.plan.ask_shift = lambda *_args: Shift.ALL
    widget.actions_.plan.ask_push = lambda *_args: True
    qtbot.addWidget(widget)
    context.set_event(get_event(store, demo_event))
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def titles(tab):
    return [tab.model.item(r).title for r in range(tab.model.rowCount())]


def test_shows_todays_items_and_both_days(tab):
    assert tab.day_bar.count() == 2
    assert tab.day == TODAY
    assert titles(tab)[0] == "Recap of day one"
    assert tab.model.index(0, START).data() == "09:30"
    assert tab.live.start_button.isEnabled()
    assert tab.menu_actions()[0].shortcut().toString() == "F5"
    assert tab.menu_actions()[0].shortcutContext() == Qt.ShortcutContext.ApplicationShortcut


def test_f5_starts_next_and_clock_counts(tab, qtbot):
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_F5)
    running = agenda.running_item(tab.context.store, tab.current_event.id)
    assert running is not None and running.title == "Recap of day one"
    assert running.actual_start == dt.datetime.combine(TODAY, dt.time(9, 35))
    assert "Recap of day one" in tab.live.now_title.text()
    assert tab.live.delay.text() == "Running 5 min late"
    tab.clock = lambda: dt.datetime.combine(TODAY, dt.time(9, 45, 30))
    tab.tick()
    assert tab.live.clock.text() == "04:30"
    tab.clock = lambda: dt.datetime.combine(TODAY, dt.time(9, 55))
    tab.tick()
    assert tab.live.clock.text().startswith("\u2212")  # overrun
    assert "c62828" in tab.live.clock.styleSheet()
    assert tab.model.overrun
    # Next: the recap ends, the workshop starts; undo takes both back.
    tab.actions_.start_next.trigger()
    assert agenda.running_item(tab.context.store, tab.current_event.id).title.startswith("Workshop")
    tab.undo_stack.undo()
    assert agenda.running_item(tab.context.store, tab.current_event.id).title == "Recap of day one"
    tab.actions_.stop.trigger()
    assert agenda.running_item(tab.context.store, tab.current_event.id) is None


def test_inline_duration_change_shifts_following_and_undo(tab, qtbot):
    before = [(i.start_time, i.end_time) for i in tab.model.items]
    assert tab.model.setData(tab.model.index(0, MINUTES), 25, Qt.ItemDataRole.EditRole)
    # The question waits until the cell's editor has closed.
    qtbot.waitUntil(lambda: tab.model.items[0].end_time == dt.time(9, 55))
    after = tab.model.items
    assert after[0].end_time == dt.time(9, 55)
    assert after[1].start_time == dt.time(9, 55)
    assert after[4].title == "Lunch" and after[4].start_time == dt.time(12, 30)  # pinned
    tab.undo_stack.undo()
    assert [(i.start_time, i.end_time) for i in tab.model.items] == before
    tab.undo_stack.redo()
    assert tab.model.items[1].start_time == dt.time(9, 55)


def test_inline_start_moves_item_and_overlap_is_flagged(tab, qtbot):
    tab.model.setData(tab.model.index(3, END), QTime(13, 0), Qt.ItemDataRole.EditRole)
    qtbot.waitUntil(lambda: tab.model.items[3].end_time == dt.time(13, 0))
    items = tab.model.items
    lunch = items[4]
    problems = tab.model.problems
    assert lunch.id in problems  # the panel now runs into the pinned lunch
    assert tab.problems_label.isVisible()
    assert tab.model.index(4, TITLE).data(Qt.ItemDataRole.ToolTipRole)


def test_keyboard_move_delete_and_undo(tab, qtbot):
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(2, TITLE))
    qtbot.keyClick(tab.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert titles(tab)[:3] == ["Recap of day one", "Coffee break", "Workshop: a local action plan"]
    assert tab.model.items[1].start_time == dt.time(9, 45)
    assert tab.current_item().title == "Coffee break"
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert "Coffee break" not in titles(tab)
    tab.undo_stack.undo()
    assert titles(tab)[1] == "Coffee break"
    tab.undo_stack.undo()
    assert titles(tab)[:3] == ["Recap of day one", "Workshop: a local action plan", "Coffee break"]


def test_pin_checkbox_and_duplicate(tab, qtbot):
    tab.model.setData(
        tab.model.index(0, PINNED), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert tab.model.items[0].pinned
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(0, TITLE))
    qtbot.keyClick(tab.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert titles(tab)[:2] == ["Recap of day one", "Recap of day one"]
    assert tab.undo_stack.count() == 2


def test_add_item_through_dialog(tab, monkeypatch):
    from dialogue_desk.ui.agenda import dialogs as agenda_dialogs

    def fill(dialog):
        dialog.title.setText("Пресс-подход — Šķēle")
        dialog.minutes.setValue(20)
        return True

    monkeypatch.setattr(agenda_dialogs.ItemDialog, "exec", fill)
    tab.table.setCurrentIndex(tab.model.index(6, TITLE))
    tab.actions_.add.trigger()
    last = tab.model.items[-1]
    assert last.title == "Пресс-подход — Šķēle"
    assert (last.start_time, last.end_time) == (dt.time(15, 0), dt.time(15, 20))
    assert tab.current_item().id == last.id


def test_dialog_refuses_end_before_start(qtbot):
    from dialogue_desk.ui.agenda.dialogs import ItemDialog

    dialog = ItemDialog(None, [TODAY], None)
    qtbot.addWidget(dialog)
    dialog.title.setText("X")
    dialog.start.setTime(QTime(10, 0))
    dialog.end.setTime(QTime(9, 0))
    dialog.accept()
    assert dialog.result() == 0 and dialog.errors.text()


def test_import_dialog_offers_to_move_2013_dates(qtbot, store, samples):
    event = create_event(
        store,
        EventData(title="Tallinn", start_date=dt.date(2026, 12, 1), end_date=dt.date(2026, 12, 2)),
    )
    dialog = ImportAgendaDialog(None, read_table(samples / "agenda_tallinn.xlsx"), event, 0)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.import_button.isEnabled()
    assert dialog.dates_box.isVisible() and dialog.move_dates.isChecked()
    assert dialog.options() == (True, False)
    assert dialog.rows.rowCount() == 7
    # Ignore the title column: the preview refuses and the Import button goes grey.
    title_column = dialog._table.headers.index("Title")
    dialog.field_boxes[title_column].setCurrentIndex(0)
    assert not dialog.import_button.isEnabled()
    assert "Title" in dialog.summary.text()


def test_print_writes_the_agenda_off_the_gui_thread(tab, qtbot, monkeypatch, tmp_path):
    import threading

    from PySide6.QtWidgets import QFileDialog

    from dialogue_desk.exchange.pdf import handouts

    threads, shown = [], []
    original = handouts.write_agenda_handout

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(handouts, "write_agenda_handout", spy)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    target = tmp_path / "agenda.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "agenda"), "")
    )
    files = tab.actions_.files
    with qtbot.waitSignal(files.runner.succeeded, timeout=20000):
        tab.actions_.print_.trigger()
    assert threads and threads[0] is not threading.main_thread()
    assert target.read_bytes().startswith(b"%PDF")
    assert shown and str(target) in shown[-1]


@pytest.mark.parametrize("error", [OSError(28, "No space left on device"), "service"])
def test_a_failing_print_says_so_and_leaves_the_tab_usable(
    tab, qtbot, monkeypatch, messages, tmp_path, error
):
    from PySide6.QtWidgets import QFileDialog

    from dialogue_desk.exchange.pdf import handouts
    from dialogue_desk.services.errors import ServiceError

    def fail(*args, **kwargs):
        raise ServiceError("The folder is read-only.") if error == "service" else error

    monkeypatch.setattr(handouts, "write_agenda_handout", fail)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "a"), ""))
    files = tab.actions_.files
    with qtbot.waitSignal(files.runner.failed, timeout=20000):
        tab.actions_.print_.trigger()
    expected = "read-only" if error == "service" else "No space left on device"
    assert messages and "could not be saved as PDF" in messages[-1] and expected in messages[-1]
    assert not files.runner.running and not (tmp_path / "a.pdf").exists()
    # The tab goes on working: the next step starts and Undo takes it back.
    tab.actions_.start_next.trigger()
    assert agenda.running_item(tab.context.store, tab.current_event.id) is not None


def test_no_event_shows_nothing(qtbot, store, messages):
    widget = AgendaTab(UiContext(store))
    qtbot.addWidget(widget)
    assert not widget.actions_.start_next.isEnabled()
    assert widget.model.rowCount() == 0


def test_f5_works_from_another_tab_of_the_main_window(qtbot, store, demo_event, messages):
    from dialogue_desk.settings import Settings
    from dialogue_desk.ui.main_window import MainWindow

    window = MainWindow(store, Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    agenda_tab = window.tab_pages[0]
    agenda_tab.clock = lambda: dt.datetime.combine(TODAY, dt.time(9, 30))
    window.show_tab(2)  # Notes
    qtbot.keyClick(window.tabs.currentWidget(), Qt.Key.Key_F5)
    assert agenda.running_item(store, demo_event).title == "Recap of day one"
    # The Event menu holds it (in its Agenda submenu, where the window groups the tabs' actions).
    menus = [window.event_menu]
    found = []
    while menus:
        menu = menus.pop()
        found += menu.actions()
        menus += [a.menu() for a in menu.actions() if a.menu() is not None]
    assert agenda_tab.actions_.start_next in found


def test_copy_agenda_from_another_event_and_undo(qtbot, store, demo_event, messages, monkeypatch):
    from dialogue_desk.ui.agenda import dialogs as agenda_dialogs

    seminar = create_event(
        store,
        EventData(
            title="Rīga seminārs", start_date=dt.date(2027, 3, 1), end_date=dt.date(2027, 3, 2)
        ),
    )
    context = UiContext(store)
    widget = AgendaTab(context)
    qtbot.addWidget(widget)
    context.set_event(seminar)
    monkeypatch.setattr(agenda_dialogs.CopyAgendaDialog, "exec", lambda self: True)
    widget.actions_.copy.trigger()
    assert len(agenda.list_items(store, seminar.id)) == 17
    assert widget.day_bar.count() == 2 and widget.model.rowCount() == 10
    assert all(i.actual_start is None for i in agenda.list_items(store, seminar.id))
    widget.undo_stack.undo()
    assert agenda.list_items(store, seminar.id) == []


def test_correct_actual_times_dialog(tab, monkeypatch):
    from dialogue_desk.ui.agenda import dialogs as agenda_dialogs

    def fill(dialog):
        dialog.started.setChecked(True)
        dialog.ended.setChecked(True)
        day = TODAY
        dialog.start.setDateTime(
            agenda_dialogs._qdatetime(dt.datetime.combine(day, dt.time(9, 32)))
        )
        dialog.end.setDateTime(agenda_dialogs._qdatetime(dt.datetime.combine(day, dt.time(9, 50))))
        return True

    monkeypatch.setattr(agenda_dialogs.ActualTimesDialog, "exec", fill)
    tab.table.setCurrentIndex(tab.model.index(0, TITLE))
    tab.actions_.actual.trigger()
    item = tab.model.items[0]
    assert item.actual_start.time() == dt.time(9, 32) and item.actual_end.time() == dt.time(9, 50)
    assert tab.model.index(0, 8).data() == "09:32\u201309:50"


def test_drag_and_drop_moves_item(tab, qtbot):
    from PySide6.QtCore import QModelIndex

    workshop = tab.model.items[1]
    mime = tab.model.mimeData([tab.model.index(1, TITLE)])
    with qtbot.waitSignal(tab.model.move_requested):
        dropped = tab.model.dropMimeData(mime, Qt.DropAction.MoveAction, 4, 0, QModelIndex())
    assert dropped is False  # the view must not remove the row itself
    qtbot.waitUntil(lambda: tab.model.items[3].id == workshop.id)
    assert titles(tab)[:4] == [
        "Recap of day one",
        "Coffee break",
        "Panel: what the consultative bodies can do",
        "Workshop: a local action plan",
    ]
    assert tab.model.items[1].start_time == dt.time(9, 45)


def test_language_change_retranslates_without_trouble(tab, qtbot):
    from dialogue_desk.i18n import install_ui_language

    try:
        install_ui_language("ru")
        qtbot.wait(10)
        assert tab.day_bar.count() == 2 and tab.model.rowCount() == 7
    finally:
        install_ui_language("en")


def test_insert_on_an_empty_day_adds_the_first_item(qtbot, store, messages, monkeypatch):
    from dialogue_desk.ui.agenda import dialogs as agenda_dialogs

    event = create_event(store, EventData(title="Tühi", start_date=TODAY, end_date=TODAY))
    context = UiContext(store)
    widget = AgendaTab(context)
    qtbot.addWidget(widget)
    context.set_event(event)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    assert widget.table.isHidden() and widget.empty_label.isVisible()

    def fill(dialog):
        dialog.title.setText("Opening")
        return True

    monkeypatch.setattr(agenda_dialogs.ItemDialog, "exec", fill)
    widget.focus_main()
    qtbot.keyClick(widget, Qt.Key.Key_Insert)
    assert [i.title for i in agenda.list_items(store, event.id)] == ["Opening"]
    assert widget.table.isVisible() and widget.model.items[0].start_time == dt.time(9, 0)


def test_f5_from_another_tab_floats_a_notice_and_a_quick_end_asks(qtbot, store, demo_event):
    """F5 on the Check-in tab: the news floats over the window, not only in the status bar; a
    Shift+F5 within a minute of the start asks before a 0-minute item is recorded."""
    from dialogue_desk.settings import Settings
    from dialogue_desk.ui.common.notice import Notice
    from dialogue_desk.ui.main_window import MainWindow

    window = MainWindow(store, Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    agenda_tab = window.tab_pages[0]
    start = dt.datetime.combine(TODAY, dt.time(9, 30))
    agenda_tab.clock = lambda: start
    window.show_tab(1)  # Check-in
    agenda_tab.actions_.start_next.trigger()
    notice = window.findChild(Notice, "transientNotice")
    assert notice is not None and notice.isVisible()
    assert "Recap of day one" in notice.text()
    assert window.geometry().contains(notice.geometry().translated(window.geometry().topLeft()))
    asked: list[str] = []
    agenda_tab.actions_.ask_end_early = lambda _parent, title: asked.append(title) or False
    agenda_tab.clock = lambda: start + dt.timedelta(seconds=40)
    agenda_tab.actions_.stop.trigger()  # Shift+F5 forty seconds in: kept running
    assert asked == ["Recap of day one"]
    assert agenda.running_item(store, demo_event).title == "Recap of day one"
    agenda_tab.actions_.start_next.trigger()  # a second F5 too
    assert len(asked) == 2 and agenda.running_item(store, demo_event).title == "Recap of day one"
    agenda_tab.actions_.ask_end_early = lambda *_args: True
    agenda_tab.actions_.stop.trigger()
    assert agenda.running_item(store, demo_event) is None
    assert "after 0 min" in notice.text()
    agenda_tab.clock = lambda: start + dt.timedelta(minutes=2)
    agenda_tab.actions_.start_next.trigger()
    agenda_tab.actions_.ask_end_early = lambda *_args: pytest.fail("asked after 2 minutes")
    agenda_tab.clock = lambda: start + dt.timedelta(minutes=4)
    agenda_tab.actions_.stop.trigger()
    assert agenda.running_item(store, demo_event) is None
    window.show_tab(0)
    before = notice.text()
    agenda_tab.actions_.start_next.trigger()  # on the Agenda tab the panel shows it: no notice
    assert notice.text() == before


def test_the_day_end_says_what_keeping_the_fixed_items_takes(tab, qtbot):
    """Lunch is fixed at 12:30; the recap starts at 12:00: the day only ends on time if the
    items before lunch are cut, and the panel says so instead of a bare "15:00"."""
    start = dt.datetime.combine(TODAY, dt.time(12, 0))
    tab.clock = lambda: start
    tab.actions_.start_next.trigger()
    tab.clock = lambda: start + dt.timedelta(minutes=5)
    tab.tick()
    assert not tab.live.clock.text().startswith("\u2212")  # not over its own time
    text = tab.live.day_end.text()
    assert text.startswith("Day expected to end at") and "min are cut before the fixed" in text
    from dialogue_desk.ui.agenda.model import EXPECTED

    assert tab.model.item(4).title == "Lunch"
    assert tab.model.index(4, EXPECTED).data() == "12:30 \u26a0"  # keeps its time, warns
