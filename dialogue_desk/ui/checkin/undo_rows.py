"""Undo and redo of a check-in shown in place: one row and the counters, never a reload.

Ctrl+Z after a check-in (or Ctrl+Shift+Z after taking one back) runs one service call; what it
returns says exactly what changed, so the door updates that row (``dataChanged``) and the
counters (``counts_after``) as a check-in does, and the list keeps its order, search and
highlight. A step whose result says nothing certain (paper marks, a walk-in, a check-in that
was already gone) is left to the tab's reload after the change news.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dialogue_desk.services.changes import Changes
from dialogue_desk.services.checkin import CheckInRecord, CheckInResult

if TYPE_CHECKING:
    from dialogue_desk.ui.checkin.tab import CheckInTab


def show_check_in_step(tab: CheckInTab, changes: Changes, result: object) -> bool:
    """Show ``result`` of an undo/redo step in ``tab``; True when shown (no reload needed).

    ``result`` is what the step's service returned: a ``CheckInResult`` (checked in again) or
    the ``CheckInRecord`` taken back.
    """
    if changes != Changes.CHECK_IN:
        return False
    if isinstance(result, CheckInResult):
        record, delta = result.record, 0 if result.already else 1
    elif isinstance(result, CheckInRecord):
        record, delta = result, -1
    else:
        return False
    pid = record.participant_id
    if tab.model.record_of(pid) is None:
        return False
    if delta and record.day == tab.day:
        tab.set_check_in(pid, record if delta > 0 else None)
    if delta:
        tab.count_check_in(pid, record, delta)
    return True
