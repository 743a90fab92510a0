"""The door while the store is still opening: searchable at once, check-ins carried out later.

At start-up the window shows the last event's door from a plain read of the store
(``services/checkin/door.py``) before SQLAlchemy is even imported, so the facilitator can type
the moment the window appears. Until the store is open, Enter (or a choice, or the button)
queues the check-in and says so in the banner; when the store arrives the tab adopts these
rows (the search text and the highlight stay) and carries out the queue in order. A check-in
is never lost and never doubled: checking in twice on one day changes nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from dialogue_desk.services.checkin import DoorSnapshot
from dialogue_desk.ui.checkin.widgets import Banner

if TYPE_CHECKING:
    from dialogue_desk.services.events import EventRecord
    from dialogue_desk.ui.checkin.tab import CheckInTab


class OpeningDoor:
    """The Check-in tab's state between the plain read and the open store."""

    def __init__(self, tab: CheckInTab, door: DoorSnapshot) -> None:
        self.tab = tab
        self.door = door
        #: Participants (id: name) to check in once the store is open, in the order asked for.
        self.waiting: dict[int, str] = {}

    def fill(self) -> None:
        """Show the snapshot's rows and counters; the day is fixed until the store is open."""
        tab, door = self.tab, self.door
        tab.day = tab.day_box.fill(door.event)  # type: ignore[arg-type]
        tab.setEnabled(True)
        # What needs the open store (another day, a walk-in, the register) waits for it.
        for widget in self.waiting_widgets():
            widget.setEnabled(False)
        tab.model.set_rows(door.participants, door.present, in_name_order=True)
        tab.list_stack.setCurrentWidget(tab.table if door.participants else tab.empty)
        tab.show_counts(door.counts)

    def waiting_widgets(self) -> list[QWidget]:
        """The day box first, then the buttons that work only on the open store."""
        tab = self.tab
        return [tab.day_box, tab.walk_in_button, tab.empty_import, tab.empty_add]

    def check_in(self, participant_id: int) -> None:
        """Queue a check-in for when the store is open, and say so."""
        tab = self.tab
        name = tab.name_of(participant_id)
        if participant_id not in self.waiting:
            self.waiting[participant_id] = name
        tab.banner.show_message(
            QCoreApplication.translate(
                "CheckInTab", "{name} is checked in as soon as the store is open (a moment)."
            ).format(name=name),
            Banner.NOTE,
        )
        tab.after_check_in(participant_id)

    def adopt(self, event: EventRecord | None) -> bool:
        """Take the open store's ``event``: True when the rows shown stay (same event and day).

        The tab has already let go of this object; the queued check-ins are carried out on the
        open store, in order.
        """
        tab = self.tab
        if event is None or event.id != self.door.event.id:
            return False
        day = tab.day_box.fill(event)  # enables it again for an event of several days
        for widget in self.waiting_widgets()[1:]:
            widget.setEnabled(True)
        if day != tab.day:  # midnight passed while the store opened
            tab.day = day
            tab.reload()
        tab.actions.update_enabled()
        waiting, self.waiting = self.waiting, {}
        for participant_id in waiting:
            tab.check_in(participant_id)
        return True

    def report_lost(self) -> None:
        """Say which queued check-ins were not made (the store opened on another event)."""
        if self.waiting:
            self.tab.banner.show_message(
                QCoreApplication.translate(
                    "CheckInTab",
                    "Not checked in, because another event was opened: {names}. "
                    "Check them in again on their event.",
                ).format(names=", ".join(self.waiting.values())),
                Banner.ERROR,
            )
