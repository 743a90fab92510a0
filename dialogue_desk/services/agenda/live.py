"""Running the agenda live: start the next item, stop, correct actual times, how late we are.

Every function takes ``now`` (the venue's local wall-clock time) so tests and rehearsals can
set the clock. Lateness compares times of day, so a rehearsal on another date still makes sense.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from dialogue_desk.i18n import translate
from dialogue_desk.services.agenda.items import AgendaItemRecord, item_row, list_items, record_of
from dialogue_desk.services.agenda.plan import start_of_event
from dialogue_desk.services.errors import ServiceError, ValidationError
from dialogue_desk.store import Store
from dialogue_desk.store.models import AgendaItem


@dataclass(frozen=True)
class LiveChange:
    """What a start/stop did: the item ended (if any) and the item started (if any)."""

    ended: AgendaItemRecord | None
    started: AgendaItemRecord | None
    #: The plan was published by this start (the first F5 of the event).
    published: bool = False


def _minute(value: dt.datetime) -> dt.datetime:
    return value.replace(microsecond=0)


def next_item(items: Sequence[AgendaItemRecord], today: dt.date) -> AgendaItemRecord | None:
    """The item F5 would start: the first not yet started after the running or last started
    one; with nothing started, the first of ``today`` (or of the first day not yet held)."""
    ordered = sorted(items, key=lambda i: (i.day, i.position))
    started = [i for i in ordered if i.actual_start is not None]
    if started:
        last = max(started, key=lambda i: i.actual_start or dt.datetime.min)
        after = ordered[ordered.index(last) + 1 :]
        return next(
            (i for i in after if i.actual_start is None and i.day == last.day), None
        ) or next((i for i in after if i.actual_start is None and i.day >= today), None)
    todays = [i for i in ordered if i.day == today]
    pool = todays or [i for i in ordered if i.day >= today] or ordered
    return next((i for i in pool if i.actual_start is None), None)


def _event_items(store: Store, event_id: int) -> list[AgendaItemRecord]:
    return list_items(store, event_id)


def start_next(store: Store, event_id: int, now: dt.datetime) -> LiveChange:
    """End the running item and start the next one at ``now``.

    With nothing left to start, the running item is ended; with nothing running either,
    ServiceError says so.
    """
    now = _minute(now)
    items = _event_items(store, event_id)
    running = next((i for i in items if i.running), None)
    upcoming = next_item(items, now.date())
    if running is None and upcoming is None:
        raise ServiceError(
            translate(
                "AgendaLive", "Every item of the agenda has been held; nothing is left to start."
            )
        )
    with store.session() as session:
        ended = started = None
        published = start_of_event(session, event_id) if upcoming is not None else False
        if running is not None:
            row = item_row(session, running.id)
            row.actual_end = max(now, row.actual_start or now)
            ended = record_of(row)
        if upcoming is not None:
            row = item_row(session, upcoming.id)
            row.actual_start = now
            row.actual_end = None
            started = record_of(row)
        session.flush()
        return LiveChange(ended=ended, started=started, published=published)


def stop_running(store: Store, event_id: int, now: dt.datetime) -> LiveChange:
    """End the running item at ``now``."""
    now = _minute(now)
    with store.session() as session:
        rows = session.scalars(
            select(AgendaItem).where(AgendaItem.event_id == event_id,
                                     AgendaItem.actual_start.is_not(None),
                                     AgendaItem.actual_end.is_(None))
        ).all()  # fmt: skip
        if not rows:
            raise ServiceError(translate("AgendaLive", "No item is running."))
        for row in rows:
            row.actual_end = max(now, row.actual_start or now)
        session.flush()
        return LiveChange(ended=record_of(rows[-1]), started=None)


def correct_actual_times(
    store: Store, item_id: int, actual_start: dt.datetime | None, actual_end: dt.datetime | None
) -> AgendaItemRecord:
    """Set an item's actual start and end as they really were (None clears them)."""
    problems: dict[str, str] = {}
    if actual_end is not None and actual_start is None:
        problems["actual_start"] = translate("AgendaLive", "An item that ended must have started.")
    if actual_start is not None and actual_end is not None and actual_end < actual_start:
        problems["actual_end"] = translate(
            "AgendaLive", "The actual end cannot be before the actual start."
        )
    if problems:
        raise ValidationError(problems)
    with store.session() as session:
        row = item_row(session, item_id)
        row.actual_start = _minute(actual_start) if actual_start else None
        row.actual_end = _minute(actual_end) if actual_end else None
        session.flush()
        return record_of(row)


# --- where the day stands -----------------------------------------------------------------


