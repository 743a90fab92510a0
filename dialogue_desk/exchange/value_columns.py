"""A registration list without a header row: which column is what, told from the values.

A partner's Excel often starts with the first person. :func:`looks_headerless` tells such a
file from one with headers (its first row holds the same kinds of values as the rows below, or
an e-mail address, which no header is); :func:`headerless_table` reads every row as a person
under the headers "Column A", "Column B", … (so ``--map "Column C=phone"`` names them), and
:func:`read_by_values` decides the columns from what they hold (``value_kinds``): e-mail,
phone, country, language, stakeholder group by their values; names (one "Last, First" or
"First Last" column, or a first and a last name column) and the organisation among the text
columns. Dates and yes/no answers are recognised but not imported: a participant has no date,
and which consent a yes/no column records cannot be told from "yes". Where two columns
compete for one field the weaker is left out, and every decision is a note in the preview.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field

from dialogue_desk.exchange.formula_cells import column_letter
from dialogue_desk.exchange.tabular import Table
from dialogue_desk.exchange.value_kinds import (
    COUNTRY,
    DATE,
    EMAIL,
    GROUP,
    LANGUAGE,
    NAME,
    PHONE,
    SAMPLE_ROWS,
    STRONG,
    YES_NO,
    ColumnProfile,
    is_email,
    kinds_of,
    profile,
)
from dialogue_desk.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["ValueReading", "headerless_table", "is_generated", "looks_headerless",
           "read_by_values"]  # fmt: skip

#: A column is of a kind when this share of its filled cells is.
SURE = 0.8
#: Two kinds closer than this in one column cannot be told apart (country or language codes).
MARGIN = 0.15

_FIELD_OF_KIND = {EMAIL: "email", PHONE: "phone", COUNTRY: "country",
                  LANGUAGE: "preferred_language", GROUP: "stakeholder_group"}  # fmt: skip
#: Field names as notes quote them (nominative, so any language can quote them).
FIELD_LABELS = {
    "first_name": QT_TRANSLATE_NOOP("Import", "first name"),
    "last_name": QT_TRANSLATE_NOOP("Import", "last name"),
    "full_name": QT_TRANSLATE_NOOP("Import", "full name"),
    "full_name_last_first": QT_TRANSLATE_NOOP("Import", "full name, last name first"),
    "organisation": QT_TRANSLATE_NOOP("Import", "organisation"),
    "email": QT_TRANSLATE_NOOP("Import", "e-mail"),
    "phone": QT_TRANSLATE_NOOP("Import", "phone"),
    "country": QT_TRANSLATE_NOOP("Import", "country"),
    "preferred_language": QT_TRANSLATE_NOOP("Import", "preferred language"),
    "stakeholder_group": QT_TRANSLATE_NOOP("Import", "stakeholder group"),
}
#: What a column holds, for the message when no names are found.
_HOLDS = {
    EMAIL: QT_TRANSLATE_NOOP("Import", "e-mail addresses"),
    PHONE: QT_TRANSLATE_NOOP("Import", "phone numbers"),
    DATE: QT_TRANSLATE_NOOP("Import", "dates"),
    COUNTRY: QT_TRANSLATE_NOOP("Import", "countries"),
    LANGUAGE: QT_TRANSLATE_NOOP("Import", "languages"),
    YES_NO: QT_TRANSLATE_NOOP("Import", "yes/no answers"),
    GROUP: QT_TRANSLATE_NOOP("Import", "stakeholder groups"),
    "organisation": QT_TRANSLATE_NOOP("Import", "organisations"),
    "mixed": QT_TRANSLATE_NOOP("Import", "values of two kinds"),
    "text": QT_TRANSLATE_NOOP("Import", "text that does not look like names"),
    "empty": QT_TRANSLATE_NOOP("Import", "nothing"),
}
_NAME_FIELDS = {"first_name", "last_name", "full_name", "full_name_last_first"}


def _label(name: str) -> str:
    return translate("Import", FIELD_LABELS[name])


def column_header(index: int) -> str:
    """ "Column C": the header a column of a header-less list gets."""
    return translate("Import", "Column {letter}").format(letter=column_letter(index))


def is_generated(table: Table) -> bool:
    """Whether ``table``'s headers are the "Column A", "Column B", … of a header-less list."""
    return bool(table.headers) and table.headers == [
        column_header(i) for i in range(len(table.headers))
    ]


def _profiles(rows: list[list[str]]) -> list[ColumnProfile]:
    sample = rows[:SAMPLE_ROWS]
    width = max((len(r) for r in sample), default=0)
    return [
        profile(c, [r[c] if c < len(r) else "" for r in sample], len(sample)) for c in range(width)
    ]


