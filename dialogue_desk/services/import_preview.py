"""What an import would do, row by row: the one preview shape of every spreadsheet import.

Reading a file (``exchange/``) gives an :class:`ImportPreview` whose rows are new or invalid;
planning it against the store (``services/<feature>/importing.py``) decides which rows merge
into or duplicate what is already there. The dialogs show it and the apply step carries it out.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Generic, TypeVar

DataT = TypeVar("DataT")


class RowAction(StrEnum):
    """What importing a row of the file does."""

    NEW = "new"
    #: Adds details to an earlier row of the file or to an entry already in the store.
    MERGE = "merge"
    #: A duplicate with nothing new, or one the user chose to skip.
    SKIP = "skip"
    INVALID = "invalid"


@dataclass
class PreviewRow(Generic[DataT]):
    """One row of the file: its number there, the data read from it and what happens to it."""

    row: int
    #: The data the row holds; for an invalid row whatever could be read (or None).
    data: DataT | None
    action: RowAction = RowAction.NEW
    #: Why the row cannot be imported (only for ``RowAction.INVALID``).
    problems: list[str] = field(default_factory=list)
    #: What was changed to make the row importable ("the kind becomes Other").
    warnings: list[str] = field(default_factory=list)
    #: What the row duplicates, for the preview ("Same person as row 3").
    reason: str = ""
    #: The stored entry (id) or the earlier file row (row number) it merges into or duplicates.
    existing_id: int | None = None
    earlier_row: int | None = None

    @property
    def remark(self) -> str:
        """Everything the preview says about the row, in one line."""
        return "; ".join(t for t in (*self.problems, *self.warnings, self.reason) if t)


@dataclass
class ImportPreview(Generic[DataT]):
    """A file read under a column mapping, and what importing it would do."""

    path: Path
    headers: list[str]
    #: Column index -> field name.
    mapping: dict[int, str]
    rows: list[PreviewRow[DataT]] = field(default_factory=list)
    #: Why the file as a whole cannot be imported (a missing column, no rows).
    problems: list[str] = field(default_factory=list)
    #: Non-fatal remarks about the file (unrecognised values, left-out e-mails).
    warnings: list[str] = field(default_factory=list)
    #: Headers of columns that are not imported.
    unknown_columns: list[str] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""

    def count(self, action: RowAction) -> int:
        return sum(1 for r in self.rows if r.action is action)

    @property
    def invalid_rows(self) -> list[PreviewRow[DataT]]:
        return [r for r in self.rows if r.action is RowAction.INVALID]

    @property
    def sound(self) -> bool:
        """True when there is something to import and nothing to refuse."""
        return not self.problems and bool(self.rows) and not self.invalid_rows

    @property
    def items(self) -> list[DataT]:
        """The data of every row that is not invalid, in file order."""
        return [
            r.data for r in self.rows if r.action is not RowAction.INVALID and r.data is not None
        ]


@contextmanager
def paused_gc() -> Iterator[None]:
    """The cyclic garbage collector off while a file's rows are built, back on afterwards.

    Tens of thousands of small records make it run again and again for nothing: they form no
    cycles. (Reference counting still frees everything as usual.)
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
