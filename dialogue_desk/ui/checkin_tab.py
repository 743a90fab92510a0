"""The Check-in tab: participants and check-in at the door (issue 4)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from dialogue_desk.services.events import EventRecord
from dialogue_desk.ui.context import UiContext
from dialogue_desk.ui.tab_base import EventTab


class CheckInTab(EventTab):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("checkin_tab")
        self._placeholder = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self._placeholder)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Check-in")

    def set_event(self, event: EventRecord | None) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        self._placeholder.setText(self.tr("This tab is coming soon."))
