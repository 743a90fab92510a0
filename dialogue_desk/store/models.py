"""The whole domain of Dialogue Desk as SQLAlchemy 2.0 typed models.

Every row has an integer primary key for local use, a UUID for merging data gathered on several
laptops, UTC created/updated times and a change clock (``store/base.py``); the sync bookkeeping
tables are in ``store/sync_models.py``. Times of day that belong to the event (planned and actual
agenda times, check-in times) are the venue's local wall-clock time, stored naive.
Schema changes go through Alembic migrations in ``store/migrations``; see ``SCHEMA_HEAD``.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

# The sync tables register on the same metadata (Alembic compares it with the migrations).
from dialogue_desk.store import sync_models as sync_models
from dialogue_desk.store.base import NAMING as NAMING
from dialogue_desk.store.base import Base as Base
from dialogue_desk.store.base import Tracked as Tracked
from dialogue_desk.store.base import new_uuid as new_uuid
from dialogue_desk.store.base import utcnow as utcnow

# Re-exported for the modules that still import the enums from here; new code imports them
# from ``dialogue_desk.store.enums``.
from dialogue_desk.store.enums import (
    ActionStatus,
    AgendaKind,
    CheckInMethod,
    EventKind,
    EventStatus,
    NoteKind,
    QuestionKind,
    ResponseChannel,
    StakeholderGroup,
)


def _enum(cls: type[enum.Enum]) -> Enum:
    # Store the readable value ("dialogue"), not the member name, and keep it a plain string
    # column so adding a member needs no table rebuild on SQLite.
    return Enum(
        cls,
        values_callable=lambda e: [m.value for m in e],
        native_enum=False,
        validate_strings=True,
        length=32,
    )


class Event(Tracked, Base):
    __tablename__ = "event"

    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[EventKind] = mapped_column(_enum(EventKind), default=EventKind.DIALOGUE)
    city: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    venue: Mapped[str] = mapped_column(String(300), default="")
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    #: Working languages, comma separated codes in order of use ("et,ru,en").
    languages: Mapped[str] = mapped_column(String(100), default="en")
    organiser: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[EventStatus] = mapped_column(_enum(EventStatus), default=EventStatus.PLANNED)
    #: Chatham House rule: notes and quotes carry no attribution, exports never attribute.
    chatham_house: Mapped[bool] = mapped_column(Boolean, default=False)
    description: Mapped[str] = mapped_column(Text, default="")

    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True
    )
    participants: Mapped[list[Participant]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True
    )
    notes: Mapped[list[Note]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True
    )
    evaluation_forms: Mapped[list[EvaluationForm]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True
    )


class AgendaItem(Tracked, Base):
    __tablename__ = "agenda_item"
    __table_args__ = (Index("ix_agenda_item_event_day", "event_id", "day", "position"),)

    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    day: Mapped[dt.date] = mapped_column(Date)
    #: Order within the day; items are shown and run in this order.
    position: Mapped[int] = mapped_column(Integer, default=0)
    start_time: Mapped[dt.time] = mapped_column(Time)
    end_time: Mapped[dt.time] = mapped_column(Time)
    title: Mapped[str] = mapped_column(String(500))
    kind: Mapped[AgendaKind] = mapped_column(_enum(AgendaKind), default=AgendaKind.PLENARY)
    facilitators: Mapped[str] = mapped_column(String(500), default="")
    room: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    #: A pinned item keeps its start time when earlier items change length.
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    actual_start: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    actual_end: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    #: The published plan (day and times as first announced). Edits during the event change
    #: ``day``/``start_time``/``end_time`` (the expected times), never the baseline; None until
    #: the plan is published.
    baseline_day: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    baseline_start: Mapped[dt.time | None] = mapped_column(Time, nullable=True)
    baseline_end: Mapped[dt.time | None] = mapped_column(Time, nullable=True)

    event: Mapped[Event] = relationship(back_populates="agenda_items")
    notes: Mapped[list[Note]] = relationship(back_populates="agenda_item")


class Participant(Tracked, Base):
    __tablename__ = "participant"
    __table_args__ = (Index("ix_participant_event_name", "event_id", "last_name", "first_name"),)

    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    first_name: Mapped[str] = mapped_column(String(200), default="")
    last_name: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    role: Mapped[str] = mapped_column(String(200), default="")
    stakeholder_group: Mapped[StakeholderGroup] = mapped_column(
        _enum(StakeholderGroup), default=StakeholderGroup.OTHER
    )
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    preferred_language: Mapped[str] = mapped_column(String(8), default="")
    consent_listed: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_photos: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    walk_in: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Name and organisation folded to plain Latin lower case (diacritics removed, Cyrillic
    #: transliterated) so "smir" finds "Смирнова" and "kalnins" finds "Kalniņš".
    search_key: Mapped[str] = mapped_column(Text, default="")

    event: Mapped[Event] = relationship(back_populates="participants")
    check_ins: Mapped[list[CheckIn]] = relationship(
        back_populates="participant", cascade="all, delete-orphan", passive_deletes=True
    )


class CheckIn(Tracked, Base):
    """One participant present on one day of the event."""

    __tablename__ = "check_in"
    __table_args__ = (
        UniqueConstraint("participant_id", "day", name="uq_check_in_participant_day"),
        Index("ix_check_in_event_day", "event_id", "day"),
    )

    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    day: Mapped[dt.date] = mapped_column(Date)
    checked_in_at: Mapped[dt.datetime] = mapped_column(DateTime)
    method: Mapped[CheckInMethod] = mapped_column(_enum(CheckInMethod), default=CheckInMethod.DOOR)

    participant: Mapped[Participant] = relationship(back_populates="check_ins")


class Note(Tracked, Base):
    __tablename__ = "note"
    __table_args__ = (Index("ix_note_event_item", "event_id", "agenda_item_id", "position"),)

    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    #: None means "General", a note about the event as a whole.
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), nullable=True
    )
    kind: Mapped[NoteKind] = mapped_column(_enum(NoteKind), default=NoteKind.NOTE)
    text: Mapped[str] = mapped_column(Text, default="")
    #: Who said it (for quotes) or who wrote it; never exported under the Chatham House rule.
    author: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    event: Mapped[Event] = relationship(back_populates="notes")
    agenda_item: Mapped[AgendaItem | None] = relationship(back_populates="notes")
    action_item: Mapped[ActionItem | None] = relationship(
        back_populates="note", cascade="all, delete-orphan", passive_deletes=True, uselist=False
    )


class ActionItem(Tracked, Base):
    """The follow-up part of an action-item note: who does what by when."""

    __tablename__ = "action_item"

    note_id: Mapped[int] = mapped_column(ForeignKey("note.id", ondelete="CASCADE"), unique=True)
    owner: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    due_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[ActionStatus] = mapped_column(_enum(ActionStatus), default=ActionStatus.OPEN)

    note: Mapped[Note] = relationship(back_populates="action_item")


class EvaluationForm(Tracked, Base):
    __tablename__ = "evaluation_form"

    #: A form may belong to an event or stand in the store's library of forms.
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), nullable=True
    )
    title: Mapped[str] = mapped_column(String(300))
    #: Languages the labels are given in, comma separated; the first is the default.
    languages: Mapped[str] = mapped_column(String(100), default="en")
    #: Where it came from: "template:dialogue", "template:training", "xlsform", "designer".
    source: Mapped[str] = mapped_column(String(100), default="designer")
    #: The XLSForm form_id / version when imported, kept for export back.
    form_key: Mapped[str] = mapped_column(String(200), default="")
    version: Mapped[str] = mapped_column(String(100), default="")
    #: Form-wide settings kept from an XLSForm and used by the kiosk: groups (pages and
    #: sections), style, default language, anything else needed to export the form back.
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, server_default="{}")

    event: Mapped[Event | None] = relationship(back_populates="evaluation_forms")
    questions: Mapped[list[Question]] = relationship(
        back_populates="form",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Question.position",
    )
    responses: Mapped[list[Response]] = relationship(
        back_populates="form", cascade="all, delete-orphan", passive_deletes=True
    )


class Question(Tracked, Base):
    __tablename__ = "question"
    __table_args__ = (Index("ix_question_form_position", "form_id", "position"),)

    form_id: Mapped[int] = mapped_column(ForeignKey("evaluation_form.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: Stable machine name (the XLSForm ``name``), unique within the form.
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[QuestionKind] = mapped_column(_enum(QuestionKind))
    #: {language code: text}
    label: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    hint: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    required: Mapped[bool] = mapped_column(Boolean, default=False)
    scale_min: Mapped[int | None] = mapped_column(Integer, nullable=True)
    scale_max: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: End labels of a rating scale, {language code: text}.
    low_label: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    high_label: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    #: [{"name": "yes", "label": {language code: text}}, ...]
    choices: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    #: The question's XLSForm logic: relevant, constraint, constraint_message, required (as an
    #: expression), choice_filter, calculation, default, appearance, group, parameters, ...
    logic: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, server_default="{}")

    form: Mapped[EvaluationForm] = relationship(back_populates="questions")


class Response(Tracked, Base):
    """One filled-in evaluation form."""

    __tablename__ = "response"
    __table_args__ = (Index("ix_response_form", "form_id"),)

    form_id: Mapped[int] = mapped_column(ForeignKey("evaluation_form.id", ondelete="CASCADE"))
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), nullable=True
    )
    submitted_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    channel: Mapped[ResponseChannel] = mapped_column(
        _enum(ResponseChannel), default=ResponseChannel.PAPER
    )
    language: Mapped[str] = mapped_column(String(8), default="")
    #: Names of the questions that were not relevant (skipped by the form's logic).
    skipped: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")

    form: Mapped[EvaluationForm] = relationship(back_populates="responses")
    answers: Mapped[list[Answer]] = relationship(
        back_populates="response", cascade="all, delete-orphan", passive_deletes=True
    )


class Answer(Tracked, Base):
    __tablename__ = "answer"
    __table_args__ = (
        UniqueConstraint("response_id", "question_id", name="uq_answer_response_question"),
    )

    response_id: Mapped[int] = mapped_column(ForeignKey("response.id", ondelete="CASCADE"))
    question_id: Mapped[int] = mapped_column(ForeignKey("question.id", ondelete="CASCADE"))
    #: Ratings, numbers and yes/no (1/0) are numbers; choices are lists of choice names.
    number: Mapped[float | None] = mapped_column(Float, nullable=True)
    text: Mapped[str] = mapped_column(Text, default="")
    choices: Mapped[list[str]] = mapped_column(JSON, default=list)

    response: Mapped[Response] = relationship(back_populates="answers")
