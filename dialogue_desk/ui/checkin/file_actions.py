"""The Check-in tab's file actions: import a registration list, print the sign-in sheet and
name badges (PDFs written by ``exchange.pdf.handouts``, loaded only when asked for).

Reading, importing and writing run off the GUI thread (``ui/common/background``), so the door
stays usable while a PDF of a large event is written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from dialogue_desk.services.changes import Changes
from dialogue_desk.ui.checkin.widgets import Banner
from dialogue_desk.ui.common.background import BackgroundRunner, run_and_wait

if TYPE_CHECKING:
    from dialogue_desk.store import Store
    from dialogue_desk.ui.checkin.tab import CheckInTab


class CheckInFileActions(QObject):
    def __init__(self, tab: CheckInTab) -> None:
        super().__init__(tab)
        self.tab = tab
        #: Writes the PDFs, one at a time.
        self.runner = BackgroundRunner(tab)
        self.runner.succeeded.connect(self._pdf_written)
        self.runner.failed.connect(self._pdf_failed)

    @property
    def store(self) -> Store:
        return self.tab.context.store

    # --- import --------------------------------------------------------------------------------

    def import_list(self) -> None:
        from dialogue_desk.services.checkin import apply_import
        from dialogue_desk.ui.checkin.import_dialog import ImportDialog

        tab, event = self.tab, self.tab.current_event
        if event is None:
            return
        event_id = event.id
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
            tab, self.tr("Reading {name}…").format(name=Path(path).name),
            lambda progress: ImportDialog.read(path),
        )  # fmt: skip
        if read.cancelled:
            return
        if read.error is not None:
            tab.warn(title, read.message)
            return
        dialog = ImportDialog(self.store, event_id, read.result, tab)
        if not dialog.exec() or dialog.plan is None:
            return
        plan, skip_invalid = dialog.plan, dialog.skip_invalid
        done = run_and_wait(
            tab, self.tr("Importing {name}…").format(name=Path(path).name),
            lambda progress: apply_import(self.store, event_id, plan, skip_invalid=skip_invalid),
            cancellable=False,
        )  # fmt: skip
        if done.error is not None:
            tab.warn(title, done.message)
            return
        result = done.result
        tab.reload()
        tab.banner.show_message(
            self.tr("{file}: {imported} imported, {merged} merged, {skipped} skipped.").format(
                file=Path(path).name, imported=result.imported, merged=result.merged,
                skipped=result.skipped,
            ),
            Banner.OK,
        )  # fmt: skip
        tab.announce(Changes.PARTICIPANTS)
        tab.focus_search()

    def _pdf(self, title: str, suggested: str, write: Callable[[Any, Path], Path]) -> None:
        """Ask where to save, then ``write(handouts_module, path)`` off the GUI thread."""
        tab = self.tab
        if tab.current_event is None or self.runner.running:
            return
        path, _ = QFileDialog.getSaveFileName(tab, title, suggested, self.tr("PDF (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        target = Path(path)

        def work(progress):  # type: ignore[no-untyped-def]
            from dialogue_desk.exchange.pdf import handouts

            return write(handouts, target)

        self.runner.title = title
        self.runner.start(self.tr("Writing {name}…").format(name=target.name), work)

    def _pdf_written(self, written: object) -> None:
        self.tab.banner.show_message(self.tr("Saved {path}.").format(path=written), Banner.OK)

    def _pdf_failed(self, message: str) -> None:
        self.tab.warn(
            self.runner.title,
            self.tr("The PDF could not be written: {reason}").format(reason=message),
        )

    def sign_in_sheet(self) -> None:
        event = self.tab.current_event
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
        event = self.tab.current_event
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
