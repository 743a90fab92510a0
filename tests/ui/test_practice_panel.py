"""The exercises panel: ticks that stay, an "all done" message, readable hints, no cut titles."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QColor, QPalette
from sqlalchemy import delete, select

from dialogue_desk.paths import practice_store_path
from dialogue_desk.services import practice as practice_service
from dialogue_desk.services.events import get_event
from dialogue_desk.services.practice import EXERCISES, ExerciseState, ensure_practice_event
from dialogue_desk.store import open_store
from dialogue_desk.store.enums import CheckInMethod
from dialogue_desk.store.models import CheckIn, Participant
from dialogue_desk.ui import practice as practice_ui
from dialogue_desk.ui.context import UiContext
from dialogue_desk.ui.practice import ExercisePanel, hint_colour


def _luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green())
            + 0.0722 * channel(colour.blue()))  # fmt: skip


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture
def panel(qtbot, data_home):
    store = open_store(practice_store_path())
    event_id = ensure_practice_event(store, "en")
    context = UiContext(store, practice=True)
    context.set_event(get_event(store, event_id))
    widget = ExercisePanel(context)
    qtbot.addWidget(widget)
    widget.resize(260, 700)
    widget.show()
    yield widget
    widget.close()
    store.close()


def _check_in_ten(store, event_id: int) -> None:  # type: ignore[no-untyped-def]
    now = dt.datetime.now()
    with store.session() as s:
        people = s.scalars(select(Participant).where(Participant.event_id == event_id)).all()
        for index, person in enumerate(people[:10]):
            person.walk_in = index < 2
            s.add(CheckIn(event_id=event_id, participant_id=person.id, day=dt.date.today(),
                          checked_in_at=now, method=CheckInMethod.DOOR))  # fmt: skip


def test_a_ticked_exercise_stays_ticked(panel) -> None:
    store, event_id = panel.context.store, panel.context.event.id
    assert panel.done_keys() == set()
    _check_in_ten(store, event_id)
    panel.refresh()
    assert panel.done_keys() == {"check_in"}
    assert panel.list.item(1).isHidden()  # a done exercise needs no hint
    assert not panel.list.item(3).isHidden()
    with store.session() as s:
        s.execute(delete(CheckIn).where(CheckIn.event_id == event_id))
    panel.refresh()
    assert panel.done_keys() == {"check_in"}  # no flip-flop back to (0/10)
    assert not panel.all_done.isVisibleTo(panel)


def test_all_done_says_so_once(panel, monkeypatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(practice_ui, "announce", lambda _source, text, **_k: said.append(text))
    monkeypatch.setattr(practice_service, "exercise_states", lambda *_a: [
        ExerciseState(e, True, (0, 0)) for e in EXERCISES])  # fmt: skip
    panel.refresh()
    panel.refresh()
    assert panel.all_done.isVisibleTo(panel)
    assert "All exercises done" in panel.all_done.text()
    assert len(said) == 1


def test_hints_and_ticks_are_readable(panel) -> None:
    base = panel.list.palette().color(QPalette.ColorRole.Base)
    hints = [panel.list.item(row) for row in range(1, panel.list.count(), 2)]
    assert hints and all(contrast(h.foreground().color(), base) >= 4.5 for h in hints)
    dark = QPalette(QColor("#202020"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0"))
    assert contrast(hint_colour(dark), QColor("#1e1e1e")) >= 4.5
    assert contrast(QColor("#1b5e20"), QColor("white")) >= 4.5
    hint = EXERCISES[-1].hint
    assert "sync out" not in hint and "Close event and export" in hint


def test_long_titles_wrap_inside_the_panel(panel, qtbot) -> None:
    _check_in_ten(panel.context.store, panel.context.event.id)
    panel.refresh()
    panel.resize(240, 700)
    qtbot.waitUntil(lambda: panel.list.viewport().width() < 240)
    width = panel.list.viewport().width()
    for row in range(panel.list.count()):
        item = panel.list.item(row)
        if not item.isHidden():
            assert panel.list.visualItemRect(item).right() <= width, item.text()
