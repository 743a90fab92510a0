"""The event package and change files: written whole, refused whole when unfit."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from dialogue_desk.exchange.event_package import (
    CHANGES,
    PACKAGE,
    Manifest,
    PackageError,
    read_exchange_file,
    write_exchange_file,
)

SCHEMAS = ("0001", "0002", "0003")
EVENT = "6a0c2f49-0c4c-4c52-9d1f-111111111111"
DEVICE = "0b0c2f49-0c4c-4c52-9d1f-222222222222"
ENTRY = {"t": "participant", "u": "p1", "f": {"first_name": "Ольга"},
         "k": {"first_name": [5, DEVICE, None, None]}, "x": None}  # fmt: skip


def _manifest(kind: str = PACKAGE, event: str = EVENT, schema: str = "0003") -> Manifest:
    return Manifest(kind=kind, schema=schema, event_uuid=event, event_title="Rīga dialogue",
                    device_uuid=DEVICE, device_name="Door 2", seq=1,
                    created_at="2026-04-15T09:00:00+00:00", devices={DEVICE: "Door 2"})  # fmt: skip


def _write(tmp_path: Path, **kwargs: str) -> Path:
    return write_exchange_file(tmp_path / "event.ddevent", _manifest(**kwargs), [ENTRY])


def _rewrite(path: Path, manifest: dict | None = None, entries: bytes | None = None) -> None:
    with zipfile.ZipFile(path) as archive:
        head = json.loads(archive.read("manifest.json"))
        payload = archive.read("entries.json")
    head.update(manifest or {})
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", json.dumps(head))
        archive.writestr("entries.json", entries if entries is not None else payload)


def test_round_trip_keeps_every_entry_and_the_manifest(tmp_path: Path) -> None:
    path = _write(tmp_path)
    read = read_exchange_file(path, kind=PACKAGE, schemas=SCHEMAS, event_uuid=EVENT)
    assert read.entries == [ENTRY]
    assert read.manifest.event_title == "Rīga dialogue"
    assert read.manifest.devices == {DEVICE: "Door 2"}
    assert len(read.manifest.digest) == 64


def test_a_truncated_file_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(PackageError, match="damaged or incomplete"):
        read_exchange_file(path, kind=PACKAGE, schemas=SCHEMAS)


def test_a_file_edited_by_hand_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path)
    edited = json.dumps([{**ENTRY, "f": {"first_name": "Olga"}}]).encode()
    _rewrite(path, entries=edited)
    with pytest.raises(PackageError, match="checksum"):
        read_exchange_file(path, kind=PACKAGE, schemas=SCHEMAS)


def test_a_newer_schema_or_format_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, schema="0099")
    with pytest.raises(PackageError, match="newer Dialogue Desk"):
        read_exchange_file(path, kind=PACKAGE, schemas=SCHEMAS)
    path = _write(tmp_path)
    _rewrite(path, manifest={"format_version": 2})
    with pytest.raises(PackageError, match="newer Dialogue Desk"):
        read_exchange_file(path, kind=PACKAGE, schemas=SCHEMAS)


def test_another_event_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, event="99999999-0c4c-4c52-9d1f-111111111111")
    with pytest.raises(PackageError, match="another event"):
        read_exchange_file(path, kind=PACKAGE, schemas=SCHEMAS, event_uuid=EVENT)


def test_the_wrong_kind_and_foreign_files_are_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, kind=CHANGES)
    with pytest.raises(PackageError, match="change file, not an event package"):
        read_exchange_file(path, kind=PACKAGE, schemas=SCHEMAS)
    other = tmp_path / "notes.ddevent"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(PackageError, match="not a Dialogue Desk event file"):
        read_exchange_file(other, kind=PACKAGE, schemas=SCHEMAS)
    plain = tmp_path / "plain.ddevent"
    plain.write_text("not a zip")
    with pytest.raises(PackageError, match="damaged"):
        read_exchange_file(plain, kind=PACKAGE, schemas=SCHEMAS)
    with pytest.raises(PackageError, match="does not exist"):
        read_exchange_file(tmp_path / "missing.ddevent", kind=PACKAGE, schemas=SCHEMAS)


def test_a_count_that_does_not_match_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path)
    _rewrite(path, manifest={"entries": 7})
    with pytest.raises(PackageError, match="damaged"):
        read_exchange_file(path, kind=PACKAGE, schemas=SCHEMAS)
