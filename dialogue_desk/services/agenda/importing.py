"""Import an agenda read from a spreadsheet: every row of a sound preview, or nothing.

``exchange.agenda_sheet`` reads the file into an :data:`AgendaPreview`; here its items are
written in one transaction, each placed in its day by the same rule as :func:`add_item`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import select

from dialogue_desk.i18n import translate
from dialogue_desk.services.agenda.items import AgendaItemData, insert_into_day
from dialogue_desk.services.errors import ServiceError
from dialogue_desk.services.events import event_row
from dialogue_desk.services.import_preview import ImportPreview
from dialogue_desk.store import Store
from dialogue_desk.store.models import AgendaItem

#: What reading an agenda file gives: one row per item, each new or invalid.
AgendaPreview = ImportPreview[AgendaItemData]


def preview_days(preview: AgendaPreview) -> list[dt.date]:
    """The days the file's items are on, in order."""
    return sorted({item.day for item in preview.items})


def error_lines(preview: AgendaPreview, limit: int = 20) -> list[str]:
    """Why the preview is refused, one line per problem ("Row 4: …"), at most ``limit``."""
    lines = list(preview.problems)
    for row in preview.rows:
        lines.extend(
            translate("AgendaImport", "Row {row}: {problem}").format(row=row.row, problem=p)
            for p in row.problems
        )
    if len(lines) > limit:
        more = len(lines) - limit
        lines = lines[:limit] + [translate("AgendaImport", "… and {n} more.").format(n=more)]
    return lines


def date_offset(preview: AgendaPreview, first_day: dt.date) -> dt.timedelta:
    """How far the file's dates move so its first day falls on ``first_day``."""
    days = preview_days(preview)
    return first_day - days[0] if days else dt.timedelta(0)


def outside_days(preview: AgendaPreview, first_day: dt.date, last_day: dt.date) -> list[dt.date]:
    """The file's days that are not days of an event from ``first_day`` to ``last_day``."""
    return [d for d in preview_days(preview) if not first_day <= d <= last_day]


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
    ``replace`` deletes the event's current agenda first. Items go into their day in order of
    start time, after the items starting no later, exactly as ``add_item`` places them.
    """
    if not preview.sound:
        raise ServiceError(
            "\n".join(error_lines(preview))
            or translate("AgendaImport", "There is nothing to import.")
        )
    items = preview.items
    with store.session() as session:
        event = event_row(session, event_id)
        offset = date_offset(preview, event.start_date) if move_dates else dt.timedelta(0)
        try:
            moved = [dataclasses.replace(d, day=d.day + offset) for d in items]
        except OverflowError as error:
            raise ServiceError(
                translate(
                    "AgendaImport",
                    "The file's dates are too far apart to be moved onto the event's days.",
                )
            ) from error
        if replace:
            for old in session.scalars(select(AgendaItem).where(AgendaItem.event_id == event_id)):
                session.delete(old)
            session.flush()
        for data in sorted(moved, key=lambda d: (d.day, d.start_time)):
            insert_into_day(session, event_id, data)
        session.flush()
        return len(items)
