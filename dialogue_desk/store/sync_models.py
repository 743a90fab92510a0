"""The bookkeeping of several laptops at one event: device, clock, shadow rows, conflicts.

None of these tables travels: each store keeps its own. The domain rows travel as *shadow rows*
(``SyncRow``), the last known state of every row of a shared event with a clock per field,
tombstones included, from which ``services/sync`` rebuilds the domain tables after a merge.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from dialogue_desk.store.base import Base, new_uuid, utcnow


class SyncState(Base):
    """The one row saying who this store is and where its clock stands."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: This laptop's identity, made when the store is created; every change is stamped with it.
    device_uuid: Mapped[str] = mapped_column(String(36))
    #: What people call this laptop ("Door 2 – Anna"), shown beside what it recorded.
    device_name: Mapped[str] = mapped_column(String(200), default="")
    #: Hybrid logical clock: milliseconds since 1970 shifted left 16 bits, plus a counter.
    clock: Mapped[int] = mapped_column(BigInteger, default=0)
    #: 1 while a merge rewrites the domain tables, so the triggers leave the clock alone.
    applying: Mapped[int] = mapped_column(Integer, default=0)


class SyncDevice(Base):
    """A laptop whose changes this store has seen (for provenance: uuid → name)."""

    __tablename__ = "sync_device"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    last_seen: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class SyncRow(Base):
    """The replicated state of one domain row: raw values, a clock per field, a tombstone."""

    __tablename__ = "sync_row"
    __table_args__ = (Index("ix_sync_row_event_table", "event_uuid", "table_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    table_name: Mapped[str] = mapped_column(String(40))
    event_uuid: Mapped[str] = mapped_column(String(36))
    #: {column: raw SQLite value}; a foreign key holds the UUID of the row it points to.
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: {column: [clock, device, base clock, base device]}: who last set it, over what.
    clocks: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    deleted_clock: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    deleted_device: Mapped[str | None] = mapped_column(String(36), nullable=True)


class SyncDeleted(Base):
    """A row deleted on this laptop (written by the AFTER DELETE triggers, cascades included)."""

    __tablename__ = "sync_deleted"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    uuid: Mapped[str] = mapped_column(String(36), index=True)
    clock: Mapped[int] = mapped_column(BigInteger)


class SyncEvent(Base):
    """How far this laptop has written its own changes of one shared event."""

    __tablename__ = "sync_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    #: Local changes up to this clock are in the shadow rows (and in a change file or package).
    exported_clock: Mapped[int] = mapped_column(BigInteger, default=0)
    #: This laptop's changes up to this clock are in its change files in the sync folder.
    filed_clock: Mapped[int] = mapped_column(BigInteger, default=0)
    #: The folder last synced with, offered again next time.
    folder: Mapped[str] = mapped_column(Text, default="")
    last_sync: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class SyncApplied(Base):
    """A change file of another laptop already merged (by device, number and checksum)."""

    __tablename__ = "sync_applied"
    __table_args__ = (
        UniqueConstraint("event_uuid", "device_uuid", "seq", "digest", name="uq_sync_applied_file"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_uuid: Mapped[str] = mapped_column(String(36))
    device_uuid: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    digest: Mapped[str] = mapped_column(String(64))
    applied_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class SyncConflict(Base):
    """Something a merge could not decide alone: an edit that lost, or a probable duplicate."""

    __tablename__ = "sync_conflict"
    __table_args__ = (Index("ix_sync_conflict_event", "event_uuid", "resolved_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    #: What makes it the same conflict when a file is merged again.
    key: Mapped[str] = mapped_column(String(300), unique=True)
    event_uuid: Mapped[str] = mapped_column(String(36))
    #: "edit" (same field changed on two laptops) or "duplicate" (two people, one name).
    kind: Mapped[str] = mapped_column(String(20))
    table_name: Mapped[str] = mapped_column(String(40))
    row_uuid: Mapped[str] = mapped_column(String(36))
    other_uuid: Mapped[str] = mapped_column(String(36), default="")
    field: Mapped[str] = mapped_column(String(100), default="")
    kept_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    other_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    kept_device: Mapped[str] = mapped_column(String(36), default="")
    other_device: Mapped[str] = mapped_column(String(36), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    #: "kept", "replaced", "merged" once resolved.
    resolution: Mapped[str] = mapped_column(String(20), default="")
