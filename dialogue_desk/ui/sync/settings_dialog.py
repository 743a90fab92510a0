"""Event → Sync settings…: this laptop's name, the shared folder, sync every N minutes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)


class SyncSettingsDialog(QDialog):
    """Three settings a facilitator sets once per laptop and event."""

    def __init__(self, name: str, folder: str, minutes: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("syncSettingsDialog")
        self.setWindowTitle(self.tr("Sync settings"))
        self.setMinimumWidth(520)
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setObjectName("deviceName")
        self.name_edit.setPlaceholderText(self.tr("For example: Door 2 – Anna"))
        self.name_edit.setAccessibleName(self.tr("This laptop's name"))
        self.folder_edit = QLineEdit(folder, self)
        self.folder_edit.setObjectName("syncFolder")
        self.folder_edit.setAccessibleName(self.tr("Shared folder"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("syncMinutes")
        self.minutes.setRange(0, 120)
        self.minutes.setValue(minutes)
        self.minutes.setSpecialValueText(self.tr("Only when I choose Sync now"))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Sync every so many minutes"))
        form = QFormLayout(self)
        form.addRow(self.tr("This laptop's &name:"), self.name_edit)
        folder_label = QLabel(self.tr("Shared &folder:"), self)
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, row)
        form.addRow(self.tr("Sync &every:"), self.minutes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Shared folder"), self.folder_edit.text() or str(Path.home())
        )
        if chosen:
            self.folder_edit.setText(chosen)

    def values(self) -> tuple[str, str, int]:
        return self.name_edit.text().strip(), self.folder_edit.text().strip(), self.minutes.value()
