"""Item models of the Notes tab: agenda sections, notes of a section, action items."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap

from dialogue_desk.services.labels import label
from dialogue_desk.services.notes import NoteRecord, Section, section_title
from dialogue_desk.store.enums import ActionStatus, NoteKind
from dialogue_desk.ui.common.record_table_model import RecordTableModel

Index = QModelIndex | QPersistentModelIndex

#: Role giving the record (Section or NoteRecord) of a row.
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

#: How much of a note a list row shows; the editor and the tooltip show more.
PREVIEW_CHARS = 400
TOOLTIP_CHARS = 1500

NOTE_HEADERS = (
    QT_TRANSLATE_NOOP("NotesModels", "Time"),
    QT_TRANSLATE_NOOP("NotesModels", "Kind"),
    QT_TRANSLATE_NOOP("NotesModels", "Note"),
    QT_TRANSLATE_NOOP("NotesModels", "Said by"),
    QT_TRANSLATE_NOOP("NotesModels", "Agenda item"),
)
ACTION_HEADERS = (
    QT_TRANSLATE_NOOP("NotesModels", "Action"),
    QT_TRANSLATE_NOOP("NotesModels", "Owner"),
    QT_TRANSLATE_NOOP("NotesModels", "Organisation"),
    QT_TRANSLATE_NOOP("NotesModels", "Due"),
    QT_TRANSLATE_NOOP("NotesModels", "Status"),
    QT_TRANSLATE_NOOP("NotesModels", "Agenda item"),
)

KIND_COLOURS = {
    NoteKind.NOTE: "#8a8f98",
    NoteKind.KEY_POINT: "#2f6fdd",
    NoteKind.DECISION: "#d98a00",
    NoteKind.ACTION_ITEM: "#c23b3b",
    NoteKind.QUESTION: "#7b4fc9",
    NoteKind.QUOTE: "#1f9a72",
}
_ICONS: dict[NoteKind, QIcon] = {}
HELD_FOREGROUND = QColor("#595959")


def kind_icon(kind: NoteKind) -> QIcon:
    """A small coloured dot telling the kinds apart at a glance (in any theme)."""
    if kind not in _ICONS:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor(KIND_COLOURS[kind]))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        _ICONS[kind] = QIcon(pixmap)
    return _ICONS[kind]


def preview(text: str, limit: int = PREVIEW_CHARS) -> str:
    """The start of a note for a list row: as typed (no markup), cut with an ellipsis."""
    text = text.strip()
    return text if len(text) <= limit else text[:limit].rstrip() + "\u2026"


def plain_tooltip(text: str) -> str:
    """A tooltip showing ``text`` as typed: Qt would render "<b>…" in a tooltip as markup."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"


