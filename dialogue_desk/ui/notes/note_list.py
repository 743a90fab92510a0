"""The list of notes in the Notes tab: newest last, with edit, delete, reorder and move."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dialogue_desk.services.notes import NoteRecord
from dialogue_desk.ui.notes.models import RECORD_ROLE, NotesModel

#: (agenda item id or None for General, the text to show) for the "Move to" menu.
SectionChoices = Callable[[], list[tuple[int | None, str]]]


class NotesList(QWidget):
    """The notes table and its actions. It asks; the tab does (with undo) and reloads."""

    edit_requested = Signal(object)  # NoteRecord
    delete_requested = Signal(object)  # NoteRecord
    move_requested = Signal(object, int)  # NoteRecord, offset
    move_to_requested = Signal(object, object)  # NoteRecord, agenda item id | None

    def __init__(self, sections: SectionChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sections = sections
        self.searching = False
        #: A closed event: notes can be read and searched, not changed.
        self.read_only = False
        self.model = NotesModel(self)
        self.table = QTableView(objectName="notes_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NotesModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NotesModel.TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NotesModel.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(NotesModel.AUTHOR, 140)
        header.resizeSection(NotesModel.SECTION, 200)
        self.table.activated.connect(self._activated)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().currentChanged.connect(self._update_actions)

        self.edit_action = self._action("edit", Qt.Key.Key_F2, self._edit)
        self.delete_action = self._action("delete", Qt.Key.Key_Delete, self._delete)
        self.up_action = self._action("move_up", "Alt+Up", self._move_up)
        self.down_action = self._action("move_down", "Alt+Down", self._move_down)
        buttons = QHBoxLayout()
        for action in (self.edit_action, self.delete_action, self.up_action, self.down_action):
            button = QToolButton(objectName=f"notes_{action.objectName()}_button")
            button.setDefaultAction(action)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.count_label = QLabel(objectName="notes_count")
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def _action(self, name: str, key: object, slot: Callable[[], None]) -> QAction:
        action = QAction(self, objectName=name)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.table.addAction(action)
        return action

    # --- contents ----------------------------------------------------------------------------

    def set_records(self, records: list[NoteRecord], *, searching: bool, chatham: bool) -> None:
        """Show ``records``, keeping the selected note selected; newest last and in view."""
        current = self.current_record()
        self.searching = searching
        self.model.set_records(records)
        self.table.setColumnHidden(NotesModel.SECTION, not searching)
        self.table.setColumnHidden(NotesModel.AUTHOR, chatham)
        row = self.model.row_of(current.id) if current is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        elif not searching:
            self.table.scrollToBottom()
        self.count_label.setText(self.tr("%n note(s)", "", len(records)))
        self._update_actions()

    def replace(self, record: NoteRecord) -> bool:
        """Show a saved note's new state in place; False when it is not in the list."""
        if self.model.row_of(record.id) < 0:
            return False
        self.model.replace(record)
        return True

    def select(self, note_id: int) -> None:
        row = self.model.row_of(note_id)
        if row >= 0:
            self.table.selectRow(row)

    def current_record(self) -> NoteRecord | None:
        index = self.table.currentIndex()
        return index.data(RECORD_ROLE) if index.isValid() else None

    # --- requests ----------------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_actions()

    def _activated(self, index: QModelIndex) -> None:
        record = index.data(RECORD_ROLE)
        if record is not None and not self.read_only:
            self.edit_requested.emit(record)

    def _edit(self) -> None:
        if (record := self.current_record()) is not None:
            self.edit_requested.emit(record)

    def _delete(self) -> None:
        if (record := self.current_record()) is not None:
            self.delete_requested.emit(record)

    def _move_up(self) -> None:
        if (record := self.current_record()) is not None and not self.searching:
            self.move_requested.emit(record, -1)

    def _move_down(self) -> None:
        if (record := self.current_record()) is not None and not self.searching:
            self.move_requested.emit(record, 1)

    def _context_menu(self, position: QPoint) -> None:
        menu = self.context_menu()
        if menu is not None:
            menu.exec(self.table.viewport().mapToGlobal(position))
            menu.deleteLater()

    def context_menu(self) -> QMenu | None:
        """The selected note's menu: the list's actions and "Move to agenda item"."""
        record = self.current_record()
        if record is None or self.read_only:
            return None
        menu = QMenu(self)
        menu.addActions([self.edit_action, self.delete_action, self.up_action, self.down_action])
        move_to = menu.addMenu(self.tr("Move to agenda item"))
        move_to.setObjectName("move_to_item_menu")
        for section_id, text in self._sections():
            if section_id == record.agenda_item_id:
                continue
            action = move_to.addAction(text)
            action.triggered.connect(
                lambda _checked=False, target=section_id: self.move_to_requested.emit(
                    record, target
                )
            )
        return menu

    def _update_actions(self, *_args: object) -> None:
        has_note = self.model.rowCount() > 0 and not self.read_only
        for action in (self.edit_action, self.delete_action):
            action.setEnabled(has_note)
        self.up_action.setEnabled(has_note and not self.searching)
        self.down_action.setEnabled(has_note and not self.searching)

    def retranslate(self) -> None:
        self.edit_action.setText(self.tr("Edit"))
        self.edit_action.setToolTip(self.tr("Edit the selected note (Enter or F2)"))
        self.delete_action.setText(self.tr("Delete"))
        self.delete_action.setToolTip(self.tr("Delete the selected note (Del); Ctrl+Z undoes"))
        self.up_action.setText(self.tr("Move up"))
        self.up_action.setToolTip(self.tr("Move the selected note up (Alt+Up)"))
        self.down_action.setText(self.tr("Move down"))
        self.down_action.setToolTip(self.tr("Move the selected note down (Alt+Down)"))
        self.table.setAccessibleName(self.tr("Notes"))
        self.table.setAccessibleDescription(
            self.tr("Enter or F2 edits the selected note, Del deletes it, Alt+Up/Down move it.")
        )
        self.count_label.setAccessibleName(self.tr("Number of notes"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, NotesModel.SECTION)
        self.count_label.setText(self.tr("%n note(s)", "", self.model.rowCount()))
