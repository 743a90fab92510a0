"""Accessibility checks for the Notes and Agenda tabs and their dialogs.

``nameless_controls`` walks the visible controls under a widget and asks Qt's accessibility
layer (``QAccessible``) for each one's name, as a screen reader would; ``mnemonic_clashes``
lists Alt+letter keys used twice in one window.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
)
#: Parts of a compound control, named by the control itself.
INNER = (QAbstractSpinBox, QComboBox, QAbstractItemView)


def _controls(root: QWidget) -> list[QWidget]:
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        if widget.objectName().startswith("qt_"):
            continue
        parent = widget.parentWidget()
        if parent is not None and isinstance(parent, INNER) and parent is not root:
            continue
        if isinstance(parent, QWidget) and isinstance(parent.parentWidget(), QAbstractItemView):
            continue  # an open cell editor
        found.append(widget)
    return found


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    return interface.text(QAccessible.Text.Name).strip()


def nameless_controls(root: QWidget) -> list[str]:
    """The visible controls under ``root`` that a screen reader could not name."""
    return [
        f"{type(w).__name__}:{w.objectName() or '?'}"
        for w in _controls(root)
        if not accessible_name(w)
    ]


_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic_clashes(root: QWidget) -> list[str]:
    """Alt+letter keys given to more than one visible label or button under ``root``."""
    seen: dict[str, list[str]] = {}
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        match = _MNEMONIC.search(text.replace("&&", ""))
        if match:
            seen.setdefault(match.group(1).casefold(), []).append(text)
    return [f"{key}: {texts}" for key, texts in seen.items() if len(texts) > 1]
