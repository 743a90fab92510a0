"""The agenda of an event: plan its items, keep the day's times consistent, flag problems.

Items are ordered by ``position`` within their day. Changing an item's end (its duration or its
start) may shift the following items of that day by the same amount, up to the next pinned item,
which keeps its time; the interface asks first (``plan.items_to_shift`` says which would move).
These are the expected times: the published plan (the baseline) is kept apart, see ``plan.py``.
Copying another event's agenda is in ``copying.py``. Problems (end before start, overlaps, days
outside the event) are reported by ``problems.agenda_problems``, never silently corrected.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from dialogue_desk.i18n import translate
from dialogue_desk.services.errors import NotFoundError, ValidationError
from dialogue_desk.services.events import event_row, without_controls
from dialogue_desk.store import Store
from dialogue_desk.store.enums import AgendaKind
from dialogue_desk.store.models import AgendaItem

MAX_TITLE = 500


@dataclass(frozen=True)
class AgendaItemData:
    """What a facilitator fills in for one item of the programme."""

    day: dt.date
    start_time: dt.time
    end_time: dt.time
    title: str
    kind: AgendaKind = AgendaKind.PLENARY
    facilitators: str = ""
    room: str = ""
    description: str = ""
    pinned: bool = False

    @property
    def minutes(self) -> int:
        return minutes_between(self.start_time, self.end_time)

    def cleaned(self) -> AgendaItemData:
        return dataclasses.replace(
            self,
            title=" ".join(without_controls(self.title).split()),
            facilitators=" ".join(without_controls(self.facilitators).split()),
            room=" ".join(without_controls(self.room).split()),
            description=without_controls(self.description).strip(),
            start_time=self.start_time.replace(second=0, microsecond=0),
            end_time=self.end_time.replace(second=0, microsecond=0),
        )


@dataclass(frozen=True)
class AgendaItemRecord(AgendaItemData):
    id: int = 0
    uuid: str = ""
    event_id: int = 0
    position: int = 0
    actual_start: dt.datetime | None = None
    actual_end: dt.datetime | None = None
    #: The published plan (see ``plan.py``); None until published, or for an item added after.
    baseline_day: dt.date | None = None
    baseline_start: dt.time | None = None
    baseline_end: dt.time | None = None

    @property
    def published(self) -> bool:
        """Is the item in the published plan?"""
        return self.baseline_day is not None and self.baseline_start is not None

    @property
    def baseline_start_at(self) -> dt.datetime | None:
        """When the published plan had the item start (None: not in it)."""
        if self.baseline_day is None or self.baseline_start is None:
            return None
        return dt.datetime.combine(self.baseline_day, self.baseline_start)

    @property
    def baseline_end_at(self) -> dt.datetime | None:
        if self.baseline_day is None or self.baseline_end is None:
            return None
        return dt.datetime.combine(self.baseline_day, self.baseline_end)

    @property
    def planned_start(self) -> dt.datetime:
        return dt.datetime.combine(self.day, self.start_time)

    @property
    def planned_end(self) -> dt.datetime:
        return dt.datetime.combine(self.day, self.end_time)

    @property
    def running(self) -> bool:
        return self.actual_start is not None and self.actual_end is None

    @property
    def done(self) -> bool:
        return self.actual_end is not None

    def data(self) -> AgendaItemData:
        return AgendaItemData(**{f.name: getattr(self, f.name) for f in DATA_FIELDS})


DATA_FIELDS = dataclasses.fields(AgendaItemData)


def minutes_between(start: dt.time, end: dt.time) -> int:
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


def add_minutes(value: dt.time, minutes: int) -> dt.time:
    """``value`` moved by ``minutes``; raises ValidationError past midnight either way."""
    total = value.hour * 60 + value.minute + minutes
    if not 0 <= total <= 23 * 60 + 59:
        raise ValidationError(
            {"end_time": translate("Agenda", "The item would run past midnight.")}
        )
    return dt.time(total // 60, total % 60)


def record_of(row: AgendaItem) -> AgendaItemRecord:
    return AgendaItemRecord(
        **{f.name: getattr(row, f.name) for f in DATA_FIELDS},
        id=row.id, uuid=row.uuid, event_id=row.event_id, position=row.position,
        actual_start=row.actual_start, actual_end=row.actual_end,
        baseline_day=row.baseline_day, baseline_start=row.baseline_start,
        baseline_end=row.baseline_end,
    )  # fmt: skip


def validate(data: AgendaItemData) -> AgendaItemData:
    """The cleaned data, or ValidationError naming every problem."""
    data = data.cleaned()
    problems: dict[str, str] = {}
    if not data.title:
        problems["title"] = translate("Agenda", "The item needs a title.")
    elif len(data.title) > MAX_TITLE:
        problems["title"] = translate("Agenda", "The title is too long.")
    if data.end_time <= data.start_time:
        problems["end_time"] = translate("Agenda", "The item must end after it starts.")
    if problems:
        raise ValidationError(problems)
    return data


# --- queries ------------------------------------------------------------------------------


def item_row(session: Session, item_id: int) -> AgendaItem:
    row = session.get(AgendaItem, item_id)
    if row is None:
        raise NotFoundError(translate("Agenda", "This agenda item no longer exists."))
    return row


def day_rows(session: Session, event_id: int, day: dt.date) -> list[AgendaItem]:
    query = (
        select(AgendaItem)
        .where(AgendaItem.event_id == event_id, AgendaItem.day == day)
        .order_by(AgendaItem.position, AgendaItem.start_time, AgendaItem.id)
    )
    return list(session.scalars(query))


def renumber(rows: Sequence[AgendaItem]) -> None:
    for position, row in enumerate(rows):
        if row.position != position:
            row.position = position


def list_items(store: Store, event_id: int, day: dt.date | None = None) -> list[AgendaItemRecord]:
    """The event's items (of one day, or all) in running order."""
    with store.session() as session:
        query = select(AgendaItem).where(AgendaItem.event_id == event_id)
        if day is not None:
            query = query.where(AgendaItem.day == day)
        query = query.order_by(AgendaItem.day, AgendaItem.position, AgendaItem.start_time)
        return [record_of(row) for row in session.scalars(query)]


