"""The "Recorded on" column: which laptop recorded a check-in or a response.

It appears on the Attendance and Evaluation responses sheets when the event's check-ins and
responses come from more than one laptop. With one laptop every row would say the same name
(often a host name nobody chose), which tells a coordinator nothing and only widens the sheet;
with several it answers "which door was that?" and "which kiosk?". The decision is the same on
every laptop holding the event after a sync, so their workbooks stay identical.
"""

from __future__ import annotations

from collections.abc import Callable

from dialogue_desk.exchange.workbook.cells import TEXT, Column
from dialogue_desk.i18n import QT_TRANSLATE_NOOP
from dialogue_desk.services.snapshot import EventSnapshot

RECORDED_ON = QT_TRANSLATE_NOOP("Workbook", "Recorded on")


def shows_laptops(snap: EventSnapshot) -> bool:
    """Whether the workbook says which laptop recorded each check-in and response."""
    return len(snap.laptops) > 1


def recorded_on_column(tr: Callable[[str], str]) -> Column:
    return Column(tr(RECORDED_ON), TEXT)
