"""The Evaluation tab's top bar: the form chooser, New form, the Form menu and Start kiosk.

Only the widgets and actions; the tab connects them and sets their texts (``retranslate``).
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QWidget,
)

from dialogue_desk.ui.common.menu_button import MenuButton


class FormBar(QHBoxLayout):
    """A row of the form chooser and the form's actions, its widgets children of ``owner``."""

    def __init__(self, owner: QWidget) -> None:
        super().__init__()
        self.form_label = QLabel(owner)
        self.forms = QComboBox(owner, objectName="evaluation_form_combo")
        self.forms.setMinimumContentsLength(32)
        self.form_label.setBuddy(self.forms)
        self.new_button = MenuButton(owner, objectName="evaluation_new_form")
        self.new_menu = QMenu(owner)
        self.new_button.setMenu(self.new_menu)
        self.new_dialogue = self.new_menu.addAction("")
        self.new_training = self.new_menu.addAction("")
        self.new_empty = self.new_menu.addAction("")
        self.more_button = MenuButton(owner, objectName="evaluation_more")
        self.more_menu = QMenu(owner)
        self.more_button.setMenu(self.more_menu)
        self.import_action = QAction(owner, objectName="evaluation_import")
        self.export_action = QAction(owner, objectName="evaluation_export")
        self.rename_action = QAction(owner, objectName="evaluation_rename")
        self.languages_action = QAction(owner, objectName="evaluation_languages")
        self.delete_action = QAction(owner, objectName="evaluation_delete_form")
        self.more_menu.addActions([self.import_action, self.export_action, self.rename_action,
                                   self.languages_action, self.delete_action])  # fmt: skip
        self.kiosk_button = QPushButton(owner, objectName="evaluation_start_kiosk")
        self.kiosk_action = QAction(owner, objectName="evaluation_kiosk_action")
        self.kiosk_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.addWidget(self.form_label)
        self.addWidget(self.forms, 1)
        for widget in (self.new_button, self.more_button, self.kiosk_button):
            self.addWidget(widget)

    def form_actions(self) -> tuple[QAction, ...]:
        """The actions that need a form to act on."""
        return (self.export_action, self.rename_action, self.languages_action,
                self.delete_action)  # fmt: skip
