"""The locked kiosk: participants answer one form in their own language; only the PIN leaves.

A separate frameless full-screen top-level window, application-modal, that refuses to close,
eats Escape and every shortcut of the rest of the application while it is open. After each
submit it thanks the respondent and resets for the next person. Responses are anonymous.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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
from dialogue_desk.ui.evaluation.answers import mark_problem
from dialogue_desk.ui.evaluation.form_view import FormView

log = logging.getLogger(__name__)

THANKS_MS = 4000
IDLE_MS = 3 * 60 * 1000

MIN_PIN = 4


class KioskSetupDialog(QDialog):
    """Asks for the PIN that will be needed to leave the kiosk (typed twice)."""

    def __init__(self, form_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk_setup")
        self.setWindowTitle(self.tr("Start kiosk"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Participants will answer \u201c{form}\u201d full screen. Nothing else of "
                    "the app can be reached until this PIN is typed.").format(form=form_title)
        )  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        fields = QFormLayout()
        self.pin = QLineEdit(objectName="kiosk_pin", echoMode=QLineEdit.EchoMode.Password)
        self.again = QLineEdit(objectName="kiosk_pin_again", echoMode=QLineEdit.EchoMode.Password)
        for edit in (self.pin, self.again):
            edit.setMaxLength(12)
            edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        fields.addRow(self.tr("&PIN (at least 4 digits):"), self.pin)
        fields.addRow(self.tr("PIN &again:"), self.again)
        layout.addLayout(fields)
        self.problem = QLabel(objectName="problem")
        mark_problem(self.problem)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start kiosk"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        pin = self.pin.text().strip()
        if len(pin) < MIN_PIN or not pin.isdigit():
            self.problem.setText(self.tr("The PIN is at least 4 digits."))
            self.pin.setFocus()
        elif pin != self.again.text().strip():
            self.problem.setText(self.tr("The two PINs differ; type the same PIN twice."))
            self.again.clear()
            self.again.setFocus()
        else:
            super().accept()


class _Lock(QObject):
    """Application-wide filter while the kiosk is open: no shortcut of any window fires."""

    def __init__(self, kiosk: KioskWindow) -> None:
        super().__init__(kiosk)
        self.kiosk = kiosk

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Shortcut:
            return True
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the key goes to the focused widget as a plain key press
            return False
        if kind in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            self.kiosk.idle.start()  # someone is answering
        return False


class KioskWindow(QWidget):
    """Full-screen kiosk for one form. ``submitted`` after each stored response."""

    submitted = Signal(int)
    left = Signal()

    def __init__(self, store: object, form: FormRecord, pin: str, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)  # fmt: skip
        self.setObjectName("kiosk")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.store, self.form, self._pin = store, form, pin
        self.language = form.language
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
        self._lock = _Lock(self)
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
        for index, code in enumerate(self.form.languages):
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
        self.message = QLabel(objectName="kiosk_message")
        mark_problem(self.message)
        layout.addWidget(self.message)
        self.submit_button = QPushButton(objectName="kiosk_submit")
        self.submit_button.setMinimumHeight(70)
        self.submit_button.clicked.connect(self.submit)
        layout.addWidget(self.submit_button)
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
        self.choose_label.setText(
            "\n".join(
                dict.fromkeys(pick(KIOSK_TEXTS["choose"], c, ("en",)) for c in self.form.languages)
            )  # fmt: skip
        )
        if len(self.form.languages) == 1:
            self.start(self.form.languages[0])
            return
        self.stack.setCurrentIndex(0)
        self.leave_button.show()

    def start(self, language: str) -> None:
        self.language = language
        self.view.show_form(self.form, language)
        self.anonymous_label.setText(self.texts("anonymous"))
        self.language_button.setText(self.texts("language"))
        self.language_button.setVisible(len(self.form.languages) > 1)
        self.submit_button.setText(self.texts("submit"))
        self.message.clear()
        self.stack.setCurrentIndex(1)
        self.view.focus_first()

    def submit(self) -> None:
        try:
            ev.save_response(self.store, self.form.id, self.view.values(),
                             channel=ResponseChannel.KIOSK, language=self.language)  # type: ignore[arg-type]  # fmt: skip
        except ValidationError as error:
            answers = self.view.values()
            problems = {
                name: self.texts("invalid") if name in answers and answers[name] not in
                (None, "", []) else self.texts("required")
                for name in error.problems
            }  # fmt: skip
            self.view.show_problems(problems)
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
        if self.pin_edit.text().strip() == self._pin:
            self.unlock()
        else:
            self.pin_edit.clear()
            self.pin_problem.setText(self.tr("Wrong PIN."))

    def unlock(self) -> None:
        """Leave the kiosk (the PIN was right)."""
        self._unlocked = True
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
        if state_changed and not self._unlocked and self.isVisible() and not self.isFullScreen():
            QTimer.singleShot(0, self.showFullScreen)
        super().changeEvent(event)
