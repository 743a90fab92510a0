"""Alt-key mnemonics are unique in every menu and on every tab, in all five languages.

The window is opened in each language with the real catalogues loaded (``set_language``) and
every menu (with its submenus) and every tab's visible labels and buttons are read. The menu
bar's letters share one space with the visible tab (Alt+F must open File, not focus a "&Form:"
field). A failure names the language, the place and the clashing entries, so a translator knows
what to change: the catalogues are retranslated by the lead, so a language other than English
may fail until then.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QWidget

from dialogue_desk.i18n import LANGUAGES
from dialogue_desk.settings import Settings
from dialogue_desk.ui.main_window import MainWindow

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The Alt-key letter of ``text`` ("&File" → "f"), None without one ("&&" is a plain &)."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def clashes(entries: list[str]) -> dict[str, list[str]]:
    """Letters used by more than one of ``entries`` (texts with their &-letters)."""
    by_key: dict[str, list[str]] = defaultdict(list)
    for text in entries:
        key = mnemonic(text)
        if key is not None:
            by_key[key].append(text)
    return {key: texts for key, texts in by_key.items() if len(texts) > 1}


def _menu_clashes(menu: QMenu, path: str) -> list[str]:
    problems = []
    texts = [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]
    for key, group in clashes(texts).items():
        problems.append(f"{path}: &{key} is used by {group}")
    for action in menu.actions():
        if action.menu() is not None and action.isVisible():
            problems += _menu_clashes(action.menu(), f"{path} \u2192 {action.text()}")
    return problems


def _widget_texts(page: QWidget) -> list[str]:
    texts = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page):
            continue
        if (
            isinstance(widget, QAbstractButton)
            or isinstance(widget, QLabel)
            and widget.buddy() is not None
        ):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
    return texts


AREAS = ["menus", "agenda", "checkin", "notes", "evaluation"]


def mnemonic_problems(window: MainWindow, area: str) -> list[str]:
    """Every clash in the window's menus, or on one tab (with the menu bar), as lines."""
    bar = window.menuBar()
    problems = []
    if area == "menus":
        for action in bar.actions():
            if action.menu() is not None and action.isVisible():
                problems += _menu_clashes(action.menu(), action.text())
        return problems
    titles = [a.text() for a in bar.actions() if a.isVisible()]
    index = AREAS.index(area) - 1
    page = window.tab_pages[index]
    window.show_tab(index)
    for key, group in clashes(titles + _widget_texts(page)).items():
        problems.append(f"tab {page.title()!r} with the menu bar: &{key} is used by {group}")
    return problems


def test_mnemonic_helpers() -> None:
    assert mnemonic("&File") == "f" and mnemonic("Save && go") is None
    assert mnemonic("Check &in") == "i"
    assert clashes(["&Import", "&Info", "E&xport"]) == {"i": ["&Import", "&Info"]}


@pytest.mark.parametrize("area", AREAS)
@pytest.mark.parametrize("language", list(LANGUAGES))
def test_mnemonics_are_unique(qtbot, store, demo_event, tmp_path: Path, language: str, area: str):  # type: ignore[no-untyped-def]
    window = MainWindow(store, Settings(tmp_path / "settings.ini"))
    try:
        window.show()
        qtbot.waitExposed(window)
        window.set_language(language)
        problems = mnemonic_problems(window, area)
    finally:
        window.set_language("en")
        # 25 windows left alive would keep their timers and models busy for the tests after
        # this one (the responsiveness test measures the event loop).
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not problems, f"[{language}, {area}] {len(problems)} mnemonic clash(es):\n" + "\n".join(
        problems
    )
