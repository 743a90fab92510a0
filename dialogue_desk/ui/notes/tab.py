"""The Notes tab: session notes, decisions and action items (issue 5).

Left, the agenda items of the event (and General); right, the notes of the selected item,
newest last, and the editor, attached to the running agenda item when Ctrl+3 brings the tab up.
A second page holds the action items overview.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dialogue_desk.services import notes
from dialogue_desk.services.changes import Changes
from dialogue_desk.services.events import EventRecord
from dialogue_desk.services.notes import NoteRecord, Section
from dialogue_desk.store.enums import ActionStatus, NoteKind
from dialogue_desk.ui.context import UiContext
from dialogue_desk.ui.notes import edits
from dialogue_desk.ui.notes.action_items import ActionItemsView
from dialogue_desk.ui.notes.chatham import ask_chatham_on
from dialogue_desk.ui.notes.editor import NoteEditor
from dialogue_desk.ui.notes.models import RECORD_ROLE, SectionsModel
from dialogue_desk.ui.notes.note_list import NotesList
from dialogue_desk.ui.notes.tab_texts import (
    CLOSED_STYLE,
    retranslate_parts,
    set_chatham_silently,
    show_closed,
)
from dialogue_desk.ui.tab_base import EventTab


class NotesTab(EventTab):
    #: The running agenda item moves, Chatham House is switched, undo/redo changes notes.
    watches = Changes.AGENDA | Changes.EVENT | Changes.NOTES | Changes.PARTICIPANTS

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("notes_tab")
        self.running_id: int | None = None
        #: True while the list follows the running item by itself (F5), not by the user's click.
        self._following = False

        self.sections = SectionsModel(self)
        self.sections_view = QListView(objectName="notes_sections")
        self.sections_view.setModel(self.sections)
        self.sections_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sections_view.setWordWrap(True)
        self.sections_view.selectionModel().selectionChanged.connect(self._section_changed)
        self.sections_label = QLabel(buddy=self.sections_view)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.sections_label)
        left_layout.addWidget(self.sections_view)

        self.search = QLineEdit(objectName="notes_search", clearButtonEnabled=True)
        self.search.textChanged.connect(self._reload_notes)
        leave_search = QAction(self.search)
        leave_search.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        leave_search.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        leave_search.triggered.connect(self.focus_main)
        self.search.addAction(leave_search)
        self.kind_filter = QComboBox(objectName="notes_kind_filter")
        self.kind_filter.currentIndexChanged.connect(self._reload_notes)
        self.chatham = QCheckBox(objectName="chatham_house")
        self.chatham.toggled.connect(self._chatham_toggled)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.kind_filter)
        bar.addStretch(1)
        bar.addWidget(self.chatham)

        self.notes_list = NotesList(self._section_choices)
        self.notes_list.edit_requested.connect(self._edit)
        self.notes_list.delete_requested.connect(self._delete)
        self.notes_list.move_requested.connect(self._move)
        self.notes_list.move_to_requested.connect(self._move_to)
        # The list's parts, named as tests and the accessibility tree know them.
        self.table = self.notes_list.table
        self.notes_model = self.notes_list.model

        self.editor = NoteEditor(context.store)
        self.editor.saved.connect(self._note_saved)
        self.editor.finished.connect(lambda _record: self._reload_all())
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(self.notes_list)
        self.split.addWidget(self.editor)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setChildrenCollapsible(False)
        notes_page = QWidget()
        notes_layout = QVBoxLayout(notes_page)
        notes_layout.addLayout(bar)
        notes_layout.addWidget(self.split, 1)

        self.actions_view = ActionItemsView()
        self.actions_view.open_note.connect(self.open_note)
        self.actions_view.set_status.connect(self._set_status)
        self.pages = QTabWidget(objectName="notes_pages")
        self.pages.addTab(notes_page, "")
        self.pages.addTab(self.actions_view, "")

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 900])
        self.closed_label = QLabel(objectName="notes_closed", wordWrap=True)
        self.closed_label.setStyleSheet(CLOSED_STYLE)
        self.closed_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.closed_label)
        layout.addWidget(splitter)

        self.chatham_action = QAction(self, checkable=True, objectName="chatham_house_action")
        self.chatham_action.toggled.connect(self.chatham.setChecked)
        self.action_items_action = QAction(self, objectName="action_items_action")
        self.action_items_action.triggered.connect(self.show_action_items)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.editor.flush)
        self.retranslate()
        self.set_event(self.current_event)

    # --- the EventTab contract ---------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Notes")

    def set_event(self, event: EventRecord | None) -> None:
        self.editor.flush()
        # The editor still writes to the event shown until now.
        if event is not None and event.id == self.editor.event_id:
            # The same event again (its details were edited): keep the work in hand.
            set_chatham_silently(self, event.chatham_house)
            self.editor.set_chatham_house(event.chatham_house)
            self._reload_all()
            show_closed(self)
            return
        chatham = event.chatham_house if event is not None else False
        self.editor.set_event(event.id if event is not None else None, chatham)
        set_chatham_silently(self, chatham)
        self.chatham.setEnabled(event is not None)
        self.search.clear()
        self.running_id = None
        self._reload_all()
        self._follow_running(force=True)
        show_closed(self)

    def flush(self) -> None:
        self.editor.flush()

    def focus_main(self) -> None:
        self.pages.setCurrentIndex(0)
        self.search.clear()  # back to taking notes: the list shows where the next one goes
        if self.editor.note is None and not self.editor.has_unsaved_changes():
            self._follow_running(force=True)
        self.editor.text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_search(self) -> None:
        self.pages.setCurrentIndex(0)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def menu_actions(self) -> list[QAction]:
        return [self.action_items_action, self.chatham_action]

    def on_changes(self, changes: Changes) -> None:
        if changes & Changes.PARTICIPANTS:
            self.editor.action_row.people_changed()  # a walk-in is offered as an owner too
        if not (changes := changes & ~Changes.PARTICIPANTS):
            return
        if changes & Changes.EVENT:
            self._show_stored_chatham()
            show_closed(self)
        if changes & Changes.AGENDA:
            self._follow_running()
        if changes & Changes.NOTES:
            self._refresh_after_edit()
        else:
            self._reload_notes()

    def after_undo_step(self, step: str, text: str, error: BaseException | None) -> None:
        super().after_undo_step(step, text, error)
        if error is not None:
            self._refresh_after_edit()  # show the store as it is after the refused step

    # --- loading -----------------------------------------------------------------------------

    @property
    def _event_id(self) -> int | None:
        event = self.current_event
        return event.id if event is not None else None

    def _reload_all(self) -> None:
        self._reload_sections()
        self._reload_notes()
        self._reload_action_items()

    def _reload_sections(self) -> None:
        selected = self._selected_section()
        sections: list[Section] = []
        if (event_id := self._event_id) is not None:
            with self.guard():
                sections = notes.list_sections(self.context.store, event_id)
        blocker = self.sections_view.selectionModel().blockSignals(True)
        self.sections.set_sections(sections)
        self.sections_view.selectionModel().blockSignals(blocker)
        self.running_id = next((s.id for s in sections if s.running), None)
        row = self.sections.row_of(selected.id if selected is not None else None)
        if sections:
            self._select_row(max(row, 0), quiet=True)

    def _reload_notes(self) -> None:
        records: list[NoteRecord] = []
        query = self.search.text()
        data = self.kind_filter.currentData()
        kind = NoteKind(data) if data else None
        section = self._selected_section()
        if (event_id := self._event_id) is not None:
            with self.guard():
                records = notes.list_notes(
                    self.context.store, event_id, query=query, kinds={kind} if kind else None,
                    agenda_item_id=None if query or section is None else section.id,
                    general_only=not query and section is not None and section.id is None,
                )  # fmt: skip
        self.notes_list.set_records(
            records, searching=bool(query), chatham=self.chatham.isChecked()
        )

    def _reload_action_items(self) -> None:
        records: list[NoteRecord] = []
        if (event_id := self._event_id) is not None:
            with self.guard():
                records = notes.list_action_items(self.context.store, event_id)
        self.actions_view.set_records(records)
        still_open = sum(1 for r in records if r.status is not ActionStatus.DONE)
        self.pages.setTabText(1, self.tr("Action items (%n open)", "", still_open))

    # --- sections and the running agenda item ------------------------------------------------

    def _selected_section(self) -> Section | None:
        rows = self.sections_view.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE) if rows else None

    def _select_row(self, row: int, *, quiet: bool = False) -> None:
        index = self.sections.index(row, 0)
        selection = self.sections_view.selectionModel()
        blocker = selection.blockSignals(quiet)
        self.sections_view.setCurrentIndex(index)
        selection.blockSignals(blocker)
        if quiet:
            self.sections_view.viewport().update()
            self._retarget()

    def _section_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._retarget()
        self._reload_notes()

    def _retarget(self) -> None:
        section = self._selected_section()
        keep = self._following  # F5 while typing: the note in hand stays whole where it is
        if section is None:
            self.editor.set_target(None, "", keep=keep)
        else:
            self.editor.set_target(section.id, notes.section_title(section), keep=keep)

    def _follow_running(self, *, force: bool = False) -> None:
        """Select the running agenda item (General if none) for the next notes."""
        previous = self.running_id
        self._reload_sections()
        selected = self._selected_section()
        following = selected is None or selected.id == previous or selected.id is None
        if force or (self.running_id != previous and following):
            row = max(self.sections.row_of(self.running_id), 0)
            if selected is None or self.sections.sections[row].id != selected.id:
                self._following = True
                try:
                    self._select_row(row)
                finally:
                    self._following = False
                self.sections_view.scrollTo(self.sections.index(row, 0))

    # --- notes -------------------------------------------------------------------------------

    def _note_saved(self, record: NoteRecord) -> None:
        if not self.notes_list.replace(record):
            self._reload_sections()
            self._reload_notes()
            self.announce(Changes.NOTES)
        if record.is_action_item or self.actions_view.model.records:
            self._reload_action_items()

    def _edit(self, record: NoteRecord) -> None:
        self.editor.edit(record)

    def open_note(self, record: NoteRecord) -> None:
        """Show a note in its agenda item and load it into the editor."""
        self.pages.setCurrentIndex(0)
        self.search.clear()
        self._select_row(max(self.sections.row_of(record.agenda_item_id), 0))
        self.notes_list.select(record.id)
        self.editor.edit(record)

    def _delete(self, record: NoteRecord) -> None:
        self.editor.flush()
        self.editor.forget(record.id)
        self._push(edits.delete(self.context.store, record))

    def _move(self, record: NoteRecord, offset: int) -> None:
        self.editor.flush()
        self._push(edits.move(self.context.store, record, offset))
        self.notes_list.select(record.id)

    def _move_to(self, record: NoteRecord, agenda_item_id: int | None) -> None:
        """Put a note under another agenda item (None: General); undoable."""
        if record.agenda_item_id == agenda_item_id:
            return
        self.editor.flush()
        self._push(edits.move_to_item(self.context.store, record, agenda_item_id))

    def _section_choices(self) -> list[tuple[int | None, str]]:
        return [(s.id, self.sections.index(row, 0).data())
                for row, s in enumerate(self.sections.sections)]  # fmt: skip

    def _set_status(self, record: NoteRecord, status: ActionStatus) -> None:
        self.editor.flush()
        self._push(edits.set_status(self.context.store, record, status))

    def _push(self, edit: edits.Edit) -> None:
        # The command makes the edit; its announcement (no initiator) refreshes this tab too.
        self.push_undoable(edit.text, edit.redo, edit.undo, changes=Changes.NOTES, done=False)

    def _refresh_after_edit(self) -> None:
        self.editor.reload_from_store()
        self._reload_all()

    def show_action_items(self) -> None:
        self.pages.setCurrentIndex(1)
        self.actions_view.table.setFocus()

    # --- Chatham House -----------------------------------------------------------------------

    def _show_stored_chatham(self) -> None:
        """Show the event's Chatham House rule as stored (switched in another view)."""
        if (event_id := self._event_id) is None:
            return
        with self.guard() as outcome:
            chatham = notes.is_chatham_house(self.context.store, event_id)
        if outcome.ok:
            set_chatham_silently(self, chatham)
            self.editor.set_chatham_house(chatham)

    def _chatham_toggled(self, enabled: bool) -> None:
        if (event_id := self._event_id) is None:
            return
        self.editor.flush()
        go, erase = True, False
        if enabled:
            go = False
            set_chatham_silently(self, False)  # ticked only once the question is answered
            with self.guard():
                attributed = notes.count_attributions(self.context.store, event_id)
                go, erase = ask_chatham_on(self.window(), attributed)
            if not go:
                set_chatham_silently(self, False)
                return
        with self.guard() as outcome:
            notes.set_chatham_house(self.context.store, event_id, enabled)
            if erase:
                notes.erase_attributions(self.context.store, event_id)
        if not outcome.ok:
            set_chatham_silently(self, not enabled)
            return
        set_chatham_silently(self, enabled)
        self.editor.set_chatham_house(enabled)
        self._reload_notes()
        self._reload_action_items()
        self.announce(Changes.EVENT)

    def retranslate(self) -> None:
        retranslate_parts(self)
        self.notes_list.retranslate()
        self.editor.retranslate()
        self._reload_action_items()
