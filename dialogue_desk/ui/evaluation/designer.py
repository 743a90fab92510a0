"""The form designer: questions listed on the left, the form as a respondent sees it on the right.

Insert adds, Enter edits, Ctrl+Up/Down reorder, Delete deletes (Ctrl+Z undoes any of it).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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

from dialogue_desk.i18n import LANGUAGES
from dialogue_desk.services import evaluation as ev
from dialogue_desk.services.errors import ServiceError
from dialogue_desk.services.evaluation import FormRecord, QuestionData
from dialogue_desk.store.errors import StoreError
from dialogue_desk.ui.evaluation.commands import (
    AddQuestion,
    DeleteQuestion,
    EditQuestion,
    MoveQuestion,
)
from dialogue_desk.ui.evaluation.form_view import FormView
from dialogue_desk.ui.evaluation.question_dialog import QuestionDialog
from dialogue_desk.ui.evaluation.question_model import QuestionModel


def _data(record: object) -> QuestionData:
    return QuestionData(
        **{f.name: getattr(record, f.name) for f in dataclasses.fields(QuestionData)}
    )


class FormDesigner(QWidget):
    changed = Signal()

    def __init__(self, store: object, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("form_designer")
        self.store, self.undo_stack = store, undo_stack
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
        self.preview_language = QComboBox(objectName="preview_language")
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
        self.edit_button.setText(self.tr("&Edit (Enter)"))
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
        self.preview_language.blockSignals(True)
        current = self.preview_language.currentData()
        self.preview_language.clear()
        for code in form.languages if form else ():
            self.preview_language.addItem(LANGUAGES.get(code, code.upper()), code)
        self.preview_language.setCurrentIndex(max(0, self.preview_language.findData(current)))
        self.preview_language.blockSignals(False)
        self.model.set_form(form)
        if form is not None and form.questions:
            self.table.selectRow(max(0, min(row, len(form.questions) - 1)))
        self._show_preview()
        self._update_buttons()

    def _show_preview(self) -> None:
        language = self.preview_language.currentData() or "en"
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

    def reload(self) -> None:
        if self.form is not None:
            try:
                self.set_form(ev.get_form(self.store, self.form.id))  # type: ignore[arg-type]
            except ServiceError:
                self.set_form(None)
        self.changed.emit()

    def _push(self, command: object) -> None:
        try:
            self.undo_stack.push(command)  # type: ignore[arg-type]
        except (ServiceError, StoreError) as error:
            QMessageBox.warning(self, self.tr("Not changed"), str(error))

    def add_question(self) -> None:
        if self.form is None:
            return
        taken = {q.name for q in self.form.questions}
        dialog = QuestionDialog(self.form.languages, taken, parent=self)
        if dialog.exec() and (data := dialog.data()) is not None:
            row = self.table.currentIndex().row()
            position = row + 1 if row >= 0 else len(self.form.questions)
            self._push(AddQuestion(self.store, self.form.id, data, position, self.reload))
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
        self._push(EditQuestion(self.store, question.id, _data(question), data, self.reload))

    def move(self, step: int) -> None:
        row = self.table.currentIndex().row()
        question = self.model.question(row)
        if question is None or self.form is None:
            return
        target = row + step
        if not 0 <= target < len(self.form.questions):
            return
        self._push(MoveQuestion(self.store, question.id, row, target, self.reload))
        self.table.selectRow(target)

    def delete_question(self) -> None:
        question = self.model.question(self.table.currentIndex().row())
        if question is None or self.form is None:
            return
        self._push(DeleteQuestion(self.store, question.id, self.reload))
