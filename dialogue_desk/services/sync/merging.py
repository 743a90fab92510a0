"""The one way a merge runs: backed up first, then one transaction that cannot half-happen."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from dialogue_desk.services.sync import clock
from dialogue_desk.services.sync.reconcile import reconcile
from dialogue_desk.services.sync.review_sync import merge_lines, record_new_lines
from dialogue_desk.services.sync.shadow import Entry, merge_entries
from dialogue_desk.store import Store
from dialogue_desk.store.backup import backup_store
from dialogue_desk.store.sync_models import SyncConflict, SyncRow

log = logging.getLogger(__name__)

#: Stores already backed up before a merge in this run of the app (one backup per session).
_backed_up: set[Path] = set()


def backup_before_merge(store: Store) -> Path | None:
    """Back the store up (SQLite backup API) before the first merge of this session."""
    path = store.path.resolve()
    if path in _backed_up:
        return None
    saved = backup_store(store.path, reason="before-merge")
    _backed_up.add(path)
    log.info("Backed up %s to %s before merging", store.path, saved)
    return saved


@contextmanager
def merge_session(store: Store) -> Iterator[Session]:
    """One write transaction in which the triggers stand aside; committed whole or not at all."""
    with store.session() as session:
        # The first statement writes, so the transaction holds the write lock from the start.
        clock.set_applying(session, True)
        yield session
        clock.set_applying(session, False)
        # A merge writes with the triggers aside; one tick says the store changed all the same
        # (the door's start-up cache is keyed by the clock: services/checkin/door_cache.py).
        clock.tick(session)


@dataclass
class Applied:
    changed: int = 0
    written: int = 0
    conflicts: int = 0
    duplicates: list[tuple[str, str]] = field(default_factory=list)


def apply_entries(
    session: Session, event_uuid: str, entries: list[Entry], shadow: dict[str, SyncRow]
) -> Applied:
    """Merge entries into the shadow, rebuild the event's rows, keep new conflicts for review."""
    outcome = merge_entries(session, event_uuid, entries, shadow)
    clock.observe(session, outcome.seen_clock)
    result = Applied(changed=outcome.changed)
    if outcome.changed:
        result.written = reconcile(session, event_uuid, shadow)
    known = set(session.scalars(select(SyncConflict.key).where(
        SyncConflict.event_uuid == event_uuid)))  # fmt: skip
    for conflict in outcome.conflicts:
        if conflict.key not in known:
            known.add(conflict.key)
            session.add(conflict)
            result.conflicts += 1
    result.conflicts += _flag_duplicates(session, event_uuid, shadow, known)
    # The review lines found or resolved on the other laptops, then this laptop's new ones.
    result.conflicts += merge_lines(session, event_uuid, entries, shadow)
    record_new_lines(session, event_uuid)
    return result


def _name(fields: dict[str, object]) -> str:
    from dialogue_desk.services.text import fold

    first, last = str(fields.get("first_name") or ""), str(fields.get("last_name") or "")
    return " ".join(fold(f"{first} {last}").split())


def _flag_duplicates(
    session: Session, event_uuid: str, shadow: dict[str, SyncRow], known: set[str]
) -> int:
    """Walk-ins added on two laptops under one name: flagged for review, never merged."""
    from dialogue_desk.services.sync.shadow import is_live

    people: dict[str, list[SyncRow]] = {}
    for row in shadow.values():
        if row.table_name == "participant" and is_live(row):
            name = _name(row.fields)
            if name:
                people.setdefault(name, []).append(row)
    added = 0
    for rows in people.values():
        for i, one in enumerate(rows):
            for other in rows[i + 1 :]:
                if not (one.fields.get("walk_in") or other.fields.get("walk_in")):
                    continue
                if (one.fields.get("recorded_on") or "") == (other.fields.get("recorded_on") or ""):
                    continue  # the same laptop added both: its own duplicate check saw them
                a, b = sorted((one.uuid, other.uuid))
                key = f"duplicate:{a}:{b}"
                if key in known:
                    continue
                known.add(key)
                session.add(SyncConflict(
                    key=key, event_uuid=event_uuid, kind="duplicate", table_name="participant",
                    row_uuid=a, other_uuid=b, field="", kept_value=None, other_value=None,
                    kept_device=str(shadow[a].fields.get("recorded_on") or ""),
                    other_device=str(shadow[b].fields.get("recorded_on") or ""),
                ))  # fmt: skip
                added += 1
    return added


def event_uuid_of(session: Session, event_id: int) -> str | None:
    found = session.execute(text("SELECT uuid FROM event WHERE id = :id"), {"id": event_id})
    value = found.scalar()
    return str(value) if value is not None else None
