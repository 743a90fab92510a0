"""The registration import's plan and apply steps over the store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dialogue_desk.services import checkin
from dialogue_desk.services.checkin import (
    DuplicatePolicy,
    ImportRefusedError,
    ParticipantData,
    RegistrationPreview,
    apply_import,
    plan_import,
)
from dialogue_desk.services.errors import NotFoundError
from dialogue_desk.services.events import EventData, create_event
from dialogue_desk.services.import_preview import PreviewRow, RowAction


@pytest.fixture
def event_id(store) -> int:  # type: ignore[no-untyped-def]
    day = dt.date(2026, 5, 4)
    return create_event(store, EventData(title="Import", start_date=day, end_date=day)).id


def _read(*rows: ParticipantData | None) -> RegistrationPreview:
    """What the file reader gives: every row new, or invalid when there is no data."""
    preview = RegistrationPreview(path=Path("list.csv"), headers=[], mapping={})
    for number, data in enumerate(rows, start=2):
        if data is None:
            preview.rows.append(
                PreviewRow(number, ParticipantData(), RowAction.INVALID, problems=["no name"])
            )
        else:
            preview.rows.append(PreviewRow(number, data))
    return preview


ANNA = ParticipantData(first_name="Anna", last_name="Tamm", email="anna@abi.ee")


def test_plan_changes_neither_the_store_nor_what_was_read(store, event_id) -> None:  # type: ignore[no-untyped-def]
    checkin.add_participant(store, event_id, ANNA)
    read = _read(ParticipantData(first_name="Anna", last_name="Tamm", email="anna@abi.ee",
                                 phone="+372 555"),
                 ParticipantData(first_name="Bo", last_name="Ek"),
                 ParticipantData(first_name="Bo", last_name="Ek", organisation=""))  # fmt: skip
    plan = plan_import(store, event_id, read)
    assert [r.action for r in plan.rows] == [RowAction.MERGE, RowAction.NEW, RowAction.SKIP]
    assert plan.rows[0].existing_id is not None and "Anna Tamm" in plan.rows[0].remark
    assert plan.rows[2].earlier_row == 3
    assert all(r.action is RowAction.NEW for r in read.rows)
    assert len(checkin.list_participants(store, event_id)) == 1
    skip = plan_import(store, event_id, read, duplicates=DuplicatePolicy.SKIP)
    assert skip.rows[0].action is RowAction.SKIP

    result = apply_import(store, event_id, plan)
    assert (result.imported, result.merged, result.skipped) == (1, 1, 1)
    people = {p.first_name: p for p in checkin.list_participants(store, event_id)}
    assert set(people) == {"Anna", "Bo"} and people["Anna"].phone == "+372 555"


def test_the_same_plan_twice_is_refused_and_changes_nothing(store, event_id) -> None:  # type: ignore[no-untyped-def]
    plan = plan_import(store, event_id, _read(ANNA, ParticipantData(first_name="Bo")))
    assert apply_import(store, event_id, plan).imported == 2
    with pytest.raises(ImportRefusedError, match="list.csv"):
        apply_import(store, event_id, plan)
    assert len(checkin.list_participants(store, event_id)) == 2
    # Planned afresh, the same rows are duplicates with nothing new.
    again = plan_import(store, event_id, _read(ANNA, ParticipantData(first_name="Bo")))
    assert apply_import(store, event_id, again).skipped == 2


def test_invalid_rows_refuse_the_whole_plan_unless_skipped(store, event_id) -> None:  # type: ignore[no-untyped-def]
    plan = plan_import(store, event_id, _read(ANNA, None))
    assert [r.row for r in plan.invalid_rows] == [3] and not plan.sound
    with pytest.raises(ImportRefusedError, match="row numbers 3"):
        apply_import(store, event_id, plan)
    assert checkin.list_participants(store, event_id) == []
    result = apply_import(store, event_id, plan, skip_invalid=True)
    assert (result.imported, result.invalid_skipped, result.skipped) == (1, 1, 1)


def test_no_event(store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFoundError):
        plan_import(store, 999, _read(ANNA))
