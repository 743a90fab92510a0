"""Recognise a file's columns: the shared step of every list and programme import.

A header is compared folded (case, accents, script, spaces and punctuation ignored), then
without what tools add around the real name: a bracketed suffix ("Name (Original Name)",
"Duration (Minutes)"), a prefix before a colon ("Attendee name: Given name"), a question's
wording ("What is your e-mail address?"), a number ("3. Organisation") or a required mark. The
first column recognised as a field takes it; every other column with a header is reported as not
imported. A ``--map "Header=field"`` (or the dialog's choice) overrides the recognition.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from dialogue_desk.i18n import translate
from dialogue_desk.services.errors import ServiceError
from dialogue_desk.services.text import fold

#: Rows below the first that may hold the real header (a report's title block above it).
HEADER_SCAN = 15
#: Longest list of headers a message spells out.
HEADERS_LISTED = 25

#: Folded words in front of the real name of a column, as forms and ticketing tools add them.
_PREFIXES = (
    "pleaseenteryour", "pleaseprovideyour", "pleasegiveyour", "whatisyour", "whatsyour",
    "enteryour", "youre", "your", "attendee", "participant", "registrant", "contact",
    "teilnehmer", "teilnehmerin", "participante", "participant", "osaleja", "dalibnieka",
    "deltagarens", "deltagare", "uchastnika", "ihr", "ihre", "votre", "vos",
)  # fmt: skip
_BRACKETS = re.compile(r"\s*[(\[{<].*?[)\]}>]\s*")


class MappingError(ServiceError):
    """A ``--map`` option names a column or a field that is not there."""


def header_key(header: str) -> str:
    """A header folded for matching: "E-post" -> "epost", "Эл. почта" -> "elpochta"."""
    return "".join(ch for ch in fold(header) if ch.isalnum())


def header_keys(header: str) -> list[str]:
    """The folded forms of a header to look up, the most literal first."""
    text = " ".join(header.split())
    if "#" in text:
        return []  # "Order #", "Attendee #", "Barcode #": numbers, never names or details
    candidates = [text, _BRACKETS.sub(" ", text).strip()]
    if ":" in text:
        candidates.append(_BRACKETS.sub(" ", text.rsplit(":", 1)[1]).strip())
    keys: list[str] = []
    for candidate in candidates:
        key = header_key(candidate)
        stripped = key.lstrip("0123456789")
        for form in (key, stripped):
            if form and form not in keys:
                keys.append(form)
        for prefix in _PREFIXES:
            if stripped.startswith(prefix) and len(stripped) > len(prefix) + 2:
                rest = stripped[len(prefix) :]
                if rest not in keys:
                    keys.append(rest)
    return keys


def lookup_table(synonyms: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """Folded spelling -> field, for every spelling of ``synonyms`` and each field's name."""
    lookup: dict[str, str] = {}
    for name, spellings in synonyms.items():
        for spelling in [str(name), *spellings]:
            lookup.setdefault(header_key(spelling), str(name))
    return lookup


def field_of(header: str, lookup: Mapping[str, str]) -> str | None:
    """The field a header names, or None."""
    for key in header_keys(header):
        if key in lookup:
            return lookup[key]
    return None


@dataclass
class Recognition:
    """Which column is read as which field, and which columns are left out."""

    mapping: dict[int, str]
    #: Headers of the columns with a header that are not imported, in file order.
    ignored: list[str] = field(default_factory=list)


def keyword_field(header: str, keywords: Mapping[str, str]) -> str | None:
    """The field a question-like header asks for by one of its words ("Which country …?")."""
    words = [header_key(w) for w in re.split(r"[\s/,;:?!()\-]+", header) if w]
    if len(words) < 3:
        return None
    for word in words:
        if word in keywords:
            return keywords[word]
    return None


