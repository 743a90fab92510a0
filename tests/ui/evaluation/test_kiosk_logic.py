"""The kiosk with XLSForm logic: skip logic live, cascading choices, constraints that block a
page, one question or group per page, and what keeps the kiosk shut (PIN, paste, iconify)."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit

from dialogue_desk.exchange.xlsform import import_xlsform
from dialogue_desk.services import evaluation as ev
from dialogue_desk.ui.evaluation.kiosk import KioskWindow
from dialogue_desk.ui.evaluation.kiosk_guard import LOCK_AFTER, LOCK_SECONDS, PinGuard

FORMS = Path(__file__).parents[2] / "fixtures" / "forms"
PIN = "2468"


@pytest.fixture
def open_kiosk(qtbot, store):
    opened: list[KioskWindow] = []

    def make(name: str, paged: bool = True) -> KioskWindow:
        form = import_xlsform(store, FORMS / name, None)
        kiosk = KioskWindow(store, form, PIN, paged=paged)
        kiosk.show_locked()
        qtbot.waitExposed(kiosk)
        opened.append(kiosk)
        return kiosk

    yield make
    for kiosk in opened:
        if shiboken6.isValid(kiosk) and kiosk.isVisible():
            kiosk.unlock()


def box(kiosk: KioskWindow, name: str):
    return next(b for b in kiosk.view.boxes if b.question.name == name)


def option(kiosk: KioskWindow, name: str, choice: str) -> QAbstractButton:
    return next(b for n, b in box(kiosk, name).input.options if n == choice)


def test_skip_chain_is_followed_page_by_page_and_stored_with_skipped(open_kiosk, store):
    kiosk = open_kiosk("skip_chain.xlsx")
    view = kiosk.view
    # Until "attended" is answered, only it and "comment" are asked ("never" is relevant 0).
    assert kiosk.progress.text() == "Page 1 of 2"
    assert box(kiosk, "attended").isVisible() and not box(kiosk, "morning").isVisible()
    kiosk.forward()  # a required question blocks the step
    assert box(kiosk, "attended").problem.text() == "Please answer this question."
    assert view.page == 0
    option(kiosk, "attended", "yes").click()
    assert box(kiosk, "attended").problem.text() == ""
    kiosk.forward()
    assert box(kiosk, "morning").isVisible() and kiosk.progress.text() == "Page 2 of 3"
    box(kiosk, "morning").input.set_value(3)
    assert kiosk.progress.text() == "Page 2 of 4"  # 3 < 5: asked why
    kiosk.forward()
    assert box(kiosk, "why_low").isVisible()
    kiosk.back()
    kiosk.back()
    option(kiosk, "attended", "no").click()
    assert kiosk.progress.text() == "Page 1 of 2"
    kiosk.forward()
    assert box(kiosk, "comment").isVisible() and kiosk.submit_button.isVisible()
    assert not kiosk.next_button.isVisible()
    kiosk.submit()
    response = ev.list_responses(store, kiosk.form.id)[-1]
    assert response.answers == {"attended": False}  # morning's 3 was not kept
    assert response.skipped == ("morning", "why_low", "never")


def test_cascading_choices_follow_the_country(open_kiosk):
    kiosk = open_kiosk("cascade.xlsx", paged=False)
    option(kiosk, "country", "lv").click()
    shown = [n for n, b in box(kiosk, "city").input.options if not b.isHidden()]
    assert shown == ["riga", "other"]
    option(kiosk, "city", "riga").click()
    option(kiosk, "country", "ee").click()  # Riga is not in Estonia: the choice goes
    assert box(kiosk, "city").input.value() is None
    assert [n for n, b in box(kiosk, "city").input.options if not b.isHidden()] == [
        "tallinn", "tartu", "other"]  # fmt: skip


def test_a_violated_constraint_shows_its_message_and_blocks_the_page(open_kiosk, store):
    kiosk = open_kiosk("constraint.xlsx")
    kiosk.start("et")
    box(kiosk, "age").input.set_value("12")
    kiosk.forward()
    assert box(kiosk, "age").problem.text() == "Vanus 16 kuni 120."
    assert kiosk.view.page == 0
    box(kiosk, "age").input.set_value("40")
    kiosk.forward()
    assert kiosk.view.page == 1


def test_a_likert_group_is_one_page_and_the_chosen_point_is_unmistakable(open_kiosk):
    kiosk = open_kiosk("likert.xlsx")
    assert kiosk.view.page_names() == {"agree", "clear", "heard", "again"}
    button = option(kiosk, "clear", "4")
    QApplication.processEvents()
    width = button.width()
    button.click()
    assert button.isChecked() and button.text().startswith("\u2714")
    image = button.grab().toImage()
    fill = image.pixelColor(6, image.height() // 2)
    assert fill.name() == "#0b4f9c"  # filled dark blue; white text on it is 8.6:1
    unchosen = option(kiosk, "clear", "3").grab().toImage()
    assert unchosen.pixelColor(6, unchosen.height() // 2).lightness() > 200
    assert button.font().pointSizeF() == kiosk.font().pointSizeF()  # the kiosk's large font
    QApplication.processEvents()
    assert button.width() == width  # choosing does not move anything


def test_calculation_and_references_in_labels(open_kiosk):
    kiosk = open_kiosk("calculate.xlsx", paged=False)
    box(kiosk, "sessions").input.set_value("2")
    box(kiosk, "workshops").input.set_value("3")
    assert box(kiosk, "busy").isVisible()
    assert box(kiosk, "summary").title.text() == "You attended 5 parts."
    assert all(b.question.name != "total" for b in kiosk.view.boxes)  # computed, not shown


def test_pin_slows_down_and_locks_for_a_minute_after_five_wrong():
    now = [100.0]
    guard = PinGuard(PIN, clock=lambda: now[0])
    waits = []
    for _ in range(LOCK_AFTER):
        assert guard.attempt("0000") is False
        waits.append(guard.wait())
        assert guard.attempt(PIN) is None  # too early: not even checked
        now[0] += guard.wait()
    assert waits == [1.0, 2.0, 4.0, 8.0, LOCK_SECONDS]
    assert guard.attempt("0000") is False and guard.locked
    now[0] += LOCK_SECONDS
    assert guard.attempt(PIN) is True and guard.wrong == 0


def test_wrong_pins_disable_the_entry_and_say_so(open_kiosk, qtbot):
    kiosk = open_kiosk("skip_chain.xlsx")
    now = [0.0]
    kiosk.guard = PinGuard(PIN, clock=lambda: now[0])
    kiosk.leave_button.click()
    for _ in range(LOCK_AFTER):
        kiosk.pin_edit.setEnabled(True)
        kiosk.pin_edit.setText("1111")
        kiosk.pin_edit.returnPressed.emit()
        now[0] += kiosk.guard.wait()
    assert not kiosk.pin_edit.isEnabled()
    assert kiosk.pin_problem.text() == "Too many wrong PINs: try again in a minute."
    assert kiosk.isVisible()


def test_the_kiosk_comes_back_when_iconified_or_hidden(open_kiosk, qtbot):
    kiosk = open_kiosk("skip_chain.xlsx")
    kiosk.showMinimized()
    qtbot.waitUntil(lambda: not kiosk.isMinimized() and kiosk.isFullScreen(), timeout=4000)
    kiosk.hide()
    qtbot.waitUntil(kiosk.isVisible, timeout=4000)
    assert kiosk.isFullScreen()


def test_nothing_can_be_pasted_into_an_answer(open_kiosk, qtbot):
    kiosk = open_kiosk("skip_chain.xlsx", paged=False)
    QGuiApplication.clipboard().setText("anna@example.org +372 5555 5555")
    edit = box(kiosk, "comment").input.edit
    assert isinstance(edit, QLineEdit)
    edit.setFocus()
    for keys in (QKeySequence.StandardKey.Paste,):
        for sequence in QKeySequence.keyBindings(keys):
            combo = sequence[0]
            press = QKeyEvent(QEvent.Type.KeyPress, combo.key(), combo.keyboardModifiers())
            QApplication.sendEvent(edit, press)
    shift_insert = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Insert,
                             Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    QApplication.sendEvent(edit, shift_insert)
    middle = QMouseEvent(QEvent.Type.MouseButtonRelease, QPointF(5, 5), QPointF(5, 5),
                         Qt.MouseButton.MiddleButton, Qt.MouseButton.NoButton,
                         Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(edit, middle)
    assert edit.text() == ""
    assert isinstance(QMimeData(), QMimeData)


def test_every_control_of_the_kiosk_has_an_accessible_name(open_kiosk):
    from dialogue_desk.ui.evaluation.accessible import unnamed_controls

    kiosk = open_kiosk("everything.xlsx", paged=False)
    kiosk.start("et")
    assert unnamed_controls(kiosk) == []


def test_every_control_of_the_evaluation_tab_has_an_accessible_name(qtbot, store, demo_event):
    from dialogue_desk.settings import Settings
    from dialogue_desk.ui.evaluation.accessible import unnamed_controls
    from dialogue_desk.ui.evaluation.question_dialog import QuestionDialog
    from dialogue_desk.ui.main_window import MainWindow

    window = MainWindow(store, Settings())
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentIndex(3)
    tab = window.tab_pages[3]
    for page in range(tab.pages.count()):
        tab.pages.setCurrentIndex(page)
        assert unnamed_controls(tab) == [], page
    dialog = QuestionDialog(("en", "et"), set())
    qtbot.addWidget(dialog)
    assert unnamed_controls(dialog) == []


def test_paper_entry_follows_the_skip_logic(qtbot, store):
    from dialogue_desk.ui.evaluation.form_view import FormView

    form = import_xlsform(store, FORMS / "skip_chain.xlsx", None)
    view = FormView()
    qtbot.addWidget(view)
    view.show_form(form, "en")
    view.show()
    names = {b.question.name: b for b in view.boxes}
    assert not names["morning"].isVisible() and not names["never"].isVisible()
    option_yes = dict(names["attended"].input.options)["yes"]
    option_yes.click()
    assert names["morning"].isVisible()
    assert set(view.values()) == {"attended", "morning", "comment"}
