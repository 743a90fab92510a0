"""The File-menu export actions: off the GUI thread, progress, cancel, clear errors."""

from __future__ import annotations

import threading

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from dialogue_desk.exchange import sync_out
from dialogue_desk.services.events import get_event
from dialogue_desk.settings import Settings
from dialogue_desk.store.enums import EventStatus
from dialogue_desk.ui.common.background import BackgroundRunner
from dialogue_desk.ui.context import UiContext
from dialogue_desk.ui.exports.actions import ExportActions
from dialogue_desk.ui.exports.dialogs import CloseEventDialog, ExportDialog


@pytest.fixture
def window(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def actions(store, demo_event, window, monkeypatch):
    context = UiContext(store)
    context.set_event(get_event(store, demo_event))
    result = ExportActions(context, window)
    yield result
    result.runner.wait(10000)


def _answer(monkeypatch, actions, fill):
    def ask(dialog):
        fill(dialog)
        return True

    monkeypatch.setattr(actions, "_ask", ask)


def test_actions_follow_the_current_event(store, window):
    context = UiContext(store)
    actions = ExportActions(context, window)
    names = [a.objectName() for a in actions.actions()]
    assert names[:4] == ["actionExportWorkbook", "actionExportPdf", "actionCompareEvents",
                         "actionCloseEvent"]  # fmt: skip
    assert all(a.text() for a in actions.actions())
    assert not actions.workbook_action.isEnabled() and not actions.close_action.isEnabled()
    assert actions.compare_action.isEnabled()


def test_export_workbook_runs_off_the_gui_thread(qtbot, actions, tmp_path, monkeypatch):
    target = tmp_path / "event.xlsx"
    threads = []
    from dialogue_desk.exchange.workbook import event as xlsx_workbook

    original = xlsx_workbook.write_event_workbook

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(xlsx_workbook, "write_event_workbook", spy)

    def fill(dialog):
        assert isinstance(dialog, ExportDialog)
        dialog.target.edit.setText(str(tmp_path / "event"))  # suffix added
        dialog.pseudonymise.setChecked(True)
        dialog.language.setCurrentIndex(dialog.language.findData("en"))

    _answer(monkeypatch, actions, fill)
    with qtbot.waitSignal(actions.runner.succeeded, timeout=20000):
        actions.workbook_action.trigger()
    assert threads and threads[0] is not threading.main_thread()
    assert target.exists()
    assert "E-mail" not in [c.value for c in openpyxl.load_workbook(target)["Participants"][1]]
    assert actions.message is not None and str(target) in actions.message.text()
    assert [h.action for h in sync_out.export_history(Settings().export_folder())] == ["workbook"]


def test_a_failure_is_a_message_not_a_traceback(qtbot, actions, tmp_path, monkeypatch):
    _answer(monkeypatch, actions,
            lambda d: d.target.edit.setText(str(tmp_path / "gone" / "e.xlsx")))  # fmt: skip
    with qtbot.waitSignal(actions.runner.failed, timeout=20000):
        actions.workbook_action.trigger()
    assert actions.message.icon() == QMessageBox.Icon.Warning
    assert "does not exist" in actions.message.text()


@pytest.mark.parametrize("error", [OSError(28, "No space left on device"), "service"])
def test_a_failing_pdf_says_so_and_the_next_export_works(qtbot, actions, tmp_path, monkeypatch,
                                                          error):  # fmt: skip
    import dialogue_desk.exchange.pdf.report as report
    from dialogue_desk.services.errors import ServiceError

    def fail(*args, **kwargs):
        raise ServiceError("The PDF summary could not be written.") if error == "service" else error

    monkeypatch.setattr(report, "write_report", fail)
    _answer(monkeypatch, actions, lambda d: d.target.edit.setText(str(tmp_path / "e.pdf")))
    with qtbot.waitSignal(actions.runner.failed, timeout=20000):
        actions.pdf_action.trigger()
    assert actions.message.icon() == QMessageBox.Icon.Warning
    expected = "could not be written" if error == "service" else "No space left on device"
    assert expected in actions.message.text()
    assert not (tmp_path / "e.pdf").exists() and not actions.runner.running
    assert actions.pdf_action.isEnabled()
    _answer(monkeypatch, actions, lambda d: d.target.edit.setText(str(tmp_path / "e.xlsx")))
    with qtbot.waitSignal(actions.runner.succeeded, timeout=20000):
        actions.workbook_action.trigger()
    assert (tmp_path / "e.xlsx").exists()


def test_close_event_and_reopen(qtbot, actions, store, demo_event, tmp_path, monkeypatch):
    import dialogue_desk.exchange.pdf.report as report
    from dialogue_desk.services.errors import ServiceError

    def fail(*args, **kwargs):
        raise ServiceError("The PDF summary is not available: the disk is full.")

    monkeypatch.setattr(report, "write_report", fail)

    def fill(dialog):
        assert isinstance(dialog, CloseEventDialog)
        dialog.folder.edit.setText(str(tmp_path))
        dialog.remember.setChecked(True)

    _answer(monkeypatch, actions, fill)
    with qtbot.waitSignal(actions.runner.succeeded, timeout=20000):
        actions.close_action.trigger()
    assert get_event(store, demo_event).status is EventStatus.CLOSED
    assert actions.context.event.status is EventStatus.CLOSED
    assert list(tmp_path.glob("*/*.xlsx"))
    assert Settings().export_folder() == tmp_path
    assert actions.reopen_action.isEnabled() and not actions.close_action.isEnabled()
    actions.reopen_action.trigger()
    assert get_event(store, demo_event).status is EventStatus.RUNNING
    assert actions.close_action.isEnabled()


def test_compare_events(qtbot, actions, tmp_path, monkeypatch):
    def fill(dialog):
        dialog.target.edit.setText(str(tmp_path / "c.xlsx"))
        dialog.language.setCurrentIndex(dialog.language.findData("et"))

    _answer(monkeypatch, actions, fill)
    with qtbot.waitSignal(actions.runner.succeeded, timeout=20000):
        actions.compare_action.trigger()
    assert openpyxl.load_workbook(tmp_path / "c.xlsx").sheetnames[0] == "Võrdlus"  # Estonian


def test_dialog_refuses_a_missing_folder(qtbot, window, store, demo_event, tmp_path):
    dialog = ExportDialog(window, get_event(store, demo_event), tmp_path / "x" / "e.xlsx", ".xlsx")
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() == 0 and not dialog.problem.isHidden()
    assert "does not exist" in dialog.problem.text()


def test_cancel_stops_the_work(qtbot, window):
    runner = BackgroundRunner(window)
    started, release = threading.Event(), threading.Event()

    def work(progress):
        started.set()
        release.wait(10)
        progress(1, 2)  # raises: cancelled
        return "finished"

    with qtbot.waitSignal(runner.cancelled, timeout=10000):
        assert runner.start("Writing…", work)
        assert not runner.start("again", work)  # one at a time
        started.wait(10)
        runner.cancel()
        release.set()
    assert not runner.running


def test_codes_checkbox_adds_code_columns(qtbot, actions, tmp_path, monkeypatch):
    target = tmp_path / "coded.xlsx"

    def fill(dialog):
        assert not dialog.codes.isHidden() and not dialog.codes.isChecked()
        dialog.target.edit.setText(str(target))
        dialog.codes.setChecked(True)
        dialog.language.setCurrentIndex(dialog.language.findData("en"))

    _answer(monkeypatch, actions, fill)
    with qtbot.waitSignal(actions.runner.succeeded, timeout=20000):
        actions.workbook_action.trigger()
    header = [c.value for c in openpyxl.load_workbook(target)["Participants"][1]]
    assert "Stakeholder group [code]" in header


def test_pdf_dialog_has_no_codes_and_reports_unprintable_names(
    qtbot, actions, tmp_path, monkeypatch, store, demo_event
):
    from dialogue_desk.exchange.pdf import fonts
    from dialogue_desk.store.enums import StakeholderGroup
    from dialogue_desk.store.models import Participant

    monkeypatch.setattr(fonts, "_system_family_for", lambda codepoint: None)
    with store.session() as s:
        s.add(Participant(event_id=demo_event, first_name="Vithkuqi", last_name="𐕰𐕱",
                          stakeholder_group=StakeholderGroup.NGO, consent_listed=True,
                          search_key=""))  # fmt: skip
    target = tmp_path / "report.pdf"

    def fill(dialog):
        assert dialog.codes.isHidden()
        dialog.target.edit.setText(str(target))
        dialog.language.setCurrentIndex(dialog.language.findData("en"))

    _answer(monkeypatch, actions, fill)
    with qtbot.waitSignal(actions.runner.succeeded, timeout=60000):
        actions.pdf_action.trigger()
    assert target.exists()
    assert "𐕰𐕱" in actions.message.text() and "font" in actions.message.text()


def test_closing_warns_of_a_running_item_and_days_to_come(qtbot, actions, store, demo_event,
                                                          window):  # fmt: skip
    import datetime as dt

    from dialogue_desk.services import agenda
    from dialogue_desk.ui.exports.actions import close_warnings

    record = get_event(store, demo_event)
    first_day = record.start_date
    assert close_warnings(store, record, today=record.end_date) == []
    agenda.start_next(store, demo_event, dt.datetime.combine(first_day, dt.time(9, 0)))
    running = agenda.running_item(store, demo_event)
    warnings = close_warnings(store, record, today=first_day)
    assert len(warnings) == 2
    assert running.title in warnings[0] and "still running" in warnings[0]
    assert "before its last day" in warnings[1]
    dialog = CloseEventDialog(window, record, Settings().export_folder(), warnings)
    qtbot.addWidget(dialog)
    label = dialog.findChild(QWidget, "closeWarnings")
    assert not label.isHidden() and running.title in label.text()
    quiet = CloseEventDialog(window, record, Settings().export_folder())
    qtbot.addWidget(quiet)
    assert quiet.findChild(QWidget, "closeWarnings").isHidden()