@dataclass(frozen=True)
class LiveStatus:
    running: AgendaItemRecord | None
    upcoming: AgendaItemRecord | None
    #: Seconds since the running item started, and left of its planned length (negative: over).
    elapsed: int
    remaining: int
    #: Minutes the day is behind (positive) or ahead (negative) of the plan; None: not started.
    delay: int | None
    #: item id -> projected start, for the items of the running day not yet started.
    projected: dict[int, dt.datetime]
    projected_day_end: dt.datetime | None
    #: The calendar date the running day is being held on (planned times are on this date).
    run_date: dt.date | None = None
    #: Fixed items the day runs into: item id -> minutes the items before it must be cut to
    #: keep its time. A fixed item is expected at its time; it does not move with the day.
    squeezed: dict[int, int] = dataclasses.field(default_factory=dict)

    def late(self, item: AgendaItemRecord) -> bool:
        """Is ``item`` expected to start later than planned?"""
        expected = self.projected.get(item.id)
        if expected is None or self.run_date is None:
            return False
        return expected > dt.datetime.combine(self.run_date, item.start_time)

    @property
    def overrun(self) -> bool:
        return self.running is not None and self.remaining < 0


def _on_date(moment: dt.datetime, planned: dt.time) -> dt.datetime:
    return dt.datetime.combine(moment.date(), planned)


def live_status(items: Sequence[AgendaItemRecord], now: dt.datetime) -> LiveStatus:
    """Where the running day stands at ``now``: clock, lateness and projected times."""
    running = next((i for i in items if i.running), None)
    upcoming = next_item(items, now.date())
    elapsed = remaining = 0
    delay: int | None = None
    projected: dict[int, dt.datetime] = {}
    cursor: dt.datetime | None = None
    day: dt.date | None = None
    base = now.date()
    if running is not None and running.actual_start is not None:
        day = running.day
        base = running.actual_start.date()
        length = dt.timedelta(minutes=running.minutes)
        elapsed = max(0, int((now - running.actual_start).total_seconds()))
        remaining = int((length - dt.timedelta(seconds=elapsed)).total_seconds())
        cursor = max(running.actual_start + length, now)
        delay = _whole_minutes(cursor - _on_date(running.actual_start, running.end_time))
    elif upcoming is not None:
        day = upcoming.day
        held = [i for i in items if i.day == day and i.actual_end is not None]
        if held:
            planned = _on_date(now, upcoming.start_time)
            cursor = max(now, planned)
            delay = max(0, _whole_minutes(now - planned))
    squeezed: dict[int, int] = {}
    if cursor is not None and day is not None:
        for item in sorted(items, key=lambda i: i.position):
            if item.day != day or item.actual_start is not None:
                continue
            planned = dt.datetime.combine(base, item.start_time)
            if item.pinned:
                if cursor > planned:
                    squeezed[item.id] = _whole_minutes(cursor - planned)
                start = planned
            else:
                start = max(cursor, planned)
            projected[item.id] = start
            cursor = start + dt.timedelta(minutes=max(item.minutes, 0))
    return LiveStatus(
        running=running, upcoming=upcoming, elapsed=elapsed, remaining=remaining, delay=delay,
        projected=projected, projected_day_end=cursor if projected or running else None,
        run_date=base if day is not None else None, squeezed=squeezed,
    )  # fmt: skip


def _whole_minutes(span: dt.timedelta) -> int:
    seconds = int(span.total_seconds())
    return seconds // 60 if seconds >= 0 else -((-seconds) // 60)


def over_text(status: LiveStatus) -> str:
    """The headline while the running item is over its time: one message, not two that seem to
    contradict each other ("over time" beside "running early")."""
    over = max(1, -status.remaining // 60)
    return translate("AgendaLive", "Over time by %n min", "", over)


def day_line(status: LiveStatus, time: str) -> str:
    """The line under the headline: how the day as a whole runs and when it is expected to end
    (``time``: ``projected_day_end`` as the interface writes a time)."""
    if status.projected_day_end is None:
        return ""
    delay = status.delay
    if status.overrun and delay is not None and delay < 0:
        text = translate("AgendaLive", "The day is still %n min ahead; expected end {time}.", "",
                         -delay)  # fmt: skip
    elif status.overrun and delay is not None and delay > 0:
        text = translate("AgendaLive", "The day runs %n min late; expected end {time}.", "", delay)
    elif status.squeezed:
        # The end assumes the fixed items keep their times: say what that takes, or "15:00"
        # reads as on time beside "Running 40 min late".
        cut = max(status.squeezed.values())
        text = translate("AgendaLive", "Day expected to end at {time} if %n min are cut before "
                         "the fixed items.", "", cut)  # fmt: skip
    else:
        text = translate("AgendaLive", "Day expected to end at {time}")
    return text.format(time=time)


def delay_text(delay: int | None) -> str:
    """The status line: "Running 7 min late", "Running 3 min early", "On time" or ""."""
    if delay is None:
        return ""
    if delay > 0:
        return translate("AgendaLive", "Running %n min late", "", delay)
    if delay < 0:
        return translate("AgendaLive", "Running %n min early", "", -delay)
    return translate("AgendaLive", "On time")
