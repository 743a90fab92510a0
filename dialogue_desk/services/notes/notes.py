"""Session notes: key points, decisions, action items and quotes, under agenda items.

A note belongs to an agenda item of its event or, with no item, to "General" (the event as a
whole). Within one item notes are kept in ``position`` order, newest last. Under the event's
Chatham House rule nothing is attributed: new notes store no author and every record handed
out (to the window and to the exports) carries an empty author.

Exports read :func:`list_notes` and :func:`list_action_items` (records and :func:`section_title`,
which names a record's agenda item or "General" in the report's language, are re-exported here).
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from dialogue_desk.i18n import translate
from dialogue_desk.services.errors import NotFoundError, ValidationError
from dialogue_desk.services.events import event_row, without_controls
from dialogue_desk.services.notes.records import CONTEXT as CONTEXT
from dialogue_desk.services.notes.records import GENERAL as GENERAL
from dialogue_desk.services.notes.records import ActionFields as ActionFields
from dialogue_desk.services.notes.records import DeletedNote as DeletedNote
from dialogue_desk.services.notes.records import NoteRecord as NoteRecord
from dialogue_desk.services.notes.records import Section as Section
from dialogue_desk.services.notes.records import note_record as _record
from dialogue_desk.services.notes.records import section_order as _section_order
from dialogue_desk.services.notes.records import section_title as section_title
from dialogue_desk.services.text import fold, matches
from dialogue_desk.store import Store
from dialogue_desk.store.enums import ActionStatus, NoteKind
from dialogue_desk.store.models import ActionItem, AgendaItem, Note

#: Longest note accepted; far beyond any real note, it keeps a pasted book out of the store.
MAX_NOTE_CHARS = 1_000_000
MAX_AUTHOR_CHARS = 200
MAX_OWNER_CHARS = 200
MAX_ORGANISATION_CHARS = 300

# --- reading ---------------------------------------------------------------------------------


def _note(session: Session, note_id: int) -> Note:
    row = session.get(Note, note_id)
    if row is None:
        raise NotFoundError(translate("Notes", "This note no longer exists."))
    return row


def is_chatham_house(store: Store, event_id: int) -> bool:
    with store.session() as session:
        return event_row(session, event_id).chatham_house


def list_notes(
    store: Store,
    event_id: int,
    *,
    agenda_item_id: int | None = None,
    general_only: bool = False,
    kinds: set[NoteKind] | None = None,
    query: str = "",
) -> list[NoteRecord]:
    """Notes of the event: General first, then by agenda item in programme order, newest last.

    ``agenda_item_id`` keeps one item's notes, ``general_only`` the General ones; ``kinds``
    keeps those kinds; ``query`` keeps notes whose text, author, owner or organisation contains
    every word (any case, diacritics and Cyrillic folded, as everywhere in the app).
    """
    with store.session() as session:
        chatham = event_row(session, event_id).chatham_house
        statement = (
            select(Note)
            .where(Note.event_id == event_id)
            .options(selectinload(Note.agenda_item), selectinload(Note.action_item))
        )
        if general_only:
            statement = statement.where(Note.agenda_item_id.is_(None))
        elif agenda_item_id is not None:
            statement = statement.where(Note.agenda_item_id == agenda_item_id)
        if kinds:
            statement = statement.where(Note.kind.in_(kinds))
        records = [_record(row, chatham) for row in session.scalars(statement)]
    if query.strip():
        records = [r for r in records if matches(query, _search_text(r))]
    records.sort(key=lambda r: (*_section_order(r), r.id))
    return records


def _search_text(record: NoteRecord) -> str:
    return fold(" ".join((record.text, record.author, record.owner, record.organisation)))


def list_action_items(store: Store, event_id: int) -> list[NoteRecord]:
    """The event's action items (owner, organisation, due date, status), in programme order."""
    return list_notes(store, event_id, kinds={NoteKind.ACTION_ITEM})


def get_note(store: Store, note_id: int) -> NoteRecord:
    with store.session() as session:
        row = _note(session, note_id)
        return _record(row, row.event.chatham_house)


def running_agenda_item(store: Store, event_id: int) -> int | None:
    """The agenda item running now: started and not ended (the latest started, if several)."""
    with store.session() as session:
        return session.scalar(
            select(AgendaItem.id)
            .where(
                AgendaItem.event_id == event_id,
                AgendaItem.actual_start.is_not(None),
                AgendaItem.actual_end.is_(None),
            )
            .order_by(AgendaItem.actual_start.desc(), AgendaItem.id.desc())
            .limit(1)
        )


