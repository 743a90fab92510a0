"""Snapshots of an agenda for undo and redo: capture days before a change, put them back after.

Every agenda edit in the interface is undone by restoring the affected days as they were,
including deleted items (with their id and UUID), their published plan and the notes that
belonged to them. An event's status is not part of a snapshot: undoing the first F5 leaves the
event running.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from dialogue_desk.services.agenda.items import DATA_FIELDS
from dialogue_desk.store import Store
from dialogue_desk.store.models import AgendaItem, Note

#: What a snapshot keeps of an item besides its place and actual times: the published plan too,
#: so undoing "Publish plan" brings the previous plan back.
_SAVED = (*(f.name for f in DATA_FIELDS), "baseline_day", "baseline_start", "baseline_end")


@dataclass(frozen=True)
class ItemState:
    id: int
    uuid: str
    day: dt.date
    position: int
    values: tuple[tuple[str, object], ...]
    actual_start: dt.datetime | None
    actual_end: dt.datetime | None
    note_ids: tuple[int, ...]


@dataclass(frozen=True)
class AgendaSnapshot:
    event_id: int
    days: frozenset[dt.date]
    items: tuple[ItemState, ...]


def capture(store: Store, event_id: int, days: Iterable[dt.date] | None = None) -> AgendaSnapshot:
    """The items of ``days`` (all days when None) as they are now."""
    with store.session() as session:
        query = select(AgendaItem).where(AgendaItem.event_id == event_id)
        if days is not None:
            day_set = frozenset(days)
            query = query.where(AgendaItem.day.in_(day_set))
        rows = list(session.scalars(query))
        if days is None:
            day_set = frozenset(r.day for r in rows)
        ids = [r.id for r in rows]
        notes: dict[int, list[int]] = {}
        if ids:
            for note_id, item_id in session.execute(
                select(Note.id, Note.agenda_item_id).where(Note.agenda_item_id.in_(ids))
            ):
                notes.setdefault(item_id, []).append(note_id)
        states = tuple(
            ItemState(
                id=r.id,
                uuid=r.uuid,
                day=r.day,
                position=r.position,
                values=tuple((name, getattr(r, name)) for name in _SAVED),
                actual_start=r.actual_start,
                actual_end=r.actual_end,
                note_ids=tuple(notes.get(r.id, ())),
            )  # fmt: skip
            for r in rows
        )
        return AgendaSnapshot(event_id, day_set, states)


def restore(store: Store, snapshot: AgendaSnapshot, *, also_days: Iterable[dt.date] = ()) -> None:
    """Make the snapshot's days (and ``also_days``) hold exactly the snapshot's items again."""
    days = set(snapshot.days) | set(also_days)
    wanted = {state.id: state for state in snapshot.items}
    with store.session() as session:
        current = list(session.scalars(
            select(AgendaItem).where(AgendaItem.event_id == snapshot.event_id,
                                     AgendaItem.day.in_(days))
        ))  # fmt: skip
        for row in current:
            if row.id not in wanted:
                session.delete(row)
        session.flush()
        for state in snapshot.items:
            row = session.get(AgendaItem, state.id)
            if row is None:
                row = AgendaItem(id=state.id, uuid=state.uuid, event_id=snapshot.event_id)
                session.add(row)
            for name, value in state.values:
                setattr(row, name, value)
            row.position = state.position
            row.actual_start = state.actual_start
            row.actual_end = state.actual_end
        session.flush()
        note_ids = [n for state in snapshot.items for n in state.note_ids]
        if note_ids:
            owner = {n: state.id for state in snapshot.items for n in state.note_ids}
            for note in session.scalars(select(Note).where(Note.id.in_(note_ids))):
                if note.agenda_item_id is None:
                    note.agenda_item_id = owner[note.id]
