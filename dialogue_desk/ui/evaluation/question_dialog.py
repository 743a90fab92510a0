"""Add or edit one question: kind, texts in each of the form's languages, scale, choices."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialogue_desk.i18n import LANGUAGES
from dialogue_desk.services.errors import ValidationError
from dialogue_desk.services.evaluation import Choice, QuestionData, clean_question
from dialogue_desk.services.labels import label
from dialogue_desk.store.enums import QuestionKind
from dialogue_desk.ui.evaluation.accessible import name_controls
from dialogue_desk.ui.evaluation.answers import mark_problem
from dialogue_desk.ui.evaluation.logic_editor import LogicEditor

CHOICE_KINDS = (QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE, QuestionKind.RANK)
TEXT, HINT, LOW, HIGH, MESSAGE = range(5)


class QuestionDialog(QDialog):
    """``data()`` is the checked question once the dialog is accepted."""

    def __init__(
        self,
        languages: tuple[str, ...],
        taken: set[str],
        question: QuestionData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("question_dialog")
        self.languages, self.taken = languages, taken
        self.setWindowTitle(self.tr("Edit question") if question else self.tr("Add question"))
        self.resize(760, 720)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox(objectName="question_kind")
        for kind in QuestionKind:
            self.kind.addItem(label(kind), kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        form.addRow(self.tr("&Kind:"), self.kind)
        self.required = QCheckBox(self.tr("An answer is &required"), objectName="question_required")
        form.addRow("", self.required)
        self.name = QLineEdit(objectName="question_name")
        self.name.setPlaceholderText(self.tr("made up from the text when left blank"))
        form.addRow(self.tr("&Name (for exports):"), self.name)
        scale = QHBoxLayout()
        self.scale_min = QSpinBox(objectName="scale_min", minimum=0, maximum=10, value=1)
        self.scale_max = QSpinBox(objectName="scale_max", minimum=1, maximum=10, value=5)
        self.scale_min.setAccessibleName(self.tr("Lowest point of the scale"))
        self.scale_max.setAccessibleName(self.tr("Highest point of the scale"))
        scale.addWidget(self.scale_min)
        scale.addWidget(QLabel("–"))
        scale.addWidget(self.scale_max)
        scale.addStretch(1)
        self.scale_row = QWidget()
        self.scale_row.setLayout(scale)
        form.addRow(self.tr("Rating &scale:"), self.scale_row)
        layout.addLayout(form)
        self.texts = QTableWidget(len(languages), 5, objectName="question_texts")
        self.texts.setHorizontalHeaderLabels(
            [self.tr("Question text"), self.tr("Hint"), self.tr("Low end label"),
             self.tr("High end label"), self.tr("Message when not allowed")]
        )  # fmt: skip
        self.texts.setVerticalHeaderLabels([LANGUAGES.get(c, c) for c in languages])
        self.texts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.texts.setTabKeyNavigation(False)
        self.texts.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        layout.addWidget(QLabel(self.tr("&Texts in each language:"), buddy=self.texts))
        layout.addWidget(self.texts, 2)
        self.choices_label = QLabel(self.tr("&Choices (name, then the text in each language):"))
        layout.addWidget(self.choices_label)
        self.choices = QTableWidget(0, 1 + len(languages), objectName="question_choices")
        self.choices.setHorizontalHeaderLabels(
            [self.tr("Name"), *(LANGUAGES.get(c, c) for c in languages)]
        )
        self.choices.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.choices.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.choices_label.setBuddy(self.choices)
        layout.addWidget(self.choices, 3)
        row = QHBoxLayout()
        self.add_choice = QPushButton(self.tr("Add c&hoice"), objectName="add_choice")
        self.add_choice.clicked.connect(lambda: self._append_choice(Choice("", {})))
        self.remove_choice = QPushButton(self.tr("Remove choi&ce"), objectName="remove_choice")
        self.remove_choice.clicked.connect(self._remove_choice)
        row.addWidget(self.add_choice)
        row.addWidget(self.remove_choice)
        row.addStretch(1)
        layout.addLayout(row)
        self.logic_label = QLabel(self.tr("Logic (XLSForm expressions, optional):"))
        layout.addWidget(self.logic_label)
        self.logic = LogicEditor(languages[0] if languages else "en")
        layout.addWidget(self.logic)
        # The message for an answer the constraint refuses, in each language, beside the texts;
        # shown while there is a constraint.
        constraint = self.logic.edits["constraint"]
        constraint.textChanged.connect(
            lambda text: self.texts.setColumnHidden(MESSAGE, not text.strip())
        )
        self.problem = QLabel(objectName="problem")
        mark_problem(self.problem)
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._result: QuestionData | None = None
        self.set_question(question or QuestionData(QuestionKind.RATING, {}, required=True))
        name_controls(self)

    def set_question(self, q: QuestionData) -> None:
        self._base = q
        self.logic.set_logic(q.logic)
        self.kind.setCurrentIndex(self.kind.findData(q.kind))
        self.required.setChecked(q.required)
        self.name.setText(q.name)
        if q.scale_min is not None:
            self.scale_min.setValue(q.scale_min)
        if q.scale_max is not None:
            self.scale_max.setValue(q.scale_max)
        messages = q.logic.get("constraint_message") or {}
        if not isinstance(messages, dict):  # one text for every language
            messages = dict.fromkeys(self.languages, str(messages))
        for row, code in enumerate(self.languages):
            for column, texts in ((TEXT, q.label), (HINT, q.hint), (LOW, q.low_label),
                                  (HIGH, q.high_label), (MESSAGE, messages)):  # fmt: skip
                self.texts.setItem(row, column, QTableWidgetItem(texts.get(code, "")))
        self.texts.setColumnHidden(MESSAGE, not str(q.logic.get("constraint") or "").strip())
        self.choices.setRowCount(0)
        for choice in q.choices:
            self._append_choice(choice)
        self._kind_changed()

    def _append_choice(self, choice: Choice) -> None:
        row = self.choices.rowCount()
        self.choices.insertRow(row)
        self.choices.setItem(row, 0, QTableWidgetItem(choice.name))
        for column, code in enumerate(self.languages, start=1):
            self.choices.setItem(row, column, QTableWidgetItem(choice.label.get(code, "")))
        self.choices.setCurrentCell(row, 1)

    def _remove_choice(self) -> None:
        row = self.choices.currentRow()
        if row >= 0:
            self.choices.removeRow(row)

    def _kind_changed(self) -> None:
        kind = QuestionKind(self.kind.currentData())
        rating, choice = kind is QuestionKind.RATING, kind in CHOICE_KINDS
        self.scale_row.setEnabled(rating)
        self.texts.setColumnHidden(LOW, not rating)
        self.texts.setColumnHidden(HIGH, not rating)
        for widget in (self.choices_label, self.choices, self.add_choice, self.remove_choice):
            widget.setVisible(choice)
        if choice and self.choices.rowCount() == 0:
            self._append_choice(Choice("1", {}))
            self._append_choice(Choice("2", {}))
        self.required.setEnabled(kind is not QuestionKind.SECTION)

    def _column(self, column: int) -> dict[str, str]:
        texts = {}
        for row, code in enumerate(self.languages):
            item = self.texts.item(row, column)
            if item is not None and item.text().strip():
                texts[code] = item.text()
        return texts

    def question(self) -> QuestionData:
        """What the dialog shows now, unchecked."""
        choices = []
        for row in range(self.choices.rowCount()):
            cells = [self.choices.item(row, c) for c in range(self.choices.columnCount())]
            texts = [cell.text() if cell is not None else "" for cell in cells]
            # The columns a choice filter compares (county, ...) stay with their choice.
            extra = next((c.extra for c in self._base.choices if c.name == texts[0]), {})
            choices.append(
                Choice(texts[0], dict(zip(self.languages, texts[1:], strict=True)), dict(extra))
            )
        kind = QuestionKind(self.kind.currentData())
        return QuestionData(
            kind=kind, label=self._column(TEXT), name=self.name.text(),
            required=self.required.isChecked(), hint=self._column(HINT),
            scale_min=self.scale_min.value(), scale_max=self.scale_max.value(),
            low_label=self._column(LOW), high_label=self._column(HIGH),
            choices=tuple(choices) if kind in CHOICE_KINDS else (),
            logic=self._logic(),
        )  # fmt: skip

    def _logic(self) -> dict[str, object]:
        logic = self.logic.logic(self._base.logic)
        # Messages in languages the form no longer has stay as they were.
        messages = logic.get("constraint_message")
        kept = {k: v for k, v in messages.items() if k not in self.languages} if isinstance(
            messages, dict) else {}  # fmt: skip
        kept.update(self._column(MESSAGE))
        if kept:
            logic["constraint_message"] = kept
        else:
            logic.pop("constraint_message", None)
        return logic

    def data(self) -> QuestionData | None:
        return self._result

    def accept(self) -> None:
        try:
            result = clean_question(self.question(), self.taken)
        except ValidationError as error:
            self.problem.setText("\n".join(error.problems.values()))
            return
        problems = self.logic.problems()
        if problems:
            self.problem.setText("\n".join(problems))
            return
        self._result = result
        super().accept()