def list_sections(store: Store, event_id: int) -> list[Section]:
    """General and the event's agenda items in programme order, with their note counts."""
    with store.session() as session:
        event_row(session, event_id)
        counts = dict(
            session.execute(
                select(Note.agenda_item_id, func.count())
                .where(Note.event_id == event_id)
                .group_by(Note.agenda_item_id)
            ).all()
        )
        items = session.scalars(
            select(AgendaItem)
            .where(AgendaItem.event_id == event_id)
            .order_by(AgendaItem.day, AgendaItem.position, AgendaItem.start_time, AgendaItem.id)
        ).all()
        sections = [Section(None, "", None, None, None, False, False, counts.get(None, 0))]
        for item in items:
            running = item.actual_start is not None and item.actual_end is None
            sections.append(
                Section(item.id, item.title, item.day, item.start_time, item.end_time, running,
                        item.actual_end is not None, counts.get(item.id, 0))
            )  # fmt: skip
        return sections


# --- writing ---------------------------------------------------------------------------------


def _clean_action(action: ActionFields) -> ActionFields:
    owner, organisation = action.owner.strip(), action.organisation.strip()
    problems: dict[str, str] = {}
    if len(owner) > MAX_OWNER_CHARS:
        problems["owner"] = translate("Notes", "The owner can be at most {n} characters.").format(
            n=MAX_OWNER_CHARS
        )
    if len(organisation) > MAX_ORGANISATION_CHARS:
        problems["organisation"] = translate(
            "Notes", "The organisation can be at most {n} characters."
        ).format(n=MAX_ORGANISATION_CHARS)
    if problems:
        raise ValidationError(problems)
    return ActionFields(owner, organisation, action.due_date, ActionStatus(action.status))


def _check_text(text: str) -> None:
    if len(text) > MAX_NOTE_CHARS:
        raise ValidationError(
            {
                "text": translate("Notes", "A note can be at most {n} characters.").format(
                    n=MAX_NOTE_CHARS
                )
            }
        )


def _clean_author(author: str) -> str:
    author = without_controls(author).strip()
    if len(author) > MAX_AUTHOR_CHARS:
        raise ValidationError(
            {
                "author": translate("Notes", "The name can be at most {n} characters.").format(
                    n=MAX_AUTHOR_CHARS
                )
            }
        )
    return author


def _check_item(session: Session, event_id: int, agenda_item_id: int | None) -> None:
    if agenda_item_id is None:
        return
    item = session.get(AgendaItem, agenda_item_id)
    if item is None or item.event_id != event_id:
        raise NotFoundError(translate("Notes", "This agenda item no longer exists."))


def _next_position(session: Session, event_id: int, agenda_item_id: int | None) -> int:
    where = (
        Note.agenda_item_id.is_(None)
        if agenda_item_id is None
        else Note.agenda_item_id == agenda_item_id
    )
    last = session.scalar(select(func.max(Note.position)).where(Note.event_id == event_id, where))
    return 0 if last is None else last + 1


def _apply_kind(row: Note, kind: NoteKind, action: ActionFields | None) -> None:
    row.kind = kind
    if kind is NoteKind.ACTION_ITEM:
        fields = _clean_action(action or ActionFields())
        if row.action_item is None:
            row.action_item = ActionItem()
        row.action_item.owner = fields.owner
        row.action_item.organisation = fields.organisation
        row.action_item.due_date = fields.due_date
        row.action_item.status = fields.status
    elif row.action_item is not None:
        # An action item marked as something else stops being one everywhere, exports included.
        row.action_item = None


def add_note(
    store: Store,
    event_id: int,
    agenda_item_id: int | None,
    text: str,
    *,
    kind: NoteKind = NoteKind.NOTE,
    author: str = "",
    action: ActionFields | None = None,
) -> NoteRecord:
    """Add a note as the newest of its agenda item (None: General). Text is kept as typed,
    without control characters."""
    text = without_controls(text)
    _check_text(text)
    author = _clean_author(author)
    kind = NoteKind(kind)
    with store.session() as session:
        event = event_row(session, event_id)
        _check_item(session, event_id, agenda_item_id)
        row = Note(
            event_id=event_id,
            agenda_item_id=agenda_item_id,
            text=text,
            author="" if event.chatham_house else author,
            position=_next_position(session, event_id, agenda_item_id),
        )
        _apply_kind(row, kind, action)
        session.add(row)
        session.flush()
        return _record(row, event.chatham_house)


