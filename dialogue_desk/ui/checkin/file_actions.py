"""The Check-in tab's file actions: import a registration list, print the sign-in sheet and
name badges (PDFs written by ``exchange.pdf_handouts``, loaded only when asked for)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from dialogue_desk.services.errors import ServiceError
from dialogue_desk.store.errors import StoreError
from dialogue_desk.ui.checkin.widgets import Banner
from dialogue_desk.ui.common.background import run_and_wait

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from dialogue_desk.ui.checkin.tab import CheckInTab

_FAILURES = (ServiceError, StoreError, OSError)


class CheckInFileActions(QObject):
    def __init__(self, tab: CheckInTab) -> None:
        super().__init__(tab)
        self.tab = tab

    @property
    def store(self):  # type: ignore[no-untyped-def]
        return self.tab.context.store

    # --- import --------------------------------------------------------------------------------

    def import_list(self) -> None:
        from dialogue_desk.exchange.registrations import apply_import
        from dialogue_desk.ui.checkin.import_dialog import ImportDialog

        tab = self.tab
        if tab.shown_event is None:
            return
        event_id = tab.shown_event.id
        path, _ = QFileDialog.getOpenFileName(
            tab,
            self.tr("Import registration list"),
            "",
            self.tr("Spreadsheets (*.xlsx *.csv *.txt);;All files (*)"),
        )
        if not path:
            return
        title = self.tr("Import registration list")
        read = run_and_wait(
            tab, self.tr("Reading %1…").replace("%1", Path(path).name),
            lambda progress: ImportDialog.read(path),
        )  # fmt: skip
        if read.cancelled:
            return
        if read.error is not None:
            self._report(title, read.error)
            return
        dialog = ImportDialog(self.store, event_id, read.result, tab)
        if not dialog.exec() or dialog.plan is None:
            return
        plan, skip_invalid = dialog.plan, dialog.skip_invalid
        done = run_and_wait(
            tab, self.tr("Importing %1…").replace("%1", Path(path).name),
            lambda progress: apply_import(self.store, event_id, plan, skip_invalid=skip_invalid),
            cancellable=False,
        )  # fmt: skip
        if done.error is not None:
            self._report(title, done.error)
            return
        result = done.result
        tab.reload()
        tab.banner.show_message(
            self.tr("%1: %2 imported, %3 merged, %4 skipped.")
            .replace("%1", Path(path).name)
            .replace("%2", str(result.imported))
            .replace("%3", str(result.merged))
            .replace("%4", str(result.skipped)),
            Banner.OK,
        )
        tab.announce("participants")
        tab.focus_search()

    def _report(self, title: str, error: BaseException) -> None:
        from dialogue_desk.exchange.registrations import ImportRefusedError

        if isinstance(error, (ImportRefusedError, *_FAILURES)):
            self.tab.warn(title, str(error))
            return
        log.error("Import failed", exc_info=error)
        self.tab.warn(title, self.tr("The import failed unexpectedly (%1). Nothing was imported; "
                                     "details are in the log file.").replace(
                                         "%1", type(error).__name__))  # fmt: skip

    def _pdf(self, title: str, suggested: str, write) -> None:  # type: ignore[no-untyped-def]
        tab = self.tab
        if tab.shown_event is None:
            return
        path, _ = QFileDialog.getSaveFileName(tab, title, suggested, self.tr("PDF (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            from dialogue_desk.exchange.pdf import handouts as pdf_handouts
        except ImportError:
            tab.warn(title, self.tr("PDF handouts are not available in this version."))
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = write(pdf_handouts, Path(path))
        except _FAILURES as error:
            QGuiApplication.restoreOverrideCursor()
            tab.warn(title, self.tr("The PDF could not be written: %1").replace("%1", str(error)))
            return
        QGuiApplication.restoreOverrideCursor()
        tab.banner.show_message(self.tr("Saved %1.").replace("%1", str(written)), Banner.OK)

    def sign_in_sheet(self) -> None:
        event = self.tab.shown_event
        if event is None:
            return
        self._pdf(
            self.tr("Print sign-in sheet"),
            self.tr("sign-in sheet.pdf"),
            lambda module, path: module.write_sign_in_sheet(
                self.store, event.id, path, language=event.language
            ),
        )

    def badges(self) -> None:
        event = self.tab.shown_event
        if event is None:
            return
        selected = self.tab.selected_ids()
        ids: list[int] | None = None
        if selected:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Name badges"),
                self.tr("Print badges for the selected participants or for everyone?"),
                QMessageBox.StandardButton.Cancel,
                self.tab,
            )
            chosen = box.addButton(
                self.tr("%n selected", "", len(selected)), QMessageBox.ButtonRole.AcceptRole
            )
            everyone = box.addButton(self.tr("Everyone"), QMessageBox.ButtonRole.AcceptRole)
            box.setDefaultButton(chosen)
            box.exec()
            if box.clickedButton() not in (chosen, everyone):
                return
            ids = selected if box.clickedButton() is chosen else None
        self._pdf(
            self.tr("Name badges"),
            self.tr("badges.pdf"),
            lambda module, path: module.write_badges(
                self.store, event.id, path, language=event.language, participant_ids=ids
            ),
        )
