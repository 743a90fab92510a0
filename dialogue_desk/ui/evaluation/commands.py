"""Undoable evaluation edits: designer changes to questions, and typed-in paper responses.

Each ``redo``/``undo`` is one committed transaction through the services; ``refresh`` is called
afterwards so the views show the store as it now is. Deleted rows come back with new ids, so
the commands keep the current id rather than the first one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from dialogue_desk.services import evaluation as ev
from dialogue_desk.services.evaluation import AnswerValue, QuestionData, ResponseRecord
from dialogue_desk.store.models import ResponseChannel

Refresh = Callable[[], None]


class AddQuestion(QUndoCommand):
    def __init__(self, store: Any, form_id: int, data: QuestionData, position: int,
                 refresh: Refresh) -> None:  # fmt: skip
        super().__init__(QCoreApplication.translate("EvaluationCommands", "Add question"))
        self.store, self.form_id, self.data, self.position = store, form_id, data, position
        self.refresh = refresh
        self.question_id = 0

    def redo(self) -> None:
        self.question_id = ev.add_question(self.store, self.form_id, self.data, self.position).id
        self.refresh()

    def undo(self) -> None:
        ev.delete_question(self.store, self.question_id)
        self.refresh()


class EditQuestion(QUndoCommand):
    def __init__(self, store: Any, question_id: int, old: QuestionData, new: QuestionData,
                 refresh: Refresh) -> None:  # fmt: skip
        super().__init__(QCoreApplication.translate("EvaluationCommands", "Edit question"))
        self.store, self.question_id, self.old, self.new = store, question_id, old, new
        self.refresh = refresh

    def redo(self) -> None:
        ev.update_question(self.store, self.question_id, self.new)
        self.refresh()

    def undo(self) -> None:
        ev.update_question(self.store, self.question_id, self.old)
        self.refresh()


class MoveQuestion(QUndoCommand):
    def __init__(self, store: Any, question_id: int, old: int, new: int, refresh: Refresh):
        super().__init__(QCoreApplication.translate("EvaluationCommands", "Move question"))
        self.store, self.question_id, self.old, self.new = store, question_id, old, new
        self.refresh = refresh

    def redo(self) -> None:
        ev.move_question(self.store, self.question_id, self.new)
        self.refresh()

    def undo(self) -> None:
        ev.move_question(self.store, self.question_id, self.old)
        self.refresh()


class DeleteQuestion(QUndoCommand):
    def __init__(self, store: Any, question_id: int, refresh: Refresh) -> None:
        super().__init__(QCoreApplication.translate("EvaluationCommands", "Delete question"))
        self.store, self.question_id, self.refresh = store, question_id, refresh
        self.snapshot: dict[str, Any] = {}

    def redo(self) -> None:
        self.snapshot = ev.delete_question(self.store, self.question_id)
        self.refresh()

    def undo(self) -> None:
        self.question_id = ev.restore_question(self.store, self.snapshot).id
        self.refresh()


class SaveResponse(QUndoCommand):
    """A new typed-in paper response."""

    def __init__(self, store: Any, form_id: int, answers: dict[str, AnswerValue], language: str,
                 refresh: Refresh) -> None:  # fmt: skip
        super().__init__(QCoreApplication.translate("EvaluationCommands", "Enter response"))
        self.store, self.form_id, self.answers, self.language = store, form_id, answers, language
        self.refresh = refresh
        self.record: ResponseRecord | None = None

    def redo(self) -> None:
        if self.record is None:
            self.record = ev.save_response(self.store, self.form_id, self.answers,
                                           channel=ResponseChannel.PAPER,
                                           language=self.language)  # fmt: skip
        else:
            self.record = ev.restore_response(self.store, self.record)
        self.refresh()

    def undo(self) -> None:
        if self.record is not None:
            self.record = ev.delete_response(self.store, self.record.id)
        self.refresh()


class UpdateResponse(QUndoCommand):
    def __init__(self, store: Any, old: ResponseRecord, answers: dict[str, AnswerValue],
                 refresh: Refresh) -> None:  # fmt: skip
        super().__init__(
            QCoreApplication.translate("EvaluationCommands", "Change response {n}").format(
                n=old.number
            )
        )
        self.store, self.old, self.answers, self.refresh = store, old, answers, refresh

    def redo(self) -> None:
        ev.update_response(self.store, self.old.id, self.answers)
        self.refresh()

    def undo(self) -> None:
        ev.update_response(self.store, self.old.id, dict(self.old.answers))
        self.refresh()


class DeleteResponse(QUndoCommand):
    def __init__(self, store: Any, record: ResponseRecord, refresh: Refresh) -> None:
        super().__init__(
            QCoreApplication.translate("EvaluationCommands", "Delete response {n}").format(
                n=record.number
            )
        )
        self.store, self.record, self.refresh = store, record, refresh

    def redo(self) -> None:
        self.record = ev.delete_response(self.store, self.record.id)
        self.refresh()

    def undo(self) -> None:
        self.record = ev.restore_response(self.store, self.record)
        self.refresh()
