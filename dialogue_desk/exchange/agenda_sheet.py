"""Import an agenda drafted in a spreadsheet (.xlsx or .csv).

Headers are recognised in English, Estonian, Latvian, Swedish and Russian. Reading gives a
preview (the column mapping and every row parsed, with its problems by row number); nothing is
written unless every row is sound, and then all rows are written in one transaction.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlalchemy import select

from dialogue_desk.exchange.tabular import Table, header_key, match_headers, read_table
from dialogue_desk.services.agenda.items import AgendaItemData, insert_index, renumber, validate
from dialogue_desk.services.errors import ServiceError, ValidationError
from dialogue_desk.store import Store
from dialogue_desk.store.models import AgendaItem, AgendaKind, Event


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgendaImport", text)


#: field -> header spellings (en, et, lv, sv, ru); matching ignores case, accents and script.
SYNONYMS: dict[str, list[str]] = {
    "day": ["Date", "Day", "Kuupäev", "Päev", "Datums", "Diena", "Datum", "Dag", "Дата", "День"],
    "start": [
        "Start",
        "Start time",
        "Begins",
        "From",
        "Algus",
        "Algab",
        "Kell",
        "Sākums",
        "Sākuma laiks",
        "Starttid",
        "Börjar",
        "Från",
        "Начало",
        "Время начала",
    ],
    "end": [
        "End",
        "End time",
        "Ends",
        "Until",
        "To",
        "Lõpp",
        "Lõpeb",
        "Beigas",
        "Beigu laiks",
        "Līdz",
        "Slut",
        "Sluttid",
        "Till",
        "Конец",
        "Окончание",
        "Время окончания",
        "До",
    ],
    "time": ["Time", "Times", "Aeg", "Kellaaeg", "Laiks", "Tid", "Klockslag", "Время"],
    "minutes": [
        "Duration",
        "Minutes",
        "Length",
        "Min",
        "Kestus",
        "Minutid",
        "Ilgums",
        "Minūtes",
        "Längd",
        "Minuter",
        "Продолжительность",
        "Длительность",
        "Минуты",
        "Мин",
    ],
    "title": [
        "Title",
        "Item",
        "Session",
        "Topic",
        "Programme",
        "Program",
        "Pealkiri",
        "Teema",
        "Päevakorrapunkt",
        "Nosaukums",
        "Tēma",
        "Darba kārtība",
        "Titel",
        "Rubrik",
        "Ämne",
        "Programpunkt",
        "Название",
        "Тема",
        "Пункт программы",
    ],
    "kind": [
        "Kind",
        "Type",
        "Format",
        "Tüüp",
        "Liik",
        "Vorm",
        "Veids",
        "Tips",
        "Formāts",
        "Typ",
        "Form",
        "Тип",
        "Формат",
        "Вид",
    ],
    "facilitators": [
        "Facilitator",
        "Facilitators",
        "Moderator",
        "Moderators",
        "Speaker",
        "Speakers",
        "Host",
        "Läbiviija",
        "Läbiviijad",
        "Moderaator",
        "Esineja",
        "Vadītājs",
        "Moderatori",
        "Runātājs",
        "Ledare",
        "Talare",
        "Samtalsledare",
        "Ведущий",
        "Ведущие",
        "Модератор",
        "Докладчик",
        "Спикер",
    ],
    "room": [
        "Room",
        "Venue",
        "Location",
        "Place",
        "Ruum",
        "Saal",
        "Koht",
        "Telpa",
        "Zāle",
        "Vieta",
        "Rum",
        "Lokal",
        "Sal",
        "Plats",
        "Зал",
        "Комната",
        "Помещение",
        "Место",
    ],
    "description": [
        "Description",
        "Goal",
        "Notes",
        "Details",
        "Kirjeldus",
        "Eesmärk",
        "Apraksts",
        "Mērķis",
        "Piezīmes",
        "Beskrivning",
        "Mål",
        "Anteckningar",
        "Описание",
        "Цель",
        "Примечания",
    ],
    "pinned": [
        "Pinned",
        "Fixed",
        "Fixed time",
        "Fikseeritud",
        "Fiksēts",
        "Fast tid",
        "Fast",
        "Фиксированное время",
        "Закреплено",
    ],
}

#: The names of the fields, for the mapping preview.
FIELD_LABELS: dict[str, str] = {
    "day": QT_TRANSLATE_NOOP("AgendaImport", "Date"),
    "start": QT_TRANSLATE_NOOP("AgendaImport", "Start"),
    "end": QT_TRANSLATE_NOOP("AgendaImport", "End"),
    "time": QT_TRANSLATE_NOOP("AgendaImport", "Time (start–end)"),
    "minutes": QT_TRANSLATE_NOOP("AgendaImport", "Duration (minutes)"),
    "title": QT_TRANSLATE_NOOP("AgendaImport", "Title"),
    "kind": QT_TRANSLATE_NOOP("AgendaImport", "Kind"),
    "facilitators": QT_TRANSLATE_NOOP("AgendaImport", "Facilitator(s)"),
    "room": QT_TRANSLATE_NOOP("AgendaImport", "Room"),
    "description": QT_TRANSLATE_NOOP("AgendaImport", "Description"),
    "pinned": QT_TRANSLATE_NOOP("AgendaImport", "Fixed time"),
}

KIND_SYNONYMS: dict[AgendaKind, list[str]] = {
    AgendaKind.PLENARY: [
        "Plenary",
        "Plenary session",
        "Plenaar",
        "Täiskogu",
        "Plenārsesija",
        "Plenārsēde",
        "Plenum",
        "Пленарное заседание",
        "Пленарная сессия",
        "Пленарное",
    ],
    AgendaKind.PANEL: [
        "Panel",
        "Panel discussion",
        "Paneel",
        "Paneeldiskusioon",
        "Paneļdiskusija",
        "Panelsamtal",
        "Панель",
        "Панельная дискуссия",
    ],
    AgendaKind.GROUP_DISCUSSION: [
        "Group discussion",
        "Group discussions",
        "Groups",
        "Rühmatöö",
        "Grupitöö",
        "Rühmaarutelu",
        "Grupu diskusija",
        "Darbs grupās",
        "Gruppdiskussion",
        "Grupparbete",
        "Групповая дискуссия",
        "Работа в группах",
    ],
    AgendaKind.WORLD_CAFE: [
        "World café",
        "World cafe",
        "Maailmakohvik",
        "Pasaules kafejnīca",
        "Världscafé",
        "Мировое кафе",
        "Ворлд кафе",
    ],
    AgendaKind.WORKSHOP: [
        "Workshop",
        "Töötuba",
        "Darbnīca",
        "Verkstad",
        "Мастерская",
        "Воркшоп",
        "Практикум",
    ],
    AgendaKind.BREAK: [
        "Break",
        "Coffee break",
        "Coffee",
        "Paus",
        "Kohvipaus",
        "Pauze",
        "Kafijas pauze",
        "Fikapaus",
        "Fika",
        "Перерыв",
        "Кофе-брейк",
        "Кофе-пауза",
    ],
    AgendaKind.LUNCH: ["Lunch", "Lõuna", "Lõunasöök", "Pusdienas", "Обед"],
    AgendaKind.NETWORKING: [
        "Networking",
        "Võrgustumine",
        "Tutvumine",
        "Tīklošanās",
        "Nätverkande",
        "Mingel",
        "Нетворкинг",
        "Знакомство",
    ],
    AgendaKind.OTHER: ["Other", "Muu", "Cits", "Annat", "Övrigt", "Другое"],
}

_KINDS = {
    header_key(s): kind for kind, names in KIND_SYNONYMS.items() for s in [kind.value, *names]
}
_TRUE = {"1", "x", "yes", "true", "ja", "jah", "jā", "да", "+", "✓"}


@dataclass
class PreviewRow:
    row: int
    data: AgendaItemData | None
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class AgendaPreview:
    """What an import would write; ``sound`` only when there is nothing to refuse."""

    path: Path
    headers: list[str]
    mapping: dict[int, str]
    rows: list[PreviewRow]
    problems: list[str] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        return not self.problems and bool(self.rows) and all(not r.problems for r in self.rows)

    @property
    def items(self) -> list[AgendaItemData]:
        return [r.data for r in self.rows if r.data is not None]

    @property
    def days(self) -> list[dt.date]:
        return sorted({item.day for item in self.items})

    def error_lines(self, limit: int = 20) -> list[str]:
        lines = list(self.problems)
        for row in self.rows:
            lines.extend(
                QCoreApplication.translate("AgendaImport", "Row {row}: {problem}").format(
                    row=row.row, problem=p
                )
                for p in row.problems
            )
        if len(lines) > limit:
            more = len(lines) - limit
            lines = lines[:limit] + [
                QCoreApplication.translate("AgendaImport", "… and {n} more.").format(n=more)
            ]
        return lines


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
    return _KINDS.get(header_key(text)) if text.strip() else AgendaKind.PLENARY


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
    preview = AgendaPreview(path=table.path, headers=table.headers, mapping=dict(mapping), rows=[])
    fields = set(mapping.values())
    missing = [FIELD_LABELS["title"]] if "title" not in fields else []
    if "start" not in fields and "time" not in fields:
        missing.append(FIELD_LABELS["start"])
    if not fields & {"end", "minutes", "time"}:
        missing.append(FIELD_LABELS["end"])
    if missing:
        names = ", ".join(_tr(name) for name in missing)
        preview.problems.append(
            QCoreApplication.translate("AgendaImport", "No column for: {names}.").format(
                names=names
            )
        )
        return preview
    for number, values in table.rows:
        cells = {name: (values[i] if i < len(values) else "") for i, name in mapping.items()}
        preview.rows.append(_parse_row(number, cells, default_day))
    if not preview.rows:
        preview.problems.append(
            QCoreApplication.translate(
                "AgendaImport", "The file has a header row but no agenda items."
            )
        )
    return preview


def _parse_row(number: int, cells: dict[str, str], default_day: dt.date) -> PreviewRow:
    row = PreviewRow(number, None)
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
            QCoreApplication.translate("AgendaImport", "\u201c{value}\u201d is not a date."),
        )
        or default_day
    )
    start = parsed(
        "start",
        parse_time,
        QCoreApplication.translate("AgendaImport", "\u201c{value}\u201d is not a time."),
    )
    end = parsed(
        "end",
        parse_time,
        QCoreApplication.translate("AgendaImport", "\u201c{value}\u201d is not a time."),
    )
    span = parsed(
        "time",
        parse_time_range,
        QCoreApplication.translate("AgendaImport", "\u201c{value}\u201d is not a time or times."),
    )
    if span is not None:
        start = start or span[0]
        end = end or span[1]
    minutes = parsed(
        "minutes",
        parse_minutes,
        QCoreApplication.translate(
            "AgendaImport", "\u201c{value}\u201d is not a number of minutes."
        ),
    )
    if start is None and not failed & {"start", "time"}:
        row.problems.append(
            QCoreApplication.translate("AgendaImport", "The start time is missing.")
        )
    if start is not None and end is None and minutes is not None:
        total = start.hour * 60 + start.minute + minutes
        if total < 24 * 60:
            end = dt.time(total // 60, total % 60)
    if start is not None and end is None and not row.problems:
        row.problems.append(
            QCoreApplication.translate("AgendaImport", "The end time (or duration) is missing.")
        )
    kind = parse_kind(cells.get("kind", ""))
    if kind is None:
        unknown = QCoreApplication.translate(
            "AgendaImport", "Kind \u201c{value}\u201d is not known; it becomes \u201cOther\u201d."
        )
        row.warnings.append(unknown.format(value=cells.get("kind", "")))
        kind = AgendaKind.OTHER
    if start is None or end is None or row.problems:
        if not cells.get("title", "").strip():
            row.problems.append(QCoreApplication.translate("AgendaImport", "The title is missing."))
        return row
    data = AgendaItemData(
        day=day,
        start_time=start,
        end_time=end,
        title=cells.get("title", ""),
        kind=kind,
        facilitators=cells.get("facilitators", ""),
        room=cells.get("room", ""),
        description=cells.get("description", ""),
        pinned=cells.get("pinned", "").strip().casefold() in _TRUE,
    )
    try:
        row.data = validate(data)
    except ValidationError as error:
        row.problems.extend(error.problems.values())
    return row


# --- writing ------------------------------------------------------------------------------


def date_offset(preview: AgendaPreview, first_day: dt.date) -> dt.timedelta:
    """How far the file's dates move so its first day falls on ``first_day``."""
    days = preview.days
    return first_day - days[0] if days else dt.timedelta(0)


