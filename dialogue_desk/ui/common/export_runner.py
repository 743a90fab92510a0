"""Run one export off the GUI thread with a progress dialog that can cancel it.

The work is a function taking a progress callback ``progress(done, total)``; the callback
raises ExportCancelled once the user pressed Cancel, which the export functions let through
before anything is moved into place. The window never freezes and never shows a traceback.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from dialogue_desk.exchange.files import ExportCancelled
from dialogue_desk.services.errors import ServiceError
from dialogue_desk.store.errors import StoreError

log = logging.getLogger(__name__)

#: A quicker export shows no progress dialog at all.
SHOW_AFTER_MS = 400

Work = Callable[[Callable[[int, int], None]], Any]


class _Signals(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class _Task(QRunnable):
    def __init__(self, work: Work, signals: _Signals, stop: threading.Event) -> None:
        super().__init__()
        self.work, self.signals, self.stop = work, signals, stop

    def _progress(self, done: int, total: int) -> None:
        if self.stop.is_set():
            raise ExportCancelled()
        self.signals.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self.work(self._progress)
        except ExportCancelled:
            self.signals.cancelled.emit()
        except (ServiceError, StoreError) as error:
            self.signals.failed.emit(str(error))
        except Exception as error:  # noqa: BLE001 - last line of defence: no traceback for users
            log.exception("Export failed")
            from dialogue_desk.logs import log_path

            text = QCoreApplication.translate(
                "ExportRunner", "The export failed unexpectedly ({name}). Details are in {log}."
            )
            self.signals.failed.emit(text.format(name=type(error).__name__, log=log_path()))
        else:
            self.signals.succeeded.emit(result)


class ExportRunner(QObject):
    """One export at a time: ``start(label, work)``; ``succeeded(result)`` or ``failed(message)``.

    ``cancelled`` is emitted when the user stopped it; ``running`` tells whether one is going.
    """

    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent_window: QWidget) -> None:
        super().__init__(parent_window)
        self.parent_window = parent_window
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.dialog: QProgressDialog | None = None
        self._stop = threading.Event()
        self._signals: _Signals | None = None

    @property
    def running(self) -> bool:
        return self._signals is not None

    def start(self, label: str, work: Work) -> bool:
        if self.running:
            return False
        self._stop = threading.Event()
        signals = _Signals()
        signals.progressed.connect(self._on_progress)
        signals.succeeded.connect(lambda result: self._finish(self.succeeded, result))
        signals.failed.connect(lambda message: self._finish(self.failed, message))
        signals.cancelled.connect(lambda: self._finish(self.cancelled))
        self._signals = signals
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self.parent_window)
        dialog.setObjectName("exportProgress")
        dialog.setWindowTitle(self.tr("Exporting"))
        dialog.setAccessibleName(self.tr("Export progress"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        # Shown by our own timer: QProgressDialog's estimate stays hidden during the long
        # first step (reading the store), and a quick export should not flash a dialog.
        dialog.setMinimumDuration(2**31 - 1)
        dialog.reset()
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        self.dialog = dialog
        self.pool.start(_Task(work, signals, self._stop))
        QTimer.singleShot(SHOW_AFTER_MS, self._show_dialog)
        return True

    def _show_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.show()

    def cancel(self) -> None:
        self._stop.set()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Cancelling…"))

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)

    def _on_progress(self, done: int, total: int) -> None:
        if self.dialog is not None and not self._stop.is_set():
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)

    def _finish(self, signal: Signal, *args: object) -> None:
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        self._signals = None
        signal.emit(*args)
