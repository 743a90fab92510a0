"""The sync actions: File → Share event… / Open shared event…, Event → Sync now and friends.

``install_sync_actions(window, file_menu, event_menu, context)`` adds them; the automatic sync
runs on a timer every N minutes (a setting), off the GUI thread, and never while another sync
runs. After a merge every view refreshes (``Changes.ALL``). The first share, join or sync the
user starts asks for the laptop's name once (``name_dialog``); the automatic sync never does.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QWidget

from dialogue_desk.exchange.event_package import PACKAGE_SUFFIX
from dialogue_desk.exchange.event_sync import join_package, share_event, sync_event
from dialogue_desk.services import sync
from dialogue_desk.services.changes import Changes
from dialogue_desk.settings import Settings
from dialogue_desk.ui.common.background import BackgroundRunner
from dialogue_desk.ui.common.errors import guarded, show_error
from dialogue_desk.ui.context import UiContext

MINUTES_KEY = "sync/every_minutes"


class SyncActions(QObject):
    """Owns the actions, the timer and the background runner of syncing."""

    def __init__(self, window: QWidget, context: UiContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.settings = Settings()
        self.runner = BackgroundRunner(window, title=self.tr("Sync"))
        self.runner.succeeded.connect(self._synced)
        self.runner.failed.connect(lambda message: self._report(message, quiet=self._quiet))
        self._quiet = False
        self.share_action = QAction(window)
        self.share_action.setObjectName("shareEventAction")
        self.open_action = QAction(window)
        self.open_action.setObjectName("openSharedEventAction")
        self.sync_action = QAction(window)
        self.sync_action.setObjectName("syncNowAction")
        self.sync_action.setShortcut(QKeySequence("Ctrl+Shift+Y"))
        self.settings_action = QAction(window)
        self.settings_action.setObjectName("syncSettingsAction")
        self.review_action = QAction(window)
        self.review_action.setObjectName("mergeReviewAction")
        self.share_action.triggered.connect(self.share)
        self.open_action.triggered.connect(self.open_shared)
        self.sync_action.triggered.connect(lambda: self.sync_now(quiet=False))
        self.settings_action.triggered.connect(self.edit_settings)
        self.review_action.triggered.connect(self.review)
        self.timer = QTimer(self)
        self.timer.setObjectName("syncTimer")
        self.timer.timeout.connect(lambda: self.sync_now(quiet=True))
        context.event_switched.connect(lambda _record: self._update())
        window.installEventFilter(self)
        self.retranslate()
        self.apply_interval()
        self._update()

    def retranslate(self) -> None:
        """(Re)set the texts: on creation and when the interface language changes."""
        self.share_action.setText(self.tr("Share e&vent…"))
        self.open_action.setText(self.tr("Open s&hared event…"))
        self.sync_action.setText(self.tr("S&ync now"))
        self.settings_action.setText(self.tr("Sync se&ttings…"))
        self.review_action.setText(self.tr("&Merge review…"))
        self.runner.title = self.tr("Sync")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    @property
    def event_actions(self) -> list[QAction]:
        return [self.sync_action, self.settings_action, self.review_action]

    @property
    def file_actions(self) -> list[QAction]:
        return [self.share_action, self.open_action]

    def _update(self) -> None:
        has_event = self.context.event is not None
        for action in (self.share_action, *self.event_actions):
            action.setEnabled(has_event)

    def _status(self, text: str) -> None:
        if isinstance(self.window, QMainWindow):
            self.window.statusBar().showMessage(text, 8000)

    def _report(self, message: str, *, quiet: bool) -> None:
        if quiet:
            self._status(self.tr("Sync failed: {reason}").format(reason=message))
        else:
            show_error(self.window, self.tr("Sync"), message)

    # --- settings ---------------------------------------------------------------------------

    def minutes(self) -> int:
        try:
            return max(0, int(self.settings.value(MINUTES_KEY, 0) or 0))
        except (TypeError, ValueError):
            return 0

    def apply_interval(self) -> None:
        minutes = self.minutes()
        if minutes:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    def folder(self) -> str:
        event = self.context.event
        return sync.last_folder(self.context.store, event.id) if event else ""

    def edit_settings(self) -> None:
        from dialogue_desk.ui.sync.settings_dialog import SyncSettingsDialog

        store = self.context.store
        dialog = SyncSettingsDialog(sync.this_device(store).name, self.folder(), self.minutes(),
                                    self.window)  # fmt: skip
        if not dialog.exec():
            return
        name, folder, minutes = dialog.values()
        with guarded(self.window, self.tr("Sync settings")) as outcome:
            sync.rename_device(store, name)
        if not outcome.ok:
            return
        self.settings.set_value(MINUTES_KEY, minutes)
        self.apply_interval()
        if folder and folder != self.folder():
            self.sync_now(quiet=False, folder=folder)

    def ask_name(self) -> None:
        """Before the first share, join or sync: ask for a name people know the laptop by."""
        from dialogue_desk.ui.sync.name_dialog import ask_laptop_name

        ask_laptop_name(self.window, self.context.store)

    # --- share and join ---------------------------------------------------------------------

    def share(self) -> None:
        event = self.context.event
        if event is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Share the event to which folder or USB stick?"),
            self.folder() or str(Path.home()),
        )  # fmt: skip
        if not folder:
            return
        self.ask_name()
        with guarded(self.window, self.tr("Share event")) as outcome:
            path = share_event(self.context.store, event.id, Path(folder))
        if outcome.ok:
            QMessageBox.information(self.window, self.tr("Share event"), self.tr(
                "The event was written to {path}. On the other laptop choose File → Open "
                "shared event… and pick this file.").format(path=path))  # fmt: skip

    def open_shared(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open a shared event"), str(Path.home()),
            self.tr("Shared events (*{suffix})").format(suffix=PACKAGE_SUFFIX),
        )  # fmt: skip
        if not path:
            return
        with guarded(self.window, self.tr("Open shared event")) as outcome:
            result = join_package(self.context.store, Path(path))
        if not outcome.ok:
            return
        # After joining: the other laptops' names are known then, so none is given twice.
        self.ask_name()
        reload_events = getattr(self.window, "reload_events", None)
        if callable(reload_events):
            reload_events(select=result.event_id)
        self.context.notify(Changes.ALL)
        self._status(self.tr("“{title}” is ready on this laptop.").format(title=result.title))

    # --- sync ---------------------------------------------------------------------------------

    def sync_now(self, *, quiet: bool = False, folder: str = "") -> None:
        event = self.context.event
        if event is None or self.runner.running:
            return
        folder = folder or self.folder()
        if not folder:
            if quiet:
                return
            folder = QFileDialog.getExistingDirectory(
                self.window, self.tr("Sync with which shared folder?"), str(Path.home())
            )
            if not folder:
                return
        if not quiet:
            self.ask_name()
        store, event_id, target = self.context.store, event.id, Path(folder)
        self._quiet = quiet

        def work(progress) -> sync.SyncResult:  # type: ignore[no-untyped-def]
            progress(0, 1)
            return sync_event(store, event_id, target)

        self.runner.start(self.tr("Syncing with {folder}…").format(folder=folder), work,
                          cancellable=False)  # fmt: skip

    def _synced(self, result: sync.SyncResult) -> None:
        if result.files_read:
            self.context.notify(Changes.ALL)
        text = self.tr("Synced: {files} files from other laptops, {rows} rows merged.").format(
            files=result.files_read, rows=result.rows)  # fmt: skip
        if result.conflicts:
            text += " " + self.tr(
                "{count} to review in Event → Sharing and sync → Merge review…"
            ).format(count=result.conflicts)
        self._status(text)
        if result.problems and not self._quiet:
            show_error(self.window, self.tr("Sync"), "\n\n".join(result.problems))

    def review(self) -> None:
        from dialogue_desk.ui.sync.review_dialog import MergeReviewDialog

        if self.context.event is None:
            return
        dialog = MergeReviewDialog(self.context, self.window)
        dialog.exec()


def install_sync_actions(
    window: QWidget, file_menu: QMenu, event_menu: QMenu, context: UiContext
) -> SyncActions:
    """Add Share / Open shared event to ``file_menu`` and the sync actions to ``event_menu``."""
    actions = SyncActions(window, context)
    file_menu.addActions(actions.file_actions)
    event_menu.addActions(actions.event_actions)
    window.addActions(actions.file_actions + actions.event_actions)
    return actions
