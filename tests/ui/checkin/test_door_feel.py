"""How the door feels: a news band that never moves the list, stale news gone, close names
offered in either script, the organisation kept on small screens, and a long list shown lazily."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dialogue_desk.services import checkin as checkin_service
from dialogue_desk.services.checkin import FIRST_ROWS, ParticipantData, add_participant
from dialogue_desk.services.demo import create_demo_event
from dialogue_desk.services.events import EventData, create_event
from dialogue_desk.settings import Settings
from dialogue_desk.ui.checkin.model import COL_EMAIL, COL_KIND, COL_ORG
from dialogue_desk.ui.checkin.tab import CheckInTab
from dialogue_desk.ui.checkin.widgets import Banner
from dialogue_desk.ui.main_window import MainWindow

TODAY = dt.date.today()
PEOPLE = [
    ("Andris", "Kalniņš", "Rīgas dome"),
    ("Anna", "Liepiņa-Ērgle", "Liepāja"),
    ("Жанна", "Соколова", "Совет"),
    ("Tõnu", "Kõiv", "Tartu linn"),
    ("Samuel", "Diallo", "Somali Women's Network"),
]


def _window(qtbot, store, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(store, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_tab(1)
    return window


@pytest.fixture
def door(qtbot, store, tmp_path: Path):  # type: ignore[no-untyped-def]
    event = create_event(store, EventData(title="Door", start_date=TODAY, end_date=TODAY))
    ids = {}
    for first, last, org in PEOPLE:
        data = ParticipantData(first_name=first, last_name=last, organisation=org)
        ids[last] = add_participant(store, event.id, data).id
    window = _window(qtbot, store, tmp_path)
    tab: CheckInTab = window.tab_pages[1]
    return tab, ids, store


def _enter(qtbot, tab: CheckInTab, text: str) -> None:  # type: ignore[no-untyped-def]
    tab.search.setText(text)
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)


def _here(store, tab: CheckInTab, pid: int) -> bool:  # type: ignore[no-untyped-def]
    return pid in checkin_service.attendance(store, tab.current_event.id, TODAY)


# --- finding 33: the news band ---------------------------------------------------------------


def test_news_never_moves_the_list(qtbot, door):  # type: ignore[no-untyped-def]
    tab, ids, _store = door
    QApplication.processEvents()
    idle_height, table_top = tab.banner.height(), tab.table.mapTo(tab, tab.table.rect().topLeft())
    # The idle band is one line (no empty two-line gap) and says what the keys do.
    assert idle_height < 2 * tab.banner.fontMetrics().height()
    assert tab.banner.text() == "" and "Enter" in tab.banner.shown_text()
    _enter(qtbot, tab, "kaln")
    QApplication.processEvents()
    assert tab.banner.kind == Banner.OK
    assert tab.banner.height() == idle_height
    assert tab.table.mapTo(tab, tab.table.rect().topLeft()) == table_top
    # News longer than the line ends in an ellipsis; the whole of it is the tooltip and the
    # accessible name (a screen reader reads it all).
    long = "Kalniņš " * 60
    tab.banner.show_message(long, Banner.NOTE)
    QApplication.processEvents()
    assert tab.banner.height() == idle_height
    assert tab.banner.shown_text().endswith("\u2026") and tab.banner.toolTip() == long
    assert tab.banner.accessibleName() == long


def test_no_match_news_goes_when_the_search_is_cleared(qtbot, door):  # type: ignore[no-untyped-def]
    tab, _ids, _store = door
    _enter(qtbot, tab, "zzzzqqq")
    assert tab.banner.kind == Banner.NOTE and "zzzzqqq" in tab.banner.text()
    qtbot.keyClick(tab.search, Qt.Key.Key_Escape)  # the field is empty: the news was about it
    assert tab.search.text() == "" and tab.banner.kind == ""


def test_news_of_a_check_in_stays_when_the_field_clears_for_the_next(qtbot, door):  # type: ignore[no-untyped-def]
    tab, _ids, _store = door
    _enter(qtbot, tab, "kaln")
    assert tab.search.text() == "" and tab.banner.kind == Banner.OK


# --- finding 7: did you mean -------------------------------------------------------------------


def test_a_word_start_checks_in_and_a_typo_is_offered(qtbot, door):  # type: ignore[no-untyped-def]
    tab, ids, store = door
    _enter(qtbot, tab, "kalnin")
    assert _here(store, tab, ids["Kalniņš"])
    _enter(qtbot, tab, "liepx")
    assert tab.chooser.candidates == [ids["Liepiņa-Ērgle"]]
    assert "Did you mean this person" in tab.chooser.title.text()
    assert "1\u20131" not in tab.chooser.title.text()


def test_cyrillic_typed_for_a_latin_name_and_back(qtbot, door):  # type: ignore[no-untyped-def]
    tab, ids, store = door
    tab.search.setText("калнинш")  # Kalniņš on a Russian keyboard: found at once
    assert tab.model.rowCount() == 1 and tab.model.id_at(0) == ids["Kalniņš"]
    _enter(qtbot, tab, "лиепинх")  # and with a typo: offered
    assert tab.chooser.candidates == [ids["Liepiņa-Ērgle"]]
    qtbot.keyClick(tab.search, Qt.Key.Key_Escape)
    tab.search.setText("sokolova")  # Соколова in Latin letters
    assert tab.model.rowCount() == 1 and tab.model.id_at(0) == ids["Соколова"]
    _enter(qtbot, tab, "sokolvoa")  # a typo in Latin letters for a Cyrillic name
    assert tab.chooser.candidates == [ids["Соколова"]]
    qtbot.keyClick(tab.search, Qt.Key.Key_1)
    assert _here(store, tab, ids["Соколова"])


# --- findings 4 and 5: small screens, mouse users ----------------------------------------------


@pytest.mark.parametrize("language", ["en", "ru", "et", "lv", "sv"])
@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_the_organisation_keeps_its_room_on_a_small_screen(qtbot, door, language, size):  # type: ignore[no-untyped-def]
    tab, _ids, _store = door
    window = tab.window()
    window.set_language(language)
    try:
        for practice_panel in (0, 300):  # the practice panel takes about 300 px beside it
            window.resize(size[0] - practice_panel, size[1])
            QApplication.processEvents()
            table = tab.table
            metrics = table.fontMetrics()
            organisation = table.columnWidth(COL_ORG)
            assert organisation >= metrics.averageCharWidth() * 20, (language, size)
            assert not table.horizontalScrollBar().isVisible()
            assert table.columnWidth(COL_KIND) < metrics.horizontalAdvance("Registration")
            assert table.columnWidth(COL_EMAIL) >= 60
    finally:
        window.set_language("en")


def test_registration_is_an_icon_with_words_for_tooltips_and_screen_readers(door):  # type: ignore[no-untyped-def]
    tab, _ids, _store = door
    model = tab.model
    header = model.headerData(COL_KIND, Qt.Orientation.Horizontal)
    assert header == ""
    assert model.headerData(COL_KIND, Qt.Orientation.Horizontal, Qt.ItemDataRole.DecorationRole)
    tip = model.headerData(COL_KIND, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Registration" in tip
    cell = model.index(0, COL_KIND)
    assert model.data(cell, Qt.ItemDataRole.AccessibleTextRole) == "Pre-registered"


def test_the_context_menu_checks_in_takes_back_and_edits(qtbot, door, monkeypatch):  # type: ignore[no-untyped-def]
    tab, ids, store = door
    shown = {}
    # The menu itself is not opened (offscreen it would wait for a click): what it would show.
    monkeypatch.setattr(
        tab.actions, "context_menu", lambda _at: shown.update(actions=tab.actions.context())
    )
    row = tab.model.row_of(ids["Diallo"])
    rect = tab.table.visualRect(tab.model.index(row, 1))
    tab.table.customContextMenuRequested.emit(rect.center())
    names = [a.objectName() for a in shown["actions"]]
    assert names[:3] == ["actionCheckIn", "actionTakeBackCheckIn", "actionEditParticipant"]
    check_in, take_back = shown["actions"][0], shown["actions"][1]
    assert check_in.isEnabled() and not take_back.isEnabled()
    check_in.trigger()
    assert _here(store, tab, ids["Diallo"])
    tab.highlight(ids["Diallo"])
    tab.actions.update_enabled()
    assert take_back.isEnabled()
    take_back.trigger()
    assert not _here(store, tab, ids["Diallo"])


# --- #21: a long list is ranked lazily --------------------------------------------------------


def test_a_long_list_shows_the_best_first_and_the_rest_on_scrolling(qtbot, store, tmp_path):  # type: ignore[no-untyped-def]
    create_demo_event(store, participants=1200, responses=0, seed=3)
    window = _window(qtbot, store, tmp_path)
    tab: CheckInTab = window.tab_pages[1]
    tab.search.setText("a")
    model = tab.model
    assert model.rowCount() == FIRST_ROWS and model.canFetchMore()
    best = [model.id_at(r) for r in range(model.rowCount())]
    assert all(not tab.is_checked_in(pid) for pid in best)
    # Scrolling to the end shows more, the rows already shown keep their places.
    tab.table.scrollToBottom()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() > FIRST_ROWS
    assert [model.id_at(r) for r in range(FIRST_ROWS)] == best
    # Enter counts every plausible match, not only those shown.
    tab.search.setText("a")
    plausible = model.plausible()
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.chooser.isVisible() and f"{plausible} people match" in tab.chooser.title.text()
    assert plausible > 9
