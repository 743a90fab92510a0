"""Answer widgets for every question kind, shared by the preview, paper entry and the kiosk.

Keyboard: digits pick a rating point (two digits for 10), the n-th choice, 1/Y for yes and
2/N for no; Enter and Tab move on to the next question.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from dialogue_desk.services.evaluation import (
    NO,
    YES,
    AnswerValue,
    FormRecord,
    QuestionRecord,
    pick,
)
from dialogue_desk.store.enums import QuestionKind

BUTTON_KINDS = frozenset({QuestionKind.RATING, QuestionKind.YES_NO, QuestionKind.SINGLE_CHOICE,
                          QuestionKind.MULTIPLE_CHOICE})  # fmt: skip


CHOICE_KINDS = frozenset({QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE})


class AnswerInput(QWidget):
    """The input part of one question: ``value()``, ``set_value()``, ``clear()``."""

    #: The user finished this answer (Enter, or a digit on a rating): move on.
    done = Signal()
    changed = Signal()

    def __init__(self, question: QuestionRecord, form: FormRecord, language: str, big: bool):
        super().__init__()
        self.question, self.form, self.language, self.big = question, form, language, big
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._typed = ""

    def text(self, texts: dict[str, str]) -> str:
        return pick(texts, self.language, self.form.languages)

    def value(self) -> AnswerValue:
        return None

    def set_value(self, value: AnswerValue) -> None:
        """Show ``value``; None clears."""

    def clear(self) -> None:
        self.set_value(None)


class ButtonsInput(AnswerInput):
    """Ratings, single and multiple choice and yes/no: a row or column of buttons."""

    def __init__(self, question: QuestionRecord, form: FormRecord, language: str, big: bool):
        super().__init__(question, form, language, big)
        kind = question.kind
        self.multiple = kind is QuestionKind.MULTIPLE_CHOICE
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.options: list[tuple[str, QAbstractButton]] = []
        rating = kind is QuestionKind.RATING
        layout = QHBoxLayout(self) if rating or kind is QuestionKind.YES_NO else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if rating:
            low = self.text(question.low_label)
            if low:
                layout.addWidget(QLabel(low, objectName="rating_low"))
            for point in question.scale():
                choice = question.choice(str(point))
                caption = str(point)
                if choice and choice.label and self.text(choice.label) != caption:
                    caption = f"{point}\n{self.text(choice.label)}"
                self._add(str(point), QPushButton(caption), layout)
            high = self.text(question.high_label)
            if high:
                layout.addWidget(QLabel(high, objectName="rating_high"))
        elif kind is QuestionKind.YES_NO:
            for name, texts in (("yes", YES), ("no", NO)):
                self._add(name, QPushButton(pick(texts, language, ("en",))), layout)
        else:
            for index, choice in enumerate(question.choices, start=1):
                caption = choice.text(language, form.languages)
                button: QAbstractButton
                if big:  # the kiosk: large targets for fingers, a tick on the chosen ones
                    button = QPushButton(caption)
                    button.toggled.connect(
                        lambda on, b=button, c=caption: b.setText(f"\u2714  {c}" if on else c)
                    )
                else:
                    button = QCheckBox(caption) if self.multiple else QRadioButton(caption)
                if not big and index <= 9:
                    button.setToolTip(str(index))
                self._add(choice.name, button, layout)
        layout.addStretch(1)
        self.group.buttonToggled.connect(self._toggled)

    def _add(self, name: str, button: QAbstractButton, layout: QHBoxLayout | QVBoxLayout) -> None:
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setObjectName(f"option_{name}")
        if isinstance(button, QPushButton):
            button.setMinimumSize(64 if self.big else 36, 56 if self.big else 28)
            if self.big and self.question.kind in CHOICE_KINDS:
                button.setMinimumWidth(420)
        self.group.addButton(button)
        self.options.append((name, button))
        layout.addWidget(button)

    def _toggled(self, button: QAbstractButton, checked: bool) -> None:
        if checked and not self.multiple:
            for _name, other in self.options:
                if other is not button and other.isChecked():
                    other.blockSignals(True)
                    other.setChecked(False)
                    other.blockSignals(False)
        self.changed.emit()

    def value(self) -> AnswerValue:
        chosen = [name for name, button in self.options if button.isChecked()]
        if self.multiple:
            return chosen
        if not chosen:
            return None
        if self.question.kind is QuestionKind.RATING:
            return int(chosen[0])
        if self.question.kind is QuestionKind.YES_NO:
            return chosen[0] == "yes"
        return chosen[0]

    def set_value(self, value: AnswerValue) -> None:
        if isinstance(value, bool):
            wanted = {"yes" if value else "no"}
        elif isinstance(value, list):
            wanted = set(value)
        elif value is None:
            wanted = set()
        else:
            wanted = {str(value)}
        self.group.blockSignals(True)
        for name, button in self.options:
            button.setChecked(name in wanted)
        self.group.blockSignals(False)
        self.changed.emit()

    def choose(self, name: str) -> None:
        for option, button in self.options:
            if option == name:
                button.setChecked(not button.isChecked() if self.multiple else True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text().lower()
        if text.isdigit():
            self._digit(text)
        elif self.question.kind is QuestionKind.YES_NO and text in ("y", "j", "n", "e"):
            self.choose("yes" if text in ("y", "j") else "no")
        elif key in (Qt.Key.Key_Space,) and not self.multiple:
            self.set_value(None)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.done.emit()
        else:
            super().keyPressEvent(event)

    def _digit(self, digit: str) -> None:
        kind = self.question.kind
        if kind is QuestionKind.RATING:
            names = {name for name, _ in self.options}
            typed = self._typed + digit
            self._typed = typed if typed in names else digit
            if self._typed in names:
                self.choose(self._typed)
                if not any(n.startswith(self._typed) and n != self._typed for n in names):
                    self._typed = ""
                    self.done.emit()
        elif kind is QuestionKind.YES_NO:
            if digit in ("1", "2"):
                self.choose("yes" if digit == "1" else "no")
                self.done.emit()
        else:
            index = int(digit) - 1
            if 0 <= index < len(self.options):
                self.choose(self.options[index][0])
                if not self.multiple:
                    self.done.emit()

    def focusOutEvent(self, event: object) -> None:  # type: ignore[override]
        self._typed = ""
        super().focusOutEvent(event)  # type: ignore[arg-type]


class TextInput(AnswerInput):
    """Numbers and short or long text."""

    def __init__(self, question: QuestionRecord, form: FormRecord, language: str, big: bool):
        super().__init__(question, form, language, big)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if question.kind is QuestionKind.LONG_TEXT:
            self.edit: QLineEdit | QPlainTextEdit = QPlainTextEdit()
            self.edit.setTabChangesFocus(True)
            self.edit.setFixedHeight(120 if big else 70)
            self.edit.textChanged.connect(self.changed)
        else:
            self.edit = QLineEdit()
            self.edit.returnPressed.connect(self.done)
            self.edit.textChanged.connect(self.changed)
            if question.kind is QuestionKind.NUMBER:
                self.edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
                self.edit.setMaximumWidth(200)
        self.edit.setObjectName("answer_edit")
        self.setFocusProxy(self.edit)
        layout.addWidget(self.edit)

    def value(self) -> AnswerValue:
        if isinstance(self.edit, QPlainTextEdit):
            return self.edit.toPlainText()
        return self.edit.text()

    def set_value(self, value: AnswerValue) -> None:
        text = "" if value is None else str(value)
        if isinstance(self.edit, QPlainTextEdit):
            self.edit.setPlainText(text)
        else:
            self.edit.setText(text)


class QuestionBox(QFrame):
    """One question as a respondent sees it: text, hint, the input, and a problem line."""

    def __init__(self, question: QuestionRecord, form: FormRecord, language: str, big: bool,
                 base_font: QFont | None = None) -> None:  # fmt: skip
        super().__init__()
        self.question = question
        self.setObjectName(f"question_{question.name}")
        layout = QVBoxLayout(self)
        text = pick(question.label, language, form.languages)
        if question.kind is QuestionKind.SECTION:
            title = QLabel(text)
            title.setWordWrap(True)
            font = QFont(base_font) if base_font is not None else title.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.25)
            title.setFont(font)
            layout.addWidget(title)
            self.input: AnswerInput | None = None
            return
        self.title = QLabel(text + ("\u00a0*" if question.required else ""))
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        hint = pick(question.hint, language, form.languages)
        if hint:
            hint_label = QLabel(hint)
            hint_label.setWordWrap(True)
            hint_label.setEnabled(False)
            layout.addWidget(hint_label)
        buttons = question.kind in BUTTON_KINDS
        self.input = (ButtonsInput if buttons else TextInput)(question, form, language, big)
        self.input.setAccessibleName(text)
        self.title.setBuddy(self.input)
        layout.addWidget(self.input)
        self.problem = QLabel(objectName="problem")
        mark_problem(self.problem)
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.input.changed.connect(lambda: self.show_problem(""))

    def show_problem(self, text: str) -> None:
        if self.input is None:
            return
        self.problem.setText(text)
        self.problem.setVisible(bool(text))


def mark_problem(label: QLabel) -> None:
    """Red text through the palette (a style sheet would also reset the label's font)."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#b00020"))
    label.setPalette(palette)


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
