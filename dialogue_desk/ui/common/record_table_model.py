"""A table of records with its columns declared once, for the plain item models of the tabs.

A subclass names its columns in ``HEADERS`` (marked for lupdate with ``QT_TRANSLATE_NOOP`` in
``HEADER_CONTEXT``) and answers ``data``; rows, columns, headers and resetting are here. The
door's and the agenda's models are not built on it: they keep rows their own way for speed
(5,000 people at the door) and for drag and drop.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    """Rows are ``records`` (frozen records from a service); columns are ``HEADERS``."""

    #: One header per column, in the translation context ``HEADER_CONTEXT``.
    HEADERS: tuple[str, ...] = ()
    HEADER_CONTEXT = ""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.records: list[Any] = []

    def set_records(self, records: Iterable[Any]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def record(self, row: int) -> Any | None:
        return self.records[row] if 0 <= row < len(self.records) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.HEADERS):
            return None
        return QCoreApplication.translate(self.HEADER_CONTEXT, self.HEADERS[section])
