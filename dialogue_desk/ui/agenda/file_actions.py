"""The Agenda tab's file actions: import an agenda, copy one from another event, save it as PDF.

Reading the spreadsheet and writing the PDF run off the GUI thread (``ui/common/background``);
the import and the copy are undoable steps of the tab (``AgendaTab.change``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from dialogue_desk.services import agenda as service
from dialogue_desk.ui.common.background import BackgroundRunner, run_and_wait
from dialogue_desk.ui.common.open_location import open_location

if TYPE_CHECKING:
    from dialogue_desk.ui.agenda.tab import AgendaTab


class AgendaFileActions(QObject):
    def __init__(self, tab: AgendaTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.runner = BackgroundRunner(tab)
        self.runner.succeeded.connect(self._printed)
        self.runner.failed.connect(self._print_failed)

    def do_import(self) -> None:
        from dialogue_desk.exchange.tabular import read_table
        from dialogue_desk.services.agenda import import_agenda
        from dialogue_desk.ui.agenda.import_dialog import ImportAgendaDialog

        tab = self.tab
        event = tab.current_event
        if event is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            tab,
            QCoreApplication.translate("AgendaTab", "Import agenda"),
            "",
            QCoreApplication.translate("AgendaTab", "Spreadsheets (*.xlsx *.csv *.txt)"),
        )
        if not path:
            return
        read = run_and_wait(
            tab,
            QCoreApplication.translate("AgendaTab", "Reading {name}…").format(name=Path(path).name),
            lambda progress: read_table(path),
        )
        if read.cancelled:
            return
        if read.error is not None:
            tab.show_error(read.message)
            return
        dialog = ImportAgendaDialog(tab, read.result, event, len(tab.items))
        if not dialog.exec():
            return
        move, replace = dialog.options()
        preview = dialog.preview
        count = tab.change(
            QCoreApplication.translate("AgendaTab", "Import agenda from {name}").format(
                name=Path(path).name
            ),
            None,
            lambda: import_agenda(
                tab.context.store, event.id, preview, move_dates=move, replace=replace
            ),
        )
        if count:
            tab.day = None
            tab.reload()
            tab.show_status(
                QCoreApplication.translate(
                    "AgendaTab",
                    "%n agenda item(s) imported. Ctrl+Z takes the import back.",
                    "",
                    count,
                )
            )

    def do_copy(self) -> None:
        from dialogue_desk.services.events import list_events
        from dialogue_desk.ui.agenda.dialogs import CopyAgendaDialog

        tab = self.tab
        event = tab.current_event
        if event is None:
            return
        with tab.guard() as outcome:
            counts = service.agenda_counts(tab.context.store)
            sources = [
                (e, counts[e.id])
                for e in list_events(tab.context.store)
                if e.id != event.id and counts.get(e.id)
            ]
        if not outcome.ok:
            return
        if not sources:
            QMessageBox.information(
                tab,
                QCoreApplication.translate("AgendaTab", "Copy agenda"),
                QCoreApplication.translate("AgendaTab", "No other event has an agenda to copy."),
            )
            return
        dialog = CopyAgendaDialog(tab, event, sources)
        if dialog.exec():
            source = dialog.source_id()
            count = tab.change(
                QCoreApplication.translate("AgendaTab", "Copy agenda"),
                None,
                lambda: service.copy_agenda(tab.context.store, source, event.id),
            )
            if count:
                tab.show_status(
                    QCoreApplication.translate("AgendaTab", "%n agenda item(s) copied.", "", count)
                )

    def do_print(self) -> None:
        from dialogue_desk.paths import exports_dir

        tab = self.tab
        event = tab.current_event
        if event is None or self.runner.running:
            return
        name = "".join(c if c.isalnum() or c in " -_" else "_" for c in event.title).strip()
        suggested = (
            exports_dir()
            / f"{QCoreApplication.translate('AgendaTab', 'Agenda')} - {name or event.id}.pdf"
        )
        path, _ = QFileDialog.getSaveFileName(
            tab,
            QCoreApplication.translate("AgendaTab", "Save agenda as PDF"),
            str(suggested),
            QCoreApplication.translate("AgendaTab", "PDF files (*.pdf)"),
        )
        if not path:
            return
        target = Path(path if path.lower().endswith(".pdf") else f"{path}.pdf")
        store, event_id, language = tab.context.store, event.id, event.language

        def work(progress):  # type: ignore[no-untyped-def]
            from dialogue_desk.exchange.pdf.handouts import write_agenda_handout

            return write_agenda_handout(store, event_id, target, language=language)

        self.runner.title = QCoreApplication.translate("AgendaTab", "Save agenda as PDF")
        self.runner.start(
            QCoreApplication.translate("AgendaTab", "Writing {name}…").format(name=target.name),
            work,
        )

    def _print_failed(self, message: str) -> None:
        self.tab.show_error(
            QCoreApplication.translate(
                "AgendaTab", "The agenda could not be saved as PDF: {reason}"
            ).format(reason=message)
        )

    def _printed(self, written: object) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("AgendaTab", "Agenda saved"),
            QCoreApplication.translate("AgendaTab", "The agenda was saved as {path}.").format(
                path=written
            ),
            QMessageBox.StandardButton.Close,
            self.tab,
        )
        open_button = box.addButton(
            QCoreApplication.translate("AgendaTab", "&Open it"), QMessageBox.ButtonRole.ActionRole
        )
        box.exec()
        if box.clickedButton() is open_button:
            open_location(self.tab, written)
