"""The form designer: questions listed on the left, the form as a respondent sees it on the right.

Insert adds, Enter edits, Ctrl+Up/Down reorder, Delete deletes (Ctrl+Z undoes any of it).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialogue_desk.services import evaluation as ev
from dialogue_desk.services.evaluation import FormRecord, QuestionData
from dialogue_desk.ui.common.undo import Step
from dialogue_desk.ui.evaluation.editing import EditHost, make_undoable
from dialogue_desk.ui.evaluation.form_language import FormLanguageBox
from dialogue_desk.ui.evaluation.form_view import FormView
from dialogue_desk.ui.evaluation.question_dialog import QuestionDialog
from dialogue_desk.ui.evaluation.question_model import QuestionModel


def _data(record: object) -> QuestionData:
    return QuestionData(
        **{f.name: getattr(record, f.name) for f in dataclasses.fields(QuestionData)}
    )


class FormDesigner(QWidget):
    """``changed`` after every edit made here (for the tab to show and announce it)."""

    changed = Signal()

    def __init__(self, store: Any, host: EditHost, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("form_designer")
        self.store, self.host = store, host
        self.form: FormRecord | None = None
        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.model = QuestionModel(self)
        self.table = QTableView(objectName="designer_questions")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QuestionModel.TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (QuestionModel.NUMBER, QuestionModel.KIND, QuestionModel.REQUIRED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self.edit_question)
        self.table.activated.connect(self.edit_question)
        left_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(objectName="designer_add")
        self.edit_button = QPushButton(objectName="designer_edit")
        self.up_button = QPushButton(objectName="designer_up")
        self.down_button = QPushButton(objectName="designer_down")
        self.delete_button = QPushButton(objectName="designer_delete")
        for button in (self.add_button, self.edit_button, self.up_button, self.down_button,
                       self.delete_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_question)
        self.edit_button.clicked.connect(self.edit_question)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.delete_button.clicked.connect(self.delete_question)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        keys = (
            ("Ins", self.add_question), ("Del", self.delete_question),
            ("Ctrl+Up", lambda: self.move(-1)), ("Ctrl+Down", lambda: self.move(1)),
        )  # fmt: skip
        for key, slot in keys:
            QShortcut(QKeySequence(key), self.table, slot, context=context)
        splitter.addWidget(left)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.preview_label = QLabel()
        self.preview_language = FormLanguageBox("preview_language")
        self.preview_language.currentIndexChanged.connect(self._show_preview)
        self.preview_label.setBuddy(self.preview_language)
        bar.addWidget(self.preview_label)
        bar.addWidget(self.preview_language)
        bar.addStretch(1)
        right_layout.addLayout(bar)
        self.preview = FormView()
        self.preview.setObjectName("designer_preview")
        right_layout.addWidget(self.preview, 1)
        splitter.addWidget(right)
        splitter.setSizes([520, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("&Add question (Ins)"))
        self.edit_button.setText(self.tr("Ed&it (Enter)"))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move do&wn"))
        self.delete_button.setText(self.tr("&Delete (Del)"))
        self.up_button.setToolTip(self.tr("Ctrl+Up"))
        self.down_button.setToolTip(self.tr("Ctrl+Down"))
        self.preview_label.setText(self.tr("Preview as a respondent sees it, in:"))
        self._update_buttons()

    def set_form(self, form: FormRecord | None) -> None:
        row = self.table.currentIndex().row()
        self.form = form
        # A language picked for this form stays; else the interface language (FormLanguageBox).
        self.preview_language.set_form(form)
        self.model.set_form(form, self.preview_language.code())
        if form is not None and form.questions:
            self.table.selectRow(max(0, min(row, len(form.questions) - 1)))
        self._show_preview()
        self._update_buttons()

    def _show_preview(self) -> None:
        language = self.preview_language.code()
        self.model.set_form(self.form, language)
        self.preview.show_form(self.form, language, self.tr("The form has no questions yet."))

    def _update_buttons(self) -> None:
        row = self.table.currentIndex().row()
        has_form = self.form is not None
        count = len(self.form.questions) if self.form else 0
        self.add_button.setEnabled(has_form)
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(has_form and 0 <= row < count)
        self.up_button.setEnabled(has_form and 0 < row < count)
        self.down_button.setEnabled(has_form and 0 <= row < count - 1)

    def _edit(self, form: FormRecord, text: str, redo: Step, undo: Step) -> bool:
        """Make one undoable edit of ``form`` now; False (and a message) when refused."""
        done = make_undoable(self.host, form.id, text, redo, undo, title=self.tr("Not changed"))
        if done:
            self.changed.emit()
        return done

    def add_question(self) -> None:
        if self.form is None:
            return
        taken = {q.name for q in self.form.questions}
        dialog = QuestionDialog(self.form.languages, taken, parent=self)
        if dialog.exec() and (data := dialog.data()) is not None:
            row = self.table.currentIndex().row()
            position = row + 1 if row >= 0 else len(self.form.questions)
            store, form_id, added = self.store, self.form.id, [0]

            def add() -> None:
                added[0] = ev.add_question(store, form_id, data, position).id

            text = QCoreApplication.translate("EvaluationCommands", "Add question")
            if self._edit(self.form, text, add, lambda: ev.delete_question(store, added[0])):
                self.table.selectRow(position)

    def edit_question(self) -> None:
        question = self.model.question(self.table.currentIndex().row())
        if self.form is None or question is None:
            return
        taken = {q.name for q in self.form.questions if q.id != question.id}
        dialog = QuestionDialog(self.form.languages, taken, _data(question), parent=self)
        if not dialog.exec() or (data := dialog.data()) is None:
            return
        if data.kind is not question.kind and self.form.responses:
            QMessageBox.information(
                self, self.tr("Kind not changed"),
                self.tr("This form already has responses, so a question cannot change its kind. "
                        "Add a new question instead."),
            )  # fmt: skip
            return
        store, old = self.store, _data(question)
        self._edit(self.form, QCoreApplication.translate("EvaluationCommands", "Edit question"),
                   lambda: ev.update_question(store, question.id, data),
                   lambda: ev.update_question(store, question.id, old))  # fmt: skip

    def move(self, step: int) -> None:
        row = self.table.currentIndex().row()
        question = self.model.question(row)
        if question is None or self.form is None:
            return
        target = row + step
        if not 0 <= target < len(self.form.questions):
            return
        store = self.store
        if self._edit(self.form, QCoreApplication.translate("EvaluationCommands", "Move question"),
                      lambda: ev.move_question(store, question.id, target),
                      lambda: ev.move_question(store, question.id, row)):  # fmt: skip
            self.table.selectRow(target)

    def delete_question(self) -> None:
        question = self.model.question(self.table.currentIndex().row())
        if question is None or self.form is None:
            return
        # A question comes back with a new id: the steps keep the current one.
        store, current = self.store, [question.id]
        snapshot: dict[str, Any] = {}

        def delete() -> None:
            snapshot.update(ev.delete_question(store, current[0]))

        def restore() -> None:
            current[0] = ev.restore_question(store, snapshot).id

        text = QCoreApplication.translate("EvaluationCommands", "Delete question")
        self._edit(self.form, text, delete, restore)
