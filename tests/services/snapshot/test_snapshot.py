"""The event snapshot: everything about one event, and its pseudonymised form."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from dialogue_desk.services.errors import NotFoundError
from dialogue_desk.services.snapshot import load_snapshot, pseudonymise
from dialogue_desk.store.enums import NoteKind
from dialogue_desk.store.models import ActionItem, Answer, Event, Note, Participant


def test_snapshot_holds_the_whole_event(store, demo_event):
    snap = load_snapshot(store, demo_event)
    assert snap.event.id == demo_event
    assert len(snap.participants) == 40
    assert [p.code for p in snap.participants[:3]] == ["P001", "P002", "P003"]
    assert len(snap.agenda) == 17
    assert snap.check_ins and all(snap.participant(c.participant_id) for c in snap.check_ins)
    attended = {p.id: p.days_attended for p in snap.participants}
    for c in snap.check_ins:
        assert c.day in attended[c.participant_id]
    assert any(n.action for n in snap.notes)
    assert snap.notes[0].agenda_item_id is None  # general notes first
    assert len(snap.forms) == 1 and snap.forms[0].questions
    assert len(snap.responses) == 12
    assert not snap.practice and not snap.pseudonymised


def test_unknown_event_is_a_clear_error(store):
    with pytest.raises(NotFoundError, match="no event 999"):
        load_snapshot(store, 999)


def test_chatham_house_blanks_authors(store, demo_event):
    with store.session() as s:
        s.get(Event, demo_event).chatham_house = True
    assert all(n.author == "" for n in load_snapshot(store, demo_event).notes)


def _add_personal_text(store, event_id):
    with store.session() as s:
        p = s.get(Participant, s.query(Participant.id).filter_by(event_id=event_id).first()[0])
        p.first_name, p.last_name, p.email, p.phone = (
            "Jānis",
            "Bērziņš",
            "janis@x.lv",
            "+371 2000 1001",
        )
        note = Note(
            event_id=event_id,
            kind=NoteKind.ACTION_ITEM,
            author="bērziņš jānis",
            text="Jānis Bērziņš (janis@x.lv, +371 2000 1001) will call back",
        )
        note.action_item = ActionItem(
            owner="Jānis Bērziņš", organisation="Rīgas dome", due_date=dt.date(2030, 1, 1)
        )
        s.add(note)
        answer = s.query(Answer).filter(Answer.text != "").first()
        if answer is not None:
            answer.text = "Ask Jānis Bērziņš, mail janis@x.lv"
        return p.id


def test_pseudonymise_removes_names_mails_phones_everywhere(store, demo_event):
    pid = _add_personal_text(store, demo_event)
    snap = load_snapshot(store, demo_event)
    code = next(p.code for p in snap.participants if p.id == pid)
    anon = pseudonymise(snap)
    assert anon.pseudonymised
    assert [p.code for p in anon.participants] == [p.code for p in snap.participants]
    blob = repr(anon)
    for p in snap.participants:
        assert p.email == "" or p.email not in blob
        assert p.phone not in blob
        assert f"{p.first_name} {p.last_name}" not in blob
    assert "Bērziņš" not in blob and "janis@x.lv" not in blob and "2000 1001" not in blob
    note = next(n for n in anon.notes if n.action and n.action.organisation == "Rīgas dome")
    assert note.author == code and note.action.owner == code
    assert note.text.startswith(code) and "[e-mail]" in note.text and "[phone]" in note.text
    # non-participant note-takers are named by a staff code, never by their name
    staff = re.compile(r"^(S\d{2}(, )?)*$")
    assert all(n.author in ("", *[p.code for p in anon.participants]) or staff.match(n.author)
               for n in anon.notes)  # fmt: skip
    # the same event pseudonymised twice gives the same codes
    assert pseudonymise(load_snapshot(store, demo_event)).participants == anon.participants


def test_pseudonymised_snapshot_names_nobody(store, demo_event) -> None:  # type: ignore[no-untyped-def]
    """Staff names (facilitators, action owners, note-takers) go too, not only participants'."""
    import re

    from dialogue_desk.services.snapshot import load_snapshot, pseudonymise

    snapshot = pseudonymise(load_snapshot(store, demo_event))
    codes_only = re.compile(r"^([PS]\d{2,3}(, )?)*$")
    assert all(codes_only.match(item.facilitators) for item in snapshot.agenda)
    for note in snapshot.notes:
        assert codes_only.match(note.author)
        if note.action is not None:
            assert codes_only.match(note.action.owner)
            assert note.action.organisation  # the follow-up stays traceable
    for name in ("Kertu", "Pärnoja", "Kalniņš", "Ståhlberg", "Смирнова", "Mari Tamm"):
        assert all(name not in item.facilitators for item in snapshot.agenda)
        assert all(name not in n.author and name not in (n.action.owner if n.action else "")
                   for n in snapshot.notes)  # fmt: skip
