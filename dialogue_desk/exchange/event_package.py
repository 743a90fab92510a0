"""The files laptops exchange: an event package (``.ddevent``) and change files (``.ddchanges``).

Both are zip files holding ``manifest.json`` (what the file is: format version, kind, schema
revision, event, device, sequence number, entry count, SHA-256 of the payload) and
``entries.json`` (the rows, as plain JSON entries). A file is taken whole or refused whole: from
another event, of a newer schema or format, truncated, damaged or edited by hand.
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dialogue_desk.exchange.files import write_atomically
from dialogue_desk.i18n import translate
from dialogue_desk.services.errors import ServiceError

FORMAT = "dialogue-desk/event-exchange"
FORMAT_VERSION = 1
PACKAGE = "package"
CHANGES = "changes"
PACKAGE_SUFFIX = ".ddevent"
CHANGES_SUFFIX = ".ddchanges"
_MANIFEST = "manifest.json"
_ENTRIES = "entries.json"


class PackageError(ServiceError):
    """A package or change file that cannot be used; nothing was merged from it."""


@dataclass(frozen=True)
class Manifest:
    """What a package or change file says about itself."""

    kind: str
    schema: str
    event_uuid: str
    event_title: str
    device_uuid: str
    device_name: str
    seq: int
    created_at: str
    #: Device UUID -> name of every laptop whose changes are inside.
    devices: dict[str, str]
    digest: str = ""


@dataclass(frozen=True)
class ExchangeFile:
    manifest: Manifest
    entries: list[dict[str, Any]]


def write_exchange_file(path: Path, manifest: Manifest, entries: list[dict[str, Any]]) -> Path:
    """Write a package or change file atomically (a temporary file, then moved into place)."""
    payload = json.dumps(entries, ensure_ascii=False, separators=(",", ":")).encode()
    head = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "kind": manifest.kind,
        "schema": manifest.schema, "event": {"uuid": manifest.event_uuid,
                                            "title": manifest.event_title},
        "device": {"uuid": manifest.device_uuid, "name": manifest.device_name},
        "seq": manifest.seq, "created_at": manifest.created_at, "devices": manifest.devices,
        "entries": len(entries), "sha256": hashlib.sha256(payload).hexdigest(),
    }  # fmt: skip

    def write(target: Path) -> None:
        with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(_MANIFEST, json.dumps(head, ensure_ascii=False, indent=1))
            archive.writestr(_ENTRIES, payload)
        with target.open("rb+") as handle:
            handle.flush()

            os.fsync(handle.fileno())

    return write_atomically(path, write)


def _refuse(path: Path, reason: str) -> PackageError:
    return PackageError(
        translate("Sync", "{path} was not used: {reason} Nothing was taken from it.").format(
            path=path.name, reason=reason
        )
    )


def read_exchange_file(
    path: Path, *, kind: str | None, schemas: Collection[str], event_uuid: str | None = None
) -> ExchangeFile:
    """Read and check a package or change file; raise PackageError if it cannot be used whole."""
    damaged = translate("Sync", "the file is damaged or incomplete (perhaps still being copied).")
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if _MANIFEST not in names or _ENTRIES not in names:
                raise _refuse(path, translate("Sync", "it is not a Dialogue Desk event file."))
            head = json.loads(archive.read(_MANIFEST).decode())
            payload = archive.read(_ENTRIES)
    except PackageError:
        raise
    except FileNotFoundError as error:
        raise PackageError(translate("Sync", "{path} does not exist.").format(path=path)) from error
    except OSError as error:
        raise _refuse(path, error.strerror or str(error)) from error
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, KeyError) as error:
        raise _refuse(path, damaged) from error
    if not isinstance(head, dict) or head.get("format") != FORMAT:
        raise _refuse(path, translate("Sync", "it is not a Dialogue Desk event file."))
    version = head.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise _refuse(path, translate("Sync", "it was written by a newer Dialogue Desk; update "
                                              "this laptop first."))  # fmt: skip
    schema = str(head.get("schema", ""))
    if schema not in schemas:
        raise _refuse(path, translate("Sync", "it was written by a newer Dialogue Desk; update "
                                              "this laptop first."))  # fmt: skip
    if kind is not None and head.get("kind") != kind:
        wanted = (
            translate("Sync", "it is a change file, not an event package.")
            if kind == PACKAGE
            else translate("Sync", "it is an event package, not a change file.")
        )
        raise _refuse(path, wanted)
    if hashlib.sha256(payload).hexdigest() != head.get("sha256"):
        raise _refuse(path, translate("Sync", "its contents do not match its checksum (it was "
                                              "damaged or edited by hand)."))  # fmt: skip
    try:
        entries = json.loads(payload.decode())
        manifest = Manifest(
            kind=str(head["kind"]), schema=schema, event_uuid=str(head["event"]["uuid"]),
            event_title=str(head["event"].get("title", "")),
            device_uuid=str(head["device"]["uuid"]), device_name=str(head["device"]["name"]),
            seq=int(head.get("seq", 0)), created_at=str(head.get("created_at", "")),
            devices={str(k): str(v) for k, v in dict(head.get("devices", {})).items()},
            digest=str(head["sha256"]),
        )  # fmt: skip
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise _refuse(path, damaged) from error
    if not isinstance(entries, list) or len(entries) != head.get("entries"):
        raise _refuse(path, damaged)
    if not all(_valid_entry(e) for e in entries):
        raise _refuse(path, damaged)
    if event_uuid is not None and manifest.event_uuid != event_uuid:
        raise _refuse(path, translate("Sync", "it belongs to another event ({title}).").format(
            title=manifest.event_title or manifest.event_uuid))  # fmt: skip
    return ExchangeFile(manifest, entries)


def _valid_entry(entry: Any) -> bool:
    if not isinstance(entry, dict):
        return False
    if not isinstance(entry.get("t"), str) or not isinstance(entry.get("u"), str):
        return False
    fields, clocks = entry.get("f"), entry.get("k")
    if not isinstance(fields, dict) or not isinstance(clocks, dict):
        return False
    if not all(isinstance(v, list) and len(v) == 4 for v in clocks.values()):
        return False
    deleted = entry.get("x")
    return deleted is None or (isinstance(deleted, list) and len(deleted) == 2)
