"""Two laptops of one event give the same workbook: the same codes, orders and laptop names.

Rows are entered on each laptop in a different local order (each numbers its own rows), so a
code or an order that followed local ids would differ between the two stores' workbooks.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from dialogue_desk.exchange.workbook.event import write_event_workbook
from dialogue_desk.services import evaluation, sync
from dialogue_desk.services.checkin import (
    ParticipantData,
    add_participant,
    add_walk_in,
    check_in,
    list_participants,
)
from dialogue_desk.services.snapshot import load_snapshot, pseudonymise
from dialogue_desk.store.enums import ResponseChannel
from tests.services.sync.laptops import DAY1, DAY2, Laptop, content, kiosk_answers, new_event

Rows = list[tuple[object, ...]]


def _sheets(path: Path) -> dict[str, Rows]:
    book = load_workbook(path, read_only=True)
    try:
        return {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)] for ws in book}
    finally:
        book.close()


def _comparable(path: Path) -> dict[str, Rows]:
    # The summary says when the file was written; everything else must be identical.
    return {name: [r for r in rows if r[:1] != ("Exported",)]
            for name, rows in _sheets(path).items()}  # fmt: skip


def _column(rows: Rows, header: str) -> list[object]:
    index = rows[0].index(header)
    return [row[index] for row in rows[1:]]


def _local_order(laptop: Laptop, table: str) -> list[str]:
    with laptop.store.session() as session:
        return list(session.execute(text(f"SELECT uuid FROM {table} ORDER BY id")).scalars())


def _ids(laptop: Laptop) -> dict[str, int]:
    return {f"{p.first_name} {p.last_name}": p.id
            for p in list_participants(laptop.store, laptop.event_id)}  # fmt: skip


@pytest.fixture
def two_laptops(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A door laptop and a kiosk that entered people, check-ins and responses apart."""
    a, b = Laptop(tmp_path, "door"), Laptop(tmp_path, "kiosk")
    sync.rename_device(a.store, "Door 1 – Kadri")
    sync.rename_device(b.store, "Kiosk")
    a.event_id = new_event(a.store)
    for first, last in (("Anna", "Tamm"), ("Jānis", "Kalniņš"), ("Ольга", "Смирнова")):
        add_participant(a.store, a.event_id, ParticipantData(first_name=first, last_name=last))
    evaluation.create_form_from_template(a.store, a.event_id, "dialogue")
    b.join(a.share(tmp_path))
    # Walk-ins on both laptops, interleaved: A numbers its own first, B its own first.
    for door, kiosk in (("Lepp", "Hassan"), ("Saar", "Ali"), ("Mänd", "Haddad")):
        add_walk_in(a.store, a.event_id, ParticipantData(first_name="Mari", last_name=door),
                    DAY1)  # fmt: skip
        add_walk_in(b.store, b.event_id, ParticipantData(first_name="Omar", last_name=kiosk),
                    DAY1)  # fmt: skip
    # Two namesakes, one on each laptop: the named sheet must order them alike too.
    add_walk_in(b.store, b.event_id, ParticipantData(first_name="Liis", last_name="Kask"), DAY2)
    add_walk_in(a.store, a.event_id, ParticipantData(first_name="Liis", last_name="Kask"), DAY2)
    check_in(a.store, _ids(a)["Anna Tamm"], DAY1)
    check_in(b.store, _ids(b)["Jānis Kalniņš"], DAY1)
    # Paper forms typed in with the same time on both laptops, kiosk answers in between.
    typed = dt.datetime(2026, 4, 15, 17, 0)
    for laptop in (b, a):
        form = evaluation.list_forms(laptop.store, laptop.event_id)[0].id
        for n in range(3):
            evaluation.save_response(laptop.store, form, kiosk_answers(n + 10 * (laptop is a)),
                                     channel=ResponseChannel.PAPER, submitted_at=typed)  # fmt: skip
        evaluation.save_response(laptop.store, form, kiosk_answers(5),
                                 channel=ResponseChannel.KIOSK)  # fmt: skip
    folder = tmp_path / "shared"
    folder.mkdir()
    a.sync(folder)
    b.sync(folder)
    a.sync(folder)
    assert content(a.store) == content(b.store)
    yield a, b, tmp_path
    a.close()
    b.close()


def test_the_laptops_number_their_rows_differently(two_laptops) -> None:  # type: ignore[no-untyped-def]
    a, b, _ = two_laptops
    # What makes the test meaningful: an order by local id would not be one order.
    assert _local_order(a, "participant") != _local_order(b, "participant")
    assert _local_order(a, "response") != _local_order(b, "response")


