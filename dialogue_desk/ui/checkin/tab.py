"""The Check-in tab: find each arriving person in a keystroke or three and check them in.

The door flow: the focus sits in the large search field; typing filters the list at once
(any part of name, organisation or e-mail, no accents needed, Latin for Cyrillic); the first
match is highlighted, arrow keys move the highlight, Enter checks the highlighted person in
for the chosen day, the banner confirms and the field clears for the next arrival. Ctrl+Z
takes a check-in back; Ctrl+N adds a walk-in pre-filled from the search text.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dialogue_desk.services import checkin as checkin_service
from dialogue_desk.services.changes import Changes
from dialogue_desk.services.checkin import CheckInRecord
from dialogue_desk.services.checkin import participants as participant_service
from dialogue_desk.services.events import EventRecord
from dialogue_desk.ui.checkin.actions import CheckInActions
from dialogue_desk.ui.checkin.model import (
    COL_EMAIL,
    COL_FIRST,
    COL_GROUP,
    COL_HERE,
    COL_KIND,
    COL_LAST,
    COL_ORG,
    ParticipantTableModel,
)
from dialogue_desk.ui.checkin.widgets import (
    Banner,
    CountersPanel,
    DayBox,
    DoorSearchField,
    EmptyRegister,
    day_text,
)
from dialogue_desk.ui.common.errors import describe
from dialogue_desk.ui.context import UiContext
from dialogue_desk.ui.tab_base import EventTab

#: Keys the tab keeps for itself while it has the focus, even where the window has a
#: shortcut of its own (Ctrl+N is also "New event" in the File menu).
_WALK_IN_KEY = QKeySequence("Ctrl+N")


class CheckInTab(EventTab):
    """The door; its actions use only its public methods (``highlight``, ``show_error``, ...)."""

    watches = Changes.PARTICIPANTS | Changes.CHECK_IN | Changes.EVENT

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("checkin_tab")
        self.day: dt.date | None = None

        self.day_label = QLabel()
        self.day_box = DayBox()
        self.day_box.currentIndexChanged.connect(self._on_day_changed)
        self.day_label.setBuddy(self.day_box)
        self.search = DoorSearchField()
        self.search.textChanged.connect(self._on_search_changed)
        self.search.returnPressed.connect(self.check_in_current)
        self.search.navigate.connect(self._navigate)
        self.walk_in_button = QToolButton(objectName="checkinWalkInButton")
        self.walk_in_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.walk_in_button.setMinimumHeight(self.search.minimumHeight())
        self.banner = Banner()

        self.model = ParticipantTableModel(self)
        self.table = QTableView(objectName="participantTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(COL_LAST, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_ORG, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda _index: self.actions.edit_participant())
        self.table.installEventFilter(self)
        for column, width in (
            (COL_HERE, 80),
            (COL_LAST, 150),
            (COL_FIRST, 120),
            (COL_GROUP, 190),
            (COL_EMAIL, 220),
        ):
            self.table.setColumnWidth(column, width)

        self.empty = EmptyRegister()
        self.empty_text = self.empty.text
        self.empty_import, self.empty_add = self.empty.import_button, self.empty.add_button
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.empty)
        self.list_stack.addWidget(self.table)

        self.counters = CountersPanel()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list_stack)
        splitter.addWidget(self.counters)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([1000, 280])

        top = QHBoxLayout()
        top.addWidget(self.day_label)
        top.addWidget(self.day_box)
        top.addSpacing(12)
        top.addWidget(self.search, 1)
        top.addWidget(self.walk_in_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

        self.actions = CheckInActions(self)
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

    def set_event(self, event: EventRecord | None) -> None:
        self.search.blockSignals(True)
        self.search.setText("")
        self.search.blockSignals(False)
        self.model.set_query("")
        self.banner.clear_message()
        self.day = self.day_box.fill(event)
        self.reload()

    def on_changes(self, changes: Changes) -> None:
        if changes & Changes.EVENT:
            self.set_event(self.current_event)  # its days may have changed
        else:
            self.reload()

    def retranslate(self) -> None:
        self.day_label.setText(self.tr("&Day:"))
        self.day_box.setAccessibleName(self.tr("Day of the event"))
        self.search.setPlaceholderText(
            self.tr("Type a few letters of a name, organisation or e-mail, then Enter")
        )
        self.search.setAccessibleName(self.tr("Find participant"))
        self.walk_in_button.setText(self.tr("Walk-in\u2026 (Ctrl+N)"))
        self.walk_in_button.setToolTip(
            self.tr("Add someone who is not on the list and check them in")
        )
        self.table.setAccessibleName(self.tr("Participants"))
        self.empty_text.setText(
            self.tr(
                "No participants yet.\nImport the registration list, or add people one by one. "
                "Walk-ins can be added at the door with Ctrl+N."
            )
        )
        self.empty_import.setText(self.tr("Import registration list\u2026"))
        self.empty_add.setText(self.tr("Add participant\u2026"))
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
        if event is None or day is None:
            self.model.set_rows([], {})
            self.counters.set_counts(None, today=True)
            self.list_stack.setCurrentWidget(self.empty)
            self.setEnabled(False)
            return
        self.setEnabled(True)
        with self.guard() as outcome:
            records = participant_service.list_participants(self.context.store, event.id)
            present = checkin_service.attendance(self.context.store, event.id, day)
        if not outcome.ok:
            return
        current = self.current_id()
        self.model.set_rows(records, present)
        self.list_stack.setCurrentWidget(self.table if records else self.empty)
        self.highlight(current)
        self.refresh_counters()
        self.actions.update_enabled()

    def refresh_counters(self) -> None:
        event = self.current_event
        if event is None or self.day is None:
            return
        with self.guard() as outcome:
            counts = checkin_service.counts(self.context.store, event.id, self.day)
        if outcome.ok:
            self.counters.set_counts(counts, today=self.day == dt.date.today())

    # --- the door ---------------------------------------------------------------------------

    def _on_search_changed(self, text: str) -> None:
        self.model.set_query(text)
        if self.model.rowCount() and text.strip():
            self._select_row(0)
        else:
            self.table.clearSelection()
            self.table.setCurrentIndex(self.model.index(-1, -1))
        self.actions.update_enabled()

    def _navigate(self, event: QKeyEvent) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        current = self.table.currentIndex().row()
        page = max(1, self.table.viewport().height() // max(1, self.table.rowHeight(0)) - 1)
        step = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_PageUp: -page,
            Qt.Key.Key_PageDown: page,
        }.get(Qt.Key(event.key()), 0)
        target = 0 if current < 0 and step > 0 else min(rows - 1, max(0, current + step))
        self._select_row(target)

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, COL_LAST)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def highlight(self, participant_id: int | None) -> None:
        """Make ``participant_id`` the current, selected row (if it is in the list)."""
        row = self.model.row_of(participant_id) if participant_id is not None else None
        if row is not None:
            self._select_row(row)

    def name_of(self, participant_id: int) -> str:
        """The name of a participant in the list ("" if not there)."""
        row = self.model.row_of(participant_id)
        return self.model.record_at(row).name if row is not None else ""

    def is_checked_in(self, participant_id: int) -> bool:
        """Whether the participant is checked in for the chosen day, as the list shows it."""
        row = self.model.row_of(participant_id)
        return row is not None and self.model.check_in_at(row) is not None

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
        """Enter: check in the highlighted person for the chosen day."""
        if self.current_event is None or self.day is None:
            return
        pid = self.current_id()
        if pid is None:
            if self.search.text().strip():
                self.banner.show_message(
                    self.tr(
                        "No one on the list matches \u201c{text}\u201d. Check the spelling, or "
                        "press Ctrl+N to add a walk-in."
                    ).format(text=self.search.text().strip()),
                    Banner.NOTE,
                )
            return
        self.actions.check_in(pid)

    def after_check_in(self, participant_id: int) -> None:
        """Clear the field for the next arrival, keep the list and counters true."""
        self.search.clear_for_next()
        self.search.setFocus()
        self.highlight(participant_id)

    def day_text(self) -> str:
        """The chosen day for a sentence: "today" or its long date."""
        return day_text(self.day)

    # --- plumbing ---------------------------------------------------------------------------

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

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.keyCombination().toCombined() == _WALK_IN_KEY[0].toCombined()
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.keyCombination().toCombined() == _WALK_IN_KEY[0].toCombined():
            self.actions.walk_in()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched, event: QEvent) -> bool:  # type: ignore[no-untyped-def]
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.text().isprintable()
            and event.text().strip()
            and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        ):
            # Typing a name while the list has the focus goes on in the search field.
            self.search.setFocus()
            self.search.insert(event.text())
            return True
        if watched is self.table and isinstance(event, QKeyEvent):
            key = event.key()
            local = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Delete, Qt.Key.Key_F2}
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            if key in local and plain:
                if event.type() == QEvent.Type.ShortcutOverride:
                    event.accept()
                    return True
                if event.type() == QEvent.Type.KeyPress:
                    if key == Qt.Key.Key_Delete:
                        self.actions.delete_participants()
                    elif key == Qt.Key.Key_F2:
                        self.actions.edit_participant()
                    else:
                        self.check_in_current()
                    return True
        return super().eventFilter(watched, event)
