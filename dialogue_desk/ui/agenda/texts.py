"""The Agenda tab's fixed texts (labels, accessible names and descriptions) and edit modes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView

if TYPE_CHECKING:
    from dialogue_desk.ui.agenda.tab import AgendaTab

EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)
NO_EDIT = QAbstractItemView.EditTrigger.NoEditTriggers
#: The closed banner: dark text on a light grey, with a lock, so it does not rely on colour.
CLOSED_STYLE = (
    "QLabel { background: #eceff1; color: #263238; border: 1px solid #90a4ae;"
    " border-radius: 4px; padding: 6px; font-weight: 600; }"
)


def retranslate_parts(tab: AgendaTab) -> None:
    """Set the tab's fixed texts again in the current language."""
    tab.table.setAccessibleName(QCoreApplication.translate("AgendaTab", "Agenda items of the day"))
    tab.table.setAccessibleDescription(
        QCoreApplication.translate(
            "AgendaTab",
            "Enter edits the item, Insert adds one, Delete removes it, Alt+Up and Alt+Down "
            "move it, F5 starts the next item.",
        )
    )
    tab.day_bar.setAccessibleName(QCoreApplication.translate("AgendaTab", "Days of the event"))
    tab.day_bar.setAccessibleDescription(
        QCoreApplication.translate("AgendaTab", "Ctrl+PgUp and Ctrl+PgDown switch days.")
    )
    tab.toolbar.setAccessibleName(QCoreApplication.translate("AgendaTab", "Agenda tools"))
    tab.more_button.setText(QCoreApplication.translate("AgendaTab", "More"))
    tab.more_button.setAccessibleName(
        QCoreApplication.translate("AgendaTab", "More agenda actions")
    )
    tab.more_button.setToolTip(
        QCoreApplication.translate(
            "AgendaTab", "Publish the plan, import, copy or print the agenda"
        )
    )
    tab.empty_label.setAccessibleName(QCoreApplication.translate("AgendaTab", "No agenda items"))
    tab.problems_label.setAccessibleName(QCoreApplication.translate("AgendaTab", "Agenda problems"))
    tab.closed_label.setText(
        QCoreApplication.translate(
            "AgendaTab",
            "This event is closed: its agenda is read-only. Reopen the event "
            "(File \u2192 Reopen event) to change it.",
        )
    )
    tab.closed_label.setAccessibleName(QCoreApplication.translate("AgendaTab", "Event closed"))
    tab.empty_label.setText(
        QCoreApplication.translate(
            "AgendaTab",
            "No items on this day yet. Press Insert to add one, or import the agenda from a "
            "spreadsheet (Event \u2192 Import agenda\u2026).",
        )
    )
