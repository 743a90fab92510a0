"""Evaluation forms: create them from templates, design their questions, list and delete them.

Responses live in ``responses`` and summaries in ``summary``; callers outside the package import
all of them from the package, ``dialogue_desk.services.evaluation``.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dialogue_desk.i18n import translate
from dialogue_desk.services.errors import NotFoundError, ServiceError, ValidationError
from dialogue_desk.services.evaluation.cleaning import (
    clean_question,
)
from dialogue_desk.services.evaluation.records import (
    Choice,
    FormInfo,
    FormRecord,
    FormSpec,
    QuestionData,
    QuestionRecord,
)
from dialogue_desk.services.evaluation.templates import TITLES, localised_title, template_spec
from dialogue_desk.store import Store
from dialogue_desk.store.enums import QuestionKind
from dialogue_desk.store.models import Answer, EvaluationForm, Question, Response

# --- records --------------------------------------------------------------------------------


def _question_record(row: Question) -> QuestionRecord:
    return QuestionRecord(
        id=row.id, form_id=row.form_id, position=row.position, name=row.name, kind=row.kind,
        label=dict(row.label or {}), hint=dict(row.hint or {}), required=bool(row.required),
        scale_min=row.scale_min, scale_max=row.scale_max, low_label=dict(row.low_label or {}),
        high_label=dict(row.high_label or {}),
        choices=tuple(
            Choice(str(c["name"]), dict(c.get("label") or {}), dict(c.get("extra") or {}))
            for c in row.choices or []
        ),
        logic=dict(row.logic or {}),
    )  # fmt: skip


def _form_record(session: Session, row: EvaluationForm) -> FormRecord:
    responses = session.scalar(
        select(func.count()).select_from(Response).where(Response.form_id == row.id)
    )
    return FormRecord(
        id=row.id, title=row.title, event_id=row.event_id,
        languages=tuple(c for c in row.languages.split(",") if c) or ("en",), source=row.source,
        form_key=row.form_key, version=row.version,
        questions=tuple(_question_record(q) for q in row.questions), responses=responses or 0,
        settings=dict(row.settings or {}),
    )  # fmt: skip


def _form_row(session: Session, form_id: int) -> EvaluationForm:
    row = session.get(EvaluationForm, form_id)
    if row is None:
        raise NotFoundError(
            translate("Evaluation", "There is no evaluation form {id}.").format(id=form_id)
        )
    return row


def get_form(store: Store, form_id: int) -> FormRecord:
    with store.session() as session:
        return _form_record(session, _form_row(session, form_id))


def form_title(form: FormRecord, language: str | None) -> str:
    """The form's title in ``language``: a built-in form's own there, a user's title as given."""
    return localised_title(form.title, form.source, form.settings, language, form.languages)


def list_forms(store: Store, event_id: int | None, language: str | None = None) -> list[FormInfo]:
    """The forms of an event (or of the library when ``event_id`` is None), oldest first.

    With ``language``, a built-in form's title is given in that language (``form_title``).
    """
    with store.session() as session:
        questions = (
            select(func.count())
            .where(Question.form_id == EvaluationForm.id, Question.kind != QuestionKind.SECTION)
            .scalar_subquery()
        )
        responses = (
            select(func.count()).where(Response.form_id == EvaluationForm.id).scalar_subquery()
        )
        query = select(EvaluationForm, questions, responses).order_by(EvaluationForm.id)
        query = query.where(
            EvaluationForm.event_id.is_(None)
            if event_id is None
            else EvaluationForm.event_id == event_id
        )
        return [
            FormInfo(id=f.id, questions=q, responses=r, source=f.source, title=(
                localised_title(f.title, f.source, f.settings, language,
                                tuple(c for c in f.languages.split(",") if c))
                if language else f.title))
            for f, q, r in session.execute(query)
        ]  # fmt: skip


def _apply(row: Question, data: QuestionData) -> None:
    row.name, row.kind, row.required = data.name, data.kind, data.required
    row.label, row.hint = dict(data.label), dict(data.hint)
    row.scale_min, row.scale_max = data.scale_min, data.scale_max
    row.low_label, row.high_label = dict(data.low_label), dict(data.high_label)
    row.choices = [
        {"name": c.name, "label": dict(c.label), **({"extra": dict(c.extra)} if c.extra else {})}
        for c in data.choices
    ]
    row.logic = dict(data.logic)


