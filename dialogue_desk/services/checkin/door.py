"""The door of the last event, read before the store is open: what start-up shows first.

``read_door(path, event_id)`` reads the event, everyone on its list, the check-ins of its
default day and the counters with the standard library (``store/door_rows.py``) and returns
the same records the services return once the store is open, so the Check-in tab can be drawn
and searched at once and simply keeps these rows when the store arrives. Nothing here imports
SQLAlchemy; the caller reads only a store at the current schema, which this process has locked
(so nothing else can change it in between).

When the store is exactly as it was at the last clean close, the people come already in name
order from the door kept then (``keep_door`` writes it, ``store/door_cache.py`` keeps it), and
``DoorPeople`` makes their records only when they are first asked for: a start then costs one
file read instead of a query and a sort of everyone.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import overload

from dialogue_desk import __version__
from dialogue_desk.i18n import normalise, ui_language
from dialogue_desk.services.checkin.attendance import (
    AttendanceCounts,
    CheckInRecord,
    default_day,
    tally,
)
from dialogue_desk.services.checkin.order import in_name_order
from dialogue_desk.services.checkin.participants import ParticipantRecord
from dialogue_desk.services.checkin.roster import COLUMNS, group_of, records_of
from dialogue_desk.services.text import fold
from dialogue_desk.store.door_cache import drop_cache, read_cache, write_cache
from dialogue_desk.store.door_rows import open_door_reader
from dialogue_desk.store.enums import CheckInMethod
from dialogue_desk.store.errors import StoreError

log = logging.getLogger(__name__)

_GROUP = COLUMNS.index("stakeholder_group")
_ID = COLUMNS.index("id")
_KEY = COLUMNS.index("search_key")
_EMAIL = COLUMNS.index("email")
_WALK_IN = COLUMNS.index("walk_in")
#: The check-in methods by their stored value (a lookup, not a call per check-in).
_METHODS = {method.value: method for method in CheckInMethod}


@dataclass(frozen=True)
class DoorEvent:
    """The little of an event the door shows before the store is open (its id, title, days)."""

    id: int
    title: str
    city: str
    start_date: dt.date
    end_date: dt.date

    @property
    def days(self) -> list[dt.date]:
        span = (self.end_date - self.start_date).days
        return [self.start_date + dt.timedelta(days=i) for i in range(span + 1)]


class DoorPeople(Sequence[ParticipantRecord]):
    """Everyone at the door in name order, each record made the first time it is asked for.

    Start-up shows the first screenful of 20,000 people; making all their records first would
    cost more than reading them. The raw rows answer what the list needs of everyone (ids,
    search keys, groups) without records.
    """

    def __init__(
        self,
        rows: Sequence[Sequence[object]],
        records: list[ParticipantRecord] | None = None,
        keys: Sequence[str] | None = None,
    ) -> None:
        self.rows = rows
        self._keys = keys
        self._records: list[ParticipantRecord | None] = (
            list(records) if records is not None else [None] * len(rows)
        )

    def __len__(self) -> int:
        return len(self.rows)

    @overload
    def __getitem__(self, index: int) -> ParticipantRecord: ...

    @overload
    def __getitem__(self, index: slice) -> list[ParticipantRecord]: ...

    def __getitem__(self, index: int | slice) -> ParticipantRecord | list[ParticipantRecord]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self.rows)))]
        record = self._records[index]
        if record is None:
            record = self._records[index] = records_of((self.rows[index],))[0]
        return record

    def __iter__(self) -> Iterator[ParticipantRecord]:
        return (self[i] for i in range(len(self.rows)))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]

    def ids(self) -> list[int]:
        """Everyone's participant id, in order."""
        return [row[_ID] for row in self.rows]  # type: ignore[misc]

    def door_keys(self) -> Sequence[str]:
        """Everyone's ``door_key``, in order (kept with the rows, or made now)."""
        if self._keys is None:
            self._keys = [door_key(row[_KEY], row[_EMAIL]) for row in self.rows]  # type: ignore[arg-type]
        return self._keys


def door_key(search_key: str, email: str) -> str:
    """What the door search looks in: the stored search key, with the e-mail address.

    Keys written elsewhere (the demo, older versions) may lack the e-mail address.
    """
    if email and email.casefold() not in search_key:
        return f"{search_key} {fold(email)}"
    return search_key


@dataclass(frozen=True)
class DoorSnapshot:
    """The door of one event on one day: everyone in name order, who is here, the counters."""

    event: DoorEvent
    day: dt.date
    participants: Sequence[ParticipantRecord]
    present: dict[int, CheckInRecord]
    counts: AttendanceCounts
    #: Whether the people came from the door kept at the last close.
    kept: bool = False


