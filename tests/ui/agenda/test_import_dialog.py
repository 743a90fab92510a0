"""The agenda import dialog shows the same recognition, notes and problems as the CLI."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dialogue_desk.exchange.tabular import read_table
from dialogue_desk.services.events import EventData, create_event, get_event
from dialogue_desk.ui.agenda.import_dialog import ImportAgendaDialog

FIXTURES = Path(__file__).parents[2] / "fixtures" / "imports"


def _event(store, start: dt.date, end: dt.date):  # type: ignore[no-untyped-def]
    return get_event(store, create_event(store, EventData("Forum", start, end)).id)


def test_programme_with_title_block_weekdays_and_ranges(qtbot, store):  # type: ignore[no-untyped-def]
    event = _event(store, dt.date(2026, 4, 2), dt.date(2026, 4, 3))
    dialog = ImportAgendaDialog(None, read_table(FIXTURES / "conference_programme.xlsx"), event, 0)
    qtbot.addWidget(dialog)
    assert dialog.preview.sound and dialog.import_button.isEnabled()
    assert dialog.columns.rowCount() == 6  # the header row under the title block
    assert set(dialog.mapping.values()) >= {"day", "time", "title", "facilitators", "room"}
    assert "row 3" in dialog.notes.text() and "midnight" in dialog.notes.text()
    assert dialog.rows.rowCount() == 9


def test_ignored_columns_are_named_and_a_choice_replans(qtbot, store, tmp_path):  # type: ignore[no-untyped-def]
    event = _event(store, dt.date(2026, 4, 6), dt.date(2026, 4, 6))
    path = tmp_path / "plan.csv"
    path.write_text("Hora;Actividad;Sponsor\n9:00-10:00;Apertura;ACME\n", encoding="utf-8")
    dialog = ImportAgendaDialog(None, read_table(path), event, 0)
    qtbot.addWidget(dialog)
    assert not dialog.preview.sound and "\u201cHora\u201d" in dialog.summary.text()
    dialog.field_boxes[0].setCurrentIndex(dialog.field_boxes[0].findData("time"))
    dialog.field_boxes[1].setCurrentIndex(dialog.field_boxes[1].findData("title"))
    assert dialog.preview.sound and dialog.import_button.isEnabled()
    assert "\u201cSponsor\u201d" in dialog.notes.text()
    assert dialog.columns.item(2, 0).font().italic()
    assert not dialog.columns.item(0, 0).font().italic()
