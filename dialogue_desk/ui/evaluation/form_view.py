"""A whole evaluation form as a respondent sees it, in one language, with its logic live.

After every change the form's logic runs (the service's ``FormLogic``): a question whose
relevance is false is hidden, a choice filter narrows the choices, ``${name}`` in labels shows
the answer. In page mode one question, or one group, is shown at a time (``next_page``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from dialogue_desk.services.evaluation import (
    AnswerValue,
    FormLogic,
    FormRecord,
    LogicState,
    QuestionRecord,
    answer_text,
    form_title,
)
from dialogue_desk.store.enums import QuestionKind
from dialogue_desk.ui.evaluation.accessible import name_controls
from dialogue_desk.ui.evaluation.answers import CHOSEN_STYLE, ButtonsInput
from dialogue_desk.ui.evaluation.question_box import QuestionBox, focus_widget, watch_focus


def _top_group(form: FormRecord, question: QuestionRecord) -> str:
    """The outermost group a question (or group) is in; "" outside groups."""
    name, top, seen = question.rule("group"), "", set()
    if question.is_group and not name:
        return question.name
    while name and name not in seen:
        seen.add(name)
        top = name
        parent = form.question(name)
        name = parent.rule("group") if parent else ""
    return top


class FormView(QScrollArea):
    """``values()`` gives {question name: value}; ``finished`` when Enter leaves the last one."""

    finished = Signal()
    #: The page shown changed (page mode), or the questions shown did.
    page_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, big: bool = False) -> None:
        super().__init__(parent)
        self.big = big
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.boxes: list[QuestionBox] = []
        self._watchers: list[tuple[QWidget, QObject]] = []
        self.form: FormRecord | None = None
        self.logic: FormLogic | None = None
        self.state: LogicState | None = None
        self.language = "en"
        self.paged = False
        self.pages: list[list[QuestionBox]] = []
        self.page = 0
        self._refreshing = False
        self._empty = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.setWidget(self._empty)

    def show_form(self, form: FormRecord | None, language: str, empty_text: str = "",
                  *, paged: bool | None = None) -> None:  # fmt: skip
        same = form is not None and self.form is not None and form.id == self.form.id
        keep = self.values() if same else {}
        self.form, self.language = form, language
        if paged is not None:
            self.paged = paged
        self._drop_page()
        if form is None or not form.questions:
            self.logic = None
            self._empty = QLabel(empty_text, alignment=Qt.AlignmentFlag.AlignCenter)
            self._empty.setWordWrap(True)
            self.setWidget(self._empty)
            return
        self.logic = FormLogic(form, language)
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
        self.pages, pending, current = [], [], None
        for question in form.questions:
            if question.kind is QuestionKind.CALCULATE:
                continue  # computed and stored, never shown
            box = QuestionBox(question, form, language, self.big, self.font())
            self._watchers += watch_focus(box)
            if box.input is not None:
                box.input.done.connect(lambda b=box: self._next(b))
                box.input.changed.connect(self.refresh)
            self.boxes.append(box)
            layout.addWidget(box)
            group = _top_group(form, question)
            if question.kind is QuestionKind.SECTION and not group:
                pending.append(box)  # a heading or note opens the page that follows it
                continue
            if group and current == group and self.pages:
                self.pages[-1].append(box)
            else:
                self.pages.append([*pending, box])
            pending, current = [], group or None
        if pending:
            self.pages.append(pending)
        layout.addStretch(1)
        self.setWidget(page)
        # Set once the page is in the window, so the buttons keep the window's (kiosk) font.
        page.setStyleSheet(CHOSEN_STYLE)
        self._chain()
        self.page = 0
        self.set_values(keep or self.logic.defaults())
        name_controls(page)

    def _drop_page(self) -> None:
        """Take the old page out safely: no focus events reach half-deleted questions."""
        for widget, watcher in self._watchers:
            widget.removeEventFilter(watcher)
        self._watchers = []
        self.boxes = []
        self.pages = []
        old = self.takeWidget()
        if old is not None:
            old.hide()
            old.deleteLater()

    def _chain(self) -> None:
        widgets = [w for w in (focus_widget(b) for b in self.boxes) if w is not None]
        for first, second in zip(widgets, widgets[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # --- logic --------------------------------------------------------------------------------

    def _raw(self) -> dict[str, AnswerValue]:
        return {b.question.name: b.input.value() for b in self.boxes if b.input is not None}

    def refresh(self) -> None:
        """Run the form's logic over the answers and show what it asks now."""
        if self.logic is None or self._refreshing:
            return
        self._refreshing = True
        try:
            raw = self._raw()
            self.state = state = self.logic.evaluate(raw)
            texts = {name: answer_text(self.form.question(name), value)  # type: ignore[union-attr, arg-type]
                     for name, value in raw.items()}  # fmt: skip
            texts.update(state.computed)
            for box in self.boxes:
                if isinstance(box.input, ButtonsInput):
                    box.input.offer(state.choices.get(box.question.name))
                box.fill(texts)
            self._show_visible()
        finally:
            self._refreshing = False

    def asked(self, box: QuestionBox) -> bool:
        return self.state is None or self.state.asks(box.question.name)

    def _show_visible(self) -> None:
        shown = set(map(id, self.pages[self.page])) if self.paged and self.pages else None
        for box in self.boxes:
            box.setVisible(self.asked(box) and (shown is None or id(box) in shown))
        self.page_changed.emit()

    # --- pages --------------------------------------------------------------------------------

    def _page_asked(self, index: int) -> bool:
        return any(self.asked(b) and (b.input is not None or b.text) for b in self.pages[index])

    def visible_pages(self) -> list[int]:
        """The pages with something to ask, given the answers so far."""
        return [i for i in range(len(self.pages)) if self._page_asked(i)]

    def page_position(self) -> tuple[int, int]:
        """(number of the page shown from 1, pages to show) for the progress line."""
        pages = self.visible_pages()
        before = sum(1 for i in pages if i < self.page)
        return before + 1, max(len(pages), 1)

    def page_names(self) -> set[str]:
        return {b.question.name for b in self.pages[self.page]} if self.pages else set()

    def is_last_page(self) -> bool:
        return not any(i > self.page for i in self.visible_pages())

    def go_to_page(self, index: int) -> None:
        if not self.pages:
            return
        self.page = max(0, min(index, len(self.pages) - 1))
        self._show_visible()
        self.verticalScrollBar().setValue(0)
        self.focus_first()

    def next_page(self) -> bool:
        """Go to the next page with questions; False on the last one."""
        later = [i for i in self.visible_pages() if i > self.page]
        if not later:
            return False
        self.go_to_page(later[0])
        return True

    def previous_page(self) -> bool:
        earlier = [i for i in self.visible_pages() if i < self.page]
        if not earlier:
            return False
        self.go_to_page(earlier[-1])
        return True

    # --- focus and values ---------------------------------------------------------------------

    def _next(self, box: QuestionBox) -> None:
        answerable = [b for b in self.boxes if b.input is not None and b.isVisibleTo(self)]
        if box not in answerable:
            return
        index = answerable.index(box)
        if index + 1 < len(answerable):
            self.focus_box(answerable[index + 1])
        else:
            self.finished.emit()

    def focus_box(self, box: QuestionBox) -> None:
        widget = focus_widget(box)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.TabFocusReason)
        # After the layout has taken in the problem lines just shown, not before.
        QTimer.singleShot(0, self, lambda: self._scroll_to(box))  # dropped with the view
        self._scroll_to(box)

    def _scroll_to(self, box: QuestionBox) -> None:
        if box in self.boxes:
            self.ensureWidgetVisible(box, 20, 60)

    def focus_first(self) -> None:
        boxes = self.pages[self.page] if self.paged and self.pages else self.boxes
        for box in boxes:
            if box.input is not None and self.asked(box):
                self.focus_box(box)
                return

    def values(self) -> dict[str, AnswerValue]:
        """The answers to the questions asked (a hidden question's answer is not kept)."""
        return {b.question.name: b.input.value() for b in self.boxes
                if b.input is not None and self.asked(b)}  # fmt: skip

    def set_values(self, answers: dict[str, AnswerValue]) -> None:
        self._refreshing = True
        try:
            for box in self.boxes:
                if box.input is not None:
                    box.input.set_value(answers.get(box.question.name))
                    box.show_problem("")
        finally:
            self._refreshing = False
        self.refresh()

    def clear(self) -> None:
        self.page = 0
        self.set_values(self.logic.defaults() if self.logic else {})
        self.verticalScrollBar().setValue(0)

    def show_problems(self, problems: dict[str, str]) -> None:
        """Show each problem under its question; go to the first one and focus it."""
        first = None
        for box in self.boxes:
            text = problems.get(box.question.name, "")
            box.show_problem(text)
            if text and first is None and self.asked(box):
                first = box
        if first is None:
            return
        if self.paged:
            page = next(i for i, boxes in enumerate(self.pages) if first in boxes)
            if page != self.page:
                self.page = page
                self._show_visible()
        self.focus_box(first)
