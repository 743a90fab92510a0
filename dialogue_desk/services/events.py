"""Events: create, change, list, find and delete them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dialogue_desk.i18n import translate
from dialogue_desk.services.errors import NotFoundError, ValidationError
from dialogue_desk.store import Store
from dialogue_desk.store.backup import backup_store
from dialogue_desk.store.door_cache import drop_cache
from dialogue_desk.store.enums import EventKind, EventStatus
from dialogue_desk.store.models import (
    AgendaItem,
    CheckIn,
    EvaluationForm,
    Event,
    Note,
    Participant,
    Response,
)

#: Longest event accepted; a longer span is almost always a mistyped year.
MAX_EVENT_DAYS = 60


@dataclass(frozen=True)
class EventData:
    """What a facilitator fills in for an event."""

    title: str
    start_date: dt.date
    end_date: dt.date
    kind: EventKind = EventKind.DIALOGUE
    city: str = ""
    country: str = ""
    venue: str = ""
    languages: str = "en"
    organiser: str = ""
    status: EventStatus = EventStatus.PLANNED
    chatham_house: bool = False
    description: str = ""

    def cleaned(self) -> EventData:
        return dataclasses.replace(
            self,
            title=without_controls(self.title).strip(),
            city=without_controls(self.city).strip(),
            country=self.country.strip().upper(),
            venue=without_controls(self.venue).strip(),
            languages=",".join(c.strip().lower() for c in self.languages.split(",") if c.strip())
            or "en",
            organiser=without_controls(self.organiser).strip(),
            description=without_controls(self.description).strip(),
        )


@dataclass(frozen=True)
class EventRecord(EventData):
    id: int = 0
    uuid: str = ""

    @property
    def days(self) -> list[dt.date]:
        span = (self.end_date - self.start_date).days
        return [self.start_date + dt.timedelta(days=i) for i in range(span + 1)]

    @property
    def language(self) -> str:
        """The event's first working language, the default for its reports."""
        return self.languages.split(",")[0] if self.languages else "en"


@dataclass(frozen=True)
class EventContents:
    """What goes with an event when it is deleted."""

    agenda_items: int
    participants: int
    check_ins: int
    notes: int
    evaluation_forms: int
    responses: int


_FIELDS = [f.name for f in dataclasses.fields(EventData)]


def record_of(row: Event) -> EventRecord:
    """The plain record of an event row (for services that read events themselves)."""
    return EventRecord(**{name: getattr(row, name) for name in _FIELDS}, id=row.id, uuid=row.uuid)


def validate(data: EventData) -> EventData:
    """Return the cleaned data, or raise ValidationError naming every problem."""
    data = data.cleaned()
    problems: dict[str, str] = {}
    if not data.title:
        problems["title"] = translate("Events", "The event needs a title.")
    if data.end_date < data.start_date:
        problems["end_date"] = translate("Events", "The event cannot end before it starts.")
    elif (data.end_date - data.start_date).days >= MAX_EVENT_DAYS:
        problems["end_date"] = translate(
            "Events", "An event can last at most %n day(s).", "", MAX_EVENT_DAYS
        )
    if data.country and (len(data.country) != 2 or not data.country.isalpha()):
        problems["country"] = translate(
            "Events", "The country is a two-letter code such as EE, LV or SE."
        )
    if problems:
        raise ValidationError(problems)
    return data


def create_event(store: Store, data: EventData) -> EventRecord:
    data = validate(data)
    with store.session() as session:
        row = Event(**dataclasses.asdict(data))
        session.add(row)
        session.flush()
        return record_of(row)


def event_row(session: Session, event_id: int) -> Event:
    """The event row ``event_id`` in ``session``; raises NotFoundError if there is none.

    Every service that works on an event looks it up here, so it is reported missing the same
    way everywhere.
    """
    row = session.get(Event, event_id)
    if row is None:
        raise NotFoundError(translate("Events", "There is no event {id}.").format(id=event_id))
    return row


