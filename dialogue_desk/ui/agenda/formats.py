"""How the agenda writes times, days and kinds in the interface language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from dialogue_desk.services.labels import label
from dialogue_desk.store.enums import AgendaKind


def qtime(value: dt.time) -> QTime:
    return QTime(value.hour, value.minute)


def pytime(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


def time_text(value: dt.time | dt.datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.time()
    return QLocale().toString(qtime(value), QLocale.FormatType.ShortFormat)


def kind_label(kind: AgendaKind) -> str:
    """The kind's name; "Other" is asked for directly, as the shared label table keys members
    by value and AgendaKind.OTHER would otherwise come out as "Other stakeholder"."""
    if kind is AgendaKind.OTHER:
        return QCoreApplication.translate("Labels", "Other")
    return label(kind)


def day_text(value: dt.date) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), "ddd d MMM yyyy")
