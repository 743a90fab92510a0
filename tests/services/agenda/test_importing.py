"""The agenda import's apply step: one insertion rule with add_item, all or nothing."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from dialogue_desk.services import agenda
from dialogue_desk.services.agenda import AgendaItemData, AgendaPreview, import_agenda
from dialogue_desk.services.errors import ServiceError
from dialogue_desk.services.events import EventData, create_event
from dialogue_desk.services.import_preview import PreviewRow, RowAction

FIRST = dt.date(2026, 12, 1)
EXCHANGE = Path(__file__).resolve().parents[3] / "dialogue_desk" / "exchange"


def _event(store, title: str) -> int:  # type: ignore[no-untyped-def]
    return create_event(store, EventData(title=title, start_date=FIRST, end_date=FIRST)).id


def _preview(*items: AgendaItemData) -> AgendaPreview:
    rows = [PreviewRow(number, item) for number, item in enumerate(items, start=2)]
    return AgendaPreview(path=Path("agenda.csv"), headers=[], mapping={}, rows=rows)


def _item(start: tuple[int, int], end: tuple[int, int], title: str, **kw) -> AgendaItemData:  # type: ignore[no-untyped-def]
    return AgendaItemData(FIRST, dt.time(*start), dt.time(*end), title, **kw)


def _plan(store, event_id: int) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [
        (i.position, i.title, i.start_time, i.end_time) for i in agenda.list_items(store, event_id)
    ]


def test_an_imported_item_goes_and_shifts_exactly_as_add_item(store) -> None:  # type: ignore[no-untyped-def]
    existing = [_item((9, 0), (10, 0), "Opening"), _item((10, 0), (11, 0), "Panel"),
                _item((11, 0), (11, 30), "Break", pinned=True)]  # fmt: skip
    new = [_item((10, 0), (10, 45), "Same start"), _item((9, 30), (10, 30), "Overlapping")]
    imported, added = _event(store, "Imported"), _event(store, "Added")
    for event_id in (imported, added):
        for item in existing:
            agenda.add_item(store, event_id, item)
    assert import_agenda(store, imported, _preview(*new)) == 2
    for item in sorted(new, key=lambda d: (d.day, d.start_time)):
        agenda.add_item(store, added, item)
    assert _plan(store, imported) == _plan(store, added)
    # After the items starting no later, and the following items keep their times.
    assert [t for _, t, _, _ in _plan(store, imported)] == [
        "Opening", "Overlapping", "Panel", "Same start", "Break"]  # fmt: skip
    assert _plan(store, imported)[2][2:] == (dt.time(10, 0), dt.time(11, 0))


def test_moved_dates_and_replace(store) -> None:  # type: ignore[no-untyped-def]
    event_id = _event(store, "Tallinn")
    agenda.add_item(store, event_id, _item((8, 0), (9, 0), "Old"))
    old_day = dt.date(2013, 4, 15)
    preview = _preview(AgendaItemData(old_day, dt.time(9), dt.time(10), "From 2013"))
    assert agenda.outside_days(preview, FIRST, FIRST) == [old_day]
    assert agenda.date_offset(preview, FIRST) == FIRST - old_day
    import_agenda(store, event_id, preview, move_dates=True, replace=True)
    items = agenda.list_items(store, event_id)
    assert [(i.day, i.title) for i in items] == [(FIRST, "From 2013")]
    # Replacing again with the same preview gives the same agenda: no doubles.
    import_agenda(store, event_id, preview, move_dates=True, replace=True)
    assert [(i.day, i.title) for i in agenda.list_items(store, event_id)] == [(FIRST, "From 2013")]


def test_an_unsound_preview_writes_nothing(store) -> None:  # type: ignore[no-untyped-def]
    event_id = _event(store, "Tallinn")
    preview = _preview(_item((9, 0), (10, 0), "Good"))
    preview.rows.append(PreviewRow(3, None, RowAction.INVALID, problems=["The title is missing."]))
    assert not preview.sound
    with pytest.raises(ServiceError, match="Row 3: The title is missing."):
        import_agenda(store, event_id, preview)
    with pytest.raises(ServiceError):
        import_agenda(store, event_id, _preview())
    with pytest.raises(ServiceError):
        import_agenda(store, 999, _preview(_item((9, 0), (10, 0), "Nowhere")))
    assert agenda.list_items(store, event_id) == []


@pytest.mark.parametrize("module", ["agenda_sheet", "agenda_synonyms", "registrations",
                                    "registration_values", "xlsform"])  # fmt: skip
def test_the_file_readers_leave_the_store_to_the_services(module: str) -> None:
    tree = ast.parse((EXCHANGE / f"{module}.py").read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert not {m for m in imported if m and m.split(".")[0] in ("sqlalchemy", "PySide6")}
    assert not imported & {"dialogue_desk.store.models", "dialogue_desk.store.engine"}
    calls = {n.func.attr for n in ast.walk(tree)
             if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)}  # fmt: skip
    assert "session" not in calls
