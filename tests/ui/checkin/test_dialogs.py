"""Check-in dialogs and actions: import preview and mapping, participant form, merge, paper."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from dialogue_desk.services import checkin as checkin_service
from dialogue_desk.services.checkin import (
    ParticipantData,
    add_participant,
    list_participants,
)
from dialogue_desk.services.events import get_event
from dialogue_desk.services.import_preview import RowAction
from dialogue_desk.store.enums import CheckInMethod
from dialogue_desk.ui.checkin.dialogs import ParticipantDialog, WalkInDialog, prefill_from_search
from dialogue_desk.ui.checkin.import_dialog import ImportDialog
from dialogue_desk.ui.checkin.tab import CheckInTab
from dialogue_desk.ui.checkin.widgets import Banner
from dialogue_desk.ui.context import UiContext


@pytest.fixture
def tab(qtbot, store, demo_event):  # type: ignore[no-untyped-def]
    context = UiContext(store)
    widget = CheckInTab(context)
    qtbot.addWidget(widget)
    context.set_event(get_event(store, demo_event))
    widget.show()
    return widget


def _bad_csv(tmp_path: Path) -> Path:
    path = tmp_path / "bad.csv"
    path.write_text("Who;Where;E-post\nAnna Tamm;Linn;anna@x.ee\n;Tundmatu;ghost@x.ee\n"
                    "Bo Ek;Küla;\n", encoding="utf-8")  # fmt: skip
    return path


def test_import_dialog_mapping_preview_and_valid_rows_offer(qtbot, store, demo_event, tmp_path):  # type: ignore[no-untyped-def]
    dialog = ImportDialog(store, demo_event, ImportDialog.read(str(_bad_csv(tmp_path))))
    qtbot.addWidget(dialog)
    assert dialog.plan is None and not dialog.import_button.isEnabled()
    assert "no column was recognised for: names" in dialog.summary.text()
    dialog.mapping.boxes[0].setCurrentIndex(dialog.mapping.boxes[0].findData("full_name"))
    dialog.mapping.boxes[1].setCurrentIndex(dialog.mapping.boxes[1].findData("organisation"))
    assert dialog.plan is not None
    assert [r.action for r in dialog.plan.rows] == [RowAction.NEW, RowAction.INVALID,
                                                    RowAction.NEW]  # fmt: skip
    assert "bad.csv" in dialog.summary.text() and "3" in dialog.summary.text()
    assert not dialog.import_button.isEnabled() and not dialog.valid_only_button.isHidden()
    assert dialog.preview.item(1, 3).text().startswith("Tundmatu")
    dialog.valid_only_button.click()
    assert dialog.result() and dialog.skip_invalid


def test_import_action_end_to_end(qtbot, tab, store, demo_event, samples, monkeypatch):  # type: ignore[no-untyped-def]
    path = str(samples / "registrations_lv_windows1257.csv")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (path, ""))
    monkeypatch.setattr(ImportDialog, "exec", lambda self: (self._import_all(), 1)[1])
    before = len(list_participants(store, demo_event))
    tab.actions.import_action.trigger()
    assert len(list_participants(store, demo_event)) == before + 6
    assert tab.model.total() == before + 6
    assert "6 imported" in tab.banner.text()


def test_import_of_unreadable_file_says_so(qtbot, tab, store, demo_event, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    tab.actions.import_action.trigger()
    assert warnings and "broken.xlsx" in warnings[0]


def test_participant_dialog_validates_and_returns_clean_data(qtbot):  # type: ignore[no-untyped-def]
    dialog = ParticipantDialog(None, ParticipantData(first_name="Anna"))
    qtbot.addWidget(dialog)
    dialog.first_name.setText("")
    dialog.email.setText("broken")
    dialog.accept()
    assert dialog.isVisible() or not dialog.result()
    assert "name" in dialog.errors.text() and "e-mail" in dialog.errors.text()
    dialog.first_name.setText("  Anna  ")
    dialog.last_name.setText("Tamm")
    dialog.email.setText("anna@x.ee")
    dialog.country.setText("ee")
    dialog.accept()
    data = dialog.data()
    assert (data.first_name, data.country) == ("Anna", "EE")


def test_prefill_guesses_names_from_the_search_text():  # type: ignore[no-untyped-def]
    assert prefill_from_search("anna maria tamm") == ParticipantData(first_name="Anna Maria",
                                                                     last_name="Tamm")  # fmt: skip
    assert prefill_from_search("McLean").last_name == "McLean"
    assert prefill_from_search("bo ek bo@x.se").email == "bo@x.se"
    dialog = WalkInDialog(None, "")
    assert dialog.first_name.text() == "" and dialog.last_name.text() == ""


def test_merge_selected_and_undo(qtbot, tab, store, demo_event):  # type: ignore[no-untyped-def]
    a = add_participant(store, demo_event, ParticipantData(first_name="Zed", last_name="Zzyzx",
                                                           email="zed@x.ee"))  # fmt: skip
    add_participant(store, demo_event, ParticipantData(first_name="Zed", last_name="Zzyzx",
                                                       phone="+372 1"))  # fmt: skip
    tab.reload()
    tab.search.setText("zzyzx")
    tab.table.selectAll()
    assert len(tab.selected_ids()) == 2 and tab.actions.merge_action.isEnabled()
    tab.actions.merge_action.trigger()
    merged = [p for p in list_participants(store, demo_event) if p.last_name == "Zzyzx"]
    assert len(merged) == 1 and merged[0].phone == "+372 1" and merged[0].email == "zed@x.ee"
    tab.undo_stack.undo()
    assert len([p for p in list_participants(store, demo_event) if p.last_name == "Zzyzx"]) == 2
    assert tab.banner.text().startswith("Undone")
    assert a.id in {p.id for p in list_participants(store, demo_event)}


def test_paper_marks_for_selected_with_their_time(qtbot, tab, store, demo_event, monkeypatch):  # type: ignore[no-untyped-def]
    from dialogue_desk.ui.checkin.dialogs import PaperMarksDialog

    tab.day_box.setCurrentIndex(1)
    absent = [r for r in range(tab.model.rowCount()) if tab.model.check_in_at(r) is None][:3]
    for row in absent:
        tab.table.selectionModel().select(
            tab.model.index(row, 0),
            tab.table.selectionModel().SelectionFlag.Select
            | tab.table.selectionModel().SelectionFlag.Rows,
        )
    ids = tab.selected_ids()
    monkeypatch.setattr(PaperMarksDialog, "exec", lambda self: 1)
    tab.actions.paper_action.trigger()
    present = checkin_service.attendance(store, demo_event, tab.day)
    assert all(present[i].method is CheckInMethod.PAPER for i in ids)
    assert all(present[i].checked_in_at.time() == dt.time(9, 0) for i in ids)
    tab.undo_stack.undo()
    present = checkin_service.attendance(store, demo_event, tab.day)
    assert not any(i in present for i in ids)


def test_sign_in_sheet_action_writes_a_real_pdf(qtbot, tab, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    target = tmp_path / "sheet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    tab.actions.sheet_action.trigger()
    qtbot.waitUntil(lambda: target.exists() or bool(warnings), timeout=20000)
    assert not warnings
    assert target.read_bytes().startswith(b"%PDF")


def test_pdf_actions_call_the_writer(qtbot, tab, store, demo_event, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    from dialogue_desk.exchange.pdf import handouts

    calls = []

    def sheet(store_, event_id, path, *, language):  # type: ignore[no-untyped-def]
        calls.append(("sheet", event_id, path, language))
        return path

    def badges(store_, event_id, path, *, language, participant_ids=None):  # type: ignore[no-untyped-def]
        calls.append(("badges", event_id, path, participant_ids))
        raise OSError("disk full")

    monkeypatch.setattr(handouts, "write_sign_in_sheet", sheet)
    monkeypatch.setattr(handouts, "write_badges", badges)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "out"), ""))  # fmt: skip
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    runner = tab.actions.files.runner
    with qtbot.waitSignal(runner.succeeded, timeout=20000):
        tab.actions.sheet_action.trigger()
    assert calls[0] == ("sheet", demo_event, tmp_path / "out.pdf", "et")
    assert tab.banner.kind == Banner.OK
    tab.table.clearSelection()
    with qtbot.waitSignal(runner.failed, timeout=20000):
        tab.actions.badges_action.trigger()
    assert calls[1][0] == "badges" and calls[1][3] is None
    assert warnings and "disk full" in warnings[0]
    # The door goes on working after a failed PDF.
    assert not runner.running and tab.search.isEnabled()
    tab.search.setText("a")
    assert tab.model.rowCount() > 0
