"""A tool button that opens a menu, with its arrow set apart from the text.

Fusion draws a QToolButton's menu indicator in the bottom-right corner, over the last letter
("Nytt formulär⌄", "Ещё⌄"). Here the native indicator is hidden and a "▾" follows the text
after a space, so the arrow never touches the word in any language.
"""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton, QWidget

ARROW = "\u25be"
STYLE = "QToolButton::menu-indicator { image: none; width: 0px; }"


class MenuButton(QToolButton):
    """An instant-popup menu button; ``setText`` takes the label without the arrow."""

    def __init__(self, parent: QWidget | None = None, **kwargs: object) -> None:
        super().__init__(parent, **kwargs)  # type: ignore[arg-type]
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setStyleSheet(STYLE)
        self._label = ""
        self._spoken = ""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._label = text
        super().setText(f"{text}  {ARROW}" if text else "")
        # A name given with setAccessibleName stays; otherwise the label, without "&" or arrow.
        if self.accessibleName() in ("", self._spoken):
            self._spoken = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
            self.setAccessibleName(self._spoken)

    def label(self) -> str:
        """The text as set, without the arrow."""
        return self._label
