"""File-menu actions for exports: workbook, PDF, comparison, close event and sync out.

Every export runs off the GUI thread (``ui.common.background.BackgroundRunner``) with a progress
dialog that can cancel it; failures are shown as a message that says what to do, never a
traceback.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget

from dialogue_desk.exchange import sync_out
from dialogue_desk.exchange.files import dated_file_name
from dialogue_desk.i18n import format_date, ui_language
from dialogue_desk.services import events as event_service
from dialogue_desk.services.changes import Changes
from dialogue_desk.services.events import EventRecord
from dialogue_desk.settings import Settings
from dialogue_desk.store import Store
from dialogue_desk.store.enums import EventStatus
from dialogue_desk.ui.common.background import BackgroundRunner
from dialogue_desk.ui.common.errors import EXPECTED, describe
from dialogue_desk.ui.common.open_location import open_location
from dialogue_desk.ui.context import UiContext
from dialogue_desk.ui.exports.dialogs import CloseEventDialog, CompareDialog, ExportDialog


class ExportActions(QObject):
    """Owns the export QActions; the main window puts ``actions()`` into its File menu."""

    def __init__(self, context: UiContext, parent_window: QWidget) -> None:
        super().__init__(parent_window)
        self.context = context
        self.window = parent_window
        self.runner = BackgroundRunner(parent_window)
        self.runner.failed.connect(self._show_failure)
        self.runner.cancelled.connect(self._show_cancelled)
        self.runner.succeeded.connect(self._on_succeeded)
        self.message: QMessageBox | None = None
        self._last_folder: Path | None = None
        self._on_success = None

        def make(name: str, slot: object, shortcut: str | None = None) -> QAction:
            action = QAction(self, objectName=name)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            return action

        self.workbook_action = make("actionExportWorkbook", self.export_workbook, "Ctrl+Shift+E")
        self.pdf_action = make("actionExportPdf", self.export_pdf)
        self.compare_action = make("actionCompareEvents", self.compare_events)
        self.close_action = make("actionCloseEvent", self.close_event)
        self.reopen_action = make("actionReopenEvent", self.reopen_event)
        context.event_switched.connect(lambda _record: self.update_enabled())
        context.watch(self, Changes.EVENT, lambda _changes: self.update_enabled())
        parent_window.installEventFilter(self)
        self.retranslate()
        self.update_enabled()

    def actions(self) -> list[QAction]:
        return [self.workbook_action, self.pdf_action, self.compare_action, self.close_action,
                self.reopen_action]  # fmt: skip

    def retranslate(self) -> None:
        self.workbook_action.setText(self.tr("Export &workbook…"))
        self.pdf_action.setText(self.tr("Export &PDF summary…"))
        self.compare_action.setText(self.tr("&Compare events…"))
        self.close_action.setText(self.tr("C&lose event and export…"))
        self.reopen_action.setText(self.tr("&Reopen event"))
        self.workbook_action.setStatusTip(self.tr("Write the coordinator's workbook of this event"))
        self.close_action.setStatusTip(
            self.tr("Write workbook and PDF into the export folder and mark the event closed")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def update_enabled(self) -> None:
        record = self.context.event
        closed = record is not None and record.status is EventStatus.CLOSED
        for action in (self.workbook_action, self.pdf_action):
            action.setEnabled(record is not None)
        self.close_action.setEnabled(record is not None and not closed)
        self.reopen_action.setEnabled(closed)
        self.reopen_action.setVisible(closed)

    # --- the actions ------------------------------------------------------------------------

    def _default_target(self, record: EventRecord, suffix: str, extra: str = "") -> Path:
        folder = self._last_folder or Settings().export_folder(practice=self.context.practice)
        name = dated_file_name(record.title, suffix, practice=self.context.practice, extra=extra)
        return folder / name

    def export_workbook(self) -> None:
        self._export_one(".xlsx")

    def export_pdf(self) -> None:
        self._export_one(".pdf")

    def _export_one(self, suffix: str) -> None:
        record = self.context.event
        if record is None or self.runner.running:
            return
        dialog = ExportDialog(self.window, record, self._default_target(record, suffix), suffix)
        if not self._ask(dialog):
            return
        path, language = dialog.path(), dialog.language.currentData()
        pseudonymise = dialog.pseudonymise.isChecked()
        codes = dialog.codes.isChecked()
        self._last_folder = path.parent
        store, event_id, practice = self.context.store, record.id, self.context.practice

        def work(progress):  # type: ignore[no-untyped-def]
            if suffix == ".pdf":
                from dialogue_desk.exchange.pdf.report import write_report

                progress(0, 1)
                written = write_report(store, event_id, path, language=language,
                                       pseudonymise=pseudonymise)  # fmt: skip
            else:
                from dialogue_desk.exchange.workbook.event import write_event_workbook

                written = write_event_workbook(
                    store, event_id, path, language=language, pseudonymise=pseudonymise,
                    progress=progress, codes=codes,
                )  # fmt: skip
            kind = "pdf" if suffix == ".pdf" else "workbook"
            sync_out.record_export(kind, [event_id], [written], language=language,
                                   base=Settings().export_folder(practice=practice),
                                   pseudonymised=pseudonymise)  # fmt: skip
            return written

        self._on_success = self._show_written
        self.runner.title = self.tr("Exporting")
        self.runner.start(self.tr("Writing {name}…").format(name=path.name), work)

    def compare_events(self) -> None:
        if self.runner.running:
            return
        records = event_service.list_events(self.context.store)
        if not records:
            self._inform(self.tr("There are no events to compare yet."))
            return
        current = self.context.event
        checked = {r.id for r in records} if len(records) <= 12 else (
            {current.id} if current else set()
        )  # fmt: skip
        language = current.language if current else "en"
        name = dated_file_name(self.tr("Comparison of events"), ".xlsx",
                               practice=self.context.practice)  # fmt: skip
        folder = self._last_folder or Settings().export_folder(practice=self.context.practice)
        dialog = CompareDialog(self.window, records, checked, language, folder / name)
        if not self._ask(dialog):
            return
        ids, path, practice = dialog.event_ids(), dialog.path(), self.context.practice
        language = dialog.language.currentData()
        self._last_folder = path.parent
        store = self.context.store

        def work(progress):  # type: ignore[no-untyped-def]
            from dialogue_desk.exchange.workbook.comparison import write_comparison_workbook

            written = write_comparison_workbook(store, ids, path, language=language,
                                                progress=progress)  # fmt: skip
            sync_out.record_export("comparison", ids, [written], language=language,
                                   base=Settings().export_folder(practice=practice))  # fmt: skip
            return written

        self._on_success = self._show_written
        self.runner.title = self.tr("Exporting")
        self.runner.start(self.tr("Comparing %n event(s)…", "", len(ids)), work)

    def close_event(self) -> None:
        record = self.context.event
        if record is None or self.runner.running:
            return
        practice = self.context.practice
        dialog = CloseEventDialog(self.window, record, Settings().export_folder(practice=practice),
                                  close_warnings(self.context.store, record))  # fmt: skip
        if not self._ask(dialog):
            return
        folder, language = dialog.folder.path(), dialog.language.currentData()
        if dialog.remember.isChecked() and not practice:  # the real events' folder stays
            Settings().set_export_folder(folder)
        store, event_id = self.context.store, record.id
        work = functools.partial(self._close_work, store, event_id, folder, language)
        self._on_success = self._show_closed
        self.runner.title = self.tr("Exporting")
        self.runner.start(self.tr("Closing \u201c{title}\u201d…").format(title=record.title), work)

    @staticmethod
    def _close_work(store, event_id, folder, language, progress):  # type: ignore[no-untyped-def]
        return sync_out.close_and_export(store, event_id, base=folder, language=language,
                                         progress=progress)  # fmt: skip

    def reopen_event(self) -> None:
        record = self.context.event
        if record is None:
            return
        try:
            sync_out.reopen_event(self.context.store, record.id)
        except Exception as error:  # noqa: BLE001 - shown, never a traceback
            self._show_failure(describe(error))
            return
        self._refresh_event(record.id)

    # --- results ----------------------------------------------------------------------------

    def _ask(self, dialog: QDialog) -> bool:
        """Show ``dialog`` modally; a separate method so tests can answer it."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _refresh_event(self, event_id: int) -> None:
        # If the event cannot be read, the event list refresh below shows the truth.
        with contextlib.suppress(*EXPECTED):
            self.context.event = event_service.get_event(self.context.store, event_id)
        self.context.notify(Changes.EVENT, initiator=self)
        self.update_enabled()

    def _on_succeeded(self, result: object) -> None:
        handler, self._on_success = self._on_success, None
        if handler is not None:
            handler(result)

    def _show_written(self, path: object) -> None:
        assert isinstance(path, Path)
        text = self.tr("Written: {path}").format(path=path)
        self._inform("\n\n".join(filter(None, [text, _unprintable(path)])), folder=path.parent)

    def _show_closed(self, result: object) -> None:
        assert isinstance(result, sync_out.SyncOutResult)
        if self.context.event is not None:
            self._refresh_event(self.context.event.id)
        lines = [self.tr("The event is closed. Written into {folder}:").format(
            folder=result.folder), result.workbook.name]  # fmt: skip
        if result.pdf is not None:
            lines.append(result.pdf.name)
            lines.append(_unprintable(result.pdf))
        else:
            lines.append(result.pdf_problem)
        self._inform("\n".join(filter(None, lines)), folder=result.folder)

    def _show_failure(self, message: str) -> None:
        self._message(QMessageBox.Icon.Warning, self.tr("Export failed"), message)

    def _show_cancelled(self) -> None:
        self._message(QMessageBox.Icon.Information, self.tr("Export cancelled"),
                      self.tr("The export was cancelled; nothing was written."))  # fmt: skip

    def _inform(self, text: str, folder: Path | None = None) -> None:
        box = self._message(QMessageBox.Icon.Information, self.tr("Export"), text)
        if folder is not None:
            button = QPushButton(self.tr("Open &folder"), box)
            box.addButton(button, QMessageBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda: open_location(self.window, folder))

    def _message(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("exportMessage")
        box.open()  # window-modal, does not block: the app keeps running
        self.message = box
        return box


def close_warnings(store: Store, record: EventRecord, today: dt.date | None = None) -> list[str]:
    """What closing ``record`` now would cut short: the item still running, days to come."""
    from dialogue_desk.services import agenda

    today = today or dt.date.today()
    found: list[str] = []
    with contextlib.suppress(*EXPECTED):
        running = agenda.running_item(store, record.id)
        if running is not None:
            found.append(QCoreApplication.translate(
                "ExportActions", "\u201c{title}\u201d is still running: closing ends it now."
            ).format(title=running.title))  # fmt: skip
    if record.end_date > today:
        found.append(QCoreApplication.translate(
            "ExportActions",
            "The event is planned until {date}: you are closing it before its last day.",
        ).format(date=format_date(record.end_date, ui_language())))  # fmt: skip
    return found


def _unprintable(path: Path) -> str:
    """The warning about names no font could print fully, for a PDF just written."""
    if path.suffix.lower() != ".pdf":
        return ""
    from dialogue_desk.exchange.pdf.output import unprintable_warning

    return unprintable_warning(path)


def clean_up_after_killed_exports(folder: Path) -> None:
    """Remove the hidden part files an export killed midway left in ``folder`` and the spool."""
    import logging

    from dialogue_desk.exchange.files import clean_up_after_killed_exports as clean_up

    try:
        clean_up(folder)
    except OSError as error:  # an unplugged export stick is no reason to stop
        logging.getLogger(__name__).info("Could not clean up after killed exports: %s", error)
