"""After an XLSForm import: which questions were left out, each with its row, and why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def show_left_out(parent: QWidget, file: str, warnings: tuple[str, ...]) -> QMessageBox | None:
    """A non-blocking note listing ``warnings``; None when there are none."""
    if not warnings:
        return None
    box = QMessageBox(parent)
    box.setObjectName("import_warnings")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("ImportReport", "Form imported"))
    box.setText(
        QCoreApplication.translate(
            "ImportReport", "{file} was imported. %n part(s) of it could not be taken over:",
            "", len(warnings),
        ).format(file=file)
    )  # fmt: skip
    box.setInformativeText("\n".join(f"\u2022 {w}" for w in warnings))
    box.setAccessibleName(box.windowTitle())
    box.open()  # not exec(): the import is done, nothing waits for this
    return box
