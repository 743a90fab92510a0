"""Everything recorded about one event, read in one go as plain frozen records for exports.

``load_snapshot(store, event_id)`` reads the event, its agenda, participants (with the days they
attended), check-ins, notes (with their action items) and evaluation forms, questions, responses
and answers in one read-only transaction. Exports (workbook, PDF) work from the snapshot only, so
they never hold a session open while they format and write.

Rules applied on load, for every export:
- Under the Chatham House rule (``event.chatham_house``) note authors are blanked: nothing is
  ever attributed.
- Every order is one that every laptop holding the event agrees on after a sync: ties are
  broken by UUID, never by the local id (each laptop numbers its rows itself). Participants
  are in registration order (``created_at``, then UUID), which numbers their codes; a person
  added later is numbered after everyone entered before; responses by time submitted, forms
  by when they were made, then UUID.
- Check-ins and responses say which laptop recorded them, by the name it has in this store.

The records are in ``records``; ``pseudonymise`` (in ``pseudonyms``) makes a copy fit to share.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Callable

from sqlalchemy import or_, select

from dialogue_desk.i18n import LANGUAGES
from dialogue_desk.services.evaluation import localised_title
from dialogue_desk.services.events import event_row, record_of
from dialogue_desk.services.snapshot.records import (
    ActionEntry,
    AgendaEntry,
    AnswerEntry,
    CheckInEntry,
    ChoiceEntry,
    EventSnapshot,
    FormEntry,
    NoteEntry,
    ParticipantEntry,
    QuestionEntry,
    ResponseEntry,
    participant_code,
)
from dialogue_desk.store import Store
from dialogue_desk.store.enums import CheckInMethod, StakeholderGroup
from dialogue_desk.store.models import (
    ActionItem,
    AgendaItem,
    EvaluationForm,
    Note,
    Question,
    Response,
)


def _date(text: str | dt.date) -> dt.date:
    return text if isinstance(text, dt.date) else dt.date.fromisoformat(text)


def _datetime(text: str | dt.datetime) -> dt.datetime:
    return text if isinstance(text, dt.datetime) else dt.datetime.fromisoformat(text)


def load_snapshot(store: Store, event_id: int) -> EventSnapshot:
    """Read everything about event ``event_id``; raises NotFoundError for an unknown event."""
    with store.session() as s:
        event = record_of(event_row(s, event_id))

        agenda_rows = s.execute(
            select(AgendaItem.id, AgendaItem.day, AgendaItem.position, AgendaItem.start_time,
                   AgendaItem.end_time, AgendaItem.title, AgendaItem.kind,
                   AgendaItem.facilitators, AgendaItem.room, AgendaItem.description,
                   AgendaItem.actual_start, AgendaItem.actual_end)
            .where(AgendaItem.event_id == event_id)
            .order_by(AgendaItem.day, AgendaItem.position, AgendaItem.start_time,
                      AgendaItem.uuid)
        ).all()  # fmt: skip
        agenda = tuple(AgendaEntry(*r) for r in agenda_rows)

        # The big tables are read with plain SQL and parsed here: several times faster than
        # SQLAlchemy's per-value type processing for tens of thousands of rows.
        raw = s.connection().exec_driver_sql
        methods = {m.value: m for m in CheckInMethod}
        laptop = _laptop_names(raw)
        check_ins = tuple(
            CheckInEntry(r[0], r[1], _date(r[2]), _datetime(r[3]), methods[r[4]], laptop(r[5]))
            for r in raw(
                "SELECT id, participant_id, day, checked_in_at, method, recorded_on "
                "FROM check_in WHERE event_id = ? ORDER BY day, checked_in_at, uuid", (event_id,)
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
                "WHERE event_id = ? ORDER BY created_at, uuid", (event_id,)
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
                   Note.position, Note.created_at, Note.uuid)
            .where(Note.event_id == event_id)
        ).all()  # fmt: skip
        note_rows = sorted(
            note_rows,
            key=lambda r: (
                -1 if r.agenda_item_id is None else order.get(r.agenda_item_id, len(order)),
                r.position,
                # Two laptops' notes on one item can share a position: oldest first.
                r.created_at,
                r.uuid,
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

        forms, responses = _evaluation(s, event_id, laptop)
    return EventSnapshot(
        event=event, agenda=agenda, participants=participants, check_ins=check_ins,
        notes=notes, forms=forms, responses=responses, practice=store.is_practice,
    )  # fmt: skip


def _laptop_names(raw) -> Callable[[str | None], str]:  # type: ignore[no-untyped-def]
    """Device UUID -> the laptop's name here (its first characters for one never named).

    Two laptops of one name (two machines both called "ubuntu") are told apart by the start
    of their identity: "ubuntu (3f2a9c1b)".
    """
    names = dict(raw("SELECT uuid, name FROM sync_device").fetchall())
    names.update(raw("SELECT device_uuid, device_name FROM sync_state").fetchall())
    taken = Counter(names.values())
    names = {d: f"{n} ({d[:8]})" if taken[n] > 1 else n for d, n in names.items()}

    def name(device: str | None) -> str:
        return (names.get(device) or device[:8]) if device else ""

    return name


def _evaluation(  # type: ignore[no-untyped-def]
    s, event_id: int, laptop: Callable[[str | None], str]
) -> tuple[tuple[FormEntry, ...], tuple[ResponseEntry, ...]]:
    """Forms of the event, and library forms the event's responses were given on."""
    response_rows = s.execute(
        select(Response.id, Response.form_id, Response.submitted_at, Response.channel,
               Response.language, Response.skipped, Response.recorded_on)
        .join(EvaluationForm, EvaluationForm.id == Response.form_id)
        .where(or_(Response.event_id == event_id, EvaluationForm.event_id == event_id))
        .order_by(Response.submitted_at, Response.uuid)
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
                   Question.choices, Question.low_label, Question.high_label)
            .where(Question.form_id.in_(form_ids))
            .order_by(Question.form_id, Question.position, Question.uuid)
        ):  # fmt: skip
            choices = tuple(
                ChoiceEntry(str(c.get("name", "")), dict(c.get("label") or {}))
                for c in (q.choices or [])
                if isinstance(c, dict)
            )
            questions[q.form_id].append(
                QuestionEntry(q.id, q.form_id, q.position, q.name, q.kind, dict(q.label or {}),
                              q.scale_min, q.scale_max, choices, dict(q.low_label or {}),
                              dict(q.high_label or {}))
            )  # fmt: skip
        for f in s.execute(
            select(EvaluationForm.id, EvaluationForm.title, EvaluationForm.languages,
                   EvaluationForm.source, EvaluationForm.settings)
            .where(EvaluationForm.id.in_(form_ids))
            .order_by(EvaluationForm.created_at, EvaluationForm.uuid)
        ):  # fmt: skip
            forms.append(FormEntry(f.id, f.title, f.languages, f.source,
                                   tuple(questions.get(f.id, ())),
                                   _titles(f.title, f.source, f.settings)))  # fmt: skip
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
                      answers.get(r.id, {}), tuple(r.skipped or ()), laptop(r.recorded_on))
        for r in response_rows
    )  # fmt: skip
    return tuple(forms), responses


def _titles(title: str, source: str, settings: object) -> tuple[tuple[str, str], ...]:
    """A built-in form's title in each language where it differs from the stored one."""
    own = settings if isinstance(settings, dict) else {}
    titles = ((code, localised_title(title, source, own, code)) for code in LANGUAGES)
    return tuple((code, text) for code, text in titles if text != title)
