"""Dialogs that ask what to export and where: one event, a comparison, close and sync out."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dialogue_desk.i18n import LANGUAGES
from dialogue_desk.services.events import EventRecord
from dialogue_desk.ui.common.form_parts import ERROR_STYLE


def language_combo(selected: str, parent: QWidget) -> QComboBox:
    combo = QComboBox(parent, objectName="exportLanguage")
    for code, name in LANGUAGES.items():
        combo.addItem(name, code)
    index = combo.findData(selected)
    combo.setCurrentIndex(index if index >= 0 else 0)
    return combo


class _PathRow(QWidget):
    """A file (or folder) name with a Browse… button."""

    def __init__(self, path: Path, file_filter: str | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.file_filter = file_filter
        self.edit = QLineEdit(str(path), self, objectName="exportPath")
        self.browse = QPushButton(self, objectName="exportBrowse")
        self.browse.clicked.connect(self._browse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.browse)
        self.browse.setText(self.tr("&Browse…"))
        self.edit.setMinimumWidth(420)

    def path(self) -> Path:
        return Path(self.edit.text().strip()).expanduser()

    def _browse(self) -> None:
        if self.file_filter is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Export folder"),
                                                      str(self.path()))  # fmt: skip
        else:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), str(self.path()),
                                                    self.file_filter)  # fmt: skip
        if chosen:
            self.edit.setText(chosen)


#: Dark amber text: a caution, not an error (7.4:1 on the dialog's grey, WCAG AA).
WARNING_STYLE = "color: #7a4a00; font-weight: 600;"


class _Base(QDialog):
    def __init__(self, parent: QWidget, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.intro = QLabel(self, wordWrap=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.problem = QLabel(self, objectName="exportProblem", wordWrap=True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        layout.insertWidget(2, self.problem)

    def refuse(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


class ExportDialog(_Base):
    """Export one event's workbook (suffix ".xlsx") or PDF summary (".pdf")."""

    def __init__(self, parent: QWidget, event: EventRecord, target: Path, suffix: str) -> None:
        is_pdf = suffix == ".pdf"
        super().__init__(parent, self.tr("Export PDF summary") if is_pdf
                         else self.tr("Export workbook"))  # fmt: skip
        self.setObjectName("exportDialog")
        self.suffix = suffix
        self.intro.setText(self.tr("Export \u201c{title}\u201d.").format(title=event.title))
        self.language = language_combo(event.language, self)
        self.pseudonymise = QCheckBox(
            self.tr("&Pseudonymise: participants as codes P001\u2026, no names, e-mails or "
                    "phone numbers"), self,
        )  # fmt: skip
        self.pseudonymise.setObjectName("exportPseudonymise")
        self.codes = QCheckBox(
            self.tr("Add language-independent &codes (groups, channels, yes/no, choices), so "
                    "workbooks in several languages can be combined"), self,
        )  # fmt: skip
        self.codes.setObjectName("exportCodes")
        self.codes.setVisible(not is_pdf)
        file_filter = self.tr("PDF files (*.pdf)") if is_pdf else self.tr("Workbooks (*.xlsx)")
        self.target = _PathRow(target, file_filter, self)
        self.form.addRow(self.tr("&Language:"), self.language)
        self.form.addRow("", self.pseudonymise)
        if not is_pdf:
            self.form.addRow("", self.codes)
        self.form.addRow(self.tr("&File:"), self.target)
        self.target.edit.setAccessibleName(self.tr("File to write"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))

    def path(self) -> Path:
        path = self.target.path()
        return (
            path if path.suffix.lower() == self.suffix else path.with_name(path.name + self.suffix)
        )

    def accept(self) -> None:
        if not self.target.edit.text().strip():
            self.refuse(self.tr("Give the file a name."))
            return
        if not self.path().parent.is_dir():
            self.refuse(self.tr("The folder {folder} does not exist.").format(
                folder=self.path().parent))  # fmt: skip
            return
        super().accept()


class CompareDialog(_Base):
    """Choose the events to compare side by side."""

    def __init__(self, parent: QWidget, events: list[EventRecord], checked: set[int],
                 language: str, target: Path) -> None:  # fmt: skip
        super().__init__(parent, self.tr("Compare events"))
        self.setObjectName("compareDialog")
        self.intro.setText(self.tr("Tick the events to compare in one workbook."))
        self.list = QListWidget(self, objectName="compareEvents")
        self.list.setAccessibleName(self.tr("Events to compare"))
        for record in events:
            place = f" \u00b7 {record.city}" if record.city else ""
            item = QListWidgetItem(f"{record.title}{place} \u00b7 {record.start_date.isoformat()}")
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if record.id in checked
                               else Qt.CheckState.Unchecked)  # fmt: skip
            self.list.addItem(item)
        self.list.setMinimumHeight(200)
        self.language = language_combo(language, self)
        self.target = _PathRow(target, self.tr("Workbooks (*.xlsx)"), self)
        self.form.addRow(self.tr("E&vents:"), self.list)
        self.form.addRow(self.tr("&Language:"), self.language)
        self.form.addRow(self.tr("&File:"), self.target)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Compare"))

    def event_ids(self) -> list[int]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def path(self) -> Path:
        path = self.target.path()
        return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")

    def accept(self) -> None:
        if not self.event_ids():
            self.refuse(self.tr("Tick at least one event."))
            return
        if not self.path().parent.is_dir():
            self.refuse(self.tr("The folder {folder} does not exist.").format(
                folder=self.path().parent))  # fmt: skip
            return
        super().accept()


class CloseEventDialog(_Base):
    """Confirm closing the event; the workbook and PDF go to the export folder."""

    def __init__(
        self, parent: QWidget, event: EventRecord, folder: Path, warnings: Sequence[str] = ()
    ) -> None:
        super().__init__(parent, self.tr("Close event and export"))
        self.setObjectName("closeEventDialog")
        self.intro.setText(self.tr(
            "Close \u201c{title}\u201d and write its workbook and PDF summary into the export "
            "folder (a subfolder per event, dated file names; earlier exports are kept). "
            "You can reopen the event later."
        ).format(title=event.title))  # fmt: skip
        # What closing now would cut short (an item still running, days still to come): said
        # before, not discovered in the report afterwards.
        self.warnings = QLabel(self, objectName="closeWarnings", wordWrap=True)
        self.warnings.setText("\n".join(f"\u26a0 {w}" for w in warnings))
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.setVisible(bool(warnings))
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(1, self.warnings)
        self.language = language_combo(event.language, self)
        self.folder = _PathRow(folder, None, self)
        self.remember = QCheckBox(self.tr("&Use this folder from now on"), self)
        self.remember.setObjectName("rememberExportFolder")
        self.form.addRow(self.tr("&Language:"), self.language)
        self.form.addRow(self.tr("Export &folder:"), self.folder)
        self.form.addRow("", self.remember)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Close and e&xport")
        )

    def accept(self) -> None:
        folder = self.folder.path()
        if not str(folder).strip() or not folder.is_dir():
            self.refuse(self.tr("The folder {folder} does not exist.").format(folder=folder))
            return
        super().accept()
