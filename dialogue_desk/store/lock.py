"""One writer per store: an OS-level lock on ``<store>.lock`` beside the store file.

The operating system releases the lock when the process ends, however it ends, so a lock left by
a crashed app is recovered without anyone doing anything: the stale file is simply locked anew.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


class StoreLockedError(Exception):
    """Another running Dialogue Desk holds this store."""

    def __init__(self, store_path: Path, holder: str) -> None:
        self.store_path = store_path
        self.holder = holder
        super().__init__(str(store_path))


class StoreLock:
    def __init__(self, store_path: Path) -> None:
        self.store_path = store_path
        self.path = store_path.with_name(store_path.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd)
        except OSError:
            holder = _read_holder(fd)
            os.close(fd)
            raise StoreLockedError(self.store_path, holder) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        os.fsync(fd)
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)
        # The file stays: deleting it would race with another process locking it.

    @property
    def held(self) -> bool:
        return self._fd is not None


def _read_holder(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        return os.read(fd, 64).decode(errors="replace").strip()
    except OSError:
        return ""


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