def read_door(
    path: Path, event_id: int | None, today: dt.date | None = None
) -> DoorSnapshot | None:
    """The door of ``event_id`` (or the most recent event) in the store at ``path``.

    The people come from the door kept at the last close (``store/door_cache.py``) when the
    store has not changed since, else from the store, sorted. None when the store holds no
    event. Raises ``StoreError`` when SQLite cannot read it.
    """
    language = ui_language()
    with open_door_reader(path) as reader:
        found = reader.event(event_id)
        if found is None:
            drop_cache(path)  # no event left: nor the names of a deleted one
            return None
        ident, title, city, start, end = found
        event = DoorEvent(
            id=int(ident),  # type: ignore[call-overload]
            title=str(title), city=str(city or ""),
            start_date=_date(start), end_date=_date(end),
        )  # fmt: skip
        day = default_day(event, today)  # type: ignore[arg-type]
        key = _key(reader.state(), event.id, language)
        kept = read_cache(path, key) if key is not None else None
        keys = None
        if _usable(kept) and len(kept[0]) == reader.participant_count(event.id):  # type: ignore[index]
            kept, keys = kept  # type: ignore[misc]
        else:
            kept = None
        people = kept if kept is not None else reader.participants(event.id, COLUMNS)
        check_ins = reader.check_ins(event.id, day.isoformat())
        by_day = reader.check_ins_by_day(event.id)
    records = None
    if kept is None:
        people, records = _in_name_order(people, language)
    present = _check_ins(day, check_ins)
    counts = tally(
        day,
        [(r[_ID], group_of(r[_GROUP]), bool(r[_WALK_IN])) for r in people],
        set(present),
        [(_date(d), int(n)) for d, n in by_day],
    )
    return DoorSnapshot(
        event, day, DoorPeople(people, records, keys), present, counts, kept=kept is not None
    )


def keep_door(path: Path, event_id: int | None, language: str) -> bool:
    """Keep the door of ``event_id`` for the next start (at closing; see ``read_door``).

    Its people in ``language``'s name order, keyed by the store's state now. False when the
    store cannot be read or the file not written (the next start then reads the store). With
    no event, what was kept is removed.
    """
    if event_id is None:
        drop_cache(path)
        return False
    language = normalise(language)
    try:
        with open_door_reader(path) as reader:
            key = _key(reader.state(), event_id, language)
            people = reader.participants(event_id, COLUMNS) if key is not None else []
    except StoreError as error:
        log.info("Could not keep the door of %s: %s", path, error)
        return False
    if key is None:
        drop_cache(path)
        return False
    ordered, _records = _in_name_order(people, language)
    # One object per repeated text (organisations, roles, countries, first names): marshal
    # then writes a reference to it, and the start reads a fifth less.
    shared: dict[object, object] = {}
    kept = tuple(
        tuple(shared.setdefault(v, v) if type(v) is str else v for v in row) for row in ordered
    )
    keys = tuple(door_key(row[_KEY], row[_EMAIL]) for row in kept)  # type: ignore[arg-type]
    return write_cache(path, key, (kept, keys))


def _in_name_order(
    rows: Sequence[Sequence[object]], language: str
) -> tuple[list[Sequence[object]], list[ParticipantRecord]]:
    """Raw rows and their records, both in ``language``'s name order (``in_name_order``)."""
    records = in_name_order(records_of(rows), language)
    by_id = {row[_ID]: row for row in rows}
    return [by_id[r.id] for r in records], records


def _usable(kept: object) -> bool:
    """Whether ``kept`` has the shape ``keep_door`` writes: (rows, keys) of one length."""
    return (
        isinstance(kept, tuple) and len(kept) == 2
        and isinstance(kept[0], tuple) and isinstance(kept[1], tuple)
        and len(kept[0]) == len(kept[1])
    )  # fmt: skip


def _check_ins(day: dt.date, rows: Iterable[Sequence[object]]) -> dict[int, CheckInRecord]:
    """The day's check-ins by participant, made as ``records_of`` makes records (thousands of
    them by midday)."""
    new, put, methods, iso = object.__new__, object.__setattr__, _METHODS, day.isoformat()
    present = {}
    for pid, when, at, method, uuid in rows:
        record = new(CheckInRecord)
        put(record, "__dict__", {
            "participant_id": int(pid),  # type: ignore[call-overload]
            "day": day if when == iso else _date(when),
            "checked_in_at": _datetime(at),
            "method": methods[method] if method in methods else CheckInMethod(method),
            "uuid": str(uuid or ""),
        })  # fmt: skip
        present[record.participant_id] = record
    return present


def _key(
    state: tuple[object, ...] | None, event_id: int, language: str
) -> tuple[object, ...] | None:
    """What a kept door must match: this app, the store's state, the event, the order."""
    if state is None:
        return None
    return (__version__, *state, event_id, normalise(language), COLUMNS)


def _date(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _datetime(value: object) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))
