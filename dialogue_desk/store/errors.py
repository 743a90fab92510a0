"""Errors a store can meet on open or write, each with a message a facilitator can act on."""

from __future__ import annotations

from pathlib import Path

from dialogue_desk.errors import UserError
from dialogue_desk.i18n import translate


class StoreError(UserError):
    """Base of every store problem a user can meet. ``str()`` is the user-facing message."""

    def __init__(self, path: Path | None = None, detail: str = "") -> None:
        self.path = path
        self.detail = detail
        super().__init__(self.message())

    def message(self) -> str:
        return translate("StoreError", "The store could not be used: {detail}").format(
            detail=self.detail
        )

    def __str__(self) -> str:
        return self.message()


class NotAStoreError(StoreError):
    def message(self) -> str:
        return translate(
            "StoreError",
            "{path} is not a Dialogue Desk store. It was left untouched; choose another file.",
        ).format(path=self.path)


class CorruptStoreError(StoreError):
    def message(self) -> str:
        return translate(
            "StoreError",
            "{path} is damaged ({detail}). It was left untouched; restore a copy from the "
            "backups folder or choose another file.",
        ).format(path=self.path, detail=self.detail)


class NewerStoreError(StoreError):
    def message(self) -> str:
        return translate(
            "StoreError",
            "{path} was written by a newer version of Dialogue Desk (schema {detail}). "
            "It was left untouched; install the newer version to open it.",
        ).format(path=self.path, detail=self.detail)


class OlderStoreError(StoreError):
    def message(self) -> str:
        return translate(
            "StoreError",
            "{path} was written by an older version of Dialogue Desk. Open it once in the "
            "app to upgrade it, then try again.",
        ).format(path=self.path)


class StoreMissingError(StoreError):
    def message(self) -> str:
        return translate("StoreError", "There is no store at {path}.").format(path=self.path)


class StoreBusyError(StoreError):
    def message(self) -> str:
        holder = (
            translate("StoreError", " (process {pid})").format(pid=self.detail)
            if self.detail
            else ""
        )
        return translate(
            "StoreError",
            "{path} is already open in another Dialogue Desk{holder}. Close that window first, "
            "or open a different store.",
        ).format(path=self.path, holder=holder)


class StoreWriteError(StoreError):
    def message(self) -> str:
        return translate(
            "StoreError",
            "The change could not be saved to {path}: {detail}. Nothing was changed; free some "
            "disk space or check the folder's permissions, then try again.",
        ).format(path=self.path, detail=self.detail)


class ReadOnlyStoreError(StoreWriteError):
    """The store, or the folder it is in, cannot be written; reading it still works."""

    def message(self) -> str:
        return translate(
            "StoreError",
            "{path} cannot be changed: {detail}. Nothing was changed, and it can still be "
            "read and exported; to change it, make the file and its folder writable, or copy "
            "it to a writable folder.",
        ).format(path=self.path, detail=self.detail)


class DiskFullError(StoreWriteError):
    """The disk holding the store has no space left."""

    def message(self) -> str:
        return translate(
            "StoreError",
            "{path} cannot be written: the disk is full. Nothing was changed; free some space "
            "on it, then try again.",
        ).format(path=self.path)


class LinkedStoreError(StoreError):
    """The store file has a second name (a hard link), which SQLite cannot keep consistent."""

    def message(self) -> str:
        return translate(
            "StoreError",
            "{path} has another name on this disk (a hard link), so its changes could be lost "
            "or mixed up. It was left untouched; open the original file, or copy this one "
            "(a copy is safe) and open the copy.",
        ).format(path=self.path)


class UnreadableStoreError(StoreError):
    """The operating system refuses to let this user read the store file."""

    def message(self) -> str:
        return translate(
            "StoreError",
            "{path} cannot be read ({detail}). It was left untouched; check that the file "
            "belongs to you and may be read, then try again.",
        ).format(path=self.path, detail=self.detail)
