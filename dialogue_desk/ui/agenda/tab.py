"""The Agenda tab: the programme of the event, planned and run live (issue 3)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QMenu,
    QTabBar,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from dialogue_desk.services import agenda as service
from dialogue_desk.services.agenda import AgendaItemData, AgendaItemRecord, live_status
from dialogue_desk.services.changes import Changes
from dialogue_desk.services.events import EventRecord, get_event, is_closed
from dialogue_desk.ui.agenda import actions as agenda_actions
from dialogue_desk.ui.agenda.changes import run_change
from dialogue_desk.ui.agenda.delegates import KindDelegate
from dialogue_desk.ui.agenda.live_panel import LivePanel
from dialogue_desk.ui.agenda.model import (
    ACTUAL,
    FACILITATORS,
    KIND,
    PUBLISHED,
    ROOM,
    TITLE,
    AgendaTableModel,
    day_text,
)
from dialogue_desk.ui.agenda.texts import CLOSED_STYLE, EDIT_TRIGGERS, NO_EDIT, retranslate_parts
from dialogue_desk.ui.common.errors import EXPECTED
from dialogue_desk.ui.common.form_parts import ERROR_STYLE
from dialogue_desk.ui.common.menu_button import MenuButton
from dialogue_desk.ui.context import UiContext
from dialogue_desk.ui.tab_base import EventTab


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class AgendaTab(EventTab):
    #: Agenda items change elsewhere through undo/redo and imports; the event's days with it.
    watches = Changes.AGENDA | Changes.EVENT

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("agenda_tab")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        #: The wall clock; tests and rehearsals replace it.
        self.clock: Callable[[], dt.datetime] = _now
        self.items: list[AgendaItemRecord] = []
        self.days: list[dt.date] = []
        self.day: dt.date | None = None

        self.actions_ = agenda_actions.AgendaActions(self)
        a = self.actions_
        self.live = LivePanel(a.start_next, a.stop, self)
        self.day_bar = QTabBar(objectName="agendaDays")
        self.day_bar.setExpanding(False)
        self.day_bar.setDocumentMode(True)
        self.day_bar.currentChanged.connect(self._day_chosen)
        self.toolbar = QToolBar(objectName="agendaToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions([a.add, a.edit, a.duplicate, a.delete])
        self.toolbar.addSeparator()
        self.toolbar.addActions([a.move_up, a.move_down, a.actual])
        self.toolbar.addSeparator()
        # Needed once per event: behind one button, so the toolbar fits 1280 px in every language.
        self.more_menu = QMenu(self, objectName="agendaMoreMenu")
        self.more_menu.addActions(a.more())
        self.more_button = MenuButton(objectName="agendaMore")
        self.more_button.setMenu(self.more_menu)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addWidget(self.more_button)

        self.model = AgendaTableModel(self)
        # A cell's editor is still closing when it commits: a question waits until it has.
        self.model.edit_requested.connect(lambda i, d: a.plan.edit(i, d, later=True))
        self.model.move_requested.connect(self.move_to)
        self.model.edit_refused.connect(self.show_error)
        self.table = QTableView(objectName="agendaTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(KIND, KindDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setEditTriggers(EDIT_TRIGGERS)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.activated.connect(self._activated)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (FACILITATORS, ROOM):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, 180 if column == FACILITATORS else 110)
        self.table.addActions([a.edit, a.delete])
        self.empty_label = QLabel(objectName="agendaEmpty", wordWrap=True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problems_label = QLabel(objectName="agendaProblems", wordWrap=True)
        self.problems_label.setStyleSheet(ERROR_STYLE)
        self.closed_label = QLabel(objectName="agendaClosed", wordWrap=True)
        self.closed_label.setStyleSheet(CLOSED_STYLE)
        self.closed_label.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.closed_label)
        layout.addWidget(self.live)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.day_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.problems_label)
        self.addActions([a.start_next, a.stop, *a.local()])

        QWidget.setTabOrder(self.live.start_button, self.live.stop_button)
        QWidget.setTabOrder(self.live.stop_button, self.day_bar)
        QWidget.setTabOrder(self.day_bar, self.table)
        self.timer = QTimer(self, objectName="agendaClockTimer")
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self.retranslate()
        self.set_event(context.event)

    # --- EventTab contract ----------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Agenda")

    def menu_actions(self) -> list[QAction]:
        return self.actions_.menu()

    def focus_main(self) -> None:
        if self.table.isHidden():
            self.setFocus()  # an empty day: Insert still adds the first item
            return
        self.table.setFocus()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, TITLE))

    def retranslate(self) -> None:
        self.actions_.retranslate()
        retranslate_parts(self)
        self.live.retranslate()
        if self.current_event is not None:
            self._fill_days()
            self._show_problems()

    def set_event(self, event: EventRecord | None) -> None:
        self.day = None
        self.reload()

    def on_changes(self, changes: Changes) -> None:
        self.reload()

    # --- loading --------------------------------------------------------------------------

    def reload(self, select: Iterable[int] = ()) -> None:
        """Read the event's agenda again and show it (keeping the day, selecting ``select``)."""
        event = self.current_event
        self.timer.stop()
        with self.guard() as outcome:
            self.items = service.list_items(self.context.store, event.id) if event else []
            self.days = service.agenda_days(self.context.store, event.id) if event else []
        if not outcome.ok:
            self.items, self.days = [], []
        if self.day not in self.days:
            self.day = self._default_day()
        closed = is_closed(event)
        self._set_closed(closed)
        self._fill_days()
        self._show_day(list(select))
        self.actions_.update(event is not None, bool(self.items), closed)
        self.tick()
        if event is not None and not closed:
            self.timer.start()

    def _set_closed(self, closed: bool) -> None:
        """A closed event looks closed: a banner, a read-only table, no live controls."""
        self.model.read_only = closed
        self.closed_label.setVisible(closed)
        self.live.set_closed(closed)
        self.table.setEditTriggers(NO_EDIT if closed else EDIT_TRIGGERS)
        self.table.setDragEnabled(not closed)

    def refresh_event(self) -> None:
        """Read the event again after a change of its status here (the first F5 runs it)."""
        event = self.current_event
        if event is None:
            return
        with self.guard():
            self.context.event = get_event(self.context.store, event.id)
            self.context.notify(Changes.EVENT, initiator=self)

    def _default_day(self) -> dt.date | None:
        if not self.days:
            return None
        running = next((i for i in self.items if i.running), None)
        today = self.clock().date()
        if running is not None:
            return running.day
        if today in self.days:
            return today
        event = self.current_event
        if event is not None and event.start_date in self.days:
            return event.start_date
        return self.days[0]

    def _fill_days(self) -> None:
        event = self.current_event
        self.day_bar.blockSignals(True)
        while self.day_bar.count():
            self.day_bar.removeTab(0)
        for day in self.days:
            if event is not None and event.start_date <= day <= event.end_date:
                number = (day - event.start_date).days + 1
                text = self.tr("Day {number} · {date}").format(number=number, date=day_text(day))
            else:
                text = "\u26a0 " + day_text(day)
            index = self.day_bar.addTab(text)
            self.day_bar.setTabData(index, day)
            if event is not None and not event.start_date <= day <= event.end_date:
                self.day_bar.setTabToolTip(index, self.tr("Not one of the event's days"))
        if self.day in self.days:
            self.day_bar.setCurrentIndex(self.days.index(self.day))
        self.day_bar.blockSignals(False)
        self.day_bar.setVisible(bool(self.days))

    def _day_chosen(self, index: int) -> None:
        if 0 <= index < len(self.days):
            self.day = self.days[index]
            self._show_day([])
            self.tick()

    def _show_day(self, select: list[int]) -> None:
        keep = select or [c.id for c in [self.current_item()] if c is not None]
        day_items = [i for i in self.items if i.day == self.day]
        self.model.set_items(day_items, self._problems())
        self.table.setColumnHidden(PUBLISHED, not any(i.published for i in self.items))
        self.table.setVisible(self.current_event is not None and bool(day_items))
        self.empty_label.setVisible(self.current_event is not None and not day_items)
        self._show_problems()
        self._select(keep)

    def _problems(self) -> dict[int, list[service.ItemProblem]]:
        event = self.current_event
        if event is None:
            return {}
        return service.agenda_problems(self.items, event.start_date, event.end_date)

    def _show_problems(self) -> None:
        problems = self._problems()
        if not problems:
            self.problems_label.hide()
            return
        count = len(problems)
        elsewhere = sum(1 for i in self.items if i.id in problems and i.day != self.day)
        text = self.tr(
            "%n item(s) need attention: overlapping, ending before they start or "
            "outside the event's days. Hover over \u26a0 to see why.",
            "",
            count,
        )
        if elsewhere:
            text += " " + self.tr("(%n of them on other days)", "", elsewhere)
        self.problems_label.setText(text)
        self.problems_label.show()

    def _select(self, item_ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        rows = [r for r in (self.model.row_of(i) for i in item_ids) if r >= 0]
        for row in rows:
            selection.select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
        if rows:
            self.table.setCurrentIndex(self.model.index(rows[0], TITLE))
            selection.select(
                self.model.index(rows[0], 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(self.model.index(rows[0], TITLE))

    def tick(self) -> None:
        """Once a second: the clock, lateness and expected times."""
        if self.current_event is None:
            self.live.show_status(None)
            self.live.setEnabled(False)
            return
        self.live.setEnabled(True)
        if not self.items:
            self.live.show_status(None)
            self.actions_.update_live(None)
            return
        if self.actions_.closed:  # a closed day: no clock, no expected times
            self.model.set_live({}, set(), False)
            self.live.show_status(None)
            return
        status = live_status(self.items, self.clock())
        late = {i for i in status.projected if status.late(self._item(i))}
        self.model.set_live(status.projected, late, status.overrun, status.squeezed)
        self.live.show_status(status)
        self.actions_.update_live(status)

    # --- selection ------------------------------------------------------------------------

    def _item(self, item_id: int) -> AgendaItemRecord:
        return next(i for i in self.items if i.id == item_id)

    def current_item(self) -> AgendaItemRecord | None:
        index = self.table.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def selected_items(self) -> list[AgendaItemRecord]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        items = [self.model.item(r) for r in rows]
        result = [i for i in items if i is not None]
        if not result and (current := self.current_item()) is not None:
            result = [current]
        return result

    def _activated(self, index: Any) -> None:
        if index.column() == ACTUAL:
            self.actions_.actual.trigger()
        else:
            self.actions_.edit.trigger()

    # --- changes, each one undoable -------------------------------------------------------

    def change(
        self,
        text: str,
        days: Iterable[dt.date] | None,
        work: Callable[[], Any],
        select: Callable[[Any], Iterable[int]] = lambda _: (),
    ) -> Any:
        """Run ``work`` (a service call) as one undoable step over ``days`` (None: all days)."""
        return run_change(self, text, days, work, select)

    def after_undo_step(self, step: str, text: str, error: BaseException | None) -> None:
        if error is None:
            return
        self.reload()
        if isinstance(error, EXPECTED):
            self.show_error(error)
        else:  # e.g. undoing into items deleted meanwhile (logged by the command)
            self.show_error(self.tr("This step cannot be undone any more: the agenda changed."))

    def edit_item(self, item_id: int, data: AgendaItemData) -> None:
        """Change the item ``item_id`` to ``data``, as one undoable step; asks first if later
        items would move with it."""
        self.actions_.plan.edit(item_id, data)

    def move_to(self, item_id: int, row: int) -> None:
        """Move the item ``item_id`` to ``row`` of its day, as one undoable step."""
        item = next((i for i in self.items if i.id == item_id), None)
        if item is None:
            return
        self.change(
            self.tr("Move \u201c{title}\u201d").format(title=item.title),
            {item.day},
            lambda: service.move_item(self.context.store, item_id, row),
            lambda r: [r.id],
        )

    def show_status(self, text: str) -> None:
        """Say ``text`` for a few seconds in the window's status bar."""
        bar = getattr(self.window(), "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 8000)

    def flush(self) -> None:
        """Commit a cell still being edited (tab switch, event switch, quitting)."""
        if self.table.state() != QAbstractItemView.State.EditingState:
            return
        editor = QApplication.focusWidget()
        if editor is not None and self.table.isAncestorOf(editor):
            self.table.commitData(editor)
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
