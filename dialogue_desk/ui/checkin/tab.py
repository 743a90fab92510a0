"""The Check-in tab: find each arriving person in a keystroke or three and check them in.

The door flow: the focus sits in the large search field; typing filters the list at once
(any part of name, organisation or e-mail, no accents needed, Latin for Cyrillic); the first
match is highlighted, arrow keys move the highlight, Enter checks the highlighted person in
for the chosen day, the banner confirms and the field clears for the next arrival. Ctrl+Z
takes a check-in back; Ctrl+N adds a walk-in pre-filled from the search text.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, QLocale, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dialogue_desk.services import checkin as checkin_service
from dialogue_desk.services.checkin import participants as participant_service
from dialogue_desk.services.errors import ServiceError
from dialogue_desk.services.events import EventRecord
from dialogue_desk.store.errors import StoreError
from dialogue_desk.ui.checkin.actions import CheckInActions
from dialogue_desk.ui.checkin.commands import ServiceCommand
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
from dialogue_desk.ui.checkin.widgets import Banner, CountersPanel, DoorSearchField
from dialogue_desk.ui.context import UiContext
from dialogue_desk.ui.tab_base import EventTab

#: Keys the tab keeps for itself while it has the focus, even where the window has a
#: shortcut of its own (Ctrl+N is also "New event" in the File menu).
_WALK_IN_KEY = QKeySequence("Ctrl+N")


class CheckInTab(EventTab):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("checkin_tab")
        self.shown_event: EventRecord | None = None
        self.day: dt.date | None = None
        self._notifying = False

        self.day_label = QLabel()
        self.day_box = QComboBox(objectName="checkinDay")
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

        self.empty = QWidget(objectName="checkinEmpty")
        self.empty_text = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.empty_import = QPushButton(objectName="checkinEmptyImport")
        self.empty_add = QPushButton(objectName="checkinEmptyAdd")
        empty_buttons = QHBoxLayout()
        empty_buttons.addStretch(1)
        empty_buttons.addWidget(self.empty_import)
        empty_buttons.addWidget(self.empty_add)
        empty_buttons.addStretch(1)
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addLayout(empty_buttons)
        empty_layout.addStretch(2)
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
        context.changed.connect(self._on_context_changed)
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
        self.shown_event = event
        self.search.blockSignals(True)
        self.search.setText("")
        self.search.blockSignals(False)
        self.model.set_query("")
        self.banner.clear_message()
        self._fill_days()
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
        self._retranslate_days()
        self.counters.retranslate()

    # --- loading ----------------------------------------------------------------------------

    def _fill_days(self) -> None:
        self.day_box.blockSignals(True)
        self.day_box.clear()
        if self.shown_event is not None:
            for day in self.shown_event.days:
                self.day_box.addItem("", day)
            self.day = checkin_service.default_day(self.shown_event)
            self.day_box.setCurrentIndex(max(0, self.shown_event.days.index(self.day)))
        else:
            self.day = None
        self._retranslate_days()
        self.day_box.setEnabled(self.shown_event is not None and len(self.shown_event.days) > 1)
        self.day_box.blockSignals(False)

    def _retranslate_days(self) -> None:
        today = dt.date.today()
        locale = QLocale()
        for index in range(self.day_box.count()):
            day: dt.date = self.day_box.itemData(index)
            text = (
                self.tr("Day %1: %2")
                .replace("%1", str(index + 1))
                .replace(
                    "%2",
                    locale.toString(
                        QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat
                    ),
                )
            )
            if day == today:
                text += " " + self.tr("(today)")
            self.day_box.setItemText(index, text)
        self.day_box.adjustSize()

    def _on_day_changed(self, index: int) -> None:
        if index >= 0:
            self.day = self.day_box.itemData(index)
            self.reload()

    def reload(self) -> None:
        """Read participants, the day's check-ins and the counters again from the store."""
        event, day = self.shown_event, self.day
        if event is None or day is None:
            self.model.set_rows([], {})
            self.counters.set_counts(None, today=True)
            self.list_stack.setCurrentWidget(self.empty)
            self.setEnabled(False)
            return
        self.setEnabled(True)
        try:
            records = participant_service.list_participants(self.context.store, event.id)
            present = checkin_service.attendance(self.context.store, event.id, day)
        except (ServiceError, StoreError) as error:
            self.show_error(error)
            return
        current = self.current_id()
        self.model.set_rows(records, present)
        self.list_stack.setCurrentWidget(self.table if records else self.empty)
        self._highlight(current)
        self.refresh_counters()
        self.actions.update_enabled()

    def refresh_counters(self) -> None:
        if self.shown_event is None or self.day is None:
            return
        try:
            counts = checkin_service.counts(self.context.store, self.shown_event.id, self.day)
        except (ServiceError, StoreError) as error:
            self.show_error(error)
            return
        self.counters.set_counts(counts, today=self.day == dt.date.today())

    def _on_context_changed(self, topic: str, event_id: int) -> None:
        if self._notifying or self.shown_event is None or event_id != self.shown_event.id:
            return
        if topic in ("participants", "check_in"):
            self.reload()
        elif topic == "event":
            self.set_event(self.context.event)

    def announce(self, topic: str) -> None:
        """Tell the other views about a committed change (without reloading this one)."""
        self._notifying = True
        try:
            self.context.notify(topic)
        finally:
            self._notifying = False

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

    def _highlight(self, participant_id: int | None) -> None:
        row = self.model.row_of(participant_id) if participant_id is not None else None
        if row is not None:
            self._select_row(row)

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
        if self.shown_event is None or self.day is None:
            return
        pid = self.current_id()
        if pid is None:
            if self.search.text().strip():
                self.banner.show_message(
                    self.tr(
                        "No one on the list matches \u201c%1\u201d. Check the spelling, or press "
                        "Ctrl+N to add a walk-in."
                    ).replace("%1", self.search.text().strip()),
                    Banner.NOTE,
                )
            return
        self.actions.check_in(pid)

    def after_check_in(self, participant_id: int) -> None:
        """Clear the field for the next arrival, keep the list and counters true."""
        self.search.clear_for_next()
        self.search.setFocus()
        self._highlight(participant_id)

    def day_text(self) -> str:
        day = self.day or dt.date.today()
        if day == dt.date.today():
            return self.tr("today")
        return QLocale().toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
        )

    # --- plumbing ---------------------------------------------------------------------------

    def push(self, text: str, redo, undo) -> None:  # type: ignore[no-untyped-def]
        """Put an edit already made on the undo stack."""
        self.undo_stack.push(ServiceCommand(text, redo, undo, after=self._after_undo_redo))

    def _after_undo_redo(self, what: str, text: str, error: Exception | None) -> None:
        self.reload()
        if error is not None:
            self.show_error(error)
        else:
            done = self.tr("Undone: %1") if what == "undo" else self.tr("Redone: %1")
            self.banner.show_message(done.replace("%1", text), Banner.NOTE)
        self.announce("participants")
        self.announce("check_in")

    def show_error(self, error: Exception) -> None:
        self.banner.show_message(str(error), Banner.ERROR)

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
