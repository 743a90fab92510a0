"""Practice mode: a separate practice store with the demo event, and the guided exercises.

The practice store (``practice.sqlite`` in the data folder) is a different file from the real
store; the app closes one before it opens the other, so practising never touches real events.
Its exports go to their own folder (``practice-exports`` in the data folder), never among the
real ones. The practice event is written in the interface language; an event the trainee has
not touched yet is made afresh for today and for the language now chosen.
Each exercise is checked against what the trainee actually did in the practice store.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from dialogue_desk.i18n import QT_TRANSLATE_NOOP, normalise, ui_language
from dialogue_desk.services.demo import create_demo_event
from dialogue_desk.services.events import list_events
from dialogue_desk.store import Store, open_store
from dialogue_desk.store.enums import CheckInMethod, EventStatus, NoteKind, ResponseChannel
from dialogue_desk.store.models import (
    ActionItem,
    AgendaItem,
    CheckIn,
    Event,
    Note,
    Participant,
    Response,
)

CONTEXT = "Practice"


@dataclass(frozen=True)
class Exercise:
    key: str
    title: str  # English source; translate with translate(CONTEXT, title)
    hint: str


EXERCISES: tuple[Exercise, ...] = (
    Exercise(
        "check_in",
        QT_TRANSLATE_NOOP("Practice", "Check in ten arrivals, two of them walk-ins"),
        QT_TRANSLATE_NOOP(
            "Practice",
            "Check-in tab: type two or three letters of a name and press Enter; add a walk-in "
            "for someone who is not on the list.",
        ),
    ),
    Exercise(
        "agenda",
        QT_TRANSLATE_NOOP("Practice", "Keep the agenda on time when an item overruns"),
        QT_TRANSLATE_NOOP(
            "Practice",
            "Agenda tab: press F5 to start an item, let it run past its end, then start the "
            "next one and watch how late the day is running.",
        ),
    ),
    Exercise(
        "notes",
        QT_TRANSLATE_NOOP("Practice", "Record two decisions and an action item"),
        QT_TRANSLATE_NOOP(
            "Practice",
            "Notes tab (Ctrl+3): type a note, mark it as a decision or an action item with an "
            "owner and a due date.",
        ),
    ),
    Exercise(
        "kiosk",
        QT_TRANSLATE_NOOP("Practice", "Run the evaluation kiosk for three respondents"),
        QT_TRANSLATE_NOOP(
            "Practice",
            "Evaluation tab: start the kiosk, answer the form three times as different "
            "participants, then leave the kiosk with the PIN.",
        ),
    ),
    Exercise(
        "close",
        QT_TRANSLATE_NOOP("Practice", "Close the event and export its workbook and PDF"),
        QT_TRANSLATE_NOOP(
            "Practice",
            "File menu: Close event and export… writes the workbook and the PDF summary; open "
            "them with Open folder in the message that follows.",
        ),
    ),
)


@dataclass(frozen=True)
class ExerciseState:
    exercise: Exercise
    done: bool
    #: How far along, e.g. (7, 10) check-ins; (0, 0) when there is nothing to count.
    progress: tuple[int, int]


def practice_language(language: str | None = None) -> str:
    """The language the practice event is written in: ``language``, else the interface's."""
    return normalise(language or ui_language())


def ensure_practice_event(store: Store, language: str | None = None) -> int:
    """The practice store's event, creating it (dated today) if the store is empty.

    It is written in ``language`` (by default the interface language). An event the trainee
    has not touched yet, but made on another day or in another language, is made afresh, so
    "Open the practice event" after a change of language gives the new language; one with
    anything done in it is kept as it is (Reset practice starts it afresh).
    """
    language = practice_language(language)
    existing = list_events(store)
    if existing:
        event = existing[0]
        current = event.language == language and event.start_date == dt.date.today()
        if current or len(existing) > 1 or not _untouched(store, event.id):
            return event.id
        with store.session() as session:
            row = session.get(Event, event.id)
            if row is not None:
                session.delete(row)
    return create_demo_event(
        store, participants=60, responses=0, seed=11, fresh=True, language=language
    )


