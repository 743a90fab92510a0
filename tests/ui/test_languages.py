"""Switching the interface language at runtime retranslates every tab, menu and status text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from dialogue_desk.i18n import install_ui_language
from dialogue_desk.settings import Settings
from dialogue_desk.ui.main_window import MainWindow

EXPECTED_TABS = {
    "et": ["Päevakava", "Registreerimine"],
    "lv": ["Programma", "Reģistrācija"],
    "sv": ["Program", "Incheckning"],
    "ru": ["Программа", "Регистрация"],
}


@pytest.fixture
def window(qtbot, store, demo_event):
    win = MainWindow(store, Settings())
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    install_ui_language("en")


@pytest.mark.parametrize("code", ["et", "lv", "sv", "ru"])
def test_language_switch_retranslates_everything(window: MainWindow, code: str) -> None:
    english_menus = [window.file_menu.title(), window.edit_menu.title(), window.view_menu.title()]
    english_tabs = [window.tabs.tabText(i) for i in range(4)]
    window.language_actions[code].trigger()
    tabs = [window.tabs.tabText(i) for i in range(4)]
    assert tabs[:2] == EXPECTED_TABS[code]
    assert all(new != old for new, old in zip(tabs, english_tabs, strict=True))
    menus = [window.file_menu.title(), window.edit_menu.title(), window.view_menu.title()]
    assert all(new != old for new, old in zip(menus, english_menus, strict=True))
    assert "participant" not in window.event_status.text()
    assert QLocale().name().startswith(code)
    # Every tab's own widgets follow: no English label text is left on a visible label.
    from PySide6.QtWidgets import QAbstractButton, QLabel

    english_words = {"Participants", "Search", "Start", "Results", "Design", "Notes", "Add item"}
    for page in window.tab_pages:
        texts = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton)
                 if w.isVisibleTo(page) and w.text()]  # fmt: skip
        assert not [t for t in texts if t.strip("&:") in english_words], page.objectName()
    window.language_actions["en"].trigger()
    assert [window.tabs.tabText(i) for i in range(4)] == english_tabs
