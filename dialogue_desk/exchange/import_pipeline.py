"""The one import pipeline's shared steps: read the file, find its header, recognise columns.

Agenda and registration imports both go read (``tabular.read_table``) → header row
(:func:`with_header_row`) → recognise (``headers.recognise`` with the user's overrides) →
plan the rows into an ``ImportPreview`` → show → apply (the feature's service). What a file
is when it is not what was asked for is :func:`describe`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping

from dialogue_desk.exchange.formula_cells import column_letter
from dialogue_desk.exchange.headers import (
    Recognition,
    best_header_row,
    field_of,
    header_key,
    ignored_note,
    listed,
    lookup_table,
    recognise,
)
from dialogue_desk.exchange.tabular import Table, row_numbers
from dialogue_desk.i18n import translate

#: A formula is quoted up to this many characters.
FORMULA_SHOWN = 60

_PIVOT_WORDS = {
    header_key(w)
    for w in ("Row Labels", "Column Labels", "Grand Total", "Gesamtergebnis",
              "Zeilenbeschriftungen", "Total général", "Étiquettes de lignes", "Kokonaissumma",
              "Общий итог", "Названия строк", "Kopsumma", "Totalsumma", "Radetiketter")
}  # fmt: skip
_PIVOT_PREFIXES = ("sumof", "countof", "averageof", "summevon", "anzahlvon", "sommede",
                   "nombrede", "суммапополю", "количествопополю")  # fmt: skip
_XLSFORM_HEADERS = {"type", "name", "label"}


def with_header_row(table: Table, synonyms: Mapping[str, Iterable[str]]) -> Table:
    """The table re-read from its real header row when a title block stands above it."""
    candidates = [table.headers, *(values for _, values in table.rows)]
    index = best_header_row(candidates, synonyms)
    if index == 0:
        return table
    number, headers = table.rows[index - 1]
    moved = dataclasses.replace(
        table,
        headers=list(headers),
        rows=table.rows[index:],
        header_row=number,
        warnings=list(table.warnings),
    )
    moved.warnings.append(
        translate(
            "Import",
            "The column headers are in row {row}; the {count} row(s) above them were not imported.",
        ).format(row=number, count=index)
    )
    return moved


def recognised(
    table: Table,
    synonyms: Mapping[str, Iterable[str]],
    overrides: Mapping[int, str] | None = None,
) -> Recognition:
    """The columns of ``table`` recognised among ``synonyms``, ``overrides`` winning."""
    return recognise(table.headers, synonyms, overrides)


def missing_message(file: str, labels: list[str], headers: list[str]) -> str:
    """ "No column for Title; the columns are “A”, “B”"."""
    return translate(
        "Import",
        "{file}: no column was recognised for: {fields}. The columns in the file are: "
        "{headers}. Rename a column, or choose what it holds (--map \u201cHeader=field\u201d "
        "on the command line).",
    ).format(file=file, fields=", ".join(labels), headers=listed(headers))


def file_notes(table: Table, recognition: Recognition) -> list[str]:
    """What reading noticed about the file, then the note on the columns left out."""
    notes = list(table.warnings)
    if note := ignored_note(recognition.ignored):
        notes.append(note)
    return notes


def refuse_foreign(table: Table) -> str:
    """Why a file that is a form definition or a pivot table is no list at all, or ""."""
    return describe(table)


def describe(table: Table, other: Mapping[str, Mapping[str, Iterable[str]]] | None = None) -> str:
    """What the file looks like when it is not a list or programme: a sentence, or ""."""
    sheets = {s.casefold() for s in table.sheets}
    headers = {h.strip().casefold() for h in table.headers}
    plain = {h.split("::")[0] for h in headers}
    if "survey" in sheets or plain >= _XLSFORM_HEADERS:
        return translate(
            "Import",
            "It looks like an XLSForm (a form definition with a \u201csurvey\u201d sheet); "
            "import it as an evaluation form instead.",
        )
    cells = [table.headers, *(values for _, values in table.rows[:40])]
    keys = {header_key(c) for row in cells for c in row if c}
    if keys & _PIVOT_WORDS or any(k.startswith(_PIVOT_PREFIXES) for k in keys):
        return translate(
            "Import",
            "It looks like a pivot table (a summary with totals), not a list with one row per "
            "entry; import the list the pivot table was made from.",
        )
    for kind, synonyms in (other or {}).items():
        lookup = lookup_table(synonyms)
        found = {f for f in (field_of(h, lookup) for h in table.headers if h) if f}
        if len(found) >= 2:
            return kind
    return ""


# --- formulas saved without their values ---------------------------------------------------


def _column_name(table: Table, column: int) -> str:
    # A column without a header is named by its letter, as the spreadsheet shows it.
    header = table.headers[column] if column < len(table.headers) else ""
    return f"\u201c{header or column_letter(column)}\u201d"


def _shown(formula: str) -> str:
    return formula if len(formula) <= FORMULA_SHOWN else formula[: FORMULA_SHOWN - 1] + "\u2026"


def _formula_cells(table: Table, mapping: Mapping[int, str]) -> list[tuple[int, int, str]]:
    """(row, column, formula) of every imported cell that holds a formula with no value."""
    data_rows = {number for number, _ in table.rows}
    return [
        (number, column, formula)
        for number, cells in sorted(table.formulas.items())
        if number in data_rows
        for column, formula in sorted(cells.items())
        if column in mapping
    ]


def formula_warnings(table: Table, number: int, mapping: Mapping[int, str]) -> list[str]:
    """What the preview says about row ``number``'s imported cells that lost their formula."""
    cells = table.formulas.get(number)
    if not cells:
        return []
    return [
        translate(
            "Import",
            "The {column} cell holds a formula ({formula}) with no value; it was left empty.",
        ).format(column=_column_name(table, column), formula=_shown(formula))
        for column, formula in sorted(cells.items())
        if column in mapping
    ]


def formula_notes(table: Table, mapping: Mapping[int, str], listed: int = 5) -> list[str]:
    """The file's notes on imported cells read empty because their formula has no value.

    The first ``listed`` cells are named one by one (for the command line, which prints no
    row remarks), the rest counted with their rows; then what to do about it.
    """
    found = _formula_cells(table, mapping)
    if not found:
        return []
    notes = [
        translate(
            "Import",
            "Row {row}: the {column} cell holds a formula ({formula}) with no value; "
            "it was left empty.",
        ).format(row=number, column=_column_name(table, column), formula=_shown(formula))
        for number, column, formula in found[:listed]
    ]
    rest = found[listed:]
    if rest:
        rows = row_numbers(sorted({number for number, _, _ in rest}))
        text = (
            translate(
                "Import",
                "Rows {rows}: formulas with no value left %n other cell(s) empty.",
                "",
                len(rest),
            )
            if notes
            else translate(
                "Import",
                "Rows {rows}: formulas with no value left %n cell(s) empty.",
                "",
                len(rest),
            )
        )
        notes.append(text.format(rows=rows))
    notes.append(
        translate(
            "Import",
            "The file was saved without calculating its formulas. To import their values, "
            "open it in Excel or LibreOffice, recalculate (Ctrl+Shift+F9), save it and "
            "import it again.",
        )
    )
    return notes
