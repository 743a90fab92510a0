"""Type any text into a widget as a user would, including non-ASCII (see CONVENTIONS)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def type_text(widget: QWidget, text: str) -> None:
    """Key events one character at a time; ``qtbot.keyClicks`` aborts on non-ASCII characters."""
    for ch in text:
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, NO_MODIFIER)
