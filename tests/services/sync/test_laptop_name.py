"""This laptop's name: asked for once, and sharing, joining or syncing never answers for it."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

from dialogue_desk.services import sync
from dialogue_desk.store import open_store
from tests.services.sync.laptops import DAY1, Laptop, new_event


def test_a_new_store_is_named_after_its_host_until_someone_answers(store) -> None:  # type: ignore[no-untyped-def]
    assert sync.this_device(store).name == (socket.gethostname() or "laptop")[:200]
    assert not sync.device_named(store)
    kept = sync.keep_device_name(store)
    assert kept == sync.this_device(store) and sync.device_named(store)


def test_renaming_is_an_answer(store) -> None:  # type: ignore[no-untyped-def]
    sync.rename_device(store, "  Door   2 ")
    assert sync.device_named(store) and sync.this_device(store).name == "Door 2"


def test_sharing_joining_and_syncing_do_not_answer_for_the_laptop(tmp_path: Path) -> None:
    from dialogue_desk.services.checkin import ParticipantData, add_walk_in

    a, b = Laptop(tmp_path, "a"), Laptop(tmp_path, "b")
    a.event_id = new_event(a.store)
    b.join(a.share(tmp_path))
    folder = tmp_path / "folder"
    folder.mkdir()
    add_walk_in(b.store, b.event_id, ParticipantData(first_name="Mari", last_name="Lepp"), DAY1)
    for _ in range(2):
        b.sync(folder)
        a.sync(folder)
    assert not sync.device_named(a.store) and not sync.device_named(b.store)
    # Each knows the other by its name, all the same.
    assert (
        sync.device_names(a.store)[sync.this_device(b.store).uuid] == sync.this_device(b.store).name
    )
    a.close()
    b.close()


def test_an_upgraded_store_is_asked_once_too(tmp_path: Path) -> None:
    old = Path(__file__).parents[2] / "fixtures" / "stores" / "dialogue-desk-schema-0001.sqlite"
    copy = tmp_path / "old.sqlite"
    shutil.copy(old, copy)
    with open_store(copy) as store:
        assert not sync.device_named(store)
        sync.rename_device(store, "Kiosk")
    with open_store(copy) as store:
        assert sync.device_named(store) and sync.this_device(store).name == "Kiosk"
