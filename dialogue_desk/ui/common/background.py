"""Run slow work (reading a spreadsheet, importing it) off the GUI thread behind a progress
dialog, so the window keeps painting and the user can cancel what is safe to cancel."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work, self.relay = work, relay
        # Python keeps the job (and its relay) alive in _RUNNING until the GUI thread has
        # heard the outcome, even when the user stopped waiting for it.
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as error:  # noqa: BLE001 - handed to the GUI thread to report
            self.relay.failed.emit(error)
        else:
            self.relay.finished.emit(result)


_RUNNING: set[_Job] = set()


@dataclass
class Outcome:
    """What became of background work: its result, its error, or it was cancelled."""

    result: Any = None
    error: BaseException | None = None
    cancelled: bool = False


def run_with_progress(
    parent: QWidget | None, text: str, work: Callable[[], Any], *, cancellable: bool = True
) -> Outcome:
    """Run ``work`` in a worker thread and wait for it with a busy progress dialog.

    ``work`` must not touch widgets. Cancelling stops waiting, not the work: offer it only for
    work without lasting effects (reading a file), never for a write.
    """
    outcome = Outcome()
    loop = QEventLoop()
    relay = _Relay()

    def finished(result: object) -> None:
        _RUNNING.discard(job)
        if not outcome.cancelled:
            outcome.result = result
            loop.quit()

    def failed(error: BaseException) -> None:
        _RUNNING.discard(job)
        if not outcome.cancelled:
            outcome.error = error
            loop.quit()

    job = _Job(work, relay)

    relay.finished.connect(finished, Qt.ConnectionType.QueuedConnection)
    relay.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setObjectName("backgroundProgress")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    # Show it only if the work takes a while, so quick reads do not flash a dialog.
    show_later = QTimer(dialog, singleShot=True, interval=400)
    show_later.timeout.connect(dialog.show)
    if not cancellable:
        dialog.setCancelButton(None)
    else:
        dialog.setCancelButtonText(QCoreApplication.translate("Background", "Cancel"))

        def cancel() -> None:
            outcome.cancelled = True
            loop.quit()

        dialog.canceled.connect(cancel)
    _RUNNING.add(job)
    QThreadPool.globalInstance().start(job)
    show_later.start()
    loop.exec()
    show_later.stop()
    dialog.reset()
    dialog.deleteLater()
    return outcome
