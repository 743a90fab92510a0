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
    QGroupBox,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialogue_desk.exchange.agenda_sheet import detect_mapping, preview_table
from dialogue_desk.exchange.agenda_synonyms import FIELD_LABELS, SYNONYMS
from dialogue_desk.exchange.headers import ignored_note
from dialogue_desk.exchange.import_pipeline import with_header_row
from dialogue_desk.exchange.tabular import Table
from dialogue_desk.services.agenda import AgendaPreview, error_lines, outside_days, preview_days
from dialogue_desk.services.events import EventRecord
from dialogue_desk.ui.agenda.model import day_text, kind_label, time_text
from dialogue_desk.ui.common.column_mapping import ColumnMapping
from dialogue_desk.ui.common.form_parts import ERROR_STYLE

BAD_ROW = QColor("#ffe3e3")


class ImportAgendaDialog(QDialog):
    """Shows what an import would do; accepted only when every row is sound."""

    def __init__(
        self, parent: QWidget | None, table: Table, event: EventRecord, existing: int
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importAgendaDialog")
        self.setWindowTitle(self.tr("Import agenda \u2014 {file}").format(file=table.path.name))
        self.resize(980, 620)
        # The same header row, recognition and notes as ``dialogue-desk import-agenda``.
        table = with_header_row(table, SYNONYMS)
        self._table, self._event = table, event
        self.mapping = detect_mapping(table.headers)

        mapping_box = QGroupBox(self.tr("Columns of the file"))
        self.columns = ColumnMapping(
            table,
            {name: QCoreApplication.translate("AgendaImport", text)
             for name, text in FIELD_LABELS.items()},
            self.mapping,
        )  # fmt: skip
        self.columns.changed.connect(self._mapping_changed)
        self.field_boxes: list[QComboBox] = self.columns.boxes
        QVBoxLayout(mapping_box).addWidget(self.columns)

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
        #: What reading noticed and which columns are not imported.
        self.notes = QLabel(objectName="importNotes", wordWrap=True)
        self.notes.setAccessibleName(self.tr("Notes about the file"))
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
        layout.addWidget(self.notes)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.preview: AgendaPreview = self._make_preview()
        self._show_preview()

    def _make_preview(self) -> AgendaPreview:
        return preview_table(
            self._table, self.mapping, self._event.start_date, last_day=self._event.end_date
        )

    def _mapping_changed(self) -> None:
        self.mapping = self.columns.mapping()
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
            cells.append(row.remark)
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if row.problems:
                    cell.setBackground(QBrush(BAD_ROW))
                self.rows.setItem(r, c, cell)
        header = self.rows.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

        notes = [note for note in (ignored_note(preview.unknown_columns),) if note]
        notes += preview.warnings
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        event = self._event
        outside = outside_days(preview, event.start_date, event.end_date) if preview.sound else []
        self.dates_box.setVisible(bool(outside))
        if outside:
            days = preview_days(preview)
            first = days[0]
            self.dates_note.setText(
                self.tr(
                    "The file's dates ({first} to {last}) are not all days of this event "
                    "({start} to {end})."
                ).format(
                    first=day_text(first),
                    last=day_text(days[-1]),
                    start=day_text(event.start_date),
                    end=day_text(event.end_date),
                )  # fmt: skip
            )
            self.move_dates.setText(
                self.tr(
                    "&Move the dates: the file's first day ({first}) becomes the event's first "
                    "day ({start})"
                ).format(first=day_text(first), start=day_text(event.start_date))
            )
            self.keep_dates.setText(
                self.tr("&Keep the dates as they are (the items are flagged as outside the event)")
            )
        if preview.sound:
            self.summary.setStyleSheet("")
            self.summary.setText(self.tr("%n item(s) will be imported.", "", len(preview.items)))
        else:
            lines = error_lines(preview, limit=6)
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
