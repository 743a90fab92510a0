"""Session notes: adding, editing, kinds, action items, search, order, undo, Chatham House."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from dialogue_desk.services import notes
from dialogue_desk.services.errors import NotFoundError, ValidationError
from dialogue_desk.services.notes import ActionFields
from dialogue_desk.store import Store
from dialogue_desk.store.enums import ActionStatus, NoteKind
from dialogue_desk.store.models import ActionItem, AgendaItem


def _items(store: Store, event_id: int) -> list[AgendaItem]:
    with store.session() as s:
        return list(
            s.scalars(
                select(AgendaItem)
                .where(AgendaItem.event_id == event_id)
                .order_by(AgendaItem.day, AgendaItem.position)
            )
        )


def test_add_keeps_text_exactly_and_newest_last(store: Store, demo_event: int) -> None:
    item = _items(store, demo_event)[10]
    texts = ["Первый пункт", "<b>bold</b> & <i>not</i> markup", "Šķēle: ā ē ī ū ķ ļ ņ ģ õ ä ö ü å"]
    for text in texts:
        notes.add_note(store, demo_event, item.id, text)
    listed = notes.list_notes(store, demo_event, agenda_item_id=item.id)
    assert [n.text for n in listed] == texts
    assert all(n.agenda_item_title == item.title for n in listed)
    assert listed[0].position < listed[1].position < listed[2].position


def test_long_note_round_trips(store: Store, demo_event: int) -> None:
    text = ("Длинная заметка ā & <x> \n" * 5000)[:100_000]
    record = notes.add_note(store, demo_event, None, text)
    assert notes.get_note(store, record.id).text == text
    assert len(text) == 100_000


def test_too_long_note_is_refused(store: Store, demo_event: int) -> None:
    with pytest.raises(ValidationError):
        notes.add_note(store, demo_event, None, "x" * (notes.MAX_NOTE_CHARS + 1))


def test_general_notes_and_section_title(store: Store, demo_event: int) -> None:
    record = notes.add_note(store, demo_event, None, "Coffee at 11")
    assert record.is_general
    assert notes.section_title(record) == "General"
    general = notes.list_notes(store, demo_event, general_only=True)
    assert record.id in [n.id for n in general]
    assert all(n.agenda_item_id is None for n in general)


def test_sections_list_general_first_with_counts_and_running(store: Store, demo_event: int) -> None:
    items = _items(store, demo_event)
    with store.session() as s:
        s.get(AgendaItem, items[11].id).actual_start = dt.datetime.now()
    sections = notes.list_sections(store, demo_event)
    assert sections[0].id is None
    assert [s.id for s in sections[1:]] == [i.id for i in items]
    assert sections[0].note_count == 1  # the demo's General note
    assert [s.id for s in sections if s.running] == [items[11].id]
    assert notes.running_agenda_item(store, demo_event) == items[11].id


def test_no_running_item(store: Store, demo_event: int) -> None:
    assert notes.running_agenda_item(store, demo_event) is None


def test_action_item_fields_and_kind_changes(store: Store, demo_event: int) -> None:
    due = dt.date(2027, 1, 15)
    record = notes.add_note(
        store, demo_event, None, "Send the minutes", kind=NoteKind.ACTION_ITEM,
        action=ActionFields(" Ilze Ozola ", "Rīgas dome", due),
    )  # fmt: skip
    assert (record.owner, record.organisation, record.due_date) == ("Ilze Ozola", "Rīgas dome", due)
    assert record.status is ActionStatus.OPEN
    done = notes.set_action_status(store, record.id, ActionStatus.DONE)
    assert done.status is ActionStatus.DONE
    # Changing the text keeps the action fields.
    edited = notes.update_note(store, record.id, text="Send the minutes to all")
    assert edited.owner == "Ilze Ozola" and edited.status is ActionStatus.DONE
    # An action item marked as a decision is no longer an action item anywhere.
    decision = notes.update_note(store, record.id, kind=NoteKind.DECISION)
    assert decision.status is None and decision.owner == ""
    assert record.id not in [n.id for n in notes.list_action_items(store, demo_event)]
    with store.session() as s:
        assert s.scalar(select(ActionItem).where(ActionItem.note_id == record.id)) is None
    with pytest.raises(ValidationError):
        notes.set_action_status(store, record.id, ActionStatus.OPEN)


def test_list_action_items(store: Store, demo_event: int) -> None:
    actions = notes.list_action_items(store, demo_event)
    assert len(actions) == 3
    assert all(a.is_action_item and a.owner and a.due_date for a in actions)
    assert {a.owner for a in actions} >= {"Светлана Смирнова", "Andris Kalniņš"}


def test_search_is_folded_and_across_items(store: Store, demo_event: int) -> None:
    found = notes.list_notes(store, demo_event, query="smirnova")
    assert [n.owner for n in found] == ["Светлана Смирнова"]
    assert notes.list_notes(store, demo_event, query="НАС приглашают")
    assert notes.list_notes(store, demo_event, query="kalnins calendar")
    assert notes.list_notes(store, demo_event, query="<draft> &")
    assert notes.list_notes(store, demo_event, query="nothing like this") == []


def test_filter_by_kind(store: Store, demo_event: int) -> None:
    decisions = notes.list_notes(store, demo_event, kinds={NoteKind.DECISION})
    assert len(decisions) == 3 and all(n.kind is NoteKind.DECISION for n in decisions)
    both = notes.list_notes(store, demo_event, kinds={NoteKind.DECISION, NoteKind.QUOTE})
    assert len(both) == 4


def test_order_is_general_then_programme(store: Store, demo_event: int) -> None:
    listed = notes.list_notes(store, demo_event)
    assert listed[0].is_general
    keys = [(n.agenda_item_day, n.agenda_item_start) for n in listed[1:]]
    assert keys == sorted(keys)


def test_delete_and_restore_in_place(store: Store, demo_event: int) -> None:
    item = _items(store, demo_event)[10]
    ids = [notes.add_note(store, demo_event, item.id, f"n{i}").id for i in range(3)]
    action = notes.add_note(
        store, demo_event, item.id, "act", kind=NoteKind.ACTION_ITEM,
        action=ActionFields("Per", "", None, ActionStatus.DONE),
    )  # fmt: skip
    snapshot = notes.delete_note(store, ids[1])
    assert [n.text for n in notes.list_notes(store, demo_event, agenda_item_id=item.id)] == [
        "n0", "n2", "act"
    ]  # fmt: skip
    restored = notes.restore_note(store, snapshot)
    assert restored.uuid == snapshot.uuid
    assert [n.text for n in notes.list_notes(store, demo_event, agenda_item_id=item.id)] == [
        "n0", "n1", "n2", "act"
    ]  # fmt: skip
    gone = notes.delete_note(store, action.id)
    back = notes.restore_note(store, gone)
    assert (back.owner, back.status) == ("Per", ActionStatus.DONE)
    with pytest.raises(NotFoundError):
        notes.delete_note(store, action.id)


def test_move_note(store: Store, demo_event: int) -> None:
    item = _items(store, demo_event)[12]
    ids = [notes.add_note(store, demo_event, item.id, t).id for t in "abc"]
    notes.move_note(store, ids[2], -1)
    assert [n.text for n in notes.list_notes(store, demo_event, agenda_item_id=item.id)] == list(
        "acb"
    )
    notes.move_note(store, ids[0], 5)
    assert [n.text for n in notes.list_notes(store, demo_event, agenda_item_id=item.id)] == list(
        "cba"
    )
    other = _items(store, demo_event)[13]
    moved = notes.move_note_to_item(store, ids[1], other.id)
    assert moved.agenda_item_id == other.id


def test_chatham_house_hides_and_refuses_attribution(store: Store, demo_event: int) -> None:
    quote = notes.add_note(store, demo_event, None, "«Мы здесь»", kind=NoteKind.QUOTE,
                           author="Jüri Saar")  # fmt: skip
    assert quote.author == "Jüri Saar"
    notes.set_chatham_house(store, demo_event, True)
    assert notes.is_chatham_house(store, demo_event)
    assert all(n.author == "" for n in notes.list_notes(store, demo_event))
    assert notes.get_note(store, quote.id).author == ""
    new = notes.add_note(store, demo_event, None, "x", kind=NoteKind.QUOTE, author="Öberg")
    notes.update_note(store, quote.id, author="Somebody")
    notes.set_chatham_house(store, demo_event, False)
    assert notes.get_note(store, new.id).author == ""  # never stored
    assert notes.get_note(store, quote.id).author == "Jüri Saar"  # hidden, not changed


def test_wrong_item_or_event_is_refused(store: Store, demo_event: int) -> None:
    with pytest.raises(NotFoundError):
        notes.add_note(store, demo_event, 999_999, "x")
    with pytest.raises(NotFoundError):
        notes.add_note(store, 999_999, None, "x")
    with pytest.raises(NotFoundError):
        notes.update_note(store, 999_999, text="x")


def test_restore_after_item_deleted_goes_to_general(store: Store, demo_event: int) -> None:
    item = _items(store, demo_event)[12]
    snapshot = notes.delete_note(store, notes.add_note(store, demo_event, item.id, "orphan").id)
    with store.session() as s:
        s.delete(s.get(AgendaItem, item.id))
    assert notes.restore_note(store, snapshot).agenda_item_id is None