class SectionsModel(QAbstractListModel):
    """General and the agenda items of the event, the running one marked."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.sections: list[Section] = []
        self.multi_day = False

    def set_sections(self, sections: list[Section]) -> None:
        self.beginResetModel()
        self.sections = sections
        self.multi_day = len({s.day for s in sections if s.day is not None}) > 1
        self.endResetModel()

    def row_of(self, section_id: int | None) -> int:
        for row, section in enumerate(self.sections):
            if section.id == section_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.sections)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        section = self.sections[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            title = section_title(section)
            if section.start_time is not None:
                when = section.start_time.strftime("%H:%M")
                if self.multi_day and section.day is not None:
                    when = f"{_day_name(section.day)} {when}"
                title = f"{when}  {title}"
            if section.running:
                title = f"\u25b6 {title}"
            elif section.held:
                title = f"\u2713 {title}"  # held: said by a mark, not by a pale colour alone
            return f"{title}  ({section.note_count})" if section.note_count else title
        if role == Qt.ItemDataRole.ForegroundRole and section.held and not section.running:
            # Items already held step back a little, still readable (7:1 on white, WCAG AA).
            return QBrush(HELD_FOREGROUND)
        if role == Qt.ItemDataRole.FontRole and (section.running or section.id is None):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = section_title(section)
            if section.running:
                tip += "\n" + QCoreApplication.translate(
                    "NotesModels", "Running now: new notes go here."
                )
            return plain_tooltip(tip)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == RECORD_ROLE:
            return section
        return None


def _day_name(day: dt.date) -> str:
    from PySide6.QtCore import QDate, QLocale

    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d.M.")


class NotesModel(RecordTableModel):
    """Notes of one section (or search results across the event), newest last."""

    TIME, KIND, TEXT, AUTHOR, SECTION = range(5)
    HEADERS = NOTE_HEADERS
    HEADER_CONTEXT = "NotesModels"
    records: list[NoteRecord]

    def replace(self, record: NoteRecord) -> None:
        """Show a note's new state in place (autosave of the note being typed)."""
        for row, old in enumerate(self.records):
            if old.id == record.id:
                self.records[row] = record
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.SECTION))
                return

    def row_of(self, note_id: int) -> int:
        for row, record in enumerate(self.records):
            if record.id == note_id:
                return row
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.records[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.TIME:
                return record.created_at.strftime("%H:%M")
            if column == self.KIND:
                return label(record.kind)
            if column == self.TEXT:
                return _note_line(record)
            if column == self.AUTHOR:
                return record.author
            return section_title(record)
        if role == Qt.ItemDataRole.DecorationRole and column == self.KIND:
            return kind_icon(record.kind)
        if role == Qt.ItemDataRole.FontRole and record.kind in (
            NoteKind.DECISION,
            NoteKind.ACTION_ITEM,
        ):
            font = QFont()
            font.setBold(column in (self.KIND, self.TEXT))
            if record.status is ActionStatus.DONE and column == self.TEXT:
                font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return plain_tooltip(preview(record.text, TOOLTIP_CHARS))
        if role == RECORD_ROLE:
            return record
        return None


def _note_line(record: NoteRecord) -> str:
    text = preview(record.text)
    if record.is_action_item:
        details = [d for d in (record.owner, record.organisation) if d]
        if record.due_date is not None:
            details.append(
                QCoreApplication.translate("NotesModels", "due {date}").format(
                    date=_date_text(record.due_date)
                )
            )
        if record.status is ActionStatus.DONE:
            details.append(label(ActionStatus.DONE))
        if details:
            text += "\n\u2192 " + ", ".join(details)
    return text


def _date_text(day: dt.date) -> str:
    from PySide6.QtCore import QDate, QLocale

    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


class ActionItemsModel(RecordTableModel):
    """All action items of the event, for the overview table."""

    TEXT, OWNER, ORGANISATION, DUE, STATUS, SECTION = range(6)
    HEADERS = ACTION_HEADERS
    HEADER_CONTEXT = "NotesModels"
    records: list[NoteRecord]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.records[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.TEXT:
                return preview(record.text, 200)
            if column == self.OWNER:
                return record.owner
            if column == self.ORGANISATION:
                return record.organisation
            if column == self.DUE:
                return _date_text(record.due_date) if record.due_date else ""
            if column == self.STATUS:
                return label(record.status or ActionStatus.OPEN)
            return section_title(record)
        if role == SORT_ROLE:
            if column == self.DUE:
                # Items without a due date sort after every dated one.
                return record.due_date.isoformat() if record.due_date else "9999"
            if column == self.STATUS:
                return 1 if record.status is ActionStatus.DONE else 0
            if column == self.SECTION:
                return (
                    f"{record.agenda_item_day or ''} {record.agenda_item_start or ''} "
                    f"{record.position:06d}"
                )
            return (self.data(index) or "").casefold()
        if role == Qt.ItemDataRole.ForegroundRole and column == self.DUE and _overdue(record):
            return QColor("#c23b3b")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DUE and _overdue(record):
            return QCoreApplication.translate("NotesModels", "Overdue")
        if role == Qt.ItemDataRole.CheckStateRole and column == self.STATUS:
            done = record.status is ActionStatus.DONE
            return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and column == self.TEXT:
            font = QFont()
            font.setStrikeOut(record.status is ActionStatus.DONE)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return plain_tooltip(preview(record.text, TOOLTIP_CHARS))
        if role == RECORD_ROLE:
            return record
        return None


def _overdue(record: NoteRecord) -> bool:
    return (
        record.due_date is not None
        and record.status is not ActionStatus.DONE
        and record.due_date < dt.date.today()
    )


class ActionItemsProxy(QSortFilterProxyModel):
    """Sorts by the sort role (dates as dates, status open first) and can hide done items."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.open_only = False

    def set_open_only(self, open_only: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
            self.open_only = open_only
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.open_only = open_only
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.open_only:
            return True
        model = self.sourceModel()
        record = model.data(model.index(source_row, 0, source_parent), RECORD_ROLE)
        return record is None or record.status is not ActionStatus.DONE