def get_item(store: Store, item_id: int) -> AgendaItemRecord:
    with store.session() as session:
        return record_of(item_row(session, item_id))


def agenda_days(store: Store, event_id: int) -> list[dt.date]:
    """The event's days plus any other day its items are on (those are flagged)."""
    with store.session() as session:
        event = event_row(session, event_id)
        days = {event.start_date + dt.timedelta(days=i)
                for i in range((event.end_date - event.start_date).days + 1)}  # fmt: skip
        days.update(session.scalars(select(AgendaItem.day).where(AgendaItem.event_id == event_id)))
        return sorted(days)


def running_item(store: Store, event_id: int) -> AgendaItemRecord | None:
    """The item started and not yet ended (the most recently started if several)."""
    with store.session() as session:
        row = session.scalars(
            select(AgendaItem)
            .where(AgendaItem.event_id == event_id, AgendaItem.actual_start.is_not(None),
                   AgendaItem.actual_end.is_(None))
            .order_by(AgendaItem.actual_start.desc())
            .limit(1)
        ).first()  # fmt: skip
        return record_of(row) if row is not None else None


# --- planning -----------------------------------------------------------------------------


def _shift_following(rows: Sequence[AgendaItem], after: int, minutes: int) -> None:
    """Move the items after index ``after`` by ``minutes`` up to the next pinned item."""
    if minutes == 0:
        return
    for row in rows[after + 1 :]:
        if row.pinned:
            break
        row.start_time = add_minutes(row.start_time, minutes)
        row.end_time = add_minutes(row.end_time, minutes)


def insert_index(rows: Sequence[AgendaItem], start: dt.time, *, before_same: bool = False) -> int:
    """Where an item starting at ``start`` goes: after every item starting no later (or, with
    ``before_same``, before the items starting at the same time)."""
    index = 0
    for i, row in enumerate(rows):
        if row.start_time < start or (row.start_time == start and not before_same):
            index = i + 1
    return index


def add_item(
    store: Store,
    event_id: int,
    data: AgendaItemData,
    *,
    position: int | None = None,
    push_following: bool = False,
) -> AgendaItemRecord:
    """Add an item in order of its start time (or at ``position``) in its day.

    With ``push_following``, an item that runs into the next one pushes the following items
    back (up to the next pinned item) instead of overlapping them.
    """
    data = validate(data)
    with store.session() as session:
        event_row(session, event_id)
        row = insert_into_day(session, event_id, data, position, push_following=push_following)
        session.flush()
        return record_of(row)


