"""Share, join and sync as use cases: what goes out, what comes in, in one transaction each."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from dialogue_desk.i18n import translate
from dialogue_desk.services.errors import NotFoundError, ServiceError
from dialogue_desk.services.sync import clock
from dialogue_desk.services.sync.merging import (
    apply_entries,
    backup_before_merge,
    event_uuid_of,
    merge_session,
)
from dialogue_desk.services.sync.reconcile import event_id_of
from dialogue_desk.services.sync.records import Incoming, JoinResult, Outgoing, SyncResult, WriteOwn
from dialogue_desk.services.sync.review_sync import has_unfiled_lines, record_new_lines
from dialogue_desk.services.sync.shadow import (
    as_entry,
    has_local_changes,
    load_shadow,
    own_entries,
    record_local,
    sync_event_row,
)
from dialogue_desk.store import Store
from dialogue_desk.store.base import utcnow
from dialogue_desk.store.sync_models import SyncApplied, SyncDevice, SyncEvent, SyncRow


def _missing(event_id: int) -> NotFoundError:
    return NotFoundError(translate("Sync", "There is no event {id}.").format(id=event_id))


def _devices(session: Session, own: tuple[str, str]) -> dict[str, str]:
    names = {d.uuid: d.name for d in session.scalars(select(SyncDevice))}
    names[own[0]] = own[1]
    return names


def _title(shadow: dict[str, SyncRow], event_uuid: str) -> str:
    row = shadow.get(event_uuid)
    return str(row.fields.get("title", "")) if row is not None else ""


def event_uuid(store: Store, event_id: int) -> str:
    """The event's UUID (its name in the sync folder and in every file about it)."""
    with store.session() as session:
        found = event_uuid_of(session, event_id)
    if found is None:
        raise _missing(event_id)
    return found


def share_contents(store: Store, event_id: int) -> Outgoing:
    """Everything of the event recorded so far, on every laptop this one has synced with."""
    with merge_session(store) as session:
        uuid = event_uuid_of(session, event_id)
        if uuid is None:
            raise _missing(event_id)
        me = clock.state(session)
        record_new_lines(session, uuid)
        shadow = record_local(session, event_id, uuid, me.device_uuid)
        entries = [as_entry(r) for r in sorted(shadow.values(), key=lambda r: r.id or 0)]
        return Outgoing(uuid, _title(shadow, uuid), me.device_uuid, me.device_name,
                        _devices(session, (me.device_uuid, me.device_name)), entries,
                        store.is_practice)  # fmt: skip


def join_contents(store: Store, package: Incoming) -> JoinResult:
    """Add a shared event to this store with the same UUIDs, or merge it into its copy here."""
    backup_before_merge(store)
    with merge_session(store) as session:
        me = clock.state(session)
        uuid = package.event_uuid
        local_id = event_id_of(session, uuid)
        if local_id is not None:
            # What was changed here since the last sync takes part in the merge.
            shadow = record_local(session, local_id, uuid, me.device_uuid)
        else:
            shadow = load_shadow(session, uuid)
            sync_event_row(session, uuid)
        applied = apply_entries(session, uuid, package.entries, shadow)
        others = {k: v for k, v in package.devices.items() if k != me.device_uuid}
        clock.remember_devices(session, others)
        event_id = event_id_of(session, uuid)
        if event_id is None:
            raise ServiceError(
                translate("Sync", "The package holds no event (it was deleted before sharing).")
            )
        return JoinResult(event_id, package.event_title, local_id is not None,
                          applied.written, applied.conflicts)  # fmt: skip


def applied_files(store: Store, event_id: int) -> set[tuple[str, int, str]]:
    """(device, number, checksum) of the change files already merged into this store."""
    uuid = event_uuid(store, event_id)
    with store.session() as session:
        rows = session.scalars(select(SyncApplied).where(SyncApplied.event_uuid == uuid))
        return {(a.device_uuid, a.seq, a.digest) for a in rows}


def merge_changes(
    store: Store, event_id: int, incoming: list[Incoming], write_own: WriteOwn, folder: str = ""
) -> SyncResult:
    """One sync: file this laptop's new changes (``write_own``), then merge the others'."""
    if incoming:
        backup_before_merge(store)
    result = SyncResult()
    with merge_session(store) as session:
        uuid = event_uuid_of(session, event_id)
        if uuid is None:
            raise _missing(event_id)
        me = clock.state(session)
        marker = sync_event_row(session, uuid)
        if not (
            incoming
            or has_local_changes(session, event_id, uuid, me.device_uuid)
            or has_unfiled_lines(session, uuid, me.device_uuid, marker.filed_clock)
        ):
            marker.last_sync = utcnow()
            if folder:
                marker.folder = folder
            return result
        shadow = record_local(session, event_id, uuid, me.device_uuid)
        mine = own_entries(shadow, me.device_uuid, marker.filed_clock)
        if mine:
            # Written inside the transaction: if the merge below fails, the next sync writes
            # these changes again under a new number, and merging twice changes nothing.
            result.written = write_own(Outgoing(uuid, _title(shadow, uuid), me.device_uuid,
                                                me.device_name, {me.device_uuid: me.device_name},
                                                mine, store.is_practice))  # fmt: skip
        marker.filed_clock = marker.exported_clock
        if incoming:
            everything = [entry for one in incoming for entry in one.entries]
            applied = apply_entries(session, uuid, everything, shadow)
            result.rows, result.conflicts = applied.written, applied.conflicts
            result.files_read = len(incoming)
        for one in incoming:
            session.add(SyncApplied(event_uuid=uuid, device_uuid=one.device_uuid, seq=one.seq,
                                    digest=one.digest))  # fmt: skip
            clock.remember_devices(session, {one.device_uuid: one.device_name})
        if folder:
            marker.folder = folder
        marker.last_sync = utcnow()
    return result


def last_folder(store: Store, event_id: int) -> str:
    """The folder this event was last synced with ("" if never)."""
    with store.session() as session:
        uuid = event_uuid_of(session, event_id)
        if uuid is None:
            return ""
        marker = session.scalar(select(SyncEvent).where(SyncEvent.event_uuid == uuid))
        return marker.folder if marker is not None else ""
