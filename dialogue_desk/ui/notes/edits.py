"""The undoable note edits (delete, reorder, move to another item, done or open) as service pairs.

Each builder returns an :class:`Edit`: the text Edit → Undo shows and the two service calls the
tab hands to ``EventTab.push_undoable``. The calls name the note by UUID, because undoing a
deletion brings the note back with a new local id.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from dialogue_desk.services import notes
from dialogue_desk.services.notes import DeletedNote, NoteRecord
from dialogue_desk.store import Store
from dialogue_desk.store.enums import ActionStatus
from dialogue_desk.ui.common.undo import Step


@dataclass(frozen=True)
class Edit:
    """One undoable edit: its text for Edit → Undo, and the service calls doing and undoing it."""

    text: str
    redo: Step
    undo: Step


def _on_note(
    store: Store, record: NoteRecord, text: str, redo: Callable[[int], object],
    undo: Callable[[int], object],
) -> Edit:  # fmt: skip
    uuid = record.uuid
    return Edit(text, lambda: redo(notes.note_id_for(store, uuid)),
                lambda: undo(notes.note_id_for(store, uuid)))  # fmt: skip


def delete(store: Store, record: NoteRecord) -> Edit:
    deleted: list[DeletedNote] = []

    def redo() -> None:
        deleted[:] = [notes.delete_note(store, notes.note_id_for(store, record.uuid))]

    text = QCoreApplication.translate("NoteCommands", "Delete note")
    return Edit(text, redo, lambda: notes.restore_note(store, deleted[0]))


def move(store: Store, record: NoteRecord, offset: int) -> Edit:
    return _on_note(
        store, record, QCoreApplication.translate("NoteCommands", "Move note"),
        lambda note_id: notes.move_note(store, note_id, offset),
        lambda note_id: notes.move_note(store, note_id, -offset),
    )  # fmt: skip


def move_to_item(store: Store, record: NoteRecord, agenda_item_id: int | None) -> Edit:
    """Put a note under another agenda item (taken down under the wrong one in a hurry)."""
    old = record.agenda_item_id
    return _on_note(
        store, record,
        QCoreApplication.translate("NoteCommands", "Move note to another agenda item"),
        lambda note_id: notes.move_note_to_item(store, note_id, agenda_item_id),
        lambda note_id: notes.move_note_to_item(store, note_id, old),
    )  # fmt: skip


def set_status(store: Store, record: NoteRecord, status: ActionStatus) -> Edit:
    old = record.status or ActionStatus.OPEN
    text = (
        QCoreApplication.translate("NoteCommands", "Mark action item done")
        if status is ActionStatus.DONE
        else QCoreApplication.translate("NoteCommands", "Reopen action item")
    )
    return _on_note(
        store, record, text, lambda note_id: notes.set_action_status(store, note_id, status),
        lambda note_id: notes.set_action_status(store, note_id, old),
    )  # fmt: skip
