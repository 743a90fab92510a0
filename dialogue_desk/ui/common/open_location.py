"""Open a file or folder with the system's program, and say so when there is none.

``QDesktopServices.openUrl`` only returns False when no launcher is available (a bare Linux
desktop without xdg-open, a locked-down venue laptop); the user then clicked "Open folder" and
saw nothing happen. Here they get the path instead, already copied to paste into a file manager.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def open_location(parent: QWidget | None, path: Path | str) -> bool:
    """Open ``path`` (a file or folder) with the desktop's program; True if that worked.

    When nothing could open it, a message names the path and it is put on the clipboard.
    """
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None:
        clipboard.setText(str(path))
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("OpenLocation", "Could not open it"),
        QCoreApplication.translate(
            "OpenLocation",
            "No program on this computer could open {path}. Open it from your file manager: "
            "the path is copied, paste it into the address bar.",
        ).format(path=path),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("openLocationFailed")
    box.open()
    return False
