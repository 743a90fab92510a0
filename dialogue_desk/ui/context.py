"""What every tab of the main window shares: the open store, the current event, change news."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from dialogue_desk.services.events import EventRecord
    from dialogue_desk.store import Store


class _Signals(QObject):
    changed = Signal(str, int)
    event_switched = Signal(object)  # EventRecord | None


class UiContext:
    """Passed to every tab. Tabs call services with ``store`` and announce what they changed.

    ``changed(topic, event_id)`` is emitted after a committed change so other views can refresh:
    topics are "event", "agenda", "participants", "check_in", "notes", "evaluation".
    ``event_switched(record)`` is emitted when another event (or none) is shown.

    A plain object holding a QObject for its signals, so that ``event`` (the current event) does
    not shadow ``QObject.event()``.
    """

    def __init__(self, store: Store, *, practice: bool = False, parent: QObject | None = None):
        self._signals = _Signals(parent)
        self.changed = self._signals.changed
        self.event_switched = self._signals.event_switched
        self.store = store
        self.practice = practice
        self.event: EventRecord | None = None

    def set_event(self, event: EventRecord | None) -> None:
        self.event = event
        self.event_switched.emit(event)

    def notify(self, topic: str) -> None:
        self.changed.emit(topic, self.event.id if self.event else 0)