def update_event(store: Store, event_id: int, data: EventData) -> EventRecord:
    data = validate(data)
    with store.session() as session:
        row = event_row(session, event_id)
        for name, value in dataclasses.asdict(data).items():
            setattr(row, name, value)
        session.flush()
        return record_of(row)


def set_status(
    store: Store, event_id: int, status: EventStatus, *, now: dt.datetime | None = None
) -> EventRecord:
    """Mark the event planned, running or closed, in one transaction.

    Closing ends the item still running at ``now`` (the wall clock when None): a closed event
    has nothing running, and its reports show where the day really ended.
    """
    with store.session() as session:
        row = event_row(session, event_id)
        row.status = status
        if status is EventStatus.CLOSED:
            moment = (now or dt.datetime.now()).replace(second=0, microsecond=0)
            running = session.scalars(
                select(AgendaItem).where(AgendaItem.event_id == event_id,
                                         AgendaItem.actual_start.is_not(None),
                                         AgendaItem.actual_end.is_(None))
            )  # fmt: skip
            for item in running:
                item.actual_end = max(moment, item.actual_start or moment)
        session.flush()
        return record_of(row)


def is_closed(event: EventRecord | None) -> bool:
    """Is ``event`` closed (its agenda and notes read-only until it is reopened)?"""
    return event is not None and event.status is EventStatus.CLOSED


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u2028\u2029\ufeff]")


def without_controls(text: str) -> str:
    """``text`` without control characters (line breaks and tabs kept): pasted or typed text is
    data, and a leading control character is how a formula slips past an export's guard."""
    return _CONTROL.sub("", text)


def delete_event(store: Store, event_id: int) -> Path:
    """Delete the event and everything of it, after a backup of the whole store.

    The backup (``backups/<store>-<time>-before-deleting-event-<id>.sqlite``) is written first,
    so an event deleted by mistake can be recovered; its path is returned. Raises NotFoundError
    for an unknown event (and takes no backup then), or the backup's error (and deletes
    nothing).
    """
    get_event(store, event_id)
    saved = backup_store(store.path, reason=f"before-deleting-event-{event_id}")
    with store.session() as session:
        session.delete(event_row(session, event_id))
    drop_cache(store.path)  # the door kept beside the store may hold the event's names
    return saved


def get_event(store: Store, event_id: int) -> EventRecord:
    with store.session() as session:
        row = event_row(session, event_id)
        return record_of(row)


def list_events(store: Store) -> list[EventRecord]:
    """All events, the most recent first."""
    with store.session() as session:
        rows = session.scalars(select(Event).order_by(Event.start_date.desc(), Event.id.desc()))
        return [record_of(row) for row in rows]


def find_event(store: Store, reference: str) -> EventRecord:
    """An event by id, UUID (or a unique prefix of it), or exact title (any case)."""
    reference = reference.strip()
    events = list_events(store)
    if reference.isdigit():
        for record in events:
            if record.id == int(reference):
                return record
    lowered = reference.casefold()
    for candidates in (
        [e for e in events if e.uuid == lowered],
        [e for e in events if e.title.casefold() == lowered],
        [e for e in events if len(lowered) >= 4 and e.uuid.startswith(lowered)],
    ):
        if len(candidates) == 1:
            return candidates[0]
        if len(candidates) > 1:
            raise NotFoundError(
                translate(
                    "Events", "More than one event matches \u201c{ref}\u201d; use its id."
                ).format(ref=reference)
            )
    raise NotFoundError(
        translate("Events", "There is no event \u201c{ref}\u201d.").format(ref=reference)
    )


def event_contents(store: Store, event_id: int) -> EventContents:
    with store.session() as session:

        def count(model: type, column: object) -> int:
            return session.scalar(select(func.count()).select_from(model).where(column == event_id))

        return EventContents(
            agenda_items=count(AgendaItem, AgendaItem.event_id),
            participants=count(Participant, Participant.event_id),
            check_ins=count(CheckIn, CheckIn.event_id),
            notes=count(Note, Note.event_id),
            evaluation_forms=count(EvaluationForm, EvaluationForm.event_id),
            responses=count(Response, Response.event_id),
        )
