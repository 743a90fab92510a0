"""The Evaluation tab: pick or import a form, design it, type in paper forms, run the kiosk,
see the results (issue 6)."""

from __future__ import annotations

import logging
from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dialogue_desk.i18n import ui_language
from dialogue_desk.services import evaluation as ev
from dialogue_desk.services.changes import Changes
from dialogue_desk.services.errors import NotFoundError
from dialogue_desk.services.evaluation import FormRecord, FormSpec
from dialogue_desk.services.events import EventRecord
from dialogue_desk.ui.common.background import BackgroundRunner
from dialogue_desk.ui.context import UiContext
from dialogue_desk.ui.evaluation.accessible import name_controls
from dialogue_desk.ui.evaluation.designer import FormDesigner
from dialogue_desk.ui.evaluation.entry import PaperEntry
from dialogue_desk.ui.evaluation.form_bar import FormBar
from dialogue_desk.ui.evaluation.import_report import show_left_out
from dialogue_desk.ui.evaluation.results import ResultsView
from dialogue_desk.ui.tab_base import EventTab

log = logging.getLogger(__name__)
DESIGN, ENTRY, RESULTS = range(3)


class EvaluationTab(EventTab):
    #: Forms and responses changed by undo/redo or another view; the event's languages.
    watches = Changes.EVALUATION | Changes.EVENT

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("evaluation_tab")
        self.form: FormRecord | None = None
        self.kiosk: QWidget | None = None
        layout = QVBoxLayout(self)
        self.bar = bar = FormBar(self)
        self.forms = bar.forms
        bar.forms.currentIndexChanged.connect(self._form_chosen)
        bar.new_dialogue.triggered.connect(lambda: self.new_from_template("dialogue"))
        bar.new_training.triggered.connect(lambda: self.new_from_template("training"))
        bar.new_empty.triggered.connect(self.new_empty_form)
        bar.import_action.triggered.connect(self.ask_import)
        bar.export_action.triggered.connect(self.ask_export)
        bar.rename_action.triggered.connect(self.rename_form)
        bar.languages_action.triggered.connect(self.ask_languages)
        bar.delete_action.triggered.connect(self.delete_form)
        bar.kiosk_button.clicked.connect(self.ask_kiosk)
        bar.kiosk_action.triggered.connect(self.ask_kiosk)
        layout.addLayout(bar)
        self.empty = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, objectName="evaluation_empty")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.pages = QTabWidget(objectName="evaluation_pages")
        self.designer = FormDesigner(context.store, self)
        self.entry = PaperEntry(context.store, self)
        self._entry_stale = True
        self.results = ResultsView(context.store)
        self.pages.addTab(self.designer, "")
        self.pages.addTab(self.entry, "")
        self.pages.addTab(self.results, "")
        self.pages.currentChanged.connect(self._page_changed)
        layout.addWidget(self.pages, 1)
        self.designer.changed.connect(self._changed_here)
        self.entry.changed.connect(self._changed_here)
        self.importer = BackgroundRunner(self)
        self.importer.succeeded.connect(self._form_read)
        self.importer.failed.connect(lambda message: self.show_error(message, self._not_imported))
        self.retranslate()
        self.set_event(self.current_event)

    # --- EventTab -----------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Evaluation")

    def retranslate(self) -> None:
        self.bar.form_label.setText(self.tr("F&orm:"))
        self.bar.new_button.setText(self.tr("&New form"))
        self.bar.new_dialogue.setText(self.tr("Dialogue event evaluation (built in)"))
        self.bar.new_training.setText(self.tr("Training seminar evaluation (built in)"))
        self.bar.new_empty.setText(self.tr("Empty form"))
        self.bar.more_button.setText(self.tr("Form actions"))
        self.bar.import_action.setText(self.tr("&Import XLSForm…"))
        self.bar.export_action.setText(self.tr("&Export as XLSForm…"))
        self.bar.rename_action.setText(self.tr("&Rename form…"))
        self.bar.languages_action.setText(self.tr("Form &languages…"))
        self.bar.delete_action.setText(self.tr("&Delete form…"))
        self.bar.kiosk_button.setText(self.tr("Start &kiosk…"))
        self.bar.kiosk_action.setText(self.tr("Start evaluation &kiosk…"))
        self.pages.setTabText(DESIGN, self.tr("Design"))
        self.pages.setTabText(ENTRY, self.tr("Enter paper forms"))
        self.pages.setTabText(RESULTS, self.tr("Results"))
        for page in (self.designer, self.entry, self.results):
            page.retranslate()
        if self.forms.count():
            self.reload_forms()  # a built-in form's title and the question counts, in this language
        self._update_state()

    def menu_actions(self) -> list[QAction]:
        return [self.bar.kiosk_action, self.bar.import_action, self.bar.export_action]

    def focus_main(self) -> None:
        if self.form is None:
            self.bar.new_button.setFocus()
        elif self.pages.currentIndex() == ENTRY:
            self.entry.view.focus_first()
        elif self.pages.currentIndex() == DESIGN:
            self.designer.table.setFocus()
        else:
            self.forms.setFocus()

    def set_event(self, event: EventRecord | None) -> None:
        self.reload_forms()

    # --- forms --------------------------------------------------------------------------------

    def on_changes(self, changes: Changes) -> None:
        self.reload_forms()

    def reload_forms(self, select: int | None = None) -> None:
        event = self.current_event
        current = select if select is not None else (self.form.id if self.form else None)
        infos: list[ev.FormInfo] = []
        if event is not None:
            with self.guard():
                infos = ev.list_forms(self.context.store, event.id, ui_language())
        self.forms.blockSignals(True)
        self.forms.clear()
        for info in infos:
            caption = self.tr("{title} — %n question(s)", "", info.questions).format(
                title=info.title)  # fmt: skip
            self.forms.addItem(caption, info.id)
        index = self.forms.findData(current)
        self.forms.setCurrentIndex(index if index >= 0 else self.forms.count() - 1)
        self.forms.blockSignals(False)
        self._form_chosen()

    def show_form(self, form_id: int) -> None:
        """Bring form ``form_id`` on screen (after an undo or redo of one of its edits)."""
        if self.form is None or self.form.id != form_id:
            self.reload_forms(select=form_id)

    def _form_chosen(self) -> None:
        form_id = self.forms.currentData()
        self.form = None
        # A form deleted meanwhile is simply not shown; the list is read again on the next change.
        with self.guard(), suppress(NotFoundError):
            self.form = ev.get_form(self.context.store, form_id) if form_id else None
        # The undo history is the window's: its edits of other forms stay undoable (and
        # show their form when undone), so a change of form no longer clears it.
        self.designer.set_form(self.form)
        # Paper entry and results read every response: only for the page on screen.
        self._entry_stale = True
        if self.pages.currentIndex() == ENTRY:
            self._refresh_entry()
        if self.pages.currentIndex() == RESULTS:
            self.results.set_form(self.form)
        self._update_state()

    def _refresh_entry(self) -> None:
        if self._entry_stale or self.entry.form is not self.form:
            self.entry.set_form(self.form)
            self._entry_stale = False

    def _page_changed(self, index: int) -> None:
        if index == RESULTS:
            self.results.set_form(self.form)
        elif index == ENTRY:
            self._refresh_entry()
            self.entry.view.focus_first()

    def _update_state(self) -> None:
        event, form = self.current_event, self.form
        self.forms.setEnabled(event is not None and self.forms.count() > 0)
        self.bar.new_button.setEnabled(event is not None)
        self.bar.more_button.setEnabled(event is not None)
        self.bar.import_action.setEnabled(event is not None)
        for action in self.bar.form_actions():
            action.setEnabled(form is not None)
        can_kiosk = form is not None and bool(form.answerable)
        self.bar.kiosk_button.setEnabled(can_kiosk)
        self.bar.kiosk_action.setEnabled(can_kiosk)
        name_controls(self)  # every control read out by a screen reader, in this language
        self.pages.setVisible(form is not None)
        self.empty.setVisible(form is None)
        if event is None:
            self.empty.setText(self.tr("Open or create an event to evaluate it."))
        else:
            self.empty.setText(self.tr(
                "This event has no evaluation form yet.\n\nCreate one with New form (the built-in "
                "dialogue-event evaluation is ready in five languages), or import the XLSForm "
                "your coordinator wrote."))  # fmt: skip

    def _changed_here(self) -> None:
        """Show and announce a change made on this tab (the designer, paper entry, kiosk)."""
        self.announce(Changes.EVALUATION)
        self.reload_forms()

    def _created(self, form: FormRecord) -> None:
        self.reload_forms(select=form.id)
        self.pages.setCurrentIndex(DESIGN)
        self._changed_here()

    def new_from_template(self, key: str) -> FormRecord | None:
        event = self.current_event
        if event is None:
            return None
        form = None
        with self.guard(self.tr("No form created")):
            form = ev.create_form_from_template(self.context.store, event.id, key, event.language)
        if form is not None:
            self._created(form)
        return form

    def new_empty_form(self) -> None:
        event = self.current_event
        if event is None:
            return
        title, ok = QInputDialog.getText(self, self.tr("New form"), self.tr("Title of the form:"),
                                         text=self.tr("Evaluation"))  # fmt: skip
        if not ok:
            return
        spec = FormSpec(title=title, languages=tuple(event.languages.split(",")), questions=())
        form = None
        with self.guard(self.tr("No form created")):
            form = ev.create_form(self.context.store, event.id, spec)
        if form is not None:
            self._created(form)

    @property
    def _not_imported(self) -> str:
        return self.tr("Form not imported")

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import XLSForm"), str(Path.home()), self.tr("XLSForm (*.xlsx *.xls)")
        )
        if path:
            self.start_import(Path(path))

    def start_import(self, path: Path) -> bool:
        """Read the XLSForm off the GUI thread (progress if slow); store it when read."""
        from dialogue_desk.exchange.xlsform import read_xlsform

        event = self.current_event
        if event is None:
            return False
        self.importer.title = self.tr("Import XLSForm")
        label = self.tr("Reading {file}…").format(file=path.name)
        # The work returns where to store the form too: the event may change while it reads.
        return self.importer.start(label, lambda _progress: (path, event.id, read_xlsform(path)))

    def _form_read(self, result: tuple[Path, int, FormSpec]) -> None:
        from dialogue_desk.services.evaluation import import_form

        path, event_id, spec = result
        form = None
        with self.guard(self._not_imported):
            form = import_form(self.context.store, event_id, spec, source=path.name)
        if form is not None:
            self._created(form)
            self.import_report = show_left_out(self, path.name, spec.warnings)

    def import_file(self, path: Path) -> FormRecord | None:
        """Import an XLSForm into the current event; a refused form shows why, nothing stored."""
        from dialogue_desk.exchange.xlsform import import_xlsform, read_xlsform

        event = self.current_event
        if event is None:
            return None
        form = None
        with self.guard(self._not_imported):
            spec = read_xlsform(path)
            form = import_xlsform(self.context.store, path, event.id, spec)
        if form is not None:
            self._created(form)
            self.import_report = show_left_out(self, path.name, spec.warnings)
        return form

    def ask_export(self) -> None:
        if self.form is None:
            return
        suggested = str(Path.home() / f"{self.form.form_key or 'evaluation_form'}.xlsx")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export as XLSForm"), suggested,
                                              self.tr("XLSForm (*.xlsx)"))  # fmt: skip
        if path:
            self.export_file(Path(path).with_suffix(".xlsx"))

    def export_file(self, path: Path) -> bool:
        from dialogue_desk.exchange.xlsform import export_xlsform

        if self.form is None:
            return False
        with self.guard(self.tr("Not exported")) as outcome:
            export_xlsform(self.context.store, self.form.id, path)
        return outcome.ok

    def rename_form(self) -> None:
        if self.form is None:
            return
        title, ok = QInputDialog.getText(
            self, self.tr("Rename form"), self.tr("Title of the form:"), text=self.form.title
        )
        if ok:
            with self.guard(self.tr("Not renamed")) as outcome:
                ev.update_form(self.context.store, self.form.id, title=title)
            if outcome.ok:
                self._changed_here()

    def ask_languages(self) -> None:
        if self.form is None:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Form languages"),
            self.tr("Language codes the form is given in, the default first (e.g. et,ru,en):"),
            text=",".join(self.form.languages),
        )  # fmt: skip
        if ok:
            self.set_languages(text)

    def set_languages(self, text: str) -> bool:
        if self.form is None:
            return False
        codes = [c.strip().lower() for c in text.replace(";", ",").split(",") if c.strip()]
        title = self.tr("Languages not changed")
        if not codes or not all(c.isascii() and c.isalpha() and 2 <= len(c) <= 3 for c in codes):
            self.show_error(self.tr("Give two- or three-letter language codes separated by "
                                    "commas, such as et,ru,en."), title)  # fmt: skip
            return False
        with self.guard(title) as outcome:
            ev.update_form(self.context.store, self.form.id, languages=tuple(codes))
        if outcome.ok:
            self._changed_here()
        return outcome.ok

    def delete_form(self) -> None:
        if self.form is None:
            return
        title = ev.form_title(self.form, ui_language())
        answer = QMessageBox.question(
            self, self.tr("Delete form"),
            self.tr("Delete \u201c{title}\u201d with its %n response(s)? This cannot be undone.",
                    "", self.form.responses).format(title=title),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            with self.guard(self.tr("Delete form")) as outcome:
                ev.delete_form(self.context.store, self.form.id)
            if outcome.ok:
                self.form = None
                self._changed_here()

    # --- kiosk --------------------------------------------------------------------------------

    def ask_kiosk(self) -> None:
        from dialogue_desk.ui.evaluation.kiosk import KioskSetupDialog

        if self.form is None or not self.form.answerable:
            return
        # One question (or group) per page suits forms laid out in pages or with skip logic.
        paged = self.form.settings.get("style") == "pages" or ev.FormLogic(self.form).has_logic
        dialog = KioskSetupDialog(ev.form_title(self.form, ui_language()), self, paged=paged)
        if dialog.exec():
            self.start_kiosk(dialog.pin.text().strip(), paged=dialog.paged.isChecked())

    def start_kiosk(self, pin: str, *, paged: bool = False) -> QWidget | None:
        from dialogue_desk.ui.evaluation.kiosk import KioskWindow

        if self.form is None:
            return None
        self.kiosk = KioskWindow(self.context.store, self.form, pin, paged=paged)
        self.kiosk.submitted.connect(lambda _id: self._changed_here())
        self.kiosk.left.connect(self._kiosk_left)
        self.kiosk.show_locked(self.screen())
        return self.kiosk

    def _kiosk_left(self) -> None:
        self.kiosk = None
        self.pages.setCurrentIndex(RESULTS)
        self.window().raise_()
        self.window().activateWindow()
