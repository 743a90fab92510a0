"""Tidy, safe sheets for openpyxl's write-only mode: typed columns, text never a formula.

A :class:`SheetSpec` collects rows in memory, then :func:`write_sheet` writes them with a bold
frozen header, an auto-filter, widths fitted to the content, date/time formats, wrapped long
text and a print set-up (:mod:`printing`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
from collections.abc import Callable, Sequence
from copy import copy
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook

from dialogue_desk.exchange.workbook.printing import PrintTexts, set_up_printing

# Column kinds: how values are written and formatted.
TEXT = "text"
WRAP = "wrap"  # long text: wrapped, wide column
INT = "int"
NUMBER = "number"  # decimals, shown with two places
PERCENT = "percent"
DATE = "date"
TIME = "time"
DATETIME = "datetime"

FORMATS = {
    INT: "0",
    NUMBER: "0.00",
    PERCENT: "0.0%",
    DATE: "yyyy-mm-dd",
    TIME: "hh:mm",
    DATETIME: "yyyy-mm-dd hh:mm",
}
WIDTHS = {DATE: 11, TIME: 7, DATETIME: 17, PERCENT: 8, INT: 6, NUMBER: 8}
MAX_WIDTH = {TEXT: 45, WRAP: 70}
MAX_CELL_TEXT = 32767
MAX_SHEET_NAME = 31
#: Sheets up to this many cells get every cell styled (top-aligned); larger ones only where
#: a value needs it, to keep big exports fast.
POLISH_CELLS = 20_000
#: Points per line of 11-point text, and the tallest row a spreadsheet allows.
LINE_HEIGHT = 15
#: Rows between progress reports.
TICK_ROWS = 500
MAX_ROW_HEIGHT = 409

# Characters XML 1.0 forbids (controls other than tab, newline, carriage return; surrogates;
# U+FFFE/U+FFFF): Excel refuses a file containing them.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_FORMULA_LIKE = ("=", "+", "-", "@")
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def clean_text(value: str) -> str:
    """``value`` without XML-illegal characters, cut to the longest text a cell can hold.

    Line ends become "\n" (XML readers turn a bare carriage return into a line feed anyway).
    """
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _ILLEGAL.sub("", value)
    if len(value) > MAX_CELL_TEXT:
        value = value[: MAX_CELL_TEXT - 1] + "\u2026"
    return value


def shorten(text: str, limit: int) -> str:
    """``text`` in at most ``limit`` characters, cut at a word boundary with an ellipsis."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 3:
        cut = cut[:space]
    return cut.rstrip(" -–,;.") + "…"


def sheet_name(name: str, taken: set[str] | None = None) -> str:
    """A valid, unique sheet name: no ``[]:*?/\\``, no edge apostrophes, at most 31 characters."""
    name = clean_text(name).replace("\n", " ").replace(": ", " \u2013 ")
    name = _SHEET_FORBIDDEN.sub("-", name).strip().strip("'").strip()
    name = shorten(name, MAX_SHEET_NAME) or "Sheet"
    if name.casefold() == "history":  # reserved by Excel
        name = f"{name}-1"
    if taken is None:
        return name
    candidate, number = name, 2
    while candidate.casefold() in taken:
        suffix = f" ({number})"
        candidate = shorten(name, MAX_SHEET_NAME - len(suffix)) + suffix
        number += 1
    taken.add(candidate.casefold())
    return candidate


class Typed(NamedTuple):
    """A value with its own kind, for columns that mix kinds (the Summary's values)."""

    value: Any
    kind: str


class Coded(NamedTuple):
    """A translated value with its language-independent code ("Jah" / "yes").

    The sheet shows the label; with codes on (:func:`codes.add_code_columns`) a column of the
    codes follows, so workbooks in several languages can be stacked.
    """

    label: str
    code: str


def coded(value: Any, language: str) -> Coded:
    """An enum value as its label in ``language`` with its stored value as the code."""
    from dialogue_desk.services.labels import label

    return Coded(label(value, language), str(getattr(value, "value", value)))


def yn(flag: bool, yes: str, no: str) -> Coded:
    """Yes or no in the export language, coded ``yes``/``no``."""
    return Coded(yes, "yes") if flag else Coded(no, "no")


