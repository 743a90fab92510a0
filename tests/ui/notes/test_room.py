"""The Notes tab in the room: F5 while a note is typed keeps the note whole, a closed event is
read-only, the Chatham House rule asks first, and every control has an accessible name."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from dialogue_desk.services import agenda, notes
from dialogue_desk.services.changes import Changes
from dialogue_desk.services.events import get_event, set_status
from dialogue_desk.store.enums import EventStatus, NoteKind
from dialogue_desk.ui.context import UiContext
from dialogue_desk.ui.notes.tab import NotesTab
from tests.helpers.notes_accessibility import mnemonic_clashes, nameless_controls

sys.path.insert(0, str(Path(__file__).parents[2] / "helpers"))
from notes_typing import type_text  # noqa: E402


@pytest.fixture(autouse=True)
def no_modal_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    def fail(_parent, title, text, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError(f"message box: {title}: {text}")

    monkeypatch.setattr(QMessageBox, "warning", fail)


@pytest.fixture
def context(store, demo_event):  # type: ignore[no-untyped-def]
    ctx = UiContext(store)
    ctx.set_event(get_event(store, demo_event))
    return ctx


@pytest.fixture
def tab(qtbot, context):  # type: ignore[no-untyped-def]
    widget = NotesTab(context)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def _f5(store, event_id, context, minutes):  # type: ignore[no-untyped-def]
    """What F5 on the Agenda tab does, as the Notes tab hears of it."""
    today = dt.date.today()
    now = dt.datetime.combine(today, dt.time(9, 0)) + dt.timedelta(minutes=minutes)
    change = agenda.start_next(store, event_id, now)
    context.notify(Changes.AGENDA)
    return change


def test_f5_while_typing_keeps_the_note_whole_under_its_item(
    qtbot, tab, store, demo_event, context
):  # type: ignore[no-untyped-def]
    first = _f5(store, demo_event, context, 0).started
    assert tab.editor.target_id == first.id
    tab.focus_main()
    type_text(tab.editor.text, "Half a sentence before F5")
    second = _f5(store, demo_event, context, 30).started
    assert second.id != first.id
    type_text(tab.editor.text, " and the rest after F5.")
    assert tab.editor.flush()
    whole = "Half a sentence before F5 and the rest after F5."
    texts = [n for n in notes.list_notes(store, demo_event) if "F5" in n.text]
    assert [n.text for n in texts] == [whole]
    assert texts[0].agenda_item_id == first.id
    # The heading says where this note is and where the next one goes.
    assert first.title in tab.editor.heading.text()
    assert second.title in tab.editor.heading.text()
    # Ctrl+Enter: the next note follows the running item.
    QTest.keyClick(tab.editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    type_text(tab.editor.text, "Next note")
    assert tab.editor.flush()
    after = notes.list_notes(store, demo_event, query="Next note")
    assert [n.agenda_item_id for n in after] == [second.id]


def test_f5_in_the_moment_before_the_first_save_keeps_the_note_too(
    qtbot, tab, store, demo_event, context
):  # type: ignore[no-untyped-def]
    first = _f5(store, demo_event, context, 0).started
    tab.focus_main()
    type_text(tab.editor.text, "Unsaved")
    assert tab.editor.has_unsaved_changes()
    _f5(store, demo_event, context, 30)
    type_text(tab.editor.text, " yet whole")
    assert tab.editor.flush()
    found = notes.list_notes(store, demo_event, query="Unsaved")
    assert [(n.text, n.agenda_item_id) for n in found] == [("Unsaved yet whole", first.id)]


def test_choosing_another_item_by_hand_still_starts_a_new_note(qtbot, tab, store, demo_event):  # type: ignore[no-untyped-def]
    tab.focus_main()
    type_text(tab.editor.text, "General remark")
    row = 3
    tab.sections_view.setCurrentIndex(tab.sections.index(row, 0))
    assert tab.editor.note is None and tab.editor.text.toPlainText() == ""
    assert notes.list_notes(store, demo_event, query="General remark")


def test_a_closed_event_is_read_only(qtbot, tab, store, demo_event, context):  # type: ignore[no-untyped-def]
    tab.focus_main()
    type_text(tab.editor.text, "Written before closing")
    set_status(store, demo_event, EventStatus.CLOSED)
    context.event = get_event(store, demo_event)
    context.notify(Changes.EVENT)
    assert tab.closed_label.isVisible() and "closed" in tab.closed_label.text()
    assert tab.editor.text.isReadOnly()
    assert not tab.chatham.isEnabled()
    assert not tab.notes_list.delete_action.isEnabled()
    assert tab.notes_list.context_menu() is None
    assert notes.list_notes(store, demo_event, query="Written before closing")
    tab.search.setText("Written")  # searching still works
    assert tab.notes_model.rowCount() == 1
    set_status(store, demo_event, EventStatus.RUNNING)
    context.event = get_event(store, demo_event)
    context.notify(Changes.EVENT)
    assert not tab.closed_label.isVisible() and not tab.editor.text.isReadOnly()


def test_chatham_house_asks_and_can_erase_names(qtbot, tab, store, demo_event, monkeypatch):  # type: ignore[no-untyped-def]
    notes.add_note(store, demo_event, None, "Said with a name", author="Светлана Смирнова")
    asked: list[int] = []

    def answer(_parent, attributed):  # type: ignore[no-untyped-def]
        asked.append(attributed)
        assert not tab.chatham.isChecked()  # not ticked while the question is open
        return answers.pop(0)

    answers = [(False, False), (True, True)]
    monkeypatch.setattr("dialogue_desk.ui.notes.tab.ask_chatham_on", answer)
    tab.chatham.setChecked(True)  # cancelled
    assert not tab.chatham.isChecked() and not notes.is_chatham_house(store, demo_event)
    tab.chatham.setChecked(True)  # on, erasing the names
    assert notes.is_chatham_house(store, demo_event) and tab.chatham.isChecked()
    assert asked[0] >= 1
    assert notes.count_attributions(store, demo_event) == 0
    tab.chatham.setChecked(False)
    said = notes.list_notes(store, demo_event, query="Said with a name")[0]
    assert said.author == ""


def test_every_control_of_the_notes_tab_has_an_accessible_name(qtbot, tab):  # type: ignore[no-untyped-def]
    tab.focus_main()
    assert nameless_controls(tab) == []
    assert mnemonic_clashes(tab) == []
    tab.editor.set_kind(NoteKind.ACTION_ITEM)  # the owner, organisation, due and done fields
    assert nameless_controls(tab) == []
    assert mnemonic_clashes(tab) == []
    tab.show_action_items()
    assert nameless_controls(tab) == []


def test_control_characters_never_reach_the_store(store, demo_event):  # type: ignore[no-untyped-def]
    record = notes.add_note(store, demo_event, None, "\x01=HYPERLINK(1)\x07 ok\n", author="\x1bA")
    assert record.text == "=HYPERLINK(1) ok\n" and record.author == "A"


def test_owner_suggests_participants_and_fills_their_organisation(qtbot, tab, store, demo_event):  # type: ignore[no-untyped-def]
    from dialogue_desk.services.checkin import list_participants

    person = next(p for p in list_participants(store, demo_event) if p.organisation)
    name = f"{person.first_name} {person.last_name}"
    tab.editor.set_kind(NoteKind.ACTION_ITEM)
    row = tab.editor.action_row
    row.owner.setFocus()  # the suggestions are read when the owner field is first used
    qtbot.waitUntil(row.owner.hasFocus)
    completer = row.owner.completer()
    completer.setCompletionPrefix(person.last_name[:4])
    assert name in [completer.completionModel().index(r, 0).data()
                    for r in range(completer.completionCount())]  # fmt: skip
    row.organisation.clear()
    completer.activated.emit(name)
    assert row.organisation.text() == person.organisation


def test_owner_suggestions_follow_the_participant_list(qtbot, tab, store, demo_event):  # type: ignore[no-untyped-def]
    """A walk-in added after the Notes tab was built is offered as an owner, and the
    organisation filled in for one owner follows when another is chosen."""
    from dialogue_desk.services.checkin import ParticipantData, add_participant

    add_participant(store, demo_event, ParticipantData(
        first_name="Zoja", last_name="Walkinova", organisation="Narva Youth Centre"))  # fmt: skip
    tab.context.notify(Changes.PARTICIPANTS)
    tab.editor.set_kind(NoteKind.ACTION_ITEM)
    row = tab.editor.action_row
    row.owner.setFocus()
    qtbot.waitUntil(row.owner.hasFocus)
    completer = row.owner.completer()
    completer.setCompletionPrefix("Walkin")
    assert completer.completionCount() == 1
    assert completer.completionModel().index(0, 0).data() == "Zoja Walkinova"
    row.organisation.clear()
    completer.activated.emit("Zoja Walkinova")
    assert row.organisation.text() == "Narva Youth Centre"
    add_participant(store, demo_event, ParticipantData(
        first_name="Pjotr", last_name="Walkinov", organisation="Tartu Town Hall"))  # fmt: skip
    tab.context.notify(Changes.PARTICIPANTS)  # heard while the owner field has the focus
    row.owner.setText("")
    completer.setCompletionPrefix("Walkin")
    assert completer.completionCount() == 2
    completer.activated.emit("Pjotr Walkinov")
    assert row.organisation.text() == "Tartu Town Hall"  # the filled one follows the owner
    row.organisation.setText("My own words")
    row.owner.setText("Zoja Walkinova")
    row.owner.textEdited.emit("Zoja Walkinova")  # typed out in full
    assert row.organisation.text() == "My own words"  # what the user typed is kept


def test_tab_order_follows_the_screen_in_the_editor(qtbot, tab):  # type: ignore[no-untyped-def]
    editor = tab.editor
    editor.set_kind(NoteKind.ACTION_ITEM)
    row = editor.action_row
    tab.focus_main()
    qtbot.waitUntil(editor.text.hasFocus)
    QTest.keyClick(editor.text, Qt.Key.Key_Tab)
    assert row.owner.hasFocus()
    row.done.setFocus()
    QTest.keyClick(row.done, Qt.Key.Key_Tab)
    assert editor.author.hasFocus()
