"""The published plan (the baseline) and what an edit of the expected times would move.

An item's ``day``/``start_time``/``end_time`` are its *expected* times: they change whenever the
facilitator edits the agenda, before or during the event. The *published plan* is what was
announced (the printed programme): ``baseline_day``/``baseline_start``/``baseline_end``.

When the plan is published:

- at the first F5 of an event none of whose items has started yet (``start_next`` calls
  ``publish_plan``), so the plan as it stood when the day began is kept;
- or at once with Event → Publish plan (``publish_plan(..., replace=True)`` publishes the
  current times again, e.g. after reprinting the programme; undo brings the old plan back).

Edits after that change the expected times only, never the baseline. An item added after
publication has no baseline ("not in the published plan"). A store from before schema 0002, or
an event that started before this version, has no baseline at all until it is published by hand;
its reports fall back to the current times (see ``plan_state``).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from dialogue_desk.services.agenda.items import (
    AgendaItemData,
    AgendaItemRecord,
    minutes_between,
)
from dialogue_desk.services.events import event_row
from dialogue_desk.store import Store
from dialogue_desk.store.enums import EventStatus
from dialogue_desk.store.models import AgendaItem


class PlanState(enum.StrEnum):
    """Whether an event's plan is published: none, all of it, or with items added since."""

    #: No item has a baseline: the plan was never published (or the store predates it).
    NOT_PUBLISHED = "not_published"
    PUBLISHED = "published"
    #: Published, and some items were added afterwards (they have no baseline).
    PUBLISHED_WITH_ADDITIONS = "published_with_additions"


def plan_state(items: Sequence[AgendaItemRecord]) -> PlanState:
    """Is the plan of these items (one event's) published?"""
    published = [i for i in items if i.published]
    if not published:
        return PlanState.NOT_PUBLISHED
    if len(published) < len(items):
        return PlanState.PUBLISHED_WITH_ADDITIONS
    return PlanState.PUBLISHED


def publish_plan(store: Store, event_id: int, *, replace: bool = False) -> int:
    """Keep the current times of the event's items as the published plan.

    Items already in the plan keep their baseline unless ``replace``. Returns how many items
    were published.
    """
    with store.session() as session:
        event_row(session, event_id)
        rows = session.scalars(select(AgendaItem).where(AgendaItem.event_id == event_id))
        count = 0
        for row in rows:
            if row.baseline_day is not None and not replace:
                continue
            row.baseline_day = row.day
            row.baseline_start = row.start_time
            row.baseline_end = row.end_time
            count += 1
        return count


def start_of_event(session: Session, event_id: int) -> bool:
    """What F5 does besides starting an item, in its transaction: a planned event becomes
    running and, if none of its items has started and no plan is published yet, the plan is
    published. True if the plan was published now."""
    event = event_row(session, event_id)
    if event.status is EventStatus.PLANNED:
        event.status = EventStatus.RUNNING
    rows = list(session.scalars(select(AgendaItem).where(AgendaItem.event_id == event_id)))
    if any(r.actual_start is not None or r.baseline_day is not None for r in rows):
        return False
    for row in rows:
        row.baseline_day = row.day
        row.baseline_start = row.start_time
        row.baseline_end = row.end_time
    return bool(rows)


def items_to_shift(
    items: Sequence[AgendaItemRecord], item_id: int, data: AgendaItemData
) -> tuple[list[AgendaItemRecord], int]:
    """The later items of the day that changing ``item_id`` to ``data`` would move, and by how
    many minutes (``update_item(..., shift_following=True)``): up to the next fixed item."""
    item = next((i for i in items if i.id == item_id), None)
    if item is None or data.day != item.day:
        return [], 0
    minutes = minutes_between(item.end_time, data.end_time)
    if minutes == 0:
        return [], 0
    day = sorted((i for i in items if i.day == item.day), key=lambda i: i.position)
    moved: list[AgendaItemRecord] = []
    for later in day[day.index(item) + 1 :]:
        if later.pinned:
            break
        moved.append(later)
    return moved, minutes


def pushed_by_new(
    items: Sequence[AgendaItemRecord], data: AgendaItemData
) -> tuple[list[AgendaItemRecord], int]:
    """The later items a new item ``data`` would push back (``add_item(push_following=True)``)
    and by how many minutes."""
    day = sorted((i for i in items if i.day == data.day), key=lambda i: i.position)
    following = [i for i in day if i.start_time >= data.start_time]
    if not following or following[0].pinned:
        return [], 0
    overlap = minutes_between(following[0].start_time, data.end_time)
    if overlap <= 0:
        return [], 0
    moved: list[AgendaItemRecord] = []
    for later in following:
        if later.pinned:
            break
        moved.append(later)
    return moved, overlap


def moved_from_plan(item: AgendaItemRecord) -> int | None:
    """Minutes the expected start differs from the published plan (None: not in the plan, or
    on another day)."""
    if item.baseline_start is None or item.baseline_day != item.day:
        return None
    return minutes_between(item.baseline_start, item.start_time)
