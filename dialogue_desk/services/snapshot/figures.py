"""The headline figures of an event, computed from its snapshot: attendance, mix, evaluation.

Definitions (the same in the workbook, the comparison and the PDF):
- *registered*: participants registered before the event (not walk-ins);
- *walk-ins*: participants added at the door;
- *attended*: participants checked in on at least one day (walk-ins included);
- *attendance rate*: registered participants who attended / registered participants;
- *stakeholder mix*: attended participants by stakeholder group (registered ones when nobody has
  attended yet), as counts and shares.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from dataclasses import dataclass

from dialogue_desk.services.snapshot.records import (
    EventSnapshot,
    FormEntry,
    QuestionEntry,
)
from dialogue_desk.store.enums import QuestionKind, StakeholderGroup

NUMERIC_KINDS = (QuestionKind.RATING, QuestionKind.NUMBER, QuestionKind.YES_NO)
TEXT_KINDS = (QuestionKind.SHORT_TEXT, QuestionKind.LONG_TEXT)


@dataclass(frozen=True)
class GroupFigure:
    group: StakeholderGroup
    registered: int
    attended: int
    #: Share of the mix (attended, or registered when nobody attended), 0..1.
    share: float


@dataclass(frozen=True)
class AttendanceFigures:
    participants: int
    registered: int
    walk_ins: int
    attended: int
    attended_registered: int
    #: registered who attended / registered, None when nobody was registered.
    attendance_rate: float | None
    per_day: tuple[tuple[dt.date, int], ...]
    mix: tuple[GroupFigure, ...]
    #: True when the mix counts attendees, False when it counts registrations.
    mix_of_attended: bool


@dataclass(frozen=True)
class QuestionFigures:
    form: FormEntry
    question: QuestionEntry
    #: Number of responses that answered the question.
    answered: int
    mean: float | None
    median: float | None
    #: (value or choice name, count) in scale or choice order.
    distribution: tuple[tuple[str | float, int], ...]
    #: Responses whose form logic skipped the question (not relevant to them).
    skipped: int = 0
    #: Responses that could have answered and did not.
    unanswered: int = 0


def attendance(snapshot: EventSnapshot) -> AttendanceFigures:
    people = snapshot.participants
    registered = [p for p in people if not p.walk_in]
    attended = [p for p in people if p.days_attended]
    attended_registered = sum(1 for p in registered if p.days_attended)
    per_day = Counter(c.day for c in snapshot.check_ins)
    mix_base = attended or list(people)
    by_group_reg = Counter(p.stakeholder_group for p in registered)
    by_group_att = Counter(p.stakeholder_group for p in attended)
    by_group_mix = Counter(p.stakeholder_group for p in mix_base)
    mix = tuple(
        GroupFigure(
            group,
            by_group_reg.get(group, 0),
            by_group_att.get(group, 0),
            by_group_mix.get(group, 0) / len(mix_base) if mix_base else 0.0,
        )
        for group in StakeholderGroup
    )
    return AttendanceFigures(
        participants=len(people),
        registered=len(registered),
        walk_ins=len(people) - len(registered),
        attended=len(attended),
        attended_registered=attended_registered,
        attendance_rate=attended_registered / len(registered) if registered else None,
        per_day=tuple((day, per_day.get(day, 0)) for day in snapshot.event.days),
        mix=mix,
        mix_of_attended=bool(attended),
    )


def question_figures(snapshot: EventSnapshot) -> list[QuestionFigures]:
    """Per question of every form: answers, mean and median, distribution (sections skipped)."""
    result: list[QuestionFigures] = []
    for form in snapshot.forms:
        responses = [r for r in snapshot.responses if r.form_id == form.id]
        for question in form.questions:
            if question.kind is QuestionKind.SECTION:
                continue
            answers = [r.answers[question.id] for r in responses if question.id in r.answers]
            mean = median = None
            distribution: list[tuple[str | float, int]] = []
            if question.kind in NUMERIC_KINDS:
                values = [a.number for a in answers if a.number is not None]
                answered = len(values)
                if values:
                    mean = statistics.fmean(values)
                    median = float(statistics.median(values))
                counts = Counter(values)
                scale: list[float] = sorted(counts)
                if question.kind is QuestionKind.RATING and question.scale_min is not None:
                    top = (
                        question.scale_max if question.scale_max is not None else max(scale or [0])
                    )
                    full = [float(v) for v in range(question.scale_min, int(top) + 1)]
                    scale = full + [v for v in scale if v not in full]
                elif question.kind is QuestionKind.YES_NO:
                    scale = [1.0, 0.0]
                distribution = [(v, counts.get(v, 0)) for v in scale]
            elif question.kind in (QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE):
                chosen = [a for a in answers if a.choices]
                answered = len(chosen)
                counts = Counter(name for a in chosen for name in a.choices)
                names = [c.name for c in question.choices]
                names += sorted(n for n in counts if n not in names)
                distribution = [(n, counts.get(n, 0)) for n in names]
            else:
                answered = sum(1 for a in answers if a.text.strip())
            skipped = sum(1 for r in responses if question.name in r.skipped)
            result.append(
                QuestionFigures(form, question, answered, mean, median, tuple(distribution),
                                skipped, max(0, len(responses) - answered - skipped))
            )  # fmt: skip
    return result


def rating_means(snapshot: EventSnapshot) -> dict[str, float]:
    """Mean of each rating question by its machine name (the first form wins on a clash)."""
    means: dict[str, float] = {}
    for figures in question_figures(snapshot):
        if figures.question.kind is QuestionKind.RATING and figures.mean is not None:
            means.setdefault(figures.question.name, figures.mean)
    return means
