"""Every control a person can reach has a name for a screen reader (EN 301 549 / WCAG 4.1.2).

The test walks the accessibility tree Qt gives assistive technology (``QAccessible``
interfaces, not the widget tree) of each tab of the real window, one test per tab, and lists
every nameless control with its path, so a failure says which tab and which control.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible, QAccessibleInterface

from dialogue_desk.settings import Settings
from dialogue_desk.ui.main_window import MainWindow

Role = QAccessible.Role
#: Roles a person operates: each needs a name.
CONTROLS = {
    Role.PushButton, Role.CheckBox, Role.RadioButton, Role.ComboBox, Role.EditableText,
    Role.SpinBox, Role.Slider, Role.ButtonMenu, Role.ButtonDropDown, Role.Table, Role.List,
    Role.Tree, Role.PageTabList, Role.ProgressBar, Role.Dial, Role.ScrollBar,
}  # fmt: skip
#: Containers whose children are data cells (named by their contents), not controls.
CELLS = {Role.Table, Role.List, Role.Tree, Role.ScrollBar}
TABS = ["agenda", "checkin", "notes", "evaluation"]


def nameless(root: QAccessibleInterface, path: str = "") -> list[str]:
    """Paths of the visible controls under ``root`` whose accessible name is empty."""
    found: list[str] = []
    for index in range(root.childCount()):
        child = root.child(index)
        if child is None or not child.isValid():
            continue
        state = child.state()
        if state.invisible or state.offscreen and child.role() == Role.ScrollBar:
            continue
        role = child.role()
        name = child.text(QAccessible.Text.Name).strip()
        widget = child.object()
        label = f"{path}/{role.name}"
        if widget is not None and widget.objectName():
            label += f"#{widget.objectName()}"
        if role in CONTROLS and role != Role.ScrollBar and not name:
            found.append(label)
        if role not in CELLS:
            found.extend(nameless(child, label))
    return found


@pytest.fixture
def window(qtbot, store, demo_event, tmp_path: Path):  # type: ignore[no-untyped-def]
    win = MainWindow(store, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.mark.parametrize("tab", TABS)
def test_every_control_of_the_tab_has_a_name(window, tab):  # type: ignore[no-untyped-def]
    index = TABS.index(tab)
    window.show_tab(index)
    page = window.tab_pages[index]
    root = QAccessible.queryAccessibleInterface(page)
    assert root is not None and root.isValid()
    missing = nameless(root)
    assert not missing, f"{tab} tab: {len(missing)} nameless control(s):\n" + "\n".join(missing)


def test_the_window_frame_has_names(window):  # type: ignore[no-untyped-def]
    window.show_tab(1)
    root = QAccessible.queryAccessibleInterface(window)
    frame = [
        path for path in nameless(root)
        if not any(path.startswith(f"/Client#{p.objectName()}") for p in window.tab_pages)
        and "#checkin_tab" not in path and "#agenda" not in path
    ]  # fmt: skip
    tab_pages = {p.objectName() for p in window.tab_pages}
    frame = [p for p in frame if not any(f"#{name}" in p for name in tab_pages)]
    assert not frame, "window frame: nameless control(s):\n" + "\n".join(frame)


def test_the_door_tells_a_screen_reader_what_happened(qtbot, window):  # type: ignore[no-untyped-def]
    from dialogue_desk.ui.common import announce

    window.show_tab(1)
    door = window.tab_pages[1]
    door.search.setText("zzzzqqqq")
    door.check_in_current()
    assert announce.last_announcement == door.banner.text() != ""
    # The banner says it in words (not colour alone): its text names what happened.
    assert "zzzzqqqq" in door.banner.text()


def test_the_door_is_usable_at_twice_the_text_size(qtbot, store, demo_event, tmp_path):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    old = app.font()
    big = QFont(old)
    big.setPointSizeF(old.pointSizeF() * 2)
    app.setFont(big)
    try:
        win = MainWindow(store, Settings(tmp_path / "big.ini"))
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        qtbot.waitExposed(win)
        win.show_tab(1)
        door = win.tab_pages[1]
        for widget in (door.search, door.check_in_button, door.walk_in_button, door.table):
            assert widget.isVisible() and widget.width() > 0 and widget.height() > 0
        # The search field is tall enough for its (doubled) text.
        assert door.search.height() >= door.search.fontMetrics().height()
        assert door.table.columnWidth(3) >= 100  # the organisation keeps a real column
    finally:
        app.setFont(old)
