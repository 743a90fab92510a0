"""Read a spreadsheet (.xlsx or .csv) as people's spreadsheet programs save them.

Shared by every import (registrations, agenda): CSV with comma, semicolon or tab, UTF-8 with or
without BOM, or the Windows code pages of the Baltic and Nordic countries and Russian; xlsx
through openpyxl. Values come back as trimmed strings (dates and times as ISO text), blank rows
dropped, each row keeping its row number in the file for messages.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from dialogue_desk.i18n import translate
from dialogue_desk.services.errors import ServiceError
from dialogue_desk.services.text import fold

#: Tried in this order after UTF-8: Baltic (cp1257), Cyrillic (cp1251), Western (cp1252).
#: A decode that succeeds with letters of the wrong script is rejected by ``_plausible``.
CODEPAGES = ("cp1257", "cp1251", "cp1252")
MAX_BYTES = 50 * 1024 * 1024


class TableReadError(ServiceError):
    """The file cannot be read as a table; the message names the file and why."""


@dataclass
class Table:
    path: Path
    headers: list[str]
    #: (row number in the file, 1-based as a spreadsheet shows it; cell values as strings)
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""

    def records(self) -> Iterable[tuple[int, dict[str, str]]]:
        """Rows as {header: value}."""
        for number, values in self.rows:
            yield (
                number,
                {h: (values[i] if i < len(values) else "") for i, h in enumerate(self.headers)},
            )


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
        raise TableReadError(
            translate("Import", "{file}: the file is empty.").format(file=path.name)
        )
    if size > MAX_BYTES:
        raise TableReadError(
            translate("Import", "{file}: the file is too large to be a list.").format(
                file=path.name
            )
        )
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        grid = _read_xlsx(path, sheet)
        table = _to_table(path, grid)
    elif suffix in (".csv", ".txt", ".tsv"):
        text, encoding = _decode(path, path.read_bytes())
        grid, delimiter = _read_csv(text)
        table = _to_table(path, grid)
        table.encoding, table.delimiter = encoding, delimiter
    elif suffix == ".xls":
        raise TableReadError(
            translate(
                "Import", "{file}: old .xls files cannot be read; save it as .xlsx or .csv first."
            ).format(file=path.name)
        )
    else:
        raise TableReadError(
            translate("Import", "{file}: only .xlsx and .csv files can be imported.").format(
                file=path.name
            )
        )
    if not table.headers or not any(table.headers):
        raise TableReadError(
            translate("Import", "{file}: there is no header row.").format(file=path.name)
        )
    return table


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date | dt.time):
        return (
            value.isoformat(timespec="minutes") if isinstance(value, dt.time) else value.isoformat()
        )
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace("\r\n", "\n").strip()


def _read_xlsx(path: Path, sheet: str | None) -> list[list[str]]:
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, KeyError, OSError, ValueError, TypeError) as error:
        raise TableReadError(
            translate("Import", "{file}: this is not a readable .xlsx workbook ({reason}).").format(
                file=path.name, reason=type(error).__name__
            )
        ) from error
    try:
        if sheet is not None and sheet not in workbook.sheetnames:
            raise TableReadError(
                translate("Import", "{file}: there is no sheet \u201c{sheet}\u201d.").format(
                    file=path.name, sheet=sheet
                )
            )
        ws = workbook[sheet] if sheet else workbook.worksheets[0]
        return [[_cell(v) for v in row] for row in ws.iter_rows(values_only=True)]
    except TableReadError:
        raise
    except Exception as error:  # noqa: BLE001 - any damage inside the zip is the file's fault
        raise TableReadError(
            translate("Import", "{file}: this is not a readable .xlsx workbook ({reason}).").format(
                file=path.name, reason=type(error).__name__
            )
        ) from error
    finally:
        workbook.close()


_LATIN_EXTRA = set("āčēģīķļņšūžõäöüåéÅÄÖÜÕĀČĒĢĪĶĻŅŠŪŽ")


def _plausible(text: str, encoding: str) -> bool:
    """Does the decoded text look like real words in that code page's script?"""
    letters = [ch for ch in text if ch.isalpha() and ord(ch) > 127]
    if not letters:
        return True
    if encoding == "cp1251":
        cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in letters)
        return cyrillic / len(letters) > 0.9 and not any(ch in "ЂЃѓЉЊЌЋЏђљњќћџ" for ch in letters)
    return sum(ch in _LATIN_EXTRA for ch in letters) / len(letters) > 0.8


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    if b"\x00" in data[:4096]:
        for bom, name in ((b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
            if data.startswith(bom):
                return data.decode(name), name
        raise TableReadError(
            translate("Import", "{file}: this is not a text file.").format(file=path.name)
        )
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for encoding in CODEPAGES:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible(text, encoding):
            return text, encoding
    return data.decode("cp1252", errors="replace"), "cp1252"


def _read_csv(text: str) -> tuple[list[list[str]], str]:
    sample = text[:8192]
    first_line = sample.splitlines()[0] if sample else ""
    counts = {d: first_line.count(d) for d in (";", ",", "\t")}
    if not any(counts.values()):
        # A one-column header ("Name") says nothing: the rows below tell the separator, or a
        # quoted cell after the real one would be split at its line break.
        counts = {d: sample.count(d) for d in counts}
    delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return [[cell.strip() for cell in row] for row in reader], delimiter
    except csv.Error as error:
        raise TableReadError(str(error)) from error


def _to_table(path: Path, grid: list[list[str]]) -> Table:
    numbered = [(i + 1, row) for i, row in enumerate(grid) if any(cell.strip() for cell in row)]
    if not numbered:
        raise TableReadError(
            translate("Import", "{file}: the file has no rows.").format(file=path.name)
        )
    _, header_row = numbered[0]
    width = max((len(r) for _, r in numbered), default=0)
    while header_row and not header_row[-1]:
        header_row = header_row[:-1]
    headers = [h.strip() for h in header_row]
    rows = [(n, (r + [""] * width)[:width]) for n, r in numbered[1:]]
    return Table(path=path, headers=headers, rows=rows)


def header_key(header: str) -> str:
    """A header folded for matching: "E-post" -> "epost", "Эл. почта" -> "elpochta"."""
    return "".join(ch for ch in fold(header) if ch.isalnum())


def match_headers(headers: list[str], synonyms: Mapping[str, Iterable[str]]) -> dict[int, str]:
    """Map column index -> field name for each header recognised among ``synonyms``.

    ``synonyms`` maps a field to header spellings in any language; matching ignores case,
    diacritics, script, spaces and punctuation. Each field is taken by its first column.
    """
    lookup: dict[str, str] = {}
    for name, spellings in synonyms.items():
        for spelling in [name, *spellings]:
            lookup.setdefault(header_key(spelling), name)
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        name = lookup.get(header_key(header))
        if name is not None and name not in taken:
            mapping[index] = name
            taken.add(name)
    return mapping
