"""The questions of a form as a table: number, question text, kind, required, logic."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt

from dialogue_desk.services.evaluation import FormRecord, QuestionRecord, pick
from dialogue_desk.services.labels import label
from dialogue_desk.store.enums import QuestionKind
from dialogue_desk.ui.common.record_table_model import RecordTableModel
from dialogue_desk.ui.evaluation.form_language import display_language

Index = QModelIndex | QPersistentModelIndex


class QuestionModel(RecordTableModel):
    """The questions of one form, in its order; the text in the form's chosen language."""

    NUMBER, TEXT, KIND, REQUIRED, LOGIC = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("QuestionModel", "No."),
        QT_TRANSLATE_NOOP("QuestionModel", "Question"),
        QT_TRANSLATE_NOOP("QuestionModel", "Kind"),
        QT_TRANSLATE_NOOP("QuestionModel", "Required"),
        QT_TRANSLATE_NOOP("QuestionModel", "Asked if / allowed / computed"),
    )
    HEADER_CONTEXT = "QuestionModel"
    records: list[QuestionRecord]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.form: FormRecord | None = None
        self.language = "en"

    def set_form(self, form: FormRecord | None, language: str | None = None) -> None:
        self.beginResetModel()
        self.form = form
        self.language = language or (display_language(form) if form else "en")
        self.records = list(form.questions) if form else []
        self.endResetModel()

    def question(self, row: int) -> QuestionRecord | None:
        return self.record(row)

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
                if question.rule("required_expr"):
                    return self.tr("if {expression}").format(
                        expression=question.rule("required_expr")
                    )
                return self.tr("required") if question.required else ""
            if column == self.LOGIC:
                return self.logic_text(question)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.LOGIC:
            return self.logic_text(question).replace("; ", "\n")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return "\n".join(f"{code}: {text}" for code, text in question.label.items())
        if role == Qt.ItemDataRole.FontRole and question.kind is QuestionKind.SECTION:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def logic_text(self, question: QuestionRecord) -> str:
        """The question's relevance, constraint, filter and calculation as one line of text."""
        parts = []
        for key, caption in (
            ("relevant", self.tr("if {expression}")),
            ("constraint", self.tr("allowed: {expression}")),
            ("choice_filter", self.tr("choices: {expression}")),
            ("calculation", self.tr("= {expression}")),
        ):
            if question.rule(key):
                parts.append(caption.format(expression=question.rule(key)))
        if question.rule("group"):
            parts.append(self.tr("in {group}").format(group=question.rule("group")))
        return "; ".join(parts)
