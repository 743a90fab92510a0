"""The records notes services hand out: to the Notes tab, the workbook and the PDF report."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dialogue_desk.i18n import QT_TRANSLATE_NOOP, translate, translate_in
from dialogue_desk.store.enums import ActionStatus, NoteKind
from dialogue_desk.store.models import Note

CONTEXT = "Notes"
GENERAL = QT_TRANSLATE_NOOP("Notes", "General")


def _local(utc: dt.datetime) -> dt.datetime:
    """A stored UTC time as the machine's local wall-clock time (naive)."""
    return utc.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


@dataclass(frozen=True)
class ActionFields:
    """The follow-up part of an action item: who does what by when, and whether it is done."""

    owner: str = ""
    organisation: str = ""
    due_date: dt.date | None = None
    status: ActionStatus = ActionStatus.OPEN


@dataclass(frozen=True)
class NoteRecord:
    """One note as the window and the exports see it.

    ``author`` is empty under the Chatham House rule. ``agenda_item_title`` is empty for
    General notes (use :func:`section_title`). The action fields are filled for action items
    only (``status`` is None otherwise). Times are local wall-clock times.
    """

    id: int
    uuid: str
    event_id: int
    agenda_item_id: int | None
    agenda_item_title: str
    agenda_item_day: dt.date | None
    agenda_item_start: dt.time | None
    kind: NoteKind
    text: str
    author: str
    position: int
    created_at: dt.datetime
    updated_at: dt.datetime
    owner: str = ""
    organisation: str = ""
    due_date: dt.date | None = None
    status: ActionStatus | None = None

    @property
    def is_action_item(self) -> bool:
        return self.kind is NoteKind.ACTION_ITEM

    @property
    def is_general(self) -> bool:
        return self.agenda_item_id is None


@dataclass(frozen=True)
class Section:
    """An entry of the notes' left-hand list: an agenda item, or General (``id`` None)."""

    id: int | None
    title: str
    day: dt.date | None
    start_time: dt.time | None
    end_time: dt.time | None
    running: bool
    held: bool
    note_count: int


@dataclass(frozen=True)
class DeletedNote:
    """Everything needed to put a deleted note back exactly as it was (for undo)."""

    uuid: str
    event_id: int
    agenda_item_id: int | None
    kind: NoteKind
    text: str
    author: str
    position: int
    created_at: dt.datetime
    action: ActionFields | None


def section_title(record: NoteRecord | Section, language: str | None = None) -> str:
    """The agenda item's title, or "General" in ``language`` (the interface's when None)."""
    title = record.agenda_item_title if isinstance(record, NoteRecord) else record.title
    if title:
        return title
    return (
        translate(CONTEXT, GENERAL)
        if language is None
        else translate_in(language, CONTEXT, GENERAL)
    )


def note_record(row: Note, chatham_house: bool) -> NoteRecord:
    item = row.agenda_item
    action = row.action_item if row.kind is NoteKind.ACTION_ITEM else None
    return NoteRecord(
        id=row.id,
        uuid=row.uuid,
        event_id=row.event_id,
        agenda_item_id=row.agenda_item_id,
        agenda_item_title=item.title if item is not None else "",
        agenda_item_day=item.day if item is not None else None,
        agenda_item_start=item.start_time if item is not None else None,
        kind=row.kind,
        text=row.text,
        author="" if chatham_house else row.author,
        position=row.position,
        created_at=_local(row.created_at),
        updated_at=_local(row.updated_at),
        owner=action.owner if action else "",
        organisation=action.organisation if action else "",
        due_date=action.due_date if action else None,
        status=(action.status if action else ActionStatus.OPEN) if row.kind is NoteKind.ACTION_ITEM
        else None,
    )  # fmt: skip


def section_order(record: NoteRecord) -> tuple[int, dt.date, dt.time, int]:
    # General first, then agenda items in programme order, then notes in their own order.
    if record.agenda_item_id is None:
        return (0, dt.date.min, dt.time.min, record.position)
    return (1, record.agenda_item_day or dt.date.min, record.agenda_item_start or dt.time.min,
            record.position)  # fmt: skip
