"""The main window: event switcher, the four tabs, menus and status bar.

It is built in steps so it shows at once: ``MainWindow(None, …)`` is the frame (menus,
toolbar, status bar, an "Opening…" page) and needs neither SQLAlchemy nor the tabs;
``show_door(door)`` shows the last event's door from a plain read of the store, and
``attach(store, in_steps=True)`` then builds the other tabs on the opened store, one per
event-loop turn (``ui/window_tabs.py``). ``MainWindow(store, …)`` attaches everything at
once. The actions, menus and event commands (new, edit, delete) are in
``ui/window_actions.py``, the base class of ``WindowTabs``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QPaintEvent
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from dialogue_desk import APP_NAME, __version__
from dialogue_desk.i18n import install_ui_language
from dialogue_desk.paths import data_dir
from dialogue_desk.services.changes import Changes
from dialogue_desk.settings import Settings
from dialogue_desk.ui.common.errors import guarded
from dialogue_desk.ui.common.form_parts import short_date_format
from dialogue_desk.ui.context import UiContext
from dialogue_desk.ui.welcome import WelcomePage
from dialogue_desk.ui.window_actions import events_service
from dialogue_desk.ui.window_tabs import (
    DOOR_TAB,
    OPENING_PAGE,
    TAB_COUNT,
    TABS_PAGE,
    WELCOME_PAGE,
    WindowTabs,
)

if TYPE_CHECKING:
    from dialogue_desk.services.checkin import DoorEvent
    from dialogue_desk.services.events import EventRecord
    from dialogue_desk.store import Store
    from dialogue_desk.ui.exports.actions import ExportActions
    from dialogue_desk.ui.sync import SyncActions
    from dialogue_desk.ui.tab_base import EventTab

__all__ = ["DOOR_TAB", "OPENING_PAGE", "TAB_COUNT", "TABS_PAGE", "WELCOME_PAGE", "MainWindow"]


_events = events_service


class MainWindow(WindowTabs):
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
        self.sync_actions: SyncActions | None = None
        self.exercise_panel = None
        self._door_context: UiContext | None = None
        self._built = {}
        self._steps = []
        self._when_loaded = []
        self._after_first_paint: list[Callable[[], None]] = []

        self.tabs = QTabWidget(objectName="tabs")
        self.tabs.currentChanged.connect(self._on_tab_changed)

        self.welcome = WelcomePage(practice_available=not practice, language=language)
        self.welcome.create_event.connect(self.new_event)
        self.welcome.language_chosen.connect(self.set_language)
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
        for action in self._event_only_actions():
            action.setEnabled(False)  # until an event is shown
        self.retranslate()
        geometry = settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.fit_first_start()
        if store is not None:
            self.attach(store)

    def fit_first_start(self) -> None:
        """A first window of 1280×800 that never exceeds the screen (1366×768 venue laptops)."""
        screen = self.screen()
        available = screen.availableGeometry() if screen is not None else None
        if available is None or available.isEmpty():
            self.resize(1280, 720)
            return
        # The frame (title bar, borders) is not in the size: leave room for it.
        frame = self.frameGeometry().size() - self.geometry().size()
        frame_height = max(frame.height(), 32)
        width = min(1280, available.width() - max(frame.width(), 8))
        height = min(800, available.height() - frame_height)
        self.resize(width, height)
        self.move(
            available.left() + (available.width() - width) // 2,
            available.top() + max(0, (available.height() - height - frame_height) // 2),
        )

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

    # --- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._retranslate_menus()
        if self.context is not None:
            self.event_label.setText(self.tr("Event:") + " ")
            self.event_switcher.setAccessibleName(self.tr("Current event"))
        self.tabs.setAccessibleName(self.tr("Event tabs"))
        if self.tabs.count() == TAB_COUNT:
            for index, title in enumerate(self.tab_titles()):
                self.tabs.setTabText(index, title)
                self.tab_actions[index].setText(title)
        self.opening.setText(self.tr("Opening the store…"))
        if self.context is not None:
            self.store_label.setText(self.tr("Store: {path}").format(path=self.store.path))
            self._retranslate_switcher()
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
            closed = _events().is_closed(record)
            self.event_switcher.addItem(self._switcher_text(record, closed=closed), record.id)
        self.event_switcher.blockSignals(False)
        ids = [r.id for r in records]
        chosen = current if current in ids else (ids[0] if ids else None)
        self.show_event(next((r for r in records if r.id == chosen), None))

    def _retranslate_switcher(self) -> None:
        """The switcher's texts again, in the new language's date format and words."""
        if not self.event_switcher.count():
            return
        with guarded(self, APP_NAME) as outcome:
            records = {r.id: r for r in _events().list_events(self.store)}
        if not outcome.ok:
            return
        for index in range(self.event_switcher.count()):
            record = records.get(self.event_switcher.itemData(index))
            if record is not None:
                closed = _events().is_closed(record)
                self.event_switcher.setItemText(index, self._switcher_text(record, closed=closed))

    def _switcher_text(self, record: EventRecord | DoorEvent, *, closed: bool = False) -> str:
        """The switcher text "Title · City · 30.11.2026 – 01.12.2026", marked if closed."""
        locale = QLocale()
        fmt = short_date_format(locale)
        dates = locale.toString(QDate(record.start_date), fmt)
        if record.end_date != record.start_date:
            dates += " \u2013 " + locale.toString(QDate(record.end_date), fmt)
        place = f" · {record.city}" if record.city else ""
        text = f"{record.title}{place} · {dates}"
        # Closed events are read-only: say so where the event is chosen (finding 20).
        return self.tr("{event} · closed").format(event=text) if closed else text

    def show_event(self, record: EventRecord | None) -> None:
        self._flush_tabs()
        if record is not None:
            self.event_switcher.setCurrentIndex(self.event_switcher.findData(record.id))
        self.pages.setCurrentIndex(TABS_PAGE if record else WELCOME_PAGE)
        for action in self._event_only_actions():
            action.setEnabled(record is not None)
        self.toolbar.setVisible(record is not None)
        self.context.set_event(record)
        if record is None:
            self.welcome.focus_main()
        self.settings.set_last_event(self.store.path, record.id if record else None)
        self._update_title()
        self._update_status()

    def _event_only_actions(self) -> list[QAction]:
        """The window's actions that do nothing without an event (finding 24): disabled then."""
        return [self.edit_event_action, self.delete_event_action, self.find_action,
                *self.tab_actions]  # fmt: skip

    def _on_switcher_activated(self, index: int) -> None:
        event_id = self.event_switcher.itemData(index)
        if self.context.event is None or event_id != self.context.event.id:
            with guarded(self, APP_NAME):
                self.show_event(_events().get_event(self.store, event_id))

    def _on_changes(self, changes: Changes) -> None:
        if changes & Changes.EVENT:
            self.reload_events()
        # The status bar counts participants and agenda items: a check-in (every few seconds
        # at the door) changes neither, and six counting queries would cost it a frame.
        if changes & (Changes.EVENT | Changes.PARTICIPANTS | Changes.AGENDA):
            self._update_status()

    # --- language, about, title, status -------------------------------------------------

    def set_language(self, code: str) -> None:
        self.language = install_ui_language(code)
        # Installing translators posts LanguageChange to every widget: deliver it now, so the
        # whole window has switched when this returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.settings.language = self.language
        self.language_actions[self.language].setChecked(True)
        self.welcome.set_language(self.language)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Dialogue Desk"),
            self.tr(
                "<h3>Dialogue Desk {version}</h3><p>The offline companion for facilitators of "
                "integration dialogue.</p><p>Data folder:<br><code>{data}</code></p>"
                "<p>Store:<br><code>{store}</code></p><p>Licence: EUPL-1.2</p>"
            ).format(
                version=__version__, data=_html(str(data_dir())), store=_html(str(self.store.path))
            ),
        )

    def show_keyboard_reference(self) -> None:
        from dialogue_desk.ui.keyboard_help import KeyboardHelpDialog

        KeyboardHelpDialog(self).exec()

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
        from dialogue_desk.ui.common.open_location import open_location

        open_location(self, data_dir())  # says so (and copies the path) when nothing opens it

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
        with guarded(self, APP_NAME) as outcome:
            contents = _events().event_contents(self.store, event.id)
        if outcome.ok:
            self.event_status.setText(
                self.tr("%n participant(s)", "", contents.participants)
                + " · "
                + self.tr("%n agenda item(s)", "", contents.agenda_items)
            )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.stop_loading()  # closed while the tabs load: the store is about to close
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
