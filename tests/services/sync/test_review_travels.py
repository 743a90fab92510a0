"""The merge review travels: a line found or decided on one laptop is the same on every one."""

from __future__ import annotations

from pathlib import Path

from dialogue_desk.services import sync
from dialogue_desk.services.checkin import (
    ParticipantData,
    add_participant,
    add_walk_in,
    get_participant,
    list_participants,
    update_participant,
)
from tests.services.sync.laptops import DAY1, Laptop, new_event


def _person(laptop: Laptop, first: str) -> int:
    return next(p.id for p in list_participants(laptop.store, laptop.event_id)
                if p.first_name == first)  # fmt: skip


def _role(laptop: Laptop, role: str) -> None:
    pid = _person(laptop, "Anna")
    base = get_participant(laptop.store, pid)
    update_participant(laptop.store, pid, base.__class__(**{**base.__dict__, "role": role}))


def _lines(laptop: Laptop, resolved: bool = False) -> list[tuple[str, str, str, str, bool, str]]:
    return [(c.kind, c.field, c.kept_value, c.other_value, c.resolved, c.resolution)
            for c in sync.list_conflicts(laptop.store, laptop.event_id,
                                         include_resolved=resolved)]  # fmt: skip


def _three(tmp_path: Path) -> tuple[Laptop, Laptop, Laptop, Path]:
    a, b, c = (Laptop(tmp_path, name) for name in ("a", "b", "c"))
    a.event_id = new_event(a.store)
    add_participant(a.store, a.event_id, ParticipantData(first_name="Anna", last_name="Tamm"))
    package = a.share(tmp_path)
    b.join(package)
    c.join(package)
    folder = tmp_path / "folder"
    folder.mkdir()
    return a, b, c, folder


def _round(folder: Path, *laptops: Laptop) -> None:
    for laptop in (*laptops, *laptops):
        laptop.sync(folder)


def test_a_line_decided_on_one_laptop_is_decided_on_all(tmp_path: Path) -> None:
    a, b, c, folder = _three(tmp_path)
    _role(a, "mayor")
    _role(b, "teacher")
    _round(folder, a, b, c)
    expected = [("edit", "role", "teacher", "mayor", False, "")]
    assert _lines(a) == _lines(b) == _lines(c) == expected
    # Keeping what is shown changes no row: the decision alone makes a change file.
    sync.keep_this(a.store, sync.list_conflicts(a.store, a.event_id)[0].uuid)
    assert a.sync(folder).written is not None
    _round(folder, b, c)
    for laptop in (a, b, c):
        assert _lines(laptop) == []
        assert _lines(laptop, resolved=True) == [("edit", "role", "teacher", "mayor", True,
                                                   "kept")]  # fmt: skip
    for laptop in (a, b, c):
        assert laptop.sync(folder).written is None, "nothing new: nothing written"
    for laptop in (a, b, c):
        laptop.close()


def test_undoing_a_decision_opens_the_line_again_everywhere(tmp_path: Path) -> None:
    a, b, c, folder = _three(tmp_path)
    _role(a, "mayor")
    _role(b, "teacher")
    _round(folder, a, b)
    resolution = sync.keep_this(b.store, sync.list_conflicts(b.store, b.event_id)[0].uuid)
    _round(folder, b, a)
    assert _lines(a) == []
    sync.undo_resolution(b.store, resolution)
    _round(folder, b, a, c)
    assert _lines(a) == _lines(b) == _lines(c) == [("edit", "role", "teacher", "mayor", False, "")]
    for laptop in (a, b, c):
        laptop.close()


def test_a_laptop_joining_later_gets_the_review_list(tmp_path: Path) -> None:
    a, b, _c, folder = _three(tmp_path)
    add_walk_in(a.store, a.event_id, ParticipantData(first_name="Mari", last_name="Lepp"), DAY1)
    add_walk_in(b.store, b.event_id, ParticipantData(first_name="Mari", last_name="Lepp"), DAY1)
    _round(folder, a, b)
    [line] = sync.list_conflicts(b.store, b.event_id)
    sync.merge_people(b.store, line.uuid)
    _round(folder, b, a)
    assert _lines(a) == [] and len(list_participants(a.store, a.event_id)) == 2
    late = Laptop(tmp_path, "late")
    late.join(b.share(tmp_path / "folder"))
    assert _lines(late, resolved=True) == [("duplicate", "", "", "", True, "merged")]
    for laptop in (a, b, _c, late):
        laptop.close()
