"""The declarative base and the columns every synced row carries.

Kept apart from ``models.py`` so the domain tables and the sync bookkeeping tables
(``sync_models.py``) share one metadata without importing each other.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import BigInteger, DateTime, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def new_uuid() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Tracked:
    """Columns every row carries: local id, global UUID, UTC times, and its change clock.

    ``clock``, ``origin`` and ``recorded_on`` are kept by SQLite triggers (migration 0003), so
    every write stamps them, whoever makes it: ``clock`` is the store's hybrid logical clock at
    the row's last change (it never goes backwards), ``origin`` the device that made that change
    and ``recorded_on`` the device that first recorded the row. Services never set them.
    """

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    clock: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    origin: Mapped[str] = mapped_column(String(36), default="", server_default="")
    recorded_on: Mapped[str] = mapped_column(String(36), default="", server_default="")
