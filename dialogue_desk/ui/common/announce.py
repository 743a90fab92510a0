"""Tell a screen reader about a status change that does not move the focus.

At the door the news ("✓ Anna Ozola checked in at 09:01", "3 people match …") appears in a
banner while the focus stays in the search field, so it must be announced: Qt 6.8+ has
``QAccessibleAnnouncementEvent``; older Qt gets a name change of the widget showing the news,
which screen readers also read out. ``last_announcement`` keeps the text for tests.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleEvent

try:  # Qt 6.8 and later
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # pragma: no cover - older Qt
    QAccessibleAnnouncementEvent = None  # type: ignore[assignment,misc]

#: The most recent announcement (for tests and for the soak test's sanity check).
last_announcement = ""


def announce(source: QObject, text: str, *, assertive: bool = False) -> None:
    """Announce ``text`` on behalf of ``source`` (polite, or ``assertive`` for errors)."""
    global last_announcement
    last_announcement = text
    if not text:
        return
    if QAccessibleAnnouncementEvent is not None:
        event = QAccessibleAnnouncementEvent(source, text)
        if assertive:
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    else:  # pragma: no cover - older Qt
        event = QAccessibleEvent(source, QAccessible.Event.NameChanged)
    QAccessible.updateAccessibility(event)
