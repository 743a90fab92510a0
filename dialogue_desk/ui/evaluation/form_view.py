"""A whole evaluation form as a respondent sees it, in one language, on a short scroll."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from dialogue_desk.services.evaluation import TEMPLATES, AnswerValue, FormRecord, pick
from dialogue_desk.ui.evaluation.answers import QuestionBox, focus_widget, watch_focus


def form_title(form: FormRecord, language: str) -> str:
    """The title in ``language`` for a built-in form (its own title otherwise)."""
    key = form.source.removeprefix("template:")
    template = TEMPLATES.get(key) if form.source.startswith("template:") else None
    if template and form.title in template["title"].values():
        return pick(template["title"], language, form.languages)
    return form.title


class FormView(QScrollArea):
    """``values()`` gives {question name: value}; ``finished`` when Enter leaves the last one."""

    finished = Signal()

    def __init__(self, parent: QWidget | None = None, *, big: bool = False) -> None:
        super().__init__(parent)
        self.big = big
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.boxes: list[QuestionBox] = []
        self._watchers: list[tuple[QWidget, QObject]] = []
        self.form: FormRecord | None = None
        self.language = "en"
        self._empty = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.setWidget(self._empty)

    def show_form(self, form: FormRecord | None, language: str, empty_text: str = "") -> None:
        same = form is not None and self.form is not None and form.id == self.form.id
        keep = self.values() if same else {}
        self.form, self.language = form, language
        self._drop_page()
        if form is None or not form.questions:
            self._empty = QLabel(empty_text, alignment=Qt.AlignmentFlag.AlignCenter)
            self._empty.setWordWrap(True)
            self.setWidget(self._empty)
            return
        page = QWidget()
        page.setObjectName("form_page")
        layout = QVBoxLayout(page)
        layout.setSpacing(18 if self.big else 6)
        title = QLabel(form_title(form, language), objectName="form_title")
        title.setWordWrap(True)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        for question in form.questions:
            box = QuestionBox(question, form, language, self.big, self.font())
            self._watchers += watch_focus(box)
            if box.input is not None:
                box.input.done.connect(lambda b=box: self._next(b))
            self.boxes.append(box)
            layout.addWidget(box)
        layout.addStretch(1)
        self.setWidget(page)
        self._chain()
        if keep:
            self.set_values(keep)

    def _drop_page(self) -> None:
        """Take the old page out safely: no focus events reach half-deleted questions."""
        for widget, watcher in self._watchers:
            widget.removeEventFilter(watcher)
        self._watchers = []
        self.boxes = []
        old = self.takeWidget()
        if old is not None:
            old.hide()
            old.deleteLater()

    def _chain(self) -> None:
        widgets = [w for w in (focus_widget(b) for b in self.boxes) if w is not None]
        for first, second in zip(widgets, widgets[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _next(self, box: QuestionBox) -> None:
        answerable = [b for b in self.boxes if b.input is not None]
        index = answerable.index(box)
        if index + 1 < len(answerable):
            self.focus_box(answerable[index + 1])
        else:
            self.finished.emit()

    def focus_box(self, box: QuestionBox) -> None:
        widget = focus_widget(box)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            self.ensureWidgetVisible(box)

    def focus_first(self) -> None:
        for box in self.boxes:
            if box.input is not None:
                self.focus_box(box)
                return

    def values(self) -> dict[str, AnswerValue]:
        return {b.question.name: b.input.value() for b in self.boxes if b.input is not None}

    def set_values(self, answers: dict[str, AnswerValue]) -> None:
        for box in self.boxes:
            if box.input is not None:
                box.input.set_value(answers.get(box.question.name))
                box.show_problem("")

    def clear(self) -> None:
        self.set_values({})
        self.verticalScrollBar().setValue(0)

    def show_problems(self, problems: dict[str, str]) -> None:
        """Show each problem under its question and put the focus on the first one."""
        first = None
        for box in self.boxes:
            text = problems.get(box.question.name, "")
            box.show_problem(text)
            if text and first is None:
                first = box
        if first is not None:
            self.focus_box(first)
