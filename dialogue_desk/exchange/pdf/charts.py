"""Bar charts for the PDFs, drawn with the same fonts, shaping and bidi as the tables.

A chart is a flowable drawn straight on the canvas: its labels, legend and values go through
:func:`typeset.draw_text`, so a choice in Arabic is joined and right to left, Syriac and
Hebrew are in their faces, Chinese comes from a system font, and a name no font has is
reported like any other (reportlab's chart strings have one face for the whole string). Long
labels wrap onto two lines between words (inside a word only when the word alone is too
long, as a long Chinese label is) and end in an ellipsis rather than running over the bars.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Flowable

from dialogue_desk.exchange.pdf.layer import FONT, INK, MUTED, RULE, SERIES, plain
from dialogue_desk.exchange.pdf.typeset import draw_text, fit, text_width

#: A label takes at most this many lines; the last ends in an ellipsis when more is left.
LABEL_LINES = 2


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
) -> BarChart:
    """Horizontal bars, one group per row and one bar per series, values at the bar ends.

    ``series`` names the bars of a group (a legend is drawn when there are two or more).
    """
    return BarChart(
        [BarRow(_one_line(r.label), r.values) for r in rows],
        width=width,
        series=[_one_line(name) for name in series],
        value_text=value_text,
        label_share=label_share,
        bar_height=bar_height,
    )


def _one_line(text: str) -> str:
    return " ".join(plain(text).split())


def label_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` on up to LABEL_LINES lines of ``width`` points, the last cut with an ellipsis.

    Lines break between words; a word wider than a line on its own (a label in Chinese,
    which has no spaces, or a long code) breaks between its characters.
    """
    lines: list[str] = []
    for word in _pieces_to_fit(text.split(), font, size, width):
        if isinstance(word, _Continued):
            glued = lines[-1] + word
            if text_width(glued, font, size) <= width:
                lines[-1] = glued
            else:
                lines.append(word)
        elif lines and text_width(f"{lines[-1]} {word}", font, size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    if not lines:
        return [""]
    if len(lines) > LABEL_LINES:
        rest = lines[LABEL_LINES - 1 :]
        joined = rest[0] + "".join(
            part if isinstance(part, _Continued) else f" {part}" for part in rest[1:]
        )
        lines = [*lines[: LABEL_LINES - 1], _cut(joined, font, size, width, force=True)]
    return [_cut(line, font, size, width) for line in lines]


class _Continued(str):
    """The second or later part of a word broken between characters."""


def _pieces_to_fit(words: list[str], font: str, size: float, width: float) -> list[str]:
    out: list[str] = []
    for word in words:
        if text_width(word, font, size) <= width:
            out.append(word)
            continue
        current = ""
        first = True
        for char in word:
            joins = unicodedata.combining(char) or not current
            if joins or text_width(current + char, font, size) <= width:
                current += char
                continue
            out.append(current if first else _Continued(current))
            current, first = char, False
        if current:
            out.append(current if first else _Continued(current))
    return out


def _cut(text: str, font: str, size: float, width: float, *, force: bool = False) -> str:
    """``text`` fitted to ``width``; with ``force`` it ends in an ellipsis (more was left)."""
    if not force:
        return fit(str(text), font, size, width)
    text = str(text)
    while text and text_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class BarChart(Flowable):
    """The chart as a flowable of fixed size, drawn on the canvas of the page it lands on."""

    font_size = 7.5
    gap = 5.0
    value_room = 40.0

    def __init__(
        self,
        rows: Sequence[BarRow],
        *,
        width: float,
        series: Sequence[str],
        value_text: Callable[[float], str],
        label_share: float,
        bar_height: float,
        legend: bool = True,
        largest: float | None = None,
        label_width: float | None = None,
    ) -> None:
        super().__init__()
        self.rows = list(rows)
        self.series = list(series)
        self.value_text = value_text
        self.label_share = label_share
        self.bar_height = bar_height
        size = self.font_size
        self.line_height = size * 1.2
        self.groups = max(1, max((len(r.values) for r in rows), default=1))
        self.legend_height = 14.0 if legend and len(series) > 1 else 0.0
        # Both parts of a chart split over two pages keep one scale and one label column.
        self.largest = largest or max((v for r in rows for v in r.values), default=0) or 1
        if label_width is None:
            # Labels take what the longest needs, up to ``label_share`` of the width.
            needed = max((text_width(r.label, FONT, size) for r in rows), default=0)
            label_width = min(width * label_share, needed + 2)
        self.label_width = label_width
        self.labels = [label_lines(r.label, FONT, size, self.label_width) for r in rows]
        bars = self.groups * bar_height
        self.row_heights = [max(bars, len(lines) * self.line_height) + self.gap
                            for lines in self.labels]  # fmt: skip
        self.width = width
        self.height = self.legend_height + sum(self.row_heights) + 4

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """A chart of many choices (a list of countries) goes on over the next page."""
        if self.height <= availHeight:
            return [self]
        room = availHeight - self.legend_height - 4
        fitting = 0
        for height in self.row_heights:
            if room < height:
                break
            room -= height
            fitting += 1
        if fitting == 0:
            return []
        return [self._part(self.rows[:fitting], legend=True),
                self._part(self.rows[fitting:], legend=False)]  # fmt: skip

    def _part(self, rows: list[BarRow], *, legend: bool) -> BarChart:
        return BarChart(
            rows, width=self.width, series=self.series, value_text=self.value_text,
            label_share=self.label_share, bar_height=self.bar_height,
            legend=legend and bool(self.legend_height), largest=self.largest,
            label_width=self.label_width,
        )  # fmt: skip

    def draw(self) -> None:
        canvas: Any = self.canv
        size = self.font_size
        plot_left = self.label_width + 6
        plot_width = max(10.0, self.width - plot_left - self.value_room)
        largest = self.largest
        canvas.saveState()
        if self.legend_height:
            self._legend(canvas, plot_left)
        top = self.height - self.legend_height
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(plot_left, 2, plot_left, top)
        bars_height = self.groups * self.bar_height
        group_top = top
        for row, lines, row_height in zip(self.rows, self.labels, self.row_heights, strict=True):
            centre = group_top - (row_height - self.gap) / 2
            first_baseline = centre + (len(lines) - 1) * self.line_height / 2 - size / 3
            canvas.setFillColor(INK)
            for number, line in enumerate(lines):
                y = first_baseline - number * self.line_height
                draw_text(canvas, self.label_width, y, line, FONT, size, "right")
            bars_top = centre + bars_height / 2
            for index, value in enumerate(row.values):
                y = bars_top - (index + 1) * self.bar_height + 1
                length = plot_width * (value / largest) if value > 0 else 0
                if length > 0:
                    canvas.setFillColor(SERIES[index % len(SERIES)])
                    canvas.rect(plot_left, y, length, self.bar_height - 2, stroke=0, fill=1)
                canvas.setFillColor(MUTED)
                draw_text(canvas, plot_left + length + 3, y + 1.2, self.value_text(value), FONT,
                          size - 0.5)  # fmt: skip
            group_top -= row_height
        canvas.restoreState()

    def _legend(self, canvas: Any, x: float) -> None:
        size = self.font_size
        y = self.height - 9
        room = self.width - x
        for index, name in enumerate(self.series):
            text = fit(name, FONT, size, max(20.0, room - 11))
            canvas.setFillColor(SERIES[index % len(SERIES)])
            canvas.rect(x, y, 8, 8, stroke=0, fill=1)
            canvas.setFillColor(INK)
            x += 11 + draw_text(canvas, x + 11, y + 1, text, FONT, size) + 12
            room = self.width - x
            if room < 30:
                break
