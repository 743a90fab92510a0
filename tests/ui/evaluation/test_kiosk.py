"""The locked kiosk: only the PIN leaves it; respondents answer in their language; it resets."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from dialogue_desk.services import evaluation as ev
from dialogue_desk.settings import Settings
from dialogue_desk.store.enums import ResponseChannel
from dialogue_desk.ui.evaluation.kiosk import KioskSetupDialog, KioskWindow
from dialogue_desk.ui.main_window import MainWindow

PIN = "2468"


@pytest.fixture
def window(qtbot, store, demo_event):
    win = MainWindow(store, Settings())
    qtbot.addWidget(win)
    win.show()
    win.tabs.setCurrentIndex(3)
    yield win
    win.close()


@pytest.fixture
def kiosk(window, qtbot):
    tab = window.tab_pages[3]
    assert tab.form is not None
    widget = tab.start_kiosk(PIN)
    qtbot.waitExposed(widget)
    yield widget
    if shiboken6.isValid(widget) and widget.isVisible():
        widget.unlock()


def _focused(kiosk: KioskWindow):
    return QApplication.focusWidget() or kiosk


def test_kiosk_is_a_full_screen_modal_frameless_window(kiosk):
    assert kiosk.isWindow() and kiosk.isFullScreen()
    assert kiosk.windowModality() == Qt.WindowModality.ApplicationModal
    assert kiosk.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert kiosk.stack.currentWidget().objectName() == "kiosk_languages"
    assert set(kiosk.language_buttons) == {"en", "et", "lv", "sv", "ru"}


def test_kiosk_cannot_be_left_without_the_pin(kiosk, window, qtbot):
    fired: list[str] = []
    for action in [*window.tab_actions, window.quit_action, window.undo_action,
                   window.find_action, window.new_event_action]:  # fmt: skip
        action.triggered.connect(lambda _=False, a=action: fired.append(a.objectName()))
    global_action = QAction("Global", window)
    global_action.setShortcut(QKeySequence("Ctrl+G"))
    global_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    global_action.triggered.connect(lambda: fired.append("global"))
    window.addAction(global_action)
    kiosk.start("et")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is kiosk)
    qtbot.keyClick(_focused(kiosk), Qt.Key.Key_Escape)
    qtbot.keyClick(_focused(kiosk), Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_Q,
                Qt.Key.Key_Z, Qt.Key.Key_F, Qt.Key.Key_N, Qt.Key.Key_G):  # fmt: skip
        qtbot.keyClick(_focused(kiosk), key, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(kiosk, key, Qt.KeyboardModifier.ControlModifier)
    assert not kiosk.close()
    close = QCloseEvent()
    QApplication.sendEvent(kiosk, close)
    assert not close.isAccepted()
    assert fired == [] and kiosk.isVisible() and window.isVisible()
    assert window.tabs.currentIndex() == 3
    # a wrong PIN keeps it locked
    kiosk.leave_button.click()
    assert kiosk.stack.currentWidget() is kiosk.pin_page
    qtbot.keyClicks(kiosk.pin_edit, "1111")
    qtbot.keyClick(kiosk.pin_edit, Qt.Key.Key_Return)
    assert kiosk.isVisible() and kiosk.pin_problem.text()
    # Escape on the PIN page goes back to the form, not out
    qtbot.keyClick(kiosk.pin_edit, Qt.Key.Key_Escape)
    assert kiosk.isVisible() and kiosk.stack.currentIndex() == 1
    # the right PIN leaves (after the wait a wrong one costs), and shortcuts work again
    kiosk.leave_button.click()
    qtbot.waitUntil(kiosk.pin_edit.isEnabled, timeout=4000)
    qtbot.keyClicks(kiosk.pin_edit, PIN)
    qtbot.keyClick(kiosk.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not kiosk.isVisible())
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert fired == ["global"]


def test_respondent_answers_in_their_language_then_it_resets(kiosk, store):
    form = kiosk.form
    before = ev.get_form(store, form.id).responses
    kiosk.language_buttons["ru"].click()
    assert kiosk.stack.currentIndex() == 1
    titles = {b.question.name: b.title.text() for b in kiosk.view.boxes if b.input is not None}
    assert titles["relevance"].startswith("Темы были актуальны")
    assert kiosk.submit_button.text() == "Отправить"
    kiosk.submit()  # required answers missing: told in Russian, nothing stored
    assert kiosk.message.text() == "Пожалуйста, ответьте на вопросы, отмеченные красным."
    box = next(b for b in kiosk.view.boxes if b.question.name == "relevance")
    assert box.problem.text() == "Пожалуйста, ответьте на этот вопрос."
    assert ev.get_form(store, form.id).responses == before
    answers = {"relevance": 5, "chance_to_speak": 4, "balance": 3, "facilitation": 5,
               "organisation": 4, "learning": 4, "networking": 2, "again": True,
               "improve": "Больше времени"}  # fmt: skip
    kiosk.view.set_values(answers)
    kiosk.submit()
    assert kiosk.stack.currentWidget() is kiosk.thanks
    assert kiosk.thanks.text() == "Спасибо за ваш отзыв!"
    stored = ev.list_responses(store, form.id)[-1]
    assert stored.channel is ResponseChannel.KIOSK and stored.language == "ru"
    assert stored.answers["improve"] == "Больше времени"
    kiosk.timer.timeout.emit()  # the thank-you page times out
    assert kiosk.stack.currentIndex() == 0
    kiosk.language_buttons["et"].click()
    assert all(v in (None, "", []) for v in kiosk.view.values().values())
    assert kiosk.submit_button.text() == "Saada"


def test_an_abandoned_form_is_cleared_for_the_next_person(kiosk):
    kiosk.start("lv")
    kiosk.view.set_values({"relevance": 2})
    kiosk.idle.timeout.emit()
    assert kiosk.stack.currentIndex() == 0
    kiosk.start("lv")
    assert kiosk.view.values()["relevance"] is None


def test_kiosk_rating_by_touch_and_digits(kiosk, qtbot):
    kiosk.start("en")
    box = next(b for b in kiosk.view.boxes if b.question.name == "relevance")
    dict(box.input.options)["4"].click()
    assert box.input.value() == 4
    qtbot.keyClick(box.input, Qt.Key.Key_2)
    assert box.input.value() == 2


def test_setup_dialog_wants_the_same_pin_twice(qtbot):
    dialog = KioskSetupDialog("Form")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.pin, "12")
    dialog.accept()
    assert dialog.result() == 0 and dialog.problem.text()
    dialog.pin.setText("1234")
    dialog.again.setText("1243")
    dialog.accept()
    assert dialog.result() == 0
    dialog.again.setText("1234")
    dialog.accept()
    assert dialog.result() == 1


def test_every_question_kind_through_the_kiosk(qtbot, store, demo_event):
    from dialogue_desk.services.evaluation import FormSpec
    from tests.ui.evaluation.test_tab import EVERY_KIND

    form = ev.create_form(store, demo_event, FormSpec("Every kind", ("en", "ru"), EVERY_KIND))
    kiosk = KioskWindow(store, form, PIN)  # deletes itself when left
    kiosk.show_locked()
    kiosk.language_buttons["en"].click()
    boxes = {b.question.name: b for b in kiosk.view.boxes if b.input is not None}
    dict(boxes["useful"].input.options)["3"].click()
    dict(boxes["group"].input.options)["b"].click()
    dict(boxes["topics"].input.options)["x"].click()
    dict(boxes["topics"].input.options)["y"].click()
    dict(boxes["again"].input.options)["yes"].click()
    qtbot.keyClicks(boxes["age"].input.edit, "33")
    qtbot.keyClicks(boxes["missing"].input.edit, "Youth")
    qtbot.keyClicks(boxes["comments"].input.edit, "Thanks")
    assert dict(boxes["group"].input.options)["b"].text().startswith("\u2714")
    kiosk.submit()
    assert kiosk.stack.currentWidget() is kiosk.thanks
    [stored] = ev.list_responses(store, form.id)
    assert stored.answers == {"useful": 3, "group": "b", "topics": ["x", "y"], "again": True,
                              "age": 33, "missing": "Youth", "comments": "Thanks"}  # fmt: skip
    kiosk.unlock()
