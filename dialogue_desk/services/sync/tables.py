"""Which tables travel between laptops, in what order, and how their rows are read raw.

Values are read and written as SQLite stores them (ISO dates, enum values, JSON text), so a
row arrives on the other laptop exactly as it left. A foreign key travels as the UUID of the
row it points to and becomes that laptop's local id again on arrival.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from dialogue_desk.store.models import Base

#: Parents before children: a merge inserts in this order and deletes in the reverse.
ORDER = (
    "event",
    "agenda_item",
    "participant",
    "check_in",
    "note",
    "action_item",
    "evaluation_form",
    "question",
    "response",
    "answer",
)

#: Kept by the triggers on each laptop, never travelling as data.
LOCAL_COLUMNS = frozenset({"id", "uuid", "clock", "origin"})

_FORMS = "SELECT id FROM evaluation_form WHERE event_id = :event"
_NOTES = "SELECT id FROM note WHERE event_id = :event"
_RESPONSES = f"SELECT id FROM response WHERE form_id IN ({_FORMS})"

#: The rows of one event in each table (``:event`` is the local event id).
SCOPE = {
    "event": "t.id = :event",
    "agenda_item": "t.event_id = :event",
    "participant": "t.event_id = :event",
    "check_in": "t.event_id = :event",
    "note": "t.event_id = :event",
    "action_item": f"t.note_id IN ({_NOTES})",
    "evaluation_form": "t.event_id = :event",
    "question": f"t.form_id IN ({_FORMS})",
    "response": f"t.form_id IN ({_FORMS})",
    "answer": f"t.response_id IN ({_RESPONSES})",
}

#: Columns that together may hold one row only: which of several arrivals is kept.
#: "earliest" keeps the smallest ``checked_in_at`` (the union of check-ins), "latest" the
#: most recently changed row.
UNIQUE_GROUPS: dict[str, tuple[tuple[str, ...], str]] = {
    "check_in": (("participant_id", "day"), "earliest"),
    "answer": (("response_id", "question_id"), "latest"),
    "action_item": (("note_id",), "latest"),
}

#: Fields whose two versions are not worth a person's review (kept by the app itself).
UNREVIEWED = frozenset({"created_at", "updated_at", "search_key", "recorded_on", "position"})


@dataclass(frozen=True)
class TableSpec:
    """One synced table: its travelling columns and where its foreign keys point."""

    name: str
    columns: tuple[str, ...]
    #: column -> (parent table, nullable)
    parents: dict[str, tuple[str, bool]]


def _spec(name: str) -> TableSpec:
    table = Base.metadata.tables[name]
    columns = tuple(c.name for c in table.columns if c.name not in LOCAL_COLUMNS)
    parents: dict[str, tuple[str, bool]] = {}
    for column in table.columns:
        for key in column.foreign_keys:
            parents[column.name] = (key.column.table.name, bool(column.nullable))
    return TableSpec(name, columns, parents)


SPECS: dict[str, TableSpec] = {name: _spec(name) for name in ORDER}


@dataclass
class RawRow:
    """A domain row as stored: local id, uuid, clock, origin, travelling values."""

    id: int
    uuid: str
    clock: int
    origin: str
    fields: dict[str, Any]


def read_rows(
    session: Session, table: str, event_id: int, *, origin: str | None = None, after: int = 0
) -> list[RawRow]:
    """The event's rows of ``table``, foreign keys as UUIDs; optionally only one device's."""
    spec = SPECS[table]
    parts = []
    for column in spec.columns:
        if column in spec.parents:
            parent = spec.parents[column][0]
            parts.append(f"(SELECT p.uuid FROM {parent} p WHERE p.id = t.{column}) AS {column}")
        else:
            parts.append(f"t.{column} AS {column}")
    where = SCOPE[table]
    params: dict[str, Any] = {"event": event_id}
    if origin is not None:
        where += " AND t.origin = :origin AND t.clock > :after"
        params.update(origin=origin, after=after)
    sql = f"SELECT t.id, t.uuid, t.clock, t.origin, {', '.join(parts)} FROM {table} t WHERE {where}"
    rows = session.execute(text(sql), params).all()
    return [
        RawRow(r[0], r[1], r[2], r[3], dict(zip(spec.columns, r[4:], strict=True))) for r in rows
    ]


def local_ids(session: Session, table: str, uuids: set[str]) -> dict[str, int]:
    """uuid -> local id for the rows of ``table`` among ``uuids`` that exist here."""
    found: dict[str, int] = {}
    items = sorted(uuids)
    for start in range(0, len(items), 500):
        chunk = items[start : start + 500]
        marks = ", ".join(f":u{i}" for i in range(len(chunk)))
        params = {f"u{i}": u for i, u in enumerate(chunk)}
        sql = f"SELECT uuid, id FROM {table} WHERE uuid IN ({marks})"
        found.update({u: i for u, i in session.execute(text(sql), params).all()})
    return found
