"""The main window: event switcher, the four tabs, menus and status bar.

It is built in two steps so it shows at once: ``MainWindow(None, …)`` is the frame (menus,
toolbar, status bar, an "Opening…" page) and needs neither SQLAlchemy nor the tabs;
``attach(store)`` then builds the tabs on the opened store. ``MainWindow(store, …)`` does both.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QKeySequence,
    QPaintEvent,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from dialogue_desk import APP_NAME, __version__
from dialogue_desk.i18n import LANGUAGES, install_ui_language
from dialogue_desk.paths import data_dir
from dialogue_desk.services.errors import ServiceError
from dialogue_desk.settings import Settings
from dialogue_desk.store.errors import StoreError
from dialogue_desk.ui.context import UiContext
from dialogue_desk.ui.welcome import WelcomePage

if TYPE_CHECKING:
    from dialogue_desk.services.events import EventRecord
    from dialogue_desk.store import Store
    from dialogue_desk.ui.exports.actions import ExportActions
    from dialogue_desk.ui.tab_base import EventTab

log = logging.getLogger(__name__)

WELCOME_PAGE, TABS_PAGE, OPENING_PAGE = 0, 1, 2
TAB_COUNT = 4


def _events():  # type: ignore[no-untyped-def]
    """The events service, imported when first needed (it brings SQLAlchemy)."""
    from dialogue_desk.services import events

    return events


class MainWindow(QMainWindow):
    #: The user asked to enter (True) or leave (False) practice mode; the app controller swaps
    #: the store and the window.
    practice_requested = Signal(bool)
    reset_practice_requested = Signal()

    def __init__(self, store: Store | None, settings: Settings, *, language: str = "en",
                 practice: bool = False) -> None:  # fmt: skip
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings
        self.language = language
        self.practice = practice
        self.context: UiContext | None = None
        self.tab_pages: list[EventTab] = []
        self.export_actions: ExportActions | None = None
        self.exercise_panel = None
        self._after_first_paint: list[Callable[[], None]] = []

        self.tabs = QTabWidget(objectName="tabs")
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.undo_group = QUndoGroup(self)

        self.welcome = WelcomePage(practice_available=not practice)
        self.welcome.create_event.connect(self.new_event)
        self.welcome.open_practice.connect(lambda: self.practice_requested.emit(True))
        self.opening = QLabel(objectName="openingPage", alignment=Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget(objectName="pages")
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.tabs)
        self.pages.addWidget(self.opening)
        self.pages.setCurrentIndex(OPENING_PAGE)
        central = QWidget()
        self.column = QVBoxLayout(central)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(0)
        self.practice_banner = None
        if practice:
            from dialogue_desk.ui.practice import PRACTICE_STYLE, PracticeBanner

            self.practice_banner = PracticeBanner()
            self.column.addWidget(self.practice_banner)
            self.setStyleSheet(PRACTICE_STYLE)
        self.column.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.toolbar = QToolBar(objectName="eventToolbar", movable=False)
        self.toolbar.setVisible(False)  # the event switcher joins it in attach()
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

        self.store_label = QLabel(objectName="storeLabel")
        self.event_status = QLabel(objectName="eventStatus")
        self.statusBar().addWidget(self.event_status, 1)
        self.statusBar().addPermanentWidget(self.store_label)

        self._build_actions()
        self._build_menus()
        for action in (self.edit_event_action, self.delete_event_action):
            action.setEnabled(False)  # until an event is shown
        self.retranslate()
        geometry = settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        if store is not None:
            self.attach(store)

    def attach(self, store: Store) -> None:
        """Build the tabs on the opened ``store`` and show its last (or most recent) event."""
        from dialogue_desk.ui.agenda.tab import AgendaTab
        from dialogue_desk.ui.checkin.tab import CheckInTab
        from dialogue_desk.ui.evaluation.tab import EvaluationTab
        from dialogue_desk.ui.exports.actions import ExportActions
        from dialogue_desk.ui.notes.tab import NotesTab

        self.event_switcher = QComboBox(objectName="eventSwitcher")
        self.event_switcher.setMinimumContentsLength(64)
        self.event_switcher.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.event_switcher.activated.connect(self._on_switcher_activated)
        self.event_label = QLabel()
        self.toolbar.addWidget(self.event_label)
        self.toolbar.addWidget(self.event_switcher)
        self.context = UiContext(store, practice=self.practice, parent=self)
        self.context.changed.connect(self._on_changed)
        self.tabs.blockSignals(True)
        self.tab_pages = [
            AgendaTab(self.context), CheckInTab(self.context),
            NotesTab(self.context), EvaluationTab(self.context),
        ]  # fmt: skip
        for page in self.tab_pages:
            self.tabs.addTab(page, page.title())
            self.undo_group.addStack(page.undo_stack)
        self.tabs.blockSignals(False)
        for page in self.tab_pages:
            actions = page.menu_actions()
            if actions:
                self.event_menu.addActions(actions)
                self.event_menu.addSeparator()
                self.addActions(actions)
        self.event_menu.menuAction().setVisible(not self.event_menu.isEmpty())
        self.export_actions = ExportActions(self.context, self)
        self.add_file_actions(self.export_actions.actions())
        if self.practice:
            from dialogue_desk.ui.practice import ExercisePanel

            self.exercise_panel = ExercisePanel(self.context, self)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.exercise_panel)
        self.retranslate()
        self.reload_events(select=self.settings.last_event(store.path))

    def when_first_painted(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the window has been drawn (or soon, if it is never drawn)."""
        self._after_first_paint.append(callback)
        QTimer.singleShot(300, self._run_after_first_paint)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self._after_first_paint:
            QTimer.singleShot(0, self._run_after_first_paint)

    def _run_after_first_paint(self) -> None:
        callbacks, self._after_first_paint = self._after_first_paint, []
        for callback in callbacks:
            callback()

    @property
    def store(self) -> Store:
        assert self.context is not None, "the window has no store yet"
        return self.context.store

    # --- actions and menus ------------------------------------------------------------------

    def _action(
        self, name: str, slot: object, shortcut: QKeySequence | str | None = None
    ) -> QAction:
        action = QAction(self, objectName=name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.new_event_action = self._action("actionNewEvent", self.new_event, key.New)
        self.edit_event_action = self._action("actionEditEvent", self.edit_event, "Ctrl+E")
        self.delete_event_action = self._action("actionDeleteEvent", self.delete_event)
        self.quit_action = self._action("actionQuit", self.close, "Ctrl+Q")
        self.practice_action = self._action(
            "actionPracticeMode", lambda checked: self.practice_requested.emit(checked)
        )
        self.practice_action.setCheckable(True)
        self.practice_action.setChecked(self.practice)
        self.reset_practice_action = self._action(
            "actionResetPractice", self._confirm_reset_practice
        )
        self.reset_practice_action.setVisible(self.practice)
        # Our own actions rather than QUndoGroup.createUndoAction: those overwrite the text with
        # Qt's wording, which ignores our catalogues (and Qt has none for Estonian).
        self.undo_action = self._action("actionUndo", self.undo_group.undo, "Ctrl+Z")
        self.redo_action = self._action("actionRedo", self.undo_group.redo, "Ctrl+Shift+Z")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_group.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_group.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_group.undoTextChanged.connect(lambda text: self.undo_action.setToolTip(text))
        self.undo_group.redoTextChanged.connect(lambda text: self.redo_action.setToolTip(text))
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.find_action = self._action("actionFind", self.focus_search, key.Find)
        self.tab_actions = [
            self._action(
                f"actionTab{i + 1}", lambda _=False, i=i: self.show_tab(i), f"Ctrl+{i + 1}"
            )
            for i in range(TAB_COUNT)
        ]
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True, objectName=f"actionLanguage_{code}")
            action.setChecked(code == self.language)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.about_action = self._action("actionAbout", self.show_about)
        self.data_folder_action = self._action("actionOpenDataFolder", self.open_data_folder)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.new_event_action, self.edit_event_action,
                                   self.delete_event_action])  # fmt: skip
        self.file_menu.addSeparator()
        self.export_menu_anchor = self.file_menu.addSeparator()
        self.file_menu.addActions([self.practice_action, self.reset_practice_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions(self.tab_actions)
        self.view_menu.addSeparator()
        self.language_menu = QMenu(self)
        self.language_menu.addActions(list(self.language_actions.values()))
        self.view_menu.addMenu(self.language_menu)
        self.event_menu = bar.addMenu("")  # filled with the tabs' actions by attach()
        self.event_menu.menuAction().setVisible(False)
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([self.about_action, self.data_folder_action])

    def add_file_actions(self, actions: list[QAction]) -> None:
        """Put export and similar actions into the File menu, above Quit."""
        self.file_menu.insertActions(self.export_menu_anchor, actions)
        self.addActions(actions)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.event_menu.setTitle(self.tr("Even&t"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.new_event_action.setText(self.tr("&New event…"))
        self.edit_event_action.setText(self.tr("&Edit event…"))
        self.delete_event_action.setText(self.tr("&Delete event…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.practice_action.setText(self.tr("&Practice mode"))
        self.reset_practice_action.setText(self.tr("&Reset practice…"))
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self.find_action.setText(self.tr("&Find"))
        self.about_action.setText(self.tr("&About Dialogue Desk"))
        self.data_folder_action.setText(self.tr("Open &data folder"))
        if self.context is not None:
            self.event_label.setText(self.tr("Event:") + " ")
            self.event_switcher.setAccessibleName(self.tr("Current event"))
        self.tabs.setAccessibleName(self.tr("Event tabs"))
        for index, page in enumerate(self.tab_pages):
            self.tabs.setTabText(index, page.title())
            self.tab_actions[index].setText(page.title())
        self.opening.setText(self.tr("Opening the store…"))
        if self.context is not None:
            self.store_label.setText(self.tr("Store: %1").replace("%1", str(self.store.path)))
        self._update_title()
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- events -------------------------------------------------------------------------------

    def reload_events(self, select: int | None = None) -> None:
        """Refill the switcher and show ``select`` (or the current or most recent event)."""
        current = select if select is not None else (
            self.context.event.id if self.context.event else None
        )  # fmt: skip
        records = _events().list_events(self.store)
        self.event_switcher.blockSignals(True)
        self.event_switcher.clear()
        for record in records:
            self.event_switcher.addItem(self._switcher_text(record), record.id)
        self.event_switcher.blockSignals(False)
        ids = [r.id for r in records]
        chosen = current if current in ids else (ids[0] if ids else None)
        self.show_event(next((r for r in records if r.id == chosen), None))

    def _switcher_text(self, record: EventRecord) -> str:
        dates = record.start_date.isoformat()
        if record.end_date != record.start_date:
            dates += f" – {record.end_date.isoformat()}"
        place = f" · {record.city}" if record.city else ""
        return f"{record.title}{place} · {dates}"

    def show_event(self, record: EventRecord | None) -> None:
        self._flush_tabs()
        if record is not None:
            self.event_switcher.setCurrentIndex(self.event_switcher.findData(record.id))
        self.pages.setCurrentIndex(TABS_PAGE if record else WELCOME_PAGE)
        for action in (self.edit_event_action, self.delete_event_action):
            action.setEnabled(record is not None)
        self.toolbar.setVisible(record is not None)
        self.undo_group.setActiveStack(self.tab_pages[self.tabs.currentIndex()].undo_stack)
        self.context.set_event(record)
        self.settings.set_last_event(self.store.path, record.id if record else None)
        self._update_title()
        self._update_status()

    def _on_switcher_activated(self, index: int) -> None:
        event_id = self.event_switcher.itemData(index)
        if self.context.event is None or event_id != self.context.event.id:
            self._guarded(lambda: self.show_event(_events().get_event(self.store, event_id)))

    def new_event(self) -> None:
        from dialogue_desk.ui.event_dialog import EventDialog

        if self.context is None:
            return
        dialog = EventDialog(self)
        if dialog.exec():
            record = self._guarded(lambda: _events().create_event(self.store, dialog.data()))
            if record is not None:
                self.reload_events(select=record.id)
                self.statusBar().showMessage(self.tr("Event created."), 5000)

    def edit_event(self) -> None:
        event = self.context.event
        if event is None:
            return
        from dialogue_desk.ui.event_dialog import EventDialog

        dialog = EventDialog(self, event)
        if dialog.exec():
            record = self._guarded(
                lambda: _events().update_event(self.store, event.id, dialog.data())
            )
            if record is not None:
                self.reload_events(select=record.id)
                self.context.notify("event")

    def delete_event(self) -> None:
        event = self.context.event
        if event is None:
            return
        contents = self._guarded(lambda: _events().event_contents(self.store, event.id))
        if contents is None:
            return
        details = self.tr(
            "Its agenda items (%1), participants (%2) with their check-ins (%3), notes (%4) and "
            "evaluation forms (%5) with their responses (%6) are deleted with it."
        )
        for n, value in enumerate(
            (contents.agenda_items, contents.participants, contents.check_ins, contents.notes,
             contents.evaluation_forms, contents.responses), start=1,
        ):  # fmt: skip
            details = details.replace(f"%{n}", str(value))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete event"),
                          self.tr("Delete \u201c%1\u201d?").replace("%1", event.title),
                          QMessageBox.StandardButton.Cancel, self)  # fmt: skip
        box.setInformativeText(
            details + "\n\n" + self.tr("A backup of the store is kept in the backups folder.")
        )
        delete = box.addButton(self.tr("Delete event"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not delete:
            return

        def run() -> bool:
            from dialogue_desk.store.backup import backup_store

            backup_store(self.store.path, reason=f"before-deleting-event-{event.id}")
            _events().delete_event(self.store, event.id)
            return True

        if self._guarded(run):
            for page in self.tab_pages:
                page.undo_stack.clear()
            self.reload_events()
            self.statusBar().showMessage(self.tr("Event deleted."), 5000)

    # --- tabs -------------------------------------------------------------------------------

    def show_tab(self, index: int) -> None:
        if self.context is None or self.context.event is None:
            return
        self.tabs.setCurrentIndex(index)
        self.tab_pages[index].focus_main()

    def focus_search(self) -> None:
        if self.context is not None and self.context.event is not None:
            self.tab_pages[self.tabs.currentIndex()].focus_search()

    def _on_tab_changed(self, index: int) -> None:
        self._flush_tabs()
        if 0 <= index < len(self.tab_pages):
            self.undo_group.setActiveStack(self.tab_pages[index].undo_stack)

    def _flush_tabs(self) -> None:
        for page in self.tab_pages:
            self._guarded(page.flush)

    def _on_changed(self, topic: str, _event_id: int) -> None:
        if topic == "event":
            self.reload_events()
        self._update_status()

    # --- language, about, title, status -------------------------------------------------

    def set_language(self, code: str) -> None:
        self.language = install_ui_language(code)
        # Installing translators posts LanguageChange to every widget: deliver it now, so the
        # whole window has switched when this returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.settings.language = self.language
        self.language_actions[self.language].setChecked(True)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Dialogue Desk"),
            self.tr(
                "<h3>Dialogue Desk %1</h3><p>The offline companion for facilitators of "
                "integration dialogue.</p><p>Data folder:<br><code>%2</code></p>"
                "<p>Store:<br><code>%3</code></p><p>Licence: EUPL-1.2</p>"
            )
            .replace("%1", __version__)
            .replace("%2", _html(str(data_dir())))
            .replace("%3", _html(str(self.store.path))),
        )

    def _confirm_reset_practice(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Reset practice"),
            self.tr(
                "Start the practice event afresh? Everything done in practice is removed; "
                "your real events are not touched."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.reset_practice_requested.emit()

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir())))

    def _update_title(self) -> None:
        event = self.context.event if self.context is not None else None
        title = f"{APP_NAME} \u2014 {event.title}" if event else APP_NAME
        if self.practice:
            title += " \u2014 " + self.tr("Practice")
        self.setWindowTitle(title)

    def _update_status(self) -> None:
        if self.context is None:
            self.event_status.clear()
            return
        event = self.context.event
        if event is None:
            self.event_status.setText(self.tr("No event open."))
            return
        contents = self._guarded(lambda: _events().event_contents(self.store, event.id))
        if contents is not None:
            self.event_status.setText(
                self.tr("%n participant(s)", "", contents.participants)
                + " · "
                + self.tr("%n agenda item(s)", "", contents.agenda_items)
            )

    def _guarded(self, work):  # type: ignore[no-untyped-def]
        """Run ``work``; a store or service problem becomes a message, not a traceback."""
        try:
            return work()
        except (StoreError, ServiceError, OSError) as error:
            log.warning("Action failed: %s", error)
            QMessageBox.warning(self, APP_NAME, str(error))
            return None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        runner = self.export_actions.runner if self.export_actions is not None else None
        if runner is not None and runner.running:
            # An export writes to a temporary file first: stopping it leaves no half file.
            runner.cancel()
            runner.wait(10_000)
        self._flush_tabs()
        self.settings.set_geometry(self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["MainWindow"]
