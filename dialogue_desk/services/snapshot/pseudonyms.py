"""Pseudonymisation of an event snapshot.

``pseudonymise(snapshot)`` returns a copy fit to share for analysis:
- Each participant gets a stable code, ``P001``, ``P002``…, numbered in registration order (by
  their local id), so the same event exported twice gives the same codes (as long as nobody
  registered earlier is deleted). The code replaces the name everywhere.
- First and last names, e-mail, phone and the participant's free-text notes are removed.
  Organisation, role, stakeholder group, country, language, consents and attendance stay: they
  are what the analysis needs.
- No person's name is left anywhere: a note author, action owner or agenda facilitator who is a
  participant (matched by full name, in either order, ignoring case, diacritics and script)
  becomes their code; anyone else (the note-taker, staff) is left out. An action item keeps its
  owner's organisation, so the follow-up can still be traced by whoever holds the real workbook.
- Participants' full names inside free text (notes, action items, free-text answers, agenda
  titles) are replaced by their codes; e-mail addresses and phone numbers in free text are
  replaced by "[e-mail]" and "[phone]". Free-text answers are otherwise kept.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from dialogue_desk.services.snapshot.records import EventSnapshot, ParticipantEntry
from dialogue_desk.services.text import fold

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A phone number: optional +, then at least seven digits with spaces, dots, dashes or brackets.
_PHONE = re.compile(r"(?<![\w])\+?\(?\d[\d\s().-]{5,}\d(?![\w])")
EMAIL_MARK = "[e-mail]"
PHONE_MARK = "[phone]"


def _name_key(text: str) -> str:
    return " ".join(fold(text).split())


class _Scrubber:
    """Replaces participants' names, e-mails and phone numbers in free text."""

    def __init__(self, participants: Iterable[ParticipantEntry]) -> None:
        self.codes: dict[str, str] = {}
        for p in participants:
            first, last = p.first_name.strip(), p.last_name.strip()
            if first and last:
                self.codes.setdefault(_name_key(f"{first} {last}"), p.code)
                self.codes.setdefault(_name_key(f"{last} {first}"), p.code)
        self._names: dict[str, str] = {}
        for p in participants:
            first, last = p.first_name.strip(), p.last_name.strip()
            if first and last:
                for name in (f"{first} {last}", f"{last} {first}", f"{last}, {first}"):
                    self._names.setdefault(name.casefold(), p.code)
        if self._names:
            alternatives = sorted(self._names, key=len, reverse=True)
            self._pattern: re.Pattern[str] | None = re.compile(
                r"(?<!\w)(?:" + "|".join(re.escape(n) for n in alternatives) + r")(?!\w)",
                re.IGNORECASE,
            )
        else:
            self._pattern = None

    def code_for(self, name: str) -> str | None:
        """The code of the participant called ``name`` (either order, any spelling case)."""
        return self.codes.get(_name_key(name)) if name.strip() else None

    def text(self, text: str) -> str:
        if not text:
            return text
        text = _EMAIL.sub(EMAIL_MARK, text)
        text = _PHONE.sub(lambda m: PHONE_MARK if _digits(m.group()) >= 7 else m.group(), text)
        if self._pattern is not None:
            text = self._pattern.sub(lambda m: self._names.get(m.group().casefold(), m.group()),
                                     text)  # fmt: skip
        return text


def _codes_only(scrub: _Scrubber, people: str) -> str:
    """A list of people ("Mari Tamm, Omar Hassan") as participant codes; anyone else is left out."""
    codes = [scrub.code_for(name.strip()) for name in re.split(r"[,;/]| and ", people)]
    return ", ".join(code for code in codes if code)


def _digits(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def pseudonymise(snapshot: EventSnapshot) -> EventSnapshot:
    """A copy of ``snapshot`` with participants as codes and no names, e-mails or phones.

    The rules are in this module's docstring.
    """
    if snapshot.pseudonymised:
        return snapshot
    scrub = _Scrubber(snapshot.participants)
    replace = dataclasses.replace
    participants = tuple(
        replace(p, first_name="", last_name="", email="", phone="", notes="")
        for p in snapshot.participants
    )
    notes = []
    for note in snapshot.notes:
        author = scrub.code_for(note.author) or ""
        action = note.action
        if action is not None:
            owner = scrub.code_for(action.owner) or ""
            action = replace(action, owner=owner, organisation=scrub.text(action.organisation))
        notes.append(replace(note, text=scrub.text(note.text), author=author, action=action,
                             agenda_title=scrub.text(note.agenda_title)))  # fmt: skip
    agenda = tuple(
        replace(
            item,
            title=scrub.text(item.title),
            facilitators=_codes_only(scrub, item.facilitators),
            description=scrub.text(item.description),
        )
        for item in snapshot.agenda
    )
    responses = tuple(
        replace(r, answers={
            qid: replace(a, text=scrub.text(a.text)) if a.text else a
            for qid, a in r.answers.items()
        })
        for r in snapshot.responses
    )  # fmt: skip
    return replace(
        snapshot, participants=participants, notes=tuple(notes), agenda=agenda,
        responses=responses, pseudonymised=True,
    )  # fmt: skip
