"""This laptop's identity and its hybrid logical clock (kept in ``sync_state``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from dialogue_desk.i18n import translate
from dialogue_desk.services.errors import ValidationError
from dialogue_desk.store import Store
from dialogue_desk.store.base import utcnow
from dialogue_desk.store.sync_models import SyncDevice, SyncState


@dataclass(frozen=True)
class Device:
    """A laptop: its identity and the name people know it by."""

    uuid: str
    name: str


def state(session: Session) -> SyncState:
    row = session.get(SyncState, 1)
    if row is None:  # pragma: no cover - migration 0003 makes it
        raise RuntimeError("sync_state is missing")
    return row


def this_device(store: Store) -> Device:
    """Who this laptop is: every change recorded here carries its UUID."""
    with store.session() as session:
        row = state(session)
        return Device(row.device_uuid, row.device_name)


def rename_device(store: Store, name: str) -> Device:
    """Name this laptop ("Door 2 – Anna"): shown beside everything recorded on it."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError(
            {"name": translate("Sync", "Give this laptop a name, for example “Door 2 – Anna”.")}
        )
    with store.session() as session:
        row = state(session)
        row.device_name = name[:200]
        remember_devices(session, {row.device_uuid: row.device_name})
        return Device(row.device_uuid, row.device_name)


#: The time migration 0003 gives this laptop's own row among the devices when it names the
#: store after the host: a row still showing it was never named (naming sets the real time).
UNNAMED_STAMP = dt.datetime(2026, 12, 1)


def device_named(store: Store) -> bool:
    """Whether someone chose this laptop's name, or chose to keep the one it started with.

    Until then it is called by its host name, given when the store was created (migration
    0003 writes the laptop's own row among the devices with :data:`UNNAMED_STAMP`);
    ``rename_device`` and ``keep_device_name`` stamp that row with the time they ran. The
    devices a merge remembers are always the other laptops, never this one.
    """
    with store.session() as session:
        own = state(session).device_uuid
        seen = session.scalar(select(SyncDevice.last_seen).where(SyncDevice.uuid == own))
        return seen is not None and seen != UNNAMED_STAMP


def keep_device_name(store: Store) -> Device:
    """Keep this laptop's name as it is, and never ask for one again."""
    with store.session() as session:
        row = state(session)
        remember_devices(session, {row.device_uuid: row.device_name})
        return Device(row.device_uuid, row.device_name)


def remember_devices(session: Session, names: dict[str, str]) -> None:
    """Keep the names of the laptops whose changes this store has seen."""
    known = {d.uuid: d for d in session.scalars(select(SyncDevice))}
    for device, name in names.items():
        row = known.get(device)
        if row is None:
            session.add(SyncDevice(uuid=device, name=name[:200], last_seen=utcnow()))
        elif name:
            row.name, row.last_seen = name[:200], utcnow()


def device_names(store: Store) -> dict[str, str]:
    """Device UUID -> name, for showing who recorded a check-in or a response."""
    with store.session() as session:
        names = {d.uuid: d.name for d in session.scalars(select(SyncDevice))}
        own = state(session)
        names[own.device_uuid] = own.device_name
        return names


def current(session: Session) -> int:
    return int(session.execute(text("SELECT clock FROM sync_state WHERE id = 1")).scalar_one())


def observe(session: Session, seen: int) -> None:
    """Move the clock past a clock seen from another laptop (it never goes backwards)."""
    session.execute(
        text("UPDATE sync_state SET clock = max(clock, :seen) WHERE id = 1"), {"seen": seen}
    )


def tick(session: Session) -> None:
    """Move the clock on by one without stamping a row (a merge has just written)."""
    session.execute(text("UPDATE sync_state SET clock = clock + 1 WHERE id = 1"))


def next_clock(session: Session) -> int:
    """A new clock value for a stamp this laptop writes itself (a line of the merge review).

    As the triggers tick: past the last value and at least the time now (milliseconds since
    1970 shifted left 16 bits).
    """
    return int(session.execute(text(
        "UPDATE sync_state SET clock = max(clock + 1, "
        "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 65536) "
        "WHERE id = 1 RETURNING clock"
    )).scalar_one())  # fmt: skip


def set_applying(session: Session, on: bool) -> None:
    """While on, the triggers neither stamp rows nor log deletions: the merge writes them."""
    session.execute(text("UPDATE sync_state SET applying = :on WHERE id = 1"), {"on": int(on)})