def _strong_kind(p: ColumnProfile) -> tuple[str, ...]:
    """The kind of a column (one), two kinds it cannot be told between, or () for text."""
    sure = sorted(
        ((p.share(k), k) for k in STRONG
         if p.share(k) >= SURE and not (k == YES_NO and p.digits_only)),
        reverse=True,
    )  # fmt: skip
    if not sure:
        return ()
    if len(sure) > 1 and sure[0][0] - sure[1][0] < MARGIN:
        return (sure[0][1], sure[1][1])
    return (sure[0][1],)


def looks_headerless(table: Table) -> bool:
    """Whether the first row of ``table`` is a person rather than headers.

    It is when it holds an e-mail address, or when in the columns whose values are of one kind
    (phones, dates, countries, …) the first row's cells are of that kind more often than not.
    """
    if any(is_email(h) for h in table.headers):
        return True
    if len(table.rows) < 2:
        return False
    agree = disagree = 0
    for p in _profiles([values for _, values in table.rows]):
        kinds = _strong_kind(p)
        first = table.headers[p.index] if p.index < len(table.headers) else ""
        if len(kinds) != 1 or not first:
            continue
        if kinds[0] in kinds_of(first):
            agree += 1
        else:
            disagree += 1
    return agree > disagree


def headerless_table(table: Table) -> Table:
    """``table`` with its first row as data under "Column A", "Column B", … headers."""
    rows = [(table.header_row, list(table.headers)), *table.rows]
    width = max(len(values) for _, values in rows)
    moved = dataclasses.replace(
        table,
        headers=[column_header(c) for c in range(width)],
        rows=rows,
        warnings=list(table.warnings),
    )
    moved.warnings.append(
        translate(
            "Import",
            "The file has no header row: every row is read as a person, the columns by what "
            "they hold. Check the column choices.",
        )
    )
    return moved


@dataclass
class ValueReading:
    """The columns of a header-less list as told from their values, and why."""

    mapping: dict[int, str] = field(default_factory=dict)
    #: What was decided, as (column, note) in column order.
    column_notes: list[tuple[int, str]] = field(default_factory=list)
    #: Columns left out with a note of their own (dates, yes/no, two kinds, a weaker rival).
    explained: set[int] = field(default_factory=set)
    #: Column -> what it was found to hold (a key of ``_HOLDS``), for the refusal.
    holds: dict[int, str] = field(default_factory=dict)

    def notes(self, skip: Iterable[int] = ()) -> list[str]:
        """The notes, but those on the columns in ``skip`` (the user chose what they hold)."""
        left = set(skip)
        return [text for column, text in self.column_notes if column not in left]

    @property
    def has_names(self) -> bool:
        return bool(set(self.mapping.values()) & _NAME_FIELDS)

    def refusal(self, file: str) -> str:
        """Why the list cannot be read: no column of names, and what each column holds."""
        columns = "; ".join(
            translate("Import", "column {column}: {holds}").format(
                column=column_letter(c), holds=translate("Import", _HOLDS[h])
            )
            for c, h in sorted(self.holds.items())
        )
        return translate(
            "Import",
            "{file}: the file has no header row, and no column holds names by its values "
            "({columns}). Add a header row (for example \u201cFirst name\u201d, \u201cLast "
            "name\u201d, \u201cE-mail\u201d), or choose the name column in the column choices "
            "(--map \u201cColumn A=full_name\u201d on the command line).",
        ).format(file=file, columns=columns or "-")


