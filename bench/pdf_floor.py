"""The floor of the PDF summary: reportlab itself writing the same tables and paragraphs.

Issue #21 defines the floor as "reportlab writing the same tables, same font". The report is
more than its participant list (cover, attendance, agenda, notes, the evaluation with charts),
so the floor is every table and paragraph the report has, taken from the report's own story:

- :func:`recipe` (not timed) lays the report's story down as plain data: each paragraph's
  markup (already escaped, other scripts already in their faces) with its base style, each
  table's cells, column widths and style commands, and the charts, spacers and page breaks as
  they are;
- :func:`write` (timed) makes plain reportlab flowables of it (``Paragraph``, ``Table`` /
  ``LongTable``, ``KeepTogether``) and builds them in a ``BaseDocTemplate`` with the report's A4
  page, margins and frame, with the same embedded fonts.

What the floor leaves out is what the app adds to reportlab: shaping and hyphenation, the
table of contents and outline, "Page X of Y" and the running header, the choice between a plain
string and a Paragraph per cell.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    LongTable,
    PageTemplate,
    Table,
    TableStyle,
)
from reportlab.platypus import Paragraph as PlainParagraph
from reportlab.platypus.tables import Table as _BaseTable

_Recipe = list[tuple[Any, ...]]


@contextmanager
def _recording_table_styles() -> Iterator[None]:
    """Tables remember the style commands they were given, so the floor can give them too."""
    original = _BaseTable.setStyle

    def set_style(self: Any, style: Any) -> None:
        commands = style.getCommands() if isinstance(style, TableStyle) else list(style)
        self._floor_commands = [*getattr(self, "_floor_commands", []), *commands]
        original(self, style)

    _BaseTable.setStyle = set_style  # type: ignore[method-assign]
    try:
        yield
    finally:
        _BaseTable.setStyle = original  # type: ignore[method-assign]


def recipe(snapshot: Any, language: str) -> _Recipe:
    """The report's story for ``snapshot`` as plain data (see the module docstring)."""
    from dialogue_desk.exchange.pdf import report
    from dialogue_desk.exchange.pdf.typeset import set_document_language

    set_document_language(language)
    with _recording_table_styles():
        story = report._story(snapshot, language, True)  # the same story write_report builds
    return _items(story)


def _items(flowables: list[Any]) -> _Recipe:
    from dialogue_desk.exchange.pdf.contents import Contents

    items: _Recipe = []
    for flowable in flowables:
        if isinstance(flowable, Contents):
            continue  # no table of contents in the floor
        items.append(_item(flowable))
    return items


def _item(flowable: Any) -> tuple[Any, ...]:
    from reportlab.platypus import Paragraph as BaseParagraph

    if isinstance(flowable, BaseParagraph):
        style = flowable.style
        # The style the report asked for, before the variant that shapes and hyphenates.
        base = getattr(style, "_dd_parent", None) or getattr(style, "_dd_rtl_parent", style)
        return ("paragraph", flowable.text, base)
    if isinstance(flowable, _BaseTable):
        rows = [[_cell(value) for value in row] for row in flowable._cellvalues]
        options = {
            "colWidths": flowable._argW,
            "rowHeights": flowable._argH,
            "repeatRows": flowable.repeatRows,
            "hAlign": flowable.hAlign,
            "splitInRow": getattr(flowable, "splitInRow", 0),
        }
        kind = LongTable if isinstance(flowable, LongTable) else Table
        return ("table", kind, rows, options, getattr(flowable, "_floor_commands", []))
    if isinstance(flowable, KeepTogether):
        return ("together", _items(flowable._content))
    return ("as is", flowable)  # spacers, page breaks, charts (reportlab drawings)


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        return ("text", value)
    if isinstance(value, (list, tuple)):
        return ("flowables", _items(list(value)))
    return ("flowables", [_item(value)])


def _made(items: _Recipe) -> list[Any]:
    return [_make(item) for item in items]


def _make(item: tuple[Any, ...]) -> Any:
    kind = item[0]
    if kind == "paragraph":
        return PlainParagraph(item[1], item[2])
    if kind == "table":
        _, table_class, rows, options, commands = item
        cells = [[_make_cell(value) for value in row] for row in rows]
        table = table_class(cells, **options)
        table.setStyle(TableStyle(commands))
        return table
    if kind == "together":
        return KeepTogether(_made(item[1]))
    return item[1]


def _make_cell(value: tuple[Any, ...]) -> Any:
    if value[0] == "text":
        return value[1]
    made = _made(value[1])
    return made[0] if len(made) == 1 else made


def write(items: _Recipe, out: str) -> None:
    """Build the recipe's flowables with plain reportlab on the report's page."""
    from reportlab.lib.units import mm

    from dialogue_desk.exchange.pdf.style import FONT, MARGIN, PAGE, register_fonts

    register_fonts()
    document = BaseDocTemplate(
        out,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 4 * mm,
        bottomMargin=MARGIN,
        initialFontName=FONT,
        initialFontSize=10,
    )
    frame = Frame(
        document.leftMargin, document.bottomMargin, document.width, document.height,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )  # fmt: skip
    document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    document.build(_made(items))
