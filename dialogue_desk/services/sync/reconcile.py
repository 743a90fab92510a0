"""Rebuild an event's domain rows from its shadow rows after a merge.

The domain tables become a pure function of the shadow: every live shadow row whose required
parents are present, one winner per unique group (the earliest check-in of a person and day).
A row of this laptop is never deleted unless its shadow says so; nothing without a shadow row
(a change made here that was not yet recorded) is touched.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from dialogue_desk.services.sync.shadow import is_live, newest
from dialogue_desk.services.sync.tables import ORDER, SPECS, UNIQUE_GROUPS, local_ids, read_rows
from dialogue_desk.store.sync_models import SyncRow


def event_id_of(session: Session, event_uuid: str) -> int | None:
    found = session.execute(
        text("SELECT id FROM event WHERE uuid = :u"), {"u": event_uuid}
    ).scalar()
    return int(found) if found is not None else None


def _pick(table: str, rows: dict[str, SyncRow]) -> set[str]:
    """The rows that win their unique group (all rows for a table without one)."""
    if table not in UNIQUE_GROUPS:
        return set(rows)
    columns, rule = UNIQUE_GROUPS[table]
    best: dict[tuple[Any, ...], SyncRow] = {}
    for row in rows.values():
        key = tuple(row.fields.get(c) for c in columns)
        other = best.get(key)
        if other is None or _better(rule, row, other):
            best[key] = row
    return {r.uuid for r in best.values()}


def _better(rule: str, row: SyncRow, other: SyncRow) -> bool:
    if rule == "earliest":
        return (str(row.fields.get("checked_in_at")), row.uuid) < (
            str(other.fields.get("checked_in_at")), other.uuid)  # fmt: skip
    return (newest(row), row.uuid) > (newest(other), other.uuid)


def reconcile(session: Session, event_uuid: str, shadow: dict[str, SyncRow]) -> int:
    """Make the event's domain rows match its shadow; returns how many rows were written."""
    by_table: dict[str, dict[str, SyncRow]] = {t: {} for t in ORDER}
    for row in shadow.values():
        if row.table_name in by_table:
            by_table[row.table_name][row.uuid] = row
    present: dict[str, set[str]] = {}
    ids: dict[str, dict[str, int]] = {}
    writes = 0
    for table in ORDER:
        spec = SPECS[table]
        rows = by_table[table]
        wanted: dict[str, dict[str, Any]] = {}
        for uuid, row in rows.items():
            if not is_live(row):
                continue
            values = {c: row.fields.get(c) for c in spec.columns}
            fit = True
            for column, (parent, nullable) in spec.parents.items():
                target = values.get(column)
                if target is None or target in present.get(parent, set()):
                    continue
                if nullable:
                    values[column] = None
                else:
                    fit = False
            if fit:
                wanted[uuid] = values
        winners = _pick(table, {u: rows[u] for u in wanted})
        wanted = {u: v for u, v in wanted.items() if u in winners}
        event_id = event_id_of(session, event_uuid)
        real = {r.uuid: r for r in read_rows(session, table, event_id)} if event_id else {}
        for uuid, raw in real.items():
            if uuid not in wanted and uuid in rows:
                session.execute(text(f"DELETE FROM {table} WHERE id = :id"), {"id": raw.id})
                writes += 1
        kept = {u: r for u, r in real.items() if u in wanted or u not in rows}
        need = {v for values in wanted.values() for c, v in values.items()
                if c in spec.parents and v is not None}  # fmt: skip
        lookups: dict[str, int] = {}
        for parent in {p for p, _ in spec.parents.values()}:
            lookups.update(ids.get(parent, {}))
        missing = need - set(lookups)
        if missing:
            for parent in {p for p, _ in spec.parents.values()}:
                lookups.update(local_ids(session, parent, missing))
        for uuid, values in wanted.items():
            stamp = newest(rows[uuid])
            local = {c: (lookups.get(v) if c in spec.parents and v is not None else v)
                     for c, v in values.items()}  # fmt: skip
            if uuid in kept:
                raw = kept[uuid]
                changes = {c: local[c] for c, v in values.items() if raw.fields.get(c) != v}
                if not changes:
                    continue
                sets = "".join(f"{c} = :{c}, " for c in changes)
                session.execute(
                    text(f"UPDATE {table} SET {sets}clock = :_clock, origin = :_origin "
                         "WHERE id = :_id"),
                    {**changes, "_clock": stamp[0], "_origin": stamp[1], "_id": raw.id},
                )  # fmt: skip
            else:
                columns = ["uuid", *local, "clock", "origin"]
                params = {**local, "uuid": uuid, "clock": stamp[0], "origin": stamp[1]}
                names = ", ".join(columns)
                marks = ", ".join(f":{c}" for c in columns)
                session.execute(text(f"INSERT INTO {table} ({names}) VALUES ({marks})"), params)
            writes += 1
        present[table] = set(wanted) | set(kept)
        ids[table] = local_ids(session, table, present[table])
    return writes
