"""The Check-in tab: find each arriving person in a keystroke or three and check them in.

The door flow: the focus sits in the large search field; typing filters the list at once
(any part of name, organisation or e-mail, no accents needed, Latin for Cyrillic), best
matches first: names starting with the letters, people not yet here before those already in.
Enter checks someone in only when one plausible match is left; otherwise a compact chooser
offers the best nine on the keys 1–9 (arrow keys + Enter, or a click, choose explicitly). Enter
in an empty field does nothing. The banner confirms (and a screen reader hears it), the field
clears for the next arrival. Ctrl+Z takes a check-in back; Ctrl+Shift+N adds a walk-in
pre-filled from the search text (Ctrl+N stays "New event" everywhere). At start-up the door is
shown from a plain read before the store is open (``show_door``, ``opening.py``).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSignalBlocker, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dialogue_desk.services import checkin as checkin_service
from dialogue_desk.services.changes import Changes
from dialogue_desk.services.checkin import AttendanceCounts, CheckInRecord, DoorSnapshot
from dialogue_desk.ui.checkin.actions import CheckInActions
from dialogue_desk.ui.checkin.chooser import CHOICES, MatchChooser
from dialogue_desk.ui.checkin.model import ParticipantTableModel
from dialogue_desk.ui.checkin.opening import OpeningDoor
from dialogue_desk.ui.checkin.table import DoorTable
from dialogue_desk.ui.checkin.texts import set_texts
from dialogue_desk.ui.checkin.undo_rows import show_check_in_step
from dialogue_desk.ui.checkin.widgets import (
    Banner,
    CountersPanel,
    DayBox,
    DoorSearchField,
    EmptyRegister,
    day_text,
    scrolling,
)
from dialogue_desk.ui.common.errors import describe
from dialogue_desk.ui.context import UiContext
from dialogue_desk.ui.tab_base import EventTab

if TYPE_CHECKING:
    from dialogue_desk.services.events import EventRecord


class CheckInTab(EventTab):
    """The door; its actions use only its public methods (``highlight``, ``show_error``, ...)."""

    watches = Changes.PARTICIPANTS | Changes.CHECK_IN | Changes.EVENT

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("checkin_tab")
        self.day: dt.date | None = None
        #: Whether the highlighted row was chosen by the user (arrows, click), not by the search.
        self._chosen = False
        #: The counters shown (of the chosen day), kept true after each arrival.
        self.shown_counts: AttendanceCounts | None = None
        #: The door of the plain read while the store opens (``show_door``), else None.
        self.opening: OpeningDoor | None = None

        self.day_label = QLabel()
        self.day_box = DayBox()
        self.day_box.currentIndexChanged.connect(self._on_day_changed)
        self.day_label.setBuddy(self.day_box)
        self.search = DoorSearchField()
        self.search.textChanged.connect(self._on_search_changed)
        self.search.returnPressed.connect(self.check_in_current)
        self.search.navigate.connect(self._navigate)
        self.check_in_button = QPushButton(objectName="checkinButton", autoDefault=False)
        self.check_in_button.setMinimumHeight(self.search.minimumHeight())
        self.walk_in_button = QToolButton(objectName="checkinWalkInButton")
        self.walk_in_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.walk_in_button.setMinimumHeight(self.search.minimumHeight())
        self.chooser = MatchChooser()
        self.chooser.chosen.connect(self._on_chosen)
        self.search.choose = self.chooser.choose
        self.search.chooser_open = self.chooser.isVisible
        self.search.close_chooser = self.chooser.close_chooser
        self.banner = Banner()

        self.model = ParticipantTableModel(self)
        self.table = DoorTable()
        self.table.setModel(self.model)
        self.table.doubleClicked.connect(lambda _index: self.actions.edit_participant())
        self.table.pressed.connect(self._on_row_pressed)
        self.table.typed.connect(self._type_into_search)
        self.table.enter_pressed.connect(self.check_in_highlighted)
        self.table.delete_pressed.connect(lambda: self.actions.delete_participants())
        self.table.edit_pressed.connect(lambda: self.actions.edit_participant())
        self.table.customContextMenuRequested.connect(self._context_menu)

        self.empty = EmptyRegister()
        self.empty_text = self.empty.text
        self.empty_import, self.empty_add = self.empty.import_button, self.empty.add_button
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.empty)
        self.list_stack.addWidget(self.table)

        self.counters = CountersPanel()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list_stack)
        splitter.addWidget(scrolling(self.counters))
        splitter.setStretchFactor(0, 1)
        splitter.setCollapsible(0, False)
        splitter.setSizes([1000, 260])

        top = QHBoxLayout()
        top.addWidget(self.day_label)
        top.addWidget(self.day_box)
        top.addSpacing(12)
        top.addWidget(self.search, 1)
        top.addWidget(self.check_in_button)
        top.addWidget(self.walk_in_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.chooser)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        # Tab order follows the screen: day, search, the two buttons, then the list.
        chain = [self.day_box, self.search, self.check_in_button, self.walk_in_button,
                 self.table]  # fmt: skip
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

        self.actions = CheckInActions(self)
        self.addActions(self.actions.local())
        self.check_in_button.clicked.connect(self._on_check_in_button)
        self.walk_in_button.clicked.connect(self.actions.walk_in)
        self.empty_import.clicked.connect(self.actions.import_list)
        self.empty_add.clicked.connect(self.actions.add_participant)
        self.table.selectionModel().selectionChanged.connect(self.actions.update_enabled)
        self.table.selectionModel().currentChanged.connect(self.actions.update_enabled)
        self.retranslate()
        self.set_event(context.event)

    # --- EventTab contract ------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Check-in")

    def menu_actions(self) -> list[QAction]:
        return self.actions.all()

    def focus_main(self) -> None:
        self.focus_search()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def show_door(self, door: DoorSnapshot) -> None:
        """Show ``door``, read before the store opened: searchable at once (``opening.py``)."""
        self.opening = OpeningDoor(self, door)
        self.opening.fill()

    def set_event(self, event: EventRecord | None) -> None:
        opening, self.opening = self.opening, None
        if opening is not None and opening.adopt(event):
            return  # the same door, now on the open store: what was typed stays
        with QSignalBlocker(self.search):
            self.search.setText("")
        self.model.set_query("")
        self.chooser.close_chooser()
        self.banner.clear_message()
        self.day = self.day_box.fill(event)
        self.reload()
        if opening is not None:
            opening.report_lost()

    def on_changes(self, changes: Changes) -> None:
        if changes & Changes.EVENT:
            self.set_event(self.current_event)  # its days may have changed
        else:
            self.reload()

    def retranslate(self) -> None:
        set_texts(self)
        self.actions.retranslate()
        self.model.retranslate()
        self.day_box.retranslate()
        self.counters.retranslate()

    # --- loading ----------------------------------------------------------------------------

    def _on_day_changed(self, index: int) -> None:
        if index >= 0:
            self.day = self.day_box.itemData(index)
            self.reload()

    def reload(self) -> None:
        """Read participants, the day's check-ins and the counters again from the store."""
        event, day = self.current_event, self.day
        if self.opening is not None:
            return  # the plain read's rows stay until the store is open
        if event is None or day is None:
            self.model.set_rows([], {})
            self.counters.set_counts(None, today=True)
            self.list_stack.setCurrentWidget(self.empty)
            self.setEnabled(False)
            self.actions.update_enabled()  # no event: every door action off (finding 24)
            return
        self.setEnabled(True)
        with self.guard() as outcome:
            records = checkin_service.list_participants(self.context.store, event.id)
            present = checkin_service.attendance(self.context.store, event.id, day)
        if not outcome.ok:
            return
        current = self.current_id()
        self.model.set_rows(records, present, in_name_order=True)
        self.list_stack.setCurrentWidget(self.table if records else self.empty)
        self.highlight(current)
        self.refresh_counters()
        self.actions.update_enabled()

    def refresh_counters(self) -> None:
        """Read the counters of the chosen day from the store."""
        event = self.current_event
        if event is None or self.day is None:
            return
        with self.guard() as outcome:
            counts = checkin_service.counts(self.context.store, event.id, self.day)
        if outcome.ok:
            self.show_counts(counts)

    def show_counts(self, counts: AttendanceCounts) -> None:
        """Show ``counts`` (of the chosen day) and keep them for the next arrival."""
        self.shown_counts = counts
        self.counters.set_counts(counts, today=self.day == dt.date.today())

    def count_check_in(self, participant_id: int, record: CheckInRecord, delta: int) -> None:
        """Keep the counters true after one check-in (1) or take-back (-1) without a query."""
        person = self.model.record_of(participant_id)
        if self.shown_counts is None or person is None:
            self.refresh_counters()
            return
        self.show_counts(checkin_service.counts_after(self.shown_counts, person, record, delta))

    # --- the door ---------------------------------------------------------------------------

    def _on_search_changed(self, text: str) -> None:
        self.model.set_query(text)
        self._chosen = False
        self.chooser.close_chooser()
        if text.strip() and self.banner.kind in (Banner.NOTE, Banner.ERROR):
            self.banner.clear_message()  # news about the previous query would mislead
        if self.model.rowCount() and text.strip():
            self.table.select_row(0)
        else:
            self.table.clearSelection()
            self.table.setCurrentIndex(self.model.index(-1, -1))
        self.actions.update_enabled()

    def _navigate(self, event: QKeyEvent) -> None:
        if self.model.rowCount():
            self.chooser.close_chooser()
            self.table.move_highlight(Qt.Key(event.key()))
            self._chosen = True

    def highlight(self, participant_id: int | None) -> None:
        """Make ``participant_id`` the current, selected row (if it is in the list)."""
        row = self.model.row_of(participant_id) if participant_id is not None else None
        if row is not None:
            self.table.select_row(row)

    def name_of(self, participant_id: int) -> str:
        """The name of a participant on the list, shown or not ("" if not there)."""
        record = self.model.record_of(participant_id)
        return record.name if record is not None else ""

    def is_checked_in(self, participant_id: int) -> bool:
        """Whether the participant is checked in for the chosen day, as the list shows it."""
        return self.model.check_in_of(participant_id) is not None

    def set_check_in(self, participant_id: int, record: CheckInRecord | None) -> None:
        """Show a check-in just made (or taken back) without reading the whole list again."""
        self.model.set_check_in(participant_id, record)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.id_at(index.row())

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.id_at(r) for r in rows]

    def check_in_current(self) -> None:
        """Enter in the search field: check in the one plausible match, or offer a choice.

        Nothing happens with an empty field; a row the user moved to (arrows, click) is checked
        in as chosen; one plausible match is checked in; several open the chooser (keys 1-9);
        none shows close spellings in the chooser, if any.
        """
        if self.day is None:
            return
        query = self.search.text().strip()
        if not query:
            return  # a stray Enter never checks in whoever happens to be highlighted
        if self.chooser.isVisible():
            self.chooser.offer_again()
            return
        pid = self.current_id()
        if self._chosen and pid is not None:
            self.check_in(pid)
            return
        plausible = self.model.plausible()
        if plausible == 1:
            self.check_in(self.model.id_at(0))
        elif plausible > 1:
            people = [(self.model.record_at(r), self.model.check_in_at(r))
                      for r in range(min(plausible, CHOICES))]  # fmt: skip
            self.chooser.offer(people, self.chooser.several_text(query, plausible, len(people)))
        else:
            self.actions.no_match(query)

    def check_in_highlighted(self) -> None:
        """Check in the highlighted row (the button, the menu, Enter in the list)."""
        pid = self.current_id()
        if pid is not None and self.day is not None:
            self.check_in(pid)

    def check_in(self, participant_id: int) -> None:
        """Check ``participant_id`` in on the chosen day (queued while the store opens)."""
        if self.opening is not None:
            self.opening.check_in(participant_id)
        else:
            self.actions.check_in(participant_id)

    def _on_check_in_button(self) -> None:
        # A row the user clicked is their choice; otherwise the button is Enter.
        if self._chosen and self.current_id() is not None:
            self.check_in_highlighted()
        else:
            self.check_in_current()

    def _on_chosen(self, participant_id: int) -> None:
        self.check_in(participant_id)

    def _on_row_pressed(self, _index: object) -> None:
        self._chosen = True
        self.chooser.close_chooser()

    def _type_into_search(self, text: str) -> None:
        self.search.setFocus()
        self.search.insert(text)

    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if index.isValid() and not self.table.selectionModel().isRowSelected(index.row()):
            self.table.select_row(index.row())
        self._chosen = True
        self.actions.context_menu(self.table.viewport().mapToGlobal(position))

    def after_check_in(self, participant_id: int) -> None:
        """Clear the field for the next arrival, keep the list and counters true."""
        self.search.clear_for_next()
        self.search.setFocus()
        self.highlight(participant_id)

    def day_text(self) -> str:
        """The chosen day for a sentence: "today" or its long date."""
        return day_text(self.day)

    # --- plumbing ---------------------------------------------------------------------------

    def show_undo_step(self, changes: Changes, result: object) -> bool:
        """Show an undo or redo of a check-in in its row and the counters (``undo_rows.py``)."""
        return show_check_in_step(self, changes, result)

    def after_undo_step(self, step: str, text: str, error: BaseException | None) -> None:
        if error is not None:
            self.reload()  # a success reloads through the change news already
            self.show_error(error)
        else:
            done = self.tr("Undone: {edit}") if step == "undo" else self.tr("Redone: {edit}")
            self.banner.show_message(done.format(edit=text), Banner.NOTE)

    def show_error(self, error: BaseException | str, title: str | None = None) -> None:
        """At the door an error is a line in the banner, not a box that needs clicking away."""
        self.banner.show_message(error if isinstance(error, str) else describe(error), Banner.ERROR)

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)
