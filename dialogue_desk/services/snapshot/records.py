"""The records of an event snapshot: plain frozen data the exports read, never ORM rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from dialogue_desk.services.events import EventRecord
from dialogue_desk.store.enums import (
    ActionStatus,
    AgendaKind,
    CheckInMethod,
    NoteKind,
    QuestionKind,
    ResponseChannel,
    StakeholderGroup,
)

#: The event itself, as the events service describes it.
EventInfo = EventRecord


@dataclass(frozen=True)
class AgendaEntry:
    id: int
    day: dt.date
    position: int
    start_time: dt.time
    end_time: dt.time
    title: str
    kind: AgendaKind
    facilitators: str
    room: str
    description: str
    actual_start: dt.datetime | None
    actual_end: dt.datetime | None

    @property
    def planned_start(self) -> dt.datetime:
        return dt.datetime.combine(self.day, self.start_time)

    @property
    def planned_end(self) -> dt.datetime:
        return dt.datetime.combine(self.day, self.end_time)


@dataclass(frozen=True)
class ParticipantEntry:
    id: int
    #: Stable pseudonym (P001…), in registration order (when entered, then UUID: the same on
    #: every laptop holding the event); always set, shown instead of the name in a
    #: pseudonymised snapshot.
    code: str
    first_name: str
    last_name: str
    organisation: str
    role: str
    stakeholder_group: StakeholderGroup
    email: str
    phone: str
    country: str
    preferred_language: str
    consent_listed: bool
    consent_photos: bool
    consent_contact: bool
    notes: str
    walk_in: bool
    #: When the participant was entered, in UTC (like every created/updated time).
    registered_at: dt.datetime
    days_attended: tuple[dt.date, ...]

    @property
    def display_name(self) -> str:
        """ "First Last", or the code when the names were removed."""
        name = f"{self.first_name} {self.last_name}".strip()
        return name or self.code


@dataclass(frozen=True)
class CheckInEntry:
    id: int
    participant_id: int
    day: dt.date
    checked_in_at: dt.datetime
    method: CheckInMethod
    #: The name of the laptop that recorded the check-in ("" if unknown).
    recorded_on: str = ""


@dataclass(frozen=True)
class ActionEntry:
    owner: str
    organisation: str
    due_date: dt.date | None
    status: ActionStatus


@dataclass(frozen=True)
class NoteEntry:
    id: int
    agenda_item_id: int | None
    #: The agenda item's title, "" for a general note.
    agenda_title: str
    kind: NoteKind
    text: str
    author: str
    position: int
    #: When the note was written, in UTC; check-in and agenda times are venue local time.
    created_at: dt.datetime
    action: ActionEntry | None


@dataclass(frozen=True)
class ChoiceEntry:
    name: str
    label: dict[str, str]


@dataclass(frozen=True)
class QuestionEntry:
    id: int
    form_id: int
    position: int
    name: str
    kind: QuestionKind
    label: dict[str, str]
    scale_min: int | None
    scale_max: int | None
    choices: tuple[ChoiceEntry, ...]
    #: A rating's end labels per language ("Not at all" … "Very much"), if the form has them.
    low_label: dict[str, str] = field(default_factory=dict)
    high_label: dict[str, str] = field(default_factory=dict)

    def label_in(self, language: str, fallback: str = "en") -> str:
        """The label in ``language``, else the fallback, else any, else the machine name."""
        for code in (language, fallback):
            if self.label.get(code):
                return self.label[code]
        return next((text for text in self.label.values() if text), self.name)

    def choice_label(self, name: str, language: str) -> str:
        for choice in self.choices:
            if choice.name == name:
                return (
                    choice.label.get(language)
                    or choice.label.get("en")
                    or next((text for text in choice.label.values() if text), name)
                )
        return name


@dataclass(frozen=True)
class FormEntry:
    id: int
    title: str
    languages: str
    source: str
    questions: tuple[QuestionEntry, ...]
    #: A built-in form's title in the other languages: ((code, title), ...); () for a form
    #: its user titled, which keeps that title in every language.
    titles: tuple[tuple[str, str], ...] = ()

    def title_in(self, language: str) -> str:
        """The title in ``language`` (a built-in form's own there), else the form's title."""
        return dict(self.titles).get(language, self.title)


@dataclass(frozen=True)
class AnswerEntry:
    question_id: int
    number: float | None
    text: str
    choices: tuple[str, ...]


@dataclass(frozen=True)
class ResponseEntry:
    id: int
    form_id: int
    submitted_at: dt.datetime
    channel: ResponseChannel
    language: str
    #: question id -> answer
    answers: dict[int, AnswerEntry] = field(default_factory=dict)
    #: Machine names of the questions the form's logic skipped (not relevant to this person):
    #: counted apart from questions left unanswered.
    skipped: tuple[str, ...] = ()
    #: The name of the laptop that recorded the response ("" if unknown).
    recorded_on: str = ""


@dataclass(frozen=True)
class EventSnapshot:
    event: EventInfo
    agenda: tuple[AgendaEntry, ...]
    participants: tuple[ParticipantEntry, ...]
    check_ins: tuple[CheckInEntry, ...]
    notes: tuple[NoteEntry, ...]
    forms: tuple[FormEntry, ...]
    responses: tuple[ResponseEntry, ...]
    #: Read from the practice store: every export of it is marked PRACTICE.
    practice: bool = False
    pseudonymised: bool = False
    taken_at: dt.datetime = field(default_factory=lambda: dt.datetime.now().replace(microsecond=0))

    @property
    def laptops(self) -> tuple[str, ...]:
        """The laptops that recorded the event's check-ins and responses, by name."""
        names = {c.recorded_on for c in self.check_ins} | {r.recorded_on for r in self.responses}
        return tuple(sorted(names - {""}))

    def participant(self, participant_id: int) -> ParticipantEntry | None:
        return self._participants_by_id().get(participant_id)

    def _participants_by_id(self) -> dict[int, ParticipantEntry]:
        cached = self.__dict__.get("_by_id")
        if cached is None:
            cached = {p.id: p for p in self.participants}
            object.__setattr__(self, "_by_id", cached)
        return cached


def participant_code(index: int) -> str:
    """The pseudonym of the ``index``-th participant registered (1-based): P001, P002…

    ``index`` counts in the one registration order every laptop agrees on: when the person
    was entered (``created_at``, which travels with the row), then their UUID.
    """
    return f"P{index:03d}"
