"""The fixed choices of the domain (kinds, statuses, groups), importable without SQLAlchemy.

The models store each as its readable value ("dialogue"); services, exchange and the interface
use them without loading the ORM.
"""

from __future__ import annotations

import enum

__all__ = [
    "ActionStatus",
    "AgendaKind",
    "CheckInMethod",
    "EventKind",
    "EventStatus",
    "NoteKind",
    "QuestionKind",
    "ResponseChannel",
    "StakeholderGroup",
]


class EventKind(enum.StrEnum):
    DIALOGUE = "dialogue"
    TRAINING = "training"


class EventStatus(enum.StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    CLOSED = "closed"


class AgendaKind(enum.StrEnum):
    PLENARY = "plenary"
    PANEL = "panel"
    GROUP_DISCUSSION = "group_discussion"
    WORLD_CAFE = "world_cafe"
    WORKSHOP = "workshop"
    BREAK = "break"
    LUNCH = "lunch"
    NETWORKING = "networking"
    OTHER = "other"


class StakeholderGroup(enum.StrEnum):
    PUBLIC_AUTHORITY = "public_authority"
    MIGRANT_ASSOCIATION = "migrant_association"
    CONSULTATIVE_BODY = "consultative_body"
    RESEARCH = "research"
    NGO = "ngo"
    OTHER = "other"


class CheckInMethod(enum.StrEnum):
    DOOR = "door"
    WALK_IN = "walk_in"
    PAPER = "paper"


class NoteKind(enum.StrEnum):
    NOTE = "note"
    KEY_POINT = "key_point"
    DECISION = "decision"
    ACTION_ITEM = "action_item"
    QUESTION = "question"
    QUOTE = "quote"


class ActionStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"


class QuestionKind(enum.StrEnum):
    RATING = "rating"
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    YES_NO = "yes_no"
    NUMBER = "number"
    SHORT_TEXT = "short_text"
    LONG_TEXT = "long_text"
    #: A heading, a note, or the start of an XLSForm group (``logic["type"]`` tells which).
    SECTION = "section"
    DATE = "date"
    TIME = "time"
    DATETIME = "datetime"
    #: A statement to confirm ("OK"); the answer is True or absent.
    ACKNOWLEDGE = "acknowledge"
    #: The choices put in order; the answer is the list of choice names, first = most.
    RANK = "rank"
    #: Computed from other answers (XLSForm calculate / hidden): stored, never shown.
    CALCULATE = "calculate"


class ResponseChannel(enum.StrEnum):
    KIOSK = "kiosk"
    PAPER = "paper"
    IMPORT = "import"
