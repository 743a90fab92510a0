"""Import an agenda spreadsheet: column mapping, preview of every row, dates, then import."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialogue_desk.exchange.agenda_sheet import (
    FIELD_LABELS,
    SYNONYMS,
    AgendaPreview,
    outside_days,
    preview_table,
)
from dialogue_desk.exchange.tabular import Table, match_headers
from dialogue_desk.services.events import EventRecord
from dialogue_desk.ui.agenda.model import day_text, kind_label, time_text
from dialogue_desk.ui.common.form_parts import ERROR_STYLE

BAD_ROW = QColor("#ffe3e3")


class ImportAgendaDialog(QDialog):
    """Shows what an import would do; accepted only when every row is sound."""

    def __init__(
        self, parent: QWidget | None, table: Table, event: EventRecord, existing: int
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importAgendaDialog")
        self.setWindowTitle(self.tr("Import agenda \u2014 %1").replace("%1", table.path.name))
        self.resize(980, 620)
        self._table, self._event = table, event
        self.mapping = match_headers(table.headers, SYNONYMS)

        mapping_box = QGroupBox(self.tr("Columns of the file"))
        grid = QGridLayout(mapping_box)
        self.field_boxes: list[QComboBox] = []
        for column, header in enumerate(table.headers):
            combo = QComboBox(objectName=f"importColumn{column}")
            combo.setAccessibleName(self.tr("Use column \u201c%1\u201d as").replace("%1", header))
            combo.addItem(self.tr("(not imported)"), "")
            for name, text in FIELD_LABELS.items():
                combo.addItem(QCoreApplication.translate("AgendaImport", text), name)
            combo.setCurrentIndex(max(0, combo.findData(self.mapping.get(column, ""))))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.field_boxes.append(combo)
            row, col = divmod(column, 4)
            grid.addWidget(QLabel(header or self.tr("(no header)")), row, col * 2)
            grid.addWidget(combo, row, col * 2 + 1)

        self.rows = QTableWidget(objectName="importPreview")
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows.verticalHeader().hide()
        self.rows.setAccessibleName(self.tr("Rows to import"))

        self.dates_box = QGroupBox(self.tr("Dates"))
        self.move_dates = QRadioButton(objectName="importMoveDates")
        self.keep_dates = QRadioButton(objectName="importKeepDates")
        self.move_dates.setChecked(True)
        dates = QVBoxLayout(self.dates_box)
        self.dates_note = QLabel(wordWrap=True)
        dates.addWidget(self.dates_note)
        dates.addWidget(self.move_dates)
        dates.addWidget(self.keep_dates)
        self.replace = QCheckBox(objectName="importReplace")
        self.replace.setText(
            self.tr(
                "&Replace the current agenda (%n item(s)) instead of adding to it", "", existing
            )
        )
        self.replace.setVisible(existing > 0)
        self.summary = QLabel(objectName="importSummary", wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importAgendaButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(mapping_box)
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.dates_box)
        layout.addWidget(self.replace)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.preview: AgendaPreview = self._make_preview()
        self._show_preview()

    def _make_preview(self) -> AgendaPreview:
        return preview_table(self._table, self.mapping, self._event.start_date)

    def _mapping_changed(self) -> None:
        mapping: dict[int, str] = {}
        taken: set[str] = set()
        for column, combo in enumerate(self.field_boxes):
            name = combo.currentData()
            if name and name not in taken:
                mapping[column] = name
                taken.add(name)
        self.mapping = mapping
        self.preview = self._make_preview()
        self._show_preview()

    def _show_preview(self) -> None:
        preview = self.preview
        headers = [
            self.tr("Row"),
            self.tr("Date"),
            self.tr("Start"),
            self.tr("End"),
            self.tr("Title"),
            self.tr("Kind"),
            self.tr("Facilitator(s)"),
            self.tr("Room"),
            self.tr("Problems"),
        ]
        self.rows.clear()
        self.rows.setColumnCount(len(headers))
        self.rows.setHorizontalHeaderLabels(headers)
        self.rows.setRowCount(len(preview.rows))
        for r, row in enumerate(preview.rows):
            data = row.data
            cells = [str(row.row)]
            if data is not None:
                cells += [
                    day_text(data.day),
                    time_text(data.start_time),
                    time_text(data.end_time),
                    data.title,
                    kind_label(data.kind),
                    data.facilitators,
                    data.room,
                ]
            else:
                cells += [""] * 7
            cells.append("; ".join(row.problems + row.warnings))
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if row.problems:
                    cell.setBackground(QBrush(BAD_ROW))
                self.rows.setItem(r, c, cell)
        header = self.rows.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

        event = self._event
        outside = outside_days(preview, event.start_date, event.end_date) if preview.sound else []
        self.dates_box.setVisible(bool(outside))
        if outside:
            first = preview.days[0]
            self.dates_note.setText(
                self.tr("The file's dates (%1 to %2) are not all days of this event (%3 to %4).")
                .replace("%1", day_text(first))
                .replace("%2", day_text(preview.days[-1]))
                .replace("%3", day_text(event.start_date))
                .replace("%4", day_text(event.end_date))
            )
            self.move_dates.setText(
                self.tr(
                    "&Move the dates: the file's first day (%1) becomes the event's first day (%2)"
                )
                .replace("%1", day_text(first))
                .replace("%2", day_text(event.start_date))
            )
            self.keep_dates.setText(
                self.tr("&Keep the dates as they are (the items are flagged as outside the event)")
            )
        if preview.sound:
            self.summary.setStyleSheet("")
            self.summary.setText(self.tr("%n item(s) will be imported.", "", len(preview.items)))
        else:
            lines = preview.error_lines(limit=6)
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(
                self.tr(
                    "Nothing can be imported until every row is right. "
                    "Fix the file (or the columns above) and try again."
                )
                + "\n"
                + "\n".join(lines)
            )
        self.import_button.setEnabled(preview.sound)

    def options(self) -> tuple[bool, bool]:
        """(move the dates, replace the current agenda)."""
        event = self._event
        outside = outside_days(self.preview, event.start_date, event.end_date)
        return bool(outside) and self.move_dates.isChecked(), self.replace.isChecked()
