"""The registration import dialog on real exports: recognition, merged joins, ignored columns."""

from __future__ import annotations

from pathlib import Path

from dialogue_desk.services.import_preview import RowAction
from dialogue_desk.ui.checkin.import_dialog import ImportDialog

FIXTURES = Path(__file__).parents[2] / "fixtures" / "imports"


def test_zoom_report_in_the_dialog(qtbot, store, demo_event):  # type: ignore[no-untyped-def]
    dialog = ImportDialog(
        store, demo_event, ImportDialog.read(str(FIXTURES / "zoom_participants.csv"))
    )
    qtbot.addWidget(dialog)
    assert dialog.plan is not None and dialog.import_button.isEnabled()
    assert dialog.plan.count(RowAction.NEW) == 6
    text = dialog.summary.text()
    assert ("3 rows repeat a person" in text) and "\u201cJoin Time\u201d" in text
    assert "row 4" in text  # the meeting block above the header


def test_eventbrite_export_in_the_dialog(qtbot, store, demo_event):  # type: ignore[no-untyped-def]
    table = ImportDialog.read(str(FIXTURES / "eventbrite_attendees.csv"))
    dialog = ImportDialog(store, demo_event, table)
    qtbot.addWidget(dialog)
    chosen = {box.currentData() for box in dialog.mapping.boxes} - {""}
    assert {"first_name", "last_name", "email", "organisation", "role", "country"} <= chosen
    assert dialog.mapping.item(table.headers.index("Order #"), 0).font().italic()
