"""Shadow rows: the replicated state of a shared event, one clock per field, tombstones kept.

Each laptop's own changes enter the shadow when it syncs (``record_local``); the others'
arrive as entries (``merge_entries``). A field keeps the value with the highest (clock, device);
a row lives while its newest field is newer than its newest deletion. That is a
last-writer-wins register per field, so every laptop that has seen the same entries holds the
same shadow, whatever the order and however often they arrived.

An entry is plain JSON: ``{"t": table, "u": uuid, "f": {field: value},
"k": {field: [clock, device, base clock, base device]}, "x": [clock, device] | None}``.
The base is what the writer overwrote: a value that loses to an edit made without knowledge of
it is kept in the review list (``sync_conflict``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from dialogue_desk.services.sync import clock
from dialogue_desk.services.sync.tables import ORDER, SCOPE, SPECS, UNREVIEWED, read_rows
from dialogue_desk.store.sync_models import SyncConflict, SyncDeleted, SyncEvent, SyncRow

Entry = dict[str, Any]
Stamp = tuple[int, str]
_ZERO: Stamp = (0, "")


def stamp_of(value: list[Any] | None) -> Stamp:
    return (int(value[0]), str(value[1])) if value else _ZERO


def base_of(value: list[Any] | None) -> Stamp:
    if not value or len(value) < 4 or value[2] is None:
        return _ZERO
    return (int(value[2]), str(value[3]))


def newest(row: SyncRow) -> Stamp:
    """The (clock, device) of the row's newest field."""
    return max((stamp_of(v) for v in row.clocks.values()), default=_ZERO)


def is_live(row: SyncRow) -> bool:
    deleted = (row.deleted_clock or 0, row.deleted_device or "")
    return newest(row) > deleted


def sync_event_row(session: Session, event_uuid: str) -> SyncEvent:
    row = session.scalar(select(SyncEvent).where(SyncEvent.event_uuid == event_uuid))
    if row is None:
        row = SyncEvent(event_uuid=event_uuid, exported_clock=0, folder="")
        session.add(row)
        session.flush()
    return row


def load_shadow(session: Session, event_uuid: str) -> dict[str, SyncRow]:
    rows = session.scalars(select(SyncRow).where(SyncRow.event_uuid == event_uuid))
    return {r.uuid: r for r in rows}


def as_entry(row: SyncRow) -> Entry:
    deleted = [row.deleted_clock, row.deleted_device] if row.deleted_clock else None
    return {"t": row.table_name, "u": row.uuid, "f": dict(row.fields), "k": dict(row.clocks),
            "x": deleted}  # fmt: skip


def shadow_row(
    session: Session, shadow: dict[str, SyncRow], uuid: str, table: str, event_uuid: str
) -> SyncRow:
    """The shadow row of ``uuid``, made (empty) and added to ``shadow`` if it is new."""
    row = shadow.get(uuid)
    if row is None:
        row = SyncRow(uuid=uuid, table_name=table, event_uuid=event_uuid, fields={}, clocks={})
        session.add(row)
        shadow[uuid] = row
    return row


def record_local(
    session: Session, event_id: int, event_uuid: str, device: str
) -> dict[str, SyncRow]:
    """Take this laptop's changes since the last sync into the shadow; return the shadow."""
    marker = sync_event_row(session, event_uuid)
    after = marker.exported_clock
    now = clock.current(session)
    shadow = load_shadow(session, event_uuid)
    # Deletions first: a row deleted and put back (undo) is then seen as reborn, whole.
    _record_deletions(session, device, shadow)
    for table in ORDER:
        for raw in read_rows(session, table, event_id, origin=device, after=after):
            row = shadow_row(session, shadow, raw.uuid, table, event_uuid)
            reborn = not is_live(row)
            fields, clocks = dict(row.fields), dict(row.clocks)
            changed = False
            for name, value in raw.fields.items():
                if not reborn and name in fields and fields[name] == value:
                    continue
                before = clocks.get(name)
                base = list(stamp_of(before)) if before else [None, None]
                stamp = [raw.clock, device, *base]
                fields[name], clocks[name] = value, stamp
                changed = True
            if changed:
                row.fields, row.clocks = fields, clocks
    marker.exported_clock = now
    return shadow


