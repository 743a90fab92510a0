"""Text in the PDFs: user text made safe for reportlab, labels in the document's language, and
dates, times and numbers written the way that language writes them."""

from __future__ import annotations

import datetime as dt
import re
from xml.sax.saxutils import escape

from PySide6.QtCore import QDate, QLocale, QTime

from dialogue_desk.i18n import locale_for, translate_in

#: Translation context of every label in the PDFs.
CONTEXT = "Report"

# Control characters other than tab and newline are not allowed in XML, hence not in a
# Paragraph; a name pasted from elsewhere may carry one.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def plain(text: object) -> str:
    """User text made printable as plain text (no control characters, tabs as spaces)."""
    return _CONTROL.sub("", str(text if text is not None else "")).replace("\t", " ")


def esc(text: object) -> str:
    """User text as Paragraph markup that prints literally; line breaks are kept."""
    lines = plain(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<br/>".join(escape(line) for line in lines)


def tr(language: str, text: str, n: int = -1) -> str:
    """``text`` (marked ``QT_TRANSLATE_NOOP("Report", ...)``) in the document's language."""
    return translate_in(language, CONTEXT, text, n)


# --- dates and numbers in the document's language ------------------------------------------


def _long_format(locale: QLocale) -> str:
    # The locale's long date without the weekday: "27. november 2026", "27 ноября 2026 г.".
    fmt = locale.dateFormat(QLocale.FormatType.LongFormat)
    return re.sub(r"^d{4}[,\s]*|[,\s]*d{4}$", "", fmt)


def format_date(day: dt.date | None, language: str, *, style: str = "long") -> str:
    """``day`` as the document's language writes it; styles: long, weekday, short."""
    if day is None:
        return ""
    locale = locale_for(language)
    qdate = QDate(day.year, day.month, day.day)
    if style == "weekday":
        text = locale.toString(qdate, QLocale.FormatType.LongFormat)
        return text[:1].upper() + text[1:]
    if style == "short":
        fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in fmt:
            fmt = fmt.replace("yy", "yyyy")
        return locale.toString(qdate, fmt)
    return locale.toString(qdate, _long_format(locale))


def format_time(moment: dt.time | dt.datetime | None, language: str) -> str:
    if moment is None:
        return ""
    return locale_for(language).toString(QTime(moment.hour, moment.minute), "HH:mm")


def format_datetime(moment: dt.datetime, language: str) -> str:
    return f"{format_date(moment.date(), language, style='short')} {format_time(moment, language)}"


def format_number(value: float, language: str, decimals: int = 1) -> str:
    return locale_for(language).toString(float(value), "f", decimals)


def format_percent(part: int, whole: int, language: str) -> str:
    if whole <= 0:
        return "–"
    return f"{locale_for(language).toString(round(100 * part / whole))} %"