def _clean_languages(languages: tuple[str, ...] | list[str]) -> str:
    codes: list[str] = []
    for code in languages:
        code = code.strip().lower()
        if code and code not in codes:
            codes.append(code)
    return ",".join(codes) or "en"


# --- forms ----------------------------------------------------------------------------------


def create_form(store: Store, event_id: int | None, spec: FormSpec) -> FormRecord:
    """Store a whole form at once; any bad question refuses the form with nothing stored."""
    title = spec.title.strip()
    if not title:
        raise ValidationError({"title": translate("Evaluation", "The form needs a title.")})
    cleaned: list[QuestionData] = []
    taken: set[str] = set()
    for number, data in enumerate(spec.questions, start=1):
        try:
            question = clean_question(data, taken)
        except ValidationError as error:
            text = translate("Evaluation", "Question {n}: {problem}")
            problem = " ".join(error.problems.values())
            raise ValidationError(
                {f"question {number}": text.format(n=number, problem=problem)}
            ) from None
        taken.add(question.name)
        cleaned.append(question)
    with store.session() as session:
        form = EvaluationForm(
            event_id=event_id, title=title[:300], languages=_clean_languages(spec.languages),
            source=spec.source, form_key=spec.form_key, version=spec.version,
            settings=dict(spec.settings),
        )  # fmt: skip
        for position, data in enumerate(cleaned):
            row = Question(position=position)
            _apply(row, data)
            form.questions.append(row)
        session.add(form)
        session.flush()
        return _form_record(session, form)


def create_form_from_template(
    store: Store, event_id: int | None, key: str, language: str = "en"
) -> FormRecord:
    return create_form(store, event_id, template_spec(key, language))


def update_form(
    store: Store,
    form_id: int,
    *,
    title: str | None = None,
    languages: tuple[str, ...] | None = None,
) -> FormRecord:
    with store.session() as session:
        row = _form_row(session, form_id)
        if title is not None:
            if not title.strip():
                raise ValidationError({"title": translate("Evaluation", "The form needs a title.")})
            if title.strip()[:300] != row.title:
                # The user's own title now, in every language: the built-in ones are dropped.
                row.settings = {k: v for k, v in (row.settings or {}).items() if k != TITLES}
            row.title = title.strip()[:300]
        if languages is not None:
            row.languages = _clean_languages(languages)
        session.flush()
        return _form_record(session, row)


def delete_form(store: Store, form_id: int) -> None:
    """Delete a form with all its questions and responses."""
    with store.session() as session:
        session.delete(_form_row(session, form_id))


# --- designer operations ----------------------------------------------------------------------


def _taken(session: Session, form_id: int, except_id: int | None = None) -> set[str]:
    query = select(Question.name).where(Question.form_id == form_id)
    if except_id is not None:
        query = query.where(Question.id != except_id)
    return set(session.scalars(query))


def _renumber(session: Session, form_id: int, order: list[Question]) -> None:
    for position, row in enumerate(order):
        row.position = position
    session.flush()


def _ordered(session: Session, form_id: int) -> list[Question]:
    query = select(Question).where(Question.form_id == form_id)
    return list(session.scalars(query.order_by(Question.position, Question.id)))


def add_question(
    store: Store, form_id: int, data: QuestionData, position: int | None = None
) -> QuestionRecord:
    """Add a question at ``position`` (at the end when None)."""
    with store.session() as session:
        return _insert_question(session, form_id, data, position)


def _insert_question(
    session: Session, form_id: int, data: QuestionData, position: int | None,
    identity: tuple[int, str] | None = None,
) -> QuestionRecord:  # fmt: skip
    _form_row(session, form_id)
    data = clean_question(data, _taken(session, form_id))
    order = _ordered(session, form_id)
    row = Question(form_id=form_id)
    if identity is not None and session.get(Question, identity[0]) is None:
        row.id, row.uuid = identity  # undoing a delete brings back the same question
    _apply(row, data)
    session.add(row)
    index = len(order) if position is None else max(0, min(position, len(order)))
    order.insert(index, row)
    _renumber(session, form_id, order)
    return _question_record(row)


