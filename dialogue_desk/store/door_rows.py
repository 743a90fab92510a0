"""The door's rows read with the standard library alone, before SQLAlchemy is imported.

At start-up the Check-in tab of the last event is drawn and searchable from this read while the
store finishes opening (SQLAlchemy, the models, the integrity check, the backup): a facilitator
with a queue can type at once. It is a read-only connection through ``sqlite_files.connect``
that writes nothing and is closed before the store is opened, so it holds no SQLite lock that
closing it later could drop. Only a store at the current schema is read this way (the caller
checks the preflight); values come back raw, as SQLite holds them (enums as their values,
dates and times as ISO text), and ``services/checkin/door.py`` makes the records.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from dialogue_desk.store.sqlite_files import connect, sqlite_error

#: The columns an event's door needs of the event (in this order).
EVENT_COLUMNS = ("id", "title", "city", "start_date", "end_date")
#: The columns of a check-in the door shows (in this order).
CHECK_IN_COLUMNS = ("participant_id", "day", "checked_in_at", "method", "uuid")
#: The participant columns a caller may ask for (the table's, as in schema 0003).
PARTICIPANT_COLUMNS = frozenset(
    {
        "id", "uuid", "event_id", "first_name", "last_name", "organisation", "role",
        "stakeholder_group", "email", "phone", "country", "preferred_language",
        "consent_listed", "consent_photos", "consent_contact", "notes", "walk_in",
        "search_key",
    }
)  # fmt: skip


class DoorReader:
    """Plain queries for the door over one read-only connection (see ``open_door_reader``)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def event(self, preferred_id: int | None) -> tuple[object, ...] | None:
        """The event ``preferred_id``, else the most recent one (as the switcher orders them)."""
        columns = ", ".join(EVENT_COLUMNS)
        if preferred_id is not None:
            row = self._connection.execute(
                f"SELECT {columns} FROM event WHERE id = ?", (preferred_id,)
            ).fetchone()
            if row is not None:
                return tuple(row)
        row = self._connection.execute(
            f"SELECT {columns} FROM event ORDER BY start_date DESC, id DESC LIMIT 1"
        ).fetchone()
        return tuple(row) if row is not None else None

    def state(self) -> tuple[object, ...] | None:
        """Who this store is and where it stands: (schema revision, device, change clock).

        Every write moves the clock (SQLite triggers), so two equal states are the same store
        with the same content. None while a merge is half applied (then nothing is kept).
        """
        row = self._connection.execute(
            "SELECT (SELECT version_num FROM alembic_version), device_uuid, clock, applying"
            " FROM sync_state WHERE id = 1"
        ).fetchone()
        if row is None or row[3]:
            return None
        return tuple(row[:3])

    def participant_count(self, event_id: int) -> int:
        """How many people the event's list holds."""
        return int(
            self._connection.execute(
                "SELECT count(*) FROM participant WHERE event_id = ?", (event_id,)
            ).fetchone()[0]
        )

    def participants(self, event_id: int, columns: Sequence[str]) -> list[tuple[object, ...]]:
        """Everyone registered for the event: ``columns`` of each, in no particular order."""
        unknown = set(columns) - PARTICIPANT_COLUMNS
        if unknown:
            raise ValueError(f"not participant columns: {sorted(unknown)}")
        names = ", ".join(columns)
        # SQLite reaches an event's people through its name index, one table lookup each; when
        # the event holds most of the store (the usual case) one pass over the table is faster.
        held, everyone = self._connection.execute(
            "SELECT (SELECT count(*) FROM participant WHERE event_id = ?),"
            " (SELECT count(*) FROM participant)",
            (event_id,),
        ).fetchone()
        scan = " NOT INDEXED" if held * 2 > everyone else ""
        query = f"SELECT {names} FROM participant{scan} WHERE event_id = ?"
        return self._connection.execute(query, (event_id,)).fetchall()

    def check_ins(self, event_id: int, day: str) -> list[tuple[object, ...]]:
        """The check-ins of ``day`` (ISO date), as ``CHECK_IN_COLUMNS``."""
        names = ", ".join(CHECK_IN_COLUMNS)
        return self._connection.execute(
            f"SELECT {names} FROM check_in WHERE event_id = ? AND day = ?", (event_id, day)
        ).fetchall()

    def check_ins_by_day(self, event_id: int) -> list[tuple[str, int]]:
        """(ISO day, number of check-ins) for every day anyone was checked in."""
        return self._connection.execute(
            "SELECT day, count(*) FROM check_in WHERE event_id = ? GROUP BY day", (event_id,)
        ).fetchall()


@contextmanager
def open_door_reader(path: Path) -> Iterator[DoorReader]:
    """A ``DoorReader`` over ``path``, read-only and in one snapshot; closed on leaving.

    SQLite failures become the store's ``StoreError`` (damaged, unreadable, ...).
    """
    try:
        connection = connect(path, read_only=True)
    except sqlite3.Error as error:
        raise sqlite_error(path, error) from error
    try:
        # One read transaction: the people and their check-ins are of the same moment.
        connection.execute("BEGIN")
        yield DoorReader(connection)
    except sqlite3.Error as error:
        raise sqlite_error(path, error) from error
    finally:
        connection.close()


__all__ = [
    "CHECK_IN_COLUMNS",
    "EVENT_COLUMNS",
    "PARTICIPANT_COLUMNS",
    "DoorReader",
    "open_door_reader",
]
