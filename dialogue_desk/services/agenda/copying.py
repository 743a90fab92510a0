"""Copy another event's agenda into this one; count the items of every event."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from dialogue_desk.i18n import translate
from dialogue_desk.services.agenda.items import day_rows
from dialogue_desk.services.errors import ServiceError
from dialogue_desk.services.events import event_row
from dialogue_desk.store import Store
from dialogue_desk.store.models import AgendaItem


def copy_agenda(store: Store, source_event_id: int, target_event_id: int) -> int:
    """Append another event's agenda, its first day moved to this event's first day.

    Actual times are not copied. Returns the number of items copied.
    """
    if source_event_id == target_event_id:
        raise ServiceError(translate("Agenda", "Choose another event to copy the agenda from."))
    with store.session() as session:
        source = event_row(session, source_event_id)
        target = event_row(session, target_event_id)
        offset = target.start_date - source.start_date
        items = session.scalars(
            select(AgendaItem).where(AgendaItem.event_id == source_event_id)
            .order_by(AgendaItem.day, AgendaItem.position)
        ).all()  # fmt: skip
        if not items:
            raise ServiceError(translate("Agenda", "That event has no agenda to copy."))
        taken: dict[dt.date, int] = {}
        for item in items:
            day = item.day + offset
            if day not in taken:
                taken[day] = len(day_rows(session, target_event_id, day))
            session.add(AgendaItem(
                event_id=target_event_id, day=day, position=taken[day],
                start_time=item.start_time, end_time=item.end_time, title=item.title,
                kind=item.kind, facilitators=item.facilitators, room=item.room,
                description=item.description, pinned=item.pinned,
            ))  # fmt: skip
            taken[day] += 1
        return len(items)


def agenda_counts(store: Store) -> dict[int, int]:
    """Number of agenda items of every event that has any."""
    with store.session() as session:
        rows = session.execute(
            select(AgendaItem.event_id, func.count()).group_by(AgendaItem.event_id)
        )
        return {event_id: count for event_id, count in rows}
