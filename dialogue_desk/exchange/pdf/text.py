"""Text in the PDFs: user text made safe for reportlab, labels in the document's language, and
dates, times and numbers written the way that language writes them."""

from __future__ import annotations

import datetime as dt
import re
from xml.sax.saxutils import escape

from dialogue_desk.exchange.pdf.scripts import is_rtl, is_simple, markup_line
from dialogue_desk.i18n import format_date, format_integer, format_number, format_time, translate_in

__all__ = [
    "CONTEXT", "InLanguage", "esc", "format_date", "format_datetime", "format_number",
    "format_percent", "format_time", "plain", "tr",
]  # fmt: skip

#: Translation context of every label in the PDFs.
CONTEXT = "Report"

# Control characters other than tab and newline are not allowed in XML, hence not in a
# Paragraph; a name pasted from elsewhere may carry one.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def plain(text: object) -> str:
    """User text made printable as plain text (no control characters, tabs as spaces)."""
    return _CONTROL.sub("", str(text if text is not None else "")).replace("\t", " ")


class Markup(str):
    """Paragraph markup that remembers its logical lines when one of them is right-to-left.

    A right-to-left paragraph must be broken into lines in typed order and each line put in
    visual order on its own (:class:`typeset.Paragraph` does it once it knows its width).
    """

    logical: tuple[str, ...] = ()


def esc(text: object) -> str:
    """User text as Paragraph markup that prints literally; line breaks are kept.

    Lines in other scripts come out in visual word order with each run in its script's face
    (:func:`scripts.markup_line`); a :class:`typeset.Paragraph` then shapes them.
    """
    lines = plain(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    simple = [is_simple(line) for line in lines]
    result = Markup(
        "<br/>".join(
            escape(line) if flat else markup_line(line)
            for line, flat in zip(lines, simple, strict=True)
        )
    )
    if not all(simple) and any(is_rtl(line) for line in lines):
        result.logical = tuple(lines)
    return result


def tr(language: str, text: str, n: int = -1) -> str:
    """``text`` (marked ``QT_TRANSLATE_NOOP("Report", ...)``) in the document's language."""
    return translate_in(language, CONTEXT, text, n)


class InLanguage:
    """Plural messages in one document's language: ``InLanguage(lang).translate(ctx, text, "", n)``.

    ``QT_TRANSLATE_NOOP`` marks plain messages only; lupdate extracts a message with plural
    forms ("%n answer(s)") from a ``translate(context, text, disambiguation, n)`` call, which
    is what this spells.
    """

    def __init__(self, language: str) -> None:
        self.language = language

    def translate(self, context: str, text: str, disambiguation: str = "", n: int = -1) -> str:
        """``text`` of ``context`` with ``%n`` filled in, in the plural form ``n`` wants."""
        return translate_in(self.language, context, text, n)


# --- dates and numbers in the document's language ------------------------------------------


def format_datetime(moment: dt.datetime, language: str) -> str:
    return f"{format_date(moment.date(), language, style='short')} {format_time(moment, language)}"


def format_percent(part: int, whole: int, language: str) -> str:
    if whole <= 0:
        return "–"
    return f"{format_integer(round(100 * part / whole), language)} %"
