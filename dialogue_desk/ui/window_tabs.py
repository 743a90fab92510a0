"""The main window's four tabs: the door first, then the rest on the opened store.

Start-up shows the window's frame, then (``show_door``) the Check-in tab of the last event from
a plain read of the store, searchable before SQLAlchemy is imported, with the other three tabs
as disabled placeholders; ``attach(store, in_steps=True)`` then gives the door the open store
at once and builds the other tabs in their places one per event-loop turn (then the export and
sync actions), so the door answers every key meanwhile and keeps what is being typed. A tab
pressed, chosen by Ctrl+1..4 or whose Event submenu is opened before its turn is built at once.
``MainWindow(store, …)`` attaches everything at once (tests; practice mode and a store that
must be upgraded first open the store before anything is shown).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
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
    from dialogue_desk.ui.tab_base import EventTab

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


def _tab_class(index: int) -> type[EventTab]:
    """The class of the tab at ``index``, its module imported only now (or on the worker)."""
    if index == 0:
        from dialogue_desk.ui.agenda.tab import AgendaTab

        return AgendaTab
    if index == DOOR_TAB:
        from dialogue_desk.ui.checkin.tab import CheckInTab

        return CheckInTab
    if index == 2:
        from dialogue_desk.ui.notes.tab import NotesTab

        return NotesTab
    from dialogue_desk.ui.evaluation.tab import EvaluationTab

    return EvaluationTab


class WindowTabs(WindowActions):
    """The tab half of the main window (see the module docstring)."""

    #: The door shown from the plain read (``show_door``) until ``attach``, else None.
    door_tab: CheckInTab | None = None
    #: The id of the event whose door was shown before the store was open.
    door_event_id: int | None = None
    #: The tabs built so far, by index (all four once ``tabs_loaded``).
    _built: dict[int, EventTab]
    #: What is still to build, one piece per event-loop turn (``attach(in_steps=True)``).
    _steps: list[Callable[[], object]]
    _when_loaded: list[Callable[[], None]]

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

    def attach(self, store: Store, *, in_steps: bool = False) -> None:
        """Build the tabs on the opened ``store`` and show its last (or most recent) event.

        With ``in_steps`` (start-up, the door already shown) the door goes live at once and
        the other tabs, then the export and sync actions, are built one per turn of the event
        loop, so the door keeps answering keys meanwhile; a tab pressed (or Ctrl+1..4, or its
        Event submenu) before its turn is built at once. ``when_tabs_loaded`` hears the end.
        """
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
        self._built = {DOOR_TAB: door} if door is not None else {}
        if door is None:
            self._placeholders_for(DOOR_TAB)
        self.tabs.blockSignals(True)
        for index in range(TAB_COUNT):
            self.tabs.setTabEnabled(index, True)  # a tab not built yet is built when pressed
        self.tabs.blockSignals(False)
        # Every tab's submenu now, in tab order (later ones fill theirs when they are built);
        # opening the submenu of a tab not built yet builds it.
        for index, key in enumerate(self.tab_menu_keys):
            menu = self.feature_menu(key)
            menu.aboutToShow.connect(lambda i=index: self.tab_page(i))
        # A tab built already (the door), or pressed meanwhile, makes its step a no-op.
        self._steps = [
            lambda i=i: self.tab_page(i) for i in range(TAB_COUNT) if i not in self._built
        ]
        self._steps += [self._add_export_actions, self._add_sync_actions]
        if self.practice:
            self._steps.append(self._add_exercise_panel)
        if door is not None:
            self._add_menu_actions(DOOR_TAB, door)
        if not in_steps:
            # Everything before the event is shown, which every view then hears of at once.
            while self._steps:
                self._steps.pop(0)()
        self.retranslate()
        self.reload_events(select=self.settings.last_event(store.path))
        same_door = door is not None and self.context.event is not None and (
            self.context.event.id == self.door_event_id
        )  # fmt: skip
        self.door_tab = None
        if self._steps:
            QTimer.singleShot(0, self, self._next_step)
        else:
            self._tabs_loaded()
        if self.context.event is not None and not same_door:
            # Opening on the day of an event, the door is what is needed first.
            self.show_tab(DOOR_TAB)

    def when_tabs_loaded(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once every tab and action is built (at once if they are)."""
        if self.tabs_loaded:
            callback()
        else:
            self._when_loaded.append(callback)

    @property
    def tabs_loaded(self) -> bool:
        """Every tab, the export and the sync actions are built (``tab_pages`` is complete)."""
        return len(self.tab_pages) == TAB_COUNT and not self._steps

    def stop_loading(self) -> None:
        """Build nothing more (the window is closing while its tabs load)."""
        self._steps = []
        self._when_loaded = []

    def _next_step(self) -> None:
        if not self._steps:
            return  # stopped (closed) or everything was built at once meanwhile
        try:
            self._steps.pop(0)()
        finally:
            # Even after a bug in one piece (reported by the excepthook) the rest follows; a
            # tab that failed stays a placeholder and is built again when pressed.
            if self._steps:
                # A zero timer: the keys and paints waiting are handled before the next piece.
                QTimer.singleShot(0, self, self._next_step)
            elif len(self._built) == TAB_COUNT:
                self._tabs_loaded()

    def _tabs_loaded(self) -> None:
        self.tab_pages = [self._built[index] for index in range(TAB_COUNT)]
        self.event_menu.menuAction().setVisible(not self.event_menu.isEmpty())
        callbacks, self._when_loaded = self._when_loaded, []
        for callback in callbacks:
            callback()

    def tab_page(self, index: int) -> EventTab:
        """The tab at ``index``, built now if it is not yet (it then shows the current event)."""
        page = self._built.get(index)
        if page is not None:
            return page
        page = _tab_class(index)(self.context)  # it shows the context's event at once
        self._built[index] = page
        self.tabs.blockSignals(True)
        current = self.tabs.currentIndex()
        # The placeholder goes; the current tab stays current, its focus untouched.
        placeholder = self.tabs.widget(index)
        self.tabs.removeTab(index)
        placeholder.deleteLater()
        self.tabs.insertTab(index, page, page.title())
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        self.tab_actions[index].setText(page.title())
        self._add_menu_actions(index, page)
        if not self._steps and len(self._built) == TAB_COUNT and not self.tab_pages:
            self._tabs_loaded()  # the last one, after its own turn had failed
        return page

    def built_tabs(self) -> list[tuple[int, EventTab]]:
        """The tabs built so far, with their indexes, in tab order."""
        return sorted(self._built.items())

    def _placeholders_for(self, door_index: int) -> None:
        """Empty tab pages to build into (the window opened without ``show_door``)."""
        self.tabs.blockSignals(True)
        for title in _placeholder_titles():
            self.tabs.addTab(QWidget(), title)
        self.tabs.setCurrentIndex(door_index)
        self.tabs.blockSignals(False)

    def _add_menu_actions(self, index: int, page: EventTab) -> None:
        actions = page.menu_actions()
        if actions:
            self.add_feature_actions(self.tab_menu_keys[index], actions)
            # Keys scoped to a tab (Ctrl+Shift+N, Enter, Del) stay with it: on the window
            # they would clash with another tab's.
            scoped = (Qt.ShortcutContext.WidgetShortcut,
                      Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
            self.addActions([a for a in actions if a.shortcutContext() not in scoped])

    def _add_export_actions(self) -> None:
        from dialogue_desk.ui.exports.actions import ExportActions

        self.export_actions = ExportActions(self.context, self)
        self.add_file_actions(self.export_actions.actions())

    def _add_sync_actions(self) -> None:
        from dialogue_desk.ui.sync import SyncActions

        # Share / Open shared event in File; Sync now, Sync settings, Merge review in Event.
        self.sync_actions = SyncActions(self, self.context)
        self.add_file_actions(self.sync_actions.file_actions)
        self.add_feature_actions("sync", self.sync_actions.event_actions)
        self.addActions(self.sync_actions.event_actions)

    def _add_exercise_panel(self) -> None:
        from dialogue_desk.ui.practice import ExercisePanel

        self.exercise_panel = ExercisePanel(self.context, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.exercise_panel)

    def tab_titles(self) -> list[str]:
        """The four tabs' titles now: a built tab's own, else the placeholder's."""
        titles = _placeholder_titles()
        for index, page in self._built.items():
            titles[index] = page.title()
        return titles

    def show_tab(self, index: int) -> None:
        if self.context is None or self.context.event is None:
            return
        page = self.tab_page(index)
        self.tabs.setCurrentIndex(index)
        page.focus_main()

    def focus_search(self) -> None:
        if self.context is not None and self.context.event is not None:
            self.tab_page(self.tabs.currentIndex()).focus_search()
        elif self.door_tab is not None:
            self.door_tab.focus_search()

    def _on_tab_changed(self, index: int) -> None:
        if self.context is not None and 0 <= index < TAB_COUNT and index not in self._built:
            self.tab_page(index)  # pressed before its turn: built at once
        self._flush_tabs()

    def _flush_tabs(self) -> None:
        for _index, page in self.built_tabs():
            with guarded(self, APP_NAME):
                page.flush()


__all__ = ["DOOR_TAB", "OPENING_PAGE", "TAB_COUNT", "TABS_PAGE", "WELCOME_PAGE", "WindowTabs"]
