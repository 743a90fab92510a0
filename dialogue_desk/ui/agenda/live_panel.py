"""The live panel of the Agenda tab: the big Start/Next button, what is running, the clock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dialogue_desk.services.agenda import LiveStatus, day_line, delay_text, over_text
from dialogue_desk.ui.agenda.formats import time_text

NORMAL_CLOCK = "font-size: {clock}; font-weight: 600; color: #1b5e20;"
OVERRUN_CLOCK = (
    "font-size: {clock}; font-weight: 700; color: #ffffff; background: #c62828;"
    " border-radius: 6px; padding: 0 8px;"
)
IDLE_CLOCK = "font-size: {clock}; font-weight: 600; color: #6b6b6b;"
IDLE_CLOSED = IDLE_CLOCK


def scaled(style: str) -> str:
    """``style`` with its sizes relative to the interface font, so 200 % text scales them too
    (the sizes were chosen for a 10 pt interface font)."""
    base = QApplication.font().pointSizeF()
    factor = base / 10 if base > 0 else 1.0
    sizes = {"clock": 26, "button": 15, "title": 14, "delay": 13}
    return style.format(**{k: f"{v * factor:.1f}pt" for k, v in sizes.items()})


def clock_text(seconds: int) -> str:
    sign = "\u2212" if seconds < 0 else ""
    seconds = abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours}:{minutes:02d}:{secs:02d}" if hours else f"{sign}{minutes:02d}:{secs:02d}"


class LivePanel(QFrame):
    """Shows the running item, its elapsed and remaining time and how late the day runs.

    The buttons trigger the tab's actions (``start_action``, ``stop_action``), so F5 and the
    button are one and the same.
    """

    def __init__(
        self, start_action: QAction, stop_action: QAction, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agendaLivePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._start_action = start_action
        self.start_button = QPushButton(objectName="agendaStartNext")
        self.start_button.setMinimumHeight(56)
        self.start_button.setMinimumWidth(QFontMetrics(QApplication.font()).averageCharWidth() * 22)
        self.start_button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.start_button.setStyleSheet(
            scaled("QPushButton {{ font-size: {button}; font-weight: 600; padding: 6px 18px; }}")
        )
        self.start_button.clicked.connect(start_action.trigger)
        self.stop_button = QToolButton(objectName="agendaStop")
        self.stop_button.setDefaultAction(stop_action)
        self.stop_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.stop_button.setMinimumHeight(56)
        start_action.changed.connect(self._sync_start)

        self.now_label = QLabel(objectName="agendaNowLabel", wordWrap=True)
        self.now_title = QLabel(objectName="agendaNowTitle", wordWrap=True)
        self.now_title.setStyleSheet(scaled("font-size: {title}; font-weight: 600;"))
        self.next_label = QLabel(objectName="agendaNextLabel", wordWrap=True)
        self.clock = QLabel(objectName="agendaClock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clock_caption = QLabel(objectName="agendaClockCaption", wordWrap=True)
        self.clock_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.delay = QLabel(objectName="agendaDelay", wordWrap=True)
        self.delay.setStyleSheet(scaled("font-size: {delay}; font-weight: 600;"))
        self.delay.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.day_end = QLabel(objectName="agendaDayEnd", wordWrap=True)
        self.day_end.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        now = QVBoxLayout()
        now.addWidget(self.now_label)
        now.addWidget(self.now_title)
        now.addWidget(self.next_label)
        clock = QVBoxLayout()
        clock.addWidget(self.clock)
        clock.addWidget(self.clock_caption)
        status = QVBoxLayout()
        status.addWidget(self.delay)
        status.addWidget(self.day_end)
        layout = QHBoxLayout(self)
        layout.addWidget(self.start_button)
        layout.addWidget(self.stop_button)
        layout.addSpacing(12)
        layout.addLayout(now, 3)
        layout.addLayout(clock, 2)
        layout.addLayout(status, 2)
        self._status: LiveStatus | None = None
        self._closed = False
        self._sync_start()

    def set_closed(self, closed: bool) -> None:
        """A closed event: nothing runs, the buttons are off and the panel says so."""
        self._closed = closed
        self.start_button.setEnabled(not closed and self._start_action.isEnabled())
        self.show_status(self._status)

    def _sync_start(self) -> None:
        self.start_button.setEnabled(self._start_action.isEnabled() and not self._closed)
        self.start_button.setToolTip(self._start_action.toolTip())
        self.start_button.setAccessibleName(self._start_action.text().replace("&", ""))
        self.start_button.setAccessibleDescription(self._start_action.toolTip())
        self.stop_button.setAccessibleName(self.stop_button.text().replace("&", ""))
        self.stop_button.setAccessibleDescription(self.tr("Ends the running item now (Shift+F5)."))

    def show_status(self, status: LiveStatus | None) -> None:
        self._status = status
        if self._closed:
            self._show_closed()
            return
        running = status.running if status else None
        upcoming = status.upcoming if status else None
        if upcoming is None and running is not None:
            self.start_button.setText(self.tr("End \u25a0"))
        elif running is not None:
            self.start_button.setText(self.tr("Next \u25b6"))
        else:
            self.start_button.setText(self.tr("Start \u25b6"))
        if running is not None and status is not None:
            self.now_label.setText(
                self.tr("Now running (since {time}):").format(time=time_text(running.actual_start))
            )
            self.now_title.setText(running.title)
            elapsed, remaining = clock_text(status.elapsed), clock_text(status.remaining)
            # The caption is a whole phrase on its own (no half sentence hung on the clock).
            if status.overrun:
                self.clock.setText(clock_text(status.remaining))
                self.clock.setStyleSheet(scaled(OVERRUN_CLOCK))
                self.clock_caption.setText(
                    self.tr("Over time; {elapsed} elapsed").format(elapsed=elapsed)
                )
                spoken = self.tr("{over} over time, {elapsed} elapsed")
            else:
                self.clock.setText(remaining)
                self.clock.setStyleSheet(scaled(NORMAL_CLOCK))
                self.clock_caption.setText(
                    self.tr("Time left; {elapsed} elapsed").format(elapsed=elapsed)
                )
                spoken = self.tr("{left} left, {elapsed} elapsed")
            self.clock.setAccessibleName(
                spoken.format(over=remaining.lstrip("\u2212"), left=remaining, elapsed=elapsed)
            )
        else:
            self.now_label.setText(self.tr("Nothing is running."))
            self.now_title.setText("")
            self.clock.setText("--:--")
            self.clock.setStyleSheet(scaled(IDLE_CLOCK))
            self.clock_caption.setText(self.tr("Press F5 to start the next item."))
            self.clock.setAccessibleName(self.tr("Nothing is running."))
        if status is None:
            self.now_label.setText(self.tr("The agenda is empty."))
            self.clock_caption.setText("")
            self.next_label.setText("")
        elif upcoming is not None:
            expected = status.projected.get(upcoming.id) if status else None
            text = self.tr("Next: {title} at {time}").format(
                title=upcoming.title, time=time_text(upcoming.start_time)
            )
            if expected is not None and expected.time() != upcoming.start_time:
                text += " " + self.tr("(expected {time})").format(time=time_text(expected))
            self.next_label.setText(text)
        else:
            self.next_label.setText(self.tr("No more items to start."))
        delay = status.delay if status else None
        # One headline: while the item is over time, that is the news; the day's lead or lag
        # goes on the line below, so "over time" never stands beside "running early".
        if status is not None and status.overrun:
            self.delay.setText("\u26a0 " + over_text(status))
            late = True
        else:
            self.delay.setText(delay_text(delay))
            late = bool(delay and delay > 0)
        colour = "#b3261e" if late else "#1b5e20"
        self.delay.setStyleSheet(
            scaled("font-size: {delay}; font-weight: 600; color: ") + f"{colour};"
        )
        if status is not None and status.projected_day_end is not None:
            self.day_end.setText(day_line(status, time_text(status.projected_day_end)))
        else:
            self.day_end.setText("")
        self.delay.setAccessibleName(self.delay.text() or self.tr("No delay"))
        self.day_end.setAccessibleName(self.day_end.text() or self.tr("Day end not known yet"))

    def _show_closed(self) -> None:
        self.start_button.setText(self.tr("Start \u25b6"))
        self.now_label.setText(self.tr("Closed: nothing runs any more."))
        self.now_title.setText("")
        self.next_label.setText("")
        self.clock.setText("--:--")
        self.clock.setStyleSheet(scaled(IDLE_CLOSED))
        self.clock_caption.setText(self.tr("The event is closed."))
        self.clock.setAccessibleName(self.clock_caption.text())
        for label in (self.delay, self.day_end):
            label.setText("")
            label.setAccessibleName(self.tr("The event is closed."))

    def retranslate(self) -> None:
        self._sync_start()
        self.show_status(self._status)
