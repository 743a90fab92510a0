"""The look shared by every PDF: the embedded fonts, the colours, the A4 page size and the
paragraph styles.

DejaVu Sans (shipped in ``resources/fonts/`` with its licence) is the base face, so names in
Latin with any diacritics, Cyrillic and Greek print right; other scripts are set in their own
faces (:mod:`fonts`, :mod:`scripts`). Nothing here ever falls back to a built-in font.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"

PAGE = A4
MARGIN = 18 * mm
#: Colours: dark text, one accent, a muted grey and the overrun red.
INK = colors.HexColor("#1f2933")
ACCENT = colors.HexColor("#1f6f8b")
ACCENT_LIGHT = colors.HexColor("#d8eaf0")
MUTED = colors.HexColor("#66727f")
RULE = colors.HexColor("#c5ccd3")
ALERT = colors.HexColor("#b3261e")
SERIES = [
    colors.HexColor("#1f6f8b"),
    colors.HexColor("#e0a030"),
    colors.HexColor("#6a9f58"),
    colors.HexColor("#a05195"),
    colors.HexColor("#d45087"),
]


def register_fonts() -> None:
    """Register the bundled fonts with reportlab (once per process)."""
    from dialogue_desk.exchange.pdf.fonts import register_bundled

    register_bundled()


# --- styles --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    quote: ParagraphStyle
    bullet: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    figure: ParagraphStyle
    figure_label: ParagraphStyle
    toc: tuple[ParagraphStyle, ...] = field(default=())


@functools.lru_cache(maxsize=1)
def styles() -> Styles:
    register_fonts()
    base = ParagraphStyle(
        "body", fontName=FONT, bulletFontName=FONT, fontSize=9.5, leading=13, textColor=INK
    )

    def derive(name: str, **changes: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return Styles(
        title=derive("title", fontName=FONT_BOLD, fontSize=22, leading=27, spaceAfter=6),
        subtitle=derive("subtitle", fontSize=12, leading=16, textColor=MUTED, spaceAfter=4),
        h1=derive(
            "h1",
            fontName=FONT_BOLD,
            fontSize=15,
            leading=19,
            spaceBefore=4,
            spaceAfter=8,
            textColor=ACCENT,
        ),
        h2=derive(
            "h2", fontName=FONT_BOLD, fontSize=11.5, leading=15, spaceBefore=10, spaceAfter=4
        ),
        h3=derive(
            "h3",
            fontName=FONT_BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=6,
            spaceAfter=2,
            textColor=MUTED,
        ),
        body=derive("body2", spaceAfter=4),
        small=derive("small", fontSize=8, leading=10.5),
        muted=derive("muted", fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=4),
        quote=derive("quote", fontName=FONT_ITALIC, leftIndent=10, spaceAfter=3),
        bullet=derive("bullet", leftIndent=12, bulletIndent=2, spaceAfter=2),
        cell=derive("cell", fontSize=8.5, leading=10.5),
        cell_bold=derive("cell_bold", fontName=FONT_BOLD, fontSize=8.5, leading=10.5),
        cell_right=derive("cell_right", fontSize=8.5, leading=10.5, alignment=TA_RIGHT),
        cell_head=derive(
            "cell_head", fontName=FONT_BOLD, fontSize=8, leading=10, textColor=colors.white
        ),
        cell_head_right=derive(
            "cell_head_right",
            fontName=FONT_BOLD,
            fontSize=8,
            leading=10,
            textColor=colors.white,
            alignment=TA_RIGHT,
        ),  # fmt: skip
        figure=derive(
            "figure",
            fontName=FONT_BOLD,
            fontSize=20,
            leading=24,
            alignment=TA_CENTER,
            textColor=ACCENT,
        ),
        figure_label=derive(
            "figure_label", fontSize=8, leading=10, alignment=TA_CENTER, textColor=MUTED
        ),
        toc=(
            derive("toc1", fontSize=10.5, leading=16, leftIndent=0),
            derive("toc2", fontSize=9, leading=13, leftIndent=14, textColor=MUTED),
        ),
    )
