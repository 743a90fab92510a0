"""The one way to run slow work (imports, exports, PDFs) off the GUI thread.

The work is a function taking a progress callback ``progress(done, total)``. It runs on a worker
thread of its own pool; a progress dialog appears only if it takes longer than ``SHOW_AFTER_MS``,
so quick work does not flash a dialog. Cancel is cooperative: once the user pressed Cancel, the
next ``progress`` call raises :class:`~dialogue_desk.errors.Cancelled`, which the work lets
through before anything is moved into place. Work that never calls ``progress`` simply cannot be
cancelled part-way (its result is then discarded). Errors come back as one message
(``ui/common/errors.describe``): a user error as it is, a bug logged, never a traceback.

- :class:`BackgroundRunner` — one job at a time, reported by signals (exports).
- :func:`run_and_wait` — the same runner, waited for in a local event loop, for code that needs
  the result before it goes on (reading a registration list before its preview is shown).
The work must not touch widgets.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from dialogue_desk.errors import Cancelled
from dialogue_desk.exchange.files import Progress
from dialogue_desk.ui.common.errors import describe

#: Quicker work shows no progress dialog at all.
SHOW_AFTER_MS = 400

Work = Callable[[Progress], Any]


class _Signals(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()


class _Task(QRunnable):
    def __init__(self, work: Work, signals: _Signals, stop: threading.Event) -> None:
        super().__init__()
        self.work, self.signals, self.stop = work, signals, stop

    def _progress(self, done: int, total: int) -> None:
        if self.stop.is_set():
            raise Cancelled()
        self.signals.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self.work(self._progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except BaseException as error:  # noqa: BLE001 - handed to the GUI thread to report
            self.signals.failed.emit(error)
        else:
            if self.stop.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.succeeded.emit(result)


class BackgroundRunner(QObject):
    """One job at a time: ``start(label, work)``; then ``succeeded(result)`` or ``failed(message)``.

    ``cancelled`` is emitted when the user stopped it; ``running`` tells whether one is going.
    ``failed`` carries the message to show (see ``ui/common/errors.describe``).
    """

    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent_window: QWidget | None, *, title: str = "") -> None:
        super().__init__(parent_window)
        self.parent_window = parent_window
        self.title = title
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.dialog: QProgressDialog | None = None
        self.error: BaseException | None = None
        self._stop = threading.Event()
        self._signals: _Signals | None = None

    @property
    def running(self) -> bool:
        return self._signals is not None

    def start(self, label: str, work: Work, *, cancellable: bool = True) -> bool:
        """Start ``work``; False (and nothing started) while another job is running."""
        if self.running:
            return False
        self._stop = threading.Event()
        self.error = None
        signals = _Signals()
        signals.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        signals.succeeded.connect(lambda result: self._finish(self.succeeded, result),
                                  Qt.ConnectionType.QueuedConnection)  # fmt: skip
        signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        signals.cancelled.connect(lambda: self._finish(self.cancelled),
                                  Qt.ConnectionType.QueuedConnection)  # fmt: skip
        self._signals = signals
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self.parent_window)
        dialog.setObjectName("backgroundProgress")
        dialog.setWindowTitle(self.title or self.tr("Working"))
        dialog.setAccessibleName(self.tr("Progress"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        # Shown by our own timer: QProgressDialog's estimate stays hidden during a long first
        # step (reading the store), and quick work should not flash a dialog.
        dialog.setMinimumDuration(2**31 - 1)
        dialog.reset()
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if cancellable:
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        self.dialog = dialog
        self.pool.start(_Task(work, signals, self._stop))
        QTimer.singleShot(SHOW_AFTER_MS, self._show_dialog)
        return True

    def cancel(self) -> None:
        self._stop.set()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Cancelling…"))

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)

    def _show_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.show()

    def _on_progress(self, done: int, total: int) -> None:
        if self.dialog is not None and not self._stop.is_set():
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)

    def _on_failed(self, error: BaseException) -> None:
        self.error = error
        self._finish(self.failed, describe(error))

    def _finish(self, signal: Signal, *args: object) -> None:
        dialog, self.dialog = self.dialog, None
        # The dialog belongs to the window, which may have closed while the work went on.
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.hide()
            dialog.deleteLater()
        self._signals = None
        signal.emit(*args)


@dataclass
class Outcome:
    """What became of waited-for work: its result, its error, or it was cancelled."""

    result: Any = None
    error: BaseException | None = None
    message: str = ""
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None and not self.cancelled


#: Runners whose work goes on after the user stopped waiting for it; kept until it ends.
_LINGERING: set[BackgroundRunner] = set()


def run_and_wait(
    parent: QWidget | None, label: str, work: Work, *, cancellable: bool = True
) -> Outcome:
    """Run ``work`` on a :class:`BackgroundRunner` and wait for it; the window keeps painting.

    Cancel stops the waiting at once (and the work at its next ``progress`` call): offer it only
    for work without lasting effects until its end, such as reading a file.
    """
    runner = BackgroundRunner(parent)
    outcome = Outcome()
    loop = QEventLoop()

    def succeeded(result: object) -> None:
        if not outcome.cancelled:
            outcome.result = result
        loop.quit()

    def failed(message: str) -> None:
        if not outcome.cancelled:
            outcome.error, outcome.message = runner.error, message
        loop.quit()

    def cancelled() -> None:
        outcome.cancelled = True
        loop.quit()

    runner.succeeded.connect(succeeded)
    runner.failed.connect(failed)
    runner.cancelled.connect(cancelled)
    runner.start(label, work, cancellable=cancellable)
    if cancellable and runner.dialog is not None:
        runner.dialog.canceled.connect(cancelled)
    loop.exec()
    if runner.running:
        # The work goes on until its next progress call (or its end): keep the runner alive
        # without the window, which may close before then.
        runner.setParent(None)
        _LINGERING.add(runner)
        for signal in (runner.succeeded, runner.failed, runner.cancelled):
            signal.connect(lambda *_: (_LINGERING.discard(runner), runner.deleteLater()))
    else:
        runner.deleteLater()
    return outcome
