"""A second start on the open store raises the first window and quits before showing one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from dialogue_desk.app import AppController
from dialogue_desk.services.demo import create_demo_event
from dialogue_desk.settings import Settings
from dialogue_desk.store import open_store
from dialogue_desk.store.errors import StoreBusyError


def _second_start(store_path: Path) -> subprocess.Popen[str]:
    """``dialogue-desk`` started again on ``store_path``, in another process."""
    code = (
        "import sys; from pathlib import Path; from dialogue_desk.app import run_app; "
        f"sys.exit(run_app(Path({str(store_path)!r})))"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DIALOGUE_DESK_STARTUP_TRACE="1")
    return subprocess.Popen(
        [sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip


def test_a_second_start_raises_the_open_window_and_shows_none(qtbot, store_path, tmp_path):
    store = open_store(store_path)
    try:
        create_demo_event(store, participants=20, responses=0, seed=3)
    finally:
        store.close()
    controller = AppController(Settings(tmp_path / "settings.ini"), "en", store_path)
    assert controller.open(False, deferred=True)
    window = controller.window
    try:
        qtbot.waitUntil(lambda: window.context is not None and window.tabs_loaded, timeout=20000)
        assert controller.beacon is not None and controller.beacon.listening
        window.showMinimized()
        with qtbot.waitSignal(controller.beacon.raise_requested, timeout=20000):
            second = _second_start(store_path)
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=20000)
        _out, err = second.communicate()
        assert second.returncode == 0, err
        assert "window-shown" not in err, "the second start showed no window of its own"
        assert not window.isMinimized()
    finally:
        controller.close_beacon()
        window.close()
        window.store.close()


def test_a_busy_store_nobody_answers_for_gets_the_plain_message(tmp_path, monkeypatch, qapp):
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    controller = AppController(Settings(tmp_path / "settings.ini"), "en", tmp_path / "s.sqlite")
    error = StoreBusyError(tmp_path / "s.sqlite", "8531")
    assert controller._refused(tmp_path / "s.sqlite", error, None, False) is False
    [box] = shown
    assert box.objectName() == "alreadyOpen" and "8531" not in box.text()
    assert "8531" in box.detailedText()
    assert not controller.handed_over


def test_a_second_start_waits_for_a_first_that_is_still_opening(qtbot, store_path):  # type: ignore[no-untyped-def]
    """A double double-click: the first holds the store but answers only once it is open."""
    from dialogue_desk.ui.common.single_instance import InstanceBeacon

    store = open_store(store_path)  # the first Dialogue Desk, still opening its window
    beacon = None
    try:
        second = _second_start(store_path)
        qtbot.wait(1500)
        assert second.poll() is None, "the second start waits for the first to open"
        beacon = InstanceBeacon(store_path)
        assert beacon.listening
        with qtbot.waitSignal(beacon.raise_requested, timeout=20000):
            pass
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=20000)
        _out, err = second.communicate()
        assert second.returncode == 0, err
        assert "window-shown" not in err
    finally:
        if beacon is not None:
            beacon.close()
        store.close()
