"""The Notes tab's fixed texts (labels, accessible names, descriptions) and its closed look."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from dialogue_desk.services.events import is_closed
from dialogue_desk.services.labels import label
from dialogue_desk.store.enums import NoteKind

if TYPE_CHECKING:
    from dialogue_desk.ui.notes.tab import NotesTab

#: The closed banner: dark text on light grey with a lock, so it does not rely on colour.
CLOSED_STYLE = (
    "QLabel { background: #eceff1; color: #263238; border: 1px solid #90a4ae;"
    " border-radius: 4px; padding: 6px; font-weight: 600; }"
)


def retranslate_parts(tab: NotesTab) -> None:
    """Set the tab's fixed texts again in the current language."""
    tab.sections_label.setText(QCoreApplication.translate("NotesTab", "&Agenda"))
    tab.sections_view.setAccessibleName(QCoreApplication.translate("NotesTab", "Agenda items"))
    tab.search.setPlaceholderText(
        QCoreApplication.translate("NotesTab", "Search all notes of the event (Ctrl+F)")
    )
    tab.search.setAccessibleName(QCoreApplication.translate("NotesTab", "Search notes"))
    current = tab.kind_filter.currentData()
    blocker = tab.kind_filter.blockSignals(True)
    tab.kind_filter.clear()
    tab.kind_filter.addItem(QCoreApplication.translate("NotesTab", "All kinds"), None)
    for kind in NoteKind:
        tab.kind_filter.addItem(label(kind), kind.value)
    tab.kind_filter.setCurrentIndex(max(tab.kind_filter.findData(current), 0))
    tab.kind_filter.blockSignals(blocker)
    tab.kind_filter.setAccessibleName(QCoreApplication.translate("NotesTab", "Show notes of kind"))
    tab.chatham.setText(QCoreApplication.translate("NotesTab", "Chatham House ru&le"))
    tab.chatham.setToolTip(
        QCoreApplication.translate(
            "NotesTab", "When on, notes and quotes carry no names and exports never attribute."
        )
    )
    tab.chatham_action.setText(
        QCoreApplication.translate("NotesTab", "Chatham House ru&le (no attribution)")
    )
    tab.action_items_action.setText(
        QCoreApplication.translate("NotesTab", "&Action items overview")
    )
    tab.pages.setTabText(0, QCoreApplication.translate("NotesTab", "Notes"))
    tab.pages.setAccessibleName(QCoreApplication.translate("NotesTab", "Notes and action items"))
    tab.sections_view.setAccessibleDescription(
        QCoreApplication.translate(
            "NotesTab", "New notes go to the selected item; it follows the running item."
        )
    )
    tab.closed_label.setText(
        QCoreApplication.translate(
            "NotesTab",
            "This event is closed: its notes can be read and searched, not changed. "
            "Reopen the event (File \u2192 Reopen event) to change them.",
        )
    )
    tab.closed_label.setAccessibleName(QCoreApplication.translate("NotesTab", "Event closed"))


def show_closed(tab: NotesTab) -> None:
    """A closed event: a banner, notes readable and searchable but not changed."""
    closed = is_closed(tab.current_event)
    tab.closed_label.setVisible(closed)
    tab.editor.set_read_only(closed)
    tab.notes_list.set_read_only(closed)
    tab.actions_view.setEnabled(not closed)
    tab.chatham.setEnabled(tab.current_event is not None and not closed)
    tab.chatham_action.setEnabled(tab.current_event is not None and not closed)
    # With no event open there are no action items to show (the menu entry did nothing).
    tab.action_items_action.setEnabled(tab.current_event is not None)


def set_chatham_silently(tab: NotesTab, enabled: bool) -> None:
    """Show the rule as ``enabled`` without acting on the change."""
    for widget in (tab.chatham, tab.chatham_action):
        blocker = widget.blockSignals(True)
        widget.setChecked(enabled)
        widget.blockSignals(blocker)
