"""The table model of one day of the agenda: planned, actual and expected times, problems."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QDate,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from dialogue_desk.services.agenda import AgendaItemData, AgendaItemRecord, ItemProblem
from dialogue_desk.services.errors import ServiceError
from dialogue_desk.services.labels import label
from dialogue_desk.store.enums import AgendaKind

(START, END, MINUTES, TITLE, KIND, FACILITATORS, ROOM, PINNED, ACTUAL, EXPECTED) = range(10)
COLUMN_COUNT = 10
MIME_TYPE = "application/x-dialogue-desk-agenda-item"
ItemRole = Qt.ItemDataRole.UserRole + 1

RUNNING_BACKGROUND = QColor("#d7f5dd")
OVERRUN_BACKGROUND = QColor("#ffd9c2")
PROBLEM_BACKGROUND = QColor("#ffe3e3")
DONE_FOREGROUND = QColor("#6b6b6b")
LATE_FOREGROUND = QColor("#b3261e")

Index = QModelIndex | QPersistentModelIndex


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


class AgendaTableModel(QAbstractTableModel):
    """One day's items. Edits are not applied here: they are asked for with ``edit_requested``
    (item id, new data) and ``move_requested`` (item id, new row) so the tab can make them
    undoable commands, and the model is refilled with ``set_items``."""

    edit_requested = Signal(int, object)
    move_requested = Signal(int, int)
    edit_refused = Signal(str)

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.items: list[AgendaItemRecord] = []
        self.problems: dict[int, list[ItemProblem]] = {}
        self.expected: dict[int, dt.datetime] = {}
        self.late: set[int] = set()
        self.overrun = False

    def set_items(
        self, items: list[AgendaItemRecord], problems: dict[int, list[ItemProblem]]
    ) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.problems = problems
        self.endResetModel()

    def set_live(self, expected: dict[int, dt.datetime], late: set[int], overrun: bool) -> None:
        """New expected start times (``late``: the ids expected later than planned) and overrun
        state, every second while live."""
        if expected == self.expected and overrun == self.overrun:
            return
        self.expected, self.late, self.overrun = expected, late, overrun
        if self.items:
            last = self.rowCount() - 1
            self.dataChanged.emit(self.index(0, 0), self.index(last, COLUMN_COUNT - 1))

    def item(self, row: int) -> AgendaItemRecord | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def row_of(self, item_id: int) -> int:
        return next((r for r, i in enumerate(self.items) if i.id == item_id), -1)

    # --- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _header(section)
        if role == Qt.ItemDataRole.ToolTipRole and section == PINNED:
            return QCoreApplication.translate(
                "AgendaTableModel", "A fixed item keeps its time when earlier items change length."
            )
        if role == Qt.ItemDataRole.ToolTipRole and section == EXPECTED:
            return QCoreApplication.translate(
                "AgendaTableModel",
                "When the item is expected to start, given how the day is running.",
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        if index.column() == PINNED:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif index.column() not in (ACTUAL, EXPECTED):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        item = self.item(index.row())
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(item, column)
        if role == ItemRole:
            return item
        if role == Qt.ItemDataRole.CheckStateRole and column == PINNED:
            return Qt.CheckState.Checked if item.pinned else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == Qt.ItemDataRole.DecorationRole and column == TITLE and item.id in self.problems:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.BackgroundRole:
            if item.running:
                return QBrush(OVERRUN_BACKGROUND if self.overrun else RUNNING_BACKGROUND)
            if item.id in self.problems and column in (START, END, TITLE):
                return QBrush(PROBLEM_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == EXPECTED and item.id in self.late:
                return QBrush(LATE_FOREGROUND)
            if item.done:
                return QBrush(DONE_FOREGROUND)
        if role == Qt.ItemDataRole.FontRole and item.running:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            START,
            END,
            MINUTES,
            ACTUAL,
            EXPECTED,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{_header(column)}: {self._display(item, column) or ''}"
        return None

    def _display(self, item: AgendaItemRecord, column: int) -> str | None:
        if column == START:
            return time_text(item.start_time)
        if column == END:
            return time_text(item.end_time)
        if column == MINUTES:
            return str(item.minutes)
        if column == TITLE:
            return item.title
        if column == KIND:
            return kind_label(item.kind)
        if column == FACILITATORS:
            return item.facilitators
        if column == ROOM:
            return item.room
        if column == ACTUAL:
            if item.actual_start is None:
                return ""
            if item.actual_end is None:
                return f"{time_text(item.actual_start)} \u2192"
            return f"{time_text(item.actual_start)}\u2013{time_text(item.actual_end)}"
        if column == EXPECTED:
            return time_text(self.expected.get(item.id))
        return None

    def _edit_value(self, item: AgendaItemRecord, column: int) -> object:
        if column == START:
            return qtime(item.start_time)
        if column == END:
            return qtime(item.end_time)
        if column == MINUTES:
            return item.minutes
        if column == KIND:
            return item.kind.value
        return self._display(item, column)

    def _tooltip(self, item: AgendaItemRecord) -> str | None:
        lines = [p.message for p in self.problems.get(item.id, [])]
        if item.description:
            lines.append(item.description)
        return "\n".join(lines) or None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.item(index.row())
        if item is None:
            return False
        try:
            data = _edited(item, index.column(), value, role)
        except ServiceError as error:
            self.edit_refused.emit(str(error))
            return False
        if data is None or data == item.data():
            return False
        self.edit_requested.emit(item.id, data)
        return True

    # --- drag and drop within the day -----------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes})
        if rows and (item := self.item(rows[0])) is not None:
            mime.setData(MIME_TYPE, QByteArray(str(item.id).encode()))
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(MIME_TYPE)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not data.hasFormat(MIME_TYPE):
            return False
        try:
            item_id = int(bytes(data.data(MIME_TYPE).data()).decode())
        except ValueError:
            return False
        source = self.row_of(item_id)
        if source < 0:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.items)
            target = row
        else:
            target = row - 1 if row > source else row
        target = max(0, min(target, len(self.items) - 1))
        if target != source:
            # After the drop has finished: the move resets this model.
            QTimer.singleShot(0, lambda: self.move_requested.emit(item_id, target))
        # The move is made by the tab; the view must not remove the dragged row itself.
        return False


def _edited(item: AgendaItemRecord, column: int, value: object, role: int) -> AgendaItemData | None:
    from dialogue_desk.services.agenda import add_minutes

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


def _header(section: int) -> str:
    names = [
        QCoreApplication.translate("AgendaTableModel", "Start"),
        QCoreApplication.translate("AgendaTableModel", "End"),
        QCoreApplication.translate("AgendaTableModel", "Min"),
        QCoreApplication.translate("AgendaTableModel", "Title"),
        QCoreApplication.translate("AgendaTableModel", "Kind"),
        QCoreApplication.translate("AgendaTableModel", "Facilitator(s)"),
        QCoreApplication.translate("AgendaTableModel", "Room"),
        QCoreApplication.translate("AgendaTableModel", "Fixed"),
        QCoreApplication.translate("AgendaTableModel", "Actual"),
        QCoreApplication.translate("AgendaTableModel", "Expected"),
    ]
    return names[section] if 0 <= section < len(names) else ""
