"""Background work behind a progress dialog: results, errors and cancelling come back."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from dialogue_desk.errors import UserError
from dialogue_desk.ui.common.background import BackgroundRunner, run_and_wait


def test_result_and_error_come_back_from_another_thread(qtbot):  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    main = threading.get_ident()
    outcome = run_and_wait(parent, "Working", lambda progress: threading.get_ident())
    assert outcome.result != main and outcome.ok

    def refused(progress) -> None:  # type: ignore[no-untyped-def]
        raise UserError("The file has no header row.")

    outcome = run_and_wait(parent, "Working", refused)
    assert isinstance(outcome.error, UserError) and outcome.message == "The file has no header row."


def test_a_bug_is_logged_and_named_never_a_traceback(qtbot, caplog):  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)

    def boom(progress) -> None:  # type: ignore[no-untyped-def]
        raise ValueError("bad state")

    outcome = run_and_wait(parent, "Working", boom)
    assert isinstance(outcome.error, ValueError)
    assert "ValueError" in outcome.message and "Traceback" not in outcome.message
    assert "bad state" in caplog.text


def _press_cancel(parent: QWidget) -> None:
    dialog = parent.findChild(QProgressDialog, "backgroundProgress")
    assert dialog is not None and dialog.isVisible()
    dialog.canceled.emit()  # what its Cancel button does


def test_cancel_stops_waiting_at_once(qtbot):  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    release = threading.Event()
    QTimer.singleShot(600, lambda: _press_cancel(parent))
    outcome = run_and_wait(parent, "Reading", lambda progress: release.wait(10))
    release.set()
    assert outcome.cancelled and outcome.result is None


def test_cancel_is_cooperative_through_progress(qtbot):  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = BackgroundRunner(parent)
    steps: list[int] = []

    def work(progress) -> str:  # type: ignore[no-untyped-def]
        for step in range(1000):
            progress(step, 1000)
            steps.append(step)
            threading.Event().wait(0.01)
        return "finished"

    QTimer.singleShot(600, lambda: _press_cancel(parent))
    with qtbot.waitSignal(runner.cancelled, timeout=10000):
        assert runner.start("Importing", work)
    runner.wait()
    assert 0 < len(steps) < 1000 and not runner.running


def test_one_job_at_a_time(qtbot):  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = BackgroundRunner(parent)
    release = threading.Event()
    with qtbot.waitSignal(runner.succeeded, timeout=10000) as blocker:
        assert runner.start("First", lambda progress: release.wait(5))
        assert not runner.start("Second", lambda progress: None)
        release.set()
    assert blocker.args == [True]