def recognise(
    headers: Sequence[str],
    synonyms: Mapping[str, Iterable[str]],
    overrides: Mapping[int, str] | None = None,
    keywords: Mapping[str, str] | None = None,
) -> Recognition:
    """Column -> field for ``headers``; ``overrides`` (column -> field or "") win.

    ``keywords`` (folded word -> field) recognise the columns of a form's questions
    ("Which country do you live in?") that no spelling names, after all spellings were tried.
    """
    lookup = lookup_table(synonyms)
    overrides = dict(overrides or {})
    mapping: dict[int, str] = {i: f for i, f in overrides.items() if f}
    taken = set(mapping.values())
    for index, header in enumerate(headers):
        if index in overrides or not header:
            continue
        name = field_of(header, lookup)
        if name is not None and name not in taken:
            mapping[index] = name
            taken.add(name)
    for index, header in enumerate(headers):
        if keywords and index not in mapping and index not in overrides and header:
            name = keyword_field(header, keywords)
            if name is not None and name not in taken:
                mapping[index] = name
                taken.add(name)
    mapping = dict(sorted(mapping.items()))
    ignored = [h for i, h in enumerate(headers) if h and i not in mapping]
    return Recognition(mapping, ignored)


def match_headers(headers: list[str], synonyms: Mapping[str, Iterable[str]]) -> dict[int, str]:
    """Column index -> field name for each header recognised among ``synonyms``."""
    return recognise(headers, synonyms).mapping


def best_header_row(rows: Sequence[Sequence[str]], synonyms: Mapping[str, Iterable[str]]) -> int:
    """Index among ``rows`` of the one that names the most fields (the first of equals).

    Reports such as Zoom's start with a block about the meeting and a blank line before the
    real header; a programme may have its event's title above the table.
    """
    lookup = lookup_table(synonyms)
    best, best_score = 0, 0
    for index, row in enumerate(rows[: HEADER_SCAN + 1]):
        score = len({f for f in (field_of(h, lookup) for h in row if h) if f is not None})
        if score > best_score:
            best, best_score = index, score
    return best


def listed(headers: Sequence[str]) -> str:
    """Headers for a message: "“A”, “B”, … and 12 more"."""
    named = [f"\u201c{h}\u201d" for h in headers if h]
    text = ", ".join(named[:HEADERS_LISTED]) or "-"
    if len(named) > HEADERS_LISTED:
        text += " " + translate("Import", "and {n} more").format(n=len(named) - HEADERS_LISTED)
    return text


def ignored_note(ignored: Sequence[str]) -> str:
    """One note naming every column that is not imported (empty when there is none)."""
    if not ignored:
        return ""
    return translate(
        "Import", "%n column(s) not recognised and not imported: {headers}.", "", len(ignored)
    ).format(headers=listed(ignored))


def parse_map_options(
    options: Sequence[str],
    headers: Sequence[str],
    synonyms: Mapping[str, Iterable[str]],
) -> dict[int, str]:
    """Column -> field (or "" to leave out) from options like ``"Company Name=organisation"``.

    The field may be its name or any header spelling of it ("Hora=start", "Firma=Organisation");
    ``field=-`` (or empty) leaves the column out. MappingError names what is not there.
    """
    lookup = lookup_table(synonyms)
    result: dict[int, str] = {}
    for option in options:
        header, sep, target = option.rpartition("=")
        if not sep or not header.strip():
            raise MappingError(
                translate(
                    "Import", "\u201c{option}\u201d is not of the form \u201cHeader=field\u201d."
                ).format(option=option)
            )
        wanted = header_key(header)
        columns = [i for i, h in enumerate(headers) if header_key(h) == wanted]
        if not columns:
            raise MappingError(
                translate(
                    "Import", "There is no column \u201c{header}\u201d; the columns are: {headers}."
                ).format(header=header.strip(), headers=listed(headers))
            )
        target = target.strip()
        if target in ("", "-"):
            result[columns[0]] = ""
            continue
        name = lookup.get(header_key(target)) or lookup.get(header_key(target.replace("_", " ")))
        if name is None:
            raise MappingError(
                translate(
                    "Import", "\u201c{field}\u201d is not a field; the fields are: {fields}."
                ).format(field=target, fields=", ".join(str(f) for f in synonyms))
            )
        result[columns[0]] = name
    return result
