"""The Check-in tab's fixed texts (labels, placeholders, accessible names), in one place.

They keep the translation context of the tab ("CheckInTab"), whose catalogue entries they are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

#: The walk-in key (the tab's, as Ctrl+N is "New event" in the window).
WALK_IN_KEY = "Ctrl+Shift+N"

if TYPE_CHECKING:
    from dialogue_desk.ui.checkin.tab import CheckInTab


def set_texts(tab: CheckInTab) -> None:
    """Set the tab's own texts again in the current language (on start and language change)."""
    tab.day_label.setText(QCoreApplication.translate("CheckInTab", "&Day:"))
    tab.day_box.setAccessibleName(QCoreApplication.translate("CheckInTab", "Day of the event"))
    tab.search.setPlaceholderText(
        QCoreApplication.translate(
            "CheckInTab", "Type a few letters of a name, organisation or e-mail, then Enter"
        )
    )
    tab.search.setAccessibleName(QCoreApplication.translate("CheckInTab", "Find participant"))
    tab.search.setAccessibleDescription(
        QCoreApplication.translate(
            "CheckInTab",
            "Type a few letters, then Enter. When several people match, press 1 to 9 to "
            "choose; arrow keys move through the list.",
        )
    )
    tab.day_box.setAccessibleDescription(
        QCoreApplication.translate("CheckInTab", "The day people are checked in for")
    )
    tab.check_in_button.setText(QCoreApplication.translate("CheckInTab", "Check in"))
    tab.check_in_button.setAccessibleName(QCoreApplication.translate("CheckInTab", "Check in"))
    tab.check_in_button.setAccessibleDescription(
        QCoreApplication.translate(
            "CheckInTab", "Check in the highlighted person, or the only one matching the search"
        )
    )
    # The key is in the tooltip, not on the button: in ru the button with it took the search
    # field's room at 1366 px (doorfeel).
    tab.walk_in_button.setText(QCoreApplication.translate("CheckInTab", "Walk-in\u2026"))
    tab.walk_in_button.setAccessibleName(QCoreApplication.translate("CheckInTab", "Add walk-in"))
    key = QKeySequence(WALK_IN_KEY).toString(QKeySequence.SequenceFormat.NativeText)
    tip = QCoreApplication.translate(
        "CheckInTab", "Add someone who is not on the list and check them in ({key})"
    ).format(key=key)
    tab.walk_in_button.setToolTip(tip)
    tab.walk_in_button.setAccessibleDescription(tip)
    tab.table.setAccessibleName(QCoreApplication.translate("CheckInTab", "Participants"))
    tab.table.setAccessibleDescription(
        QCoreApplication.translate(
            "CheckInTab", "Everyone on the list; a tick and the time show who is here"
        )
    )
    tab.empty_text.setText(
        QCoreApplication.translate(
            "CheckInTab",
            "No participants yet.\nImport the registration list, or add people one by one. "
            "Walk-ins can be added at the door with Ctrl+Shift+N.",
        )
    )
    tab.empty_import.setText(
        QCoreApplication.translate("CheckInTab", "Import registration list\u2026")
    )
    tab.empty_add.setText(QCoreApplication.translate("CheckInTab", "Add participant\u2026"))
    tab.empty.setAccessibleName(QCoreApplication.translate("CheckInTab", "No participants yet"))
