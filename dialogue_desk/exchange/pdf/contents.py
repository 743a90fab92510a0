"""A table of contents laid out in one pass: page numbers filled in when the pages are known.

reportlab's ``TableOfContents`` needs ``multiBuild``: the whole report is laid out at least
twice, which was half the time of a report with thousands of participants. Here the entries
are known before the layout (the story's headings, in order), so the contents take their final
height at once; the page numbers, and the links to the headings, are drawn by the numbered
canvas when it writes the held pages out, like "Page X of Y".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Flowable

from dialogue_desk.exchange.pdf.style import FONT, INK, MUTED
from dialogue_desk.exchange.pdf.typeset import draw_text, fit, text_width


@dataclass(frozen=True)
class Slot:
    """Where one entry's page number goes: a page of the canvas and a baseline."""

    page: int
    entry: int
    right: float
    left: float
    y: float
    top: float
    size: float
    level: int


def headings(story: list[Any]) -> list[tuple[int, str]]:
    """(level, text) of every heading in ``story``, in order, inside groups too."""
    found: list[tuple[int, str]] = []
    for flowable in story:
        inner = getattr(flowable, "_content", None)
        if isinstance(inner, list):
            found += headings(inner)
        level = getattr(flowable, "toc_level", None)
        if level is not None:
            found.append((level, getattr(flowable, "toc_text", "")))
    return found


class Contents(Flowable):
    """The contents of ``entries`` (level, text), each line with a page number drawn later."""

    SIZES = (10.5, 9.0)
    LEADING = (16.0, 13.0)
    INDENT = (0.0, 14.0)

    def __init__(self, entries: list[tuple[int, str]]) -> None:
        super().__init__()
        self.entries = entries

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = sum(self.LEADING[min(level, 1)] for level, _ in self.entries)
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        # A contents longer than a page continues on the next.
        taken, used = [], 0.0
        for entry in self.entries:
            step = self.LEADING[min(entry[0], 1)]
            if used + step > availHeight:
                break
            taken.append(entry)
            used += step
        if not taken or len(taken) == len(self.entries):
            return []
        first = Contents(taken)
        rest = Contents(self.entries[len(taken) :])
        rest.offset = getattr(self, "offset", 0) + len(taken)  # type: ignore[attr-defined]
        first.offset = getattr(self, "offset", 0)  # type: ignore[attr-defined]
        return [first, rest]

    def draw(self) -> None:
        canvas = self.canv
        slots: list[Slot] = canvas.__dict__.setdefault("_contents_slots", [])
        y = self.height
        offset = getattr(self, "offset", 0)
        number_room = 24.0
        for index, (level, text) in enumerate(self.entries):
            tier = min(level, 1)
            size, leading, indent = self.SIZES[tier], self.LEADING[tier], self.INDENT[tier]
            y -= leading
            baseline = y + (leading - size) / 2
            canvas.setFillColor(INK if tier == 0 else MUTED)
            shown = fit(text, FONT, size, self.width - indent - number_room - 10)
            drawn = draw_text(canvas, indent, baseline, shown, FONT, size)
            # Dotted leader from the title to the page number.
            dots_from, dots_to = indent + drawn + 4, self.width - number_room
            if dots_to > dots_from:
                dot = text_width(".", FONT, size)
                canvas.setFont(FONT, size)
                canvas.drawString(dots_from, baseline, "." * int((dots_to - dots_from) / dot))
            x, page_y = canvas.absolutePosition(self.width, baseline)
            left, top = canvas.absolutePosition(indent, baseline + leading)
            slots.append(Slot(canvas.getPageNumber(), offset + index, x, left, page_y, top,
                              size, tier))  # fmt: skip


def draw_page_numbers(canvas: Any, page: int, pages_of_headings: list[int]) -> None:
    """Draw the contents' page numbers that sit on ``page``, and link each line."""
    for slot in canvas.__dict__.get("_contents_slots", []):
        if slot.page != page or slot.entry >= len(pages_of_headings):
            continue
        canvas.saveState()
        canvas.setFillColor(INK if slot.level == 0 else MUTED)
        canvas.setFont(FONT, slot.size)
        canvas.drawRightString(slot.right, slot.y, str(pages_of_headings[slot.entry]))
        canvas.restoreState()
        canvas.linkRect("", f"h{slot.entry + 1}", (slot.left, slot.y - 2, slot.right, slot.top),
                        relative=0, thickness=0)  # fmt: skip
