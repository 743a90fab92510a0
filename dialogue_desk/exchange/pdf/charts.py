"""Bar charts for the PDFs (reportlab.graphics), drawn with the embedded fonts.

Drawn by hand rather than with reportlab's chart widgets so long labels in any script are
shortened to fit instead of running off the page, and no built-in font sneaks in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics

from dialogue_desk.exchange.pdf.layer import FONT, INK, MUTED, RULE, SERIES, fit, plain


@dataclass(frozen=True)
class BarRow:
    label: str
    values: tuple[float, ...]


def hbar_chart(
    rows: Sequence[BarRow],
    *,
    width: float,
    series: Sequence[str] = (),
    value_text: Callable[[float], str] = lambda v: f"{v:g}",
    label_share: float = 0.4,
    bar_height: float = 9.0,
) -> Drawing:
    """Horizontal bars, one group per row and one bar per series, values at the bar ends.

    ``series`` names the bars of a group (a legend is drawn when there are two or more).
    """
    groups = max(1, max((len(r.values) for r in rows), default=1))
    font_size = 7.5
    line_height = font_size * 1.2
    gap = 5.0
    legend_height = 14.0 if len(series) > 1 else 0.0
    # Labels take what the longest needs, up to ``label_share`` of the width, on up to two
    # lines; a longer one ends in an ellipsis.
    needed = max((pdfmetrics.stringWidth(plain(r.label), FONT, font_size) for r in rows), default=0)
    label_width = min(width * label_share, needed + 2)
    labels = [_label_lines(plain(r.label), font_size, label_width) for r in rows]
    bars_height = groups * bar_height
    heights = [max(bars_height, len(lines) * line_height) + gap for lines in labels]
    height = legend_height + sum(heights) + 4
    drawing = Drawing(width, height)
    # The renderer starts every drawing in this font (reportlab's default is Helvetica, which
    # would appear in the PDF unembedded).
    drawing.initialFontName = FONT
    value_room = 40.0
    plot_left = label_width + 6
    plot_width = max(10.0, width - plot_left - value_room)
    largest = max((v for r in rows for v in r.values), default=0) or 1

    if legend_height:
        x = plot_left
        for index, name in enumerate(series):
            colour = SERIES[index % len(SERIES)]
            drawing.add(Rect(x, height - 9, 8, 8, fillColor=colour, strokeColor=None))
            text = plain(name)
            drawing.add(
                String(x + 11, height - 8, text, fontName=FONT, fontSize=font_size, fillColor=INK)
            )
            x += 11 + pdfmetrics.stringWidth(text, FONT, font_size) + 12

    top = height - legend_height
    drawing.add(Line(plot_left, 2, plot_left, top, strokeColor=RULE, strokeWidth=0.6))
    group_top = top
    for row, lines, row_height in zip(rows, labels, heights, strict=True):
        centre = group_top - (row_height - gap) / 2
        first_baseline = centre + (len(lines) - 1) * line_height / 2 - font_size / 3
        for number, line in enumerate(lines):
            drawing.add(
                String(label_width, first_baseline - number * line_height, line, fontName=FONT,
                       fontSize=font_size, fillColor=INK, textAnchor="end")
            )  # fmt: skip
        bars_top = centre + bars_height / 2
        for index, value in enumerate(row.values):
            y = bars_top - (index + 1) * bar_height + 1
            length = plot_width * (value / largest) if value > 0 else 0
            colour = SERIES[index % len(SERIES)]
            if length > 0:
                drawing.add(
                    Rect(plot_left, y, length, bar_height - 2, fillColor=colour, strokeColor=None)
                )
            drawing.add(
                String(plot_left + length + 3, y + 1.2, value_text(value), fontName=FONT,
                       fontSize=font_size - 0.5, fillColor=MUTED)
            )  # fmt: skip
        group_top -= row_height
    return drawing


def _label_lines(text: str, size: float, width: float) -> list[str]:
    lines = simpleSplit(text, FONT, size, width) or [""]
    if len(lines) > 2:
        lines = [lines[0], fit(" ".join(lines[1:]), FONT, size, width)]
    return [fit(line, FONT, size, width) for line in lines]
