"""The fast import path: rows stamped for sync as the triggers would, merges, letter folding."""

from __future__ import annotations

import datetime as dt
import unicodedata
import uuid
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from dialogue_desk.exchange.registrations import import_participants
from dialogue_desk.services.checkin import (
    ParticipantData,
    RegistrationPreview,
    add_participant,
    apply_import,
    list_participants,
    plan_import,
)
from dialogue_desk.services.checkin.importing import _new_uuids
from dialogue_desk.services.events import EventData, create_event
from dialogue_desk.services.import_preview import PreviewRow, RowAction
from dialogue_desk.services.text import _TABLE, fold
from dialogue_desk.store.models import Participant


def _event(store) -> int:  # type: ignore[no-untyped-def]
    day = dt.date(2026, 5, 4)
    return create_event(store, EventData(title="Stamps", start_date=day, end_date=day)).id


def _sync_state(store) -> tuple[int, str, int]:  # type: ignore[no-untyped-def]
    with store.session() as session:
        clock, device, applying = session.execute(
            text("SELECT clock, device_uuid, applying FROM sync_state WHERE id = 1")
        ).one()
        return int(clock), str(device), int(applying)


def _stamps(store, event_id: int) -> list[tuple[int, str, str]]:  # type: ignore[no-untyped-def]
    with store.session() as session:
        rows = session.execute(
            select(Participant.clock, Participant.origin, Participant.recorded_on)
            .where(Participant.event_id == event_id)
            .order_by(Participant.id)
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]


def test_imported_rows_carry_the_stamps_the_insert_trigger_gives(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    event_id = _event(store)
    add_participant(store, event_id, ParticipantData(first_name="Anna", last_name="Tamm"))
    clock_before, device, _ = _sync_state(store)
    path = tmp_path / "list.csv"
    path.write_text(
        "First name;Last name\n" + "".join(f"Jüri{n};Kask{n}\n" for n in range(500)),
        encoding="utf-8",
    )
    assert import_participants(store, event_id, path).imported == 500
    clock_after, _, applying = _sync_state(store)
    stamps = _stamps(store, event_id)
    by_trigger, imported = stamps[0], stamps[1:]
    assert by_trigger[1] == by_trigger[2] == device and 0 < by_trigger[0] <= clock_before
    clocks = [c for c, _, _ in imported]
    # One clock value per row, in file order, after everything before and ending at the state.
    assert clocks == sorted(set(clocks)) and len(clocks) == 500
    assert clocks[0] > clock_before and clocks[-1] == clock_after
    assert all(o == r == device for _, o, r in imported)
    assert applying == 0  # the triggers are on again
    # The next change is stamped by the trigger, later than every imported row.
    after = add_participant(store, event_id, ParticipantData(first_name="Mari", last_name="Mets"))
    with store.session() as session:
        row = session.get(Participant, after.id)
        assert row is not None and row.clock > clocks[-1] and row.origin == device


def test_a_merge_during_an_import_is_stamped_by_the_trigger(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    event_id = _event(store)
    anna = add_participant(
        store, event_id, ParticipantData(first_name="Anna", last_name="Tamm", email="a@b.ee")
    )
    clock_before, _, _ = _sync_state(store)
    path = tmp_path / "list.csv"
    path.write_text(
        "First name;Last name;E-mail;Phone\nAnna;Tamm;a@b.ee;+372 5555\nMari;Mets;;\n",
        encoding="utf-8",
    )
    result = import_participants(store, event_id, path)
    assert (result.imported, result.merged) == (1, 1)
    with store.session() as session:
        row = session.get(Participant, anna.id)
        assert row is not None and row.phone == "+372 5555" and row.clock > clock_before
        clocks = session.scalars(select(Participant.clock)).all()
    assert len(set(clocks)) == len(clocks)


def test_an_import_while_the_triggers_are_off_leaves_rows_unstamped(store) -> None:  # type: ignore[no-untyped-def]
    """Inside a sync merge the triggers stand aside; the import must not stamp either."""
    event_id = _event(store)
    preview = RegistrationPreview(path=Path("list.csv"), headers=[], mapping={})
    preview.rows.append(PreviewRow(2, ParticipantData(first_name="Eva", last_name="Lind")))
    plan = plan_import(store, event_id, preview)
    with store.session() as session:
        session.execute(text("UPDATE sync_state SET applying = 1 WHERE id = 1"))
    clock_before, _, _ = _sync_state(store)
    try:
        assert apply_import(store, event_id, plan).imported == 1
        assert _stamps(store, event_id) == [(0, "", "")]
        assert _sync_state(store)[0] == clock_before and _sync_state(store)[2] == 1
    finally:
        with store.session() as session:
            session.execute(text("UPDATE sync_state SET applying = 0 WHERE id = 1"))


def test_rows_merging_into_one_stored_person_under_two_keys_add_up(store) -> None:  # type: ignore[no-untyped-def]
    """A row matching by e-mail and a later one matching by name both reach the same entry."""
    event_id = _event(store)
    stored = add_participant(
        store,
        event_id,
        ParticipantData(
            first_name="Jānis", last_name="Bērziņš", organisation="Rīga", email="j@x.lv"
        ),
    )
    preview = RegistrationPreview(path=Path("list.csv"), headers=[], mapping={})
    preview.rows.append(
        PreviewRow(2, ParticipantData(last_name="Bērziņš", email="j@x.lv", phone="1"))
    )
    preview.rows.append(
        PreviewRow(
            3,
            ParticipantData(
                first_name="Jānis", last_name="Bērziņš", organisation="Rīga", role="Chair"
            ),
        )
    )
    plan = plan_import(store, event_id, preview)
    assert [r.action for r in plan.rows] == [RowAction.MERGE, RowAction.MERGE]
    assert {r.existing_id for r in plan.rows} == {stored.id}
    apply_import(store, event_id, plan)
    (person,) = list_participants(store, event_id)
    assert (person.phone, person.role, person.email) == ("1", "Chair", "j@x.lv")


def test_new_uuids_are_distinct_version_4_uuids() -> None:
    made = _new_uuids(2000)
    assert len(set(made)) == 2000
    for value in made:
        parsed = uuid.UUID(value)
        assert str(parsed) == value and parsed.version == 4 and parsed.variant == uuid.RFC_4122


def _fold_whole(text_: str) -> str:
    """``fold`` as it was written before it folded letter by letter: the reference."""
    if text_.isascii():
        return text_.casefold()
    lowered = text_.casefold().translate(_TABLE)
    decomposed = unicodedata.normalize("NFKD", lowered)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.translate(_TABLE)


def test_folding_letter_by_letter_equals_folding_the_whole_text_for_every_letter() -> None:
    letters = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000]
    assert [fold(ch) for ch in letters] == [_fold_whole(ch) for ch in letters]


_NAME_LETTERS = st.sampled_from(
    list("aAzZ ,.-'ŠšĶķĒēĻļŅņĢģÕõÄäÖöÜüßæøœłŁİıΣσςЁёЙйЩщЪъ")
    + ["\u0301", "\u0306", "\u0308", "\u0327", "\u0345", "\u05b4", "\ufb01", "\u01c5", "\u216b"]
)


@settings(max_examples=400)
@given(st.lists(_NAME_LETTERS | st.characters(), max_size=12).map("".join))
def test_folding_letter_by_letter_equals_folding_the_whole_text(name: str) -> None:
    assert fold(name) == _fold_whole(name)
