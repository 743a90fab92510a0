"""Problems of an agenda that are flagged, never silently corrected: an item ending before it
starts, items overlapping or out of order, items on days outside the event."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dialogue_desk.i18n import translate

if TYPE_CHECKING:
    from dialogue_desk.services.agenda.items import AgendaItemRecord


class Problem(enum.StrEnum):
    END_BEFORE_START = "end_before_start"
    OVERLAP = "overlap"
    OUT_OF_ORDER = "out_of_order"
    OUTSIDE_EVENT = "outside_event"


@dataclass(frozen=True)
class ItemProblem:
    kind: Problem
    message: str


def agenda_problems(
    items: Sequence[AgendaItemRecord], first_day: dt.date, last_day: dt.date
) -> dict[int, list[ItemProblem]]:
    """Problems of each item (by id): end before start, overlap, order, outside the event."""
    problems: dict[int, list[ItemProblem]] = {}

    def add(item: AgendaItemRecord, kind: Problem, message: str) -> None:
        problems.setdefault(item.id, []).append(ItemProblem(kind, message))

    previous: AgendaItemRecord | None = None
    latest: AgendaItemRecord | None = None  # the item of the day that ends last so far
    for item in sorted(items, key=lambda i: (i.day, i.position)):
        if not first_day <= item.day <= last_day:
            add(
                item,
                Problem.OUTSIDE_EVENT,
                translate("Agenda", "This day is not one of the event's days."),
            )
        if item.end_time <= item.start_time:
            add(
                item,
                Problem.END_BEFORE_START,
                translate("Agenda", "It ends before it starts."),
            )
        if previous is not None and previous.day == item.day and latest is not None:
            if item.start_time < previous.start_time:
                add(
                    item,
                    Problem.OUT_OF_ORDER,
                    translate("Agenda", "It starts before the item above it."),
                )
            elif item.start_time < latest.end_time:
                add(
                    item,
                    Problem.OVERLAP,
                    translate("Agenda", "It overlaps \u201c{title}\u201d (until {end}).").format(
                        title=latest.title, end=latest.end_time.strftime("%H:%M")
                    ),
                )
        else:
            latest = None
        if latest is None or item.end_time > latest.end_time:
            latest = item
        previous = item
    return problems
