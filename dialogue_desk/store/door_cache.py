"""The door kept beside the store for the next start: ``<store>-door``, one file, owner only.

Start-up must show the last event's door within a few frames whatever the size of the list,
but reading 20,000 people and sorting them in a language's alphabetical order takes a third of
a second. So when the window closes, the door's rows are written here already in name order,
and the next start reads them back in one go instead of querying and sorting.

The file is valid only for the exact state of the store it was made from: it carries a key
(``door_key``) of the store's identity and change clock. Every write to the store, whoever
makes it (this app, the command line, a merge from another laptop), moves the clock by SQLite
triggers (migration 0003; a merge ticks it itself), so a key that matches means nothing has
changed since. Anything else (another clock, another app version, a damaged or foreign file)
is simply a miss: the door is read from the store as before and the stale file removed, so the
names of a deleted event do not linger here. A CRC guards the payload against a damaged disk;
the file is written atomically and readable by its owner only, like the store itself.

Standard library only (start-up reads it before SQLAlchemy is imported); values are what
``marshal`` writes: tuples, strings, numbers, None.
"""

from __future__ import annotations

import contextlib
import logging
import marshal
import os
import tempfile
import zlib
from pathlib import Path

log = logging.getLogger(__name__)

#: The first bytes of the file; a new layout of the rows gets a new magic.
MAGIC = b"DDDOOR1\n"
_HEADER = len(MAGIC) + 4


def cache_path(store_path: Path) -> Path:
    """Where the door of ``store_path`` is kept (beside it, as SQLite's ``-wal`` is)."""
    return store_path.with_name(store_path.name + "-door")


def read_cache(store_path: Path, key: tuple[object, ...]) -> object | None:
    """The payload kept for ``key``, or None (no file, another key, damaged); never raises.

    A file made for another key is removed: it describes a store that no longer exists.
    """
    path = cache_path(store_path)
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        if data[: len(MAGIC)] != MAGIC:
            raise ValueError("not a door file")
        body = memoryview(data)[_HEADER:]
        if zlib.crc32(body) != int.from_bytes(data[len(MAGIC) : _HEADER], "big"):
            raise ValueError("checksum")
        kept_key, payload = marshal.loads(body)
    except (ValueError, EOFError, TypeError) as error:
        log.info("The kept door %s is not usable (%s); reading the store", path, error)
        kept_key, payload = None, None
    if kept_key != key:
        drop_cache(store_path)
        return None
    return payload


def write_cache(store_path: Path, key: tuple[object, ...], payload: object) -> bool:
    """Keep ``payload`` for ``key`` beside the store; False (logged) when it cannot be written.

    Atomic: a reader sees the old file or the new one, never half of one.
    """
    path = cache_path(store_path)
    body = marshal.dumps((key, payload))
    data = MAGIC + zlib.crc32(body).to_bytes(4, "big") + body
    temp = None
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as out:  # mkstemp makes it 0600
            out.write(data)
        os.replace(temp, path)
        temp = None
        return True
    except OSError as error:  # a read-only folder or a full disk: the next start reads
        log.info("Could not keep the door in %s: %s", path, error)
        return False
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)


def drop_cache(store_path: Path) -> None:
    """Remove the kept door of ``store_path`` if there is one."""
    with contextlib.suppress(OSError):
        cache_path(store_path).unlink()


__all__ = ["MAGIC", "cache_path", "drop_cache", "read_cache", "write_cache"]
