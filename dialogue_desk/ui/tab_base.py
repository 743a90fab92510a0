"""The contract between the main window and its four tabs."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QWidget

from dialogue_desk.services.events import EventRecord
from dialogue_desk.ui.context import UiContext


class EventTab(QWidget):
    """A tab of the main window showing one aspect of the current event.

    Subclasses build their widgets in ``__init__``, fill them in ``set_event`` (called with None
    when no event is open), put every visible string in ``retranslate`` (called on language
    change), keep their regrettable edits on ``undo_stack`` (the Edit menu's Undo/Redo follow
    the current tab) and may offer ``menu_actions`` for the main window's Event menu.
    """

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.undo_stack = QUndoStack(self)
        context.event_switched.connect(self.set_event)

    def title(self) -> str:
        raise NotImplementedError

    def set_event(self, event: EventRecord | None) -> None:
        """Show ``event`` (or an empty state for None)."""

    def retranslate(self) -> None:
        """Set every visible string again in the current language."""

    def menu_actions(self) -> list[QAction]:
        return []

    def focus_main(self) -> None:
        """Put the keyboard focus where work on this tab starts (after Ctrl+1..4)."""
        self.setFocus()

    def flush(self) -> None:
        """Commit anything still being typed (called on tab switch, event switch and close)."""

    def focus_search(self) -> None:
        """Put the focus in this tab's search box, if it has one (Ctrl+F)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
