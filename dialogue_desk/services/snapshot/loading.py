"""Everything recorded about one event, read in one go as plain frozen records for exports.

``load_snapshot(store, event_id)`` reads the event, its agenda, participants (with the days they
attended), check-ins, notes (with their action items) and evaluation forms, questions, responses
and answers in one read-only transaction. Exports (workbook, PDF) work from the snapshot only, so
they never hold a session open while they format and write.

Rules applied on load, for every export:
- Under the Chatham House rule (``event.chatham_house``) note authors are blanked: nothing is
  ever attributed.

``pseudonymise(snapshot)`` returns a copy fit to share for analysis:
- Each participant gets a stable code, ``P001``, ``P002``…, numbered in registration order (by
  their local id), so the same event exported twice gives the same codes (as long as nobody
  registered earlier is deleted). The code replaces the name everywhere.
- First and last names, e-mail, phone and the participant's free-text notes are removed.
  Organisation, role, stakeholder group, country, language, consents and attendance stay: they
  are what the analysis needs.
- No person's name is left anywhere: a note author, action owner or agenda facilitator who is a
  participant (matched by full name, in either order, ignoring case, diacritics and script)
  becomes their code; anyone else (the note-taker, staff) is left out. An action item keeps its
  owner's organisation, so the follow-up can still be traced by whoever holds the real workbook.
- Participants' full names inside free text (notes, action items, free-text answers, agenda
  titles) are replaced by their codes; e-mail addresses and phone numbers in free text are
  replaced by "[e-mail]" and "[phone]". Free-text answers are otherwise kept.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from sqlalchemy import or_, select

from dialogue_desk.services.errors import NotFoundError
from dialogue_desk.services.events import EventRecord, record_of
from dialogue_desk.store import Store
from dialogue_desk.store.models import (
    ActionItem,
    ActionStatus,
    AgendaItem,
    AgendaKind,
    CheckInMethod,
    EvaluationForm,
    Event,
    Note,
    NoteKind,
    Question,
    QuestionKind,
    Response,
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
    #: Stable pseudonym (P001…), in registration order; always set, shown instead of the name
    #: in a pseudonymised snapshot.
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

    def label_in(self, language: str, fallback: str = "en") -> str:
        """The label in ``language``, else the fallback, else any, else the machine name."""
        for code in (language, fallback):
            if self.label.get(code):
                return self.label[code]
        return next((text for text in self.label.values() if text), self.name)

    def choice_label(self, name: str, language: str) -> str:
        for choice in self.choices:
            if choice.name == name:
                return choice.label.get(language) or choice.label.get("en") or name
        return name


@dataclass(frozen=True)
class FormEntry:
    id: int
    title: str
    languages: str
    source: str
    questions: tuple[QuestionEntry, ...]


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

    def participant(self, participant_id: int) -> ParticipantEntry | None:
        return self._participants_by_id().get(participant_id)

    def _participants_by_id(self) -> dict[int, ParticipantEntry]:
        cached = self.__dict__.get("_by_id")
        if cached is None:
            cached = {p.id: p for p in self.participants}
            object.__setattr__(self, "_by_id", cached)
        return cached


def _date(text: str | dt.date) -> dt.date:
    return text if isinstance(text, dt.date) else dt.date.fromisoformat(text)


def _datetime(text: str | dt.datetime) -> dt.datetime:
    return text if isinstance(text, dt.datetime) else dt.datetime.fromisoformat(text)


def participant_code(index: int) -> str:
    """The pseudonym of the ``index``-th participant registered (1-based): P001, P002…"""
    return f"P{index:03d}"


def load_snapshot(store: Store, event_id: int) -> EventSnapshot:
    """Read everything about event ``event_id``; raises NotFoundError for an unknown event."""
    with store.session() as s:
        row = s.get(Event, event_id)
        if row is None:
            raise NotFoundError(
                QCoreApplication.translate("EventSnapshot", "There is no event {id}.").format(
                    id=event_id
                )
            )
        event = record_of(row)

        agenda_rows = s.execute(
            select(AgendaItem.id, AgendaItem.day, AgendaItem.position, AgendaItem.start_time,
                   AgendaItem.end_time, AgendaItem.title, AgendaItem.kind,
                   AgendaItem.facilitators, AgendaItem.room, AgendaItem.description,
                   AgendaItem.actual_start, AgendaItem.actual_end)
            .where(AgendaItem.event_id == event_id)
            .order_by(AgendaItem.day, AgendaItem.position, AgendaItem.start_time, AgendaItem.id)
        ).all()  # fmt: skip
        agenda = tuple(AgendaEntry(*r) for r in agenda_rows)

        # The big tables are read with plain SQL and parsed here: several times faster than
        # SQLAlchemy's per-value type processing for tens of thousands of rows.
        raw = s.connection().exec_driver_sql
        methods = {m.value: m for m in CheckInMethod}
        check_ins = tuple(
            CheckInEntry(r[0], r[1], _date(r[2]), _datetime(r[3]), methods[r[4]])
            for r in raw(
                "SELECT id, participant_id, day, checked_in_at, method FROM check_in "
                "WHERE event_id = ? ORDER BY day, checked_in_at, id", (event_id,)
            ).fetchall()
        )  # fmt: skip
        days_of: dict[int, set[dt.date]] = defaultdict(set)
        for entry in check_ins:
            days_of[entry.participant_id].add(entry.day)
        groups = {g.value: g for g in StakeholderGroup}
        participants = tuple(
            ParticipantEntry(
                r[0], participant_code(index), r[1] or "", r[2] or "", r[3] or "", r[4] or "",
                groups.get(r[5], StakeholderGroup.OTHER), r[6] or "", r[7] or "", r[8] or "",
                r[9] or "", bool(r[10]), bool(r[11]), bool(r[12]), r[13] or "", bool(r[14]),
                _datetime(r[15]), tuple(sorted(days_of.get(r[0], ()))),
            )
            for index, r in enumerate(raw(
                "SELECT id, first_name, last_name, organisation, role, stakeholder_group, email, "
                "phone, country, preferred_language, consent_listed, consent_photos, "
                "consent_contact, notes, walk_in, created_at FROM participant "
                "WHERE event_id = ? ORDER BY id", (event_id,)
            ).fetchall(), start=1)
        )  # fmt: skip

        titles = {item.id: item.title for item in agenda}
        actions = {
            r.note_id: ActionEntry(r.owner, r.organisation, r.due_date, r.status)
            for r in s.execute(
                select(ActionItem.note_id, ActionItem.owner, ActionItem.organisation,
                       ActionItem.due_date, ActionItem.status)
                .join(Note, Note.id == ActionItem.note_id)
                .where(Note.event_id == event_id)
            )
        }  # fmt: skip
        order = {item.id: index for index, item in enumerate(agenda)}
        note_rows = s.execute(
            select(Note.id, Note.agenda_item_id, Note.kind, Note.text, Note.author,
                   Note.position, Note.created_at)
            .where(Note.event_id == event_id)
        ).all()  # fmt: skip
        note_rows = sorted(
            note_rows,
            key=lambda r: (
                -1 if r.agenda_item_id is None else order.get(r.agenda_item_id, len(order)),
                r.position,
                r.id,
            ),
        )
        notes = tuple(
            NoteEntry(
                id=r.id, agenda_item_id=r.agenda_item_id,
                agenda_title=titles.get(r.agenda_item_id, "") if r.agenda_item_id else "",
                kind=r.kind, text=r.text, author="" if event.chatham_house else r.author,
                position=r.position, created_at=r.created_at, action=actions.get(r.id),
            )
            for r in note_rows
        )  # fmt: skip

        forms, responses = _evaluation(s, event_id)
    return EventSnapshot(
        event=event, agenda=agenda, participants=participants, check_ins=check_ins,
        notes=notes, forms=forms, responses=responses, practice=store.is_practice,
    )  # fmt: skip


def _evaluation(s, event_id: int) -> tuple[tuple[FormEntry, ...], tuple[ResponseEntry, ...]]:  # type: ignore[no-untyped-def]
    """Forms of the event, and library forms the event's responses were given on."""
    response_rows = s.execute(
        select(Response.id, Response.form_id, Response.submitted_at, Response.channel,
               Response.language)
        .join(EvaluationForm, EvaluationForm.id == Response.form_id)
        .where(or_(Response.event_id == event_id, EvaluationForm.event_id == event_id))
        .order_by(Response.submitted_at, Response.id)
    ).all()  # fmt: skip
    form_ids = set(
        s.scalars(select(EvaluationForm.id).where(EvaluationForm.event_id == event_id))
    ) | {r.form_id for r in response_rows}
    forms: list[FormEntry] = []
    if form_ids:
        questions: dict[int, list[QuestionEntry]] = defaultdict(list)
        for q in s.execute(
            select(Question.id, Question.form_id, Question.position, Question.name,
                   Question.kind, Question.label, Question.scale_min, Question.scale_max,
                   Question.choices)
            .where(Question.form_id.in_(form_ids))
            .order_by(Question.form_id, Question.position, Question.id)
        ):  # fmt: skip
            choices = tuple(
                ChoiceEntry(str(c.get("name", "")), dict(c.get("label") or {}))
                for c in (q.choices or [])
                if isinstance(c, dict)
            )
            questions[q.form_id].append(
                QuestionEntry(q.id, q.form_id, q.position, q.name, q.kind, dict(q.label or {}),
                              q.scale_min, q.scale_max, choices)
            )  # fmt: skip
        for f in s.execute(
            select(EvaluationForm.id, EvaluationForm.title, EvaluationForm.languages,
                   EvaluationForm.source)
            .where(EvaluationForm.id.in_(form_ids))
            .order_by(EvaluationForm.id)
        ):  # fmt: skip
            forms.append(FormEntry(f.id, f.title, f.languages, f.source,
                                   tuple(questions.get(f.id, ()))))  # fmt: skip
    answers: dict[int, dict[int, AnswerEntry]] = defaultdict(dict)
    response_ids = [r.id for r in response_rows]
    # Chunked IN lists keep under SQLite's variable limit for thousands of responses.
    for start in range(0, len(response_ids), 900):
        chunk = response_ids[start : start + 900]
        marks = ",".join("?" * len(chunk))
        for a in s.connection().exec_driver_sql(
            "SELECT response_id, question_id, number, text, choices FROM answer "
            f"WHERE response_id IN ({marks})", tuple(chunk)
        ).fetchall():  # fmt: skip
            choices = tuple(json.loads(a[4])) if a[4] and a[4] != "[]" else ()
            answers[a[0]][a[1]] = AnswerEntry(a[1], a[2], a[3] or "", choices)
    responses = tuple(
        ResponseEntry(r.id, r.form_id, r.submitted_at, r.channel, r.language or "",
                      answers.get(r.id, {}))
        for r in response_rows
    )  # fmt: skip
    return tuple(forms), responses


def pseudonymise(snapshot: EventSnapshot) -> EventSnapshot:
    """A copy of ``snapshot`` with participants as codes and no names, e-mails or phones.

    The rules are in this module's docstring; the work is in ``event_pseudonyms``.
    """
    from dialogue_desk.services.snapshot.pseudonyms import pseudonymise_snapshot

    return pseudonymise_snapshot(snapshot)
