"""Import of a registration list: how the columns were understood, what each row will do.

The user sees the column mapping (and can change it), a preview of every row with what will
happen to it, and the duplicates policy. A file with invalid rows is refused with the row
numbers; the dialog then offers to import only the valid rows.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialogue_desk.exchange.headerless import as_headerless
from dialogue_desk.exchange.headers import ignored_note
from dialogue_desk.exchange.registration_headers import FULL_NAME_FIELDS
from dialogue_desk.exchange.registrations import (
    IMPORT_FIELDS,
    detect_mapping,
    parse_registrations,
    read_registrations,
)
from dialogue_desk.exchange.tabular import Table
from dialogue_desk.services.checkin import (
    DuplicatePolicy,
    RegistrationPreview,
    plan_import,
    refusal_message,
)
from dialogue_desk.services.import_preview import RowAction
from dialogue_desk.services.labels import label
from dialogue_desk.store import Store
from dialogue_desk.ui.common.background import Outcome, run_and_wait
from dialogue_desk.ui.common.column_mapping import ColumnMapping

PREVIEW_ROWS = 500
NAME_FIELDS = {"first_name", "last_name"} | FULL_NAME_FIELDS

FIELD_NAMES = {
    "first_name": QT_TRANSLATE_NOOP("ImportDialog", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ImportDialog", "Last name"),
    "full_name": QT_TRANSLATE_NOOP("ImportDialog", "Full name (first last)"),
    "full_name_last_first": QT_TRANSLATE_NOOP("ImportDialog", "Full name (last first)"),
    "organisation": QT_TRANSLATE_NOOP("ImportDialog", "Organisation"),
    "role": QT_TRANSLATE_NOOP("ImportDialog", "Role"),
    "stakeholder_group": QT_TRANSLATE_NOOP("ImportDialog", "Stakeholder group"),
    "email": QT_TRANSLATE_NOOP("ImportDialog", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("ImportDialog", "Phone"),
    "country": QT_TRANSLATE_NOOP("ImportDialog", "Country"),
    "preferred_language": QT_TRANSLATE_NOOP("ImportDialog", "Preferred language"),
    "consent_listed": QT_TRANSLATE_NOOP("ImportDialog", "Consent: may be listed"),
    "consent_photos": QT_TRANSLATE_NOOP("ImportDialog", "Consent: photos"),
    "consent_contact": QT_TRANSLATE_NOOP("ImportDialog", "Consent: contact afterwards"),
    "notes": QT_TRANSLATE_NOOP("ImportDialog", "Notes"),
}
_ACTION_COLOURS = {
    RowAction.NEW: "#e3f4e1",
    RowAction.MERGE: "#e3edf9",
    RowAction.SKIP: "#f0f0f0",
    RowAction.INVALID: "#fbe3e4",
}


def _field_name(field: str) -> str:
    return QCoreApplication.translate("ImportDialog", FIELD_NAMES.get(field, field))


class ImportDialog(QDialog):
    """Shows the plan for importing ``path``; ``plan`` and ``skip_invalid`` once accepted."""

    def __init__(
        self, store: Store, event_id: int, table: Table, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(
            self.tr("Import registration list \u2014 {file}").format(file=table.path.name)
        )
        self.resize(980, 640)
        detected = detect_mapping(table.headers)
        if not set(detected.values()) & NAME_FIELDS and (guessed := as_headerless(table)):
            table, detected = guessed  # the same reading of a header-less list as the CLI's
        self.store, self.event_id, self.table = store, event_id, table
        self.plan: RegistrationPreview | None = None
        self.skip_invalid = False

        self.info = QLabel(objectName="importInfo", wordWrap=True)
        self.mapping = ColumnMapping(
            table, {field: _field_name(field) for field in IMPORT_FIELDS}, detected,
        )  # fmt: skip
        self.mapping.changed.connect(self.replan)
        self.preview = QTableWidget(0, 5, objectName="importPreview")
        self.preview.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("Action"),
                self.tr("Name"),
                self.tr("Organisation / e-mail"),
                self.tr("Remark"),
            ]
        )
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.preview.setAccessibleName(self.tr("Preview of the rows"))
        self.duplicates = QComboBox(objectName="importDuplicates")
        self.duplicates.addItem(
            self.tr("Merge duplicates: add their new details"), DuplicatePolicy.MERGE
        )
        self.duplicates.addItem(
            self.tr("Skip duplicates: keep what is there"), DuplicatePolicy.SKIP
        )
        self.duplicates.currentIndexChanged.connect(self.replan)
        self.summary = QLabel(objectName="importSummary", wordWrap=True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(objectName="importRun")
        self.valid_only_button = QPushButton(
            self.tr("Import only the valid rows"), objectName="importValidOnly"
        )
        buttons.addButton(self.valid_only_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.clicked.connect(self._import_all)
        self.valid_only_button.clicked.connect(self._import_valid)
        buttons.rejected.connect(self.reject)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.mapping)
        splitter.addWidget(self.preview)
        splitter.setSizes([200, 400])
        policy_row = QHBoxLayout()
        policy_row.addWidget(QLabel(self.tr("&Duplicates:"), buddy=self.duplicates))
        policy_row.addWidget(self.duplicates, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(splitter, 1)
        layout.addLayout(policy_row)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self._planning = self._plan_again = False
        self.replan()

    @classmethod
    def read(cls, path: str) -> Table:
        """The file as a table, or ImportRefusedError with a message naming it."""
        return read_registrations(path)

    def replan(self) -> None:
        encoding = self.table.encoding or "xlsx"
        rows = len(self.table.rows)
        info = self.tr("{file}: %n data row(s)", "", rows).format(file=self.table.path)
        if self.table.encoding:
            info += " \u00b7 " + self.tr(
                "text encoding {encoding}, separator \u201c{separator}\u201d"
            ).format(encoding=encoding, separator=self.table.delimiter.replace("\t", "Tab"))
        self.info.setText(info)
        if self._planning:  # a choice changed while the last one was being planned
            self._plan_again = True
            return
        self._planning = True
        # Not on a plan that is being replaced.
        self.import_button.setEnabled(False)
        self.valid_only_button.setEnabled(False)
        try:
            outcome = self._plan()
            while self._plan_again:
                self._plan_again = False
                outcome = self._plan()
        finally:
            self._planning = False
        if outcome.error is not None:
            self.plan = None
            self.preview.setRowCount(0)
            self._show_summary(outcome.message, error=True)
            self.import_button.setEnabled(False)
            self.valid_only_button.hide()
            self.import_button.setText(self.tr("Import"))
            return
        self.plan = outcome.result
        self._fill_preview(self.plan)
        plan = self.plan
        parts = [
            self.tr("%n new", "", plan.count(RowAction.NEW)),
            self.tr("%n merged into existing entries", "", plan.count(RowAction.MERGE)),
            self.tr("%n skipped as duplicates", "", plan.count(RowAction.SKIP)),
        ]
        lines = [", ".join(parts) + "."]
        repeated = sum(1 for r in plan.rows if r.earlier_row is not None)
        if repeated:
            lines.append(
                self.tr(
                    "%n row(s) repeat a person of an earlier row (a report lists every join) "
                    "and are merged, not imported twice.",
                    "",
                    repeated,
                )
            )
        if note := ignored_note(plan.unknown_columns):
            lines.append(note)
        lines.extend(plan.warnings)
        invalid = plan.invalid_rows
        if invalid:
            lines.insert(0, refusal_message(plan))
        self._show_summary("\n".join(lines), error=bool(invalid))
        self.import_button.setEnabled(
            not invalid and plan.count(RowAction.NEW) + plan.count(RowAction.MERGE) > 0
        )
        self.import_button.setText(self.tr("Import"))
        self.valid_only_button.setVisible(bool(invalid))
        self.valid_only_button.setEnabled(len(invalid) < len(plan.rows))
        (self.valid_only_button if invalid else self.import_button).setDefault(True)

    def _plan(self) -> Outcome:
        """Read the rows under the chosen mapping and plan them, off the GUI thread: planning
        reads every participant of the event."""
        table, mapping = self.table, self.mapping.mapping()
        duplicates = self.duplicates.currentData()
        return run_and_wait(
            self, self.tr("Checking {name}…").format(name=table.path.name),
            lambda progress: plan_import(self.store, self.event_id,
                                         parse_registrations(table, mapping),
                                         duplicates=duplicates),
            cancellable=False,
        )  # fmt: skip

    def _show_summary(self, text: str, *, error: bool) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet("color: #8a1116;" if error else "")

    def _fill_preview(self, plan: RegistrationPreview) -> None:
        names = {
            RowAction.NEW: self.tr("New"),
            RowAction.MERGE: self.tr("Merge"),
            RowAction.SKIP: self.tr("Skip"),
            RowAction.INVALID: self.tr("Cannot import"),
        }
        rows = plan.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(rows))
        for r, planned in enumerate(rows):
            data = planned.data
            assert data is not None  # a registration row always holds what could be read
            other = " \u00b7 ".join(
                p
                for p in (
                    data.organisation,
                    data.email,
                    label(data.stakeholder_group)
                    if planned.action is not RowAction.INVALID
                    else "",
                )
                if p
            )
            cells = [str(planned.row), names[planned.action], data.name, other, planned.remark]
            brush = QBrush(QColor(_ACTION_COLOURS[planned.action]))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setBackground(brush)
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()
        self.preview.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

    def _import_all(self) -> None:
        self.skip_invalid = False
        self.accept()

    def _import_valid(self) -> None:
        self.skip_invalid = True
        self.accept()
