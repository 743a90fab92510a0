"""The merge review: edits that lost and probable duplicates, resolved one click at a time.

Each resolution returns a :class:`Resolution` that ``undo_resolution`` takes back, so the
window's undo stack covers the review. A resolution is an ordinary local edit: it travels to
the other laptops with the next sync, and so does the line's state (``review_sync``): a line
resolved here is resolved on every laptop of the event.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text

from dialogue_desk.i18n import translate
from dialogue_desk.services.checkin import (
    ParticipantSnapshot,
    merge_participants,
    restore_participants,
)
from dialogue_desk.services.errors import NotFoundError, ServiceError
from dialogue_desk.services.sync.merging import event_uuid_of
from dialogue_desk.services.sync.review_sync import record_line
from dialogue_desk.services.sync.tables import SPECS
from dialogue_desk.store import Store
from dialogue_desk.store.base import utcnow
from dialogue_desk.store.sync_models import SyncConflict, SyncDevice, SyncState


@dataclass(frozen=True)
class ConflictRecord:
    """One line of the merge review."""

    uuid: str
    kind: str
    table: str
    row_uuid: str
    other_uuid: str
    field: str
    #: What the row shows now, and the version that lost (raw stored values, as text).
    kept_value: str
    other_value: str
    kept_device: str
    other_device: str
    #: Who or what the line is about ("Anna Tamm", "Opening plenary").
    subject: str
    other_subject: str
    resolved: bool
    resolution: str


@dataclass(frozen=True)
class Resolution:
    """What a resolution changed, for undo."""

    conflict_uuid: str
    kind: str
    previous: Any = None
    merged: tuple[ParticipantSnapshot, ...] = ()


def _show(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        try:
            parsed = json.loads(value)
        except ValueError:
            return value
        if isinstance(parsed, dict):
            return " / ".join(str(v) for v in parsed.values())
        if isinstance(parsed, list):
            return ", ".join(str(v) for v in parsed)
        return value
    return str(value)


_SUBJECT = {
    "event": "title", "agenda_item": "title", "note": "text", "evaluation_form": "title",
    "question": "name", "action_item": "owner",
}  # fmt: skip


def _subject(session, table: str, uuid: str) -> str:  # type: ignore[no-untyped-def]
    if not uuid or table not in SPECS:
        return ""
    if table == "participant":
        sql = "SELECT trim(first_name || ' ' || last_name) FROM participant WHERE uuid = :u"
    elif table in _SUBJECT:
        sql = f"SELECT {_SUBJECT[table]} FROM {table} WHERE uuid = :u"
    else:
        return ""
    value = session.execute(text(sql), {"u": uuid}).scalar()
    return str(value or "")[:80]


def list_conflicts(store: Store, event_id: int, *, include_resolved: bool = False
                   ) -> list[ConflictRecord]:  # fmt: skip
    """What the merges of this event could not decide alone, oldest first."""
    with store.session() as session:
        uuid = event_uuid_of(session, event_id)
        if uuid is None:
            return []
        names = {d.uuid: d.name for d in session.scalars(select(SyncDevice))}
        me = session.get(SyncState, 1)
        if me is not None:
            names[me.device_uuid] = me.device_name
        query = select(SyncConflict).where(SyncConflict.event_uuid == uuid)
        if not include_resolved:
            query = query.where(SyncConflict.resolved_at.is_(None))
        # In the order found, the same on every laptop (the lines travel: review_sync).
        rows = session.scalars(query.order_by(SyncConflict.created_at, SyncConflict.key)).all()
        return [
            ConflictRecord(
                uuid=c.uuid,
                kind=c.kind,
                table=c.table_name,
                row_uuid=c.row_uuid,
                other_uuid=c.other_uuid,
                field=c.field,
                kept_value=_show(c.kept_value),
                other_value=_show(c.other_value),
                kept_device=names.get(c.kept_device, c.kept_device[:8]),
                other_device=names.get(c.other_device, c.other_device[:8]),
                subject=_subject(session, c.table_name, c.row_uuid),
                other_subject=_subject(session, c.table_name, c.other_uuid),
                resolved=c.resolved_at is not None,
                resolution=c.resolution,
            )  # fmt: skip
            for c in rows
        ]


def open_conflicts(store: Store, event_id: int) -> int:
    """How many lines of the merge review wait for a decision."""
    return len(list_conflicts(store, event_id))


def _conflict(session, conflict_uuid: str) -> SyncConflict:  # type: ignore[no-untyped-def]
    row = session.scalar(select(SyncConflict).where(SyncConflict.uuid == conflict_uuid))
    if row is None:
        raise NotFoundError(translate("Sync", "This line of the merge review no longer exists."))
    return row


def _mark(session, row: SyncConflict, resolution: str) -> None:  # type: ignore[no-untyped-def]
    row.resolved_at, row.resolution = (utcnow(), resolution) if resolution else (None, "")
    # The other laptops take the decision (or its undo) with the next sync.
    record_line(session, row)


def keep_this(store: Store, conflict_uuid: str) -> Resolution:
    """Keep what the row shows now; the other version is set aside."""
    with store.session() as session:
        _mark(session, _conflict(session, conflict_uuid), "kept")
    return Resolution(conflict_uuid, "kept")


def _set_field(session, row: SyncConflict, value: Any) -> Any:  # type: ignore[no-untyped-def]
    spec = SPECS[row.table_name]
    if row.field not in spec.columns:
        raise ServiceError(translate("Sync", "This field can no longer be changed here."))
    current = session.execute(
        text(f"SELECT {row.field} FROM {row.table_name} WHERE uuid = :u"), {"u": row.row_uuid}
    ).first()
    if current is None:
        raise NotFoundError(translate("Sync", "The row this line is about was deleted."))
    stored = value
    if row.field in spec.parents and value is not None:
        parent = spec.parents[row.field][0]
        stored = session.execute(
            text(f"SELECT id FROM {parent} WHERE uuid = :u"), {"u": value}
        ).scalar()
    session.execute(
        text(f"UPDATE {row.table_name} SET {row.field} = :v WHERE uuid = :u"),
        {"v": stored, "u": row.row_uuid},
    )
    previous = current[0]
    if row.field in spec.parents and previous is not None:
        parent = spec.parents[row.field][0]
        previous = session.execute(
            text(f"SELECT uuid FROM {parent} WHERE id = :i"), {"i": previous}
        ).scalar()
    return previous


def keep_other(store: Store, conflict_uuid: str) -> Resolution:
    """Put the version that lost back in place (a new edit, sent with the next sync)."""
    with store.session() as session:
        row = _conflict(session, conflict_uuid)
        if row.kind != "edit":
            raise ServiceError(translate("Sync", "Two people are merged, not kept apart here."))
        previous = _set_field(session, row, row.other_value)
        _mark(session, row, "replaced")
    return Resolution(conflict_uuid, "replaced", previous=previous)


def merge_people(store: Store, conflict_uuid: str) -> Resolution:
    """Merge two probable duplicates into the first (details combined, attendance kept)."""
    with store.session() as session:
        row = _conflict(session, conflict_uuid)
        ids = dict(session.execute(
            text("SELECT uuid, id FROM participant WHERE uuid IN (:a, :b)"),
            {"a": row.row_uuid, "b": row.other_uuid},
        ).all())  # fmt: skip
    if row.kind != "duplicate" or len(ids) != 2:
        raise NotFoundError(translate("Sync", "One of these two people was already removed."))
    result = merge_participants(store, ids[row.row_uuid], [ids[row.other_uuid]])
    with store.session() as session:
        _mark(session, _conflict(session, conflict_uuid), "merged")
    return Resolution(conflict_uuid, "merged", merged=result.before)


def undo_resolution(store: Store, resolution: Resolution) -> None:
    """Take a resolution back: the line is open again and the row as it was."""
    if resolution.kind == "merged":
        restore_participants(store, list(resolution.merged))
    with store.session() as session:
        row = _conflict(session, resolution.conflict_uuid)
        if resolution.kind == "replaced":
            _set_field(session, row, resolution.previous)
        _mark(session, row, "")
