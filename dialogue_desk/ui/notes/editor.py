"""The note editor: type, mark the kind, and everything is saved as you go.

What is typed is committed within a second of a pause (and at the latest a second after the
first unsaved keystroke, so continuous typing is saved too), and at once on focus loss, tab
switch, event switch and close. There is no Save button; a small indicator says what is saved.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dialogue_desk.services import notes
from dialogue_desk.services.errors import NotFoundError
from dialogue_desk.services.notes import ActionFields, NoteRecord
from dialogue_desk.store import Store
from dialogue_desk.store.enums import NoteKind
from dialogue_desk.ui.common.errors import EXPECTED, describe
from dialogue_desk.ui.notes import editor_texts
from dialogue_desk.ui.notes.action_fields import ActionFieldsRow
from dialogue_desk.ui.notes.models import kind_icon

log = logging.getLogger(__name__)

#: Save after this long without typing...
PAUSE_MS = 600
#: ...and at the latest this long after the first unsaved change, however fast the typing.
DEADLINE_MS = 1000
#: After a failed save (disk full, store busy) try again this often; the text stays in the editor.
RETRY_MS = 3000

KINDS = list(NoteKind)


class NoteEditor(QFrame):
    """Writes one note at a time: a new one for ``target``, or an existing one being edited."""

    #: A note was committed to the store (the record as saved).
    saved = Signal(object)
    #: Ctrl+Enter: the note is finished; the editor now holds a new, empty note.
    finished = Signal(object)  # NoteRecord | None

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("note_editor")
        self.store = store
        self.event_id: int | None = None
        self.target_id: int | None = None
        self.target_title = ""
        self.note: NoteRecord | None = None
        #: Where the note in hand goes (its agenda item when it was started): it stays whole
        #: there even when the running item changes meanwhile (F5 while typing).
        self.note_target: int | None = None
        self.note_target_title = ""
        self.read_only = False
        self.chatham_house = False
        self._dirty = False
        self._loading = False

        self.heading = QLabel(objectName="note_heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.indicator = QLabel(objectName="saved_indicator")
        self.indicator.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.indicator)

        self.kind_group = QButtonGroup(self)
        self.kind_group.setExclusive(True)
        kinds_row = QHBoxLayout()
        kinds_row.setSpacing(2)
        self.kind_buttons: dict[NoteKind, QToolButton] = {}
        for number, kind in enumerate(KINDS, start=1):
            button = QToolButton(objectName=f"kind_{kind.value}", checkable=True)
            button.setIcon(kind_icon(kind))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setShortcut(QKeySequence(f"Alt+{number}"))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.kind_group.addButton(button, number - 1)
            self.kind_buttons[kind] = button
            kinds_row.addWidget(button)
        kinds_row.addStretch(1)
        self.kind_buttons[NoteKind.NOTE].setChecked(True)
        self.kind_group.idToggled.connect(self._kind_toggled)

        self.text = QPlainTextEdit(objectName="note_text")
        self.text.setTabChangesFocus(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.textChanged.connect(self._edited)
        self.text.installEventFilter(self)

        self.author = QLineEdit(objectName="note_author")
        self.author.textEdited.connect(self._edited)
        self.author.installEventFilter(self)
        self.chatham_label = QLabel(objectName="chatham_house_label")
        self.chatham_label.setWordWrap(True)
        author_row = QHBoxLayout()
        self.author_label = QLabel(buddy=self.author)
        author_row.addWidget(self.author_label)
        author_row.addWidget(self.author, 1)
        author_row.addWidget(self.chatham_label, 1)

        self.action_row = ActionFieldsRow()
        self.action_row.edited.connect(self._edited)
        for field in self.action_row.inputs():
            field.installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addLayout(kinds_row)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.action_row)
        layout.addLayout(author_row)
        self.action_row.chain(self.text, self.author)  # only now are they in one window

        self._pause = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._deadline = QTimer(self, singleShot=True, interval=DEADLINE_MS)
        self._pause.timeout.connect(self.flush)
        self._deadline.timeout.connect(self.flush)
        self._saved_at: dt.datetime | None = None
        self._error = ""
        self.retranslate()
        self._show_kind_fields()

    # --- what the editor writes to -----------------------------------------------------------

    def set_event(self, event_id: int | None, chatham_house: bool = False) -> None:
        self.flush()
        self.event_id = event_id
        self.action_row.use_people(self.store, event_id)
        self.note = None
        self.target_id = None
        self.set_chatham_house(chatham_house)
        self._error = ""
        self._saved_at = None
        self._clear()
        self._update_indicator()
        self.setEnabled(event_id is not None)

    def set_target(self, agenda_item_id: int | None, title: str, *, keep: bool = False) -> None:
        """Where the next new note goes. A note in progress is saved and a new one started,
        unless ``keep`` (the running item changed, not the user's choice): then the note being
        typed stays whole under the item it was started in, and only the next note follows."""
        if agenda_item_id == self.target_id:
            self.target_title = title
            if not self.in_hand():
                self.note_target_title = title
            self._update_heading()
            return
        if keep and self.in_hand():
            self.flush()
        elif self.note is not None or self._dirty:
            self.flush()
            self.note = None
            self._clear()
        self.target_id = agenda_item_id
        self.target_title = title
        if not self.in_hand():
            self.note_target, self.note_target_title = agenda_item_id, title
        self._update_heading()

    def in_hand(self) -> bool:
        """Is a note being written (saved or not yet) that Ctrl+Enter has not finished?"""
        return self._dirty or (self.note is not None and bool(self.note.text.strip()))

    def set_read_only(self, read_only: bool) -> None:
        """A closed event: the editor shows, but nothing can be typed or marked."""
        self.flush()
        self.read_only = read_only
        self.text.setReadOnly(read_only)
        self.author.setReadOnly(read_only)
        self.action_row.setEnabled(not read_only)
        for button in self.kind_buttons.values():
            button.setEnabled(not read_only)

    def edit(self, record: NoteRecord) -> None:
        """Load an existing note; changes to it are saved as they are typed."""
        self.flush()
        self.note = record
        self._load(record)
        self.text.setFocus()
        self.text.moveCursor(self.text.textCursor().MoveOperation.End)

    def new_note(self) -> None:
        """Finish the note in hand (Ctrl+Enter) and start a new one for the target."""
        saved = self.flush()
        finished = self.note
        if saved and finished is not None and not finished.text.strip():
            try:
                notes.delete_note(self.store, finished.id)  # an emptied note is no note
            except EXPECTED:
                log.exception("Could not remove an empty note")
            finished = None
        if not saved:
            return  # keep the text where the user can see it; the indicator says why
        self.note = None
        self._clear()
        self.text.setFocus()
        self.finished.emit(finished)

    def forget(self, note_id: int) -> None:
        """The note with ``note_id`` is being deleted: stop writing to it."""
        if self.note is not None and self.note.id == note_id:
            self._pause.stop()
            self._deadline.stop()
            self._dirty = False
            self.note = None
            self._clear()

    def reload_from_store(self) -> None:
        """Show the stored state of the note in hand after it was changed elsewhere (undo)."""
        if self.note is None or self._dirty:
            return
        try:
            self.note = notes.get_note(self.store, notes.note_id_for(self.store, self.note.uuid))
        except NotFoundError:
            self.note = None
            self._clear()
            return
        except EXPECTED:
            return  # the store is busy or gone: the next reload shows it
        self._load(self.note)

    def set_chatham_house(self, enabled: bool) -> None:
        self.chatham_house = enabled
        self.author.setVisible(not enabled)
        self.author_label.setVisible(not enabled)
        self.chatham_label.setVisible(enabled)

    @property
    def kind(self) -> NoteKind:
        return KINDS[max(self.kind_group.checkedId(), 0)]

    def set_kind(self, kind: NoteKind) -> None:
        self.kind_buttons[kind].setChecked(True)

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    @property
    def error_text(self) -> str:
        """Why the last save failed ("" when it did not)."""
        return self._error

    @property
    def saved_at(self) -> dt.datetime | None:
        """When the note in hand was last committed."""
        return self._saved_at

    # --- saving ------------------------------------------------------------------------------

    def flush(self) -> bool:
        """Commit what is typed now. False when it could not be saved (the text is kept)."""
        self._pause.stop()
        self._deadline.stop()
        if not self._dirty or self.event_id is None:
            return True
        text = self.text.toPlainText()
        if self.note is None and not text.strip():
            self._dirty = False
            return True
        action = self.action_row.fields() if self.kind is NoteKind.ACTION_ITEM else None
        author = "" if self.chatham_house else self.author.text()
        try:
            if self.note is not None:
                try:
                    record = notes.update_note(
                        self.store, self.note.id, text=text, kind=self.kind, author=author,
                        action=action,
                    )  # fmt: skip
                except NotFoundError:
                    # Deleted elsewhere meanwhile: keep what was typed as a new note.
                    record = self._add(text, author, action)
            else:
                record = self._add(text, author, action)
        except EXPECTED as error:
            log.warning("Note not saved: %s", error)
            self._error = describe(error)
            self._update_indicator()
            self._deadline.start(RETRY_MS)
            return False
        self._dirty = False
        self._error = ""
        self.note = record
        self._saved_at = dt.datetime.now()
        self._update_indicator()
        self._update_heading()
        self.saved.emit(record)
        return True

    def _add(self, text: str, author: str, action: ActionFields | None) -> NoteRecord:
        assert self.event_id is not None
        try:
            return notes.add_note(self.store, self.event_id, self.note_target, text,
                                  kind=self.kind, author=author, action=action)  # fmt: skip
        except NotFoundError:
            if self.note_target is None:
                raise
            self.note_target = None  # the agenda item went away: keep the note under General
            return self._add(text, author, action)

    def _edited(self, *_args: object) -> None:
        if self._loading:
            return
        if self.note is None and not self._dirty:
            self.note_target, self.note_target_title = self.target_id, self.target_title
        self._dirty = True
        self._pause.start()
        if not self._deadline.isActive():
            self._deadline.start(DEADLINE_MS)
        self._update_indicator()

    def _kind_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._show_kind_fields()
            self._edited()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.new_note()
                return True
            # Alt+1..6 are also the buttons' shortcuts; handled here too so they work while
            # typing even where the window's shortcut map does not see them.
            number = event.key() - Qt.Key.Key_1
            alt_only = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if alt_only == Qt.KeyboardModifier.AltModifier and 0 <= number < len(KINDS):
                self.set_kind(KINDS[number])
                return True
        return super().eventFilter(watched, event)

    def hideEvent(self, event: QEvent) -> None:  # type: ignore[override]
        self.flush()
        super().hideEvent(event)

    # --- showing -----------------------------------------------------------------------------

    def _clear(self) -> None:
        self._loading = True
        try:
            self.text.setPlainText("")
            self.author.clear()
            self.action_row.load(None)
            self.kind_buttons[NoteKind.NOTE].setChecked(True)
            self._show_kind_fields()
        finally:
            self._loading = False
        self._dirty = False
        self.note_target, self.note_target_title = self.target_id, self.target_title
        self._update_heading()

    def _load(self, record: NoteRecord) -> None:
        self._loading = True
        try:
            self.kind_buttons[record.kind].setChecked(True)
            self.text.setPlainText(record.text)
            self.author.setText(record.author)
            self.action_row.load(record)
            self._show_kind_fields()
        finally:
            self._loading = False
        self._dirty = False
        self._update_heading()

    def _show_kind_fields(self) -> None:
        self.action_row.setVisible(self.kind is NoteKind.ACTION_ITEM)
        quote = self.kind is NoteKind.QUOTE
        self.author_label.setText(self.tr("Sai&d by:") if quote else self.tr("Autho&r:"))

    def _update_heading(self) -> None:
        editor_texts.update_heading(self)

    def _update_indicator(self) -> None:
        editor_texts.update_indicator(self)

    def retranslate(self) -> None:
        editor_texts.retranslate(self)
        self._show_kind_fields()
        self._update_heading()
        self._update_indicator()
