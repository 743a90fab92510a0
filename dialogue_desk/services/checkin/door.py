"""The door of the last event, read before the store is open: what start-up shows first.

``read_door(path, event_id)`` reads the event, everyone on its list, the check-ins of its
default day and the counters with the standard library (``store/door_rows.py``) and returns
the same records the services return once the store is open, so the Check-in tab can be drawn
and searched at once and simply keeps these rows when the store arrives. Nothing here imports
SQLAlchemy; the caller reads only a store at the current schema, which this process has locked
(so nothing else can change it in between).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from dialogue_desk.services.checkin.attendance import (
    AttendanceCounts,
    CheckInRecord,
    default_day,
    tally,
)
from dialogue_desk.services.checkin.order import in_name_order
from dialogue_desk.services.checkin.participants import DATA_FIELDS, ParticipantRecord
from dialogue_desk.store.door_rows import open_door_reader
from dialogue_desk.store.enums import CheckInMethod, StakeholderGroup

_COLUMNS = (*DATA_FIELDS, "id", "uuid", "event_id", "search_key")
_BOOLEANS = frozenset(
    {"consent_listed", "consent_photos", "consent_contact", "walk_in"}
) & frozenset(_COLUMNS)
_GROUP = _COLUMNS.index("stakeholder_group")
#: The groups by their stored value: a lookup where ``StakeholderGroup(value)`` costs a call.
_GROUPS = {group.value: group for group in StakeholderGroup}


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


@dataclass(frozen=True)
class DoorSnapshot:
    """The door of one event on one day: everyone in name order, who is here, the counters."""

    event: DoorEvent
    day: dt.date
    participants: list[ParticipantRecord]
    present: dict[int, CheckInRecord]
    counts: AttendanceCounts


def read_door(
    path: Path, event_id: int | None, today: dt.date | None = None
) -> DoorSnapshot | None:
    """The door of ``event_id`` (or the most recent event) in the store at ``path``.

    None when the store holds no event. Raises ``StoreError`` when SQLite cannot read it.
    """
    with open_door_reader(path) as reader:
        found = reader.event(event_id)
        if found is None:
            return None
        ident, title, city, start, end = found
        event = DoorEvent(
            id=int(ident),  # type: ignore[call-overload]
            title=str(title), city=str(city or ""),
            start_date=_date(start), end_date=_date(end),
        )  # fmt: skip
        day = default_day(event, today)  # type: ignore[arg-type]
        people = reader.participants(event.id, _COLUMNS)
        check_ins = reader.check_ins(event.id, day.isoformat())
        by_day = reader.check_ins_by_day(event.id)
    records = [_participant(row) for row in people]
    present = {
        int(pid): CheckInRecord(  # type: ignore[call-overload]
            participant_id=int(pid),  # type: ignore[call-overload]
            day=_date(when),
            checked_in_at=_datetime(at),
            method=CheckInMethod(method),
            uuid=str(uuid or ""),
        )  # fmt: skip
        for pid, when, at, method, uuid in check_ins
    }
    counts = tally(
        day,
        [(r.id, r.stakeholder_group, r.walk_in) for r in records],
        set(present),
        [(_date(d), int(n)) for d, n in by_day],
    )
    return DoorSnapshot(event, day, in_name_order(records), present, counts)


def _participant(row: tuple[object, ...]) -> ParticipantRecord:
    values = dict(zip(_COLUMNS, row, strict=True))
    for name in _BOOLEANS:
        values[name] = bool(values[name])
    values["stakeholder_group"] = _GROUPS.get(row[_GROUP]) or StakeholderGroup(row[_GROUP])
    return ParticipantRecord(**values)  # type: ignore[arg-type]


def _date(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _datetime(value: object) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))
