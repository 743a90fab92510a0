"""Practice mode's banner and its guided exercises panel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialogue_desk.paths import exports_dir
from dialogue_desk.services.changes import Changes
from dialogue_desk.ui.context import UiContext

#: Translation context of the exercises (``services.practice.CONTEXT``).
CONTEXT = "Practice"

#: The window accent of practice mode: a warm orange frame no one mistakes for the real thing.
PRACTICE_STYLE = """
QToolBar#eventToolbar { background: #fff3e0; border-bottom: 2px solid #e07b00; }
QStatusBar { background: #fff3e0; border-top: 2px solid #e07b00; }
QDockWidget#exercisePanel::title { background: #ffe0b2; padding: 4px; }
QLabel#practiceBanner {
    background: #ffe0b2; color: #4a2800; border-bottom: 2px solid #e07b00;
    font-weight: 600; padding: 6px 12px;
}
"""


class PracticeBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceBanner")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Practice \u2014 nothing here touches your real events"))
        self.setAccessibleName(self.text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ExercisePanel(QDockWidget):
    """The guided exercises; each ticks itself off when the trainee has done it."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exercisePanel")
        self.context = context
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        body = QWidget()
        self.intro = QLabel(wordWrap=True)
        self.list = QListWidget(objectName="exerciseList")
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(body)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        self.setWidget(body)
        self.setMinimumWidth(300)
        # Every exercise is about some part of the event: any change may tick one off.
        context.watch(self, Changes.ALL, self.on_changes)
        context.event_switched.connect(self.refresh)
        # Some changes (a kiosk respondent, an export finished) arrive without a notice.
        self._timer = QTimer(self, interval=2000)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Exercises"))
        self.intro.setText(
            self.tr("Work through these on the practice event. Each ticks itself off when done.")
        )
        self.refresh()

    def on_changes(self, changes: Changes) -> None:
        self.refresh()

    def refresh(self, *_args: object) -> None:
        from dialogue_desk.services.practice import exercise_states

        event = self.context.event
        states = exercise_states(self.context.store, event.id, exports_dir()) if event else []
        self.list.clear()
        for state in states:
            title = QCoreApplication.translate(CONTEXT, state.exercise.title)
            done, total = state.progress
            if total and not state.done:
                title += f"  ({done}/{total})"
            item = QListWidgetItem(("\u2611 " if state.done else "\u2610 ") + title)
            item.setToolTip(QCoreApplication.translate(CONTEXT, state.exercise.hint))
            item.setData(Qt.ItemDataRole.UserRole, state.exercise.key)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
            if state.done:
                font = item.font()
                font.setStrikeOut(True)
                item.setFont(font)
                item.setForeground(Qt.GlobalColor.darkGreen)
            self.list.addItem(item)
            hint = QListWidgetItem(
                "    " + QCoreApplication.translate(CONTEXT, state.exercise.hint)
            )
            hint.setForeground(Qt.GlobalColor.darkGray)
            hint.setHidden(state.done)
            self.list.addItem(hint)

    def done_keys(self) -> set[str]:
        keys = set()
        for row in range(self.list.count()):
            item = self.list.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            if key and item.text().startswith("\u2611"):
                keys.add(key)
        return keys

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