def update_note(
    store: Store,
    note_id: int,
    *,
    text: str | None = None,
    kind: NoteKind | None = None,
    author: str | None = None,
    action: ActionFields | None = None,
) -> NoteRecord:
    """Change what is given (None leaves a field as it is); one committed transaction."""
    if text is not None:
        text = without_controls(text)
        _check_text(text)
    if author is not None:
        author = _clean_author(author)
    with store.session() as session:
        row = _note(session, note_id)
        chatham = row.event.chatham_house
        if text is not None and text != row.text:
            row.text = text
        if author is not None and not chatham and author != row.author:
            row.author = author
        if kind is not None or action is not None:
            new_kind = NoteKind(kind) if kind is not None else row.kind
            if action is None and row.action_item is not None:
                current = row.action_item
                action = ActionFields(current.owner, current.organisation, current.due_date,
                                      current.status)  # fmt: skip
            _apply_kind(row, new_kind, action)
        session.flush()
        return _record(row, chatham)


def set_action_status(store: Store, note_id: int, status: ActionStatus) -> NoteRecord:
    with store.session() as session:
        row = _note(session, note_id)
        if row.action_item is None or row.kind is not NoteKind.ACTION_ITEM:
            raise ValidationError(
                {"status": translate("Notes", "This note is not an action item.")}
            )
        row.action_item.status = ActionStatus(status)
        session.flush()
        return _record(row, row.event.chatham_house)


def delete_note(store: Store, note_id: int) -> DeletedNote:
    """Delete a note and return what :func:`restore_note` needs to bring it back."""
    with store.session() as session:
        row = _note(session, note_id)
        action = row.action_item
        snapshot = DeletedNote(
            uuid=row.uuid, event_id=row.event_id, agenda_item_id=row.agenda_item_id,
            kind=row.kind, text=row.text, author=row.author, position=row.position,
            created_at=row.created_at,
            action=ActionFields(action.owner, action.organisation, action.due_date, action.status)
            if action is not None else None,
        )  # fmt: skip
        session.delete(row)
        return snapshot


def restore_note(store: Store, snapshot: DeletedNote) -> NoteRecord:
    """Put a deleted note back where it was (same UUID, place and times)."""
    with store.session() as session:
        event = event_row(session, snapshot.event_id)
        item_id = snapshot.agenda_item_id
        if item_id is not None and session.get(AgendaItem, item_id) is None:
            item_id = None  # its agenda item was deleted meanwhile: keep the note under General
        where = Note.agenda_item_id.is_(None) if item_id is None else Note.agenda_item_id == item_id
        for sibling in session.scalars(
            select(Note).where(
                Note.event_id == snapshot.event_id, where, Note.position >= snapshot.position
            )
        ):
            sibling.position += 1
        row = Note(
            uuid=snapshot.uuid, event_id=snapshot.event_id, agenda_item_id=item_id,
            text=snapshot.text, author=snapshot.author, position=snapshot.position,
            created_at=snapshot.created_at,
        )  # fmt: skip
        _apply_kind(row, snapshot.kind, snapshot.action)
        session.add(row)
        session.flush()
        return _record(row, event.chatham_house)


def move_note(store: Store, note_id: int, offset: int) -> NoteRecord:
    """Move a note ``offset`` places later (negative: earlier) among its item's notes."""
    with store.session() as session:
        row = _note(session, note_id)
        where = (
            Note.agenda_item_id.is_(None)
            if row.agenda_item_id is None
            else Note.agenda_item_id == row.agenda_item_id
        )
        siblings = list(
            session.scalars(
                select(Note).where(Note.event_id == row.event_id, where)
                .order_by(Note.position, Note.id)
            )
        )  # fmt: skip
        index = siblings.index(row)
        target = max(0, min(len(siblings) - 1, index + offset))
        siblings.insert(target, siblings.pop(index))
        for position, sibling in enumerate(siblings):
            if sibling.position != position:
                sibling.position = position
        session.flush()
        return _record(row, row.event.chatham_house)


def move_note_to_item(store: Store, note_id: int, agenda_item_id: int | None) -> NoteRecord:
    """Put a note under another agenda item (None: General), as that item's newest note."""
    with store.session() as session:
        row = _note(session, note_id)
        _check_item(session, row.event_id, agenda_item_id)
        if row.agenda_item_id != agenda_item_id:
            row.position = _next_position(session, row.event_id, agenda_item_id)
            row.agenda_item_id = agenda_item_id
        session.flush()
        return _record(row, row.event.chatham_house)


def set_chatham_house(store: Store, event_id: int, enabled: bool) -> None:
    """Switch the event's Chatham House rule. Stored names are hidden, not erased, while on."""
    with store.session() as session:
        event_row(session, event_id).chatham_house = enabled


def note_id_for(store: Store, note_uuid: str) -> int:
    """The local id of the note with ``note_uuid`` (ids change when a deletion is undone)."""
    with store.session() as session:
        note_id = session.scalar(select(Note.id).where(Note.uuid == note_uuid))
        if note_id is None:
            raise NotFoundError(translate("Notes", "This note no longer exists."))
        return note_id
