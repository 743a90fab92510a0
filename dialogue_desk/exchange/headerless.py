"""A registration list without a header row: its columns told apart by what they hold.

Some lists are just names and addresses pasted into a sheet. When no header names a column
and the first row already holds an e-mail address, every row is data: the e-mail column is
the one of addresses, the names are the text columns before it (one column with spaces is a
full name, two are first and last name), and the preview says so.
"""

from __future__ import annotations

import dataclasses
import re

from dialogue_desk.exchange.tabular import Table
from dialogue_desk.i18n import translate

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_NAME = re.compile(r"^[^\d@]{2,}$")


def as_headerless(table: Table) -> tuple[Table, dict[int, str]] | None:
    """The table with its header row as data and a guessed mapping, or None if it has one."""
    if not any(_EMAIL.match(h) for h in table.headers):
        return None
    rows = [(table.header_row, list(table.headers)), *table.rows]
    width = max(len(values) for _, values in rows)
    sample = rows[:50]

    def share(column: int, pattern: re.Pattern[str]) -> float:
        cells = [v[column] for _, v in sample if column < len(v) and v[column]]
        return sum(bool(pattern.match(c)) for c in cells) / len(cells) if cells else 0.0

    email = max(range(width), key=lambda c: share(c, _EMAIL))
    names = [c for c in range(width) if c != email and share(c, _NAME) > 0.8]
    if not names:
        return None
    mapping = {email: "email"}
    first = names[0]
    spaced = sum(" " in v[first] for _, v in sample if first < len(v)) > len(sample) / 2
    if spaced or len(names) == 1:
        mapping[first] = "full_name"
    else:
        mapping[first], mapping[names[1]] = "first_name", "last_name"
    headers = [translate("Import", "Column {number}").format(number=n + 1) for n in range(width)]
    moved = dataclasses.replace(table, headers=headers, rows=rows, warnings=list(table.warnings))
    moved.warnings.append(
        translate(
            "Import",
            "The file has no header row: every row is read as a person, the columns by what "
            "they hold. Check the column choices.",
        )
    )
    return moved, dict(sorted(mapping.items()))
