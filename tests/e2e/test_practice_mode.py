"""Practice mode in the window: banner, accent, exercises, swapping stores, reset."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from dialogue_desk.app import AppController
from dialogue_desk.paths import default_store_path, practice_store_path
from dialogue_desk.services.events import list_events
from dialogue_desk.settings import Settings
from dialogue_desk.store import open_store
from dialogue_desk.store.errors import StoreBusyError


@pytest.fixture
def controller(qtbot, data_home: Path):
    ctl = AppController(Settings(), "en", default_store_path())
    yield ctl
    if ctl.window is not None:
        ctl.window.close()
        ctl.window.store.close()


def test_entering_and_leaving_practice(controller: AppController, qtbot) -> None:
    assert controller.open(False)
    real = controller.window
    assert real.practice_banner is None
    assert real.welcome.practice_button.isVisibleTo(real)  # empty store offers practice

    real.welcome.practice_button.click()
    window = controller.window
    assert window is not real
    assert window.context.practice and window.store.path == practice_store_path()
    assert window.practice_banner.isVisibleTo(window)
    assert "nothing here touches your real events" in window.practice_banner.text()
    assert window.windowTitle().endswith("Practice")
    assert "#e07b00" in window.styleSheet()
    assert window.exercise_panel.list.count() == 10  # five exercises with their hints
    # The real store is closed while practising: another writer could open it.
    with open_store(default_store_path()):
        pass

    window.practice_action.trigger()  # leave practice
    assert not controller.window.context.practice
    assert controller.window.store.path == default_store_path()
    with pytest.raises(StoreBusyError):
        open_store(default_store_path())


def test_reset_practice(controller: AppController, monkeypatch) -> None:
    from dialogue_desk.services.events import EventData, update_event

    assert controller.open(True)
    store = controller.window.store
    [event] = list_events(store)
    from dataclasses import asdict

    fields = {k: v for k, v in asdict(event).items() if k not in ("id", "uuid")}
    update_event(store, event.id, EventData(**{**fields, "title": "Scribbled"}))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    controller.window.reset_practice_action.trigger()
    [fresh] = list_events(controller.window.store)
    assert fresh.title.startswith("Practice")


def test_a_second_app_on_the_same_store_says_so(controller: AppController, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    with open_store(default_store_path()):
        assert controller.open(False) is False
    assert controller.window is None
    assert "already open in another Dialogue Desk" in shown[0]


def test_leaving_practice_returns_to_the_same_event_and_tab(controller: AppController) -> None:
    from dialogue_desk.services.demo import create_demo_event

    with open_store(default_store_path()) as real:
        create_demo_event(real, participants=5, responses=1)
        other = create_demo_event(real, participants=5, responses=1, seed=2)
    assert controller.open(False)
    window = controller.window
    window.reload_events(select=other)
    window.show_tab(2)
    window.practice_action.trigger()
    assert controller.window.context.practice
    controller.window.show_tab(0)
    controller.window.practice_action.trigger()
    back = controller.window
    assert not back.context.practice
    assert back.context.event.id == other
    assert back.tabs.currentIndex() == 2
