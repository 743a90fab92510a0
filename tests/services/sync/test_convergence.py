"""Property: three laptops doing random work and exchanging change files in any order, with
repeats, end with the same content, and no committed row of any laptop is lost."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from dialogue_desk.services import evaluation, notes
from dialogue_desk.services.checkin import (
    ParticipantData,
    add_participant,
    add_walk_in,
    check_in,
    delete_participants,
    get_participant,
    list_participants,
    undo_check_in,
    update_participant,
)
from dialogue_desk.store.enums import ResponseChannel
from tests.services.sync.laptops import DAY1, DAY2, Laptop, content, kiosk_answers, new_event, uuids

NAMES = ("Anna", "Mari", "Jānis", "Ольга", "Erik")
FIELDS = ("email", "organisation", "role")

laptop = st.integers(0, 2)
operation = st.one_of(
    st.tuples(st.just("check_in"), laptop, st.integers(0, 9), st.booleans()),
    st.tuples(st.just("undo_check_in"), laptop, st.integers(0, 9), st.booleans()),
    st.tuples(st.just("walk_in"), laptop, st.integers(0, 4), st.booleans()),
    st.tuples(st.just("note"), laptop, st.integers(0, 99), st.booleans()),
    st.tuples(st.just("edit"), laptop, st.integers(0, 9), st.integers(0, 2)),
    st.tuples(st.just("delete"), laptop, st.integers(0, 9), st.booleans()),
    st.tuples(st.just("response"), laptop, st.integers(0, 99), st.booleans()),
    st.tuples(st.just("sync"), laptop, st.integers(0, 2), st.booleans()),
    st.tuples(st.just("copy"), laptop, st.integers(0, 2), st.booleans()),
)


def _people(one: Laptop) -> list[int]:
    return sorted(p.id for p in list_participants(one.store, one.event_id))


def _copy(source: Path, target: Path) -> None:
    """What a USB stick or a sync tool does: bring the other folder's files over."""
    for path in sorted(source.rglob("*.ddchanges")):
        destination = target / path.relative_to(source)
        if not destination.exists():
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, destination)


class World:
    def __init__(self, root: Path) -> None:
        self.laptops = [Laptop(root, name) for name in ("a", "b", "c")]
        self.folders = [root / f"folder-{n}" for n in range(3)]
        for folder in self.folders:
            folder.mkdir()
        a = self.laptops[0]
        a.event_id = new_event(a.store)
        for i in range(6):
            data = ParticipantData(first_name=NAMES[i % 5], last_name=f"Tamm{i}")
            add_participant(a.store, a.event_id, data)
        evaluation.create_form_from_template(a.store, a.event_id, "dialogue")
        package = a.share(root)
        for other in self.laptops[1:]:
            other.join(package)
        #: Rows committed by a user on some laptop and not deleted by a user since.
        self.kept: dict[str, set[str]] = {"note": set(), "response": set()}
        self.present: set[tuple[str, str]] = set()
        self.taken_back: set[tuple[str, str]] = set()
        self.deleted_people: set[str] = set()
        self.people = {p.uuid for p in list_participants(a.store, a.event_id)}

    def form_id(self, one: Laptop) -> int:
        return evaluation.list_forms(one.store, one.event_id)[0].id

    def run(self, op: tuple[object, ...]) -> None:
        kind, index, arg, flag = op
        one = self.laptops[int(index)]  # type: ignore[arg-type]
        people = _people(one)
        day = DAY1 if flag else DAY2
        pick = people[int(arg) % len(people)] if people and isinstance(arg, int) else None
        if kind == "check_in" and pick is not None:
            check_in(one.store, pick, day)
            self.present.add((get_participant(one.store, pick).uuid, day.isoformat()))
        elif kind == "undo_check_in" and pick is not None:
            if undo_check_in(one.store, pick, day) is not None:
                self.taken_back.add((get_participant(one.store, pick).uuid, day.isoformat()))
        elif kind == "walk_in":
            person, _ = add_walk_in(one.store, one.event_id,
                                    ParticipantData(first_name=NAMES[int(arg)], last_name="Walk"),
                                    day)  # fmt: skip
            self.present.add((person.uuid, day.isoformat()))
            self.people.add(person.uuid)
        elif kind == "note":
            note = notes.add_note(one.store, one.event_id, None, f"Point {arg} from {one.name}")
            self.kept["note"].add(note.uuid)
        elif kind == "edit" and pick is not None:
            record = get_participant(one.store, pick)
            field = FIELDS[int(flag)]
            value = f"{one.name}{arg}@example.org" if field == "email" else f"{one.name}-{arg}"
            values = {**record.__dict__, field: value}
            update_participant(one.store, pick, record.__class__(**values))
        elif kind == "delete" and pick is not None:
            uuid = get_participant(one.store, pick).uuid
            delete_participants(one.store, [pick])
            self.deleted_people.add(uuid)
        elif kind == "response":
            row = evaluation.save_response(one.store, self.form_id(one), kiosk_answers(int(arg)),
                                           channel=ResponseChannel.KIOSK)  # fmt: skip
            with one.store.session() as session:
                uuid = session.execute(text("SELECT uuid FROM response WHERE id = :i"),
                                       {"i": row.id}).scalar_one()  # fmt: skip
            self.kept["response"].add(uuid)
        elif kind == "sync":
            one.sync(self.folders[int(index)])  # type: ignore[arg-type]
        elif kind == "copy":
            _copy(self.folders[int(index)], self.folders[int(arg)])  # type: ignore[arg-type]

    def settle(self) -> None:
        for _ in range(3):
            for i, one in enumerate(self.laptops):
                one.sync(self.folders[i])
            for i in range(3):
                for j in range(3):
                    _copy(self.folders[i], self.folders[j])
        for i, one in enumerate(self.laptops):
            one.sync(self.folders[i])

    def close(self) -> None:
        for one in self.laptops:
            one.close()


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(operation, min_size=1, max_size=25))
def test_three_laptops_converge_without_losing_rows(ops) -> None:  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as root:
        world = World(Path(root))
        try:
            for op in ops:
                world.run(op)
            world.settle()
            first = content(world.laptops[0].store)
            for other in world.laptops[1:]:
                assert content(other.store) == first
            for table, expected in world.kept.items():
                for one in world.laptops:
                    assert expected <= uuids(one.store, table)
            participants = {row[0] for row in first["participant"]}
            present = {(row[2], row[3]) for row in first["check_in"]}
            for person, day in world.present - world.taken_back:
                if person in participants:
                    assert (person, day) in present
            # Nobody whom no laptop deleted is missing.
            assert world.people - world.deleted_people <= participants
        finally:
            world.close()
