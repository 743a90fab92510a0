"""Switching on the Chatham House rule: a confirmation, with the choice to erase the names
already typed (hidden while the rule is on, but still in the store otherwise)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget


def ask_chatham_on(parent: QWidget | None, attributed: int) -> tuple[bool, bool]:
    """Ask before the rule is switched on: (switch it on?, erase the ``attributed`` names?)."""
    box = QMessageBox(parent)
    box.setObjectName("chathamQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("ChathamHouse", "Chatham House rule"))
    box.setText(
        QCoreApplication.translate(
            "ChathamHouse",
            "Switch on the Chatham House rule for the whole event? Notes and quotes are then "
            "shown and exported without names.",
        )
    )
    erase = None
    if attributed:
        box.setInformativeText(
            QCoreApplication.translate(
                "ChathamHouse",
                "%n note(s) already name an author or speaker. While the rule is on the names "
                "are hidden, but they stay in the store unless you erase them.",
                "",
                attributed,
            )
        )
        erase = QCheckBox(
            QCoreApplication.translate(
                "ChathamHouse", "&Erase the names already entered (cannot be undone)"
            )
        )
        box.setCheckBox(erase)
    switch = box.addButton(
        QCoreApplication.translate("ChathamHouse", "&Switch on"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(switch)
    box.exec()
    if box.clickedButton() is not switch:
        return False, False
    return True, bool(erase is not None and erase.isChecked())
