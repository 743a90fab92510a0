"""Human names of the domain's kinds, translated for the interface or for an export language."""

from __future__ import annotations

import enum

from dialogue_desk.i18n import QT_TRANSLATE_NOOP, translate, translate_in
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

CONTEXT = "Labels"

# Members of different kinds may share a value (AgendaKind.OTHER == StakeholderGroup.OTHER ==
# "other", being StrEnums), so labels are keyed by kind and value, not by the member alone.
_PAIRS: list[tuple[enum.Enum, str]] = [
    (EventKind.DIALOGUE, QT_TRANSLATE_NOOP("Labels", "Dialogue event")),
    (EventKind.TRAINING, QT_TRANSLATE_NOOP("Labels", "Training seminar")),
    (EventStatus.PLANNED, QT_TRANSLATE_NOOP("Labels", "Planned")),
    (EventStatus.RUNNING, QT_TRANSLATE_NOOP("Labels", "Running")),
    (EventStatus.CLOSED, QT_TRANSLATE_NOOP("Labels", "Closed")),
    (AgendaKind.PLENARY, QT_TRANSLATE_NOOP("Labels", "Plenary")),
    (AgendaKind.PANEL, QT_TRANSLATE_NOOP("Labels", "Panel")),
    (AgendaKind.GROUP_DISCUSSION, QT_TRANSLATE_NOOP("Labels", "Group discussion")),
    (AgendaKind.WORLD_CAFE, QT_TRANSLATE_NOOP("Labels", "World café")),
    (AgendaKind.WORKSHOP, QT_TRANSLATE_NOOP("Labels", "Workshop")),
    (AgendaKind.BREAK, QT_TRANSLATE_NOOP("Labels", "Break")),
    (AgendaKind.LUNCH, QT_TRANSLATE_NOOP("Labels", "Lunch")),
    (AgendaKind.NETWORKING, QT_TRANSLATE_NOOP("Labels", "Networking")),
    (AgendaKind.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (StakeholderGroup.PUBLIC_AUTHORITY, QT_TRANSLATE_NOOP("Labels", "Public authority")),
    (
        StakeholderGroup.MIGRANT_ASSOCIATION,
        QT_TRANSLATE_NOOP("Labels", "Immigrant or ethnic-minority association"),
    ),
    (StakeholderGroup.CONSULTATIVE_BODY, QT_TRANSLATE_NOOP("Labels", "Consultative body")),
    (StakeholderGroup.RESEARCH, QT_TRANSLATE_NOOP("Labels", "Research institution")),
    (StakeholderGroup.NGO, QT_TRANSLATE_NOOP("Labels", "NGO / civil society")),
    (StakeholderGroup.OTHER, QT_TRANSLATE_NOOP("Labels", "Other stakeholder")),
    (CheckInMethod.DOOR, QT_TRANSLATE_NOOP("Labels", "Door")),
    (CheckInMethod.WALK_IN, QT_TRANSLATE_NOOP("Labels", "Walk-in")),
    (CheckInMethod.PAPER, QT_TRANSLATE_NOOP("Labels", "Paper list")),
    (NoteKind.NOTE, QT_TRANSLATE_NOOP("Labels", "Note")),
    (NoteKind.KEY_POINT, QT_TRANSLATE_NOOP("Labels", "Key point")),
    (NoteKind.DECISION, QT_TRANSLATE_NOOP("Labels", "Decision")),
    (NoteKind.ACTION_ITEM, QT_TRANSLATE_NOOP("Labels", "Action item")),
    (NoteKind.QUESTION, QT_TRANSLATE_NOOP("Labels", "Question")),
    (NoteKind.QUOTE, QT_TRANSLATE_NOOP("Labels", "Quote")),
    (ActionStatus.OPEN, QT_TRANSLATE_NOOP("Labels", "Open")),
    (ActionStatus.DONE, QT_TRANSLATE_NOOP("Labels", "Done")),
    (QuestionKind.RATING, QT_TRANSLATE_NOOP("Labels", "Rating scale")),
    (QuestionKind.SINGLE_CHOICE, QT_TRANSLATE_NOOP("Labels", "Single choice")),
    (QuestionKind.MULTIPLE_CHOICE, QT_TRANSLATE_NOOP("Labels", "Multiple choice")),
    (QuestionKind.YES_NO, QT_TRANSLATE_NOOP("Labels", "Yes / no")),
    (QuestionKind.NUMBER, QT_TRANSLATE_NOOP("Labels", "Number")),
    (QuestionKind.SHORT_TEXT, QT_TRANSLATE_NOOP("Labels", "Short text")),
    (QuestionKind.LONG_TEXT, QT_TRANSLATE_NOOP("Labels", "Long text")),
    (QuestionKind.SECTION, QT_TRANSLATE_NOOP("Labels", "Section heading")),
    (QuestionKind.DATE, QT_TRANSLATE_NOOP("Labels", "Date")),
    (QuestionKind.TIME, QT_TRANSLATE_NOOP("Labels", "Time")),
    (QuestionKind.DATETIME, QT_TRANSLATE_NOOP("Labels", "Date and time")),
    (QuestionKind.ACKNOWLEDGE, QT_TRANSLATE_NOOP("Labels", "Acknowledgement")),
    (QuestionKind.RANK, QT_TRANSLATE_NOOP("Labels", "Ranking")),
    (QuestionKind.CALCULATE, QT_TRANSLATE_NOOP("Labels", "Calculated (not shown)")),
    (ResponseChannel.KIOSK, QT_TRANSLATE_NOOP("Labels", "Kiosk")),
    (ResponseChannel.PAPER, QT_TRANSLATE_NOOP("Labels", "Paper")),
    (ResponseChannel.IMPORT, QT_TRANSLATE_NOOP("Labels", "Imported")),
]
_LABELS: dict[tuple[type, str], str] = {(type(m), m.value): text for m, text in _PAIRS}


def label(member: enum.Enum, language: str | None = None) -> str:
    """The name of ``member`` in ``language``, or in the interface language when None."""
    source = _LABELS.get((type(member), member.value), str(member.value))
    if language is None:
        return translate(CONTEXT, source)
    return translate_in(language, CONTEXT, source)