def insert_into_day(
    session: Session,
    event_id: int,
    data: AgendaItemData,
    position: int | None = None,
    *,
    push_following: bool = False,
) -> AgendaItem:
    """Add validated ``data`` to its day: the one rule, for add_item and the agenda import."""
    rows = day_rows(session, event_id, data.day)
    start = insert_index(rows, data.start_time, before_same=push_following)
    index = max(0, min(start if position is None else position, len(rows)))
    row = AgendaItem(event_id=event_id, **dataclasses.asdict(data))
    session.add(row)
    rows.insert(index, row)
    renumber(rows)
    if push_following and index + 1 < len(rows):
        overlap = minutes_between(rows[index + 1].start_time, data.end_time)
        if overlap > 0 and not rows[index + 1].pinned:
            _shift_following(rows, index, overlap)
    return row


def update_item(
    store: Store, item_id: int, data: AgendaItemData, *, shift_following: bool = True
) -> AgendaItemRecord:
    """Change an item; a later or earlier end moves the following items of the day with it."""
    data = validate(data)
    with store.session() as session:
        row = item_row(session, item_id)
        old_day, old_end = row.day, row.end_time
        for name, value in dataclasses.asdict(data).items():
            setattr(row, name, value)
        if data.day != old_day:
            old_rows = [r for r in day_rows(session, row.event_id, old_day) if r is not row]
            renumber(old_rows)
            new_rows = [r for r in day_rows(session, row.event_id, data.day) if r is not row]
            new_rows.insert(insert_index(new_rows, data.start_time), row)
            renumber(new_rows)
        elif shift_following:
            rows = day_rows(session, row.event_id, row.day)
            _shift_following(rows, rows.index(row), minutes_between(old_end, data.end_time))
        session.flush()
        return record_of(row)


def duplicate_item(store: Store, item_id: int) -> AgendaItemRecord:
    """A copy right after the item, as long as it, pushing the following items back."""
    with store.session() as session:
        original = item_row(session, item_id)
        rows = day_rows(session, original.event_id, original.day)
        index = rows.index(original)
        minutes = minutes_between(original.start_time, original.end_time)
        _shift_following(rows, index, minutes)
        copy = AgendaItem(
            event_id=original.event_id, day=original.day, start_time=original.end_time,
            end_time=add_minutes(original.end_time, minutes), title=original.title,
            kind=original.kind, facilitators=original.facilitators, room=original.room,
            description=original.description, pinned=False,
        )  # fmt: skip
        session.add(copy)
        rows.insert(index + 1, copy)
        renumber(rows)
        session.flush()
        return record_of(copy)


def delete_items(store: Store, item_ids: Iterable[int]) -> int:
    """Delete items (their notes stay, under "General"); returns how many were deleted."""
    ids = set(item_ids)
    with store.session() as session:
        rows = [session.get(AgendaItem, i) for i in ids]
        found = [r for r in rows if r is not None]
        days = {(r.event_id, r.day) for r in found}
        for row in found:
            session.delete(row)
        session.flush()
        for event_id, day in days:
            renumber(day_rows(session, event_id, day))
        return len(found)


def move_item(store: Store, item_id: int, new_index: int) -> AgendaItemRecord:
    """Put an item at ``new_index`` of its day; the moved stretch is re-timed in its new order.

    Unpinned items of the stretch follow one another from the stretch's first start, keeping
    their durations; pinned items keep their times.
    """
    with store.session() as session:
        row = item_row(session, item_id)
        rows = day_rows(session, row.event_id, row.day)
        old_index = rows.index(row)
        new_index = max(0, min(new_index, len(rows) - 1))
        if new_index == old_index:
            return record_of(row)
        low, high = min(old_index, new_index), max(old_index, new_index)
        begin = rows[low].start_time
        rows.insert(new_index, rows.pop(old_index))
        renumber(rows)
        cursor = begin
        for item in rows[low : high + 1]:
            if item.pinned:
                cursor = max(cursor, item.end_time)
                continue
            minutes = minutes_between(item.start_time, item.end_time)
            item.start_time = cursor
            item.end_time = add_minutes(cursor, minutes)
            cursor = item.end_time
        session.flush()
        return record_of(row)