@dataclass
class Column:
    header: str
    kind: str = TEXT
    #: A fixed width in characters, else fitted to the content.
    width: float | None = None


@dataclass
class SheetSpec:
    title: str
    columns: list[Column]
    rows: list[Sequence[Any]] = field(default_factory=list)
    landscape: bool = True

    def add(self, *values: Any) -> None:
        self.rows.append(values)


class _Styles:
    """One template cell per column kind; cells copy its style array (fast)."""

    def __init__(self, sheet: Any) -> None:
        top = Alignment(vertical="top")
        wrap = Alignment(vertical="top", wrap_text=True)
        self.header = WriteOnlyCell(sheet)
        self.header.font = Font(name="Calibri", size=11, bold=True)
        self.header.fill = PatternFill("solid", fgColor="DDE4EE")
        self.header.alignment = Alignment(vertical="top", wrap_text=True)
        self.kinds: dict[str, WriteOnlyCell] = {}
        for kind in (TEXT, WRAP, INT, NUMBER, PERCENT, DATE, TIME, DATETIME):
            cell = WriteOnlyCell(sheet)
            cell.alignment = wrap if kind == WRAP else top
            if kind in FORMATS:
                cell.number_format = FORMATS[kind]
            self.kinds[kind] = cell
        self.quoted: dict[str, WriteOnlyCell] = {}
        for kind in (TEXT, WRAP):
            cell = WriteOnlyCell(sheet)
            cell.alignment = wrap if kind == WRAP else top
            cell.quotePrefix = True
            self.quoted[kind] = cell


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet could take ``text`` (already cleaned) for a formula."""
    return text[:1] in _FORMULA_LIKE


def _text_cell(sheet: Any, styles: _Styles, kind: str, text: str) -> WriteOnlyCell:
    """A string cell for cleaned ``text``: never a formula, whatever it starts with."""
    cell = WriteOnlyCell(sheet, text)
    # openpyxl makes any value starting with "=" a formula; user text is data.
    cell.data_type = "s"
    if looks_like_formula(text):
        # Marked so Excel and LibreOffice keep it text when it is edited too.
        cell._style = copy(styles.quoted.get(kind, styles.quoted[TEXT])._style)
    else:
        cell._style = copy(styles.kinds[kind]._style)
    return cell


def text_value(sheet: Any, styles: _Styles, kind: str, value: str, polish: bool) -> Any:
    """The one guard every text value of every sheet passes: cleaned first, then checked.

    A plain str (the fast path for large sheets) only when the cleaned text cannot be read
    as a formula; cleaning first matters, as ``"\x01=HYPERLINK(...)"`` starts with "=" once
    the control character is gone.
    """
    text = clean_text(value)
    if polish or kind == WRAP or looks_like_formula(text):
        return _text_cell(sheet, styles, kind, text)
    return text


def _width_of(value: Any, kind: str) -> float:
    if isinstance(value, Coded):
        value = value.label
    if isinstance(value, Typed):
        value, kind = value.value, value.kind
    if value is None or value == "":
        return 0
    if isinstance(value, str):
        return max(len(line) for line in value.split("\n"))
    if kind in WIDTHS:
        if kind in (NUMBER, INT) and isinstance(value, int | float):
            return max(WIDTHS[kind], len(f"{value:.2f}" if kind == NUMBER else str(value)))
        return WIDTHS[kind]
    return len(str(value))


def _lines(value: Any, width: float) -> int:
    """Lines ``value`` takes wrapped in a column ``width`` characters wide (estimated)."""
    if not isinstance(value, str) or not value:
        return 1
    per_line = max(int(width) - 2, 1)
    return sum(max(1, -(-len(part) // per_line)) for part in value.split("\n"))


def fitted_widths(spec: SheetSpec) -> list[float]:
    widths: list[float] = []
    # A spread sample of at most 1,000 rows gives the widths of a long sheet well enough.
    sample = spec.rows if len(spec.rows) <= 1000 else spec.rows[:: len(spec.rows) // 1000 + 1]
    for index, column in enumerate(spec.columns):
        if column.width is not None:
            widths.append(column.width)
            continue
        longest = max((len(word) for word in column.header.split()), default=4)
        longest = max(longest, min(len(column.header), 24))
        for row in sample:
            if index < len(row):
                longest = max(longest, _width_of(row[index], column.kind))
        limit = MAX_WIDTH.get(column.kind, 30)
        widths.append(min(max(longest * 1.1 + 2, 6), limit))
    return widths


def write_sheet(
    workbook: Workbook,
    spec: SheetSpec,
    tick: Callable[[int], None] | None = None,
    texts: PrintTexts | None = None,
) -> None:
    """Append ``spec`` as a new sheet of the write-only ``workbook``.

    ``tick(rows_written)`` is called every few hundred rows (it may raise to stop); ``texts``
    are the printed page's header and footer (:mod:`printing`).
    """
    sheet = workbook.create_sheet(spec.title)
    styles = _Styles(sheet)
    widths = fitted_widths(spec)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    last_column = get_column_letter(max(len(spec.columns), 1))
    last_row = len(spec.rows) + 1
    sheet.auto_filter.ref = f"A1:{last_column}{last_row}"
    set_up_printing(sheet, widths, len(spec.rows), texts)

    header = []
    for column in spec.columns:
        cell = WriteOnlyCell(sheet, clean_text(column.header))
        cell.data_type = "s"
        cell._style = copy(styles.header._style)
        header.append(cell)
    header_lines = max(_lines(c.header, w) for c, w in zip(spec.columns, widths, strict=True))
    if header_lines > 1:
        sheet.row_dimensions[1].height = min(LINE_HEIGHT * header_lines, MAX_ROW_HEIGHT)
    sheet.append(header)

    kinds = [c.kind for c in spec.columns]
    plain = {k: styles.kinds[k]._style for k in styles.kinds}
    # Only cells that need a style get one (dates, percentages, wrapped text, text that looks
    # like a formula): a styled cell costs openpyxl several times a plain value. Small sheets
    # also align every cell to the top, so rows with wrapped text read tidily.
    polish = len(spec.rows) * len(spec.columns) <= POLISH_CELLS
    wrapped = [(i, widths[i]) for i, kind in enumerate(kinds) if kind == WRAP]
    for row_number, row in enumerate(spec.rows, start=2):
        # Spreadsheet programs do not grow rows for wrapped text on opening: set the height.
        if tick is not None and row_number % TICK_ROWS == 0:
            tick(row_number - 1)
        lines = max((_lines(row[i], w) for i, w in wrapped if i < len(row)), default=1)
        if lines > 1:
            sheet.row_dimensions[row_number].height = min(LINE_HEIGHT * lines, MAX_ROW_HEIGHT)
        out: list[Any] = []
        for column_kind, value in zip(kinds, row, strict=False):
            kind = column_kind
            if isinstance(value, Coded):
                value = value.label
            if isinstance(value, Typed):
                value, kind = value.value, value.kind
            if value is None or value == "":
                out.append(None)
            elif isinstance(value, str):
                text_kind = kind if kind in (TEXT, WRAP) else TEXT
                out.append(text_value(sheet, styles, text_kind, value, polish))
            elif isinstance(value, bool):
                out.append(int(value))
            elif isinstance(value, int | float) and kind in (TEXT, WRAP, INT) and not polish:
                out.append(value)
            else:
                style_kind = kind
                if isinstance(value, dt.datetime) and kind not in (DATETIME, TIME):
                    style_kind = DATETIME
                elif isinstance(value, dt.date) and not isinstance(value, dt.datetime):
                    style_kind = DATE
                elif isinstance(value, dt.time):
                    style_kind = TIME
                cell = WriteOnlyCell(sheet, value)
                cell._style = copy(plain[style_kind])
                out.append(cell)
        sheet.append(out)


def discard_write_only(workbook: Workbook) -> None:
    """Finish and delete the temporary files of an abandoned write-only workbook."""
    for sheet in workbook.worksheets:
        with contextlib.suppress(Exception):
            if not sheet.closed:
                sheet.close()
        out = getattr(getattr(sheet, "_writer", None), "out", None)
        if out:
            with contextlib.suppress(OSError):
                os.remove(out)
