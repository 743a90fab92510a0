"""One undoable change of the agenda: the affected days captured before and after a service call."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from dialogue_desk.services import agenda as service
from dialogue_desk.services.changes import Changes

if TYPE_CHECKING:
    from dialogue_desk.ui.agenda.tab import AgendaTab


def run_change(
    tab: AgendaTab,
    text: str,
    days: Iterable[dt.date] | None,
    work: Callable[[], Any],
    select: Callable[[Any], Iterable[int]] = lambda _: (),
) -> Any:
    """Run ``work`` as one undoable step over ``days`` (None: all days) on ``tab``'s history.

    The days are captured before and after, so undo and redo put them back whole (the
    published plan included). Returns what ``work`` returned, or None if it failed (the
    failure has been shown).
    """
    event = tab.current_event
    if event is None:
        return None
    store = tab.context.store
    day_list = None if days is None else set(days)
    with tab.guard() as outcome:
        before = service.capture(store, event.id, day_list)
        result = work()
        after = service.capture(store, event.id, day_list)
    if not outcome.ok:
        tab.reload()
        return None
    touched = set(before.days) | set(after.days)
    tab.push_undoable(
        text,
        redo=lambda: service.restore(store, after, also_days=touched),
        undo=lambda: service.restore(store, before, also_days=touched),
        changes=Changes.AGENDA,
    )
    tab.reload(select=select(result))
    tab.announce(Changes.AGENDA)
    return result
