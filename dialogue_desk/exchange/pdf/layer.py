"""What every PDF of Dialogue Desk shares: fonts, styles, the A4 page, escaping and safe writing.

- Fonts, colours and paragraph styles are in ``style`` (re-exported here): DejaVu Sans is
  embedded, so Latin with any diacritics and Cyrillic print right.
- Page: A4 with the event's name and the document's title at the top, "generated on" and
  "Page X of Y" at the foot, and a PRACTICE watermark on every page of a practice store's PDF.
- User text is data: :func:`esc` makes it safe for a Paragraph, so ``<Rīga> & "Jõesuu"``
  prints literally.
- Writing: into a temporary file in the target folder, moved into place when complete, so a
  failure leaves any earlier file intact. Problems a user can fix raise :class:`ServiceError`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from dialogue_desk.exchange.pdf.contents import draw_page_numbers
from dialogue_desk.exchange.pdf.output import write_atomically
from dialogue_desk.exchange.pdf.scripts import is_rtl, is_simple
from dialogue_desk.exchange.pdf.style import (
    ACCENT,
    ACCENT_LIGHT,
    ALERT,
    FONT,
    FONT_BOLD,
    FONT_ITALIC,
    INK,
    MARGIN,
    MUTED,
    PAGE,
    RULE,
    SERIES,
    Styles,
    register_fonts,
    styles,
)
from dialogue_desk.exchange.pdf.tables import (
    CHUNK_ROWS,
    LongList,
    data_table,
    data_tables,
    long_table,
)
from dialogue_desk.exchange.pdf.text import (
    esc,
    format_date,
    format_datetime,
    format_number,
    format_percent,
    format_time,
    plain,
    tr,
)
from dialogue_desk.exchange.pdf.typeset import (
    Paragraph,
    draw_text,
    fit,
    set_document_language,
    text_width,
)
from dialogue_desk.i18n import QT_TRANSLATE_NOOP

# Re-exported: the PDF modules take everything they share from here.
__all__ = [
    "ACCENT", "ACCENT_LIGHT", "ALERT", "FONT", "FONT_BOLD", "FONT_ITALIC", "INK", "MARGIN",
    "MUTED", "PAGE", "RULE", "SERIES", "Styles", "register_fonts", "styles",
    "esc", "format_date", "format_datetime", "format_number", "format_percent", "format_time",
    "plain", "tr", "write_atomically",
    "CHUNK_ROWS", "LongList", "Paragraph", "badge_name_order", "data_table", "data_tables",
    "draw_text", "long_table", "fit", "sign_in_name", "text_width",
]  # fmt: skip

# --- the page ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PageSetup:
    """What the header, footer and watermark of a document show."""

    event_title: str
    document_title: str
    language: str
    practice: bool = False
    generated_at: dt.datetime = field(default_factory=lambda: dt.datetime.now())
    author: str = ""
    #: Badges and sign-in sheets use the whole page and draw no header.
    header: bool = True


def draw_watermark(canvas: rl_canvas.Canvas, setup: PageSetup) -> None:
    if not setup.practice:
        return
    word = tr(setup.language, QT_TRANSLATE_NOOP("Report", "PRACTICE"))
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setFillColor(colors.Color(0.85, 0.2, 0.2, alpha=0.13))
    canvas.translate(width / 2, height / 2)
    canvas.rotate(55)
    size = 110.0
    while size > 30 and pdfmetrics.stringWidth(word, FONT_BOLD, size) > height * 0.8:
        size -= 5
    canvas.setFont(FONT_BOLD, size)
    canvas.drawCentredString(0, -size / 3, word)
    canvas.restoreState()


def _draw_frame_texts(canvas: rl_canvas.Canvas, setup: PageSetup, page: int, pages: int) -> None:
    width, height = canvas._pagesize
    language = setup.language
    canvas.saveState()
    canvas.setFillColor(MUTED)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    usable = width - 2 * MARGIN
    if setup.header:
        top = height - MARGIN + 6 * mm
        doc_title = plain(setup.document_title)
        right = draw_text(canvas, width - MARGIN, top, doc_title, FONT, 8, "right")
        event = fit(plain(setup.event_title), FONT, 8, usable - right - 8 * mm)
        draw_text(canvas, MARGIN, top, event, FONT, 8)
        canvas.line(MARGIN, top - 2.5 * mm, width - MARGIN, top - 2.5 * mm)
    bottom = MARGIN - 9 * mm
    canvas.setFont(FONT, 7.5)
    generated = tr(language, QT_TRANSLATE_NOOP("Report", "Generated on {date}")).format(
        date=format_datetime(setup.generated_at, language)
    )
    page_text = tr(language, QT_TRANSLATE_NOOP("Report", "Page {page} of {pages}")).format(
        page=page, pages=pages
    )
    if setup.header:
        canvas.line(MARGIN, bottom + 4 * mm, width - MARGIN, bottom + 4 * mm)
        canvas.drawString(MARGIN, bottom, generated)
    else:
        draw_text(canvas, MARGIN, bottom, fit(plain(setup.event_title), FONT, 7.5, usable / 2),
                  FONT, 7.5)  # fmt: skip
    canvas.drawRightString(width - MARGIN, bottom, page_text)
    canvas.restoreState()


class _NumberedCanvas(rl_canvas.Canvas):
    """Holds pages back until the end, so each can say "Page X of Y"."""

    def __init__(self, *args: Any, setup: PageSetup, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._setup = setup
        self._held: list[dict[str, Any]] = []
        # Shared by every held page: the page of each heading, and where the contents
        # (contents.Contents) want those page numbers drawn.
        self._heading_pages: list[int] = []
        self._contents_slots: list[Any] = []

    def showPage(self) -> None:
        state = dict(self.__dict__)
        # The page's drawing as one string (reportlab joins it so when the page is written):
        # a held list of thousands of small strings costs several times the text itself.
        state["_code"] = ["\n".join(self._code)]
        self._held.append(state)
        self._startPage()

    def save(self) -> None:
        pages = len(self._held)
        for index in range(pages):
            state, self._held[index] = self._held[index], {}  # written pages are let go
            self.__dict__.update(state)
            _draw_frame_texts(self, self._setup, self._pageNumber, pages)
            draw_page_numbers(self, self._pageNumber, self._heading_pages)
            super().showPage()
        super().save()


def canvas_maker(setup: PageSetup) -> Callable[..., rl_canvas.Canvas]:
    register_fonts()
    set_document_language(setup.language)
    return functools.partial(_NumberedCanvas, setup=setup)


class ReportDocument(BaseDocTemplate):
    """A4 platypus document with the shared page; headings tagged ``toc_level`` feed the TOC."""

    def __init__(self, filename: str, setup: PageSetup, **kwargs: Any) -> None:
        register_fonts()
        set_document_language(setup.language)
        super().__init__(
            filename,
            pagesize=PAGE,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 4 * mm,
            bottomMargin=MARGIN,
            title=plain(f"{setup.event_title} — {setup.document_title}"),
            author=plain(setup.author),
            creator="Dialogue Desk",
            subject=plain(setup.document_title),
            lang=setup.language,
            # The canvas starts in this font; reportlab's default would add a non-embedded
            # Helvetica to every page.
            initialFontName=FONT,
            initialFontSize=10,
            **kwargs,
        )
        self.setup = setup
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [PageTemplate(id="page", frames=[frame], onPage=lambda c, d: draw_watermark(c, setup))]
        )
        self._heading_count = 0

    def beforeDocument(self) -> None:
        # multiBuild runs the story several times; keys must repeat for the TOC to settle.
        self._heading_count = 0

    def afterFlowable(self, flowable: Flowable) -> None:
        level = getattr(flowable, "toc_level", None)
        if level is None:
            return
        text = getattr(flowable, "toc_text", "") or flowable.getPlainText()
        self._heading_count += 1
        key = f"h{self._heading_count}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        pages = getattr(self.canv, "_heading_pages", None)
        if pages is not None:
            pages.append(self.page)
        self.notify("TOCEntry", (level, esc(text), self.page, key))


_FAMILY_FIRST = re.compile(
    r"^[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]+$"
)


def badge_name_order(first: str, last: str) -> tuple[str, str]:
    """The name's two parts in the order it is said: family name first in Chinese, Japanese
    and Korean ("王 小明"), given name first otherwise."""
    if first and last and _FAMILY_FIRST.match(first) and _FAMILY_FIRST.match(last):
        return last, first
    return first, last


def sign_in_name(first: str, last: str, display: str) -> str:
    """Paragraph markup "**Last**, First"; a right-to-left name is ordered as a whole."""
    first, last = plain(first).strip(), plain(last).strip()
    if not (first and last):
        return f"<b>{esc(display)}</b>"
    if is_rtl(last) or is_rtl(first):
        # Bold split in two would lay each part out alone and swap them for the reader.
        return f"<b>{esc(f'{last}, {first}')}</b>"
    # The comma inside the bold: a word in two faces would be shaped in one of them.
    return f"<b>{esc(last)},</b> {esc(first)}"


def heading(text: str, style: ParagraphStyle, level: int) -> Flowable:
    """A Paragraph heading (user text escaped) that appears in the TOC at ``level``."""
    paragraph = Paragraph(esc(text), style)
    paragraph.toc_level = level  # type: ignore[attr-defined]
    paragraph.toc_text = plain(text)  # type: ignore[attr-defined]
    return paragraph


def cell(text: object, style: ParagraphStyle, width: float, padding: float = 8) -> Any:
    """A table cell for user text: a plain string when it fits on one line, else a Paragraph.

    Plain strings are drawn as they are (no markup, so nothing to escape) and cost a fraction
    of a Paragraph, which matters for lists of thousands of people. Table styles must then set
    the font, as :func:`data_table` does.
    """
    value = plain(text)
    if _fits_as_string(value, style.fontName, style.fontSize, width - padding):
        return value
    return Paragraph(esc(value), style)


@functools.lru_cache(maxsize=8192)
def _fits_as_string(value: str, font: str, size: float, room: float) -> bool:
    """Whether ``value`` prints as a plain string on one line of ``room`` points.

    Cached: organisations, roles and group names repeat down a list of thousands.
    """
    return (
        "\n" not in value and is_simple(value) and pdfmetrics.stringWidth(value, font, size) <= room
    )
