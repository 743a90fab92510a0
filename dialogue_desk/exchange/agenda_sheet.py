"""Read a programme drafted in a spreadsheet (.xlsx or .csv) into a preview of plain records.

The one import pipeline (``import_pipeline``): the table is read within bounds, its header row
found, its columns recognised in 11 languages and the tools' exports (``agenda_synonyms``, or
the user's mapping), then every row parsed (``agenda_times``) into an
:class:`~dialogue_desk.services.import_preview.ImportPreview` with all its problems at once,
by the row numbers the spreadsheet shows. Items given a start only end when the next item of
their day starts. Writing is the agenda service's job (``services.agenda.import_agenda``):
nothing, unless every row is sound.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from dialogue_desk.exchange.agenda_synonyms import FIELD_LABELS, KINDS, SYNONYMS, TRUE
from dialogue_desk.exchange.agenda_times import (
    DayError,
    EventDays,
    parse_day,
    parse_minutes,
    parse_time,
    parse_time_range,
    split_datetime,
)
from dialogue_desk.exchange.headers import header_key, recognise
from dialogue_desk.exchange.import_pipeline import (
    describe,
    formula_notes,
    formula_warnings,
    missing_message,
    refuse_foreign,
    with_header_row,
)
from dialogue_desk.exchange.registration_headers import FIELD_SYNONYMS
from dialogue_desk.exchange.tabular import Table, read_table, row_numbers
from dialogue_desk.i18n import translate
from dialogue_desk.services.agenda import AgendaItemData, AgendaPreview, validate
from dialogue_desk.services.errors import ValidationError
from dialogue_desk.services.import_preview import PreviewRow, RowAction
from dialogue_desk.store.enums import AgendaKind

#: Length of the last item of a day when the file gives start times only.
DEFAULT_MINUTES = 30
_MIDNIGHT = dt.time(0, 0)
_LAST_MINUTE = dt.time(23, 59)


def _tr(text: str) -> str:
    return translate("AgendaImport", text)


def parse_date(text: str) -> dt.date:
    """A calendar date (kept for callers that have no event to read against)."""
    day = dt.date.today()
    return parse_day(text, EventDays(day, day))


def parse_kind(text: str) -> AgendaKind | None:
    return KINDS.get(header_key(text)) if text.strip() else AgendaKind.PLENARY


def kind_from_title(title: str) -> AgendaKind:
    """The kind a title names when the file has no kind column ("Lunch", "Panel: …")."""
    key = header_key(title)
    if key in KINDS:
        return KINDS[key]
    for name, kind in _KIND_PREFIXES:
        if key.startswith(name):
            return kind
    return AgendaKind.PLENARY


_KIND_PREFIXES = sorted(
    ((k, v) for k, v in KINDS.items() if len(k) >= 5 and v is not AgendaKind.PLENARY),
    key=lambda item: -len(item[0]),
)


def detect_mapping(
    headers: list[str], overrides: Mapping[int, str] | None = None
) -> dict[int, str]:
    """Column -> field for the headers recognised (``overrides`` winning)."""
    return recognise(headers, SYNONYMS, overrides).mapping


def read_agenda(
    path: Path | str,
    default_day: dt.date,
    mapping: Mapping[int, str] | None = None,
    *,
    last_day: dt.date | None = None,
    overrides: Mapping[int, str] | None = None,
) -> AgendaPreview:
    """Read and check a file; ``mapping`` (column -> field) replaces the recognised headers and
    ``overrides`` adjust them.

    Rows without a date go on ``default_day``, the event's first day; day numbers and weekdays
    count from it to ``last_day``. Raises TableReadError for an unreadable file.
    """
    table = read_agenda_table(path)
    if mapping is None:
        mapping = detect_mapping(table.headers, overrides)
    return preview_table(table, mapping, default_day, last_day=last_day)


def read_agenda_table(path: Path | str) -> Table:
    """The file as a table from its header row."""
    return with_header_row(read_table(path), SYNONYMS)


def preview_table(
    table: Table,
    mapping: Mapping[int, str],
    default_day: dt.date,
    *,
    last_day: dt.date | None = None,
) -> AgendaPreview:
    """Check every row of a table read with ``read_table`` under a column -> field mapping."""
    mapping = dict(mapping)
    preview = AgendaPreview(
        path=table.path,
        headers=table.headers,
        mapping=mapping,
        encoding=table.encoding,
        delimiter=table.delimiter,
    )
    preview.unknown_columns = [h for i, h in enumerate(table.headers) if h and i not in mapping]
    if foreign := refuse_foreign(table):
        preview.problems.append(f"{table.path.name}: {foreign}")
        return preview
    fields = set(mapping.values())
    missing = [FIELD_LABELS["title"]] if "title" not in fields else []
    if "start" not in fields and "time" not in fields:
        missing.append(FIELD_LABELS["start"])
    if missing:
        message = missing_message(table.path.name, [_tr(n) for n in missing], table.headers)
        looks = describe(
            table,
            {
                translate(
                    "AgendaImport",
                    "It looks like a list of people; import it as participants instead.",
                ): FIELD_SYNONYMS
            },
        )
        preview.problems.append(f"{message} {looks}".strip())
        return preview
    preview.warnings.extend(table.warnings)
    days = EventDays(default_day, max(last_day or default_day, default_day))
    parsed = []
    columns = list(mapping.items())
    for number, values in table.rows:
        width = len(values)
        cells = {name: values[i] for i, name in columns if i < width and values[i]}
        parsed.append(_parse_row(number, cells, days))
        if table.formulas:
            parsed[-1][0].warnings.extend(formula_warnings(table, number, mapping))
    _end_at_next_start(parsed, preview)
    preview.rows = [row for row, _ in parsed]
    preview.warnings.extend(formula_notes(table, mapping, listed=0))
    _note_midnights(preview)
    if not preview.rows:
        preview.problems.append(
            translate("AgendaImport", "The file has a header row but no agenda items.")
        )
    return preview


@dataclass
class _Row:
    """A row being read: what it holds so far, before the ends are known."""

    day: dt.date
    start: dt.time | None
    end: dt.time | None
    midnight: bool = False


def _parse_row(
    number: int, cells: dict[str, str], days: EventDays
) -> tuple[PreviewRow[AgendaItemData], _Row | None]:
    row: PreviewRow[AgendaItemData] = PreviewRow(number, None)
    failed: set[str] = set()

    def parsed(name: str, parser, message: str):  # type: ignore[no-untyped-def]
        text = cells.get(name, "")
        if not text:
            return None
        try:
            return parser(text)
        except DayError as error:
            failed.add(name)
            row.problems.append(str(error))
        except (ValueError, OverflowError):
            failed.add(name)
            row.problems.append(message.format(value=text))
        return None

    not_time = translate("AgendaImport", "\u201c{value}\u201d is not a time.")
    # A start (or end) cell may hold a date and a time: the date then gives the day.
    start_date, start_text = split_datetime(cells.get("start", ""))
    if start_text:
        cells["start"] = start_text
    end_date, end_text = split_datetime(cells.get("end", ""))
    if end_text:
        cells["end"] = end_text
    if not cells.get("day") and start_date:
        cells["day"] = start_date
    day = parsed(
        "day",
        lambda t: parse_day(t, days),
        translate("AgendaImport", "\u201c{value}\u201d is not a date, day number or weekday."),
    )
    start = parsed("start", parse_time, not_time)
    end = parsed("end", parse_time, not_time)
    span = parsed(
        "time",
        parse_time_range,
        translate("AgendaImport", "\u201c{value}\u201d is not a time or a range of times."),
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
        end = dt.time(total // 60, total % 60) if total < 24 * 60 else _MIDNIGHT
    midnight = end == _MIDNIGHT and start is not None and start != _MIDNIGHT
    if midnight:
        end = _LAST_MINUTE
    if not cells.get("title", "").strip():
        row.problems.append(translate("AgendaImport", "The title is missing."))
    kind = parse_kind(cells["kind"]) if "kind" in cells else kind_from_title(cells.get("title", ""))
    if kind is None:
        unknown = translate(
            "AgendaImport", "Kind \u201c{value}\u201d is not known; it becomes \u201cOther\u201d."
        )
        row.warnings.append(unknown.format(value=cells.get("kind", "")))
        kind = AgendaKind.OTHER
    row.data = AgendaItemData(
        day=day or days.first,
        start_time=start or _MIDNIGHT,
        end_time=end or _MIDNIGHT,
        title=cells.get("title", ""),
        kind=kind,
        facilitators=cells.get("facilitators", ""),
        room=cells.get("room", ""),
        description=cells.get("description", ""),
        pinned=cells.get("pinned", "").strip().casefold() in TRUE,
    )
    if failed & {"end", "minutes"}:
        return row, None
    return row, _Row(day or days.first, start, end, midnight)


def _end_at_next_start(
    parsed: list[tuple[PreviewRow[AgendaItemData], _Row | None]], preview: AgendaPreview
) -> None:
    """Give items without an end the next start of their day (the last a default length)."""
    starts: dict[dt.date, list[dt.time]] = {}
    for _, state in parsed:
        if state is not None and state.start is not None:
            starts.setdefault(state.day, []).append(state.start)
    for times in starts.values():
        times.sort()
    to_next: list[int] = []
    defaulted: list[int] = []
    for row, state in parsed:
        if state is None or state.start is None or state.end is not None:
            _finish(row)
            continue
        later = [t for t in starts.get(state.day, []) if t > state.start]
        if later:
            end = later[0]
            to_next.append(row.row)
        else:
            total = min(state.start.hour * 60 + state.start.minute + DEFAULT_MINUTES, 23 * 60 + 59)
            end = dt.time(total // 60, total % 60)
            defaulted.append(row.row)
        if row.data is not None:
            row.data = dataclasses.replace(row.data, end_time=end)
        _finish(row)
    if to_next:
        preview.warnings.append(
            translate(
                "AgendaImport",
                "Rows {rows}: no end time is given; each item ends when the next one starts.",
            ).format(rows=row_numbers(to_next))
        )
    if defaulted:
        preview.warnings.append(
            translate(
                "AgendaImport",
                "Rows {rows}: no end time is given and no item follows; the item lasts "
                "{minutes} minutes.",
            ).format(rows=row_numbers(defaulted), minutes=DEFAULT_MINUTES)
        )


def _finish(row: PreviewRow[AgendaItemData]) -> None:
    """Validate what the row holds, adding every problem, and mark it invalid if any."""
    if row.data is not None and not row.problems:
        try:
            row.data = validate(row.data)
        except ValidationError as error:
            row.problems.extend(error.problems.values())
    elif row.data is not None and row.data.end_time <= row.data.start_time != _MIDNIGHT:
        row.problems.append(translate("Agenda", "The item must end after it starts."))
    if row.problems:
        row.action = RowAction.INVALID


def _note_midnights(preview: AgendaPreview) -> None:
    rows = [
        r.row
        for r in preview.rows
        if r.data is not None and r.data.end_time == _LAST_MINUTE and not r.problems
    ]
    if rows:
        preview.warnings.append(
            translate(
                "AgendaImport",
                "Rows {rows}: the item ends at midnight; it is kept as ending 23:59.",
            ).format(rows=row_numbers(rows))
        )
