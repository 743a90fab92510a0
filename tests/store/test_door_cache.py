"""The door kept beside the store: read back only for its key, never half, never a traceback."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from dialogue_desk.store.door_cache import (
    MAGIC,
    cache_path,
    drop_cache,
    read_cache,
    write_cache,
)

KEY = ("1.0", "0003", "device", 42, 1, "en")
ROWS = ((1, "Jānis", "Bērziņš", None, True), (2, "Анна", "Иванова", "", False))


@pytest.fixture
def store_file(tmp_path: Path) -> Path:
    path = tmp_path / "Event #3 what?" / "dialogue-desk.sqlite"
    path.parent.mkdir()
    path.write_bytes(b"")
    return path


def test_what_is_kept_comes_back_for_its_key_only(store_file: Path) -> None:
    assert write_cache(store_file, KEY, ROWS)
    assert cache_path(store_file).name == "dialogue-desk.sqlite-door"
    assert read_cache(store_file, KEY) == ROWS
    assert read_cache(store_file, KEY) == ROWS  # reading keeps it
    other = (*KEY[:3], 43, *KEY[4:])
    assert read_cache(store_file, other) is None
    # A file for another state describes a store that is gone: it is removed.
    assert not cache_path(store_file).exists()


def test_the_file_is_the_owners_alone_and_no_temp_file_stays(store_file: Path) -> None:
    write_cache(store_file, KEY, ROWS)
    mode = stat.S_IMODE(cache_path(store_file).stat().st_mode)
    assert mode == 0o600
    assert sorted(p.name for p in store_file.parent.iterdir()) == [
        "dialogue-desk.sqlite",
        "dialogue-desk.sqlite-door",
    ]


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: data[:-3] + bytes(b ^ 0xFF for b in data[-3:]),  # flipped bytes
        lambda data: b"PK\x03\x04" + data[4:],  # another file's magic
        lambda data: MAGIC,  # header only
        lambda data: b"",  # empty
    ],
)
def test_a_damaged_file_is_a_miss(store_file: Path, damage) -> None:  # type: ignore[no-untyped-def]
    write_cache(store_file, KEY, ROWS)
    path = cache_path(store_file)
    path.write_bytes(damage(path.read_bytes()))
    assert read_cache(store_file, KEY) is None


def test_no_file_and_a_folder_in_its_place_are_misses(store_file: Path) -> None:
    assert read_cache(store_file, KEY) is None
    cache_path(store_file).mkdir()
    assert read_cache(store_file, KEY) is None
    assert not write_cache(store_file, KEY, ROWS)  # cannot replace a folder: False, no raise
    drop_cache(store_file)  # a folder is not removed, and nothing is raised


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_is_no_error(store_file: Path) -> None:
    store_file.parent.chmod(0o500)
    try:
        assert not write_cache(store_file, KEY, ROWS)
    finally:
        store_file.parent.chmod(0o700)
