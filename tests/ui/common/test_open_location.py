"""Opening a folder or file: when no program can, the user is told and gets the path."""

from __future__ import annotations

from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from dialogue_desk.ui.common.open_location import open_location


def test_no_launcher_says_so_and_copies_the_path(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    parent = QWidget()
    qtbot.addWidget(parent)
    folder = tmp_path / "2026-12-01 Dialogue platform"
    folder.mkdir()
    assert open_location(parent, folder) is False
    box = parent.findChild(QMessageBox, "openLocationFailed")
    assert box is not None and str(folder) in box.text()
    assert QGuiApplication.clipboard().text() == str(folder)
    box.close()


def test_a_working_launcher_shows_nothing(qtbot, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert open_location(parent, tmp_path) is True
    assert opened[0].toLocalFile() == str(tmp_path)
    assert parent.findChild(QMessageBox, "openLocationFailed") is None
