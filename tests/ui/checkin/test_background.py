"""Background work behind a progress dialog: results, errors and cancelling come back."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from dialogue_desk.ui.common.background import run_with_progress


def test_result_and_error_come_back_from_another_thread(qtbot):  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    main = threading.get_ident()
    outcome = run_with_progress(parent, "Working", lambda: threading.get_ident())
    assert outcome.result != main and outcome.error is None and not outcome.cancelled

    def boom() -> None:
        raise ValueError("bad file")

    outcome = run_with_progress(parent, "Working", boom)
    assert isinstance(outcome.error, ValueError)


def test_cancel_stops_waiting(qtbot):  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    release = threading.Event()

    def cancel() -> None:
        dialog = parent.findChild(QProgressDialog, "backgroundProgress")
        assert dialog is not None and dialog.isVisible()
        dialog.canceled.emit()  # what its Cancel button does

    QTimer.singleShot(600, cancel)
    outcome = run_with_progress(parent, "Reading", lambda: release.wait(10))
    release.set()
    assert outcome.cancelled and outcome.result is None
