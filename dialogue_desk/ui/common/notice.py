"""A short notice floating at the top of the window, for news from a tab that is not shown.

F5 starts the next agenda item from any tab; the status bar alone is easy to miss on the
Check-in or Evaluation tab, so the news also floats over the window for a few seconds (a
"toast": no focus taken, no key needed, a click dismisses it) and is announced to a screen
reader.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel, QStatusBar, QWidget

from dialogue_desk.ui.common.announce import announce

#: Dark grey with white text: 15:1, readable over any tab's content (WCAG AA asks 4.5:1).
NOTICE_STYLE = (
    "QLabel#transientNotice {{ background: #263238; color: #ffffff; border-radius: 6px;"
    " padding: 10px 18px; font-size: {size:.1f}pt; font-weight: 600; }}"
)
#: Long enough to read a sentence twice; the status bar keeps it a little longer.
NOTICE_MS = 6000


class Notice(QLabel):
    """The notice of one window (made once, moved and filled again for every message)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("transientNotice")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        base = QApplication.font().pointSizeF()
        self.setStyleSheet(NOTICE_STYLE.format(size=(base if base > 0 else 10) * 1.15))
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.hide)
        window.installEventFilter(self)
        self.hide()

    def show_text(self, text: str, msecs: int = NOTICE_MS) -> None:
        self.setText(text)
        self.setAccessibleName(text)
        self._place()
        self.show()
        self.raise_()
        self._timer.start(msecs)
        announce(self, text)

    def _place(self) -> None:
        window = self.parentWidget()
        if window is None:
            return
        width = min(max(window.width() // 2, 320), max(window.width() - 40, 100))
        self.setFixedWidth(width)
        self.adjustSize()
        # Above the status bar, where the same news is written, so it never covers the field
        # being typed in (the door's search box is at the top).
        bottom = window.height() - 12
        bar = window.findChild(QStatusBar)
        if bar is not None and bar.isVisible():
            bottom = bar.geometry().top() - 12
        self.move((window.width() - width) // 2, max(0, bottom - self.height()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        resized = watched is self.parentWidget() and event.type() == QEvent.Type.Resize
        if resized and self.isVisible():
            self._place()
        return super().eventFilter(watched, event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        self.hide()
        event.accept()


def show_notice(widget: QWidget, text: str, msecs: int = NOTICE_MS) -> Notice:
    """Float ``text`` over ``widget``'s window for ``msecs`` (replacing a notice shown there)."""
    window = widget.window()
    notice = window.findChild(Notice, "transientNotice")
    if notice is None:
        notice = Notice(window)
    notice.show_text(text, msecs)
    return notice
