"""The main window's actions and menus (File, Edit, View, Event, Help) and the event commands.

The base class of :class:`~dialogue_desk.ui.main_window.MainWindow`, kept apart so the window
itself stays about pages and tabs. New, edit and delete event are here; the other slots the
actions call are the window's. The strings keep the ``MainWindow`` translation context.
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from dialogue_desk import APP_NAME
from dialogue_desk.i18n import LANGUAGES
from dialogue_desk.services.changes import Changes
from dialogue_desk.ui.common.errors import guarded

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from dialogue_desk.store import Store
    from dialogue_desk.ui.context import UiContext

TAB_COUNT = 4


def events_service() -> ModuleType:
    """The events service, imported when first needed (it brings SQLAlchemy)."""
    from dialogue_desk.services import events

    return events


class WindowActions(QMainWindow):
    """Builds and retranslates the window's actions and menus (see the module docstring)."""

    context: UiContext | None
    language: str
    practice: bool
    store: Store

    def _action(
        self, name: str, slot: object, shortcut: QKeySequence | str | None = None
    ) -> QAction:
        action = QAction(self, objectName=name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.new_event_action = self._action("actionNewEvent", self.new_event, key.New)
        self.edit_event_action = self._action("actionEditEvent", self.edit_event, "Ctrl+E")
        self.delete_event_action = self._action("actionDeleteEvent", self.delete_event)
        self.quit_action = self._action("actionQuit", self.close, "Ctrl+Q")
        self.practice_action = self._action(
            "actionPracticeMode", lambda checked: self.practice_requested.emit(checked)
        )
        self.practice_action.setCheckable(True)
        self.practice_action.setChecked(self.practice)
        self.reset_practice_action = self._action(
            "actionResetPractice",
            self._confirm_reset_practice,
        )
        self.reset_practice_action.setVisible(self.practice)
        self._undo_made_for: QUndoStack | None = None
        self.undo_action: QAction | None = None
        self.redo_action: QAction | None = None
        self.install_undo_actions()
        self.find_action = self._action("actionFind", self.focus_search, key.Find)
        self.tab_actions = [
            self._action(
                f"actionTab{i + 1}", lambda _=False, i=i: self.show_tab(i), f"Ctrl+{i + 1}"
            )
            for i in range(TAB_COUNT)
        ]
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True, objectName=f"actionLanguage_{code}")
            action.setChecked(code == self.language)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.about_action = self._action("actionAbout", self.show_about)
        self.data_folder_action = self._action("actionOpenDataFolder", self.open_data_folder)
        self.keys_action = self._action(
            "actionKeyboardReference", self.show_keyboard_reference, "F1"
        )

    def install_undo_actions(self) -> None:
        """Edit → Undo/Redo follow the window's one history and name the edit they take back.

        "Undo check-in of Örjan Ekström": one translatable sentence with the command's text in
        it (Qt's own prefix would ignore our catalogues). Called again when the store (and so
        the history) arrives and on language change.
        """
        if self.undo_action is None:
            self.undo_action = self._action("actionUndo", self._undo, "Ctrl+Z")
            self.redo_action = self._action("actionRedo", self._redo)
            self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        stack = self.context.undo_stack if self.context is not None else None
        if stack is not None and self._undo_made_for is not stack:
            self._undo_made_for = stack
            for signal in (stack.undoTextChanged, stack.redoTextChanged, stack.canUndoChanged,
                           stack.canRedoChanged):  # fmt: skip
                signal.connect(self._update_undo_texts)
        self._update_undo_texts()

    def _undo(self) -> None:
        if self.context is not None:
            self.context.undo_stack.undo()

    def _redo(self) -> None:
        if self.context is not None:
            self.context.undo_stack.redo()

    def _update_undo_texts(self, *_args: object) -> None:
        stack = self.context.undo_stack if self.context is not None else None
        assert self.undo_action is not None and self.redo_action is not None
        can_undo = stack is not None and stack.canUndo()
        can_redo = stack is not None and stack.canRedo()
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        self.undo_action.setText(
            QCoreApplication.translate("MainWindow", "&Undo {edit}").format(edit=stack.undoText())
            if can_undo
            else QCoreApplication.translate("MainWindow", "&Undo")
        )
        self.redo_action.setText(
            QCoreApplication.translate("MainWindow", "&Redo {edit}").format(edit=stack.redoText())
            if can_redo
            else QCoreApplication.translate("MainWindow", "&Redo")
        )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.new_event_action, self.edit_event_action,
                                   self.delete_event_action])  # fmt: skip
        self.file_menu.addSeparator()
        self.export_menu_anchor = self.file_menu.addSeparator()
        self.file_menu.addActions([self.practice_action, self.reset_practice_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions(self.tab_actions)
        self.view_menu.addSeparator()
        self.language_menu = QMenu(self)
        self.language_menu.addActions(list(self.language_actions.values()))
        self.view_menu.addMenu(self.language_menu)
        self.event_menu = bar.addMenu("")  # filled with the tabs' actions by attach()
        self.event_menu.menuAction().setVisible(False)
        self.feature_menus: dict[str, QMenu] = {}
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([self.keys_action, self.about_action, self.data_folder_action])

    #: The Event menu's submenus, one per tab (in tab order), by key.
    tab_menu_keys = ("agenda", "checkin", "notes", "evaluation")

    def feature_menu(self, key: str) -> QMenu:
        """The Event menu's submenu ``key``, made on first use (see ``add_feature_actions``)."""
        menu = self.feature_menus.get(key)
        if menu is None:
            menu = QMenu(self.event_menu)
            menu.setObjectName(f"menu_{key}")
            self.event_menu.addMenu(menu)
            self.feature_menus[key] = menu
            self._retranslate_feature_menus()
        return menu

    def add_feature_actions(self, key: str, actions: list[QAction]) -> None:
        """Put a feature's actions into its submenu of the Event menu (e.g. "checkin").

        A new feature (sync: "Sync now", "Merge review…") gets its own submenu by a new key
        with a title in ``feature_menu_titles``; ``add_event_actions`` puts actions directly
        in the Event menu, ``add_file_actions`` into the File menu.
        """
        self.feature_menu(key).addActions(actions)
        self.event_menu.menuAction().setVisible(True)

    def add_event_actions(self, actions: list[QAction]) -> None:
        """Put actions directly into the Event menu, after its submenus (and on the window)."""
        self.event_menu.addSeparator()
        self.event_menu.addActions(actions)
        self.addActions(actions)
        self.event_menu.menuAction().setVisible(True)

    def feature_menu_titles(self) -> dict[str, str]:
        """The submenus' titles, each with its own mnemonic."""
        return {
            "agenda": QCoreApplication.translate("MainWindow", "&Agenda"),
            "checkin": QCoreApplication.translate("MainWindow", "&Check-in and participants"),
            "notes": QCoreApplication.translate("MainWindow", "&Notes"),
            "evaluation": QCoreApplication.translate("MainWindow", "E&valuation"),
            "sync": QCoreApplication.translate("MainWindow", "&Sharing and sync"),
        }

    def _retranslate_feature_menus(self) -> None:
        titles = self.feature_menu_titles()
        for key, menu in self.feature_menus.items():
            menu.setTitle(titles.get(key, key))

    def add_file_actions(self, actions: list[QAction]) -> None:
        """Put export and similar actions into the File menu, above Quit."""
        self.file_menu.insertActions(self.export_menu_anchor, actions)
        self.addActions(actions)

    def _retranslate_menus(self) -> None:
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&File"))
        self.edit_menu.setTitle(QCoreApplication.translate("MainWindow", "&Edit"))
        self.view_menu.setTitle(QCoreApplication.translate("MainWindow", "&View"))
        self.event_menu.setTitle(QCoreApplication.translate("MainWindow", "Even&t"))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.language_menu.setTitle(QCoreApplication.translate("MainWindow", "&Language"))
        self.new_event_action.setText(QCoreApplication.translate("MainWindow", "&New event…"))
        self.edit_event_action.setText(QCoreApplication.translate("MainWindow", "&Edit event…"))
        self.delete_event_action.setText(QCoreApplication.translate("MainWindow", "&Delete event…"))
        self.quit_action.setText(QCoreApplication.translate("MainWindow", "&Quit"))
        self.practice_action.setText(QCoreApplication.translate("MainWindow", "Practice &mode"))
        self.reset_practice_action.setText(
            QCoreApplication.translate("MainWindow", "&Reset practice…")
        )
        self.install_undo_actions()
        self._retranslate_feature_menus()
        self.keys_action.setText(QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"))
        self.find_action.setText(QCoreApplication.translate("MainWindow", "&Find"))
        self.about_action.setText(QCoreApplication.translate("MainWindow", "&About Dialogue Desk"))
        self.data_folder_action.setText(
            QCoreApplication.translate("MainWindow", "Open &data folder")
        )

    # --- event commands -------------------------------------------------------------------

    def new_event(self) -> None:
        from dialogue_desk.ui.event_dialog import EventDialog

        if self.context is None:
            return
        dialog = EventDialog(self)
        if dialog.exec():
            with guarded(self, APP_NAME) as outcome:
                record = events_service().create_event(self.store, dialog.data())
            if outcome.ok:
                self.reload_events(select=record.id)
                self.statusBar().showMessage(
                    QCoreApplication.translate("MainWindow", "Event created."), 5000
                )

    def edit_event(self) -> None:
        event = self.context.event if self.context is not None else None
        if event is None:
            return
        from dialogue_desk.ui.event_dialog import EventDialog

        dialog = EventDialog(self, event)
        if dialog.exec():
            with guarded(self, APP_NAME) as outcome:
                record = events_service().update_event(self.store, event.id, dialog.data())
            if outcome.ok:
                self.reload_events(select=record.id)
                self.context.notify(Changes.EVENT, initiator=self)

    def delete_event(self) -> None:
        event = self.context.event if self.context is not None else None
        if event is None:
            return
        with guarded(self, APP_NAME) as outcome:
            contents = events_service().event_contents(self.store, event.id)
        if not outcome.ok:
            return
        details = QCoreApplication.translate(
            "MainWindow",
            "Its agenda items ({agenda_items}), participants ({participants}) with their "
            "check-ins ({check_ins}), notes ({notes}) and evaluation forms ({forms}) with their "
            "responses ({responses}) are deleted with it.",
        ).format(
            agenda_items=contents.agenda_items, participants=contents.participants,
            check_ins=contents.check_ins, notes=contents.notes,
            forms=contents.evaluation_forms, responses=contents.responses,
        )  # fmt: skip
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("MainWindow", "Delete event"),
            QCoreApplication.translate("MainWindow", "Delete \u201c{title}\u201d?").format(
                title=event.title
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            details
            + "\n\n"
            + QCoreApplication.translate(
                "MainWindow", "A backup of the store is kept in the backups folder."
            )
        )
        delete = box.addButton(
            QCoreApplication.translate("MainWindow", "Delete event"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not delete:
            return
        with guarded(self, APP_NAME) as outcome:
            events_service().delete_event(self.store, event.id)  # backs the store up first
        if outcome.ok:
            self.context.clear_history()  # its steps were about the deleted event
            self.reload_events()
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Event deleted."), 5000
            )
