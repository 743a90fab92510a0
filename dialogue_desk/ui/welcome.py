"""The first screen of an empty store: create an event, or open the practice event."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    create_event = Signal()
    open_practice = Signal()

    def __init__(self, parent: QWidget | None = None, *, practice_available: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.heading = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.heading.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.text = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        # A word-wrapped label centred in a layout gets its (narrow) size hint: give it a width.
        self.text.setFixedWidth(560)
        self.create_button = QPushButton(objectName="welcomeCreateEvent")
        self.create_button.setMinimumHeight(44)
        self.create_button.clicked.connect(self.create_event)
        self.practice_button = QPushButton(objectName="welcomePractice")
        self.practice_button.setMinimumHeight(44)
        self.practice_button.clicked.connect(self.open_practice)
        self.practice_button.setVisible(practice_available)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (self.heading, self.text, self.create_button, self.practice_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Welcome to Dialogue Desk"))
        self.text.setText(
            self.tr(
                "Plan the agenda, check participants in at the door, take notes and collect "
                "evaluations, all without an internet connection. Start by creating your event."
            )
        )
        # Centred in the layout the label gets its size hint, not its wrapped height: ask for it.
        self.text.setMinimumHeight(self.text.heightForWidth(self.text.width()))
        self.create_button.setText(self.tr("Create an event…"))
        self.practice_button.setText(self.tr("Open the practice event"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
