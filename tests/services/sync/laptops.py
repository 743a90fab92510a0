"""Test helpers: several laptops (stores) of one event, and what their content is."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import text

from dialogue_desk.exchange.event_sync import join_package, share_event, sync_event
from dialogue_desk.services import events
from dialogue_desk.store import Store, open_store

DAY1 = dt.date(2026, 4, 15)
DAY2 = dt.date(2026, 4, 16)

#: Per table, the columns that make up "the same content" on two laptops (ids differ).
_IGNORED = {"id", "clock", "origin"}


def new_event(store: Store, title: str = "Tallinn dialogue") -> int:
    data = events.EventData(title=title, start_date=DAY1, end_date=DAY2, city="Tallinn")
    return events.create_event(store, data).id


class Laptop:
    """One store and its copy of the shared event."""

    def __init__(self, root: Path, name: str) -> None:
        self.name = name
        self.store = open_store(root / f"{name}.sqlite")
        self.event_id = 0

    def share(self, folder: Path) -> Path:
        return share_event(self.store, self.event_id, folder)

    def join(self, package: Path) -> None:
        self.event_id = join_package(self.store, package).event_id

    def sync(self, folder: Path):  # type: ignore[no-untyped-def]
        return sync_event(self.store, self.event_id, folder)

    def close(self) -> None:
        self.store.close()


def content(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every domain row by UUID with its foreign keys as UUIDs: comparable across stores."""
    from dialogue_desk.services.sync.tables import ORDER, SPECS

    found: dict[str, list[tuple[Any, ...]]] = {}
    with store.session() as session:
        for table in ORDER:
            spec = SPECS[table]
            parts = []
            for column in spec.columns:
                if column in spec.parents:
                    parent = spec.parents[column][0]
                    parts.append(f"(SELECT uuid FROM {parent} WHERE id = t.{column})")
                else:
                    parts.append(f"t.{column}")
            sql = f"SELECT t.uuid, {', '.join(parts)} FROM {table} t ORDER BY t.uuid"
            found[table] = [tuple(r) for r in session.execute(text(sql)).all()]
    return found


def uuids(store: Store, table: str) -> set[str]:
    with store.session() as session:
        return set(session.execute(text(f"SELECT uuid FROM {table}")).scalars())


RATINGS = ("relevance", "chance_to_speak", "balance", "facilitation", "organisation",
           "learning", "networking")  # fmt: skip


def kiosk_answers(n: int) -> dict[str, object]:
    """A complete answer to the dialogue template, different for each ``n``."""
    answers: dict[str, object] = {name: 1 + (n + i) % 5 for i, name in enumerate(RATINGS)}
    answers["again"] = n % 2 == 0
    answers["worked"] = f"Answer {n}: the small groups"
    return answers
