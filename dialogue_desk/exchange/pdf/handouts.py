"""Printed material for the day: the programme handout, the sign-in sheet and name badges.

All three share the report's PDF layer (embedded fonts, A4 page, PRACTICE watermark, atomic
write) and are written in the language asked for, by default the event's first language.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Spacer

from dialogue_desk.exchange.pdf.layer import (
    ACCENT,
    FONT,
    FONT_BOLD,
    INK,
    MARGIN,
    MUTED,
    PAGE,
    RULE,
    PageSetup,
    ReportDocument,
    badge_name_order,
    canvas_maker,
    cell,
    data_table,
    draw_text,
    draw_watermark,
    esc,
    fit,
    format_date,
    format_time,
    plain,
    register_fonts,
    sign_in_name,
    styles,
    text_width,
    tr,
    write_atomically,
)
from dialogue_desk.exchange.pdf.typeset import Paragraph
from dialogue_desk.i18n import QT_TRANSLATE_NOOP, is_supported, translate
from dialogue_desk.services.checkin import in_name_order
from dialogue_desk.services.errors import ServiceError
from dialogue_desk.services.labels import label
from dialogue_desk.services.snapshot import (
    AgendaEntry,
    EventSnapshot,
    ParticipantEntry,
    load_snapshot,
)
from dialogue_desk.store import Store
from dialogue_desk.store.enums import AgendaKind

WIDTH = PAGE[0] - 2 * MARGIN
#: Empty lines at the end of the sign-in sheet, for people who come without registering.
BLANK_SIGN_IN_LINES = 10
BADGE_COLUMNS, BADGE_ROWS = 2, 4
PAUSES = (AgendaKind.BREAK, AgendaKind.LUNCH, AgendaKind.NETWORKING)


def _prepare(store: Store, event_id: int, language: str | None) -> tuple[EventSnapshot, str]:
    snapshot = load_snapshot(store, event_id)
    language = language or snapshot.event.language
    if not is_supported(language):
        language = "en"
    return snapshot, language


def _setup(snapshot: EventSnapshot, language: str, title: str, header: bool = True) -> PageSetup:
    return PageSetup(
        event_title=snapshot.event.title,
        document_title=title,
        language=language,
        practice=snapshot.practice,
        generated_at=snapshot.taken_at,
        author=snapshot.event.organiser,
        header=header,
    )


def _dates_and_place(snapshot: EventSnapshot, language: str, *, venue: bool = True) -> str:
    event = snapshot.event
    dates = format_date(event.start_date, language)
    if event.end_date != event.start_date:
        dates = f"{dates} – {format_date(event.end_date, language)}"
    place = ", ".join(p for p in (event.venue if venue else "", event.city) if p.strip())
    return " · ".join(p for p in (dates, place) if p)


# --- the programme -------------------------------------------------------------------------


def write_agenda_handout(
    store: Store, event_id: int, path: Path | str, *, language: str | None = None
) -> Path:
    """The programme, day by day, to hand out or pin to the wall."""
    snapshot, language = _prepare(store, event_id, language)
    s = styles()
    title = tr(language, QT_TRANSLATE_NOOP("Report", "Programme"))
    setup = _setup(snapshot, language, title)
    event = snapshot.event

    def story() -> list[Any]:
        flow: list[Any] = [
            Paragraph(esc(title), s.subtitle),
            Paragraph(esc(event.title), s.title),
            Paragraph(esc(_dates_and_place(snapshot, language)), s.subtitle),
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


# --- the sign-in sheet ---------------------------------------------------------------------


def write_sign_in_sheet(
    store: Store, event_id: int, path: Path | str, *, language: str | None = None
) -> Path:
    """One line per registered person, by last name, with a box per day to sign in."""
    snapshot, language = _prepare(store, event_id, language)
    s = styles()
    title = tr(language, QT_TRANSLATE_NOOP("Report", "Sign-in sheet"))
    setup = _setup(snapshot, language, title)
    days = snapshot.event.days

    def story() -> list[Any]:
        people = in_name_order(list(snapshot.participants), language)
        head = [
            Paragraph("#", s.cell_head),
            Paragraph(esc(tr(language, QT_TRANSLATE_NOOP("Report", "Name"))), s.cell_head),
            Paragraph(esc(tr(language, QT_TRANSLATE_NOOP("Report", "Organisation"))), s.cell_head),
        ]
        head += [
            Paragraph(esc(format_date(day, language, style="short")), s.cell_head) for day in days
        ]
        box = min(24 * mm, (WIDTH * 0.45) / max(1, len(days)))
        rest = WIDTH - 8 * mm - box * len(days)
        widths = [8 * mm, rest * 0.55, rest * 0.45] + [box] * len(days)
        rows: list[list[Any]] = [head]
        for number, person in enumerate(people, start=1):
            name = sign_in_name(person.first_name, person.last_name, person.display_name)
            organisation = cell(person.organisation, s.cell, widths[2])
            rows.append([str(number), Paragraph(name, s.cell), organisation] + [""] * len(days))
        for number in range(len(people) + 1, len(people) + BLANK_SIGN_IN_LINES + 1):
            rows.append([str(number), "", ""] + [""] * len(days))
        extra = [
            ("GRID", (3, 0), (-1, -1), 0.6, INK),
            ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
            ("TEXTCOLOR", (0, 1), (0, -1), MUTED),
            ("FONTSIZE", (0, 1), (0, -1), 7.5),
            # Room to write: at least about 9 mm a line, more when a name or organisation wraps.
            ("TOPPADDING", (0, 1), (-1, -1), 2.6 * mm),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 2.6 * mm),
        ]
        heights: list[float | None] = [None] * (len(people) + 1)
        heights += [9 * mm] * BLANK_SIGN_IN_LINES
        flow: list[Any] = [
            Paragraph(esc(snapshot.event.title), s.h1),
            Paragraph(
                esc(
                    _dates_and_place(snapshot, language)
                    + " · "
                    + tr(
                        language,
                        QT_TRANSLATE_NOOP(
                            "Report", "Please sign in the box of each day you attend."
                        ),
                    )
                ),
                s.muted,
            ),
            data_table(rows, widths, extra=extra, row_heights=heights),
        ]
        return flow

    def write(temporary: str) -> None:
        ReportDocument(temporary, setup).build(story(), canvasmaker=canvas_maker(setup))

    return write_atomically(path, write)


# --- badges --------------------------------------------------------------------------------


def write_badges(
    store: Store,
    event_id: int,
    path: Path | str,
    *,
    language: str | None = None,
    participant_ids: list[int] | None = None,
) -> Path:
    """Name badges on A4 sheets of eight (2 × 4, 105 × 74 mm): name large, organisation below.

    ``participant_ids`` picks whose badges to print (all participants when None).
    """
    snapshot, language = _prepare(store, event_id, language)
    people = list(snapshot.participants)
    if participant_ids is not None:
        wanted = set(participant_ids)
        people = [p for p in people if p.id in wanted]
    if not people:
        raise ServiceError(translate("PdfExport", "There is no one to print a badge for."))
    people = in_name_order(people, language)
    setup = _setup(
        snapshot, language, tr(language, QT_TRANSLATE_NOOP("Report", "Name badges")), header=False
    )
    register_fonts()

    def write(temporary: str) -> None:
        canvas = rl_canvas.Canvas(
            temporary, pagesize=PAGE, initialFontName=FONT, initialFontSize=10, pageCompression=1
        )
        canvas.setTitle(plain(f"{snapshot.event.title} — {setup.document_title}"))
        canvas.setCreator("Dialogue Desk")
        per_page = BADGE_COLUMNS * BADGE_ROWS
        for start in range(0, len(people), per_page):
            draw_watermark(canvas, setup)
            _cut_marks(canvas)
            for slot, person in enumerate(people[start : start + per_page]):
                _badge(canvas, slot, person, snapshot, language)
            canvas.showPage()
        canvas.save()

    return write_atomically(path, write)


def _cut_marks(canvas: rl_canvas.Canvas) -> None:
    width, height = PAGE
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.setDash(2, 3)
    for column in range(1, BADGE_COLUMNS):
        x = width * column / BADGE_COLUMNS
        canvas.line(x, 0, x, height)
    for row in range(1, BADGE_ROWS):
        y = height * row / BADGE_ROWS
        canvas.line(0, y, width, y)
    canvas.restoreState()


def _fit_size(text: str, font: str, largest: float, smallest: float, width: float) -> float:
    size = largest
    while size > smallest and text_width(text, font, size) > width:
        size -= 0.5
    return size


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` broken between words into lines no wider than ``width`` (a word may be)."""
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(f"{lines[-1]} {word}", font, size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _name_layout(first: str, last: str, inner: float) -> tuple[list[str], float]:
    """The badge's name as one or two lines at the largest size that fits.

    A long name wraps onto two lines (at the space that balances them best) before it is
    made smaller; only a name too long for two lines at the smallest size is cut.
    """
    full = f"{first} {last}".strip()
    one = _fit_size(full, FONT_BOLD, 24, 8, inner)
    if text_width(full, FONT_BOLD, one) <= inner and one >= 16:
        return [full], one
    words = full.split()
    splits = [[" ".join(words[:i]), " ".join(words[i:])] for i in range(1, len(words))]
    if first and last and [first, last] not in splits:
        splits.append([first, last])
    best: tuple[list[str], float] = ([full], one)
    for lines in splits:
        size = min(_fit_size(line, FONT_BOLD, 22, 8, inner) for line in lines)
        if size > best[1] + 1 or (len(best[0]) == 1 and size >= best[1]):
            best = (lines, size)
    if all(text_width(line, FONT_BOLD, best[1]) <= inner for line in best[0]):
        return best
    # Hyphenated giants ("Hohenzollern-Sigmaringen"): break after a hyphen, then cut.
    pieces = full.replace("-", "- ").split()
    lines = wrap_lines(" ".join(pieces), FONT_BOLD, 8, inner)
    lines = [line.replace("- ", "-") for line in lines]
    if len(lines) > 2:
        lines = [lines[0], fit(" ".join(lines[1:]), FONT_BOLD, 8, inner)]
    return [fit(line, FONT_BOLD, 8, inner) for line in lines], 8


def _badge(
    canvas: rl_canvas.Canvas,
    slot: int,
    person: ParticipantEntry,
    snapshot: EventSnapshot,
    language: str,
) -> None:
    width, height = PAGE
    badge_w, badge_h = width / BADGE_COLUMNS, height / BADGE_ROWS
    column, row = slot % BADGE_COLUMNS, slot // BADGE_COLUMNS
    x0, y0 = column * badge_w, height - (row + 1) * badge_h
    pad = 9 * mm
    inner = badge_w - 2 * pad
    centre = x0 + badge_w / 2
    canvas.saveState()
    # Event band at the top.
    canvas.setFillColor(ACCENT)
    canvas.rect(x0 + pad, y0 + badge_h - pad - 7 * mm, inner, 7 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    title = fit(plain(snapshot.event.title), FONT_BOLD, 8, inner - 4 * mm)
    draw_text(canvas, centre, y0 + badge_h - pad - 4.8 * mm, title, FONT_BOLD, 8, "centre")
    # Name: on one line, or on two before it gets smaller.
    first, last = badge_name_order(plain(person.first_name).strip() or person.code,
                                   plain(person.last_name).strip())  # fmt: skip
    canvas.setFillColor(INK)
    lines, size = _name_layout(first, last, inner)
    name_y = y0 + badge_h * 0.52
    if len(lines) == 2:
        draw_text(canvas, centre, name_y + size * 0.55, lines[0], FONT_BOLD, size, "centre")
        draw_text(canvas, centre, name_y - size * 0.6, lines[1], FONT_BOLD, size, "centre")
        below = name_y - size * 0.6 - 6 * mm
    else:
        draw_text(canvas, centre, name_y, lines[0], FONT_BOLD, size, "centre")
        below = name_y - 6.5 * mm
    # Organisation: up to two lines, at a size still readable across a room.
    organisation = plain(person.organisation).strip()
    if organisation:
        canvas.setFillColor(MUTED)
        org_size = _fit_size(organisation, FONT, 12, 9, inner)
        org_lines = [fit(line, FONT, org_size, inner) for line in
                     wrap_lines(organisation, FONT, org_size, inner)]  # fmt: skip
        if len(org_lines) > 2:
            org_lines = [org_lines[0], fit(" ".join(org_lines[1:]), FONT, org_size, inner)]
        for number, line in enumerate(org_lines):
            draw_text(canvas, centre, below - number * org_size * 1.2, line, FONT, org_size,
                      "centre")  # fmt: skip
    # Dates and place at the foot.
    canvas.setFillColor(MUTED)
    foot = fit(_dates_and_place(snapshot, language, venue=False), FONT, 7, inner)
    draw_text(canvas, centre, y0 + pad, foot, FONT, 7, "centre")
    canvas.restoreState()
