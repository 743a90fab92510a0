"""The first screen of an empty store: create an event, or open the practice event.

"Create an event…" is the primary button (emphasised, the default: Enter presses it, and it has
the focus), both buttons are one width, and a language row under them does what View → Language
does, for a first user who does not read English (finding 29).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dialogue_desk.i18n import LANGUAGES

#: The primary button: white on a dark blue (7:1), and a focus ring that a projector shows.
#: How long the language box's choice rests before the window takes it (arrow keys step).
LANGUAGE_REST_MS = 400

PRIMARY_STYLE = (
    "QPushButton#welcomeCreateEvent { background: #0d47a1; color: #ffffff; font-weight: 600;"
    " border: 2px solid #0d47a1; border-radius: 5px; padding: 4px 20px; }"
    "QPushButton#welcomeCreateEvent:hover { background: #1565c0; }"
    "QPushButton#welcomeCreateEvent:pressed { background: #0b3c89; }"
    "QPushButton#welcomeCreateEvent:focus { border: 3px solid #ffb300; }"
)


class WelcomePage(QWidget):
    create_event = Signal()
    open_practice = Signal()
    #: The language chosen in the page's language row (a code such as "et").
    language_chosen = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        practice_available: bool = False,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.heading = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.heading.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.text = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        # A word-wrapped label centred in a layout gets its (narrow) size hint: give it a width.
        self.text.setFixedWidth(560)
        self.create_button = QPushButton(objectName="welcomeCreateEvent")
        self.create_button.setMinimumHeight(44)
        self.create_button.setDefault(True)
        self.create_button.setStyleSheet(PRIMARY_STYLE)
        self.create_button.clicked.connect(self.create_event)
        self.practice_button = QPushButton(objectName="welcomePractice")
        self.practice_button.setMinimumHeight(44)
        self.practice_button.setAutoDefault(True)  # Enter presses it while it has the focus
        self.practice_button.clicked.connect(self.open_practice)
        self.practice_button.setVisible(practice_available)
        # The buttons share a column, so both are as wide as the wider text.
        self.buttons = QWidget(objectName="welcomeButtons")
        column = QVBoxLayout(self.buttons)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(self.create_button)
        column.addWidget(self.practice_button)
        self.buttons.setMinimumWidth(300)

        self.language_label = QLabel()
        self.language_box = QComboBox(objectName="welcomeLanguage")
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, code)
        self.language_label.setBuddy(self.language_box)
        self.set_language(language)
        # Arrow keys on the closed box choose as they move: the window changes language once
        # the choice rests, not at every step (each change retranslates the whole window).
        self._language_rest = QTimer(self, singleShot=True, interval=LANGUAGE_REST_MS)
        self._language_rest.timeout.connect(
            lambda: self.language_chosen.emit(self.language_box.currentData())
        )
        self.language_box.activated.connect(lambda _index: self._language_rest.start())
        language_row = QWidget(objectName="welcomeLanguageRow")
        row = QHBoxLayout(language_row)
        row.setContentsMargins(0, 12, 0, 0)
        row.addWidget(self.language_label)
        row.addWidget(self.language_box)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (self.heading, self.text, self.buttons, language_row):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.retranslate()

    def set_language(self, code: str) -> None:
        """Show ``code`` as the chosen language (after View → Language, too)."""
        index = self.language_box.findData(code)
        if index >= 0:
            self.language_box.setCurrentIndex(index)

    def focus_main(self) -> None:
        """The focus on the primary button, so Enter creates the event."""
        self.create_button.setFocus(Qt.FocusReason.OtherFocusReason)

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
        self.language_label.setText(self.tr("&Language:"))
        self.language_box.setAccessibleName(self.tr("Interface language"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
