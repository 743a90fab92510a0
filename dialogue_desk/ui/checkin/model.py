"""The participant list of the Check-in tab: a table model that sorts and filters itself.

The door search must keep up with typing over 10,000 people. A QSortFilterProxyModel calls
``filterAcceptsRow`` (Python) once per row per keystroke and its comparator hundreds of
thousands of times per sort, which measured 35-70 ms per keystroke. Here the model keeps every
row sorted in one Python sort and shows the rows whose prepared search key matches, so a
keystroke is one pass of substring tests and a model reset (a few ms).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from dialogue_desk.services.checkin import CheckInRecord, ParticipantRecord, compile_query, sort_key
from dialogue_desk.services.labels import label
from dialogue_desk.services.text import fold

_Index = QModelIndex | QPersistentModelIndex

COL_HERE, COL_LAST, COL_FIRST, COL_ORG, COL_GROUP, COL_EMAIL, COL_KIND = range(7)
COLUMN_COUNT = 7
#: The participant id of a row.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The row's ParticipantRecord.
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
#: Whether the row's person is checked in on the shown day.
PRESENT_ROLE = Qt.ItemDataRole.UserRole + 3

_PRESENT_BG = QColor("#e3f4e1")


@dataclass(slots=True)
class Row:
    record: ParticipantRecord
    check_in: CheckInRecord | None = None
    key: str = ""

    def __post_init__(self) -> None:
        key, email = self.record.search_key, self.record.email
        # Keys written elsewhere (the demo, older versions) may lack the e-mail address.
        if email and email.casefold() not in key:
            key = f"{key} {fold(email)}"
        self.key = key


class ParticipantTableModel(QAbstractTableModel):
    """Everyone registered for the event, with their check-in on the day shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: Everyone, in the current sort order.
        self._all: list[Row] = []
        #: The rows shown: everyone, or those matching the search.
        self._rows: list[Row] = []
        self._row_of: dict[int, int] = {}
        self._query = ""
        self._sort = (COL_LAST, Qt.SortOrder.AscendingOrder)

    # --- filling --------------------------------------------------------------------------

    def set_rows(self, records: list[ParticipantRecord], present: dict[int, CheckInRecord]) -> None:
        self.beginResetModel()
        self._all = [Row(r, present.get(r.id)) for r in records]
        self._apply_sort()
        self._apply_query()
        self.endResetModel()

    @property
    def query(self) -> str:
        return self._query

    def set_query(self, query: str) -> None:
        """Show only the people matching ``query`` (all words, any part, any spelling)."""
        self.beginResetModel()
        self._query = query
        self._apply_query()
        self.endResetModel()

    def _apply_query(self) -> None:
        test = compile_query(self._query)
        self._rows = self._all if test is None else [r for r in self._all if test(r.key)]
        self._row_of = {r.record.id: i for i, r in enumerate(self._rows)}

    def total(self) -> int:
        return len(self._all)

    def all_records(self) -> list[ParticipantRecord]:
        return [r.record for r in self._all]

    def set_check_in(self, participant_id: int, check_in: CheckInRecord | None) -> None:
        row = self._row_of.get(participant_id)
        if row is None:
            return
        self._rows[row].check_in = check_in
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    def row_of(self, participant_id: int) -> int | None:
        return self._row_of.get(participant_id)

    def record_at(self, row: int) -> ParticipantRecord:
        return self._rows[row].record

    def check_in_at(self, row: int) -> CheckInRecord | None:
        return self._rows[row].check_in

    def id_at(self, row: int) -> int:
        return self._rows[row].record.id

    def retranslate(self) -> None:
        """Headers and group names again, after the interface language changed."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, COLUMN_COUNT - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # --- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Here"),
            self.tr("Last name"),
            self.tr("First name"),
            self.tr("Organisation"),
            self.tr("Stakeholder group"),
            self.tr("E-mail"),
            self.tr("Registration"),
        ][section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        record, column = row.record, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ID_ROLE:
            return record.id
        if role == RECORD_ROLE:
            return record
        if role == PRESENT_ROLE:
            return row.check_in is not None
        if role == Qt.ItemDataRole.BackgroundRole and row.check_in is not None:
            return QBrush(_PRESENT_BG)
        if role == Qt.ItemDataRole.FontRole and column == COL_HERE and row.check_in:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == COL_HERE:
            return self.tr("Checked in") if row.check_in else self.tr("Not checked in")
        return None

    def _display(self, row: Row, column: int) -> str:
        record = row.record
        if column == COL_HERE:
            if row.check_in is None:
                return ""
            time = QLocale().toString(
                row.check_in.checked_in_at.time(), QLocale.FormatType.ShortFormat
            )
            return f"\u2713 {time}"
        if column == COL_LAST:
            return record.last_name
        if column == COL_FIRST:
            return record.first_name
        if column == COL_ORG:
            return record.organisation
        if column == COL_GROUP:
            return label(record.stakeholder_group)
        if column == COL_EMAIL:
            return record.email
        if column == COL_KIND:
            return self.tr("Walk-in") if record.walk_in else self.tr("Pre-registered")
        return ""

    def _tooltip(self, row: Row) -> str:
        record = row.record
        lines = [record.name]
        if record.role or record.organisation:
            lines.append(", ".join(p for p in (record.role, record.organisation) if p))
        if record.phone:
            lines.append(record.phone)
        if record.notes:
            lines.append(record.notes)
        if row.check_in is not None:
            when = QLocale().toString(
                row.check_in.checked_in_at.time(), QLocale.FormatType.ShortFormat
            )
            how = label(row.check_in.method)
            lines.append(self.tr("Checked in at {time} ({method})").format(time=when, method=how))
        return "\n".join(lines)

    # --- sorting in Python (fast for 10,000 rows) -----------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        old_ids = [r.record.id for r in self._rows]
        self._sort = (column, order)
        self._apply_sort()
        self._apply_query()
        persistent = self.persistentIndexList()
        new_indexes = []
        for index in persistent:
            pid = old_ids[index.row()] if 0 <= index.row() < len(old_ids) else None
            new_row = self._row_of.get(pid, -1) if pid is not None else -1
            new_indexes.append(
                self.index(new_row, index.column()) if new_row >= 0 else QModelIndex()
            )
        self.changePersistentIndexList(persistent, new_indexes)
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort

        def key(row: Row) -> tuple:  # type: ignore[type-arg]
            record = row.record
            base = sort_key(record)
            if column == COL_HERE:
                at = row.check_in.checked_in_at if row.check_in else dt.datetime.max
                return (at, base)
            if column == COL_FIRST:
                return (base[1], base[0])
            if column == COL_ORG:
                return (base[2], base)
            if column == COL_GROUP:
                return (fold(label(record.stakeholder_group)), base)
            if column == COL_EMAIL:
                return (record.email.casefold(), base)
            if column == COL_KIND:
                return (record.walk_in, base)
            return base

        self._all.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
