"""Start the graphical application: settings, language, store, main window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from dialogue_desk import APP_ID, APP_NAME, __version__
from dialogue_desk.i18n import install_ui_language, normalise, system_language
from dialogue_desk.logs import log_path, setup_logging
from dialogue_desk.settings import Settings
from dialogue_desk.startup_trace import startup_trace
from dialogue_desk.store.errors import StoreError
from dialogue_desk.ui.common.errors import EXPECTED, describe

if TYPE_CHECKING:
    from dialogue_desk.ui.store_opening import StoreOpening

log = logging.getLogger(__name__)


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
        self._opening: StoreOpening | None = None
        #: Answers a second start on the real store by raising this window (finding 34).
        self.beacon = None  # type: ignore[var-annotated]
        #: True when a second start handed over to the Dialogue Desk that has the store open.
        self.handed_over = False

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
                close_store(previous)
            self.window = None
            from dialogue_desk.ui.store_opening import settle

            settle()  # left while its tabs loaded: collect garbage again all the same
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
        self._listen_for_second_starts(practice)
        return self._finish(window, checked, practice)

    def _listen_for_second_starts(self, practice: bool) -> None:
        """From now on a second start on the real store raises this window (finding 34).

        Called once the door is ready at start-up: QtNetwork is not needed for the first frame.
        """
        if practice or self.beacon is not None:
            return
        try:
            from dialogue_desk.ui.common.single_instance import InstanceBeacon, raise_window
        except ImportError as error:  # a build without QtNetwork: the lock still refuses
            log.warning("Second starts cannot raise this window: %s", error)
            return
        self.beacon = InstanceBeacon(self.real_store, QApplication.instance())
        self.beacon.raise_requested.connect(lambda: raise_window(self.window))

    def close_beacon(self) -> None:
        """Stop answering second starts (the app is quitting; its socket file goes)."""
        if self.beacon is not None:
            self.beacon.close()
            self.beacon = None

    def _first_painted(self, window, checked, practice: bool) -> None:  # type: ignore[no-untyped-def]
        startup_trace("window-shown")
        # Read on the GUI thread after the first paint: on a worker thread during the window's
        # construction it only delays the frame (measured on a loaded 2-core machine).
        door = None if practice else _read_door(checked, self.settings)
        if door is None:
            if self._finish(window, checked, practice):
                window.when_first_painted(lambda: self._event_painted(window))
            return
        # The door first, from a plain read; the store opens while the facilitator types.
        window.show_door(door)
        window.when_first_painted(lambda: self._event_painted(window, checked))

    def _event_painted(self, window, checked=None) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QTimer

        startup_trace("event-painted")
        # The door accepts input once the event loop turns after it was drawn.
        QTimer.singleShot(0, lambda: self._door_ready(window, checked))

    def _door_ready(self, window, checked) -> None:  # type: ignore[no-untyped-def]
        startup_trace("door-ready")
        if checked is not None and not window.isVisible():
            if checked.lock is not None:  # closed before its door was ready: nothing opens
                checked.lock.release()
            return
        if checked is not None:
            from dialogue_desk.ui.store_opening import StoreOpening

            self._opening = StoreOpening(
                window, checked, self.settings.backup_retention_days,
                event_id=window.door_event_id, language=window.language,
                loaded=lambda store, error: self._store_loaded(window, checked, store, error),
            )  # fmt: skip
            self._opening.start()
            return  # second starts are answered once the window is open (``_opened``)
        # QtNetwork is not needed for the first frame.
        self._listen_for_second_starts(window.practice)

    def _store_loaded(self, window, checked, store, error) -> None:  # type: ignore[no-untyped-def]
        """The worker opened the store (or failed): the window takes it, a tab per turn."""
        from dialogue_desk.ui.store_opening import settle

        self._opening = None
        if self.window is window and window.isVisible():
            if error is not None and not isinstance(error, EXPECTED):
                settle()
                raise error  # a bug: the excepthook logs and explains it
            if self._finish(window, checked, False, opened=store, error=error):
                window.when_tabs_loaded(lambda: self._opened(window))
                return
        elif store is not None:  # the window was closed (or replaced) while the store opened
            store.close()
        settle()

    def _opened(self, window) -> None:  # type: ignore[no-untyped-def]
        """Everything is open and live: collect garbage again, answer second starts."""
        from dialogue_desk.ui.store_opening import settle

        settle()
        # Not earlier: setting the beacon up took the door 0.1 s while the store opened (a
        # second start meanwhile is refused by the lock, which says so).
        self._listen_for_second_starts(window.practice)
        startup_trace("store-open")

    def wait_for_opening(self) -> None:
        """Let a store still opening on the worker thread finish, and close it (on quit)."""
        opening, self._opening = self._opening, None
        store = opening.wait() if opening is not None else None
        if store is not None:
            store.close()

    def _finish(self, window, checked, practice: bool, *, opened=None, error=None) -> bool:  # type: ignore[no-untyped-def]
        """Give ``window`` its store: ``opened`` on the worker thread at start-up (or the
        ``error`` that stopped it), else opened here. False (and the app ends) if it fails."""
        from dialogue_desk.store.engine import open_store

        try:
            if error is not None:
                raise error
            store = opened or open_store(
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
        if opened is not None:
            # At start-up: the door is live now, the other tabs are built a turn at a time.
            window.attach(store, in_steps=True)
        else:
            window.attach(store)
        _clean_up_after_killed_exports(self.settings)
        if not practice and self._real_tab is not None and window.context.event is not None:
            window.show_tab(self._real_tab)
        return True

    def _refused(self, path: Path, error: StoreError, previous_practice, practice) -> bool:  # type: ignore[no-untyped-def]
        log.warning("Could not open store %s: %s", path, error)
        import os

        from dialogue_desk.store.errors import StoreBusyError

        if isinstance(error, StoreBusyError) and error.detail != str(os.getpid()):
            # Another Dialogue Desk has this store: bring its window forward and quit quietly,
            # before any window of ours shows; only if it does not answer, say so in plain
            # words (the path and the process behind "Show Details…").
            try:
                from dialogue_desk.ui.common.single_instance import (
                    STARTING_MS,
                    ask_running_to_raise,
                    holder_alive,
                    show_already_open,
                )
            except ImportError:  # a build without QtNetwork: the store's own message
                _message_box().critical(None, APP_NAME, str(error))
            else:
                # A holder that is alive may still be opening: it answers once it is open.
                patience = STARTING_MS if holder_alive(error.detail) else 0
                self.handed_over = ask_running_to_raise(path, patience_ms=patience)
                if not self.handed_over:
                    show_already_open(None, str(error))
        else:
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
            close_store(self.window)
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


def _read_door(checked, settings: Settings):  # type: ignore[no-untyped-def]
    """The last event's door read without SQLAlchemy, or None (no event, not at the head
    schema, or unreadable: then the store simply opens first, as before)."""
    if checked.needs_upgrade or not checked.has_tables:
        return None  # an upgrade rewrites the store before anything is read
    from dialogue_desk.services.checkin import read_door
    from dialogue_desk.store.door_cache import drop_cache

    try:
        door = read_door(checked.path, settings.last_event(checked.path))
        # The kept door is for a start after a clean close only: while the window is open the
        # store changes (a person erased, an event deleted), and closing writes it afresh.
        drop_cache(checked.path)
        return door
    except EXPECTED as error:
        log.warning("Could not read the door of %s first: %s", checked.path, error)
        return None


def run_app(store_path: Path, *, language: str | None = None, practice: bool = False) -> int:
    """Open the main window on ``store_path`` (or the practice store) until it is closed."""
    setup_logging()
    app = create_application()
    settings = Settings()
    chosen = normalise(language) if language else (settings.language or system_language())
    controller = AppController(settings, install_ui_language(chosen), store_path)
    if not controller.open(practice, deferred=True):
        return 0 if controller.handed_over else 1
    sys.excepthook = _excepthook
    try:
        return app.exec()
    finally:
        controller.close_beacon()
        controller.wait_for_opening()
        window = controller.window
        if window is not None and window.context is not None:
            close_store(window)


def close_store(window) -> None:  # type: ignore[no-untyped-def]
    """Keep the door of the window's event for the next start, then close its store.

    Last of all, so nothing changes the store after the door was kept: the next start draws
    the door from it at once (``services/checkin/door_cache.py``).
    """
    store, event = window.store, window.context.event
    if not window.practice:
        from dialogue_desk.services.checkin import keep_door

        keep_door(store.path, event.id if event is not None else None, window.language)
    store.close()


def _clean_up_after_killed_exports(settings: Settings) -> None:
    """Remove the hidden part files an export killed midway left (once, at start-up)."""
    from dialogue_desk.ui.exports.actions import clean_up_after_killed_exports

    clean_up_after_killed_exports(settings.export_folder())