def update_question(store: Store, question_id: int, data: QuestionData) -> QuestionRecord:
    """Change a question. Changing the kind of a question that has answers is refused."""
    with store.session() as session:
        row = _question_row(session, question_id)
        data = clean_question(data, _taken(session, row.form_id, except_id=row.id))
        if data.kind is not row.kind and _answer_count(session, row.id):
            raise ServiceError(
                translate(
                    "Evaluation",
                    "This question already has answers; its kind cannot change. Add a new "
                    "question instead.",
                )
            )
        _apply(row, data)
        session.flush()
        return _question_record(row)


def move_question(store: Store, question_id: int, position: int) -> QuestionRecord:
    """Put a question at ``position`` (0-based) within its form."""
    with store.session() as session:
        row = _question_row(session, question_id)
        order = [q for q in _ordered(session, row.form_id) if q.id != row.id]
        order.insert(max(0, min(position, len(order))), row)
        _renumber(session, row.form_id, order)
        return _question_record(row)


def delete_question(store: Store, question_id: int) -> dict[str, Any]:
    """Delete a question and its answers; returns what ``restore_question`` needs to undo it."""
    with store.session() as session:
        row = _question_row(session, question_id)
        snapshot = {
            "uuid": row.uuid, "form_id": row.form_id, "position": row.position,
            "data": _question_record(row),
            "answers": [
                (a.response_id, a.number, a.text, list(a.choices or []))
                for a in session.scalars(select(Answer).where(Answer.question_id == row.id))
            ],
        }  # fmt: skip
        form_id = row.form_id
        session.delete(row)
        session.flush()
        _renumber(session, form_id, _ordered(session, form_id))
        return snapshot


def restore_question(store: Store, snapshot: dict[str, Any]) -> QuestionRecord:
    """Put back a deleted question with the answers it had (of responses still there)."""
    record: QuestionRecord = snapshot["data"]
    data = QuestionData(
        **{f.name: getattr(record, f.name) for f in dataclasses.fields(QuestionData)}
    )
    with store.session() as session:
        identity = (record.id, snapshot["uuid"])
        question = _insert_question(
            session, snapshot["form_id"], data, snapshot["position"], identity
        )
        alive = set(
            session.scalars(select(Response.id).where(Response.form_id == question.form_id))
        )
        for response_id, number, text, choices in snapshot["answers"]:
            if response_id in alive:
                session.add(Answer(response_id=response_id, question_id=question.id,
                                   number=number, text=text, choices=choices))  # fmt: skip
    return question


def _question_row(session: Session, question_id: int) -> Question:
    row = session.get(Question, question_id)
    if row is None:
        raise NotFoundError(
            translate("Evaluation", "There is no question {id}.").format(id=question_id)
        )
    return row


def _answer_count(session: Session, question_id: int) -> int:
    query = select(func.count()).select_from(Answer).where(Answer.question_id == question_id)
    return session.scalar(query) or 0


def find_form(store: Store, reference: str) -> FormRecord:
    """A form by its id or its exact title (any case); NotFoundError names what was looked for.

    A title used by several forms is refused with their ids, so the caller can pick one.
    """
    text = reference.strip()
    if text.isdigit():
        return get_form(store, int(text))
    with store.session() as session:
        ids = [
            form_id
            for form_id, title in session.execute(select(EvaluationForm.id, EvaluationForm.title))
            if title.casefold() == text.casefold()
        ]
    if len(ids) == 1:
        return get_form(store, ids[0])
    if ids:
        raise NotFoundError(
            translate(
                "Evaluation",
                "Several forms are called \u201c{title}\u201d (ids {ids}); give the id.",
            ).format(title=text, ids=", ".join(map(str, ids)))
        )
    raise NotFoundError(
        translate("Evaluation", "There is no evaluation form \u201c{form}\u201d.").format(form=text)
    )
