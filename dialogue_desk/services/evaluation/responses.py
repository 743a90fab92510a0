"""Responses to an evaluation form: check answers, save, change, list and delete them.

Responses are anonymous: a response is linked to its form and event only, never to a
participant (unless the form itself asks for a name).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from dialogue_desk.i18n import translate
from dialogue_desk.services.errors import NotFoundError, ValidationError
from dialogue_desk.services.evaluation.forms import get_form
from dialogue_desk.services.evaluation.logic import FormLogic
from dialogue_desk.services.evaluation.records import (
    AnswerValue,
    FormRecord,
    QuestionRecord,
    ResponseRecord,
)
from dialogue_desk.store import Store
from dialogue_desk.store.enums import QuestionKind, ResponseChannel
from dialogue_desk.store.models import Answer, Response, utcnow

MAX_TEXT = 10_000


def is_blank(value: AnswerValue) -> bool:
    return (
        value is None
        or value == ""
        or value == []
        or (isinstance(value, str) and not value.strip())
    )


def _clean_one(question: QuestionRecord, value: AnswerValue) -> AnswerValue:
    """The answer in its stored shape, or ValueError with the message to show."""
    kind = question.kind
    if kind is QuestionKind.RATING:
        number = _number(value)
        if number is None or number != int(number) or int(number) not in question.scale():
            scale = question.scale()
            raise ValueError(
                translate("Evaluation", "Give a whole number from {low} to {high}.").format(
                    low=scale.start, high=scale.stop - 1
                )
            )
        return int(number)
    if kind is QuestionKind.NUMBER:
        number = _number(value)
        if number is None:
            raise ValueError(translate("Evaluation", "Give a number."))
        if question.scale_min is not None and number < question.scale_min:
            message = translate("Evaluation", "Give a number of at least {low}.")
            raise ValueError(message.format(low=question.scale_min))
        if question.scale_max is not None and number > question.scale_max:
            raise ValueError(
                translate("Evaluation", "Give a number of at most {high}.").format(
                    high=question.scale_max
                )
            )
        if number != int(number) and question.rule("type") == "integer":
            raise ValueError(translate("Evaluation", "Give a whole number."))
        return int(number) if number == int(number) else number
    if kind is QuestionKind.YES_NO:
        if isinstance(value, bool):
            return value
        if isinstance(value, int | float) and value in (0, 1):
            return bool(value)
        if isinstance(value, str) and value.strip().lower() in ("yes", "no", "1", "0"):
            return value.strip().lower() in ("yes", "1")
        raise ValueError(translate("Evaluation", "Answer yes or no."))
    if kind is QuestionKind.SINGLE_CHOICE:
        if isinstance(value, list) and len(value) == 1:
            value = value[0]
        if not isinstance(value, str) or question.choice(value) is None:
            raise ValueError(translate("Evaluation", "Pick one of the choices."))
        return value
    if kind is QuestionKind.MULTIPLE_CHOICE:
        names = [value] if isinstance(value, str) else list(value or [])  # type: ignore[arg-type]
        unknown = [n for n in names if question.choice(str(n)) is None]
        if unknown:
            raise ValueError(
                translate("Evaluation", "\u201c{name}\u201d is not one of the choices.").format(
                    name=unknown[0]
                )
            )
        order = [c.name for c in question.choices]
        return sorted(set(map(str, names)), key=order.index)
    if kind in TEMPORAL_KINDS:
        return _temporal(kind, value)
    if kind is QuestionKind.ACKNOWLEDGE:
        if value is True or (isinstance(value, str) and value.strip().upper() in ("OK", "TRUE")):
            return True
        raise ValueError(translate("Evaluation", "Confirm with OK, or leave it blank."))
    if kind is QuestionKind.RANK:
        names = [value] if isinstance(value, str) else [str(n) for n in value or []]  # type: ignore[union-attr]
        if any(question.choice(n) is None for n in names) or len(set(names)) != len(names):
            raise ValueError(translate("Evaluation", "Put the choices in order, each once."))
        return names
    if kind in (QuestionKind.SHORT_TEXT, QuestionKind.LONG_TEXT, QuestionKind.CALCULATE):
        text = str(value).strip()
        if len(text) > MAX_TEXT:
            raise ValueError(translate("Evaluation", "The text is too long."))
        return text
    raise ValueError(translate("Evaluation", "This is a heading; it takes no answer."))


TEMPORAL_KINDS = frozenset({QuestionKind.DATE, QuestionKind.TIME, QuestionKind.DATETIME})


def _temporal(kind: QuestionKind, value: AnswerValue) -> str:
    """A date, time or date-time as ISO text (what XForms stores and expressions compare)."""
    text = str(value).strip().replace(" ", "T") if value is not None else ""
    try:
        if kind is QuestionKind.DATE:
            return dt.date.fromisoformat(text[:10]).isoformat()
        if kind is QuestionKind.TIME:
            if re.fullmatch(r"\d:\d\d(:\d\d)?", text):
                text = f"0{text}"  # 9:05 as people write it
            return dt.time.fromisoformat(text).isoformat(timespec="minutes")
        return dt.datetime.fromisoformat(text).isoformat(timespec="minutes")
    except ValueError:
        examples = {QuestionKind.DATE: "2026-05-14", QuestionKind.TIME: "14:30",
                    QuestionKind.DATETIME: "2026-05-14 14:30"}  # fmt: skip
        raise ValueError(
            translate("Evaluation", "Give it as {example}.").format(example=examples[kind])
        ) from None


def _number(value: AnswerValue) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, str):
        try:
            number = float(value.strip().replace(",", ".").replace("\u2212", "-"))
        except ValueError:
            return None
        return number if math.isfinite(number) else None
    return None


def validate_answers(
    form: FormRecord, answers: dict[str, AnswerValue], language: str | None = None
) -> dict[str, AnswerValue]:
    """The answers cleaned, blanks dropped; ValidationError maps question names to problems.

    Required questions must be answered; answers to unknown questions are refused; the form's
    logic applies (see :func:`check_response`).
    """
    return check_response(form, answers, language)[0]


def check_response(
    form: FormRecord, answers: dict[str, AnswerValue], language: str | None = None
) -> tuple[dict[str, AnswerValue], tuple[str, ...]]:
    """(cleaned answers, skipped names) under the form's logic, or ValidationError.

    A question whose relevance is false is not stored (its name is in skipped); calculations
    are computed and stored; a violated constraint is a problem with the form's message; a
    choice hidden by the choice filter cannot be chosen. ``language`` picks the messages.
    """
    problems: dict[str, str] = {}
    cleaned: dict[str, AnswerValue] = {}
    for name in answers:
        if form.question(name) is None:
            problems[name] = translate(
                "Evaluation", "The form has no question \u201c{name}\u201d."
            ).format(name=name)
    given = {k: v for k, v in answers.items() if not is_blank(v)}
    state = FormLogic(form, language).evaluate(given)
    for question in form.answerable:
        name = question.name
        if not state.asks(name):
            continue
        value = (
            state.computed.get(name) if question.kind is QuestionKind.CALCULATE else given.get(name)
        )
        if is_blank(value):
            if name in state.required:
                problems[name] = translate("Evaluation", "This question needs an answer.")
            continue
        try:
            cleaned[name] = _clean_one(question, value)
        except ValueError as error:
            problems[name] = str(error)
            continue
        offered = state.choices.get(name)
        chosen = cleaned[name] if isinstance(cleaned[name], list) else [cleaned[name]]
        if offered is not None and any(str(c) not in offered for c in chosen):  # type: ignore[union-attr]
            problems[name] = translate("Evaluation", "Pick one of the choices offered.")
        elif name in state.problems:
            problems[name] = state.problems[name]
    if problems:
        raise ValidationError(problems)
    return cleaned, state.skipped


def _store_answers(
    session: Session, form: FormRecord, row: Response, answers: dict[str, Any]
) -> None:
    for question in form.answerable:
        if question.name not in answers:
            continue
        value = answers[question.name]
        answer = Answer(question_id=question.id)
        if isinstance(value, bool):
            answer.number = 1.0 if value else 0.0
        elif isinstance(value, int | float):
            answer.number = float(value)
        elif isinstance(value, list):
            answer.choices = list(value)
        elif question.kind is QuestionKind.SINGLE_CHOICE:
            answer.choices = [value]
        else:
            answer.text = str(value)
        row.answers.append(answer)


def _value(question: QuestionRecord | None, answer: Answer) -> AnswerValue:
    kind = question.kind if question else None
    if kind is QuestionKind.YES_NO:
        return None if answer.number is None else answer.number >= 0.5
    if kind is QuestionKind.RATING and answer.number is not None:
        return int(answer.number)
    if kind is QuestionKind.NUMBER and answer.number is not None:
        return int(answer.number) if answer.number == int(answer.number) else answer.number
    if kind is QuestionKind.SINGLE_CHOICE:
        return answer.choices[0] if answer.choices else None
    if kind in (QuestionKind.MULTIPLE_CHOICE, QuestionKind.RANK):
        return list(answer.choices or [])
    if kind is QuestionKind.ACKNOWLEDGE:
        return True if answer.number else None
    return answer.text


def _record(row: Response, form: FormRecord, number: int) -> ResponseRecord:
    by_id = {q.id: q for q in form.questions}
    answers: dict[str, AnswerValue] = {}
    for answer in row.answers:
        question = by_id.get(answer.question_id)
        if question is not None and not is_blank(value := _value(question, answer)):
            answers[question.name] = value
    return ResponseRecord(
        id=row.id, form_id=row.form_id, number=number, submitted_at=row.submitted_at,
        channel=row.channel, language=row.language, answers=answers,
        skipped=tuple(row.skipped or ()),
    )  # fmt: skip


def _form(store: Store, form_id: int) -> FormRecord:
    return get_form(store, form_id)


def save_response(
    store: Store, form_id: int, answers: dict[str, AnswerValue], *,
    channel: ResponseChannel = ResponseChannel.PAPER, language: str = "",
    submitted_at: dt.datetime | None = None,
) -> ResponseRecord:  # fmt: skip
    """Check and store one filled-in form as its own transaction."""
    form = _form(store, form_id)
    cleaned, skipped = check_response(form, answers, language or None)
    with store.session() as session:
        row = Response(
            form_id=form.id, event_id=form.event_id, channel=channel, language=language[:8],
            submitted_at=submitted_at or utcnow(), skipped=list(skipped),
        )  # fmt: skip
        _store_answers(session, form, row, cleaned)
        session.add(row)
        session.flush()
        number = len(_response_ids(session, form_id))
        return _record(row, form, number)


def update_response(
    store: Store, response_id: int, answers: dict[str, AnswerValue]
) -> ResponseRecord:
    """Replace every answer of a response (a corrected paper form)."""
    with store.session() as session:
        form_id = _response_row(session, response_id).form_id
    form = _form(store, form_id)
    with store.session() as session:
        language = _response_row(session, response_id).language
    cleaned, skipped = check_response(form, answers, language or None)
    with store.session() as session:
        row = _response_row(session, response_id)
        row.skipped = list(skipped)
        for answer in list(row.answers):
            session.delete(answer)
        row.answers.clear()
        session.flush()
        _store_answers(session, form, row, cleaned)
        session.flush()
        return _record(row, form, _response_ids(session, form_id).index(row.id) + 1)


def delete_response(store: Store, response_id: int) -> ResponseRecord:
    """Delete a response; the returned record lets ``restore_response`` undo it."""
    with store.session() as session:
        row = _response_row(session, response_id)
        form_id = row.form_id
        number = _response_ids(session, form_id).index(row.id) + 1
    form = _form(store, form_id)
    with store.session() as session:
        row = _response_row(session, response_id)
        record = _record(row, form, number)
        session.delete(row)
        return record


def restore_response(store: Store, record: ResponseRecord) -> ResponseRecord:
    """Store a deleted response again (its answers to questions still on the form)."""
    form = _form(store, record.form_id)
    answers = {k: v for k, v in record.answers.items() if form.question(k) is not None}
    with store.session() as session:
        row = Response(
            form_id=form.id, event_id=form.event_id, channel=record.channel,
            language=record.language, submitted_at=record.submitted_at,
            skipped=[n for n in record.skipped if form.question(n) is not None],
        )  # fmt: skip
        if session.get(Response, record.id) is None:
            row.id = record.id  # undoing a delete brings back the same response
        _store_answers(session, form, row, answers)
        session.add(row)
        session.flush()
        return _record(row, form, _response_ids(session, form.id).index(row.id) + 1)


def list_responses(store: Store, form_id: int) -> list[ResponseRecord]:
    """Every response of a form in the order they came in, numbered from 1."""
    form = _form(store, form_id)
    with store.session() as session:
        rows = session.scalars(
            select(Response)
            .where(Response.form_id == form_id)
            .order_by(Response.id)
            # All answers in one more query, not one query per response.
            .options(selectinload(Response.answers))
        ).all()
        return [_record(row, form, i) for i, row in enumerate(rows, start=1)]


def get_response(store: Store, response_id: int) -> ResponseRecord:
    with store.session() as session:
        form_id = _response_row(session, response_id).form_id
    for record in list_responses(store, form_id):
        if record.id == response_id:
            return record
    raise NotFoundError(
        translate("Evaluation", "There is no response {id}.").format(id=response_id)
    )


def _response_ids(session: Session, form_id: int) -> list[int]:
    query = select(Response.id).where(Response.form_id == form_id).order_by(Response.id)
    return list(session.scalars(query))


def _response_row(session: Session, response_id: int) -> Response:
    row = session.get(Response, response_id)
    if row is None:
        raise NotFoundError(
            translate("Evaluation", "There is no response {id}.").format(id=response_id)
        )
    return row