def outside_days(preview: AgendaPreview, first_day: dt.date, last_day: dt.date) -> list[dt.date]:
    return [d for d in preview.days if not first_day <= d <= last_day]


def import_agenda(
    store: Store,
    event_id: int,
    preview: AgendaPreview,
    *,
    move_dates: bool = False,
    replace: bool = False,
) -> int:
    """Write every row of a sound preview (or nothing); returns the number of items added.

    ``move_dates`` moves the file's days so the first falls on the event's first day;
    ``replace`` deletes the event's current agenda first.
    """
    if not preview.sound:
        raise ServiceError(
            "\n".join(preview.error_lines())
            or QCoreApplication.translate("AgendaImport", "There is nothing to import.")
        )
    with store.session() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise ServiceError(
                QCoreApplication.translate("AgendaImport", "There is no event {id}.").format(
                    id=event_id
                )
            )
        offset = date_offset(preview, event.start_date) if move_dates else dt.timedelta(0)
        if replace:
            for old in session.scalars(select(AgendaItem).where(AgendaItem.event_id == event_id)):
                session.delete(old)
            session.flush()
        by_day: dict[dt.date, list[AgendaItem]] = {}
        for data in sorted(preview.items, key=lambda d: (d.day, d.start_time)):
            day = data.day + offset
            if day not in by_day:
                by_day[day] = list(
                    session.scalars(
                        select(AgendaItem)
                        .where(AgendaItem.event_id == event_id, AgendaItem.day == day)
                        .order_by(AgendaItem.position)
                    )
                )
            rows = by_day[day]
            row = AgendaItem(event_id=event_id, **dataclasses.asdict(data))
            row.day = day
            session.add(row)
            rows.insert(insert_index(rows, data.start_time), row)
        for rows in by_day.values():
            renumber(rows)
        return len(preview.items)
