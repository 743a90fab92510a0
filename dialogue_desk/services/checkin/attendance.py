"""Check-in at the door: who is here on which day of the event, and how many.

Attendance is per day: a person checked in on day one is not yet here on day two. Checking in
twice on one day changes nothing and says so. Times are the venue's wall-clock time.

SQLAlchemy and the models load on the first call, not on import (see ``participants.py``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dialogue_desk.i18n import translate
from dialogue_desk.services.checkin.participants import (
    ParticipantData,
    ParticipantRecord,
    apply_data,
    to_record,
    validate,
)
from dialogue_desk.services.errors import NotFoundError, ValidationError
from dialogue_desk.store.enums import CheckInMethod, StakeholderGroup

if TYPE_CHECKING:
    from dialogue_desk.services.events import EventRecord
    from dialogue_desk.store import Store
    from dialogue_desk.store.models import CheckIn


@dataclass(frozen=True)
class CheckInRecord:
    participant_id: int
    day: dt.date
    checked_in_at: dt.datetime
    method: CheckInMethod
    uuid: str = ""


@dataclass(frozen=True)
class CheckInResult:
    record: CheckInRecord
    #: True when the person was already checked in that day: nothing was changed.
    already: bool = False


@dataclass(frozen=True)
class GroupCount:
    present: int = 0
    registered: int = 0


@dataclass(frozen=True)
class AttendanceCounts:
    """The counters of one day, with the report's meaning of "registered".

    *Registered* people signed up before the event (walk-ins are not registered), as in the
    PDF and the workbook: "registered 44 / 94 + 4 walk-ins" is ``registered_present`` /
    ``registered`` + ``walk_ins_present``. ``present`` is everyone here; the stakeholder groups
    count everyone on the list (registered and walk-ins).
    """

    day: dt.date
    present: int
    registered: int
    walk_ins_present: int
    by_group: dict[StakeholderGroup, GroupCount] = field(default_factory=dict)
    by_day: dict[dt.date, int] = field(default_factory=dict)
    registered_present: int = 0
    walk_ins: int = 0

    @property
    def on_list(self) -> int:
        """Everyone on the list: registered people and walk-ins."""
        return self.registered + self.walk_ins


def now() -> dt.datetime:
    """The local wall-clock time to the second, as check-ins record it."""
    return dt.datetime.now().replace(microsecond=0)


def default_day(event: EventRecord, today: dt.date | None = None) -> dt.date:
    """Today when it is a day of the event; otherwise its first day (or last, once it is over)."""
    today = today or dt.date.today()
    if event.start_date <= today <= event.end_date:
        return today
    return event.end_date if today > event.end_date else event.start_date


def _check_day(session, event_id: int, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    from dialogue_desk.services.events import event_row

    event = event_row(session, event_id)
    if not event.start_date <= day <= event.end_date:
        raise ValidationError(
            {
                "day": translate("CheckIn", "{day} is not a day of this event.").format(
                    day=day.isoformat()
                )
            }
        )


def _check_in_record(row: CheckIn) -> CheckInRecord:
    return CheckInRecord(
        participant_id=row.participant_id,
        day=row.day,
        checked_in_at=row.checked_in_at,
        method=row.method,
        uuid=row.uuid,
    )


def check_in(
    store: Store, participant_id: int, day: dt.date, *, at: dt.datetime | None = None,
    method: CheckInMethod = CheckInMethod.DOOR, uuid: str | None = None,
) -> CheckInResult:  # fmt: skip
    """Mark the participant present on ``day`` (a no-op when already checked in that day)."""
    from sqlalchemy import select

    from dialogue_desk.store.models import CheckIn, Event, Participant

    with store.session() as session:
        # One query for the person, their event's dates and any check-in that day: this runs
        # once per arrival with a queue waiting.
        found = session.execute(
            select(Participant.event_id, Event.start_date, Event.end_date, CheckIn)
            .join(Event, Event.id == Participant.event_id)
            .outerjoin(CheckIn, (CheckIn.participant_id == Participant.id) & (CheckIn.day == day))
            .where(Participant.id == participant_id)
        ).first()
        if found is None:
            raise NotFoundError(
                translate("CheckIn", "This participant no longer exists (id {id}).").format(
                    id=participant_id
                )
            )
        event_id, start, end, existing = found
        if not start <= day <= end:
            raise ValidationError(
                {
                    "day": translate("CheckIn", "{day} is not a day of this event.").format(
                        day=day.isoformat()
                    )
                }
            )
        if existing is not None:
            return CheckInResult(_check_in_record(existing), already=True)
        row = CheckIn(event_id=event_id, participant_id=participant_id, day=day,
                      checked_in_at=at or now(), method=method)  # fmt: skip
        if uuid:
            row.uuid = uuid
        session.add(row)
        session.flush()
        return CheckInResult(_check_in_record(row))


def undo_check_in(store: Store, participant_id: int, day: dt.date) -> CheckInRecord | None:
    """Take a check-in back; returns what was removed (None if there was none)."""
    from sqlalchemy import select

    from dialogue_desk.store.models import CheckIn

    with store.session() as session:
        row = session.scalar(
            select(CheckIn).where(CheckIn.participant_id == participant_id, CheckIn.day == day)
        )
        if row is None:
            return None
        record = _check_in_record(row)
        session.delete(row)
        return record


def check_in_many(
    store: Store, participant_ids: Sequence[int], day: dt.date, at: dt.datetime,
    method: CheckInMethod = CheckInMethod.PAPER,
) -> list[CheckInRecord]:  # fmt: skip
    """Enter marks from the paper sign-in sheet in one go; returns the check-ins made."""
    from sqlalchemy import select

    from dialogue_desk.store.models import CheckIn, Participant

    made: list[CheckInRecord] = []
    with store.session() as session:
        checked: set[int] = set()
        for pid in participant_ids:
            person = session.get(Participant, pid)
            if person is None or pid in checked:
                continue
            _check_day(session, person.event_id, day)
            checked.add(pid)
            exists = session.scalar(
                select(CheckIn.id).where(CheckIn.participant_id == pid, CheckIn.day == day)
            )
            if exists is None:
                row = CheckIn(event_id=person.event_id, participant_id=pid, day=day,
                              checked_in_at=at, method=method)  # fmt: skip
                session.add(row)
                session.flush()
                made.append(_check_in_record(row))
    return made


def remove_check_ins(store: Store, records: Sequence[CheckInRecord]) -> None:
    """Take back several check-ins (undo of ``check_in_many``)."""
    from sqlalchemy import select

    from dialogue_desk.store.models import CheckIn

    with store.session() as session:
        for record in records:
            row = session.scalar(
                select(CheckIn).where(
                    CheckIn.participant_id == record.participant_id, CheckIn.day == record.day
                )
            )
            if row is not None:
                session.delete(row)


def restore_check_ins(store: Store, records: Sequence[CheckInRecord]) -> None:
    """Put check-ins back as they were (redo of ``check_in_many``)."""
    for record in records:
        check_in(store, record.participant_id, record.day, at=record.checked_in_at,
                 method=record.method, uuid=record.uuid)  # fmt: skip


def attendance(store: Store, event_id: int, day: dt.date) -> dict[int, CheckInRecord]:
    """Participant id -> check-in on ``day``."""
    from sqlalchemy import select

    from dialogue_desk.store.models import CheckIn

    with store.session() as session:
        rows = session.scalars(select(CheckIn).where(CheckIn.event_id == event_id,
                                                     CheckIn.day == day))  # fmt: skip
        return {row.participant_id: _check_in_record(row) for row in rows}


def counts(store: Store, event_id: int, day: dt.date) -> AttendanceCounts:
    """The counters of ``day`` from the store (the door then keeps them with ``counts_after``)."""
    from sqlalchemy import func, select

    from dialogue_desk.store.models import CheckIn, Participant

    with store.session() as session:
        people = session.execute(
            select(Participant.id, Participant.stakeholder_group, Participant.walk_in).where(
                Participant.event_id == event_id
            )
        ).all()
        present_ids = set(
            session.scalars(
                select(CheckIn.participant_id).where(
                    CheckIn.event_id == event_id, CheckIn.day == day
                )  # fmt: skip
            )
        )
        by_day_rows = session.execute(
            select(CheckIn.day, func.count())
            .where(CheckIn.event_id == event_id)
            .group_by(CheckIn.day)
        ).all()
    return tally(day, people, present_ids, by_day_rows)


def tally(
    day: dt.date,
    people: Sequence[tuple[int, StakeholderGroup, bool]],
    present_ids: set[int],
    by_day: Sequence[tuple[dt.date, int]],
) -> AttendanceCounts:
    """The counters of ``day`` from (id, group, walk-in) of everyone, who is here, and the
    number of check-ins per day (shared by ``counts`` and the door's plain read)."""
    on_list: Counter[StakeholderGroup] = Counter()
    present: Counter[StakeholderGroup] = Counter()
    walk_ins = walk_ins_present = 0
    for pid, group, walk_in in people:
        on_list[group] += 1
        walk_ins += bool(walk_in)
        if pid in present_ids:
            present[group] += 1
            walk_ins_present += bool(walk_in)
    return AttendanceCounts(
        day=day,
        present=len(present_ids),
        registered=len(people) - walk_ins,
        walk_ins_present=walk_ins_present,
        by_group={g: GroupCount(present[g], on_list[g]) for g in StakeholderGroup if on_list[g]},
        by_day={d: n for d, n in sorted(by_day)},
        registered_present=len(present_ids) - walk_ins_present,
        walk_ins=walk_ins,
    )


def counts_after(
    counts: AttendanceCounts,
    person: ParticipantData,
    check_in: CheckInRecord,
    delta: int,
    *,
    added: bool = False,
) -> AttendanceCounts:
    """``counts`` after ``person`` was checked in (``delta`` 1) or taken back (-1) on its day.

    Keeps the counters true after one arrival without reading every participant again;
    ``added`` when the person is new on the list too (a walk-in, or undoing one).
    """
    here = check_in.day == counts.day
    walk_in = bool(person.walk_in)
    group = person.stakeholder_group
    by_group = dict(counts.by_group)
    old = by_group.get(group, GroupCount())
    by_group[group] = GroupCount(
        old.present + (delta if here else 0), old.registered + (delta if added else 0)
    )
    if by_group[group].registered <= 0 and by_group[group].present <= 0:
        del by_group[group]
    by_day = dict(counts.by_day)
    by_day[check_in.day] = by_day.get(check_in.day, 0) + delta
    if by_day[check_in.day] <= 0:
        del by_day[check_in.day]
    return dataclasses.replace(
        counts,
        present=counts.present + (delta if here else 0),
        registered=counts.registered + (delta if added and not walk_in else 0),
        walk_ins=counts.walk_ins + (delta if added and walk_in else 0),
        walk_ins_present=counts.walk_ins_present + (delta if here and walk_in else 0),
        registered_present=counts.registered_present + (delta if here and not walk_in else 0),
        by_group=by_group,
        by_day=dict(sorted(by_day.items())),
    )


def add_walk_in(
    store: Store, event_id: int, data: ParticipantData, day: dt.date,
    at: dt.datetime | None = None,
) -> tuple[ParticipantRecord, CheckInRecord]:  # fmt: skip
    """Register someone who came without signing up and check them in, in one transaction."""
    from dialogue_desk.store.models import CheckIn, Participant

    data = validate(dataclasses.replace(data, walk_in=True))
    with store.session() as session:
        _check_day(session, event_id, day)
        row = Participant(event_id=event_id)
        apply_data(row, data)
        session.add(row)
        session.flush()
        check = CheckIn(event_id=event_id, participant_id=row.id, day=day,
                        checked_in_at=at or now(), method=CheckInMethod.WALK_IN)  # fmt: skip
        session.add(check)
        session.flush()
        return to_record(row), _check_in_record(check)
