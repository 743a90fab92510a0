"""Start the graphical application: settings, language, store, main window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication

from dialogue_desk import APP_ID, APP_NAME, __version__
from dialogue_desk.i18n import install_ui_language, normalise, system_language
from dialogue_desk.logs import log_path, setup_logging
from dialogue_desk.settings import Settings
from dialogue_desk.store.errors import StoreError
from dialogue_desk.ui.common.errors import EXPECTED, describe

log = logging.getLogger(__name__)


def _process_age_ms() -> float:
    """Milliseconds since this process started (Linux: /proc; elsewhere: since import)."""
    import time

    try:
        import os

        ticks = os.sysconf("SC_CLK_TCK")
        with open("/proc/self/stat", encoding="ascii") as stat:
            started = int(stat.read().rsplit(")", 1)[1].split()[19]) / ticks
        with open("/proc/uptime", encoding="ascii") as uptime:
            now = float(uptime.read().split()[0])
        return (now - started) * 1000
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.perf_counter() - _IMPORTED) * 1000


def _perf_counter() -> float:
    import time

    return time.perf_counter()


_IMPORTED = _perf_counter()


def startup_trace(stage: str) -> None:
    """With DIALOGUE_DESK_STARTUP_TRACE=1, print "startup: <stage> <ms>" to stderr at once."""
    import os

    if os.environ.get("DIALOGUE_DESK_STARTUP_TRACE") == "1":
        print(f"startup: {stage} {_process_age_ms():.0f} ms", file=sys.stderr, flush=True)


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """An unexpected error is logged and explained; the window stays open, data is committed."""
    log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
    app = QApplication.instance()
    if app is None:
        return
    _message_box().critical(
        None,
        APP_NAME,
        QApplication.translate(
            "App",
            "Something unexpected went wrong. Everything saved so far is safe.\n\n"
            "Details are in the log file:\n{path}",
        ).format(path=log_path()),
    )


def _message_box():  # type: ignore[no-untyped-def]
    # Loaded when needed: every Qt class used before the window shows costs start-up time.
    from PySide6.QtWidgets import QMessageBox

    return QMessageBox


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_ID)
    # No application display name: Qt would append it to every title, and the main window's
    # title already reads "Dialogue Desk — <event>".
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(APP_ID)
    from PySide6.QtGui import QIcon

    from dialogue_desk.paths import resource_path

    # PNG sizes rather than the SVG: no image plugin to load before the window shows.
    icon = QIcon()
    for folder in sorted(resource_path("icons", "hicolor").glob("*x*")):
        png = folder / "apps" / "dialogue-desk.png"
        if png.exists():
            icon.addFile(str(png))
    app.setWindowIcon(icon)
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

    def open(self, practice: bool, *, deferred: bool = False) -> bool:
        """Show the real or the practice store; on failure keep (or reopen) what was open.

        The store is checked and locked first (a busy, foreign, damaged or newer store is
        refused before any window shows). With ``deferred`` the window is shown at once and the
        store finishes opening after its first paint, as at start-up.
        """
        from dialogue_desk.paths import practice_store_path
        from dialogue_desk.store.preflight import preflight

        previous = self.window
        previous_practice = previous.practice if previous is not None else None
        if previous is not None:
            self.language = previous.language
            if not previous.practice and previous.tab_pages:
                self._real_tab = previous.tabs.currentIndex()
            previous.close()
            if previous.context is not None:
                previous.store.close()
            self.window = None
        path = practice_store_path() if practice else self.real_store
        try:
            checked = preflight(path, thorough=False)
        except StoreError as error:
            return self._refused(path, error, previous_practice, practice)
        window = self._new_window(None, practice)
        window.show()
        if deferred:
            window.when_first_painted(lambda: self._first_painted(window, checked, practice))
            return True
        return self._finish(window, checked, practice)

    def _first_painted(self, window, checked, practice: bool) -> None:  # type: ignore[no-untyped-def]
        startup_trace("window-shown")
        if self._finish(window, checked, practice):
            window.when_first_painted(lambda: self._event_painted(window))

    def _event_painted(self, window) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QTimer

        startup_trace("event-painted")
        # The door accepts input once the event loop turns after the tabs were drawn.
        QTimer.singleShot(0, lambda: startup_trace("door-ready"))

    def _finish(self, window, checked, practice: bool) -> bool:  # type: ignore[no-untyped-def]
        from dialogue_desk.store.engine import open_store

        try:
            store = open_store(
                checked.path, checked=checked,
                backup_retention_days=self.settings.backup_retention_days,
            )  # fmt: skip
            if practice:
                from dialogue_desk.services.practice import ensure_practice_event

                try:
                    ensure_practice_event(store)
                except Exception:
                    store.close()
                    raise
        except EXPECTED as error:
            log.warning("Could not open store %s: %s", checked.path, error)
            _message_box().critical(window, APP_NAME, describe(error))
            window.close()
            self.window = None
            QApplication.exit(1)
            return False
        window.attach(store)
        _clean_up_after_killed_exports(self.settings)
        if not practice and self._real_tab is not None and window.context.event is not None:
            window.show_tab(self._real_tab)
        return True

    def _refused(self, path: Path, error: StoreError, previous_practice, practice) -> bool:  # type: ignore[no-untyped-def]
        log.warning("Could not open store %s: %s", path, error)
        _message_box().critical(None, APP_NAME, str(error))
        if previous_practice is not None and previous_practice != practice:
            return self.open(previous_practice)
        return False

    def reset_practice(self) -> None:
        from dialogue_desk.paths import practice_store_path
        from dialogue_desk.services.practice import reset_practice_store

        if self.window is not None:
            self.language = self.window.language
            self.window.close()
            self.window.store.close()
            self.window = None
        try:
            store = reset_practice_store(practice_store_path())
        except EXPECTED as error:
            _message_box().critical(None, APP_NAME, describe(error))
            self.open(False)
            return
        self._new_window(store, True).show()

    def _new_window(self, store, practice: bool):  # type: ignore[no-untyped-def]
        from dialogue_desk.ui.main_window import MainWindow

        window = MainWindow(store, self.settings, language=self.language, practice=practice)
        window.practice_requested.connect(self.open)
        window.reset_practice_requested.connect(self.reset_practice)
        self.window = window
        return window


def run_app(store_path: Path, *, language: str | None = None, practice: bool = False) -> int:
    """Open the main window on ``store_path`` (or the practice store) until it is closed."""
    setup_logging()
    app = create_application()
    settings = Settings()
    chosen = normalise(language) if language else (settings.language or system_language())
    controller = AppController(settings, install_ui_language(chosen), store_path)
    if not controller.open(practice, deferred=True):
        return 1
    sys.excepthook = _excepthook
    try:
        return app.exec()
    finally:
        window = controller.window
        if window is not None and window.context is not None:
            window.store.close()


def _clean_up_after_killed_exports(settings: Settings) -> None:
    """Remove the hidden part files an export killed midway left (once, at start-up)."""
    from dialogue_desk.ui.exports.actions import clean_up_after_killed_exports

    clean_up_after_killed_exports(settings.export_folder())
