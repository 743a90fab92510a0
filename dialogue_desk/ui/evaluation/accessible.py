"""Accessible names for every control of the evaluation tab, designer, paper entry and kiosk.

A control without its own accessible name gets one from what a sighted user reads next to it:
its buddy label, its own text, its placeholder or its tooltip, in the interface (or the
respondent's) language. Run ``name_controls`` again after a language change: names it gave
are renewed, names set by hand are kept.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTextEdit,
    QWidget,
)

__all__ = ["CONTROLS", "name_controls", "unnamed_controls"]

CONTROLS = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox,
            QAbstractItemView, QSlider)  # fmt: skip
AUTO = "autoAccessibleName"


def _clean(text: str) -> str:
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")
    text = re.sub(r"[*_#]+", "", text)
    return " ".join(text.replace("\u2714", "").split()).rstrip(":").strip()


def _controls(root: QWidget) -> list[QWidget]:
    found = [w for w in root.findChildren(QWidget) if isinstance(w, CONTROLS)]
    # The line edit inside a combo box or spin box is part of it, not a control of its own.
    return [w for w in found if not isinstance(w.parentWidget(), QComboBox | QAbstractSpinBox)]


def _buddies(root: QWidget) -> dict[int, str]:
    names: dict[int, str] = {}
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text():
            names[id(buddy)] = _clean(label.text())
            proxy = buddy.focusProxy()
            if proxy is not None:
                names.setdefault(id(proxy), _clean(label.text()))
    return names


def _derived(widget: QWidget, buddies: dict[int, str]) -> str:
    if id(widget) in buddies:
        return buddies[id(widget)]
    if isinstance(widget, QAbstractButton) and widget.text():
        return _clean(widget.text())
    if isinstance(widget, QLineEdit | QPlainTextEdit) and widget.placeholderText():
        return _clean(widget.placeholderText())
    if widget.toolTip():
        return _clean(widget.toolTip())
    parent = widget.parentWidget()
    while parent is not None:  # a part of a named composite input (an answer's text field)
        if parent.accessibleName():
            return parent.accessibleName()
        parent = parent.parentWidget()
    return ""


def name_controls(root: QWidget) -> None:
    """Give every control under ``root`` that has no accessible name the one a reader sees."""
    buddies = _buddies(root)
    for widget in _controls(root):
        if widget.accessibleName() and not widget.property(AUTO):
            continue
        name = _derived(widget, buddies)
        if name:
            widget.setAccessibleName(name)
            widget.setProperty(AUTO, True)


def unnamed_controls(root: QWidget) -> list[str]:
    """The object names (or classes) of controls under ``root`` still without a name."""
    name_controls(root)
    return [w.objectName() or type(w).__name__ for w in _controls(root) if not w.accessibleName()]
