"""Practice mode's banner and its guided exercises panel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialogue_desk.paths import practice_exports_dir
from dialogue_desk.services.changes import Changes
from dialogue_desk.ui.common.announce import announce
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
QLabel#exercisesDone {
    background: #e8f5e9; color: #1b5e20; border: 1px solid #2e7d32; padding: 6px;
}
"""


def hint_colour(palette: QPalette) -> QColor:
    """A muted text colour that still reads (WCAG AA, 4.5:1) on the list's background.

    Three quarters of the text colour and a quarter of the background: #404040 on white
    (10:1), and as readable in a dark theme, where a fixed light grey would vanish.
    """
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    return QColor(*(round(0.75 * a + 0.25 * b) for a, b in zip(
        (text.red(), text.green(), text.blue()), (base.red(), base.green(), base.blue()),
        strict=True)))  # fmt: skip


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
        self.all_done = QLabel(wordWrap=True, objectName="exercisesDone")
        self.all_done.hide()
        self.list = QListWidget(objectName="exerciseList")
        self.list.setWordWrap(True)
        # Re-wrap every line when the panel is resized, so no title is cut at its edge.
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(body)
        layout.addWidget(self.intro)
        layout.addWidget(self.all_done)
        layout.addWidget(self.list, 1)
        self.setWidget(body)
        # Narrow enough to leave the tabs their toolbars at 1366 px; the lines wrap instead.
        self.setMinimumWidth(240)
        #: Exercises done on this event: once ticked, an exercise stays ticked (reopening the
        #: event or a moment between two writes of an export does not take it back).
        self._done: set[str] = set()
        self._done_event: int | None = None
        self._all_done_said = False
        #: What the list shows now, so an unchanged state does not rebuild it.
        self._shown: tuple[object, ...] | None = None
        # Every exercise is about some part of the event: any change may tick one off.
        context.watch(self, Changes.ALL, self.on_changes)
        context.event_switched.connect(self.refresh)
        # Some changes (a kiosk respondent, an export finished) arrive without a notice.
        self._timer = QTimer(self, interval=2000)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.retranslate()

    def retranslate(self) -> None:
        self._shown = None  # every line again, in the new language
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
        if event is None or event.id != self._done_event:
            self._done, self._all_done_said = set(), False
            self._done_event = event.id if event else None
        states = (
            exercise_states(self.context.store, event.id, practice_exports_dir()) if event else []
        )
        self._done |= {s.exercise.key for s in states if s.done}
        shown = tuple((s.exercise.key, s.exercise.key in self._done, s.progress) for s in states)
        if shown == self._shown:
            return  # nothing new: the list is not rebuilt every two seconds (nor re-announced)
        self._shown = shown
        self.list.clear()
        hint_brush = hint_colour(self.list.palette())
        for state in states:
            done_now = state.exercise.key in self._done
            title = QCoreApplication.translate(CONTEXT, state.exercise.title)
            done, total = state.progress
            if total and not done_now:
                title += f"  ({done}/{total})"
            item = QListWidgetItem(("\u2611 " if done_now else "\u2610 ") + title)
            item.setToolTip(QCoreApplication.translate(CONTEXT, state.exercise.hint))
            item.setData(Qt.ItemDataRole.UserRole, state.exercise.key)
            status = self.tr("done") if done_now else self.tr("not done yet")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}: {status}")
            if done_now:
                font = item.font()
                font.setStrikeOut(True)
                item.setFont(font)
                item.setForeground(QColor("#1b5e20"))  # 7.9:1 on white
            self.list.addItem(item)
            hint = QListWidgetItem(
                "    " + QCoreApplication.translate(CONTEXT, state.exercise.hint)
            )
            hint.setForeground(hint_brush)
            self.list.addItem(hint)
            hint.setHidden(done_now)  # only an item in the list can be hidden
        self._show_all_done(bool(states) and len(self._done) == len(states))

    def _show_all_done(self, finished: bool) -> None:
        self.all_done.setText(self.tr(
            "All exercises done. Well done! Reset practice (File menu) to go through them "
            "again, or leave practice mode for your real events."))  # fmt: skip
        self.all_done.setAccessibleName(self.all_done.text())
        self.all_done.setVisible(finished)
        if finished and not self._all_done_said:
            self._all_done_said = True
            announce(self, self.all_done.text())

    def done_keys(self) -> set[str]:
        keys = set()
        for row in range(self.list.count()):
            item = self.list.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            if key and item.text().startswith("\u2611"):  # the hint lines carry no key
                keys.add(key)
        return keys

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
