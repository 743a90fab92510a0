"""Start the graphical application: settings, language, store, main window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from dialogue_desk import APP_ID, APP_NAME, __version__
from dialogue_desk.i18n import install_ui_language, normalise, system_language
from dialogue_desk.logs import log_path, setup_logging
from dialogue_desk.settings import Settings
from dialogue_desk.store import StoreError, open_store

log = logging.getLogger(__name__)


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """An unexpected error is logged and explained; the window stays open, data is committed."""
    log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
    app = QApplication.instance()
    if app is None:
        return
    QMessageBox.critical(
        None,
        APP_NAME,
        QApplication.translate(
            "App",
            "Something unexpected went wrong. Everything saved so far is safe.\n\n"
            "Details are in the log file:\n{path}",
        ).format(path=log_path()),
    )


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_ID)
    # No application display name: Qt would append it to every title, and the main window's
    # title already reads "Dialogue Desk — <event>".
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(APP_ID)
    from dialogue_desk.paths import resource_path

    icon = resource_path("icons", "dialogue-desk.svg")
    if icon.exists():
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon)))
    return app  # type: ignore[return-value]


class AppController:
    """Owns the one open store and its window; swaps both for practice mode and back.

    Only one store is open at a time: entering practice closes the real store before the
    practice store is opened, so practising can never touch real events.
    """

    def __init__(self, settings: Settings, language: str, real_store: Path) -> None:
        self.settings = settings
        self.language = language
        self.real_store = real_store
        self.window = None  # type: ignore[var-annotated]
        #: The tab the real store's window showed when practice began, to return to it.
        self._real_tab: int | None = None

    def open(self, practice: bool) -> bool:
        """Show the real or the practice store; on failure keep (or reopen) what was open."""
        from dialogue_desk.paths import practice_store_path

        previous = self.window
        previous_practice = previous.context.practice if previous is not None else None
        if previous is not None:
            self.language = previous.language
            if not previous.context.practice:
                self._real_tab = previous.tabs.currentIndex()
            previous.close()
            previous.store.close()
        path = practice_store_path() if practice else self.real_store
        try:
            store = self._open_store(path, practice)
        except StoreError as error:
            log.warning("Could not open store %s: %s", path, error)
            QMessageBox.critical(previous, APP_NAME, str(error))
            if previous_practice is not None and previous_practice != practice:
                return self.open(previous_practice)
            return False
        self._show(store, practice)
        if not practice and self._real_tab is not None and self.window.context.event is not None:
            self.window.show_tab(self._real_tab)
        return True

    def reset_practice(self) -> None:
        from dialogue_desk.paths import practice_store_path
        from dialogue_desk.services.practice import reset_practice_store

        if self.window is not None:
            self.language = self.window.language
            self.window.close()
            self.window.store.close()
        try:
            store = reset_practice_store(practice_store_path())
        except (StoreError, OSError) as error:
            QMessageBox.critical(None, APP_NAME, str(error))
            self.open(False)
            return
        self._show(store, True)

    @staticmethod
    def _open_store(path: Path, practice: bool):  # type: ignore[no-untyped-def]
        store = open_store(path)
        if practice:
            from dialogue_desk.services.practice import ensure_practice_event

            try:
                ensure_practice_event(store)
            except Exception:
                store.close()
                raise
        return store

    def _show(self, store, practice: bool) -> None:  # type: ignore[no-untyped-def]
        from dialogue_desk.ui.main_window import MainWindow

        window = MainWindow(store, self.settings, language=self.language, practice=practice)
        window.practice_requested.connect(self.open)
        window.reset_practice_requested.connect(self.reset_practice)
        window.show()
        self.window = window


def run_app(store_path: Path, *, language: str | None = None, practice: bool = False) -> int:
    """Open the main window on ``store_path`` (or the practice store) until it is closed."""
    setup_logging()
    app = create_application()
    settings = Settings()
    chosen = normalise(language) if language else (settings.language or system_language())
    controller = AppController(settings, install_ui_language(chosen), store_path)
    if not controller.open(practice):
        return 1
    sys.excepthook = _excepthook
    try:
        return app.exec()
    finally:
        if controller.window is not None:
            controller.window.store.close()
