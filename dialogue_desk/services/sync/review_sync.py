"""The merge review travels: every laptop of the event holds the same lines, resolved or not.

A line of the review (``SyncConflict``) is kept as a shadow row too: table ``sync_conflict``,
its UUID made from the line's key, with a clock per field like every row of the event. Its
content (what differed, on which laptops) is set by whichever laptop found it, and every laptop
that finds the same line finds the same content; its state (``resolved_at``, ``resolution``)
by whoever resolved it, or took a resolution back. The shadow row travels in change files and
packages like the rows do, and the newest state wins: a line resolved at the door laptop is
resolved on the coordinator's after the next sync, and open again everywhere if undone.
A Dialogue Desk that predates this skips such entries (not a table it syncs).
"""

from __future__ import annotations

import datetime as dt
import uuid as uuids
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dialogue_desk.services.sync import clock
from dialogue_desk.services.sync.shadow import Entry, shadow_row, stamp_of
from dialogue_desk.store.base import utcnow
from dialogue_desk.store.sync_models import SyncConflict, SyncRow

#: The shadow rows of review lines are named so; not a domain table, so nothing rebuilds it.
REVIEW_TABLE = "sync_conflict"
CONTENT = ("key", "kind", "table_name", "row_uuid", "other_uuid", "field", "kept_value",
           "other_value", "kept_device", "other_device", "created_at")  # fmt: skip
STATE = ("resolved_at", "resolution")
_NAMESPACE = uuids.UUID("5b1d8a3e-8f0c-4d0e-9a57-2c3f1e6b7d90")


def line_uuid(key: str) -> str:
    """The shadow row's UUID of the line with ``key``: the same on every laptop."""
    return str(uuids.uuid5(_NAMESPACE, key))


def _time(value: dt.datetime | None) -> str | None:
    return value.isoformat(sep=" ") if value is not None else None


def _parse(value: Any) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _values(line: SyncConflict) -> dict[str, Any]:
    values = {name: getattr(line, name) for name in CONTENT}
    values["created_at"] = _time(line.created_at)
    values["resolved_at"], values["resolution"] = _time(line.resolved_at), line.resolution or ""
    return values


def record_line(session: Session, line: SyncConflict, fields: tuple[str, ...] = STATE) -> None:
    """Stamp ``fields`` of the line's shadow row with a new clock of this laptop."""
    uuid = line_uuid(line.key)
    row = session.scalar(select(SyncRow).where(SyncRow.uuid == uuid))
    if row is None:
        row = SyncRow(uuid=uuid, table_name=REVIEW_TABLE, event_uuid=line.event_uuid,
                      fields={}, clocks={})  # fmt: skip
        session.add(row)
        fields = CONTENT + STATE
    device = clock.state(session).device_uuid
    stamp = [clock.next_clock(session), device, None, None]
    values = _values(line)
    row.fields = {**row.fields, **{name: values[name] for name in fields}}
    row.clocks = {**row.clocks, **{name: list(stamp) for name in fields}}
    session.flush()


def record_new_lines(session: Session, event_uuid: str) -> None:
    """Give every line of the event found here (or before this version) its shadow row."""
    have = set(session.scalars(select(SyncRow.uuid).where(
        SyncRow.event_uuid == event_uuid, SyncRow.table_name == REVIEW_TABLE)))  # fmt: skip
    for line in session.scalars(select(SyncConflict).where(SyncConflict.event_uuid == event_uuid)):
        if line_uuid(line.key) not in have:
            record_line(session, line, CONTENT + STATE)


def has_unfiled_lines(session: Session, event_uuid: str, device: str, after: int) -> bool:
    """Whether this laptop found or resolved a line that is in no change file yet."""
    rows = session.scalars(select(SyncRow).where(
        SyncRow.event_uuid == event_uuid, SyncRow.table_name == REVIEW_TABLE))  # fmt: skip
    return any(
        stamp[1] == device and stamp[0] > after for row in rows for stamp in row.clocks.values()
    )


def merge_lines(
    session: Session, event_uuid: str, entries: list[Entry], shadow: dict[str, SyncRow]
) -> int:
    """Fold the review lines among ``entries`` in (newest field wins); returns new open ones."""
    touched: list[SyncRow] = []
    for entry in entries:
        if entry.get("t") != REVIEW_TABLE:
            continue
        row = shadow_row(session, shadow, entry["u"], REVIEW_TABLE, event_uuid)
        fields, clocks = dict(row.fields), dict(row.clocks)
        changed = False
        for name, incoming in entry["k"].items():
            if name in CONTENT + STATE and stamp_of(incoming) > stamp_of(clocks.get(name)):
                fields[name], clocks[name] = entry["f"].get(name), list(incoming)
                changed = True
        if changed:
            row.fields, row.clocks = fields, clocks
            touched.append(row)
    session.flush()
    return sum(_project(session, event_uuid, row) for row in touched)


def _project(session: Session, event_uuid: str, row: SyncRow) -> bool:
    """Make the review line match its shadow row; True when it is a new open line here."""
    fields = row.fields
    key = str(fields.get("key") or "")
    if not key or line_uuid(key) != row.uuid:
        return False  # not a line this laptop can trust
    line = session.scalar(select(SyncConflict).where(SyncConflict.key == key))
    added = line is None
    if line is None:
        line = SyncConflict(key=key, event_uuid=event_uuid)
        session.add(line)
    for name in CONTENT[1:-1]:
        if name in fields:
            value = fields[name]
            setattr(line, name, value if name in ("kept_value", "other_value") else
                    str(value or ""))  # fmt: skip
    line.created_at = _parse(fields.get("created_at")) or line.created_at or utcnow()
    line.resolved_at = _parse(fields.get("resolved_at"))
    line.resolution = str(fields.get("resolution") or "") if line.resolved_at else ""
    session.flush()
    return added and line.resolved_at is None
