"""The contract between the main window and its four tabs, and the mechanisms they share.

A tab builds its widgets in ``__init__``, fills them in ``set_event`` (None: no event open),
puts every visible string in ``retranslate`` (called on language change) and may offer
``menu_actions`` for the Event menu. What every tab needs is here, once:

- ``current_event``: the event on screen (the context's, never a copy of its own);
- ``announce(changes)`` after a committed change, and ``on_changes(changes)`` to refresh when
  *another* view changed what ``watches`` names (news of the tab's own changes is skipped);
- ``guard(title)``: a ``with`` block that shows a user error as a message instead of raising;
- ``push_undoable(text, redo, undo, changes=...)``: one entry in the window's undo history.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QWidget

from dialogue_desk.services.changes import Changes
from dialogue_desk.ui.common.errors import Guarded, guarded, show_error
from dialogue_desk.ui.common.undo import ServiceCommand, Step
from dialogue_desk.ui.context import UiContext

if TYPE_CHECKING:
    from dialogue_desk.services.events import EventRecord


class EventTab(QWidget):
    """A tab of the main window showing one aspect of the current event (see module docstring)."""

    #: The changes made elsewhere that this tab shows and must refresh for.
    watches: Changes = Changes.NONE

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        context.event_switched.connect(self.set_event)
        context.changed.connect(self._deliver_changes)

    # --- the window's contract --------------------------------------------------------------

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

    # --- shared mechanisms ------------------------------------------------------------------

    @property
    def current_event(self) -> EventRecord | None:
        return self.context.event

    @property
    def undo_stack(self) -> QUndoStack:
        """The window's one undo history (shared by every tab)."""
        return self.context.undo_stack

    def announce(self, changes: Changes) -> None:
        """Tell every other view that this tab committed ``changes``."""
        self.context.notify(changes, initiator=self)

    def on_changes(self, changes: Changes) -> None:
        """Refresh after ``changes`` (a subset of ``watches``) made elsewhere to this event."""

    def _deliver_changes(self, changes: Changes, event_id: int, initiator: object) -> None:
        event = self.current_event
        if initiator is self or event is None or event_id != event.id:
            return
        relevant = changes & self.watches
        if relevant:
            self.on_changes(relevant)

    def guard(self, title: str | None = None) -> AbstractContextManager[Guarded]:
        """Run a block of service calls; a user error is shown by ``show_error``, not raised."""
        return guarded(self, title or self.title(), report=lambda e: self.show_error(e, title))

    def show_error(self, error: BaseException | str, title: str | None = None) -> None:
        """Say what went wrong (tabs with a banner override this to show it there)."""
        show_error(self, title or self.title(), error)

    def push_undoable(
        self,
        text: str,
        redo: Step,
        undo: Step,
        *,
        changes: Changes,
        done: bool = True,
    ) -> ServiceCommand:
        """Put one edit on the window's undo history; ``done=False`` lets the command do it.

        After each undo or redo step ``show_undo_step`` may show the step's result in place;
        then the change news skips this tab (the other views still refresh).
        """
        shown = False

        def showing(step: Step) -> Step:
            def run() -> object:
                nonlocal shown
                shown = False
                result = step()
                shown = self.show_undo_step(changes, result)
                return result

            return run

        def announce(news: Changes) -> None:
            # Undo and redo change what this tab shows too: unless it showed the step itself,
            # no initiator, so it refreshes as well.
            self.context.notify(news, initiator=self if shown else None)

        command = ServiceCommand(
            text, showing(redo), showing(undo), changes=changes, announce=announce,
            report=lambda step, error: self._undo_step_done(step, text, error), done=done,
        )  # fmt: skip
        self.undo_stack.push(command)
        return command

    def _undo_step_done(self, step: str, text: str, error: BaseException | None) -> None:
        self.after_undo_step(step, text, error)
        if error is None and not self.isVisible() and self.window() is not self:
            # Ctrl+Z on another tab took back this tab's edit: say what, where it is seen
            # (finding 26; the tab's own overrides of after_undo_step need not remember it).
            from dialogue_desk.ui.common.notice import show_notice

            done = (
                QCoreApplication.translate("EventTab", "Undone: {edit}")
                if step == "undo"
                else QCoreApplication.translate("EventTab", "Redone: {edit}")
            )
            show_notice(self, done.format(edit=text))

    def show_undo_step(self, changes: Changes, result: object) -> bool:
        """Show what an undo or redo step returned without a reload; True when shown.

        By default a tab refreshes through the change news instead.
        """
        return False

    def after_undo_step(self, step: str, text: str, error: BaseException | None) -> None:
        """Hear how the undo or redo (``step``) of the edit ``text`` went.

        By default a failure is shown as a message; a success refreshes through the change news.
        """
        if error is not None:
            self.show_error(error)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
