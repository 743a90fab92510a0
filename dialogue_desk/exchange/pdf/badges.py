"""Name badges: A4 sheets of eight (2 × 4, 105 × 74 mm), the name large, the organisation below.

A long name wraps onto two lines before it is made smaller; names in any script are shaped
and set in their script's face (:func:`typeset.draw_text`). Pages are drawn one at a time
straight on the canvas, so thousands of badges take time in proportion to their number.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas

from dialogue_desk.exchange.pdf.handout_page import dates_and_place, page_setup, prepare
from dialogue_desk.exchange.pdf.layer import (
    ACCENT,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    PAGE,
    RULE,
    badge_name_order,
    draw_text,
    draw_watermark,
    fit,
    plain,
    register_fonts,
    text_width,
    tr,
    write_atomically,
)
from dialogue_desk.i18n import QT_TRANSLATE_NOOP, translate
from dialogue_desk.services.checkin import in_name_order
from dialogue_desk.services.errors import ServiceError
from dialogue_desk.services.snapshot import EventSnapshot, ParticipantEntry
from dialogue_desk.store import Store

BADGE_COLUMNS, BADGE_ROWS = 2, 4


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
    snapshot, language = prepare(store, event_id, language)
    people = list(snapshot.participants)
    if participant_ids is not None:
        wanted = set(participant_ids)
        people = [p for p in people if p.id in wanted]
    if not people:
        raise ServiceError(translate("PdfExport", "There is no one to print a badge for."))
    people = in_name_order(people, language)
    setup = page_setup(
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


def name_layout(first: str, last: str, inner: float) -> tuple[list[str], float]:
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
    lines, size = name_layout(first, last, inner)
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
    foot = fit(dates_and_place(snapshot, language, venue=False), FONT, 7, inner)
    draw_text(canvas, centre, y0 + pad, foot, FONT, 7, "centre")
    canvas.restoreState()