def _untouched(store: Store, event_id: int) -> bool:
    """Nothing done in the event since it was made: no arrival, note, response, start or edit."""
    with store.session() as s:
        event = s.get(Event, event_id)
        if event is None or event.status is not EventStatus.PLANNED:
            return False
        done = [
            select(CheckIn.id).where(CheckIn.event_id == event_id),
            select(Note.id).where(Note.event_id == event_id),
            select(Response.id).where(Response.event_id == event_id),
            select(AgendaItem.id).where(
                AgendaItem.event_id == event_id, AgendaItem.actual_start.is_not(None)
            ),
        ]
        # Made in one transaction: anything changed or added later has a later time.
        later = event.created_at + dt.timedelta(seconds=5)
        for table in (Event, AgendaItem, Participant):
            owner = table.id if table is Event else table.event_id
            done.append(select(table.id).where(owner == event_id, table.updated_at > later))
        return not any(s.scalar(query.limit(1)) is not None for query in done)


def reset_practice_store(path: Path, language: str | None = None) -> Store:
    """Delete the practice store (which must be closed) and open a fresh one with its event.

    The new event is written in ``language``, by default the interface language now chosen.
    """
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        candidate.unlink(missing_ok=True)
    store = open_store(path)
    ensure_practice_event(store, language)
    return store


def exercise_states(
    store: Store, event_id: int, exports_dir: Path | None = None
) -> list[ExerciseState]:
    """How far the trainee is with each exercise on the practice event."""
    with store.session() as s:

        def count(query) -> int:  # type: ignore[no-untyped-def]
            return int(s.scalar(query) or 0)

        check_ins = count(
            select(func.count()).select_from(CheckIn).where(CheckIn.event_id == event_id)
        )
        walk_ins = count(
            select(func.count()).select_from(CheckIn).join(Participant)
            .where(CheckIn.event_id == event_id)
            .where((CheckIn.method == CheckInMethod.WALK_IN) | Participant.walk_in)
        )  # fmt: skip
        items = list(s.scalars(select(AgendaItem).where(AgendaItem.event_id == event_id)
                               .order_by(AgendaItem.day, AgendaItem.position)))  # fmt: skip
        decisions = count(select(func.count()).select_from(Note).where(
            Note.event_id == event_id, Note.kind == NoteKind.DECISION))  # fmt: skip
        actions = count(select(func.count()).select_from(ActionItem).join(Note).where(
            Note.event_id == event_id))  # fmt: skip
        kiosk = count(select(func.count()).select_from(Response).where(
            Response.event_id == event_id, Response.channel == ResponseChannel.KIOSK))  # fmt: skip
        event = s.get(Event, event_id)
        closed = event is not None and event.status is EventStatus.CLOSED
        created = event.created_at if event is not None else dt.datetime.min

    overran_then_moved_on = any(
        _overran(item) and later.actual_start is not None
        for item, later in zip(items, items[1:], strict=False)
        if later.day == item.day
    )
    exported = _exported_since(exports_dir, created) if exports_dir else False
    states = {
        "check_in": (check_ins >= 10 and walk_ins >= 2, (min(check_ins, 10), 10)),
        "agenda": (overran_then_moved_on, (0, 0)),
        "notes": (decisions >= 2 and actions >= 1, (min(decisions, 2) + min(actions, 1), 3)),
        "kiosk": (kiosk >= 3, (min(kiosk, 3), 3)),
        "close": (closed and exported, (int(closed) + int(exported), 2)),
    }
    return [ExerciseState(e, *states[e.key]) for e in EXERCISES]


def _overran(item: AgendaItem) -> bool:
    if item.actual_start is None or item.actual_end is None:
        return False
    planned = dt.datetime.combine(item.day, item.end_time) - dt.datetime.combine(
        item.day, item.start_time
    )
    return item.actual_end - item.actual_start > planned


def _exported_since(folder: Path, since: dt.datetime) -> bool:
    """A workbook and a PDF written after the practice event was created (UTC).

    Only finished files count: the hidden part files of an export still being written
    (``.dialogue-desk-….part.pdf``) and LibreOffice's lock files do not.
    """
    if not folder.is_dir():
        return False
    threshold = since.replace(tzinfo=dt.UTC).timestamp()
    suffixes: set[str] = set()
    for path in folder.rglob("*"):
        if path.name.startswith((".", "~$")) or path.suffix not in (".xlsx", ".pdf"):
            continue
        try:
            if path.is_file() and path.stat().st_mtime >= threshold:
                suffixes.add(path.suffix)
        except OSError:
            continue  # removed while we looked
    return suffixes == {".xlsx", ".pdf"}
