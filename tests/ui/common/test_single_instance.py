"""A second start on the same store brings the open window forward instead of refusing."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtWidgets import QMessageBox, QWidget

from dialogue_desk.ui.common.single_instance import (
    InstanceBeacon,
    ask_running_to_raise,
    raise_window,
    server_name,
    show_already_open,
)


def test_names_differ_per_store_and_are_stable(tmp_path):
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    assert server_name(first) == server_name(str(first))
    assert server_name(first) != server_name(second)
    assert "/" not in server_name(first) and len(server_name(first)) < 60


def test_a_second_start_raises_the_first_window(qtbot, tmp_path):
    store = tmp_path / "dialogue-desk.sqlite"
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    window.showMinimized()
    beacon = InstanceBeacon(store)
    assert beacon.listening
    beacon.raise_requested.connect(lambda: raise_window(window))
    # The second start: another process, while this one's event loop runs (waitUntil).
    code = ("from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]); "
            "from dialogue_desk.ui.common.single_instance import ask_running_to_raise; "
            f"print(ask_running_to_raise({str(store)!r}))")  # fmt: skip
    second = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    with qtbot.waitSignal(beacon.raise_requested, timeout=10000):
        pass
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=10000)
    assert second.communicate()[0].strip() == "True"
    assert not window.isMinimized()
    beacon.close()


def test_nobody_listening_means_no_raise(tmp_path):
    assert ask_running_to_raise(tmp_path / "nobody.sqlite", wait_ms=200) is False


def test_a_stale_socket_is_taken_over(qtbot, tmp_path):
    store = tmp_path / "s.sqlite"
    first = InstanceBeacon(store)
    second = InstanceBeacon(store)  # e.g. after a crash left the name behind
    assert second.listening
    first.close()
    second.close()


def test_the_fallback_message_is_plain_with_the_detail_behind_a_button(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    show_already_open(None, "/home/x/dialogue-desk.sqlite is already open (process 8531)")
    [box] = shown
    assert "process" not in box.text() and ".sqlite" not in box.text()
    assert "8531" in box.detailedText()
