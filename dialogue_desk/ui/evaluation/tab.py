"""The Evaluation tab: pick or import a form, design it, type in paper forms, run the kiosk,
see the results (issue 6)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dialogue_desk.services import evaluation as ev
from dialogue_desk.services.errors import ServiceError
from dialogue_desk.services.evaluation import FormRecord, FormSpec
from dialogue_desk.services.events import EventRecord
from dialogue_desk.store.errors import StoreError
from dialogue_desk.ui.context import UiContext
from dialogue_desk.ui.evaluation.designer import FormDesigner
from dialogue_desk.ui.evaluation.entry import PaperEntry
from dialogue_desk.ui.evaluation.results import ResultsView
from dialogue_desk.ui.tab_base import EventTab

log = logging.getLogger(__name__)
DESIGN, ENTRY, RESULTS = range(3)


class EvaluationTab(EventTab):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("evaluation_tab")
        self.form: FormRecord | None = None
        self.kiosk: QWidget | None = None
        self._own_change = False
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.form_label = QLabel()
        self.forms = QComboBox(objectName="evaluation_form_combo")
        self.forms.setMinimumContentsLength(32)
        self.forms.currentIndexChanged.connect(self._form_chosen)
        self.form_label.setBuddy(self.forms)
        bar.addWidget(self.form_label)
        bar.addWidget(self.forms, 1)
        self.new_button = QToolButton(objectName="evaluation_new_form")
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_menu = QMenu(self)
        self.new_button.setMenu(self.new_menu)
        self.new_dialogue = self.new_menu.addAction("", lambda: self.new_from_template("dialogue"))
        self.new_training = self.new_menu.addAction("", lambda: self.new_from_template("training"))
        self.new_empty = self.new_menu.addAction("", self.new_empty_form)
        bar.addWidget(self.new_button)
        self.more_button = QToolButton(objectName="evaluation_more")
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self)
        self.more_button.setMenu(self.more_menu)
        self.import_action = QAction(self, objectName="evaluation_import")
        self.import_action.triggered.connect(self.ask_import)
        self.export_action = QAction(self, objectName="evaluation_export")
        self.export_action.triggered.connect(self.ask_export)
        self.rename_action = QAction(self, objectName="evaluation_rename")
        self.rename_action.triggered.connect(self.rename_form)
        self.languages_action = QAction(self, objectName="evaluation_languages")
        self.languages_action.triggered.connect(self.ask_languages)
        self.delete_action = QAction(self, objectName="evaluation_delete_form")
        self.delete_action.triggered.connect(self.delete_form)
        for action in (self.import_action, self.export_action, self.rename_action,
                       self.languages_action, self.delete_action):  # fmt: skip
            self.more_menu.addAction(action)
        bar.addWidget(self.more_button)
        self.kiosk_button = QPushButton(objectName="evaluation_start_kiosk")
        self.kiosk_button.clicked.connect(self.ask_kiosk)
        bar.addWidget(self.kiosk_button)
        self.kiosk_action = QAction(self, objectName="evaluation_kiosk_action")
        self.kiosk_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.kiosk_action.triggered.connect(self.ask_kiosk)
        layout.addLayout(bar)
        self.empty = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, objectName="evaluation_empty")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.pages = QTabWidget(objectName="evaluation_pages")
        self.designer = FormDesigner(context.store, self.undo_stack)
        self.entry = PaperEntry(context.store, self.undo_stack)
        self._entry_stale = True
        self.results = ResultsView(context.store)
        self.pages.addTab(self.designer, "")
        self.pages.addTab(self.entry, "")
        self.pages.addTab(self.results, "")
        self.pages.currentChanged.connect(self._page_changed)
        layout.addWidget(self.pages, 1)
        self.designer.changed.connect(self._changed_here)
        self.entry.changed.connect(self._changed_here)
        context.changed.connect(self._changed_elsewhere)
        self.retranslate()
        self.set_event(context.event)

    # --- EventTab -----------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Evaluation")

    def retranslate(self) -> None:
        self.form_label.setText(self.tr("&Form:"))
        self.new_button.setText(self.tr("&New form"))
        self.new_dialogue.setText(self.tr("Dialogue event evaluation (built in)"))
        self.new_training.setText(self.tr("Training seminar evaluation (built in)"))
        self.new_empty.setText(self.tr("Empty form"))
        self.more_button.setText(self.tr("Form"))
        self.import_action.setText(self.tr("&Import XLSForm…"))
        self.export_action.setText(self.tr("&Export as XLSForm…"))
        self.rename_action.setText(self.tr("&Rename form…"))
        self.languages_action.setText(self.tr("Form &languages…"))
        self.delete_action.setText(self.tr("&Delete form…"))
        self.kiosk_button.setText(self.tr("Start &kiosk…"))
        self.kiosk_action.setText(self.tr("Start evaluation &kiosk…"))
        self.pages.setTabText(DESIGN, self.tr("Design"))
        self.pages.setTabText(ENTRY, self.tr("Enter paper forms"))
        self.pages.setTabText(RESULTS, self.tr("Results"))
        for page in (self.designer, self.entry, self.results):
            page.retranslate()
        self._update_state()

    def menu_actions(self) -> list[QAction]:
        return [self.kiosk_action, self.import_action, self.export_action]

    def focus_main(self) -> None:
        if self.form is None:
            self.new_button.setFocus()
        elif self.pages.currentIndex() == ENTRY:
            self.entry.view.focus_first()
        elif self.pages.currentIndex() == DESIGN:
            self.designer.table.setFocus()
        else:
            self.forms.setFocus()

    def set_event(self, event: EventRecord | None) -> None:
        self.reload_forms()

    # --- forms --------------------------------------------------------------------------------

    def reload_forms(self, select: int | None = None) -> None:
        event = self.context.event
        current = select if select is not None else (self.form.id if self.form else None)
        self.forms.blockSignals(True)
        self.forms.clear()
        if event is not None:
            for info in ev.list_forms(self.context.store, event.id):
                caption = self.tr("{title} — %n question(s)", "", info.questions).format(
                    title=info.title)  # fmt: skip
                self.forms.addItem(caption, info.id)
        index = self.forms.findData(current)
        self.forms.setCurrentIndex(index if index >= 0 else self.forms.count() - 1)
        self.forms.blockSignals(False)
        self._form_chosen()

    def _form_chosen(self) -> None:
        form_id = self.forms.currentData()
        try:
            self.form = ev.get_form(self.context.store, form_id) if form_id else None
        except ServiceError:
            self.form = None
        if self.form is None or self.form.id != getattr(self.designer.form, "id", None):
            self.undo_stack.clear()  # the stack's commands belong to the form shown
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
        event, form = self.context.event, self.form
        self.forms.setEnabled(event is not None and self.forms.count() > 0)
        self.new_button.setEnabled(event is not None)
        self.more_button.setEnabled(event is not None)
        self.import_action.setEnabled(event is not None)
        for action in (self.export_action, self.rename_action, self.languages_action,
                       self.delete_action):  # fmt: skip
            action.setEnabled(form is not None)
        can_kiosk = form is not None and bool(form.answerable)
        self.kiosk_button.setEnabled(can_kiosk)
        self.kiosk_action.setEnabled(can_kiosk)
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
        self._own_change = True
        try:
            self.context.notify("evaluation")
        finally:
            self._own_change = False
        self.reload_forms()

    def _changed_elsewhere(self, topic: str, event_id: int) -> None:
        if topic in ("evaluation", "event") and not self._own_change:
            self.reload_forms()
            self._entry_stale = True
            if self.pages.currentIndex() == ENTRY:
                self._refresh_entry()

    def _created(self, form: FormRecord) -> None:
        self.reload_forms(select=form.id)
        self.pages.setCurrentIndex(DESIGN)
        self._changed_here()

    def _fail(self, title: str, error: Exception) -> None:
        QMessageBox.warning(self, title, str(error))

    def new_from_template(self, key: str) -> FormRecord | None:
        event = self.context.event
        if event is None:
            return None
        try:
            form = ev.create_form_from_template(self.context.store, event.id, key, event.language)
        except (ServiceError, StoreError) as error:
            self._fail(self.tr("No form created"), error)
            return None
        self._created(form)
        return form

    def new_empty_form(self) -> None:
        event = self.context.event
        if event is None:
            return
        title, ok = QInputDialog.getText(self, self.tr("New form"), self.tr("Title of the form:"),
                                         text=self.tr("Evaluation"))  # fmt: skip
        if not ok:
            return
        spec = FormSpec(title=title, languages=tuple(event.languages.split(",")), questions=())
        try:
            self._created(ev.create_form(self.context.store, event.id, spec))
        except (ServiceError, StoreError) as error:
            self._fail(self.tr("No form created"), error)

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import XLSForm"), str(Path.home()), self.tr("XLSForm (*.xlsx *.xls)")
        )
        if path:
            self.start_import(Path(path))

    def start_import(self, path: Path) -> QObject | None:
        """Read the XLSForm in the background with a busy indicator; store it when read."""
        from dialogue_desk.ui.evaluation.import_reader import XLSFormReader

        event = self.context.event
        if event is None:
            return None
        progress = QProgressDialog(
            self.tr("Reading {file}…").format(file=path.name), self.tr("Cancel"), 0, 0, self
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        reader = XLSFormReader(path, event.id, self)
        reader.progress = progress  # type: ignore[attr-defined]
        reader.read.connect(self._form_read)
        reader.finished.connect(reader.deleteLater)
        reader.start()
        return reader

    def _form_read(self, result: object) -> None:
        from dialogue_desk.exchange.xlsform import import_xlsform

        reader = self.sender()
        progress = reader.progress  # type: ignore[attr-defined]
        cancelled = progress.wasCanceled()
        progress.close()
        if cancelled:
            return
        if isinstance(result, Exception):
            self._fail(self.tr("Form not imported"), result)
            return
        try:
            form = import_xlsform(self.context.store, reader.path, reader.event_id, spec=result)  # type: ignore[attr-defined]
        except (ServiceError, StoreError) as error:
            self._fail(self.tr("Form not imported"), error)
            return
        self._created(form)

    def import_file(self, path: Path) -> FormRecord | None:
        """Import an XLSForm into the current event; a refused form shows why, nothing stored."""
        from dialogue_desk.exchange.xlsform import import_xlsform

        event = self.context.event
        if event is None:
            return None
        try:
            form = import_xlsform(self.context.store, path, event.id)
        except (ServiceError, StoreError) as error:
            self._fail(self.tr("Form not imported"), error)
            return None
        self._created(form)
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
        try:
            export_xlsform(self.context.store, self.form.id, path)
        except (ServiceError, StoreError) as error:
            self._fail(self.tr("Not exported"), error)
            return False
        return True

    def rename_form(self) -> None:
        if self.form is None:
            return
        title, ok = QInputDialog.getText(
            self, self.tr("Rename form"), self.tr("Title of the form:"), text=self.form.title
        )
        if ok:
            try:
                ev.update_form(self.context.store, self.form.id, title=title)
            except (ServiceError, StoreError) as error:
                self._fail(self.tr("Not renamed"), error)
                return
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
        codes = [c.strip().lower() for c in text.replace(";", ",").split(",") if c.strip()]
        if not codes or not all(c.isascii() and c.isalpha() and 2 <= len(c) <= 3 for c in codes):
            QMessageBox.warning(
                self, self.tr("Languages not changed"),
                self.tr("Give two- or three-letter language codes separated by commas, such as "
                        "et,ru,en."),
            )  # fmt: skip
            return False
        try:
            form_id = self.form.id  # type: ignore[union-attr]
            ev.update_form(self.context.store, form_id, languages=tuple(codes))
        except (ServiceError, StoreError) as error:
            self._fail(self.tr("Languages not changed"), error)
            return False
        self._changed_here()
        return True

    def delete_form(self) -> None:
        if self.form is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete form"),
            self.tr("Delete \u201c{title}\u201d with its %n response(s)? This cannot be undone.",
                    "", self.form.responses).format(title=self.form.title),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            ev.delete_form(self.context.store, self.form.id)
            self.form = None
            self._changed_here()

    # --- kiosk --------------------------------------------------------------------------------

    def ask_kiosk(self) -> None:
        from dialogue_desk.ui.evaluation.kiosk import KioskSetupDialog

        if self.form is None or not self.form.answerable:
            return
        dialog = KioskSetupDialog(self.form.title, self)
        if dialog.exec():
            self.start_kiosk(dialog.pin.text().strip())

    def start_kiosk(self, pin: str) -> QWidget | None:
        from dialogue_desk.ui.evaluation.kiosk import KioskWindow

        if self.form is None:
            return None
        self.kiosk = KioskWindow(self.context.store, self.form, pin)
        self.kiosk.submitted.connect(lambda _id: self._changed_here())
        self.kiosk.left.connect(self._kiosk_left)
        self.kiosk.show_locked(self.screen())
        return self.kiosk

    def _kiosk_left(self) -> None:
        self.kiosk = None
        self.pages.setCurrentIndex(RESULTS)
        self.window().raise_()
        self.window().activateWindow()
