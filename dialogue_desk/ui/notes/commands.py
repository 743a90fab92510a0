"""Undoable note edits: delete, reorder, mark an action item done or open.

Commands name notes by UUID: undoing a deletion brings a note back with a new local id.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from dialogue_desk.services import notes
from dialogue_desk.services.errors import ServiceError
from dialogue_desk.services.notes import DeletedNote, NoteRecord
from dialogue_desk.store import Store
from dialogue_desk.store.errors import StoreError
from dialogue_desk.store.models import ActionStatus

log = logging.getLogger(__name__)

#: Called after every change (to refresh the views) or with the message of a failure.
Changed = Callable[[], None]
Failed = Callable[[str], None]


class _NoteCommand(QUndoCommand):
    def __init__(self, store: Store, text: str, changed: Changed, failed: Failed) -> None:
        super().__init__(text)
        self.store = store
        self._changed = changed
        self._failed = failed

    def _run(self, work: Callable[[], object]) -> None:
        try:
            work()
        except (ServiceError, StoreError) as error:
            log.warning("%s failed: %s", self.text(), error)
            self.setObsolete(True)
            self._failed(str(error))
        self._changed()


class DeleteNoteCommand(_NoteCommand):
    def __init__(self, store: Store, record: NoteRecord, changed: Changed, failed: Failed) -> None:
        super().__init__(
            store, QCoreApplication.translate("NoteCommands", "Delete note"), changed, failed
        )
        self.uuid = record.uuid
        self.snapshot: DeletedNote | None = None

    def redo(self) -> None:
        def work() -> None:
            self.snapshot = notes.delete_note(self.store, notes.note_id_for(self.store, self.uuid))

        self._run(work)

    def undo(self) -> None:
        if self.snapshot is not None:
            snapshot = self.snapshot
            self._run(lambda: notes.restore_note(self.store, snapshot))


class MoveNoteCommand(_NoteCommand):
    def __init__(
        self, store: Store, record: NoteRecord, offset: int, changed: Changed, failed: Failed
    ) -> None:
        super().__init__(
            store, QCoreApplication.translate("NoteCommands", "Move note"), changed, failed
        )
        self.uuid = record.uuid
        self.offset = offset

    def _move(self, offset: int) -> None:
        self._run(lambda: notes.move_note(self.store, notes.note_id_for(self.store, self.uuid),
                                          offset))  # fmt: skip

    def redo(self) -> None:
        self._move(self.offset)

    def undo(self) -> None:
        self._move(-self.offset)


class SetActionStatusCommand(_NoteCommand):
    def __init__(
        self, store: Store, record: NoteRecord, status: ActionStatus, changed: Changed,
        failed: Failed,
    ) -> None:  # fmt: skip
        text = (
            QCoreApplication.translate("NoteCommands", "Mark action item done")
            if status is ActionStatus.DONE
            else QCoreApplication.translate("NoteCommands", "Reopen action item")
        )
        super().__init__(store, text, changed, failed)
        self.uuid = record.uuid
        self.old = record.status or ActionStatus.OPEN
        self.new = status

    def _set(self, status: ActionStatus) -> None:
        self._run(lambda: notes.set_action_status(
            self.store, notes.note_id_for(self.store, self.uuid), status))  # fmt: skip

    def redo(self) -> None:
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)


class MoveNoteToItemCommand(_NoteCommand):
    """Put a note under another agenda item (taken down under the wrong one in a hurry)."""

    def __init__(
        self, store: Store, record: NoteRecord, agenda_item_id: int | None, changed: Changed,
        failed: Failed,
    ) -> None:  # fmt: skip
        super().__init__(
            store, QCoreApplication.translate("NoteCommands", "Move note to another agenda item"),
            changed, failed,
        )  # fmt: skip
        self.uuid = record.uuid
        self.old = record.agenda_item_id
        self.new = agenda_item_id

    def _put(self, agenda_item_id: int | None) -> None:
        self._run(lambda: notes.move_note_to_item(
            self.store, notes.note_id_for(self.store, self.uuid), agenda_item_id))  # fmt: skip

    def redo(self) -> None:
        self._put(self.new)

    def undo(self) -> None:
        self._put(self.old)
