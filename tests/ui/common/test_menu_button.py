"""Menu buttons keep their arrow apart from the text, in every language."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QToolButton

from dialogue_desk.ui.common.menu_button import ARROW, MenuButton


def test_the_arrow_follows_the_text_after_a_space_and_is_not_spoken(qtbot):
    button = MenuButton(objectName="more")
    qtbot.addWidget(button)
    button.setMenu(QMenu(button))
    button.setText("Nytt &formulär")
    assert button.text() == f"Nytt &formulär  {ARROW}"
    assert button.label() == "Nytt &formulär"
    assert button.accessibleName() == "Nytt formulär"
    assert button.popupMode() is QToolButton.ToolButtonPopupMode.InstantPopup
    assert "menu-indicator" in button.styleSheet()  # the corner arrow over the text is gone
    button.setText("Ещё")  # a language switch: the name follows
    assert button.accessibleName() == "Ещё"
    button.setAccessibleName("More agenda actions")
    button.setText("More")
    assert button.accessibleName() == "More agenda actions"  # a name given on purpose stays
