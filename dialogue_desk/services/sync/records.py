"""The plain records a sync hands to the file layer and gets back from it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Entry = dict[str, Any]


@dataclass(frozen=True)
class Outgoing:
    """Rows leaving this laptop: a whole event (a package) or its new changes (a change file)."""

    event_uuid: str
    event_title: str
    device_uuid: str
    device_name: str
    #: Device UUID -> name of every laptop whose changes are inside.
    devices: dict[str, str]
    entries: list[Entry]
    practice: bool = False


@dataclass(frozen=True)
class Incoming:
    """A package or another laptop's change file, read and checked by the file layer."""

    event_uuid: str
    event_title: str
    device_uuid: str
    device_name: str
    seq: int
    digest: str
    devices: dict[str, str]
    entries: list[Entry]


#: Writes this laptop's change file (inside the merge transaction) and returns its path.
WriteOwn = Callable[[Outgoing], Path]


@dataclass(frozen=True)
class JoinResult:
    """What joining a package did."""

    event_id: int
    title: str
    #: True when the event was already in this store and the package was merged into it.
    merged: bool
    rows: int
    conflicts: int


@dataclass
class SyncResult:
    """What one sync did, for the status bar and the command line."""

    written: Path | None = None
    files_read: int = 0
    rows: int = 0
    conflicts: int = 0
    #: Files refused whole (damaged, another event, newer version), with the reason.
    problems: list[str] = field(default_factory=list)
