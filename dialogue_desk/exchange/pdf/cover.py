"""The cover of the summary report: what the event was, and its key figures."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from dialogue_desk.exchange.display_names import country_name, language_names
from dialogue_desk.exchange.pdf.layer import (
    ACCENT_LIGHT,
    FONT,
    MARGIN,
    PAGE,
    esc,
    format_date,
    format_percent,
    styles,
    tr,
)
from dialogue_desk.exchange.pdf.typeset import Paragraph
from dialogue_desk.i18n import QT_TRANSLATE_NOOP
from dialogue_desk.services.labels import label
from dialogue_desk.services.snapshot import EventSnapshot

WIDTH = PAGE[0] - 2 * MARGIN


def cover(snapshot: EventSnapshot, language: str) -> list[Any]:
    s = styles()
    event = snapshot.event
    t = lambda text: tr(language, text)  # noqa: E731
    flow: list[Any] = [
        Paragraph(esc(t(QT_TRANSLATE_NOOP("Report", "Summary report"))), s.subtitle),
        Paragraph(esc(event.title), s.title),
        Paragraph(esc(label(event.kind, language)), s.subtitle),
        Spacer(0, 4 * mm),
    ]
    dates = format_date(event.start_date, language)
    if event.end_date != event.start_date:
        dates = f"{dates} – {format_date(event.end_date, language)}"
    country = country_name(event.country, language)
    place = ", ".join(p for p in (event.venue, event.city, country) if p.strip())
    # In the report's language ("eesti, vene, inglise"), like every other word of it.
    languages = language_names(event.languages, language)
    details = [
        (t(QT_TRANSLATE_NOOP("Report", "Dates")), dates),
        (t(QT_TRANSLATE_NOOP("Report", "Place")), place),
        (t(QT_TRANSLATE_NOOP("Report", "Organiser")), event.organiser),
        (t(QT_TRANSLATE_NOOP("Report", "Working languages")), languages),
    ]
    rows = [
        [Paragraph(esc(name), s.cell_bold), Paragraph(esc(value), s.cell)]
        for name, value in details
        if value.strip()
    ]
    if rows:
        table = Table(rows, colWidths=[40 * mm, WIDTH - 40 * mm], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        flow.append(table)
    if event.description.strip():
        flow += [Spacer(0, 3 * mm), Paragraph(esc(event.description), s.body)]
    flow += [Spacer(0, 6 * mm), Paragraph(esc(t(QT_TRANSLATE_NOOP("Report", "Key figures"))), s.h1)]
    flow.append(_key_figures(snapshot, language))
    remarks = []
    if event.chatham_house:
        remarks.append(
            t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "The event was held under the Chatham House rule: nothing "
                    "in this report is attributed to anyone.",
                )
            )
        )
    if snapshot.pseudonymised:
        remarks.append(
            t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "Pseudonymised: participants appear as codes (P001…), "
                    "without names or contact details.",
                )
            )
        )
    flow += [Spacer(0, 4 * mm)] + [Paragraph(esc(r), s.muted) for r in remarks]
    return flow


def key_figures(snapshot: EventSnapshot) -> dict[str, Any]:
    """The headline numbers: registered, walk-ins, attended per day, rate, responses."""
    people = snapshot.participants
    registered = [p for p in people if not p.walk_in]
    per_day = {day: 0 for day in snapshot.event.days}
    for person in people:
        for day in person.days_attended:
            per_day[day] = per_day.get(day, 0) + 1
    return {
        "registered": len(registered),
        "walk_ins": sum(1 for p in people if p.walk_in),
        "attended": sum(1 for p in people if p.days_attended),
        "registered_attended": sum(1 for p in registered if p.days_attended),
        "per_day": per_day,
        "responses": len(snapshot.responses),
    }


def _key_figures(snapshot: EventSnapshot, language: str) -> Table:
    s = styles()
    figures = key_figures(snapshot)
    t = lambda text: tr(language, text)  # noqa: E731
    cells: list[tuple[str, str]] = [
        (str(figures["registered"]), t(QT_TRANSLATE_NOOP("Report", "registered"))),
        (str(figures["attended"]), t(QT_TRANSLATE_NOOP("Report", "attended (at least one day)"))),
        (
            format_percent(figures["registered_attended"], figures["registered"], language),
            t(QT_TRANSLATE_NOOP("Report", "attendance rate of those registered")),
        ),
        (str(figures["walk_ins"]), t(QT_TRANSLATE_NOOP("Report", "walk-ins"))),
    ]
    days = list(figures["per_day"].items())
    for number, (day, count) in enumerate(days, start=1):
        if 1 < len(days) <= 4:
            caption = t(QT_TRANSLATE_NOOP("Report", "attended on day {number}, {date}")).format(
                number=number, date=format_date(day, language, style="short")
            )
            cells.append((str(count), caption))
    cells.append(
        (str(figures["responses"]), t(QT_TRANSLATE_NOOP("Report", "evaluation responses")))
    )
    columns = 4
    grid: list[list[Any]] = []
    for start in range(0, len(cells), columns):
        chunk = cells[start : start + columns]
        row = [[Paragraph(esc(v), s.figure), Paragraph(esc(c), s.figure_label)] for v, c in chunk]
        grid.append(row + [""] * (columns - len(row)))
    table = Table(grid, colWidths=[WIDTH / columns] * columns, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ("LINEAFTER", (0, 0), (-2, -1), 2, colors.white),
        ("LINEBELOW", (0, 0), (-1, -2), 2, colors.white),
    ]
    for r, row in enumerate(grid):
        for c, content in enumerate(row):
            if content != "":
                commands.append(("BACKGROUND", (c, r), (c, r), ACCENT_LIGHT))
    table.setStyle(TableStyle(commands))
    return table
