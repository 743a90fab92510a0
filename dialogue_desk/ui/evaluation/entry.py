"""Typing in the paper forms that came back: one response per screen, keyboard only.

Digits answer ratings and choices, Tab/Enter move on, Enter on the last question (or
Ctrl+Enter anywhere) saves and opens a blank form; Page Up/Down go through the responses
already entered to correct them; Ctrl+Delete deletes the one shown. Every change is undoable.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dialogue_desk.services import evaluation as ev
from dialogue_desk.services.errors import ValidationError
from dialogue_desk.services.evaluation import AnswerValue, FormRecord, ResponseRecord
from dialogue_desk.services.labels import label
from dialogue_desk.store.enums import ResponseChannel
from dialogue_desk.ui.common.undo import Step
from dialogue_desk.ui.evaluation.editing import EditHost, make_undoable
from dialogue_desk.ui.evaluation.form_language import FormLanguageBox
from dialogue_desk.ui.evaluation.form_view import FormView


class PaperEntry(QWidget):
    """``changed`` after every stored change (for the tab to announce it)."""

    changed = Signal()

    def __init__(self, store: Any, host: EditHost, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("paper_entry")
        self.store, self.host = store, host
        self.form: FormRecord | None = None
        self.responses: list[ResponseRecord] = []
        #: Index into ``responses`` of the one shown; len(responses) is the blank new one.
        self.index = 0
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.position = QLabel(objectName="entry_position")
        font = self.position.font()
        font.setBold(True)
        self.position.setFont(font)
        top.addWidget(self.position)
        top.addStretch(1)
        self.count = QLabel(objectName="entry_count")
        top.addWidget(self.count)
        top.addSpacing(24)
        self.language_label = QLabel()
        top.addWidget(self.language_label)
        self.language = FormLanguageBox("entry_language")
        self.language.currentIndexChanged.connect(self._language_changed)
        self.language_label.setBuddy(self.language)
        top.addWidget(self.language)
        layout.addLayout(top)
        self.view = FormView(self)
        self.view.finished.connect(self.save)
        layout.addWidget(self.view, 1)
        self.status = QLabel(objectName="entry_status")
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.previous_button = QPushButton(objectName="entry_previous")
        self.next_button = QPushButton(objectName="entry_next")
        self.new_button = QPushButton(objectName="entry_new")
        self.delete_button = QPushButton(objectName="entry_delete")
        self.save_button = QPushButton(objectName="entry_save")
        self.save_button.setDefault(True)
        for button in (self.previous_button, self.next_button, self.new_button,
                       self.delete_button):  # fmt: skip
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.previous_button.clicked.connect(lambda: self.show_index(self.index - 1))
        self.next_button.clicked.connect(lambda: self.show_index(self.index + 1))
        self.new_button.clicked.connect(lambda: self.show_index(len(self.responses)))
        self.delete_button.clicked.connect(self.delete_current)
        self.save_button.clicked.connect(self.save)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            (("Ctrl+Return", "Ctrl+Enter"), self.save),
            (("PgUp",), lambda: self.show_index(self.index - 1)),
            (("PgDown",), lambda: self.show_index(self.index + 1)),
            (("Ctrl+Delete",), self.delete_current),
            (("Ctrl+End",), lambda: self.show_index(len(self.responses))),
        ):
            for key in keys:
                QShortcut(QKeySequence(key), self, slot, context=context)
        self.retranslate()

    def retranslate(self) -> None:
        self.language_label.setText(self.tr("Paper form &language:"))
        self.previous_button.setText(self.tr("◀ Previous (PgUp)"))
        self.next_button.setText(self.tr("Next (PgDn) ▶"))
        self.new_button.setText(self.tr("New (Ctrl+End)"))
        self.delete_button.setText(self.tr("Delete response (Ctrl+Del)"))
        self.save_button.setText(self.tr("Save and next (Ctrl+Enter)"))
        self._update_labels()

    def set_form(self, form: FormRecord | None) -> None:
        changed_form = form is None or self.form is None or form.id != self.form.id
        self.form = form
        # The paper forms' language picked for this form stays (each save reloads the list);
        # else the interface language when the form has it, else its first (FormLanguageBox).
        self.language.set_form(form)
        self.reload(go_new=changed_form)

    def _code(self) -> str:
        return self.language.code(self.form.language if self.form else "en")

    def _language_changed(self) -> None:
        self.view.show_form(self.form, self._code())

    def reload(self, go_new: bool = False) -> None:
        self.responses = ev.list_responses(self.store, self.form.id) if self.form else []  # type: ignore[arg-type]
        self.view.show_form(self.form, self._code(), self.tr("Choose or create a form first."))
        self.show_index(len(self.responses) if go_new else min(self.index, len(self.responses)))

    def show_index(self, index: int) -> None:
        self.index = max(0, min(index, len(self.responses)))
        if self.index < len(self.responses):
            self.view.set_values(self.responses[self.index].answers)
        else:
            self.view.clear()
        self._update_labels()
        self.view.focus_first()

    def _update_labels(self) -> None:
        total = len(self.responses)
        if self.form is None:
            self.position.clear()
            self.count.clear()
        elif self.index >= total:
            self.position.setText(self.tr("New response (number {n})").format(n=total + 1))
        else:
            record = self.responses[self.index]
            self.position.setText(
                self.tr("Response {n} of {total} ({channel})").format(
                    n=record.number, total=total, channel=label(record.channel)
                )
            )
        if self.form is not None:
            self.count.setText(self.tr("%n response(s) so far", "", total))
        editing = self.form is not None and self.index < total
        self.delete_button.setEnabled(editing)
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < total)
        self.save_button.setEnabled(self.form is not None and bool(self.form.answerable))

    def save(self) -> None:
        if self.form is None:
            return
        answers = self.view.values()
        try:
            ev.validate_answers(self.form, answers, self._code())
        except ValidationError as error:
            self.view.show_problems(error.problems)
            self.status.setText(self.tr("Not saved: correct the marked answers."))
            return
        if self.index < len(self.responses):
            old = self.responses[self.index]
            if self._update(old, answers):
                self.status.setText(self.tr("Response {n} changed.").format(n=old.number))
                self.show_index(self.index + 1)
        elif self._add(self.form, answers):
            self.status.setText(self.tr("Response {n} saved; here is a blank form.").format(
                n=len(self.responses)))  # fmt: skip
            self.show_index(len(self.responses))

    def _add(self, form: FormRecord, answers: dict[str, AnswerValue]) -> bool:
        """Store a new paper response; undo deletes it, redo stores it again."""
        store, language = self.store, self._code()
        record: ResponseRecord | None = None

        def save() -> None:
            nonlocal record
            record = (
                ev.save_response(
                    store, form.id, answers, channel=ResponseChannel.PAPER, language=language
                )  # fmt: skip
                if record is None
                else ev.restore_response(store, record)
            )

        def delete() -> None:
            nonlocal record
            if record is not None:
                record = ev.delete_response(store, record.id)

        text = QCoreApplication.translate("EvaluationCommands", "Enter response")
        return self._edit(form, text, save, delete, title=self.tr("Not saved"))

    def _update(self, old: ResponseRecord, answers: dict[str, AnswerValue]) -> bool:
        store, before = self.store, dict(old.answers)
        text = QCoreApplication.translate("EvaluationCommands", "Change response {n}").format(
            n=old.number
        )
        return self._edit(self.form, text, lambda: ev.update_response(store, old.id, answers),
                          lambda: ev.update_response(store, old.id, before),
                          title=self.tr("Not saved"))  # fmt: skip

    def delete_current(self) -> None:
        if self.form is None or self.index >= len(self.responses):
            return
        store, record = self.store, self.responses[self.index]
        current = [record]

        def delete() -> None:
            current[0] = ev.delete_response(store, current[0].id)

        def restore() -> None:
            current[0] = ev.restore_response(store, current[0])

        text = QCoreApplication.translate("EvaluationCommands", "Delete response {n}").format(
            n=record.number
        )
        if self._edit(self.form, text, delete, restore):
            self.status.setText(self.tr("Response {n} deleted (Ctrl+Z brings it back).").format(
                n=record.number))  # fmt: skip
            self.show_index(min(self.index, len(self.responses)))

    def _edit(self, form: FormRecord | None, text: str, redo: Step, undo: Step,
              title: str | None = None) -> bool:  # fmt: skip
        """Make one undoable edit now and show the responses as they are; False if refused."""
        assert form is not None
        if not make_undoable(self.host, form.id, text, redo, undo, title=title):
            return False
        self._after()
        return True

    def _after(self) -> None:
        if self.form is not None:
            self.responses = ev.list_responses(self.store, self.form.id)  # type: ignore[arg-type]
        self._update_labels()
        self.changed.emit()
