"""Find the cells of a workbook that hold a formula but no value, so an import can say so.

openpyxl writes a formula without its result, and LibreOffice may save one without
recalculating: the reader (``data_only=True``) then sees an empty cell, and the organisation
or the title silently disappears. ``tabular`` remembers where a row had an empty cell; only when
the sheet's XML holds a formula with no value at all does :func:`formulas_at` read the sheet a
second time (formulas instead of values), up to the last remembered row, and only those cells.
A sheet without such formulas costs a scan of its compressed XML, not a second parse.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

#: Cells of the rows with an empty cell kept for the check (their tuples, a few MB at most);
#: rows past them are not checked.
MAX_CHECKED = 1_000_000
#: A formula element that ends its cell with no value or an empty one: ``</f></c>``,
#: ``</f><v></v></c>`` (openpyxl), ``<f t="shared" si="0"/></c>``. Prefixes like ``x:`` occur.
_NO_VALUE = re.compile(
    rb"(?:</(?:\w+:)?f>|<(?:\w+:)?f\b[^>]*/>)\s*"
    rb"(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>"
)
_CHUNK = 1 << 20
_OVERLAP = 256


class EmptyCells:
    """The rows read so far that had an empty cell, as read, within :data:`MAX_CHECKED` cells."""

    def __init__(self) -> None:
        #: Row number -> the row's values as the first pass read them (None where empty).
        self.cells: dict[int, tuple[Any, ...]] = {}
        self.count = 0

    def note(self, number: int, values: tuple[Any, ...]) -> None:
        """Remember row ``number``; call only if it has an empty (None) cell.

        The tuple is kept as it is: finding its empty cells waits until the sheet is known
        to hold a formula without value, which most never do.
        """
        if self.count < MAX_CHECKED:
            self.cells[number] = values
            self.count += len(values)


def has_formula_without_value(path: Path, part: str | None) -> bool:
    """True when the sheet's XML part (every sheet's if ``part`` is unknown) has such a cell."""
    from zipfile import ZipFile

    with ZipFile(path) as archive:
        names = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        wanted = part.lstrip("/") if part else None
        for name in names:
            if wanted and name != wanted:
                continue
            with archive.open(name) as handle:
                tail = b""
                while chunk := handle.read(_CHUNK):
                    if _NO_VALUE.search(tail + chunk):
                        return True
                    tail = chunk[-_OVERLAP:]
    return False


def formulas_at(
    path: Path, sheet: str | None, cells: Mapping[int, tuple[Any, ...]]
) -> dict[int, dict[int, str]]:
    """Row -> column -> formula text for the empty cells of ``cells`` that hold a formula."""
    from openpyxl import load_workbook

    found: dict[int, dict[int, str]] = {}
    if not cells:
        return found
    last = max(cells)
    workbook = load_workbook(path, read_only=True, data_only=False)
    try:
        ws = workbook[sheet] if sheet else workbook.worksheets[0]
        if hasattr(ws, "reset_dimensions"):
            ws.reset_dimensions()
        for number, values in enumerate(ws.iter_rows(values_only=True, max_row=last), start=1):
            first = cells.get(number)
            if first is None:
                continue
            width = len(values)
            for column in (i for i, v in enumerate(first) if v is None and i < width):
                value = values[column]
                text = getattr(value, "text", value)  # an ArrayFormula holds its text
                if isinstance(text, str) and text.startswith("="):
                    found.setdefault(number, {})[column] = text
    finally:
        workbook.close()
    return found


def column_letter(index: int) -> str:
    """ "A" for 0, "AB" for 27: how a spreadsheet names a column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
