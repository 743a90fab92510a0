"""The sign-in sheet: one line per registered person, by last name, with a box per day.

Lists of any length: the rows are made a page at a time (:class:`tables.LongList`), so
50,000 people take time and memory in proportion to the list, not to its square.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from dialogue_desk.exchange.pdf.handout_page import WIDTH, dates_and_place, page_setup, prepare
from dialogue_desk.exchange.pdf.layer import (
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    ReportDocument,
    canvas_maker,
    cell,
    esc,
    format_date,
    long_table,
    plain,
    sign_in_name,
    styles,
    text_width,
    tr,
    write_atomically,
)
from dialogue_desk.exchange.pdf.scripts import is_simple
from dialogue_desk.exchange.pdf.typeset import Paragraph
from dialogue_desk.i18n import QT_TRANSLATE_NOOP
from dialogue_desk.services.checkin import in_name_order
from dialogue_desk.store import Store

#: Empty lines at the end of the sign-in sheet, for people who come without registering.
BLANK_SIGN_IN_LINES = 10


class NameLine(Flowable):
    """ "**Last**, First" on one line as two strings: what a Paragraph would print, but with
    no markup to parse, which is most of the time a line of the sheet takes."""

    def __init__(self, last: str, first: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.last, self.first, self.style = f"{last},", f" {first}", style
        size = style.fontSize
        self.last_width = pdfmetrics.stringWidth(self.last, FONT_BOLD, size)
        self.width = self.last_width + pdfmetrics.stringWidth(self.first, FONT, size)

    @classmethod
    def of(cls, first: str, last: str, style: ParagraphStyle, room: float) -> NameLine | None:
        """The line for a name in the base face that fits ``room``; None for any other."""
        first, last = plain(first).strip(), plain(last).strip()
        if not (first and last and is_simple(first) and is_simple(last)):
            return None
        line = cls(last, first, style)
        return line if line.width <= room else None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.style.leading

    def draw(self) -> None:
        canvas = self.canv
        size = self.style.fontSize
        baseline = self.style.leading - size  # where a Paragraph puts its first line
        canvas.setFillColor(self.style.textColor)
        canvas.setFont(FONT_BOLD, size)
        canvas.drawString(0, baseline, self.last)
        canvas.setFont(FONT, size)
        canvas.drawString(self.last_width, baseline, self.first)

    def getPlainText(self) -> str:  # noqa: N802 - reportlab's name
        return f"{self.last}{self.first}"


def write_sign_in_sheet(
    store: Store, event_id: int, path: Path | str, *, language: str | None = None
) -> Path:
    """One line per registered person, by last name, with a box per day to sign in."""
    snapshot, language = prepare(store, event_id, language)
    s = styles()
    title = tr(language, QT_TRANSLATE_NOOP("Report", "Sign-in sheet"))
    setup = page_setup(snapshot, language, title)
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
        lines = len(people) + BLANK_SIGN_IN_LINES
        # Room for the longest line number ("50010") beside its padding.
        number = max(8 * mm, text_width(str(lines), FONT, 7.5) + 9)
        box = min(24 * mm, (WIDTH * 0.45) / max(1, len(days)))
        rest = WIDTH - number - box * len(days)
        widths = [number, rest * 0.55, rest * 0.45] + [box] * len(days)
        boxes = [""] * len(days)

        def row(index: int) -> list[Any]:
            if index >= len(people):
                return [str(index + 1), "", "", *boxes]
            person = people[index]
            name = NameLine.of(person.first_name, person.last_name, s.cell, widths[1] - 8)
            if name is None:
                markup = sign_in_name(person.first_name, person.last_name, person.display_name)
                name = Paragraph(markup, s.cell)
            organisation = cell(person.organisation, s.cell, widths[2])
            return [str(index + 1), name, organisation, *boxes]

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
        intro = (
            dates_and_place(snapshot, language)
            + " · "
            + tr(
                language,
                QT_TRANSLATE_NOOP("Report", "Please sign in the box of each day you attend."),
            )
        )
        return [
            Paragraph(esc(snapshot.event.title), s.h1),
            Paragraph(esc(intro), s.muted),
            *long_table([head], lines, row, widths, extra=extra, row_heights=heights),
        ]

    def write(temporary: str) -> None:
        ReportDocument(temporary, setup).build(story(), canvasmaker=canvas_maker(setup))

    return write_atomically(path, write)
