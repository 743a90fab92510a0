"""Read an XLSForm workbook's sheets into the plain rows pyxform works on, within bounds.

pyxform would open the workbook itself; a sheet that declares 1,048,576 rows or 16,384 columns
(or a zip that inflates to gigabytes) then costs minutes and gigabytes. Here the workbook is
streamed (openpyxl read-only; xlrd for ``.xls``), stops after a run of empty rows as pyxform
does, and is refused past fixed bounds, so pyxform only ever sees the real rows.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from dialogue_desk.i18n import translate
from dialogue_desk.services.evaluation import FormImportError

__all__ = [
    "MAX_BYTES",
    "MAX_CELL",
    "MAX_COLUMNS",
    "MAX_ROWS",
    "MAX_UNPACKED",
    "SheetRows",
    "read_book",
]

MAX_BYTES = 20 * 1024 * 1024
MAX_UNPACKED = 200 * 1024 * 1024
MAX_ROWS = 20_000
MAX_COLUMNS = 300
MAX_CELL = 20_000
#: pyxform's own rule: after this many empty rows (columns) the sheet has ended.
EMPTY_RUN = 60
EMPTY_COLUMNS = 20
SHEETS = ("survey", "choices", "settings", "external_choices", "osm", "entities")


@dataclass
class SheetRows:
    """One sheet as pyxform reads it: cleaned headers and one dict per row (row 2 first)."""

    headers: list[str]
    rows: list[dict[str, str]]


def _refuse(path: Path, text: str, **values: Any) -> FormImportError:
    return FormImportError(f"{path.name}: " + translate("XLSForm", text).format(**values))


def _text(value: Any) -> str | None:
    """A cell as pyxform turns it into text (whole floats without ".0", TRUE/FALSE)."""
    from pyxform.xls2json_backends import xlsx_value_to_str

    if value is None:
        return None
    if isinstance(value, str):
        value = value.strip()
        if not value:
            return None
    return xlsx_value_to_str(value)


def _headers(first: Iterable[Any]) -> list[str | None]:
    headers: list[str | None] = []
    empty = 0
    for value in islice(first, MAX_COLUMNS):
        text = _text(value)
        if text is None:
            headers.append(None)
            empty += 1
            if empty > EMPTY_COLUMNS:
                break
        else:
            empty = 0
            headers.append(" ".join(text.split()))
    while headers and headers[-1] is None:
        headers.pop()
    return headers


def _sheet(path: Path, name: str, rows: Iterator[tuple[Any, ...]]) -> SheetRows:
    headers = _headers(next(rows, ()))
    result: list[dict[str, str]] = []
    empty = 0
    for number, values in enumerate(rows, start=2):
        row: dict[str, str] = {}
        for header, value in zip(headers, values, strict=False):
            if header is None:
                continue
            text = _text(value)
            if text is not None:
                if len(text) > MAX_CELL:
                    raise _refuse(
                        path, "Sheet \u201c{sheet}\u201d, row {row}: a cell holds more than "
                        "{limit} characters.", sheet=name, row=number, limit=MAX_CELL,
                    )  # fmt: skip
                row[header] = text
        if row:
            empty = 0
        else:
            empty += 1
            if empty > EMPTY_RUN:
                break
        if number > MAX_ROWS + 1:
            raise _refuse(
                path, "Sheet \u201c{sheet}\u201d has more than {limit} rows; an XLSForm is "
                "much shorter. Delete the rows below the form.", sheet=name, limit=MAX_ROWS,
            )  # fmt: skip
        result.append(row)
    while result and not result[-1]:
        result.pop()
    return SheetRows([h for h in headers if h is not None], result)


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise _refuse(path, "this is not an Excel workbook (.xlsx).") from None
    if unpacked > MAX_UNPACKED:
        raise _refuse(
            path, "the workbook unpacks to {size} MB, more than an XLSForm ever needs "
            "({limit} MB).", size=unpacked // 2**20, limit=MAX_UNPACKED // 2**20,
        )  # fmt: skip


def _xlsx_sheets(path: Path) -> Iterator[tuple[str, Iterator[tuple[Any, ...]]]]:
    from openpyxl import load_workbook

    _check_zip(path)
    book = load_workbook(path, read_only=True, data_only=True)
    try:
        names = book.sheetnames
        for name in names:
            if name.lower() in SHEETS or len(names) == 1:
                sheet = book[name]
                yield name, sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True)
    finally:
        book.close()


def _xls_sheets(path: Path) -> Iterator[tuple[str, Iterator[tuple[Any, ...]]]]:
    import xlrd

    book = xlrd.open_workbook(str(path), on_demand=True)
    try:
        names = book.sheet_names()
        for name in names:
            if name.lower() in SHEETS or len(names) == 1:
                sheet = book.sheet_by_name(name)
                yield (
                    name,
                    (
                        tuple(_xls_value(book, cell) for cell in sheet.row(r)[:MAX_COLUMNS])
                        for r in range(min(sheet.nrows, MAX_ROWS + 2))
                    ),
                )
    finally:
        book.release_resources()


def _xls_value(book: Any, cell: Any) -> Any:
    import xlrd

    if cell.ctype == xlrd.XL_CELL_DATE:
        return xlrd.xldate.xldate_as_datetime(cell.value, book.datemode)
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return bool(cell.value)
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return None
    return cell.value


def read_book(path: Path) -> dict[str, Any]:
    """The workbook as pyxform's ``DefinitionData`` fields (``survey``, ``survey_header``, ...).

    FormImportError when the file is too large, not a workbook, or past a bound.
    """
    if path.stat().st_size > MAX_BYTES:
        raise _refuse(
            path, "the file is larger than {limit} MB; an XLSForm is much smaller.",
            limit=MAX_BYTES // 2**20,
        )  # fmt: skip
    sheets = _xls_sheets(path) if path.suffix.lower() == ".xls" else _xlsx_sheets(path)
    book: dict[str, Any] = {"sheet_names": [], "fallback_form_name": path.stem}
    try:
        for name, rows in sheets:
            book["sheet_names"].append(name)
            key = name.lower() if name.lower() in SHEETS else "survey"
            sheet = _sheet(path, name, rows)
            book[key] = sheet.rows
            book[f"{key}_header"] = [dict.fromkeys(sheet.headers)] if sheet.headers else []
    except FormImportError:
        raise
    except Exception as error:  # noqa: BLE001 - openpyxl and xlrd raise many kinds for bad files
        raise _refuse(
            path, "this is not a readable Excel workbook ({reason}).",
            reason=str(error) or type(error).__name__,
        ) from None  # fmt: skip
    return book