@pytest.mark.parametrize("pseudonymised", [False, True])
def test_both_laptops_write_the_same_workbook(two_laptops, pseudonymised: bool) -> None:  # type: ignore[no-untyped-def]
    a, b, tmp_path = two_laptops
    books = [
        _comparable(write_event_workbook(one.store, one.event_id,
                                         tmp_path / f"{one.name}-{pseudonymised}.xlsx",
                                         pseudonymise=pseudonymised))
        for one in (a, b)
    ]  # fmt: skip
    assert books[0] == books[1]
    responses = books[0]["Evaluation responses"]
    assert len(responses) == 1 + 8
    assert _column(responses, "Response") == list(range(1, 9))
    laptops = set(_column(responses, "Recorded on"))
    attendance = set(_column(books[0]["Attendance"], "Recorded on"))
    if pseudonymised:
        # The laptop stays, the person in its name becomes a staff code.
        assert laptops == attendance == {"Door 1 – S01", "Kiosk"}
        assert not any("Kadri" in str(cell) for rows in books[0].values() for r in rows
                       for cell in r)  # fmt: skip
    else:
        assert laptops == attendance == {"Door 1 – Kadri", "Kiosk"}


def test_the_same_person_has_the_same_code_on_both_laptops(two_laptops) -> None:  # type: ignore[no-untyped-def]
    a, b, _ = two_laptops
    snaps = [load_snapshot(one.store, one.event_id) for one in (a, b)]
    codes = [
        {p.code: (p.first_name, p.last_name, p.registered_at) for p in snap.participants}
        for snap in snaps
    ]
    assert codes[0] == codes[1]
    assert len(codes[0]) == 3 + 6 + 2
    # Registered first, numbered first: the three people of the shared list keep P001-P003.
    assert [codes[0][f"P00{i}"][0] for i in (1, 2, 3)] == ["Anna", "Jānis", "Ольга"]
    pseudonymous = [pseudonymise(snap) for snap in snaps]
    assert [r.recorded_on for r in pseudonymous[0].responses] == [
        r.recorded_on for r in pseudonymous[1].responses
    ]


def test_a_person_added_later_gets_the_next_code(two_laptops) -> None:  # type: ignore[no-untyped-def]
    a, b, tmp_path = two_laptops
    before = {p.code: p.registered_at for p in load_snapshot(a.store, a.event_id).participants}
    add_walk_in(b.store, b.event_id, ParticipantData(first_name="Late", last_name="Comer"), DAY2)
    folder = tmp_path / "shared"
    b.sync(folder)
    a.sync(folder)
    after = {p.code: p for p in load_snapshot(a.store, a.event_id).participants}
    assert {code: after[code].registered_at for code in before} == before
    assert after["P012"].first_name == "Late"


def test_one_laptop_has_no_recorded_on_column(tmp_path: Path) -> None:
    solo = Laptop(tmp_path, "solo")
    solo.event_id = new_event(solo.store)
    person = add_participant(solo.store, solo.event_id,
                             ParticipantData(first_name="Anna", last_name="Tamm"))  # fmt: skip
    check_in(solo.store, person.id, DAY1)
    form = evaluation.create_form_from_template(solo.store, solo.event_id, "dialogue")
    evaluation.save_response(solo.store, form.id, kiosk_answers(1))
    book = _sheets(write_event_workbook(solo.store, solo.event_id, tmp_path / "solo.xlsx"))
    assert "Recorded on" not in book["Attendance"][0]
    assert "Recorded on" not in book["Evaluation responses"][0]
    assert load_snapshot(solo.store, solo.event_id).laptops == (sync.this_device(solo.store).name,)
    solo.close()


def test_two_laptops_of_one_name_are_told_apart(two_laptops) -> None:  # type: ignore[no-untyped-def]
    a, b, tmp_path = two_laptops
    for laptop in (a, b):
        sync.rename_device(laptop.store, "ubuntu")
    folder = tmp_path / "shared"
    add_walk_in(a.store, a.event_id, ParticipantData(first_name="Eva", last_name="Org"), DAY2)
    a.sync(folder)
    b.sync(folder)
    names = load_snapshot(b.store, b.event_id).laptops
    assert sorted(names) == sorted(f"ubuntu ({sync.this_device(one.store).uuid[:8]})"
                                   for one in (a, b))  # fmt: skip
