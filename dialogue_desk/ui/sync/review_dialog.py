"""Event → Merge review…: what the merges could not decide alone, one click per line."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialogue_desk.i18n import QT_TRANSLATE_NOOP
from dialogue_desk.services import sync
from dialogue_desk.services.changes import Changes
from dialogue_desk.ui.common.errors import guarded
from dialogue_desk.ui.common.record_table_model import RecordTableModel
from dialogue_desk.ui.common.undo import ServiceCommand
from dialogue_desk.ui.context import UiContext

Index = QModelIndex | QPersistentModelIndex


class ConflictModel(RecordTableModel):
    """One line per conflict: what, about whom, the version kept and the other one."""

    HEADER_CONTEXT = "MergeReview"
    HEADERS = (
        QT_TRANSLATE_NOOP("MergeReview", "What"),
        QT_TRANSLATE_NOOP("MergeReview", "About"),
        QT_TRANSLATE_NOOP("MergeReview", "Shown now"),
        QT_TRANSLATE_NOOP("MergeReview", "Other version"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record: sync.ConflictRecord | None = self.record(index.row())
        if record is None or role not in (Qt.ItemDataRole.DisplayRole,
                                          Qt.ItemDataRole.ToolTipRole):  # fmt: skip
            return None
        column = index.column()
        if record.kind == "duplicate":
            values = (
                QCoreApplication.translate("MergeReview", "Probable duplicate"),
                record.subject,
                QCoreApplication.translate("MergeReview", "{name} (added on {device})").format(
                    name=record.subject, device=record.kept_device),
                QCoreApplication.translate("MergeReview", "{name} (added on {device})").format(
                    name=record.other_subject, device=record.other_device),
            )  # fmt: skip
        else:
            values = (
                QCoreApplication.translate(
                    "MergeReview", "Edited on two laptops: {field}").format(field=record.field),
                record.subject,
                QCoreApplication.translate("MergeReview", "{value} (from {device})").format(
                    value=record.kept_value, device=record.kept_device),
                QCoreApplication.translate("MergeReview", "{value} (from {device})").format(
                    value=record.other_value, device=record.other_device),
            )  # fmt: skip
        return values[column] if 0 <= column < len(values) else None


class MergeReviewDialog(QDialog):
    """The review list with Keep this / Keep the other / Merge people, all undoable."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("mergeReviewDialog")
        self.setWindowTitle(self.tr("Merge review"))
        self.resize(820, 420)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = ConflictModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("mergeReviewTable")
        self.table.setAccessibleName(self.tr("Lines to review"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.keep_this_button = QPushButton(self.tr("&Keep what is shown"), self)
        self.keep_this_button.setObjectName("keepThis")
        self.keep_other_button = QPushButton(self.tr("Keep the &other version"), self)
        self.keep_other_button.setObjectName("keepOther")
        self.merge_button = QPushButton(self.tr("&Merge the two people"), self)
        self.merge_button.setObjectName("mergePeople")
        buttons = QHBoxLayout()
        for button in (self.keep_this_button, self.keep_other_button, self.merge_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.keep_this_button.clicked.connect(
            lambda: self._resolve(self.tr("Keep what is shown"), sync.keep_this)
        )
        self.keep_other_button.clicked.connect(
            lambda: self._resolve(self.tr("Keep the other version"), sync.keep_other)
        )
        self.merge_button.clicked.connect(
            lambda: self._resolve(self.tr("Merge two people"), sync.merge_people))  # fmt: skip
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        event = self.context.event
        records = sync.list_conflicts(self.context.store, event.id) if event else []
        self.model.set_records(records)
        self.intro.setText(
            self.tr("Nothing to review: every merge so far decided itself.")
            if not records
            else self.tr(
                "These differed between laptops. What is shown now stays unless you choose "
                "otherwise; every choice can be undone with Edit → Undo."
            )
        )
        if records:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> sync.ConflictRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        record = self.selected()
        self.keep_this_button.setEnabled(record is not None)
        self.keep_this_button.setText(
            self.tr("&Keep both: they are different people")
            if record is not None and record.kind == "duplicate"
            else self.tr("&Keep what is shown")
        )
        self.keep_other_button.setEnabled(record is not None and record.kind == "edit")
        self.merge_button.setEnabled(record is not None and record.kind == "duplicate")

    def _resolve(self, text: str, action: Callable[[Any, str], sync.Resolution]) -> None:
        record = self.selected()
        if record is None:
            return
        store = self.context.store
        with guarded(self, self.tr("Merge review")) as outcome:
            resolution = action(store, record.uuid)
        if not outcome.ok:
            return
        changes = Changes.PARTICIPANTS | Changes.CHECK_IN if record.table in (
            "participant", "check_in") else Changes.ALL  # fmt: skip

        latest = [resolution]

        def redo() -> None:
            latest[0] = action(store, record.uuid)
            self._refresh_if_open()

        def undo() -> None:
            sync.undo_resolution(store, latest[0])
            self._refresh_if_open()

        def report(step: str, error: BaseException | None) -> None:
            if error is not None and self.isVisible():
                from dialogue_desk.ui.common.errors import show_error

                show_error(self, self.tr("Merge review"), error)

        command = ServiceCommand(text, redo, undo, changes=changes,
                                 announce=self.context.notify, report=report)  # fmt: skip
        self.context.undo_stack.push(command)
        self.context.notify(changes)
        self.refresh()

    def _refresh_if_open(self) -> None:
        if self.isVisible():
            self.refresh()
