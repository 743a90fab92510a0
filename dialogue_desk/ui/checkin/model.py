"""The participant list of the Check-in tab: a table model that sorts, filters and ranks itself.

The door search must keep up with typing over 5,000 people within a frame. A
QSortFilterProxyModel calls ``filterAcceptsRow`` (Python) once per row per keystroke. Here the
model keeps every row sorted in one Python sort, and a keystroke ranks only the rows the list
shows (``services/checkin/door_search.py``: matches found at C speed, typing on narrows a
complete result; a name that starts with the letters first, people not yet here before those
already in); the rest is ranked when the list is scrolled to its end (``fetchMore``). The
index of rows by participant id is built once per reload and the id-to-row map of the shown
rows only when asked for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPen, QPixmap

from dialogue_desk.services.checkin import (
    CheckInRecord,
    DoorList,
    DoorPeople,
    ParticipantRecord,
    RankedRows,
    rank_rows,
    sort_key,
)
from dialogue_desk.services.labels import label
from dialogue_desk.services.text import fold, fold_loose
from dialogue_desk.ui.checkin.rows import Row

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
_ROLES = frozenset(
    int(r)
    for r in (
        Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole, ID_ROLE, RECORD_ROLE, PRESENT_ROLE,
    )
)  # fmt: skip


def _words(query: str) -> list[tuple[str, str]]:
    return [(fold(w), fold_loose(w)) for w in query.split()]


def _narrows(old: str, new: str) -> bool:
    """Whether everyone matching ``new`` also matches ``old`` (so the search can narrow)."""
    before, after = _words(old), _words(new)
    if not before or len(after) < len(before):
        return False
    pairs = zip(before, after[: len(before)], strict=True)
    return all(s0 in s1 and l0 in l1 for (s0, l0), (s1, l1) in pairs)


def walk_in_icon(size: int = 16) -> QIcon:
    """The sign of a walk-in in the Registration column: a dark badge with a plus (not colour)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#7a3e00"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 3, 3)
    painter.setPen(QPen(QColor("white"), max(2.0, size / 7)))
    middle = size / 2
    painter.drawLine(QPointF(middle, size * 0.22), QPointF(middle, size * 0.78))
    painter.drawLine(QPointF(size * 0.22, middle), QPointF(size * 0.78, middle))
    painter.end()
    return QIcon(pixmap)


