"""Pseudonymisation of an event snapshot.

``pseudonymise(snapshot)`` returns a copy fit to share for analysis:
- Each participant gets a stable code, ``P001``, ``P002``…, numbered in registration order:
  when they were entered, then their UUID (both travel with the row, so every laptop holding
  the event gives the same person the same code after a sync). The same event exported twice
  gives the same codes, and a person added later gets the next one (as long as nobody
  registered earlier is deleted, and the laptops' clocks agree). The code replaces the name
  everywhere.
- First and last names, e-mail, phone and the participant's free-text notes are removed.
  Organisation, role, stakeholder group, country, language, consents and attendance stay: they
  are what the analysis needs.
- Staff named in a name field (an agenda item's facilitators, a note's author, an action's
  owner) who are not participants get codes too: ``S01``, ``S02``… in the order of their
  folded names. So does a person named in a laptop's name ("Door 2 – Anna" becomes
  "Door 2 – S01"; :mod:`laptop_names`): which laptop recorded a check-in or a response stays.
- No person's name is left anywhere. Every free-text field and every piece of metadata is
  scrubbed: the event's title, organiser, venue and description, agenda titles, rooms and
  descriptions, notes, action items, organisations and roles, form titles, question and choice
  labels in every language, and free-text answers. Names are matched the way the door search
  matches them (:mod:`name_scrub`): folded, in either script, with any spacing or a line break
  between the words, in either order, and a first or last name alone. E-mail addresses and
  phone numbers become "[e-mail]" and "[phone]".
"""

from __future__ import annotations

import dataclasses
import re

from dialogue_desk.services.snapshot.laptop_names import person_parts, pseudonymous_laptop
from dialogue_desk.services.snapshot.name_scrub import (
    EMAIL_MARK,
    PHONE_MARK,
    NameScrubber,
    Person,
    name_words,
)
from dialogue_desk.services.snapshot.records import EventSnapshot
from dialogue_desk.services.text import fold

__all__ = ["EMAIL_MARK", "PHONE_MARK", "pseudonymise"]

_PEOPLE_SPLIT = re.compile(r"[,;/&\n]| and | und | ja | un | och | и ")


def _named(snapshot: EventSnapshot) -> list[str]:
    """Every name written in a name field of the snapshot."""
    names: list[str] = []
    for item in snapshot.agenda:
        names += _PEOPLE_SPLIT.split(item.facilitators)
    for note in snapshot.notes:
        names.append(note.author)
        if note.action is not None:
            names += _PEOPLE_SPLIT.split(note.action.owner)
    for laptop in snapshot.laptops:
        names += person_parts(laptop)
    return [name.strip() for name in names if name and name.strip()]


def _scrubber(snapshot: EventSnapshot) -> NameScrubber:
    participants = [Person(p.code, p.first_name, p.last_name) for p in snapshot.participants]
    known = NameScrubber(participants)
    staff: dict[str, str] = {}
    for name in _named(snapshot):
        if known.code_for(name) is None and name_words(name):
            staff.setdefault(" ".join(fold(w) for w in name_words(name)), name)
    people = list(participants)
    for number, key in enumerate(sorted(staff), start=1):
        words = name_words(staff[key])
        people.append(Person(f"S{number:02d}", " ".join(words[:1]), " ".join(words[1:])))
    return NameScrubber(people)


def _codes(scrub: NameScrubber, people: str) -> str:
    """A name field ("Mari Tamm, Omar Hassan") as codes, one per person."""
    codes = [scrub.code_for(name.strip()) or scrub.text(name.strip())
             for name in _PEOPLE_SPLIT.split(people) if name.strip()]  # fmt: skip
    return ", ".join(codes)


def pseudonymise(snapshot: EventSnapshot) -> EventSnapshot:
    """A copy of ``snapshot`` with people as codes and no names, e-mails or phones.

    The rules are in this module's docstring.
    """
    if snapshot.pseudonymised:
        return snapshot
    scrub = _scrubber(snapshot)
    text = scrub.text
    replace = dataclasses.replace
    participants = tuple(
        replace(p, first_name="", last_name="", email="", phone="", notes="",
                organisation=text(p.organisation), role=text(p.role))
        for p in snapshot.participants
    )  # fmt: skip
    notes = []
    for note in snapshot.notes:
        action = note.action
        if action is not None:
            action = replace(action, owner=_codes(scrub, action.owner),
                             organisation=text(action.organisation))  # fmt: skip
        notes.append(replace(note, text=text(note.text), author=_codes(scrub, note.author),
                             action=action, agenda_title=text(note.agenda_title)))  # fmt: skip
    agenda = tuple(
        replace(item, title=text(item.title), facilitators=_codes(scrub, item.facilitators),
                description=text(item.description), room=text(item.room))
        for item in snapshot.agenda
    )  # fmt: skip
    forms = tuple(
        replace(form, title=text(form.title), questions=tuple(
            replace(q, label={k: text(v) for k, v in q.label.items()}, choices=tuple(
                replace(c, label={k: text(v) for k, v in c.label.items()}) for c in q.choices
            ), low_label={k: text(v) for k, v in q.low_label.items()},
               high_label={k: text(v) for k, v in q.high_label.items()})
            for q in form.questions
        ))
        for form in snapshot.forms
    )  # fmt: skip
    laptops = {name: pseudonymous_laptop(name, scrub.code_for, text)
               for name in snapshot.laptops}  # fmt: skip
    laptops[""] = ""
    check_ins = tuple(replace(c, recorded_on=laptops[c.recorded_on])
                      for c in snapshot.check_ins)  # fmt: skip
    responses = tuple(
        replace(r, recorded_on=laptops[r.recorded_on], answers={
            qid: replace(a, text=text(a.text)) if a.text else a
            for qid, a in r.answers.items()
        })
        for r in snapshot.responses
    )  # fmt: skip
    event = snapshot.event
    event = replace(event, title=text(event.title), organiser=text(event.organiser),
                    venue=text(event.venue), description=text(event.description))  # fmt: skip
    return replace(
        snapshot, event=event, participants=participants, notes=tuple(notes), agenda=agenda,
        forms=forms, responses=responses, check_ins=check_ins, pseudonymised=True,
    )  # fmt: skip
