"""The action items overview: one sortable table of the event's action items."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialogue_desk.services.notes import NoteRecord
from dialogue_desk.store.enums import ActionStatus
from dialogue_desk.ui.notes.models import RECORD_ROLE, ActionItemsModel, ActionItemsProxy


class ActionItemsView(QWidget):
    """Sort by any column (owner, due date, status…); Space marks done, Enter opens the note."""

    open_note = Signal(object)  # NoteRecord
    set_status = Signal(object, object)  # NoteRecord, ActionStatus

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("action_items_view")
        self.model = ActionItemsModel(self)
        self.proxy = ActionItemsProxy(self)
        self.proxy.setSourceModel(self.model)

        self.table = QTableView(objectName="action_items_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ActionItemsModel.DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ActionItemsModel.TEXT, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ActionItemsModel.OWNER, 170)
        header.resizeSection(ActionItemsModel.ORGANISATION, 190)
        header.resizeSection(ActionItemsModel.DUE, 100)
        header.resizeSection(ActionItemsModel.STATUS, 90)
        header.resizeSection(ActionItemsModel.SECTION, 200)
        self.table.activated.connect(self._activated)
        self.table.clicked.connect(self._clicked)

        self.toggle_action = QAction(self)
        self.toggle_action.setShortcut(QKeySequence(Qt.Key.Key_Space))
        self.toggle_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.toggle_action.triggered.connect(self._toggle_current)
        self.table.addAction(self.toggle_action)

        self.open_only = QCheckBox(objectName="action_items_open_only")
        self.open_only.toggled.connect(self.proxy.set_open_only)
        self.summary = QLabel(objectName="action_items_summary")
        self.hint = QLabel()
        self.hint.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(self.summary)
        bar.addStretch(1)
        bar.addWidget(self.open_only)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self.retranslate()

    def set_records(self, records: list[NoteRecord]) -> None:
        current = self.current_record()
        self.model.set_records(records)
        if current is not None:
            self.select(current.uuid)
        self._update_summary()

    def select(self, note_uuid: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            record = index.data(RECORD_ROLE)
            if record is not None and record.uuid == note_uuid:
                self.table.setCurrentIndex(index)
                return

    def current_record(self) -> NoteRecord | None:
        index = self.table.currentIndex()
        return index.data(RECORD_ROLE) if index.isValid() else None

    def _activated(self, index: QModelIndex) -> None:
        record = index.data(RECORD_ROLE)
        if record is not None:
            self.open_note.emit(record)

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == ActionItemsModel.STATUS:
            self._toggle(index.data(RECORD_ROLE))

    def _toggle_current(self) -> None:
        self._toggle(self.current_record())

    def _toggle(self, record: NoteRecord | None) -> None:
        if record is None:
            return
        done = record.status is ActionStatus.DONE
        self.set_status.emit(record, ActionStatus.OPEN if done else ActionStatus.DONE)

    def _update_summary(self) -> None:
        total = len(self.model.records)
        still_open = sum(1 for r in self.model.records if r.status is not ActionStatus.DONE)
        self.summary.setText(
            self.tr("%n action item(s)", "", total)
            + " \u00b7 "
            + self.tr("%n open", "", still_open)
        )

    def retranslate(self) -> None:
        self.open_only.setText(self.tr("Only &open ones"))
        self.table.setAccessibleName(self.tr("Action items"))
        self.hint.setText(
            self.tr("Click a heading to sort. Space marks done or open; Enter opens the note.")
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
        self._update_summary()