class ParticipantTableModel(QAbstractTableModel):
    """Everyone registered for the event, with their check-in on the day shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: Everyone, in the current sort order.
        self._all: list[Row] = []
        #: Everyone by participant id (built once per reload).
        self._by_id: dict[int, Row] = {}
        #: The rows shown: everyone, or the matches ranked best first.
        self._rows: list[Row] = []
        self._row_of: dict[int, int] | None = None
        #: The id-to-row map of everyone (the list shown after each arrival), kept until the
        #: order or the people change.
        self._all_row_of: dict[int, int] | None = None
        self._query = ""
        self._sort = (COL_LAST, Qt.SortOrder.AscendingOrder)
        self._walk_in_icon: QIcon | None = None

    # --- filling --------------------------------------------------------------------------

    def set_rows(
        self, records: Sequence[ParticipantRecord], present: dict[int, CheckInRecord],
        *, in_name_order: bool = False,
    ) -> None:  # fmt: skip
        """Show ``records``; ``in_name_order`` when they come in the one participant order
        (as ``list_participants`` and the door's plain read give them), so the default sort
        by last name has nothing to do (a second sort of 20,000 names costs 0.1 s)."""
        self.beginResetModel()
        if isinstance(records, DoorPeople):
            self._all = DoorList(Row.of_door(records, present))
        else:
            self._all = DoorList(Row(r, present.get(r.id)) for r in records)
        self._by_id = {row.id: row for row in self._all}
        self._all_row_of = None
        if not in_name_order or self._sort != (COL_LAST, Qt.SortOrder.AscendingOrder):
            self._apply_sort()
        self._apply_query(narrow=False)
        self.endResetModel()

    @property
    def query(self) -> str:
        return self._query

    def set_query(self, query: str) -> None:
        """Show only the people matching ``query`` (all words, any part, any spelling), ranked."""
        narrow = _narrows(self._query, query)
        self.beginResetModel()
        self._query = query
        self._apply_query(narrow=narrow)
        self.endResetModel()

    def _apply_query(self, *, narrow: bool) -> None:
        self._row_of = None
        # Ranked lazily (services/checkin/search.py): a keystroke ranks only what is shown,
        # and the list asks for more when scrolled to its end (fetchMore).
        previous = self._rows if narrow else None
        self._rows = rank_rows(self._all, self._query, previous)  # type: ignore[assignment]

    def plausible(self) -> int:
        """How many of the shown matches are plausible for Enter (0 with no query)."""
        if not self._query.strip() or not self._rows:
            return 0
        rows = self._rows  # with a query typed, always the ranked matches
        return rows.plausible() if isinstance(rows, RankedRows) else 0

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        rows = self._rows
        return not parent.isValid() and isinstance(rows, RankedRows) and not rows.complete

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        """Rank and show the next matches (the list was scrolled to its end)."""
        rows = self._rows
        if parent.isValid() or not isinstance(rows, RankedRows):
            return
        shown = len(rows)
        more = rows.prepare()
        if more > shown:
            self.beginInsertRows(QModelIndex(), shown, more - 1)
            rows.show(more)
            self._row_of = None
            self.endInsertRows()

    def ranked(self) -> bool:
        """Whether the rows shown are ranked matches (a query is typed) rather than everyone."""
        return self._rows is not self._all

    def total(self) -> int:
        return len(self._all)

    def all_records(self) -> list[ParticipantRecord]:
        return [r.record for r in self._all]

    def set_check_in(self, participant_id: int, check_in: CheckInRecord | None) -> None:
        """Show a check-in made (or taken back): one row changes, nothing is read again."""
        found = self._by_id.get(participant_id)
        if found is None:
            return
        found.check_in = check_in
        row = self.row_of(participant_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    def row_of(self, participant_id: int) -> int | None:
        if self._row_of is None:
            if self._rows is self._all and self._all_row_of is not None:
                self._row_of = self._all_row_of  # everyone shown: the map made at reload
            else:
                self._row_of = {r.id: i for i, r in enumerate(self._rows)}
                if self._rows is self._all:
                    self._all_row_of = self._row_of
        return self._row_of.get(participant_id)

    def record_of(self, participant_id: int) -> ParticipantRecord | None:
        """The record of anyone on the list, shown or not."""
        found = self._by_id.get(participant_id)
        return found.record if found is not None else None

    def check_in_of(self, participant_id: int) -> CheckInRecord | None:
        """The check-in of anyone on the list on the shown day, shown or not."""
        found = self._by_id.get(participant_id)
        return found.check_in if found is not None else None

    def record_at(self, row: int) -> ParticipantRecord:
        return self._rows[row].record

    def check_in_at(self, row: int) -> CheckInRecord | None:
        return self._rows[row].check_in

    def id_at(self, row: int) -> int:
        return self._rows[row].id

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
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section == COL_KIND and role in (
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self.tr("Registration: walk-ins are marked with a plus sign")
        if section == COL_KIND and role == Qt.ItemDataRole.DecorationRole:
            return self._icon()
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Here"),
            self.tr("Last name"),
            self.tr("First name"),
            self.tr("Organisation"),
            self.tr("Stakeholder group"),
            self.tr("E-mail"),
            "",
        ][section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Painting asks for a dozen roles per cell; answer the unused ones at once.
        if role not in _ROLES or not index.isValid():
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
        if role == Qt.ItemDataRole.DecorationRole and column == COL_KIND and record.walk_in:
            return self._icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == COL_HERE:
            return self.tr("Checked in") if row.check_in else self.tr("Not checked in")
        if role == Qt.ItemDataRole.AccessibleTextRole and column == COL_KIND:
            return self._kind(record)
        return None

    def _icon(self) -> QIcon:
        if self._walk_in_icon is None:
            self._walk_in_icon = walk_in_icon()
        return self._walk_in_icon

    def _kind(self, record: ParticipantRecord) -> str:
        return self.tr("Walk-in") if record.walk_in else self.tr("Pre-registered")

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
        return ""

    def _tooltip(self, row: Row) -> str:
        record = row.record
        lines = [record.name, self._kind(record)]
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
        old_ids = [r.id for r in self._rows]
        self._sort = (column, order)
        self._all_row_of = None
        self._apply_sort()
        self._apply_query(narrow=False)
        self.row_of(0)
        assert self._row_of is not None
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
