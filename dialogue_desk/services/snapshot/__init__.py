"""The read model for exports: one immutable snapshot of an event.

The package's public face: callers import from here, not from its modules.
"""

from dialogue_desk.services.snapshot.figures import (
    NUMERIC_KINDS,
    TEXT_KINDS,
    AttendanceFigures,
    GroupFigure,
    QuestionFigures,
    attendance,
    question_figures,
    rating_means,
)
from dialogue_desk.services.snapshot.loading import load_snapshot
from dialogue_desk.services.snapshot.pseudonyms import (
    EMAIL_MARK,
    PHONE_MARK,
    pseudonymise,
)
from dialogue_desk.services.snapshot.records import (
    ActionEntry,
    AgendaEntry,
    AnswerEntry,
    CheckInEntry,
    ChoiceEntry,
    EventInfo,
    EventSnapshot,
    FormEntry,
    NoteEntry,
    ParticipantEntry,
    QuestionEntry,
    ResponseEntry,
    participant_code,
)

__all__ = [
    "ActionEntry",
    "AgendaEntry",
    "AnswerEntry",
    "AttendanceFigures",
    "CheckInEntry",
    "ChoiceEntry",
    "EMAIL_MARK",
    "EventInfo",
    "EventSnapshot",
    "FormEntry",
    "GroupFigure",
    "NUMERIC_KINDS",
    "NoteEntry",
    "PHONE_MARK",
    "ParticipantEntry",
    "QuestionEntry",
    "QuestionFigures",
    "ResponseEntry",
    "TEXT_KINDS",
    "attendance",
    "load_snapshot",
    "participant_code",
    "pseudonymise",
    "question_figures",
    "rating_means",
]
