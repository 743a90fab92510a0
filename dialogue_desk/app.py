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
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(APP_ID)
    from dialogue_desk.paths import resource_path

    icon = resource_path("icons", "dialogue-desk.svg")
    if icon.exists():
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon)))
    return app  # type: ignore[return-value]


def run_app(store_path: Path, *, language: str | None = None, practice: bool = False,
            explicit_store: bool = False) -> int:  # fmt: skip
    """Open the main window on ``store_path`` and run until it is closed; returns the exit code."""
    setup_logging()
    app = create_application()
    settings = Settings()
    chosen = normalise(language) if language else (settings.language or system_language())
    installed = install_ui_language(chosen)
    try:
        store = open_store(store_path)
    except StoreError as error:
        log.warning("Could not open store %s: %s", store_path, error)
        QMessageBox.critical(None, APP_NAME, str(error))
        return 1
    sys.excepthook = _excepthook
    from dialogue_desk.ui.main_window import MainWindow

    window = MainWindow(store, settings, language=installed, practice=practice)
    window.show()
    try:
        return app.exec()
    finally:
        store.close()
