"""Opening SQLite files by the path the user named, and turning SQLite's reports into messages.

SQLite reads ``file:`` URIs, where ``#``, ``?`` and ``%`` mean a fragment, a query and an escape,
so a folder called ``Event #3`` or ``what?`` must be percent-encoded (``Path.as_uri``), never
pasted into a URI. Everything in the store that opens a file goes through :func:`connect`.
Standard library only: the preflight checks run before SQLAlchemy is imported.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
from pathlib import Path, PurePath, PureWindowsPath
from urllib.parse import quote

from dialogue_desk.i18n import translate
from dialogue_desk.store.errors import (
    CorruptStoreError,
    DiskFullError,
    NotAStoreError,
    ReadOnlyStoreError,
    StoreError,
    StoreWriteError,
    UnreadableStoreError,
)

#: Seconds a connection waits for another one's lock before reporting the store busy.
BUSY_TIMEOUT_S = 5.0


def sqlite_uri(path: PurePath, *, read_only: bool = False, immutable: bool = False) -> str:
    """The ``file:`` URI of ``path``, every special character percent-encoded.

    Built by hand rather than with ``Path.as_uri`` for Windows network shares: SQLite refuses a
    URI with a host (``file://server/share``) but takes ``file:////server/share``.
    """
    if not isinstance(path, PureWindowsPath):
        path = Path(path).absolute()
    posix = path.as_posix()
    if isinstance(path, PureWindowsPath) and not posix.startswith("//"):
        posix = "/" + posix  # C:/x -> /C:/x
    if isinstance(path, PureWindowsPath):
        uri = "file://" + quote(posix, safe="/:")
    else:  # the bytes the file system holds, undecodable names included
        uri = "file://" + quote(os.fsencode(posix), safe="/")
    params = []
    if read_only:
        params.append("mode=ro")
    if immutable:
        params.append("immutable=1")
    return uri + ("?" + "&".join(params) if params else "")


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 connection to exactly ``path``; a reader never writes the file.

    A store in WAL mode needs its ``-shm`` file to be read. In a read-only folder (a locked USB
    stick, a read-only mount) or on a full disk that file cannot be created; then, if no
    ``-wal`` holds changes not yet in the main file, a reader opens the file as immutable, so
    reading still works.
    """
    conn = _connect(sqlite_uri(path, read_only=read_only))
    if not read_only:
        return conn
    try:
        # SQLite opens lazily: the -shm file is made (or not) by the first read.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        if _has_pending_wal(path):
            raise
    return _connect(sqlite_uri(path, read_only=True, immutable=True))


def _connect(uri: str) -> sqlite3.Connection:
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False)


def _has_pending_wal(path: Path) -> bool:
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False


def one_line(text: str, limit: int = 300) -> str:
    """SQLite's report as one line: its first real problem and how many more there are."""
    lines = [line.strip() for line in str(text).splitlines()]
    lines = [line for line in lines if line and not line.startswith("*** in database")]
    if not lines:
        return ""
    first = lines[0]
    if len(first) > limit:
        first = first[: limit - 1] + "\u2026"
    if len(lines) > 1:
        return translate("StoreError", "{problem}, and {count} more").format(
            problem=first, count=len(lines) - 1
        )
    return first


def folder_is_writable(path: Path) -> bool:
    """Whether new files (the lock, ``-wal``, ``-shm``) can be made beside ``path``."""
    folder = Path(path).parent
    if not os.access(folder, os.W_OK):
        return False
    try:
        # Root passes os.access everywhere; a read-only mount or an immutable folder still
        # refuses, so try for real.
        probe = folder / f".dialogue-desk-probe-{os.getpid()}"
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return True
    except OSError:
        return False
    os.close(fd)
    with contextlib.suppress(OSError):
        probe.unlink()
    return True


def disk_is_full(path: Path) -> bool:
    """Whether the disk holding ``path`` has (next to) no free space left."""
    try:
        return shutil.disk_usage(Path(path).parent).free < 64 * 1024
    except OSError:
        return False


def os_error(path: Path, error: OSError, *, reading: bool = False) -> StoreError:
    """The store error for an operating-system failure on ``path`` or beside it."""
    detail = error.strerror or str(error)
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(path, detail)
    if reading and error.errno in (errno.EACCES, errno.EPERM):
        return UnreadableStoreError(path, detail)
    if error.errno == errno.EROFS:
        return ReadOnlyStoreError(path, translate("StoreError", "the disk is read-only"))
    if error.errno in (errno.EACCES, errno.EPERM):
        if not folder_is_writable(path):
            detail = translate("StoreError", "its folder is read-only")
        return ReadOnlyStoreError(path, detail)
    return StoreWriteError(path, one_line(detail))


def sqlite_error(path: Path, error: BaseException) -> StoreError:
    """The store error for a failure SQLite reported while opening or reading ``path``.

    Only a report about the file's contents calls it damaged; a read-only folder, a full disk
    or a busy store each say so, because restoring a backup would not help with any of them.
    """
    orig = getattr(error, "orig", None) or error
    text = str(orig)
    lowered = text.lower()
    if "not a database" in lowered or "file is encrypted" in lowered:
        return NotAStoreError(path)
    if "malformed" in lowered or "corrupt" in lowered:
        return CorruptStoreError(path, one_line(text))
    if "full" in lowered or disk_is_full(path):
        return DiskFullError(path, one_line(text))
    if "readonly" in lowered or "read-only" in lowered or not folder_is_writable(path):
        return ReadOnlyStoreError(path, one_line(text))
    if "locked" in lowered or "busy" in lowered:
        return StoreWriteError(path, "the store is busy")
    if "unable to open" in lowered:
        return StoreWriteError(path, one_line(text))
    return CorruptStoreError(path, one_line(text))
