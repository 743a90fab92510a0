"""What every tab of the main window shares: the store, the current event, change news, undo."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from dialogue_desk.services.changes import Changes

if TYPE_CHECKING:
    from dialogue_desk.services.events import EventRecord
    from dialogue_desk.store import Store


class _Signals(QObject):
    changed = Signal(object, int, object)  # Changes, event id, initiator (or None)
    event_switched = Signal(object)  # EventRecord | None


class UiContext:
    """Passed to every tab. Tabs call services with ``store`` and announce what they changed.

    ``changed(changes, event_id, initiator)`` is emitted after a committed change so other views
    can refresh; ``changes`` is a :class:`~dialogue_desk.services.changes.Changes` flag set and
    ``initiator`` the view that made the change (None for undo/redo and the window), which that
    view skips because it has already shown the result. ``event_switched(record)`` is emitted
    when another event (or none) is shown. ``undo_stack`` is the one window-wide history behind
    Edit → Undo/Redo; push :class:`~dialogue_desk.ui.common.undo.ServiceCommand` onto it.

    ``store`` is None only while start-up shows the door from its plain read, before the store
    is open (``MainWindow.show_door``); the window sets it once the store is open.

    A plain object holding a QObject for its signals, so that ``event`` (the current event) does
    not shadow ``QObject.event()``.
    """

    def __init__(
        self, store: Store | None, *, practice: bool = False, parent: QObject | None = None
    ) -> None:
        self._signals = _Signals(parent)
        self.changed = self._signals.changed
        self.event_switched = self._signals.event_switched
        self.store: Store = store  # type: ignore[assignment]  # None only while opening
        self.practice = practice
        self.event: EventRecord | None = None
        self.undo_stack = QUndoStack(self._signals)
        self.undo_stack.setObjectName("undo_stack")

    def clear_history(self) -> None:
        """Start the undo history afresh, letting go of what its commands held.

        PySide keeps the Python side of a QUndoCommand subclass alive after the stack deleted
        it; dropping the commands' service pairs first keeps that to an empty shell, not the
        snapshots (say, 500 deleted participants) the pairs close over.
        """
        for index in range(self.undo_stack.count()):
            command = self.undo_stack.command(index)
            release = getattr(command, "release", None)
            if release is not None:
                release()
        self.undo_stack.clear()

    def set_event(self, event: EventRecord | None) -> None:
        # The history belongs to the event it edited: another event starts a fresh one.
        if self.event is None or event is None or event.id != self.event.id:
            self.clear_history()
        self.event = event
        self.event_switched.emit(event)

    def notify(self, changes: Changes, initiator: object | None = None) -> None:
        """Announce a committed change of the current event to every view."""
        self.changed.emit(changes, self.event.id if self.event else 0, initiator)

    def watch(
        self, watcher: object, watches: Changes, on_changes: Callable[[Changes], None]
    ) -> None:
        """Call ``on_changes(changes & watches)`` after changes to the current event.

        For views that are not tabs (the window, the exercise panel, the export actions); tabs
        declare ``EventTab.watches`` instead. News that ``watcher`` itself sent is skipped.
        """

        def deliver(changes: Changes, event_id: int, initiator: object) -> None:
            if initiator is watcher or self.event is None or event_id != self.event.id:
                return
            if isinstance(watcher, QObject) and not shiboken6.isValid(watcher):
                return  # the view was closed before the context ended
            relevant = changes & watches
            if relevant:
                on_changes(relevant)

        self.changed.connect(deliver)
