"""Read a spreadsheet (.xlsx or .csv) as people's spreadsheet programs save them, within bounds.

Shared by every import (registrations, agenda, the survey sheet of a form): CSV with comma,
semicolon or tab in any encoding ``text_decoding`` knows; xlsx through openpyxl's read-only
streaming reader. Values come back as trimmed plain strings (dates and times as ISO text,
control characters removed), blank rows dropped, each row keeping its row number as the
spreadsheet shows it.

Every read is bounded, so a small hostile or broken file is refused in seconds with a message
instead of taking the machine's memory: the file size, the unpacked size of a workbook's parts,
the number of rows, columns and cells, and the length of a cell. A workbook whose formatting
reaches row 1,048,576 is read only to the end of its data.

A formula saved without its value (openpyxl writes them so) reads as an empty cell; the table
records where (``Table.formulas``, found by ``formula_cells``) so the import can say so.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from dialogue_desk.exchange.formula_cells import (
    EmptyCells,
    formulas_at,
    has_formula_without_value,
)
from dialogue_desk.exchange.table_rows import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_ROWS,
    RowCollector,
    Table,
    TableReadError,
    refusal,
    row_numbers,
)
from dialogue_desk.exchange.text_decoding import CODEPAGE_NAMES, UndecodableError, decode
from dialogue_desk.i18n import QT_TRANSLATE_NOOP, translate

__all__ = [
    "MAX_BYTES",
    "MAX_CELL_CHARS",
    "MAX_COLUMNS",
    "MAX_ROWS",
    "Table",
    "TableReadError",
    "read_table",
    "row_numbers",
]

MAX_BYTES = 50 * 1024 * 1024
#: Unpacked size of all parts of a workbook, and of any part the reader holds in memory whole.
MAX_UNPACKED = 400 * 1024 * 1024
MAX_HELD_PART = 32 * 1024 * 1024
#: Cells the reader may look at, blank ones included (a row of styled cells counts them all).
MAX_CELLS = 20_000_000


def read_table(path: Path | str, sheet: str | None = None) -> Table:
    """Read the first sheet (or ``sheet``) of an .xlsx, or a .csv/.txt file."""
    path = Path(path)
    if not path.is_file():
        raise TableReadError(
            translate("Import", "{file}: there is no such file.").format(file=path)
        )
    try:
        size = path.stat().st_size
    except OSError as error:
        raise TableReadError(f"{path}: {error.strerror}") from error
    if size == 0:
        raise refusal(QT_TRANSLATE_NOOP("Import", "{file}: the file is empty."), path)
    if size > MAX_BYTES:
        raise refusal(
            QT_TRANSLATE_NOOP(
                "Import",
                "{file}: the file is too large to be a list ({size} MB; at most {limit} MB).",
            ),
            path,
            size=size // (1024 * 1024),
            limit=MAX_BYTES // (1024 * 1024),
        )
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        table = _read_xlsx(path, sheet)
    elif suffix in (".csv", ".txt", ".tsv"):
        table = _read_csv(path)
    elif suffix in (".xls", ".ods", ".numbers"):
        raise refusal(
            QT_TRANSLATE_NOOP(
                "Import",
                "{file}: this kind of spreadsheet cannot be read; save it as .xlsx or .csv first.",
            ),
            path,
        )
    else:
        raise refusal(
            QT_TRANSLATE_NOOP("Import", "{file}: only .xlsx and .csv files can be imported."), path
        )
    if not table.headers or not any(table.headers):
        raise refusal(QT_TRANSLATE_NOOP("Import", "{file}: there is no header row."), path)
    return table


# --- CSV -----------------------------------------------------------------------------------


def _read_csv(path: Path) -> Table:
    try:
        decoded = decode(path.read_bytes())
    except UndecodableError as error:
        raise refusal(
            QT_TRANSLATE_NOOP("Import", "{file}: this is not a text file."), path
        ) from error
    except OSError as error:
        raise TableReadError(f"{path.name}: {error.strerror}") from error
    text = decoded.text
    delimiter = _delimiter(text[:8192])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    collector = RowCollector(path)
    #: physical line -> row number, to name the rows of lines in another encoding
    line_rows: dict[int, int] = {}
    wanted = set(decoded.other_lines)
    number = 0
    last_line = 0
    try:
        for number, row in enumerate(reader, start=1):  # noqa: B007 - used after the loop
            if wanted:
                for line in range(last_line + 1, reader.line_num + 1):
                    if line in wanted:
                        line_rows[line] = number
                last_line = reader.line_num
            collector.add(number, row)
    except csv.Error as error:
        raise refusal(
            QT_TRANSLATE_NOOP("Import", "{file}: row {row} cannot be read as CSV ({reason})."),
            path,
            row=number + 1,
            reason=error,
        ) from error
    table = collector.table()
    table.encoding, table.delimiter = decoded.encoding, delimiter
    if decoded.other_lines:
        rows = sorted(set(line_rows.values()))
        table.warnings.insert(
            0,
            translate(
                "Import",
                "Rows {rows} are not in UTF-8 like the rest of the file; they were read as "
                "{encoding}. Check their names and letters.",
            ).format(
                rows=row_numbers(rows),
                encoding=CODEPAGE_NAMES.get(decoded.other_encoding, decoded.other_encoding),
            ),
        )
    return table


def _delimiter(sample: str) -> str:
    first_line = sample.splitlines()[0] if sample else ""
    counts = {d: first_line.count(d) for d in (";", ",", "\t")}
    if not any(counts.values()):
        # A one-column header ("Name") says nothing: the rows below tell the separator, or a
        # quoted cell after the real one would be split at its line break.
        counts = {d: sample.count(d) for d in counts}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


# --- xlsx ----------------------------------------------------------------------------------


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.time):
        return value.isoformat(timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        minutes = round(value.total_seconds() / 60)
        return f"{minutes // 60:02d}:{minutes % 60:02d}"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return str(value)


def _check_parts(path: Path) -> list[str]:
    """Refuse a workbook whose parts unpack to more than the reader may hold."""
    from zipfile import BadZipFile, ZipFile

    try:
        with ZipFile(path) as archive:
            infos = archive.infolist()
    except (BadZipFile, OSError, ValueError, EOFError) as error:
        raise refusal(
            QT_TRANSLATE_NOOP(
                "Import", "{file}: this is not a readable .xlsx workbook ({reason})."
            ),
            path,
            reason=type(error).__name__,
        ) from error
    total = sum(info.file_size for info in infos)
    held = [
        info
        for info in infos
        if not info.filename.startswith("xl/worksheets/") and info.file_size > MAX_HELD_PART
    ]
    if total > MAX_UNPACKED or held:
        raise refusal(
            QT_TRANSLATE_NOOP(
                "Import",
                "{file}: the workbook unpacks to {size} MB, too much for a list; "
                "save the sheet as .csv and import that.",
            ),
            path,
            size=total // (1024 * 1024),
        )
    return [info.filename for info in infos]


def _read_xlsx(path: Path, sheet: str | None) -> Table:
    import warnings

    _check_parts(path)
    try:
        with warnings.catch_warnings():
            # openpyxl warns on stderr about odd dates and unknown extensions; the file's
            # problems are reported as messages instead.
            warnings.simplefilter("ignore")
            return _stream_xlsx(path, sheet)
    except TableReadError:
        raise
    except Exception as error:  # noqa: BLE001 - any damage inside the zip is the file's fault
        raise refusal(
            QT_TRANSLATE_NOOP(
                "Import", "{file}: this is not a readable .xlsx workbook ({reason})."
            ),
            path,
            reason=type(error).__name__,
        ) from error


def _stream_xlsx(path: Path, sheet: str | None) -> Table:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        names = list(workbook.sheetnames)
        if sheet is not None and sheet not in names:
            raise refusal(
                QT_TRANSLATE_NOOP("Import", "{file}: there is no sheet \u201c{sheet}\u201d."),
                path,
                sheet=sheet,
            )
        ws = workbook[sheet] if sheet else workbook.worksheets[0]
        if hasattr(ws, "reset_dimensions"):
            # The declared size ("A1:XFD1048576") is the formatting's, not the data's: without
            # this the reader pads every row to it and yields every declared row.
            ws.reset_dimensions()
        collector = RowCollector(path)
        empty = EmptyCells()
        cells = 0
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            cells += len(values)
            if cells > MAX_CELLS:
                raise refusal(
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "{file}: the sheet has more cells than a list can have; "
                        "delete the empty formatted rows and columns, or save it as .csv.",
                    ),
                    path,
                )
            row = ["" if v is None else v if v.__class__ is str else _cell(v) for v in values]
            if None in values and any(row):
                empty.note(number, values)
            if not collector.add(number, row):
                break
        table = collector.table()
        table.sheets = names
        # openpyxl's own name for the sheet's part; without it every sheet is scanned.
        part = getattr(ws, "_worksheet_path", None)
        if empty.cells and has_formula_without_value(path, part):
            table.formulas = formulas_at(path, ws.title, empty.cells)
        return table
    finally:
        workbook.close()
