"""One writer per store: OS-level locks on the store file itself and on ``<store>.lock``.

The store is locked under its real name (symlinks resolved by the caller), and on POSIX the
store file's own inode is locked too (``flock``, which is separate from SQLite's byte-range
locks), so a second writer is refused whatever name it uses: a symlink, another spelling, or
after someone deleted the ``.lock`` file. The ``.lock`` file holds the writer's process id for
the message. The operating system releases both locks when the process ends, however it ends,
so a lock left by a crashed app is recovered without anyone doing anything.
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


#: The store files (device, inode) this process holds, so it never opens a second descriptor
#: on one: closing that would drop the process's SQLite locks on the file (POSIX semantics).
_HELD: set[tuple[int, int]] = set()


def held_here(store_path: Path) -> bool:
    """Whether this process already holds the writer's lock of this store file."""
    try:
        info = os.stat(store_path)
    except OSError:
        return False
    return (info.st_dev, info.st_ino) in _HELD


class StoreLock:
    """The writer's lock of one store; ``store_path`` should be its real (resolved) path.

    ``acquire`` creates an empty store file if there is none, so that it can be locked.
    """

    def __init__(self, store_path: Path) -> None:
        self.store_path = store_path
        self.path = store_path.with_name(store_path.name + ".lock")
        self._fd: int | None = None
        self._store_fd: int | None = None
        self._key: tuple[int, int] | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd)
        except OSError:
            holder = _read_holder(fd)
            os.close(fd)
            raise StoreLockedError(self.store_path, holder) from None
        try:
            if sys.platform != "win32":
                self._lock_store_file()
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
            os.fsync(fd)
        except BaseException:
            self._release_store_file()
            _unlock(fd)
            os.close(fd)
            raise
        self._fd = fd

    def _lock_store_file(self) -> None:
        try:
            info = os.stat(self.store_path)
        except FileNotFoundError:
            info = None
        if info is not None and (info.st_dev, info.st_ino) in _HELD:
            raise StoreLockedError(self.store_path, str(os.getpid()))
        # O_RDONLY is enough for flock, and works on a store the owner made read-only.
        store_fd = os.open(self.store_path, os.O_RDONLY | os.O_CREAT, 0o600)
        try:
            fcntl.flock(store_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(store_fd)  # no connection of ours is open on it: safe to close
            raise StoreLockedError(self.store_path, "") from None
        opened = os.fstat(store_fd)
        self._store_fd = store_fd
        self._key = (opened.st_dev, opened.st_ino)
        _HELD.add(self._key)

    def _release_store_file(self) -> None:
        if self._store_fd is None:
            return
        store_fd, self._store_fd = self._store_fd, None
        if self._key is not None:
            _HELD.discard(self._key)
            self._key = None
        try:
            fcntl.flock(store_fd, fcntl.LOCK_UN)
        finally:
            os.close(store_fd)

    def release(self) -> None:
        """Let go of both locks; the store's connections must be closed already."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            self._release_store_file()
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
