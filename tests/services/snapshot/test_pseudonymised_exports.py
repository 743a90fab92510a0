"""A pseudonymised export names nobody: a scanner over every cell, the PDF text and metadata.

The spellings are the ones the reliability review found leaking: without diacritics, with a
double space, across a line break, in the other script, a first or last name alone, and the
organiser, form titles and question labels.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest

from dialogue_desk.exchange.pdf.report import write_report
from dialogue_desk.exchange.workbook.event import write_event_workbook
from dialogue_desk.services.snapshot import load_snapshot, pseudonymise
from dialogue_desk.services.text import fold
from dialogue_desk.store.enums import AgendaKind, NoteKind, StakeholderGroup
from dialogue_desk.store.models import (
    ActionItem,
    AgendaItem,
    Answer,
    EvaluationForm,
    Event,
    Note,
    Participant,
    Question,
)

#: Folded words that must not appear anywhere.
SECRET_WORDS = {"andris", "kalnins", "svetlana", "smirnova", "oyelaran", "kertu", "tammsaar"}

LEAKY_TEXTS = [
    "Andris Kalnins (without diacritics) disagreed.",
    "Andris  Kalniņš with a double space.",
    "Andris\nKalniņš on two lines.",
    "Svetlana Smirnova will send the list.",
    "Kalniņš agreed to follow up.",
    "Andris said the room was too small.",
    "Ask Oyelaran about the venue.",
    "Андрис Калниньш спросил о бюджете.",
    "Kertu Tammsaar moderated well.",
]


@pytest.fixture
def leaky_event(store, demo_event) -> int:
    with store.session() as s:
        event = s.get(Event, demo_event)
        event.organiser = "Andris Kalniņš"
        event.description = "Hosted by Andris Kalniņš."
        s.add_all([
            Participant(event_id=demo_event, first_name="Andris", last_name="Kalniņš",
                        email="andris@example.lv", stakeholder_group=StakeholderGroup.NGO,
                        search_key=""),
            Participant(event_id=demo_event, first_name="Светлана", last_name="Смирнова",
                        stakeholder_group=StakeholderGroup.NGO, search_key=""),
            Participant(event_id=demo_event, first_name="", last_name="Oyelaran",
                        stakeholder_group=StakeholderGroup.NGO, search_key=""),
        ])  # fmt: skip
        item = AgendaItem(event_id=demo_event, day=event.start_date, position=99,
                          start_time=dt.time(16), end_time=dt.time(17),
                          title="Andris Kalniņš's keynote", room="Andris' room",
                          facilitators="Kertu Tammsaar", kind=AgendaKind.PLENARY)  # fmt: skip
        s.add(item)
        s.flush()
        for position, text in enumerate(LEAKY_TEXTS):
            s.add(Note(event_id=demo_event, agenda_item_id=item.id, kind=NoteKind.KEY_POINT,
                       text=text, author="Kertu Tammsaar", position=position))  # fmt: skip
        action = Note(
            event_id=demo_event,
            agenda_item_id=item.id,
            kind=NoteKind.ACTION_ITEM,
            text="Follow up with Andris",
            author="Andris Kalniņš",
            position=50,
        )
        action.action_item = ActionItem(owner="Svetlana Smirnova", organisation="Andris SIA")
        s.add(action)
        form = s.query(EvaluationForm).filter_by(event_id=demo_event).first()
        form.title = "Feedback on Andris Kalniņš's keynote"
        question = s.query(Question).filter_by(form_id=form.id).first()
        question.label = {**question.label, "en": "What did you think of Andris Kalniņš's talk?"}
        rating = s.query(Question).filter_by(form_id=form.id, kind="rating").first()
        if rating is not None:  # the end labels of a rating are scrubbed too
            rating.high_label = {"en": "As good as Andris Kalniņš"}
        answer = s.query(Answer).filter(Answer.text != "").first()
        answer.text = "I liked Kalniņš"
    return demo_event


def _leaks(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", fold(text)) if w in SECRET_WORDS}


def test_snapshot_scrubs_every_spelling(store, leaky_event) -> None:
    original = load_snapshot(store, leaky_event)
    code = next(p.code for p in original.participants if p.last_name == "Kalniņš")
    snapshot = pseudonymise(original)
    assert _leaks(repr(snapshot)) == set()
    notes = {n.position: n.text for n in snapshot.notes if n.agenda_title.endswith("keynote")}
    assert notes[0] == f"{code} (without diacritics) disagreed."
    assert notes[1] == f"{code} with a double space."
    assert notes[2] == f"{code} on two lines."
    staff = {n.author for n in snapshot.notes if n.agenda_title.endswith("keynote")}
    assert code in staff and len(staff) == 2 and re.fullmatch(r"S\d\d", (staff - {code}).pop())


def test_pseudonymised_workbook_and_pdf_name_nobody(store, leaky_event, tmp_path: Path) -> None:
    workbook = write_event_workbook(store, leaky_event, tmp_path / "p.xlsx", pseudonymise=True)
    book = openpyxl.load_workbook(workbook)
    for sheet in book.worksheets:
        assert _leaks(sheet.title) == set()
        for row in sheet.iter_rows(values_only=True):
            for value in row:
                assert _leaks(str(value or "")) == set(), (sheet.title, value)
    with zipfile.ZipFile(workbook) as archive:
        for name in archive.namelist():
            if name.startswith("docProps/"):
                assert _leaks(archive.read(name).decode("utf-8")) == set(), name

    pdf = write_report(store, leaky_event, tmp_path / "p.pdf", pseudonymise=True)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          check=True).stdout.decode("utf-8")  # fmt: skip
    assert _leaks(text) == set()
    info = subprocess.run(["pdfinfo", "-enc", "UTF-8", str(pdf)], capture_output=True,
                          check=True).stdout.decode("utf-8")  # fmt: skip
    assert _leaks(info) == set(), info
