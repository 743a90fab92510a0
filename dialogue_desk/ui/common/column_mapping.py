"""The column mapping of every spreadsheet import: each column of the file, what it is read as.

One row per column: its header, a combo box of the fields (or "not imported") and its first
values, so the user can tell what a column holds. ``mapping()`` gives column -> field, the first
column chosen for a field winning; ``changed`` is emitted whenever a choice changes.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from dialogue_desk.exchange.tabular import Table

#: How many rows the "First values" column samples.
SAMPLE_ROWS = 4


class ColumnMapping(QTableWidget):
    """Column in the file | Imported as | First values; ``boxes[column]`` is the combo box.

    Its strings keep the context "ImportDialog" of the registration import, where it began.
    """

    changed = Signal()

    def __init__(
        self,
        table: Table,
        fields: Mapping[str, str],
        detected: Mapping[int, str],
        parent: QWidget | None = None,
        *,
        object_name: str = "importMapping",
        box_name: str = "importColumn{column}",
    ) -> None:
        """``fields``: field -> its (translated) label, in menu order; ``detected``: the
        mapping recognised from the headers, shown first."""
        super().__init__(0, 3, parent)
        self.setObjectName(object_name)
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportDialog", "Column in the file"),
                QCoreApplication.translate("ImportDialog", "Imported as"),
                QCoreApplication.translate("ImportDialog", "First values"),
            ]
        )
        self.verticalHeader().hide()
        self.setAccessibleName(QCoreApplication.translate("ImportDialog", "Column mapping"))
        self.setRowCount(len(table.headers))
        self.boxes: list[QComboBox] = []
        for column, header in enumerate(table.headers):
            name = QTableWidgetItem(
                header
                or QCoreApplication.translate(
                    "ImportDialog", "(column {number} without a header)"
                ).format(number=column + 1)
            )
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.setItem(column, 0, name)
            box = QComboBox(objectName=box_name.format(column=column))
            box.setAccessibleName(
                QCoreApplication.translate("ImportDialog", "Import column {column} as").format(
                    column=header
                )
            )
            box.addItem(QCoreApplication.translate("ImportDialog", "(not imported)"), "")
            for field, label in fields.items():
                box.addItem(label, field)
            box.setCurrentIndex(max(0, box.findData(detected.get(column, ""))))
            box.currentIndexChanged.connect(self._mark_columns)
            box.currentIndexChanged.connect(self.changed)
            self.setCellWidget(column, 1, box)
            self.boxes.append(box)
            samples = [
                values[column]
                for _, values in table.rows[:SAMPLE_ROWS]
                if column < len(values) and values[column]
            ]
            sample = QTableWidgetItem(" \u00b7 ".join(samples))
            sample.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.setItem(column, 2, sample)
        self._mark_columns()
        self.resizeColumnsToContents()
        self.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def _mark_columns(self) -> None:
        """Grey out the columns that are not imported, so the ignored ones stand out."""
        ignored = QCoreApplication.translate(
            "ImportDialog", "Not recognised: this column is not imported unless you choose a field."
        )
        for column, box in enumerate(self.boxes):
            item = self.item(column, 0)
            if item is None:
                continue
            chosen = bool(box.currentData())
            font = item.font()
            font.setItalic(not chosen)
            item.setFont(font)
            item.setForeground(self.palette().text() if chosen else self.palette().mid())
            item.setToolTip("" if chosen else ignored)

    def mapping(self) -> dict[int, str]:
        """Column -> field of every imported column; a field chosen twice counts once."""
        mapping: dict[int, str] = {}
        for column, box in enumerate(self.boxes):
            field = box.currentData()
            if field and field not in mapping.values():
                mapping[column] = field
        return mapping
