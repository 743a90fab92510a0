"""Answer widgets for every question kind, shared by the preview, paper entry and the kiosk.

Keyboard: digits pick a rating point (two digits for 10), the n-th choice, 1/Y for yes and
2/N for no; Enter and Tab move on to the next question.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
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
                          QuestionKind.MULTIPLE_CHOICE, QuestionKind.RANK,
                          QuestionKind.ACKNOWLEDGE})  # fmt: skip


CHOICE_KINDS = frozenset({QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE,
                          QuestionKind.RANK})  # fmt: skip
#: A chosen button: filled dark blue with white bold text (contrast 8.6:1, WCAG AAA) and a tick,
#: unmistakable at arm's length; unchosen ones keep the platform look.
CHOSEN_STYLE = (
    "QPushButton:checked { background-color: #0b4f9c; color: #ffffff; font-weight: bold;"
    " border: 2px solid #062f5e; border-radius: 4px; }"
)
TICK = "\u2714"
PLACEHOLDERS = {QuestionKind.DATE: "2026-05-14", QuestionKind.TIME: "14:30",
                QuestionKind.DATETIME: "2026-05-14 14:30"}  # fmt: skip


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
        self.multiple = kind in (QuestionKind.MULTIPLE_CHOICE, QuestionKind.RANK)
        #: A ranking: the choice names in the order they were tapped.
        self.order: list[str] = []
        self._base_width: dict[str, int] = {}
        self.captions: dict[str, str] = {}
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
        elif kind is QuestionKind.ACKNOWLEDGE:
            self._add("OK", QPushButton("OK"), layout)
        else:
            seen: set[str] = set()
            for index, choice in enumerate(question.choices, start=1):
                if choice.name in seen:
                    continue  # the same name under another parent of a cascading list
                seen.add(choice.name)
                caption = choice.text(language, form.languages)
                button: QAbstractButton
                if big or kind is QuestionKind.RANK:  # large targets, a tick or a place number
                    button = QPushButton(caption)
                else:
                    button = QCheckBox(caption) if self.multiple else QRadioButton(caption)
                if not big and index <= 9:
                    button.setToolTip(str(index))
                self._add(choice.name, button, layout)
        layout.addStretch(1)
        self.group.buttonToggled.connect(self._toggled)
        self._mark()

    def offer(self, names: tuple[str, ...] | None) -> None:
        """Show only the choices ``names`` (a choice filter); None shows every choice."""
        changed = False
        for name, button in self.options:
            shown = names is None or name in names
            if not shown and button.isChecked():
                button.blockSignals(True)
                button.setChecked(False)
                button.blockSignals(False)
                self.order = [n for n in self.order if n != name]
                changed = True
            button.setVisible(shown)
        if changed:
            self._mark()
            self.changed.emit()

    def _mark(self) -> None:
        """A tick on chosen buttons, a place number on ranked ones."""
        for name, button in self.options:
            if not isinstance(button, QPushButton):
                continue
            caption = self.captions[name]
            if self.question.kind is QuestionKind.RANK:
                place = self.order.index(name) + 1 if name in self.order else 0
                button.setText(f"{place}.  {caption}" if place else caption)
            elif "\n" not in caption:
                button.setText(f"{TICK} {caption}" if button.isChecked() else caption)
            else:
                first, rest = caption.split("\n", 1)
                button.setText(f"{TICK} {first}\n{rest}" if button.isChecked() else caption)

    def _add(self, name: str, button: QAbstractButton, layout: QHBoxLayout | QVBoxLayout) -> None:
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setObjectName(f"option_{name}")
        self.captions[name] = button.text()
        button.setAccessibleName(button.text().replace("\n", " "))
        if isinstance(button, QPushButton):
            button.setMinimumSize(64 if self.big else 36, 56 if self.big else 28)
            if self.big and self.question.kind in CHOICE_KINDS:
                button.setMinimumWidth(420)
            self._base_width[name] = button.minimumWidth()
        self.group.addButton(button)
        self.options.append((name, button))
        layout.addWidget(button)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._size_buttons()
        super().changeEvent(event)

    def showEvent(self, event: object) -> None:  # type: ignore[override]
        self._size_buttons()
        super().showEvent(event)  # type: ignore[arg-type]

    def _size_buttons(self) -> None:
        """Room for the tick (or place number) in bold from the start, in the font shown: a
        choice never changes a button's size, so nothing moves under the respondent's finger."""
        for name, button in self.options:
            if not isinstance(button, QPushButton):
                continue
            bold = QFont(button.font())
            bold.setBold(True)
            prefix = "00.  " if self.question.kind is QuestionKind.RANK else f"{TICK} "
            lines = self.captions[name].split("\n")
            widest = max(QFontMetrics(bold).horizontalAdvance(prefix + line) for line in lines)
            width = max(self._base_width.get(name, 0), widest + 32)
            if self.question.kind in CHOICE_KINDS:
                button.setMinimumWidth(width)
            else:
                button.setFixedWidth(width)

    def _toggled(self, button: QAbstractButton, checked: bool) -> None:
        if checked and not self.multiple:
            for _name, other in self.options:
                if other is not button and other.isChecked():
                    other.blockSignals(True)
                    other.setChecked(False)
                    other.blockSignals(False)
        name = next(n for n, b in self.options if b is button)
        self.order = [n for n in self.order if n != name] + ([name] if checked else [])
        self._mark()
        self.changed.emit()

    def value(self) -> AnswerValue:
        chosen = [name for name, button in self.options if button.isChecked()]
        if self.question.kind is QuestionKind.RANK:
            return [n for n in self.order if n in chosen]
        if self.question.kind is QuestionKind.ACKNOWLEDGE:
            return True if chosen else None
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
        if self.question.kind is QuestionKind.ACKNOWLEDGE:
            wanted = {"OK"} if value else set()
        self.order = [str(v) for v in value] if isinstance(value, list) else sorted(wanted)
        self.group.blockSignals(True)
        for name, button in self.options:
            button.blockSignals(True)
            button.setChecked(name in wanted)
            button.blockSignals(False)
        self.group.blockSignals(False)
        self._mark()
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
            if question.kind in PLACEHOLDERS:
                self.edit.setPlaceholderText(PLACEHOLDERS[question.kind])
                self.edit.setMaximumWidth(320)
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


def mark_problem(label: QLabel) -> None:
    """Red text through the palette (a style sheet would also reset the label's font)."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#b00020"))
    label.setPalette(palette)
