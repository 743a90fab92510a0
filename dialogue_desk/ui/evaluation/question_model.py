"""The questions of a form as a table: number, question text, kind, required."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from dialogue_desk.services.evaluation import FormRecord, QuestionRecord, pick
from dialogue_desk.services.labels import label
from dialogue_desk.store.enums import QuestionKind

Index = QModelIndex | QPersistentModelIndex


class QuestionModel(QAbstractTableModel):
    NUMBER, TEXT, KIND, REQUIRED = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.form: FormRecord | None = None
        self.language = "en"

    def set_form(self, form: FormRecord | None, language: str | None = None) -> None:
        self.beginResetModel()
        self.form = form
        self.language = language or (form.language if form else "en")
        self.endResetModel()

    def question(self, row: int) -> QuestionRecord | None:
        if self.form is None or not 0 <= row < len(self.form.questions):
            return None
        return self.form.questions[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.form is None else len(self.form.questions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        question = self.question(index.row())
        if question is None or self.form is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NUMBER:
                if question.kind is QuestionKind.SECTION:
                    return ""
                return str(self.form.answerable.index(question) + 1)
            if column == self.TEXT:
                return pick(question.label, self.language, self.form.languages)
            if column == self.KIND:
                return label(question.kind)
            if column == self.REQUIRED:
                return self.tr("required") if question.required else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return "\n".join(f"{code}: {text}" for code, text in question.label.items())
        if role == Qt.ItemDataRole.FontRole and question.kind is QuestionKind.SECTION:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("No."), self.tr("Question"), self.tr("Kind"), self.tr("Required")][
                section
            ]
        return None
