"""Laptop names in a pseudonymised export: keep the laptop, code the person in its name.

A laptop's name says where it stood ("Door 2", "Kiosk"), which an analysis may use, so it
stays. People often name a laptop after who works on it ("Door 2 – Anna"), and a laptop
nobody named is called by its host name, which often holds its owner's name
("annas-macbook-air", "anna-ThinkPad-T480"). The name is cut into parts at a dash, comma,
slash, colon or bracket between words (a host name, with no spaces, at every "-" or "_"):

- any part that holds a participant's or a staff member's name becomes their code;
- of two or more parts, the part that says where the laptop stands is kept: the first with a
  digit or a place word (door, kiosk, desk… in the five languages), else the first; every
  other part without digits or a place or hardware word is taken for a person and gets a
  staff code (S01…), like a facilitator named in the agenda.

So "Door 2 – Anna" becomes "Door 2 – S01", "Kiosk" stays "Kiosk", "annas-macbook-air"
becomes "S02-macbook-air". A place named in the second part ("Kiosk – Lobby") is coded too:
the rule errs on the side of removing a word.
"""

from __future__ import annotations

import re

from dialogue_desk.services.text import fold

#: Between the parts of a laptop's name: a dash with spaces, an en or em dash, , / : | ( ).
_PARTS = re.compile(r"(\s+[-–—]\s+|\s*[–—,/:|()·]\s*)")
#: Between the parts of a host name (no spaces): - and _.
_HOST_PARTS = re.compile(r"([-_.])")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]+")

#: Words that say where a laptop stands or what it is, folded, in en/et/lv/sv/ru (a part
#: holding one is never taken for a person).
PLACE_WORDS = frozenset(
    fold(word)
    for word in (
        # en
        "door", "doors", "kiosk", "desk", "entrance", "registration", "reception", "info",
        "lobby", "hall", "room", "main", "front", "back", "coordinator", "laptop", "notes",
        "note", "taker", "evaluation", "welcome", "checkin", "check", "in", "stage", "table",
        "side", "east", "west", "north", "south", "floor", "exit", "tablet", "computer",
        # et
        "uks", "kiosk", "laud", "registreerimine", "sissepääs", "saal", "fuajee", "vastuvõtt",
        "arvuti", "sülearvuti", "koordinaator",
        # lv
        "durvis", "kiosks", "galds", "reģistrācija", "ieeja", "zāle", "foajē", "dators",
        "klēpjdators", "koordinators",
        # sv
        "dörr", "dörren", "disk", "entré", "registrering", "ingång", "ingången", "sal",
        "foajé", "reception", "dator", "bärbar", "samordnare",
        # ru
        "дверь", "вход", "киоск", "стойка", "регистрация", "зал", "фойе", "ресепшн",
        "ноутбук", "компьютер", "координатор", "стол",
        # what host names are made of
        "macbook", "macbookpro", "macbookair", "pro", "air", "mac", "imac", "mini", "thinkpad",
        "ideapad", "yoga", "latitude", "inspiron", "xps", "precision", "elitebook", "probook",
        "pavilion", "envy", "spectre", "zenbook", "vivobook", "surface", "desktop", "pc",
        "dell", "hp", "lenovo", "asus", "acer", "msi", "toshiba", "fujitsu", "lifebook",
        "ubuntu", "debian", "fedora", "linux", "windows", "win", "local", "lan", "home",
        "office", "work", "station", "workstation", "server", "box", "vm", "kubuntu", "mint",
        "my", "the", "new", "old", "spare",
    )
)  # fmt: skip


def _split(name: str) -> list[str]:
    """The parts of ``name`` and the separators between them (odd positions)."""
    pattern = _PARTS if " " in name.strip() or not _HOST_PARTS.search(name) else _HOST_PARTS
    return pattern.split(name)


def _is_place(part: str) -> bool:
    return bool(_DIGIT.search(part)) or any(fold(w) in PLACE_WORDS for w in _WORD.findall(part))


def person_parts(name: str) -> list[str]:
    """The parts of a laptop's name taken for a person's name (see the module docstring)."""
    pieces = _split(name)
    parts = [(i, p.strip()) for i, p in enumerate(pieces) if i % 2 == 0 and p.strip()]
    if len(parts) < 2:
        return []
    place = next((i for i, p in parts if _is_place(p)), parts[0][0])
    return [p for i, p in parts if i != place and not _is_place(p) and _WORD.search(p)]


def pseudonymous_laptop(name: str, code_for, text) -> str:  # type: ignore[no-untyped-def]
    """``name`` with each person in it as a code (``code_for``), the rest scrubbed (``text``)."""
    people = set(person_parts(name))
    pieces = _split(name)
    out: list[str] = []
    for index, piece in enumerate(pieces):
        part = piece.strip()
        if index % 2 == 1 or not part:
            out.append(piece)
        elif part in people:
            out.append(piece.replace(part, code_for(part) or text(part)))
        else:
            out.append(text(piece))
    return "".join(out)
