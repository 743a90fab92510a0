"""The store opens on a worker thread at start-up while the door is already live.

``app.AppController`` shows the last event's door from a plain read first; then
``StoreOpening`` imports SQLAlchemy, opens the store and warms its first queries on a thread,
and hands the open store to the GUI thread, where the window takes it
(``WindowTabs.attach(store, in_steps=True)``).
"""

from __future__ import annotations

import gc
import logging
from contextlib import suppress

log = logging.getLogger(__name__)

#: The interpreter's thread switch interval while the store opens (the default is 5 ms).
SWITCH_INTERVAL_S = 0.0005


class StoreOpening:
    """Open the store on a worker thread, then call ``loaded(store, error)`` on the GUI thread.

    The thread imports SQLAlchemy, the models and the services, opens the store (integrity
    check, engine, schema check, backup retention: ``store.engine.open_store``, Qt-free) and
    runs the first queries of the window and its tabs once, so SQLAlchemy has compiled them
    before the GUI thread needs them. Meanwhile the door stays live (the GUI thread only waits
    for the interpreter lock between keystrokes). Nothing Qt happens on the thread. The
    store's connections are made with ``check_same_thread=False`` (``store/sqlite_files.py``),
    so the GUI thread uses them afterwards.
    """

    def __init__(self, window, checked, retention_days, *, event_id, language, loaded) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QTimer

        self._checked = checked
        self._retention_days = retention_days
        self._event_id = event_id
        self._language = language
        self._loaded = loaded
        self._store = None  # type: ignore[var-annotated]
        self._error: BaseException | None = None
        self._timer = QTimer(window, interval=15)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        import sys
        import threading

        # The GUI thread takes the interpreter lock back after each call into Qt, and with
        # the default 5 ms switch interval every time can wait that long for the busy worker:
        # a keystroke at the door makes many such calls. A short interval while the worker
        # runs keeps the door's waits short (bench/test_responsive_start.py; restored after).
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        # A full collection over the fresh modules and rows holds the interpreter lock for
        # about 90 ms (20,000 participants): none until the window is open (``settle``).
        gc.disable()
        self._thread = threading.Thread(target=self._work, name="store-open", daemon=True)
        self._thread.start()
        self._timer.start()

    def _restore_switch_interval(self) -> None:
        import sys

        sys.setswitchinterval(self._switch_interval)

    def wait(self):  # type: ignore[no-untyped-def]
        """Wait for the thread; the store it opened (the caller closes it), or None."""
        self._timer.stop()
        self._thread.join()
        self._restore_switch_interval()
        settle()
        return self._store

    def _work(self) -> None:
        import_store()
        try:
            from dialogue_desk.store.engine import open_store

            store = open_store(
                self._checked.path, checked=self._checked,
                backup_retention_days=self._retention_days,
            )  # fmt: skip
        except BaseException as error:  # noqa: BLE001 - handed to the GUI thread to report
            self._error = error
            return
        self._store = store
        warm_up(store, self._event_id, self._language)

    def _poll(self) -> None:
        if not self._thread.is_alive():
            self._timer.stop()
            self._restore_switch_interval()
            self._loaded(self._store, self._error)


def import_store() -> None:
    """Import what opening the store and building the tabs need (on the worker thread)."""
    try:
        import dialogue_desk.services.agenda
        import dialogue_desk.services.evaluation
        import dialogue_desk.services.events
        import dialogue_desk.services.notes
        import dialogue_desk.store.engine
        import dialogue_desk.store.models

        # The other tabs' and the actions' modules too (a third of a second of unmarshalling
        # on the GUI thread otherwise); importing defines classes only, it makes no QObject.
        import dialogue_desk.ui.agenda.tab
        import dialogue_desk.ui.evaluation.tab
        import dialogue_desk.ui.exports.actions
        import dialogue_desk.ui.notes.tab
        import dialogue_desk.ui.sync  # noqa: F401
    except Exception:  # noqa: BLE001 - the GUI thread imports again and reports it
        log.exception("Loading the store's modules failed")
    # QtNetwork, for second starts; a build without it says so when it needs it.
    with suppress(ImportError):
        import dialogue_desk.ui.common.single_instance  # noqa: F401


def warm_up(store, event_id: int | None, language: str) -> None:  # type: ignore[no-untyped-def]
    """Run the window's and the tabs' first queries once, results unused (worker thread).

    SQLAlchemy compiles a statement (and adapts its column types) the first time it runs:
    about 0.4 s for these, which would otherwise freeze the door while the tabs are built.
    """
    from dialogue_desk.services import agenda, evaluation, events, notes

    try:
        events.list_events(store)
        if event_id is None:
            return
        events.event_contents(store, event_id)
        agenda.list_items(store, event_id)
        agenda.agenda_days(store, event_id)
        events.get_event(store, event_id)
        notes.list_notes(store, event_id)
        notes.list_action_items(store, event_id)
        notes.list_sections(store, event_id)
        forms = evaluation.list_forms(store, event_id, language)
        if forms:
            evaluation.get_form(store, forms[-1].id)  # the one the Evaluation tab shows
    except Exception:  # noqa: BLE001 - only a warm-up: the tabs read (and report) it again
        log.warning("Warming up the store's queries failed", exc_info=True)


def settle() -> None:
    """Start collecting garbage again, the start-up's objects left out (the window is open).

    What start-up made (modules, classes, the door's rows) lives as long as the app: frozen,
    later full collections no longer walk it, so none of them freezes the door either.
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
