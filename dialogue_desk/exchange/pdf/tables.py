"""Tables in the PDFs: the house table, and long lists laid out a page at a time.

reportlab lays a table out, and splits it at every page, in time that grows with all of its
rows, so one table of 50,000 people takes quadratic time, and all its cells live until the
end. A long list is instead a :class:`LongList`: it makes the rows of one page at a time
(from a callable, so a sign-in sheet never holds 50,000 Paragraphs), lets reportlab split
that small table where the page ends, and goes on from the first row that did not fit. Every
page starts with the header, and no header appears in the middle of a page (but below the end
of a row taller than a whole page, the one row that is split inside).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable

from dialogue_desk.exchange.pdf.style import ACCENT, FONT, FONT_BOLD, RULE

#: Rows a list may have before it is laid out a page at a time; also the rows made for the
#: first page, before the height of a row is known.
CHUNK_ROWS = 250

Row = list[Any]

#: The kind of progress report a LongList gives the document's progress callback.
ROWS_PROGRESS = "ROWS"


def data_table(
    rows: list[Row],
    widths: list[float],
    *,
    header_rows: int = 1,
    zebra: bool = True,
    extra: list[tuple[Any, ...]] | None = None,
    row_heights: Sequence[float | None] | None = None,
    split_in_row: bool = True,
) -> Any:
    """A table with a coloured header row that repeats on every page it spans.

    Cells are Paragraphs (already escaped) or plain strings (printed as they are).
    """
    from reportlab.platypus import LongTable, TableStyle

    table = LongTable(
        rows,
        colWidths=widths,
        rowHeights=list(row_heights) if row_heights is not None else None,
        repeatRows=header_rows,
        hAlign="LEFT",
        # A row taller than a page (a very long note) is split rather than failing.
        splitInRow=int(split_in_row),
    )
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT),
            ("FONTNAME", (0, 0), (-1, header_rows - 1), FONT_BOLD),
            ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), colors.white),
        ]
    if zebra:
        commands.append(
            (
                "ROWBACKGROUNDS",
                (0, header_rows),
                (-1, -1),
                [colors.white, colors.HexColor("#f3f6f8")],
            )
        )
    table.setStyle(TableStyle(commands + (extra or [])))
    return table


def data_tables(rows: list[Row], widths: list[float], **options: Any) -> list[Any]:
    """:func:`data_table` for a list of any length (:func:`long_table` over built rows)."""
    header_rows = options.get("header_rows", 1)
    body = rows[header_rows:]
    return long_table(rows[:header_rows], len(body), body.__getitem__, widths, **options)


def long_table(
    head: list[Row], count: int, row: Callable[[int], Row], widths: list[float], **options: Any
) -> list[Any]:
    """``count`` rows made by ``row(index)`` under ``head``: one table, or a :class:`LongList`
    past CHUNK_ROWS rows (rows are then made a page at a time)."""
    if count <= CHUNK_ROWS:
        return [data_table(head + [row(index) for index in range(count)], widths, **options)]
    return [LongList(head, count, row, widths, **options)]


class LongList(Flowable):
    """A table of ``count`` rows made by ``row(index)``, built and split one page at a time.

    ``row_heights`` and ``options`` are those of :func:`data_table`; the heights of the body
    rows are given for rows 0 … count - 1 (header heights first, as for a table).
    """

    def __init__(
        self,
        head: list[Row],
        count: int,
        row: Callable[[int], Row],
        widths: list[float],
        *,
        row_heights: Sequence[float | None] | None = None,
        start: int = 0,
        shortest: float | None = None,
        **options: Any,
    ) -> None:
        super().__init__()
        self.head, self.count, self.row, self.widths = head, count, row, widths
        self.row_heights = row_heights
        self.start = start
        self.options = options
        #: The shortest body row seen so far: how many rows a page can hold at most.
        self.shortest = shortest
        self.head_height: float | None = None
        self.refused = 0

    def _table(self, end: int, split_in_row: bool) -> Any:
        heights = None
        if self.row_heights is not None:
            header = len(self.head)
            heights = list(self.row_heights[:header])
            heights += list(self.row_heights[header + self.start : header + end])
        rows = self.head + [self.row(index) for index in range(self.start, end)]
        return data_table(
            rows, self.widths, row_heights=heights, split_in_row=split_in_row, **self.options
        )

    def _rows_for(self, height: float) -> int:
        """Rows to make for ``height`` points: more than can fit, so the table splits."""
        if self.shortest is None or self.shortest <= 0:
            return CHUNK_ROWS
        # No row is shorter than the shortest seen, so one more than this never fits.
        return max(2, min(CHUNK_ROWS, math.floor(height / self.shortest) + 1))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        # Never placed whole: the frame asks for a split, which makes the page's table.
        self.width = availWidth
        return availWidth, availHeight + 1

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        if (
            self.shortest is not None
            and self.head_height is not None
            and availHeight < self.head_height + self.shortest
        ):
            self.refused += 1
            return []  # not even one row fits: the next page (without making any rows)
        end = min(self.count, self.start + self._rows_for(availHeight))
        table = self._table(end, split_in_row=False)
        parts = table.split(availWidth, availHeight)
        while len(parts) == 1 and end < self.count:
            # All of them fit (short rows): make more, so the next rows don't start a table,
            # with its header, in the middle of this page.
            end = min(self.count, self.start + 2 * (end - self.start))
            table = self._table(end, split_in_row=False)
            parts = table.split(availWidth, availHeight)
        if not parts:
            self.refused += 1
            if self.refused < 2 and not self._at_top():
                return []
            # Refused at the top of a page: a row taller than a page, the one case a row is
            # split inside. reportlab lays this part out.
            tall = self._table(end, split_in_row=True).split(availWidth, availHeight)
            return tall + [self._following(end)] if tall and end < self.count else tall
        first = parts[0]
        heights = getattr(first, "_rowHeights", None) or []
        header = len(self.head)
        if len(heights) > header:
            seen = min(heights[header:])
            self.shortest = seen if self.shortest is None else min(self.shortest, seen)
            self.head_height = sum(heights[:header])
        placed = len(getattr(first, "_cellvalues", ())) - header
        following = self.start + placed
        if len(parts) == 1 or placed <= 0:
            # Every row made fits here: place them and go on below.
            following, first = end, table
        self._tell_progress(following)
        if following >= self.count:
            return [first]
        return [first, self._following(following)]

    def _tell_progress(self, done: int) -> None:
        """Tell the document's progress callback how far down the list the layout is.

        reportlab counts progress in flowables, and a LongList stays one flowable however
        many pages it fills: without this, a bar (and a Cancel) would stall on a long list.
        The callback gets ``("ROWS", (done, count))``, which reportlab itself never sends.
        """
        document = getattr(getattr(self, "canv", None), "_doctemplate", None)
        callback = getattr(document, "_onProgress", None)
        if callback is not None:
            callback(ROWS_PROGRESS, (min(done, self.count), self.count))

    def _at_top(self) -> bool:
        """Whether this is the top of a frame (reportlab's own flag; False when unknown)."""
        document = getattr(getattr(self, "canv", None), "_doctemplate", None)
        return bool(getattr(getattr(document, "frame", None), "_atTop", False))

    def _following(self, start: int) -> LongList:
        rest = LongList(
            self.head, self.count, self.row, self.widths, row_heights=self.row_heights,
            start=start, shortest=self.shortest, **self.options,
        )  # fmt: skip
        rest.head_height = self.head_height
        return rest

    def draw(self) -> None:
        """Nothing: a LongList is always split into tables before it is drawn."""
