"""Share, join and sync with files: the event package and the sync folder's change files.

``share_event`` writes one ``.ddevent`` file; ``join_package`` reads one into the store;
``sync_event`` appends this laptop's change file to
``<folder>/<event uuid>/<device uuid>/<number>.ddchanges`` and merges every other laptop's.
Only this laptop writes in its own sub-folder and never rewrites a file, so a USB stick, a
network share or Syncthing never sees two writers of one file.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from dialogue_desk.exchange.event_package import (
    CHANGES,
    CHANGES_SUFFIX,
    PACKAGE,
    PACKAGE_SUFFIX,
    ExchangeFile,
    Manifest,
    PackageError,
    read_exchange_file,
    write_exchange_file,
)
from dialogue_desk.exchange.files import dated_file_name
from dialogue_desk.i18n import translate
from dialogue_desk.services import sync
from dialogue_desk.services.errors import ServiceError
from dialogue_desk.store import Store
from dialogue_desk.store.preflight import SCHEMA_HEAD, SCHEMA_REVISIONS

_NUMBERED = re.compile(r"^(\d{1,9})\.ddchanges$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def _manifest(kind: str, out: sync.Outgoing, seq: int = 0) -> Manifest:
    return Manifest(
        kind=kind, schema=SCHEMA_HEAD, event_uuid=out.event_uuid, event_title=out.event_title,
        device_uuid=out.device_uuid, device_name=out.device_name, seq=seq,
        created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), devices=out.devices,
    )  # fmt: skip


def _incoming(read: ExchangeFile) -> sync.Incoming:
    m = read.manifest
    return sync.Incoming(m.event_uuid, m.event_title, m.device_uuid, m.device_name, m.seq,
                         m.digest, m.devices, read.entries)  # fmt: skip


def share_event(store: Store, event_id: int, folder: Path) -> Path:
    """Write the event package (everything recorded so far) into ``folder``; return its path."""
    out = sync.share_contents(store, event_id)
    name = dated_file_name(out.event_title or "event", PACKAGE_SUFFIX, practice=out.practice)
    target = Path(folder).expanduser().absolute() / name
    return write_exchange_file(target, _manifest(PACKAGE, out), out.entries)


def join_package(store: Store, path: Path) -> sync.JoinResult:
    """Add the event in the package at ``path`` to the store (same UUIDs) or merge it in."""
    read = read_exchange_file(Path(path), kind=PACKAGE, schemas=SCHEMA_REVISIONS)
    return sync.join_contents(store, _incoming(read))


def _numbers(folder: Path) -> list[int]:
    if not folder.is_dir():
        return []
    return [int(m.group(1)) for p in folder.iterdir() if (m := _NUMBERED.match(p.name))]


def _candidates(event_dir: Path, own: str) -> list[tuple[str, int, Path]]:
    found: list[tuple[str, int, Path]] = []
    if not event_dir.is_dir():
        return found
    for device_dir in sorted(event_dir.iterdir()):
        if not device_dir.is_dir() or device_dir.name == own or not _UUID.match(device_dir.name):
            continue
        for path in sorted(device_dir.iterdir()):
            match = _NUMBERED.match(path.name)
            if match:
                found.append((device_dir.name, int(match.group(1)), path))
    return found


def sync_event(store: Store, event_id: int, folder: Path) -> sync.SyncResult:
    """Write this laptop's new changes of the event to ``folder`` and merge the others'."""
    folder = Path(folder).expanduser().absolute()
    if not folder.is_dir():
        raise ServiceError(
            translate("Sync", "The sync folder {folder} does not exist. Plug in the stick or "
                              "choose another folder.").format(folder=folder)
        )  # fmt: skip
    event_uuid = sync.event_uuid(store, event_id)
    own = sync.this_device(store).uuid
    done = sync.applied_files(store, event_id)
    event_dir = folder / event_uuid
    problems: list[str] = []
    incoming: list[sync.Incoming] = []
    for device, seq, path in _candidates(event_dir, own):
        try:
            read = read_exchange_file(path, kind=CHANGES, schemas=SCHEMA_REVISIONS,
                                      event_uuid=event_uuid)  # fmt: skip
        except PackageError as error:
            problems.append(str(error))
            continue
        m = read.manifest
        if m.device_uuid != device or m.seq != seq:
            problems.append(translate(
                "Sync", "{path} was not used: it was moved or renamed by hand.").format(
                    path=f"{device[:8]}…/{path.name}"))  # fmt: skip
            continue
        if (m.device_uuid, m.seq, m.digest) not in done:
            incoming.append(_incoming(read))

    def write_own(out: sync.Outgoing) -> Path:
        own_dir = event_dir / own
        own_dir.mkdir(parents=True, exist_ok=True)
        seq = max(_numbers(own_dir), default=0) + 1
        target = own_dir / f"{seq:06d}{CHANGES_SUFFIX}"
        return write_exchange_file(target, _manifest(CHANGES, out, seq), out.entries)

    result = sync.merge_changes(store, event_id, incoming, write_own, str(folder))
    result.problems.extend(problems)
    return result
