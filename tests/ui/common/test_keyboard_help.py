"""Help → Keyboard shortcuts: every area's keys, the paper forms and kiosk included."""

from __future__ import annotations

from dialogue_desk.ui.keyboard_help import KeyboardHelpDialog, shortcuts


def test_the_list_covers_every_area_and_the_keys_the_review_missed(qtbot):
    rows = shortcuts()
    areas = {where for where, _keys, _what in rows}
    assert {"Everywhere", "Check-in", "Agenda", "Notes", "Paper forms and kiosk"} <= areas
    keys = " | ".join(k for _where, k, _what in rows)
    for wanted in ("F5", "Shift+F5", "Alt+1", "Ctrl+Shift+K", "PgUp"):
        assert wanted in keys
    assert all(what for _where, _keys, what in rows)
    dialog = KeyboardHelpDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Keyboard shortcuts"
