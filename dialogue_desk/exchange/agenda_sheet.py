"""Read an agenda drafted in a spreadsheet (.xlsx or .csv) into a preview of plain records.

Headers are recognised in English, Estonian, Latvian, Swedish and Russian (``agenda_synonyms``).
Reading gives an :class:`~dialogue_desk.services.import_preview.ImportPreview`: the column
mapping and every row parsed, with its problems by row number. Writing it is the agenda
service's job (``services.agenda.import_agenda``): nothing, unless every row is sound.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from dialogue_desk.exchange.agenda_synonyms import FIELD_LABELS, KINDS, SYNONYMS, TRUE
from dialogue_desk.exchange.tabular import Table, header_key, match_headers, read_table
from dialogue_desk.i18n import translate
from dialogue_desk.services.agenda import AgendaItemData, AgendaPreview, validate
from dialogue_desk.services.errors import ValidationError
from dialogue_desk.services.import_preview import PreviewRow, RowAction
from dialogue_desk.store.enums import AgendaKind


def _tr(text: str) -> str:
    return translate("AgendaImport", text)


# --- reading ------------------------------------------------------------------------------


def parse_date(text: str) -> dt.date:
    text = text.strip().split(" ")[0].split("T")[0]
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    match = re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})\.?", text)
    if not match:
        raise ValueError(text)
    day, month, year = (int(g) for g in match.groups())
    return dt.date(year + 2000 if year < 100 else year, month, day)


def parse_time(text: str) -> dt.time:
    text = text.strip()
    if " " in text and "-" in text.split(" ")[0]:  # a date and a time in one cell
        text = text.split(" ", 1)[1]
    if re.fullmatch(r"0?\.\d+", text):  # a spreadsheet's fraction of a day
        minutes = round(float(text) * 24 * 60)
        return dt.time(minutes // 60, minutes % 60)
    match = re.fullmatch(r"(\d{1,2})(?:[:.h](\d{2}))?(?::\d{2})?\s*(am|pm|AM|PM)?", text)
    if not match:
        raise ValueError(text)
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    suffix = (match.group(3) or "").lower()
    if suffix == "pm" and hour < 12:
        hour += 12
    elif suffix == "am" and hour == 12:
        hour = 0
    return dt.time(hour, minute)


def parse_time_range(text: str) -> tuple[dt.time, dt.time | None]:
    """ "09:30–10:15", "9.30-10.15", "9:30 to 10:15" or a single time."""
    parts = [
        p
        for p in re.split(
            r"\s*(?:[-\u2013\u2014]|\bto\b|\bkuni\b|\blīdz\b|\bдо\b)\s*", text.strip()
        )
        if p
    ]
    if len(parts) == 1:
        return parse_time(parts[0]), None
    if len(parts) == 2:
        return parse_time(parts[0]), parse_time(parts[1])
    raise ValueError(text)


def parse_minutes(text: str) -> int:
    text = text.strip().lower()
    if match := re.fullmatch(r"(\d{1,2})[:h](\d{2})", text):
        return int(match.group(1)) * 60 + int(match.group(2))
    if match := re.fullmatch(r"(\d{1,4})(?:[.,]0+)?\s*[^\d\s]*", text):
        return int(match.group(1))
    raise ValueError(text)


def parse_kind(text: str) -> AgendaKind | None:
    return KINDS.get(header_key(text)) if text.strip() else AgendaKind.PLENARY


def read_agenda(
    path: Path | str, default_day: dt.date, mapping: dict[int, str] | None = None
) -> AgendaPreview:
    """Read and check a file; ``mapping`` (column -> field) overrides the recognised headers.

    Rows without a date go on ``default_day``. Raises TableReadError for an unreadable file.
    """
    table = read_table(path)
    if mapping is None:
        mapping = match_headers(table.headers, SYNONYMS)
    return preview_table(table, mapping, default_day)


def preview_table(table: Table, mapping: dict[int, str], default_day: dt.date) -> AgendaPreview:
    """Check every row of a table read with ``read_table`` under a column -> field mapping."""
    preview = AgendaPreview(path=table.path, headers=table.headers, mapping=dict(mapping))
    fields = set(mapping.values())
    missing = [FIELD_LABELS["title"]] if "title" not in fields else []
    if "start" not in fields and "time" not in fields:
        missing.append(FIELD_LABELS["start"])
    if not fields & {"end", "minutes", "time"}:
        missing.append(FIELD_LABELS["end"])
    if missing:
        names = ", ".join(_tr(name) for name in missing)
        preview.problems.append(
            translate("AgendaImport", "No column for: {names}.").format(names=names)
        )
        return preview
    for number, values in table.rows:
        cells = {name: (values[i] if i < len(values) else "") for i, name in mapping.items()}
        preview.rows.append(_parse_row(number, cells, default_day))
    if not preview.rows:
        preview.problems.append(
            translate("AgendaImport", "The file has a header row but no agenda items.")
        )
    return preview


def _parse_row(
    number: int, cells: dict[str, str], default_day: dt.date
) -> PreviewRow[AgendaItemData]:
    row: PreviewRow[AgendaItemData] = PreviewRow(number, None)
    failed: set[str] = set()

    def parsed(name: str, parser, message: str):  # type: ignore[no-untyped-def]
        text = cells.get(name, "").strip()
        if not text:
            return None
        try:
            return parser(text)
        except ValueError:
            failed.add(name)
            row.problems.append(message.format(value=text))
            return None

    day = (
        parsed(
            "day",
            parse_date,
            translate("AgendaImport", "\u201c{value}\u201d is not a date."),
        )
        or default_day
    )
    start = parsed(
        "start",
        parse_time,
        translate("AgendaImport", "\u201c{value}\u201d is not a time."),
    )
    end = parsed(
        "end",
        parse_time,
        translate("AgendaImport", "\u201c{value}\u201d is not a time."),
    )
    span = parsed(
        "time",
        parse_time_range,
        translate("AgendaImport", "\u201c{value}\u201d is not a time or times."),
    )
    if span is not None:
        start = start or span[0]
        end = end or span[1]
    minutes = parsed(
        "minutes",
        parse_minutes,
        translate("AgendaImport", "\u201c{value}\u201d is not a number of minutes."),
    )
    if start is None and not failed & {"start", "time"}:
        row.problems.append(translate("AgendaImport", "The start time is missing."))
    if start is not None and end is None and minutes is not None:
        total = start.hour * 60 + start.minute + minutes
        if total < 24 * 60:
            end = dt.time(total // 60, total % 60)
    if start is not None and end is None and not row.problems:
        row.problems.append(translate("AgendaImport", "The end time (or duration) is missing."))
    kind = parse_kind(cells.get("kind", ""))
    if kind is None:
        unknown = translate(
            "AgendaImport", "Kind \u201c{value}\u201d is not known; it becomes \u201cOther\u201d."
        )
        row.warnings.append(unknown.format(value=cells.get("kind", "")))
        kind = AgendaKind.OTHER
    if start is None or end is None or row.problems:
        if not cells.get("title", "").strip():
            row.problems.append(translate("AgendaImport", "The title is missing."))
        return _invalid_if_wrong(row)
    data = AgendaItemData(
        day=day,
        start_time=start,
        end_time=end,
        title=cells.get("title", ""),
        kind=kind,
        facilitators=cells.get("facilitators", ""),
        room=cells.get("room", ""),
        description=cells.get("description", ""),
        pinned=cells.get("pinned", "").strip().casefold() in TRUE,
    )
    try:
        row.data = validate(data)
    except ValidationError as error:
        row.problems.extend(error.problems.values())
    return _invalid_if_wrong(row)


def _invalid_if_wrong(row: PreviewRow[AgendaItemData]) -> PreviewRow[AgendaItemData]:
    if row.problems:
        row.action = RowAction.INVALID
    return row
