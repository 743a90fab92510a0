"""What an edit of one agenda cell means, and what the Published column's tooltip says."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, Qt, QTime

from dialogue_desk.services.agenda import (
    AgendaItemData,
    AgendaItemRecord,
    add_minutes,
    moved_from_plan,
)
from dialogue_desk.store.enums import AgendaKind
from dialogue_desk.ui.agenda.formats import pytime

(START, END, MINUTES, TITLE, KIND, FACILITATORS, ROOM, PINNED) = range(8)


def edited_data(
    item: AgendaItemRecord, column: int, value: object, role: int
) -> AgendaItemData | None:
    data = item.data()
    if role == Qt.ItemDataRole.CheckStateRole and column == PINNED:
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        return dataclasses.replace(data, pinned=bool(checked))
    if role != Qt.ItemDataRole.EditRole:
        return None
    try:
        if column == START and isinstance(value, QTime):
            start = pytime(value)
            return dataclasses.replace(
                data, start_time=start, end_time=add_minutes(start, item.minutes)
            )
        if column == END and isinstance(value, QTime):
            return dataclasses.replace(data, end_time=pytime(value))
        if column == MINUTES:
            return dataclasses.replace(data, end_time=add_minutes(item.start_time, int(value)))
    except (ValueError, TypeError):
        return None
    if column == TITLE:
        return dataclasses.replace(data, title=str(value))
    if column == KIND:
        try:
            return dataclasses.replace(data, kind=AgendaKind(str(value)))
        except ValueError:
            return None
    if column == FACILITATORS:
        return dataclasses.replace(data, facilitators=str(value))
    if column == ROOM:
        return dataclasses.replace(data, room=str(value))
    return None


def plan_tooltip(item: AgendaItemRecord) -> str:
    if not item.published:
        return QCoreApplication.translate(
            "AgendaTableModel", "Added after the plan was published; not in the printed programme."
        )
    moved = moved_from_plan(item)
    if moved is None:
        return QCoreApplication.translate(
            "AgendaTableModel", "Moved to another day since the plan."
        )
    if moved > 0:
        return QCoreApplication.translate(
            "AgendaTableModel", "Expected %n min later than the published plan.", "", moved
        )
    if moved < 0:
        return QCoreApplication.translate(
            "AgendaTableModel", "Expected %n min earlier than the published plan.", "", -moved
        )
    return QCoreApplication.translate("AgendaTableModel", "As in the published plan.")
