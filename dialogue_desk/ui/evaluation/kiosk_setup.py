"""The dialog that starts the kiosk: the PIN to leave it (typed twice) and the page mode."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dialogue_desk.ui.evaluation.answers import mark_problem

MIN_PIN = 4


class KioskSetupDialog(QDialog):
    """Asks for the PIN that will be needed to leave the kiosk (typed twice)."""

    def __init__(self, form_title: str, parent: QWidget | None = None, *,
                 paged: bool = False) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("kiosk_setup")
        self.setWindowTitle(self.tr("Start kiosk"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Participants will answer \u201c{form}\u201d full screen. Nothing else of "
                    "the app can be reached until this PIN is typed.").format(form=form_title)
        )  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        fields = QFormLayout()
        self.pin = QLineEdit(objectName="kiosk_pin", echoMode=QLineEdit.EchoMode.Password)
        self.again = QLineEdit(objectName="kiosk_pin_again", echoMode=QLineEdit.EchoMode.Password)
        for edit in (self.pin, self.again):
            edit.setMaxLength(12)
            edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        fields.addRow(self.tr("&PIN (at least 4 digits):"), self.pin)
        fields.addRow(self.tr("PIN &again:"), self.again)
        self.pin.setAccessibleName(self.tr("PIN"))
        self.again.setAccessibleName(self.tr("PIN again"))
        layout.addLayout(fields)
        self.paged = QCheckBox(self.tr("&One question (or group) per page, with Back and Next"),
                               objectName="kiosk_paged")  # fmt: skip
        self.paged.setChecked(paged)
        layout.addWidget(self.paged)
        self.problem = QLabel(objectName="problem")
        mark_problem(self.problem)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start kiosk"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        pin = self.pin.text().strip()
        if len(pin) < MIN_PIN or not pin.isdigit():
            self.problem.setText(self.tr("The PIN is at least 4 digits."))
            self.pin.setFocus()
        elif pin != self.again.text().strip():
            self.problem.setText(self.tr("The two PINs differ; type the same PIN twice."))
            self.again.clear()
            self.again.setFocus()
        else:
            super().accept()
