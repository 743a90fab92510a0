"""The live panel of the Agenda tab: the big Start/Next button, what is running, the clock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dialogue_desk.services.agenda import LiveStatus, delay_text
from dialogue_desk.ui.agenda.model import time_text

NORMAL_CLOCK = "font-size: 26pt; font-weight: 600; color: #1b5e20;"
OVERRUN_CLOCK = (
    "font-size: 26pt; font-weight: 700; color: #ffffff; background: #c62828;"
    " border-radius: 6px; padding: 0 8px;"
)
IDLE_CLOCK = "font-size: 26pt; font-weight: 600; color: #6b6b6b;"


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
        self.start_button.setMinimumWidth(200)
        self.start_button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.start_button.setStyleSheet(
            "QPushButton { font-size: 15pt; font-weight: 600; padding: 6px 18px; }"
        )
        self.start_button.clicked.connect(start_action.trigger)
        self.stop_button = QToolButton(objectName="agendaStop")
        self.stop_button.setDefaultAction(stop_action)
        self.stop_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.stop_button.setMinimumHeight(56)
        start_action.changed.connect(self._sync_start)

        self.now_label = QLabel(objectName="agendaNowLabel")
        self.now_title = QLabel(objectName="agendaNowTitle", wordWrap=True)
        self.now_title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.next_label = QLabel(objectName="agendaNextLabel", wordWrap=True)
        self.clock = QLabel(objectName="agendaClock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clock_caption = QLabel(objectName="agendaClockCaption")
        self.clock_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.delay = QLabel(objectName="agendaDelay")
        self.delay.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.delay.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.day_end = QLabel(objectName="agendaDayEnd")
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
        self._sync_start()

    def _sync_start(self) -> None:
        self.start_button.setEnabled(self._start_action.isEnabled())
        self.start_button.setToolTip(self._start_action.toolTip())
        self.start_button.setAccessibleName(self._start_action.text().replace("&", ""))

    def show_status(self, status: LiveStatus | None) -> None:
        self._status = status
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
            if status.overrun:
                self.clock.setText(clock_text(status.remaining))
                self.clock.setStyleSheet(OVERRUN_CLOCK)
                self.clock_caption.setText(
                    self.tr("over time · {elapsed} elapsed").format(elapsed=elapsed)
                )
            else:
                self.clock.setText(remaining)
                self.clock.setStyleSheet(NORMAL_CLOCK)
                self.clock_caption.setText(
                    self.tr("left · {elapsed} elapsed").format(elapsed=elapsed)
                )
        else:
            self.now_label.setText(self.tr("Nothing is running."))
            self.now_title.setText("")
            self.clock.setText("--:--")
            self.clock.setStyleSheet(IDLE_CLOCK)
            self.clock_caption.setText(self.tr("Press F5 to start the next item."))
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
        self.delay.setText(delay_text(delay))
        colour = "#b3261e" if delay and delay > 0 else "#1b5e20"
        self.delay.setStyleSheet(f"font-size: 13pt; font-weight: 600; color: {colour};")
        if status is not None and status.projected_day_end is not None:
            self.day_end.setText(
                self.tr("Day expected to end at {time}").format(
                    time=time_text(status.projected_day_end)
                )
            )
        else:
            self.day_end.setText("")
        self.clock.setAccessibleName(self.clock_caption.text())

    def retranslate(self) -> None:
        self._sync_start()
        self.show_status(self._status)
