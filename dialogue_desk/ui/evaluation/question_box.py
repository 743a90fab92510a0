"""One question as a respondent sees it (text, hint, input, problem line) and its focus frame."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from dialogue_desk.services.evaluation import FormRecord, QuestionRecord, pick
from dialogue_desk.store.enums import QuestionKind
from dialogue_desk.ui.evaluation.answers import (
    BUTTON_KINDS,
    AnswerInput,
    ButtonsInput,
    TextInput,
    mark_problem,
)


class QuestionBox(QFrame):
    """One question as a respondent sees it: text, hint, the input, and a problem line.

    Labels and hints may use the markdown XLSForm allows (*emphasis*, **bold**, links) and
    ``${name}`` references to earlier answers, filled in by ``fill``.
    """

    def __init__(self, question: QuestionRecord, form: FormRecord, language: str, big: bool,
                 base_font: QFont | None = None) -> None:  # fmt: skip
        super().__init__()
        self.question = question
        self.setObjectName(f"question_{question.name}")
        layout = QVBoxLayout(self)
        self.text = pick(question.label, language, form.languages)
        self.input: AnswerInput | None = None
        self.hint_label: QLabel | None = None
        self.hint = pick(question.hint, language, form.languages)
        if question.kind is QuestionKind.SECTION:
            self.title = QLabel()
            font = QFont(base_font) if base_font is not None else self.title.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * (1.25 if question.is_group else 1.0))
            self.title.setFont(font)
            self.title.setWordWrap(True)
            layout.addWidget(self.title)
            self.fill({})
            if not self.text:
                self.title.hide()
            return
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        if self.hint:
            self.hint_label = QLabel()
            self.hint_label.setWordWrap(True)
            self.hint_label.setEnabled(False)
            layout.addWidget(self.hint_label)
        buttons = question.kind in BUTTON_KINDS
        self.input = (ButtonsInput if buttons else TextInput)(question, form, language, big)
        self.input.setAccessibleName(plain_text(self.text))
        if self.hint:
            self.input.setAccessibleDescription(plain_text(self.hint))
        self.title.setBuddy(self.input)
        layout.addWidget(self.input)
        self.problem = QLabel(objectName="problem")
        mark_problem(self.problem)
        self.problem.setWordWrap(True)
        # The line is always there (empty until a problem shows), so answering a marked
        # question never makes the questions below jump up under the respondent's finger.
        self.problem.setMinimumHeight(self.problem.fontMetrics().lineSpacing())
        layout.addWidget(self.problem)
        self.input.changed.connect(lambda: self.show_problem(""))
        self.fill({})

    def fill(self, values: dict[str, str]) -> None:
        """Show the label with ``${name}`` references replaced by ``values`` (text)."""
        required = "\u00a0*" if self.question.required and self.input is not None else ""
        set_rich(self.title, fill_references(self.text, values), required)
        if self.hint_label is not None:
            set_rich(self.hint_label, fill_references(self.hint, values))

    def show_problem(self, text: str) -> None:
        if self.input is None:
            return
        self.problem.setText(text)


MARKDOWN = re.compile(r"(\*\*?[^*\s][^*]*\*|__?[^_\s][^_]*_|\[[^\]]+\]\([^)]+\)|^#+\s)")
REFERENCE = re.compile(r"\$\{\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*\}")


def fill_references(text: str, values: dict[str, str]) -> str:
    return REFERENCE.sub(lambda m: values.get(m.group(1), ""), text)


def plain_text(text: str) -> str:
    """A label without its markdown marks, for accessible names."""
    return re.sub(r"[*_#]+", "", re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)).strip()


def set_rich(label: QLabel, text: str, suffix: str = "") -> None:
    """Plain text as it is; markdown (XLSForm labels may use it) rendered, HTML kept as text."""
    if MARKDOWN.search(text):
        label.setTextFormat(Qt.TextFormat.MarkdownText)
        safe = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        label.setText(safe + suffix)
        label.setOpenExternalLinks(False)
    else:
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setText(text + suffix)


class _Watcher(QObject):
    """Highlights the question that has the focus."""

    def __init__(self, box: QuestionBox) -> None:
        super().__init__(box)
        self.box = box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.box.setFrameShape(
                QFrame.Shape.StyledPanel if event.type() == QEvent.Type.FocusIn
                else QFrame.Shape.NoFrame
            )  # fmt: skip
        return False


def focus_widget(box: QuestionBox) -> QWidget | None:
    if box.input is None:
        return None
    return box.input.edit if isinstance(box.input, TextInput) else box.input


def watch_focus(box: QuestionBox) -> list[tuple[QWidget, QObject]]:
    """Frame the question while its input has the focus; returns (widget, filter) to remove."""
    widget = focus_widget(box)
    if widget is None:
        return []
    watcher = _Watcher(box)
    widget.installEventFilter(watcher)
    return [(widget, watcher)]
