"""The actions of the Agenda tab (menu entries, shortcuts, toolbar) and what they do.

Planning and running the day are here; importing, copying and printing the agenda are in
``ui/agenda/file_actions.py``. Both use only the tab's public methods and attributes.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from dialogue_desk.services import agenda as service
from dialogue_desk.services.agenda import LiveStatus, live
from dialogue_desk.store.enums import EventStatus
from dialogue_desk.ui.agenda.dialogs import ask_end_early
from dialogue_desk.ui.agenda.file_actions import AgendaFileActions
from dialogue_desk.ui.agenda.plan_actions import PlanActions
from dialogue_desk.ui.common.notice import show_notice

if TYPE_CHECKING:
    from dialogue_desk.ui.agenda.tab import AgendaTab

Context = Qt.ShortcutContext


class AgendaActions(QObject):
    def __init__(self, tab: AgendaTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self._live_enabled = (False, False)
        self.files = AgendaFileActions(tab)
        self.plan = PlanActions(tab)
        self.publish = self.plan.publish
        self.closed = False
        #: Asked before an item that started under a minute ago is ended (tests replace it).
        self.ask_end_early = ask_end_early

        def make(
            name: str,
            slot: object,
            keys: str | list[str] = "",
            context: Qt.ShortcutContext = Context.WidgetWithChildrenShortcut,
        ) -> QAction:
            action = QAction(tab, objectName=name)
            shortcuts = [keys] if isinstance(keys, str) else keys
            action.setShortcuts([QKeySequence(k) for k in shortcuts if k])
            action.setShortcutContext(context)
            action.triggered.connect(slot)
            return action

        self.start_next = make(
            "actionAgendaStartNext", self.do_start_next, "F5", Context.ApplicationShortcut
        )
        self.stop = make("actionAgendaStop", self.do_stop, "Shift+F5", Context.ApplicationShortcut)
        self.add = make("actionAgendaAdd", self.do_add, ["Ins", "Ctrl+Shift+N"])
        self.edit = make(
            "actionAgendaEdit", self.do_edit, ["Return", "Enter"], Context.WidgetShortcut
        )
        self.duplicate = make("actionAgendaDuplicate", self.do_duplicate, "Ctrl+D")
        self.delete = make("actionAgendaDelete", self.do_delete, "Del", Context.WidgetShortcut)
        self.move_up = make("actionAgendaMoveUp", lambda: self.do_move(-1), "Alt+Up")
        self.move_down = make("actionAgendaMoveDown", lambda: self.do_move(1), "Alt+Down")
        self.actual = make("actionAgendaActualTimes", self.do_actual, "Ctrl+T")
        self.previous_day = make("actionAgendaPreviousDay", lambda: self.do_day(-1), "Ctrl+PgUp")
        self.next_day = make("actionAgendaNextDay", lambda: self.do_day(1), "Ctrl+PgDown")
        self.import_ = make("actionAgendaImport", self.files.do_import)
        self.copy = make("actionAgendaCopy", self.files.do_copy)
        self.print_ = make("actionAgendaPrint", self.files.do_print)
        self.separator = QAction(tab)
        self.separator.setSeparator(True)

    def menu(self) -> list[QAction]:
        return [
            self.start_next,
            self.stop,
            self.separator,
            self.publish,
            self.import_,
            self.copy,
            self.print_,
        ]

    def more(self) -> list[QAction]:
        """The toolbar's "More" menu: what is needed once per event, not every minute."""
        return [self.publish, self.import_, self.copy, self.print_]

    def local(self) -> list[QAction]:
        return [
            self.add,
            self.duplicate,
            self.move_up,
            self.move_down,
            self.actual,
            self.previous_day,
            self.next_day,
        ]

    def retranslate(self) -> None:
        texts = {
            self.add: QCoreApplication.translate("AgendaTab", "&Add item…"),
            self.edit: QCoreApplication.translate("AgendaTab", "&Edit item…"),
            self.duplicate: QCoreApplication.translate("AgendaTab", "D&uplicate"),
            self.delete: QCoreApplication.translate("AgendaTab", "&Delete"),
            self.move_up: QCoreApplication.translate("AgendaTab", "Move &up"),
            self.move_down: QCoreApplication.translate("AgendaTab", "Move do&wn"),
            self.actual: QCoreApplication.translate("AgendaTab", "Actual &times…"),
            self.previous_day: QCoreApplication.translate("AgendaTab", "Previous day"),
            self.next_day: QCoreApplication.translate("AgendaTab", "Next day"),
            self.import_: QCoreApplication.translate("AgendaTab", "&Import agenda…"),
            self.copy: QCoreApplication.translate("AgendaTab", "&Copy agenda from another event…"),
            self.print_: QCoreApplication.translate("AgendaTab", "&Print agenda (save as PDF)…"),
            self.stop: QCoreApplication.translate("AgendaTab", "S&top running item"),
        }
        self.plan.retranslate()
        for action, text in texts.items():
            action.setText(text)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(
                f"{text.replace('&', '').rstrip('…')} ({keys})"
                if keys
                else text.replace("&", "").rstrip("…")
            )
        self.update_live(None)

    def update(self, has_event: bool, has_items: bool, closed: bool = False) -> None:
        """Enable what makes sense: nothing that changes a closed event's agenda."""
        self.closed = closed
        editable = has_event and not closed
        for action in (self.add, self.import_, self.copy):
            action.setEnabled(editable)
        for action in (self.previous_day, self.next_day):
            action.setEnabled(has_event)
        for action in (
            self.edit,
            self.duplicate,
            self.delete,
            self.move_up,
            self.move_down,
            self.actual,
        ):
            action.setEnabled(editable and has_items)
        self.print_.setEnabled(has_event and has_items)
        self.plan.update(editable and has_items)
        if closed:
            self.start_next.setEnabled(False)
            self.stop.setEnabled(False)
            self._live_enabled = (False, False)

    def update_live(self, status: LiveStatus | None) -> None:
        """The Start/Next action says what it will do; Stop is only there while running."""
        running = status.running if status else None
        upcoming = status.upcoming if status else None
        if upcoming is None and running is not None:
            text = QCoreApplication.translate("AgendaTab", "&End \u201c{title}\u201d").format(
                title=running.title
            )
        else:
            text = QCoreApplication.translate("AgendaTab", "&Start next item")
        enabled = (running is not None or upcoming is not None, running is not None)
        if self.closed:
            enabled = (False, False)
        if text != self.start_next.text() or enabled != self._live_enabled:
            self.start_next.setText(text)
            title = upcoming.title if upcoming else ""
            tip = (
                QCoreApplication.translate("AgendaTab", "Start the next item: {title}").format(
                    title=title
                )
                if upcoming
                else text
            )
            self.start_next.setToolTip(f"{tip.replace('&', '')} (F5)")
            self.start_next.setEnabled(enabled[0])
            self.stop.setEnabled(enabled[1])
            self._live_enabled = enabled

    # --- planning -------------------------------------------------------------------------

    def _days(self) -> list[dt.date]:
        event = self.tab.current_event
        return list(event.days) if event else []

    def do_add(self) -> None:
        from dialogue_desk.ui.agenda.dialogs import ItemDialog

        tab, event = self.tab, self.tab.current_event
        if event is None:
            return
        current = tab.current_item()
        day = tab.day or event.start_date
        day_items = [i for i in tab.items if i.day == day]
        start = (
            current
            if current is not None and current.day == day
            else (day_items[-1] if day_items else None)
        )
        begin = start.end_time if start else dt.time(9, 0)
        end = dt.time(begin.hour + 1, begin.minute) if begin.hour < 23 else dt.time(23, 59)
        draft = service.AgendaItemData(day=day, start_time=begin, end_time=end, title="")
        dialog = ItemDialog(tab, self._days(), draft)
        if not dialog.exec():
            return
        data = dialog.data()
        push = self.plan.add_push(data)
        if push is None:
            return
        tab.change(
            QCoreApplication.translate("AgendaTab", "Add \u201c{title}\u201d").format(
                title=data.title
            ),
            {data.day},
            lambda: service.add_item(tab.context.store, event.id, data, push_following=push),
            lambda r: [r.id],
        )
        if data.day != tab.day and data.day in tab.days:
            tab.day_bar.setCurrentIndex(tab.days.index(data.day))

    def do_edit(self) -> None:
        from dialogue_desk.ui.agenda.dialogs import ItemDialog

        tab = self.tab
        item = tab.current_item()
        if item is None:
            return
        dialog = ItemDialog(tab, self._days(), item)
        if dialog.exec():
            tab.edit_item(item.id, dialog.data())

    def do_duplicate(self) -> None:
        tab = self.tab
        item = tab.current_item()
        if item is not None:
            tab.change(
                QCoreApplication.translate("AgendaTab", "Duplicate \u201c{title}\u201d").format(
                    title=item.title
                ),
                {item.day},
                lambda: service.duplicate_item(tab.context.store, item.id),
                lambda r: [r.id],
            )

    def do_delete(self) -> None:
        tab = self.tab
        items = tab.selected_items()
        if not items:
            return
        count = len(items)  # a plain name: lupdate misses a call as the count of translate()
        text = (
            QCoreApplication.translate("AgendaTab", "Delete \u201c{title}\u201d").format(
                title=items[0].title
            )
            if len(items) == 1
            else QCoreApplication.translate("AgendaTab", "Delete %n item(s)", "", count)
        )
        tab.change(
            text,
            {i.day for i in items},
            lambda: service.delete_items(tab.context.store, [i.id for i in items]),
        )
        tab.show_status(
            QCoreApplication.translate("AgendaTab", "Deleted. Undo (Ctrl+Z) brings it back.")
        )

    def do_move(self, step: int) -> None:
        tab = self.tab
        item = tab.current_item()
        if item is not None:
            tab.move_to(item.id, item.position + step)

    def do_day(self, step: int) -> None:
        bar = self.tab.day_bar
        if bar.count():
            bar.setCurrentIndex(max(0, min(bar.currentIndex() + step, bar.count() - 1)))

    def do_actual(self) -> None:
        from dialogue_desk.ui.agenda.dialogs import ActualTimesDialog

        tab = self.tab
        item = tab.current_item()
        if item is None:
            return
        dialog = ActualTimesDialog(tab, item)
        if dialog.exec():
            start, end = dialog.times()
            tab.change(
                QCoreApplication.translate(
                    "AgendaTab", "Correct actual times of \u201c{title}\u201d"
                ).format(title=item.title),
                {item.day},
                lambda: live.correct_actual_times(tab.context.store, item.id, start, end),
                lambda r: [r.id],
            )

    # --- live -----------------------------------------------------------------------------

    def do_start_next(self) -> None:
        tab, event = self.tab, self.tab.current_event
        if event is None:
            return
        upcoming = live.next_item(tab.items, tab.clock().date())
        if not self._may_end_running():
            return
        text = (
            QCoreApplication.translate("AgendaTab", "Start \u201c{title}\u201d").format(
                title=upcoming.title
            )
            if upcoming is not None
            else QCoreApplication.translate("AgendaTab", "End running item")
        )
        change = tab.change(
            text,
            None,
            lambda: live.start_next(tab.context.store, event.id, tab.clock()),
            lambda c: [c.started.id] if c.started else [],
        )
        if change is None:
            return
        if event.status is EventStatus.PLANNED:
            tab.refresh_event()  # the first F5 marked the event running
        if change.started is not None:
            if change.started.day != tab.day and change.started.day in tab.days:
                tab.day_bar.setCurrentIndex(tab.days.index(change.started.day))
            text = QCoreApplication.translate(
                "AgendaTab", "Started \u201c{title}\u201d at {time}. Ctrl+Z takes it back."
            ).format(title=change.started.title, time=_time(change.started.actual_start))
            if change.published:
                text += " " + QCoreApplication.translate(
                    "AgendaTab", "The plan as it stood is kept as the published plan."
                )
            self._say(text)
        elif change.ended is not None:
            self._say_ended(change.ended)

    def _say(self, text: str) -> None:
        self.tab.show_status(text)
        if not self.tab.isVisible() and self.tab.window() is not self.tab:
            show_notice(self.tab, text)  # F5 from another tab: the status bar is easy to miss

    def _may_end_running(self) -> bool:
        """False if the running item started under a minute ago and the user keeps it running
        (a second F5 or a stray Shift+F5 would record a 0-minute item)."""
        running = next((i for i in self.tab.items if i.running), None)
        if running is None or running.actual_start is None:
            return True
        if (self.tab.clock() - running.actual_start).total_seconds() >= 60:
            return True
        return self.ask_end_early(self.tab, running.title)

    def _say_ended(self, item: service.AgendaItemRecord) -> None:
        start, end = item.actual_start, item.actual_end
        minutes = int((end - start).total_seconds()) // 60 if start and end else 0
        self._say(
            QCoreApplication.translate(
                "AgendaTab",
                "Ended \u201c{title}\u201d at {time} after %n min. Ctrl+Z takes it back.",
                "",
                minutes,
            ).format(title=item.title, time=_time(end))
        )

    def do_stop(self) -> None:
        tab, event = self.tab, self.tab.current_event
        if event is not None and self._may_end_running():
            change = tab.change(
                QCoreApplication.translate("AgendaTab", "Stop running item"),
                None,
                lambda: live.stop_running(tab.context.store, event.id, tab.clock()),
            )
            if change is not None and change.ended is not None:
                self._say_ended(change.ended)


def _time(value: dt.datetime | None) -> str:
    from dialogue_desk.ui.agenda.formats import time_text

    return time_text(value)
