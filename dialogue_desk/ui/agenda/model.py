"""The table model of one day of the agenda: planned, actual and expected times, problems."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from dialogue_desk.services.agenda import AgendaItemRecord, ItemProblem
from dialogue_desk.services.errors import ServiceError
from dialogue_desk.ui.agenda.cells import edited_data, plan_tooltip
from dialogue_desk.ui.agenda.formats import day_text, kind_label, qtime, time_text

(START, END, MINUTES, TITLE, KIND, FACILITATORS, ROOM, PINNED, ACTUAL, EXPECTED, PUBLISHED) = range(
    11
)
COLUMN_COUNT = 11
MIME_TYPE = "application/x-dialogue-desk-agenda-item"
ItemRole = Qt.ItemDataRole.UserRole + 1

RUNNING_BACKGROUND = QColor("#d7f5dd")
OVERRUN_BACKGROUND = QColor("#ffd9c2")
PROBLEM_BACKGROUND = QColor("#ffe3e3")
DONE_FOREGROUND = QColor("#6b6b6b")
LATE_FOREGROUND = QColor("#b3261e")

Index = QModelIndex | QPersistentModelIndex


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
        self.squeezed: dict[int, int] = {}
        self.overrun = False
        #: A closed event: nothing can be edited or dragged.
        self.read_only = False

    def set_items(
        self, items: list[AgendaItemRecord], problems: dict[int, list[ItemProblem]]
    ) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.problems = problems
        self.endResetModel()

    def set_live(
        self,
        expected: dict[int, dt.datetime],
        late: set[int],
        overrun: bool,
        squeezed: dict[int, int] | None = None,
    ) -> None:
        """New expected start times (``late``: the ids expected later than planned; ``squeezed``:
        fixed items the day runs into) and overrun state, every second while live."""
        squeezed = squeezed or {}
        if expected == self.expected and overrun == self.overrun and squeezed == self.squeezed:
            return
        self.expected, self.late, self.overrun = expected, late, overrun
        self.squeezed = squeezed
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
        if role == Qt.ItemDataRole.ToolTipRole and section == PUBLISHED:
            return QCoreApplication.translate(
                "AgendaTableModel",
                "The times in the published plan (the printed programme). Edits change the "
                "expected times, never these.",
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        if self.read_only:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == PINNED:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif index.column() not in (ACTUAL, EXPECTED, PUBLISHED):
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
            return self._tooltip(item, column)
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
            PUBLISHED,
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
            return self._expected_text(item)
        if column == PUBLISHED:
            return self._published_text(item)
        return None

    def _expected_text(self, item: AgendaItemRecord) -> str:
        # The text says what the colour says: "+13" for late, a warning for a squeezed fixed item.
        expected = self.expected.get(item.id)
        if expected is None:
            return ""
        text = time_text(expected)
        if item.id in self.squeezed:
            return f"{text} \u26a0"
        if item.id in self.late:
            late = int((expected - dt.datetime.combine(expected.date(), item.start_time))
                        .total_seconds()) // 60  # fmt: skip
            return f"{text} (+{late})"
        return text

    def _published_text(self, item: AgendaItemRecord) -> str:
        if not item.published or item.baseline_start is None or item.baseline_end is None:
            return QCoreApplication.translate("AgendaTableModel", "added") if self.published else ""
        text = f"{time_text(item.baseline_start)}\u2013{time_text(item.baseline_end)}"
        if item.baseline_day != item.day and item.baseline_day is not None:
            text = f"{day_text(item.baseline_day)} {text}"
        return text

    @property
    def published(self) -> bool:
        """Is the plan of the day's items published (some item has a baseline)?"""
        return any(i.published for i in self.items)

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

    def _tooltip(self, item: AgendaItemRecord, column: int) -> str | None:
        lines = [p.message for p in self.problems.get(item.id, [])]
        if column == EXPECTED and item.id in self.squeezed:
            lines.append(
                QCoreApplication.translate(
                    "AgendaTableModel",
                    "Fixed time: the items before it run %n min into it. Shorten them to keep "
                    "this time.",
                    "",
                    self.squeezed[item.id],
                )
            )
        if column == PUBLISHED:
            lines.append(plan_tooltip(item))
        if item.description:
            lines.append(item.description)
        return "\n".join(lines) or None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.item(index.row())
        if item is None:
            return False
        try:
            data = edited_data(item, index.column(), value, role)
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
        QCoreApplication.translate("AgendaTableModel", "Published"),
    ]
    return names[section] if 0 <= section < len(names) else ""
