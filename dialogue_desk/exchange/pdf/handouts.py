"""Printed material for the day: the programme handout, the sign-in sheet and name badges.

All three share the report's PDF layer (embedded fonts, A4 page, PRACTICE watermark, atomic
write) and are written in the language asked for, by default the event's first language. The
programme is here; the sign-in sheet is :mod:`sign_in`, the badges :mod:`badges` (both
importable from here too, which is where the window and the command find them).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from dialogue_desk.exchange.pdf.badges import BADGE_COLUMNS, BADGE_ROWS, write_badges
from dialogue_desk.exchange.pdf.handout_page import WIDTH, dates_and_place, page_setup, prepare
from dialogue_desk.exchange.pdf.layer import (
    MUTED,
    ReportDocument,
    canvas_maker,
    data_table,
    esc,
    format_date,
    format_time,
    styles,
    tr,
    write_atomically,
)
from dialogue_desk.exchange.pdf.sign_in import BLANK_SIGN_IN_LINES, write_sign_in_sheet
from dialogue_desk.exchange.pdf.typeset import Paragraph
from dialogue_desk.i18n import QT_TRANSLATE_NOOP
from dialogue_desk.services.labels import label
from dialogue_desk.services.snapshot import AgendaEntry
from dialogue_desk.store import Store
from dialogue_desk.store.enums import AgendaKind

__all__ = [
    "BADGE_COLUMNS", "BADGE_ROWS", "BLANK_SIGN_IN_LINES", "write_agenda_handout", "write_badges",
    "write_sign_in_sheet",
]  # fmt: skip

PAUSES = (AgendaKind.BREAK, AgendaKind.LUNCH, AgendaKind.NETWORKING)


# --- the programme -------------------------------------------------------------------------


def write_agenda_handout(
    store: Store, event_id: int, path: Path | str, *, language: str | None = None
) -> Path:
    """The programme, day by day, to hand out or pin to the wall."""
    snapshot, language = prepare(store, event_id, language)
    s = styles()
    title = tr(language, QT_TRANSLATE_NOOP("Report", "Programme"))
    setup = page_setup(snapshot, language, title)
    event = snapshot.event

    def story() -> list[Any]:
        flow: list[Any] = [
            Paragraph(esc(title), s.subtitle),
            Paragraph(esc(event.title), s.title),
            Paragraph(esc(dates_and_place(snapshot, language)), s.subtitle),
            Spacer(0, 4 * mm),
        ]
        if not snapshot.agenda:
            return flow + [
                Paragraph(
                    esc(tr(language, QT_TRANSLATE_NOOP("Report", "The agenda is empty."))), s.muted
                )
            ]
        days: dict[dt.date, list[AgendaEntry]] = defaultdict(list)
        for item in snapshot.agenda:
            days[item.day].append(item)
        for day in sorted(days):
            flow.append(Paragraph(esc(format_date(day, language, style="weekday")), s.h1))
            flow.append(_programme_table(days[day], language))
            flow.append(Spacer(0, 4 * mm))
        return flow

    def write(temporary: str) -> None:
        ReportDocument(temporary, setup).build(story(), canvasmaker=canvas_maker(setup))

    return write_atomically(path, write)


def _programme_table(items: list[AgendaEntry], language: str) -> Any:
    s = styles()
    head = [
        QT_TRANSLATE_NOOP("Report", "Time"),
        QT_TRANSLATE_NOOP("Report", "Item"),  # not "Programme": that is the handout's title
        QT_TRANSLATE_NOOP("Report", "With"),
        QT_TRANSLATE_NOOP("Report", "Room"),
    ]
    rows: list[list[Any]] = [[Paragraph(esc(tr(language, h)), s.cell_head) for h in head]]
    extra: list[tuple[Any, ...]] = []
    for index, item in enumerate(items, start=1):
        time = f"{format_time(item.start_time, language)}–{format_time(item.end_time, language)}"
        if item.kind in PAUSES:
            what = Paragraph(esc(item.title), s.cell)
            extra.append(("TEXTCOLOR", (0, index), (-1, index), MUTED))
        else:
            text = f"<b>{esc(item.title)}</b>"
            text += f"<br/><font size=7.5 color='#66727f'>{esc(label(item.kind, language))}</font>"
            if item.description.strip():
                text += f"<br/><font size=8>{esc(item.description)}</font>"
            what = Paragraph(text, s.cell)
        rows.append(
            [
                time,
                what,
                Paragraph(esc(item.facilitators), s.cell),
                Paragraph(esc(item.room), s.cell),
            ]
        )
    widths = [WIDTH * 0.14, WIDTH * 0.5, WIDTH * 0.22, WIDTH * 0.14]
    return data_table(rows, widths, extra=extra)