def has_local_changes(session: Session, event_id: int, event_uuid: str, device: str) -> bool:
    """Whether this laptop changed anything of the event that is not yet in a change file."""
    marker = sync_event_row(session, event_uuid)
    if marker.filed_clock < marker.exported_clock:
        return True
    if session.scalar(select(SyncDeleted.id).limit(1)) is not None:
        return True
    after = marker.exported_clock
    for table in ORDER:
        scope = SCOPE[table]
        sql = f"SELECT 1 FROM {table} t WHERE {scope} AND t.origin = :d AND t.clock > :a LIMIT 1"
        found = session.execute(text(sql), {"event": event_id, "d": device, "a": after})
        if found.first() is not None:
            return True
    return False


def own_entries(shadow: dict[str, SyncRow], device: str, after: int) -> list[Entry]:
    """What this laptop changed after clock ``after``, as entries (for its next change file)."""
    entries: list[Entry] = []
    for row in sorted(shadow.values(), key=lambda r: r.id or 0):
        entry: Entry = {"t": row.table_name, "u": row.uuid, "f": {}, "k": {}, "x": None}
        for name, stamp in row.clocks.items():
            if stamp[1] == device and stamp[0] > after:
                entry["f"][name], entry["k"][name] = row.fields.get(name), stamp
        if row.deleted_device == device and (row.deleted_clock or 0) > after:
            entry["x"] = [row.deleted_clock, device]
        if entry["k"] or entry["x"]:
            entries.append(entry)
    return entries


def _record_deletions(session: Session, device: str, shadow: dict[str, SyncRow]) -> None:
    done: list[int] = []
    for logged in session.scalars(select(SyncDeleted).order_by(SyncDeleted.id)):
        row = shadow.get(logged.uuid)
        if row is None:
            elsewhere = session.scalar(select(SyncRow.id).where(SyncRow.uuid == logged.uuid))
            if elsewhere is None:
                done.append(logged.id)  # never shared: nobody else has it
            continue
        done.append(logged.id)
        stamp = (logged.clock, device)
        if stamp > (row.deleted_clock or 0, row.deleted_device or ""):
            row.deleted_clock, row.deleted_device = stamp
    if done:
        session.execute(delete(SyncDeleted).where(SyncDeleted.id.in_(done)))


@dataclass
class MergeOutcome:
    """What merging entries changed in the shadow."""

    changed: int = 0
    seen_clock: int = 0
    conflicts: list[SyncConflict] = field(default_factory=list)


def merge_entries(
    session: Session, event_uuid: str, entries: list[Entry], shadow: dict[str, SyncRow]
) -> MergeOutcome:
    """Fold entries (from any laptops) into the shadow: idempotent and order-independent."""
    outcome = MergeOutcome()
    for entry in entries:
        table = entry["t"]
        if table not in SPECS:
            continue
        allowed = set(SPECS[table].columns)
        row = shadow_row(session, shadow, entry["u"], table, event_uuid)
        fields, clocks = dict(row.fields), dict(row.clocks)
        touched = False
        for name, incoming in entry["k"].items():
            if name not in allowed:
                continue
            value = entry["f"].get(name)
            local = clocks.get(name)
            mine, theirs = stamp_of(local), stamp_of(incoming)
            outcome.seen_clock = max(outcome.seen_clock, theirs[0])
            if theirs == mine:
                continue
            if local is not None and fields.get(name) != value and name not in UNREVIEWED:
                if theirs > mine and mine[1] != theirs[1] and mine > base_of(incoming):
                    outcome.conflicts.append(_conflict(row, name, value, incoming, fields[name],
                                                       local))  # fmt: skip
                elif theirs < mine and mine[1] != theirs[1] and theirs > base_of(local):
                    outcome.conflicts.append(_conflict(row, name, fields[name], local, value,
                                                       incoming))  # fmt: skip
            if theirs > mine:
                fields[name], clocks[name] = value, list(incoming)
                touched = True
        deleted = entry.get("x")
        if deleted:
            stamp = stamp_of(deleted)
            outcome.seen_clock = max(outcome.seen_clock, stamp[0])
            if stamp > (row.deleted_clock or 0, row.deleted_device or ""):
                row.deleted_clock, row.deleted_device = stamp
                touched = True
        if touched:
            row.fields, row.clocks = fields, clocks
            outcome.changed += 1
    return outcome


def _conflict(
    row: SyncRow, name: str, kept: Any, kept_stamp: list[Any], other: Any, other_stamp: list[Any]
) -> SyncConflict:
    loser = stamp_of(other_stamp)
    return SyncConflict(
        key=f"edit:{row.uuid}:{name}:{loser[0]}:{loser[1]}",
        event_uuid=row.event_uuid, kind="edit", table_name=row.table_name, row_uuid=row.uuid,
        field=name, kept_value=kept, other_value=other, kept_device=stamp_of(kept_stamp)[1],
        other_device=loser[1],
    )  # fmt: skip