class _Reader:
    def __init__(self, profiles: list[ColumnProfile]) -> None:
        self.profiles = profiles
        self.result = ValueReading()
        self.notes: list[tuple[int, str]] = []

    def take(self, column: int, name: str) -> None:
        self.result.mapping[column] = name
        self.notes.append((
            column,
            translate(
                "Import", "No header row: column {column} is taken as \u201c{field}\u201d from "
                "its values.",
            ).format(column=column_letter(column), field=_label(name)),
        ))  # fmt: skip

    def compete(self, taken: int, weaker: int, name: str) -> None:
        self.result.explained.add(weaker)
        self.notes.append((
            weaker,
            translate(
                "Import", "No header row: column {weaker} could also be \u201c{field}\u201d, but "
                "column {taken} fits better; column {weaker} was not imported.",
            ).format(weaker=column_letter(weaker), taken=column_letter(taken), field=_label(name)),
        ))  # fmt: skip

    def note(self, text: str, column: int) -> None:
        self.result.explained.add(column)
        self.notes.append((column, translate("Import", text).format(column=column_letter(column))))

    def read(self) -> ValueReading:
        text: list[ColumnProfile] = []
        by_field: dict[str, list[ColumnProfile]] = {}
        for p in self.profiles:
            kinds = _strong_kind(p)
            if not p.filled:
                self.result.holds[p.index] = "empty"
            elif len(kinds) == 2:
                self.result.holds[p.index] = "mixed"
                self.note(QT_TRANSLATE_NOOP(
                    "Import", "No header row: the values of column {column} fit two kinds "
                    "(such as country and language codes) and cannot be told apart; it was not "
                    "imported. Choose what it holds if it matters.",
                ), p.index)  # fmt: skip
            elif kinds:
                self.result.holds[p.index] = kinds[0]
                if kinds[0] == DATE:
                    self.note(QT_TRANSLATE_NOOP(
                        "Import", "No header row: column {column} holds dates (perhaps when "
                        "each person registered); a participant has no such detail, so it was "
                        "not imported.",
                    ), p.index)  # fmt: skip
                elif kinds[0] == YES_NO:
                    self.note(QT_TRANSLATE_NOOP(
                        "Import", "No header row: column {column} holds yes/no answers, but "
                        "which consent they record cannot be told from the values; it was not "
                        "imported. Choose the consent it records in the column choices (or "
                        "--map \u201cColumn {column}=consent_photos\u201d, consent_listed or "
                        "consent_contact on the command line).",
                    ), p.index)  # fmt: skip
                else:
                    by_field.setdefault(_FIELD_OF_KIND[kinds[0]], []).append(p)
            else:
                text.append(p)
        for name, columns in by_field.items():
            best = max(columns, key=lambda p: (p.share(_kind(name)) * p.filled, -p.index))
            self.take(best.index, name)
            for other in columns:
                if other is not best:
                    self.compete(best.index, other.index, name)
        rest = self.names(text)
        self.organisation(rest)
        for p in rest:
            self.result.holds.setdefault(p.index, "text")
        self.result.mapping = dict(sorted(self.result.mapping.items()))
        self.result.column_notes = sorted(self.notes, key=lambda n: n[0])
        return self.result

    def names(self, text: list[ColumnProfile]) -> list[ColumnProfile]:
        """Take the name column(s) among ``text``; the columns left."""
        names = [
            p for p in text if p.share(NAME) >= SURE and p.organisational < 0.2 and p.filled >= 0.5
        ]
        options: list[tuple[ColumnProfile, ...]] = []
        for i, p in enumerate(names):
            if p.several_words >= 0.6 or p.comma >= 0.6:
                options.append((p,))
            elif p.one_word >= 0.6 and i + 1 < len(names):
                after = names[i + 1]
                if after.index == p.index + 1 and after.one_word >= 0.6:
                    options.append((p, after))
        if not options and names:
            options.append((names[0],))
        if not options:
            return text
        chosen = min(options, key=lambda o: o[0].index)
        if len(chosen) == 1:
            p = chosen[0]
            last_first = p.surname_first - p.surname_last >= 0.3
            self.take(p.index, "full_name_last_first" if last_first else "full_name")
        else:
            self.pair(*chosen)
        rivals = [
            p for p in names if p not in chosen and (p.several_words >= 0.6 or p.comma >= 0.6)
        ]
        for p in [*chosen, *rivals]:
            self.result.holds[p.index] = NAME
        for p in rivals:
            self.compete(chosen[0].index, p.index, "full_name")
        # A column of single capitalised words beside the names is an organisation or a role.
        return [p for p in text if p not in chosen and p not in rivals]

    def pair(self, a: ColumnProfile, b: ColumnProfile) -> None:
        """First and last name from two columns of single names, the surname told by capitals
        ("DUPONT") or a surname ending, else in the usual order (first name first)."""
        swapped = (a.capitals >= 0.6 > b.capitals) or (a.surname_ending - b.surname_ending >= 0.3)
        told = swapped or b.capitals >= 0.6 or b.surname_ending - a.surname_ending >= 0.3
        first, last = (b, a) if swapped else (a, b)
        self.take(first.index, "first_name")
        self.take(last.index, "last_name")
        if not told:
            self.notes.append((
                last.index,
                translate(
                    "Import", "No header row: nothing in columns {first} and {last} tells first "
                    "names from last names, so they are read in the usual order; swap them in "
                    "the column choices if the list writes the last name first.",
                ).format(first=column_letter(first.index), last=column_letter(last.index)),
            ))  # fmt: skip

    def organisation(self, rest: list[ColumnProfile]) -> None:
        """The organisation: the remaining column of longer text, organisation words first."""
        candidates = [p for p in rest if p.filled >= 0.3 and not p.digits_only
                      and p.mean_length >= 3]  # fmt: skip
        if not candidates:
            return
        best = max(candidates, key=lambda p: (round(p.organisational, 1), p.mean_length))
        self.take(best.index, "organisation")
        self.result.holds[best.index] = "organisation"
        for p in candidates:
            if p is not best:
                self.compete(best.index, p.index, "organisation")


def _kind(name: str) -> str:
    return next(k for k, f in _FIELD_OF_KIND.items() if f == name)


def read_by_values(table: Table) -> ValueReading:
    """The columns of a header-less ``table`` (every row a person) told from their values."""
    return _Reader(_profiles([values for _, values in table.rows])).read()
