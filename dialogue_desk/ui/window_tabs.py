"""The main window's four tabs: the door first, then the rest on the opened store.

Start-up shows the window's frame, then (``show_door``) the Check-in tab of the last event from
a plain read of the store, searchable before SQLAlchemy is imported, with the other three tabs
as disabled placeholders; ``attach(store)`` then gives the door the open store and builds the
other tabs in their places, without disturbing what is being typed at the door.
``MainWindow(store, …)`` attaches at once (tests; practice mode and a store that must be
upgraded first open the store before anything is shown).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from dialogue_desk import APP_NAME
from dialogue_desk.services.changes import Changes
from dialogue_desk.ui.common.errors import guarded
from dialogue_desk.ui.context import UiContext
from dialogue_desk.ui.window_actions import TAB_COUNT, WindowActions

if TYPE_CHECKING:
    from dialogue_desk.services.checkin import DoorSnapshot
    from dialogue_desk.store import Store
    from dialogue_desk.ui.checkin.tab import CheckInTab

WELCOME_PAGE, TABS_PAGE, OPENING_PAGE = 0, 1, 2
#: The Check-in tab, shown first when the window opens on an event.
DOOR_TAB = 1


def _placeholder_titles() -> list[str]:
    """The tabs' titles before they are built (each tab's own ``title()`` text)."""
    return [
        QCoreApplication.translate("AgendaTab", "Agenda"),
        QCoreApplication.translate("CheckInTab", "Check-in"),
        QCoreApplication.translate("NotesTab", "Notes"),
        QCoreApplication.translate("EvaluationTab", "Evaluation"),
    ]


class WindowTabs(WindowActions):
    """The tab half of the main window (see the module docstring)."""

    #: The door shown from the plain read (``show_door``) until ``attach``, else None.
    door_tab: CheckInTab | None = None
    #: The id of the event whose door was shown before the store was open.
    door_event_id: int | None = None

    def show_door(self, door: DoorSnapshot) -> None:
        """Show ``door`` (read without the store) searchable at once; the rest follows."""
        from dialogue_desk.ui.checkin.tab import CheckInTab

        self._door_context = UiContext(None, practice=self.practice, parent=self)
        self.door_tab = CheckInTab(self._door_context)
        self.door_event_id = door.event.id
        self.door_tab.show_door(door)
        self.tabs.blockSignals(True)
        for index, title in enumerate(_placeholder_titles()):
            page = self.door_tab if index == DOOR_TAB else QWidget()
            self.tabs.addTab(page, title)
            self.tabs.setTabEnabled(index, index == DOOR_TAB)
        self.tabs.setCurrentIndex(DOOR_TAB)
        self.tabs.blockSignals(False)
        self.pages.setCurrentIndex(TABS_PAGE)
        self.setWindowTitle(f"{APP_NAME} \u2014 {door.event.title}")
        # The switcher shows the event (and is in its place, so nothing moves when the store
        # arrives) but switches only once the store is open.
        self._make_event_switcher()
        self.event_switcher.addItem(self._switcher_text(door.event), door.event.id)  # type: ignore[arg-type]
        self.event_switcher.setEnabled(False)
        self.event_label.setText(QCoreApplication.translate("MainWindow", "Event:") + " ")
        self.toolbar.setVisible(True)
        self.find_action.setEnabled(True)  # Ctrl+F finds at the door; the other tabs wait
        self.event_status.setText(
            QCoreApplication.translate("MainWindow", "Opening the store\u2026")
        )
        self.door_tab.focus_main()

    def _make_event_switcher(self) -> None:
        self.event_switcher = QComboBox(objectName="eventSwitcher")
        self.event_switcher.setMinimumContentsLength(64)
        self.event_switcher.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.event_switcher.activated.connect(self._on_switcher_activated)
        self.event_label = QLabel()
        self.toolbar.addWidget(self.event_label)
        self.toolbar.addWidget(self.event_switcher)

    def attach(self, store: Store) -> None:
        """Build the tabs on the opened ``store`` and show its last (or most recent) event."""
        from dialogue_desk.ui.agenda.tab import AgendaTab
        from dialogue_desk.ui.checkin.tab import CheckInTab
        from dialogue_desk.ui.evaluation.tab import EvaluationTab
        from dialogue_desk.ui.exports.actions import ExportActions
        from dialogue_desk.ui.notes.tab import NotesTab

        door = self.door_tab
        if door is None:
            self._make_event_switcher()
        self.event_switcher.setEnabled(True)
        if door is not None:
            self.context = door.context
            self.context.store = store
        else:
            self.context = UiContext(store, practice=self.practice, parent=self)
        # The status bar counts participants and agenda items; the switcher shows the events.
        self.context.watch(self, Changes.ALL, self._on_changes)
        self.install_undo_actions()
        self.tabs.blockSignals(True)
        self.tab_pages = [
            AgendaTab(self.context), door or CheckInTab(self.context),
            NotesTab(self.context), EvaluationTab(self.context),
        ]  # fmt: skip
        for index, page in enumerate(self.tab_pages):
            if page is door:
                continue
            if door is not None:
                # The placeholder goes; the door stays the current tab, its focus untouched.
                placeholder = self.tabs.widget(index)
                self.tabs.removeTab(index)
                placeholder.deleteLater()
            self.tabs.insertTab(index, page, page.title())
        self.tabs.blockSignals(False)
        self._add_tab_actions()
        self.export_actions = ExportActions(self.context, self)
        self.add_file_actions(self.export_actions.actions())
        from dialogue_desk.ui.sync import SyncActions

        # Share / Open shared event in File; Sync now, Sync settings, Merge review in Event.
        self.sync_actions = SyncActions(self, self.context)
        self.add_file_actions(self.sync_actions.file_actions)
        self.add_feature_actions("sync", self.sync_actions.event_actions)
        self.addActions(self.sync_actions.event_actions)
        if self.practice:
            from dialogue_desk.ui.practice import ExercisePanel

            self.exercise_panel = ExercisePanel(self.context, self)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.exercise_panel)
        self.retranslate()
        self.reload_events(select=self.settings.last_event(store.path))
        same_door = door is not None and self.context.event is not None and (
            self.context.event.id == self.door_event_id
        )  # fmt: skip
        self.door_tab = None
        if self.context.event is not None and not same_door:
            # Opening on the day of an event, the door is what is needed first.
            self.show_tab(DOOR_TAB)

    def _add_tab_actions(self) -> None:
        for index, page in enumerate(self.tab_pages):
            actions = page.menu_actions()
            if actions:
                self.add_feature_actions(self.tab_menu_keys[index], actions)
                # Keys scoped to a tab (Ctrl+Shift+N, Enter, Del) stay with it: on the window
                # they would clash with another tab's.
                scoped = (Qt.ShortcutContext.WidgetShortcut,
                          Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
                self.addActions([a for a in actions if a.shortcutContext() not in scoped])
        self.event_menu.menuAction().setVisible(not self.event_menu.isEmpty())

    def show_tab(self, index: int) -> None:
        if self.context is None or self.context.event is None:
            return
        self.tabs.setCurrentIndex(index)
        self.tab_pages[index].focus_main()

    def focus_search(self) -> None:
        if self.context is not None and self.context.event is not None:
            self.tab_pages[self.tabs.currentIndex()].focus_search()
        elif self.door_tab is not None:
            self.door_tab.focus_search()

    def _on_tab_changed(self, _index: int) -> None:
        self._flush_tabs()

    def _flush_tabs(self) -> None:
        for page in self.tab_pages:
            with guarded(self, APP_NAME):
                page.flush()


__all__ = ["DOOR_TAB", "OPENING_PAGE", "TAB_COUNT", "TABS_PAGE", "WELCOME_PAGE", "WindowTabs"]
