"""The locked kiosk: participants answer one form in their own language; only the PIN leaves.

A separate frameless full-screen top-level window, application-modal, that refuses to close,
eats Escape and every shortcut of the rest of the application while it is open. After each
submit it thanks the respondent and resets for the next person. Responses are anonymous.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dialogue_desk.i18n import LANGUAGES
from dialogue_desk.services import evaluation as ev
from dialogue_desk.services.errors import ValidationError
from dialogue_desk.services.evaluation import KIOSK_TEXTS, FormRecord, pick
from dialogue_desk.store.enums import ResponseChannel
from dialogue_desk.ui.common.errors import EXPECTED, describe
from dialogue_desk.ui.evaluation.accessible import name_controls
from dialogue_desk.ui.evaluation.answers import mark_problem
from dialogue_desk.ui.evaluation.form_language import display_language
from dialogue_desk.ui.evaluation.form_view import FormView
from dialogue_desk.ui.evaluation.kiosk_guard import KioskLock, PinGuard
from dialogue_desk.ui.evaluation.kiosk_setup import KioskSetupDialog

__all__ = ["KioskSetupDialog", "KioskWindow"]

log = logging.getLogger(__name__)

THANKS_MS = 4000
IDLE_MS = 3 * 60 * 1000
#: How often the kiosk checks that it is still shown full screen on top (a window manager
#: can iconify it, send it to another desktop, or show the desktop).
WATCH_MS = 1500


class KioskWindow(QWidget):
    """Full-screen kiosk for one form. ``submitted`` after each stored response."""

    submitted = Signal(int)
    left = Signal()

    def __init__(self, store: object, form: FormRecord, pin: str, parent: QWidget | None = None,
                 *, paged: bool = False):  # fmt: skip
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)  # fmt: skip
        self.setObjectName("kiosk")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.store, self.form = store, form
        self.guard = PinGuard(pin)
        self.paged = paged
        # The interface language (when the form has it) is offered first, with the focus.
        self.offered = tuple(dict.fromkeys((display_language(form), *form.languages)))
        self.language = self.offered[0]
        self._unlocked = False
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 9) * 1.5)
        self.setFont(font)
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self._build_languages()
        self._build_form()
        self._build_thanks()
        self._build_pin()
        corner = QHBoxLayout()
        corner.addStretch(1)
        self.leave_button = QPushButton(self.tr("Facilitator"), objectName="kiosk_leave")
        self.leave_button.setAccessibleName(self.tr("Facilitator: leave the kiosk with the PIN"))
        self.leave_button.setFlat(True)
        self.leave_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.leave_button.clicked.connect(self._ask_pin)
        corner.addWidget(self.leave_button)
        layout.addLayout(corner)
        self.timer = QTimer(self, singleShot=True, interval=THANKS_MS)
        self.timer.timeout.connect(self.reset)
        #: A form left half-filled is cleared for the next person after a while.
        self.idle = QTimer(self, singleShot=True, interval=IDLE_MS)
        self.idle.timeout.connect(self._idle)
        self.pin_wait = QTimer(self, singleShot=True)
        self.pin_wait.timeout.connect(self._pin_ready)
        self.watch = QTimer(self, interval=WATCH_MS)
        self.watch.timeout.connect(self._keep_shown)
        self._lock = KioskLock(self)
        QApplication.instance().installEventFilter(self._lock)
        self.reset()

    def show_locked(self, screen: object = None) -> None:
        """Cover the whole screen (also where no window manager honours full-screen requests)."""
        screen = screen or QApplication.primaryScreen()
        if screen is not None:
            self.setGeometry(screen.geometry())  # type: ignore[attr-defined]
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        if not self.watch.isActive():
            self.watch.start()

    # --- pages --------------------------------------------------------------------------------

    def _build_languages(self) -> None:
        page = QWidget(objectName="kiosk_languages")
        outer = QVBoxLayout(page)
        outer.addStretch(1)
        holder = QHBoxLayout()
        holder.addStretch(1)
        grid = QGridLayout()
        holder.addLayout(grid)
        holder.addStretch(1)
        outer.addLayout(holder)
        outer.addStretch(2)
        self.choose_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        font = self.choose_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.choose_label.setFont(font)
        grid.addWidget(self.choose_label, 0, 0, 1, 2)
        self.language_buttons: dict[str, QPushButton] = {}
        for index, code in enumerate(self.offered):
            button = QPushButton(LANGUAGES.get(code, code.upper()), objectName=f"kiosk_lang_{code}")
            button.setMinimumSize(280, 90)
            button.clicked.connect(lambda _=False, c=code: self.start(c))
            grid.addWidget(button, 1 + index // 2, index % 2)
            self.language_buttons[code] = button
        self.stack.addWidget(page)

    def _build_form(self) -> None:
        page = QWidget(objectName="kiosk_form")
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        self.anonymous_label = QLabel()
        top.addWidget(self.anonymous_label, 1)
        self.language_button = QPushButton(objectName="kiosk_change_language")
        self.language_button.clicked.connect(self.reset)
        top.addWidget(self.language_button)
        layout.addLayout(top)
        self.view = FormView(big=True)
        layout.addWidget(self.view, 1)
        self.view.show_form(None, self.language, paged=self.paged)
        self.view.page_changed.connect(self._update_pages)
        self.message = QLabel(objectName="kiosk_message")
        mark_problem(self.message)
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing())
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.back_button = QPushButton(objectName="kiosk_back")
        self.back_button.setMinimumHeight(70)
        self.back_button.clicked.connect(self.back)
        self.progress = QLabel(objectName="kiosk_progress", alignment=Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton(objectName="kiosk_next")
        self.next_button.setMinimumHeight(70)
        self.next_button.clicked.connect(self.forward)
        self.submit_button = QPushButton(objectName="kiosk_submit")
        self.submit_button.setMinimumHeight(70)
        self.submit_button.clicked.connect(self.submit)
        row.addWidget(self.back_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.next_button)
        row.addWidget(self.submit_button, 0 if self.paged else 1)
        layout.addLayout(row)
        self.stack.addWidget(page)

    def _build_thanks(self) -> None:
        self.thanks = QLabel(objectName="kiosk_thanks", alignment=Qt.AlignmentFlag.AlignCenter)
        font = self.thanks.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        self.thanks.setFont(font)
        self.stack.addWidget(self.thanks)

    def _build_pin(self) -> None:
        page = QWidget(objectName="kiosk_pin_page")
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.pin_label = QLabel(self.tr("Facilitator PIN to leave the kiosk:"))
        layout.addWidget(self.pin_label, 0, Qt.AlignmentFlag.AlignCenter)
        self.pin_edit = QLineEdit(objectName="kiosk_pin_entry")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setAccessibleName(self.tr("Facilitator PIN"))
        self.pin_label.setBuddy(self.pin_edit)
        self.pin_edit.setMaximumWidth(300)
        self.pin_edit.returnPressed.connect(self._check_pin)
        layout.addWidget(self.pin_edit, 0, Qt.AlignmentFlag.AlignCenter)
        self.pin_problem = QLabel(objectName="kiosk_pin_problem")
        mark_problem(self.pin_problem)
        layout.addWidget(self.pin_problem, 0, Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout()
        back = QPushButton(self.tr("Back to the form"), objectName="kiosk_pin_back")
        back.clicked.connect(self._back_from_pin)
        unlock = QPushButton(self.tr("Leave kiosk"), objectName="kiosk_pin_ok")
        unlock.clicked.connect(self._check_pin)
        row.addStretch(1)
        row.addWidget(back)
        row.addWidget(unlock)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.pin_page = page
        self.stack.addWidget(page)

    # --- flow ---------------------------------------------------------------------------------

    def texts(self, key: str) -> str:
        return pick(KIOSK_TEXTS[key], self.language, ("en",))

    def reset(self) -> None:
        """Back to the language choice with a blank form, ready for the next person."""
        self.timer.stop()
        self.view.show_form(None, self.language)
        self.message.clear()
        choose = dict.fromkeys(pick(KIOSK_TEXTS["choose"], c, ("en",)) for c in self.offered)
        self.choose_label.setText("\n".join(choose))
        if len(self.offered) == 1:
            self.start(self.offered[0])
            return
        self.stack.setCurrentIndex(0)
        self.language_buttons[self.offered[0]].setFocus()
        self.leave_button.show()

    def start(self, language: str) -> None:
        self.language = language
        self.view.show_form(self.form, language, paged=self.paged)
        self.view.go_to_page(0)
        self.anonymous_label.setText(self.texts("anonymous"))
        self.language_button.setText(self.texts("language"))
        self.language_button.setVisible(len(self.form.languages) > 1)
        self.submit_button.setText(self.texts("submit"))
        self.next_button.setText(self.texts("next"))
        self.back_button.setText(self.texts("back"))
        # The respondent's language, so the one button they should not press is understood.
        self.leave_button.setText(self.texts("facilitator"))
        self.message.clear()
        self.stack.setCurrentIndex(1)
        self._update_pages()
        name_controls(self)
        self.view.focus_first()

    def _update_pages(self) -> None:
        paged = self.paged and len(self.view.pages) > 1
        last = not paged or self.view.is_last_page()
        self.back_button.setVisible(paged)
        first = min(self.view.visible_pages() or [0])
        self.back_button.setEnabled(paged and self.view.page > first)
        self.next_button.setVisible(paged and not last)
        self.submit_button.setVisible(last)
        self.progress.setVisible(paged)
        if paged:
            number, total = self.view.page_position()
            self.progress.setText(self.texts("page").format(n=number, total=total))

    def _problems(self, error: ValidationError) -> dict[str, str]:
        answers = self.view.values()
        logic = self.view.state.problems if self.view.state else {}
        return {
            name: text if name in logic else self.texts("invalid")
            if name in answers and answers[name] not in (None, "", []) else self.texts("required")
            for name, text in error.problems.items()
        }  # fmt: skip

    def forward(self) -> None:
        """Next page, once the questions of this one are answered as the form requires."""
        try:
            ev.check_response(self.form, self.view.values(), self.language)
        except ValidationError as error:
            here = {k: v for k, v in self._problems(error).items() if k in self.view.page_names()}
            if here:
                self.view.show_problems(here)
                self.message.setText(self.texts("marked"))
                return
        self.message.clear()
        self.view.next_page()

    def back(self) -> None:
        self.message.clear()
        self.view.previous_page()

    def submit(self) -> None:
        try:
            ev.save_response(self.store, self.form.id, self.view.values(),
                             channel=ResponseChannel.KIOSK, language=self.language)  # type: ignore[arg-type]  # fmt: skip
        except ValidationError as error:
            self.view.show_problems(self._problems(error))
            self.message.setText(self.texts("marked"))
            return
        except EXPECTED as error:
            log.exception("Kiosk could not store a response")
            self.message.setText(self.tr("Not saved: {reason}. Please tell the facilitator.")
                                 .format(reason=describe(error)))  # fmt: skip
            return
        self.thanks.setText(self.texts("thanks"))
        self.stack.setCurrentWidget(self.thanks)
        self.submitted.emit(self.form.id)
        self.timer.start()

    def _idle(self) -> None:
        if self.stack.currentIndex() == 1:
            self.reset()

    def _ask_pin(self) -> None:
        self.timer.stop()
        self._return_to = self.stack.currentIndex()
        self.pin_edit.clear()
        self.pin_problem.clear()
        self.leave_button.hide()
        self.stack.setCurrentWidget(self.pin_page)
        self.pin_edit.setFocus()

    def _back_from_pin(self) -> None:
        self.pin_edit.clear()
        self.leave_button.show()
        if getattr(self, "_return_to", 0) == self.stack.indexOf(self.thanks):
            self.reset()
        else:
            self.stack.setCurrentIndex(getattr(self, "_return_to", 0))

    def _check_pin(self) -> None:
        result = self.guard.attempt(self.pin_edit.text())
        self.pin_edit.clear()
        if result:
            self.unlock()
            return
        wait = self.guard.wait()
        if self.guard.locked:
            self.pin_problem.setText(self.tr("Too many wrong PINs: try again in a minute."))
        elif result is False:
            self.pin_problem.setText(
                self.tr("Wrong PIN. Try again in %n second(s).", "", max(1, round(wait)))
            )
        self.pin_edit.setEnabled(False)
        self.pin_wait.start(int(wait * 1000) + 50)

    def _pin_ready(self) -> None:
        if self.guard.wait() > 0:
            self.pin_wait.start(int(self.guard.wait() * 1000) + 50)
            return
        self.pin_edit.setEnabled(True)
        if self.stack.currentWidget() is self.pin_page:
            self.pin_edit.setFocus()

    def unlock(self) -> None:
        """Leave the kiosk (the PIN was right)."""
        self._unlocked = True
        self.watch.stop()
        QApplication.instance().removeEventFilter(self._lock)
        self.close()

    # --- what must not leave ------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._unlocked:
            event.ignore()
            return
        self.left.emit()
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            if self.stack.currentWidget() is self.pin_page:
                self._back_from_pin()
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        state_changed = event.type() == QEvent.Type.WindowStateChange
        if state_changed and not self._unlocked and (self.isMinimized() or not self.isFullScreen()):
            QTimer.singleShot(0, self._keep_shown)
        super().changeEvent(event)

    def hideEvent(self, event: QEvent) -> None:  # type: ignore[override]
        # Show desktop, iconify or "send to desktop 2" unmap the window: come back.
        if not self._unlocked:
            QTimer.singleShot(100, self._keep_shown)
        super().hideEvent(event)  # type: ignore[arg-type]

    def _keep_shown(self) -> None:
        """Full screen, shown and on top again, unless the PIN was given."""
        if self._unlocked:
            return
        if self.isMinimized() or not self.isVisible() or not self.isFullScreen():
            self.setWindowState(
                (self.windowState() & ~Qt.WindowState.WindowMinimized)
                | Qt.WindowState.WindowFullScreen
            )
            self.showFullScreen()
        if not self.isActiveWindow():
            self.raise_()
            self.activateWindow()
