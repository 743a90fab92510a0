"""Closing the window keeps the door for the next start, which then shows it without sorting."""

from __future__ import annotations

from pathlib import Path

from dialogue_desk.app import AppController, close_store
from dialogue_desk.services import checkin as checkin_service
from dialogue_desk.services.demo import create_demo_event
from dialogue_desk.settings import Settings
from dialogue_desk.store import open_store
from dialogue_desk.store.door_cache import cache_path


def _demo(store_path: Path) -> int:
    store = open_store(store_path)
    try:
        return create_demo_event(store, participants=50, responses=0, seed=5)
    finally:
        store.close()


def _open(qtbot, store_path: Path, tmp_path: Path) -> AppController:  # type: ignore[no-untyped-def]
    controller = AppController(Settings(tmp_path / "settings.ini"), "en", store_path)
    assert controller.open(False, deferred=True)
    qtbot.waitUntil(
        lambda: (
            controller.window.context is not None and controller.window.context.event is not None
        ),
        timeout=20000,
    )
    return controller


def _door_names(controller: AppController) -> list[str]:
    model = controller.window.tabs.widget(1).model
    return [model.record_at(row).last_name for row in range(model.rowCount())]


def test_closing_keeps_the_door_and_the_next_start_uses_it(qtbot, store_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    event_id = _demo(store_path)
    first = _open(qtbot, store_path, tmp_path)
    shown = _door_names(first)
    first.window.close()
    close_store(first.window)
    assert cache_path(store_path).exists()
    door = checkin_service.read_door(store_path, event_id)
    assert door is not None and door.kept

    second = _open(qtbot, store_path, tmp_path)
    assert _door_names(second) == shown
    # Read once and gone: while the window is open the store may change (names erased).
    assert not cache_path(store_path).exists()
    # A check-in on the open store makes the kept door stale; closing keeps the new one.
    person = second.window.tabs.widget(1).model.record_at(0)
    store = second.window.store
    day = second.window.tabs.widget(1).day
    checkin_service.check_in(store, person.id, day)
    door = checkin_service.read_door(store_path, event_id)
    assert door is not None and not door.kept
    second.window.close()
    close_store(second.window)
    door = checkin_service.read_door(store_path, event_id)
    assert door is not None and door.kept and person.id in door.present


def test_practice_keeps_no_door(qtbot, store_path, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dialogue_desk import paths

    practice = tmp_path / "practice" / "practice.sqlite"
    practice.parent.mkdir()
    monkeypatch.setattr(paths, "practice_store_path", lambda: practice)
    controller = AppController(Settings(tmp_path / "settings.ini"), "en", store_path)
    assert controller.open(True)
    window = controller.window
    assert window.practice and window.context.event is not None
    window.close()
    close_store(window)
    assert not cache_path(practice).exists()
