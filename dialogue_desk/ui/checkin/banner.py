"""The door's news band: one fixed line between the search field and the list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy, QWidget

from dialogue_desk.ui.common.announce import announce


class Banner(QLabel):
    """One line of news at the door: who was just checked in, or why not.

    A fixed band one line high, between the search field and the list: it never grows or
    shrinks when news comes and goes, so the list never jumps under the mouse. News longer
    than the line ends in "…" with the whole text in the tooltip (and in the accessible name,
    which a screen reader reads in full). With no news it shows a quiet line with the keys.
    """

    OK, NOTE, ERROR = "ok", "note", "error"
    _STYLES = {
        OK: "background:#dff3dc; color:#114d12; border:1px solid #9bcf95;",
        NOTE: "background:#fff3cd; color:#5c4400; border:1px solid #e6c869;",
        ERROR: "background:#fbe3e4; color:#8a1116; border:1px solid #e39ca0;",
    }
    #: The idle line: dark grey on the window (7:1, WCAG AAA), normal weight.
    _IDLE = "QLabel { color:#595959; border:1px solid transparent; padding:3px 6px; }"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinBanner")
        self.setWordWrap(False)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # The band takes the width it is given; its text never asks for more.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.25)
        font.setBold(True)
        self.setFont(font)
        self.kind = ""
        self._watched: set[int] = set()
        self._bound = False
        self._fade = QTimer(self, singleShot=True, interval=15000)
        self._fade.timeout.connect(self.clear_message)
        self.clear_message()
        self._fit_height()

    def show_message(
        self, text: str, kind: str = OK, *, until_edited: QLineEdit | None = None
    ) -> None:
        """Show ``text``; with ``until_edited``, only until that field's text changes.

        News about what was typed ("no one matches …") is stale once the search changes.
        """
        self.kind = kind
        self.setText(text)
        self.setAccessibleName(text)
        self.setAccessibleDescription(text)
        # The focus stays in the search field: the news must be spoken, not only shown.
        announce(self, text, assertive=kind == self.ERROR)
        self.setStyleSheet(f"QLabel {{ {self._STYLES[kind]} border-radius:4px; padding:3px 6px; }}")
        self._bound = until_edited is not None
        if until_edited is not None and id(until_edited) not in self._watched:
            self._watched.add(id(until_edited))
            until_edited.textChanged.connect(self._on_edited)
        self._update_tooltip()
        self._fade.start()

    def clear_message(self) -> None:
        self.kind = ""
        self._bound = False
        self.setText("")
        self.setToolTip("")
        self.setAccessibleName(QCoreApplication.translate("CheckInTab", "Door news"))
        self.setAccessibleDescription("")
        self.setStyleSheet(self._IDLE)

    def idle_text(self) -> str:
        """The quiet line shown while there is no news: what the keys do."""
        return QCoreApplication.translate(
            "CheckInTab",
            "Enter checks in \u00b7 1\u20139 choose when several match \u00b7 "
            "Ctrl+Z takes the last check-in back",
        )

    def shown_text(self) -> str:
        """What the band shows now: the news as it fits the line, or the idle line."""
        width = max(0, self.contentsRect().width())
        if not self.text():
            metrics = QFontMetrics(self._idle_font())
            return metrics.elidedText(self.idle_text(), Qt.TextElideMode.ElideRight, width)
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, width)

    def _idle_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(False)
        return font

    def _on_edited(self, _text: str) -> None:
        if self._bound:
            self.clear_message()

    def _fit_height(self) -> None:
        margins = self.contentsMargins()
        self.setFixedHeight(self.fontMetrics().height() + margins.top() + margins.bottom() + 2)

    def _update_tooltip(self) -> None:
        elided = self.text() and self.shown_text() != self.text()
        self.setToolTip(self.text() if elided else "")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_height()
        elif event.type() == QEvent.Type.LanguageChange:
            self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._update_tooltip()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        self.drawFrame(painter)  # the style sheet's background and border
        if not self.text():
            painter.setFont(self._idle_font())
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            QPalette.ColorRole.WindowText,
        )
