"""The rows of a table being read, and the bounds every reader keeps to.

``tabular`` reads CSV and xlsx through a :class:`RowCollector`, which trims and cleans each
row and refuses a file past the bounds (rows, columns, characters in a cell) with a message
naming the row; blank rows at the end of a sheet's formatting stop the reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from dialogue_desk.exchange.text_decoding import CONTROL, clean_cell
from dialogue_desk.i18n import QT_TRANSLATE_NOOP, translate
from dialogue_desk.services.errors import ServiceError

MAX_ROWS = 100_000
MAX_COLUMNS = 1_000
#: Excel's own limit for the text of one cell.
MAX_CELL_CHARS = 32_767
#: After this many blank rows following the data, the rest of a sheet is formatting only.
BLANK_RUN = 1_000

_SUSPECT = re.compile(f"{CONTROL.pattern}|[\t\r]")


class TableReadError(ServiceError):
    """The file cannot be read as a table; the message names the file and why."""


@dataclass
class Table:
    path: Path
    headers: list[str]
    #: (row number in the file, 1-based as a spreadsheet shows it; cell values as strings).
    #: Rows are not padded: a row may be shorter than the headers.
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""
    #: What reading changed or noticed (rows in another encoding, characters removed).
    warnings: list[str] = field(default_factory=list)
    #: The sheets of a workbook, for telling what kind of file it is.
    sheets: list[str] = field(default_factory=list)
    #: The row number of the header row.
    header_row: int = 1
    #: Cells holding a formula saved without its value (read as empty): row -> column -> formula.
    formulas: dict[int, dict[int, str]] = field(default_factory=dict)

    def records(self) -> Iterable[tuple[int, dict[str, str]]]:
        """Rows as {header: value}."""
        for number, values in self.rows:
            yield (
                number,
                {h: (values[i] if i < len(values) else "") for i, h in enumerate(self.headers)},
            )


def refusal(message: str, path: Path, **values: object) -> TableReadError:
    return TableReadError(translate("Import", message).format(file=path.name, **values))


# --- rows, whatever the format -------------------------------------------------------------


class RowCollector:
    """Gathers numbered rows within the bounds, trimming and cleaning cells."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.rows: list[tuple[int, list[str]]] = []
        self.cleaned_rows: list[int] = []
        self.blank_run = 0

    def add(self, number: int, cells: list[str]) -> bool:
        """Add a row; False when the sheet's data has clearly ended."""
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            self.blank_run += 1
            return self.blank_run < BLANK_RUN or not self.rows
        self.blank_run = 0
        if len(cells) > MAX_COLUMNS:
            raise refusal(
                QT_TRANSLATE_NOOP(
                    "Import", "{file}: row {row} has {count} columns; a list has at most {limit}."
                ),
                self.path,
                row=number,
                count=len(cells),
                limit=MAX_COLUMNS,
            )
        joined = "\n".join(cells)
        if len(joined) > MAX_CELL_CHARS:
            self._check_lengths(number, cells)
        if _SUSPECT.search(joined):
            for index, cell in enumerate(cells):
                if _SUSPECT.search(cell):
                    cells[index] = clean_cell(cell)
                    if CONTROL.search(cell) and cells[index]:
                        self._note_cleaned(number)
                else:
                    cells[index] = cell.strip()
        else:
            cells = [cell.strip() for cell in cells]
        if len(self.rows) > MAX_ROWS:
            raise refusal(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "{file}: the file has more than {limit} rows; split it into smaller lists.",
                ),
                self.path,
                limit=MAX_ROWS,
            )
        self.rows.append((number, cells))
        return True

    def _check_lengths(self, number: int, cells: list[str]) -> None:
        for index, cell in enumerate(cells):
            if len(cell) > MAX_CELL_CHARS:
                raise refusal(
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "{file}: the cell in row {row}, column {column} holds {count} characters; "
                        "a cell has at most {limit}.",
                    ),
                    self.path,
                    row=number,
                    column=index + 1,
                    count=len(cell),
                    limit=MAX_CELL_CHARS,
                )

    def _note_cleaned(self, number: int) -> None:
        if not self.cleaned_rows or self.cleaned_rows[-1] != number:
            self.cleaned_rows.append(number)

    def table(self) -> Table:
        rows = [(n, r) for n, r in self.rows if any(r)]
        if not rows:
            raise refusal(QT_TRANSLATE_NOOP("Import", "{file}: the file has no rows."), self.path)
        header_row, headers = rows[0]
        table = Table(path=self.path, headers=list(headers), rows=rows[1:], header_row=header_row)
        if self.cleaned_rows:
            table.warnings.append(
                translate(
                    "Import",
                    "Rows {rows}: invisible control characters were removed from the text.",
                ).format(rows=row_numbers(self.cleaned_rows))
            )
        return table


def row_numbers(rows: list[int], limit: int = 12) -> str:
    """ "3, 7, 12" or "3, 7, 12, … and 40 more"."""
    shown = ", ".join(str(n) for n in rows[:limit])
    if len(rows) > limit:
        shown += " " + translate("Import", "and {n} more").format(n=len(rows) - limit)
    return shown
