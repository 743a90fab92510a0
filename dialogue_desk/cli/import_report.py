"""What the import commands print: the recognised columns, the notes and the rows at fault."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Mapping
from typing import TextIO

from dialogue_desk.services.import_preview import ImportPreview, RowAction

#: Rows with problems a dry run lists one by one before summing up the rest.
ROWS_SHOWN = 50


def add_mapping_options(
    parser: argparse.ArgumentParser, example: str, fields: Iterable[str], dry_run: str
) -> None:
    """``--map HEADER=FIELD`` (repeatable) and ``--dry-run``, the same for every import."""
    parser.add_argument(
        "--map",
        action="append",
        metavar="HEADER=FIELD",
        help=f"read the column HEADER as FIELD (e.g. \u201c{example}\u201d; FIELD=- leaves it "
        "out); may be repeated. Fields: " + ", ".join(fields),
    )
    parser.add_argument("--dry-run", action="store_true", help=dry_run)


def print_columns(
    preview: ImportPreview[object], labels: Mapping[str, str], *, stream: TextIO | None = None
) -> None:
    """Each recognised column and the field it is read as, then the columns left out."""
    stream = stream or sys.stdout
    print("Columns read:", file=stream)
    for column, name in sorted(preview.mapping.items()):
        header = preview.headers[column] if column < len(preview.headers) else ""
        shown = header or f"(column {column + 1})"
        print(f"  \u201c{shown}\u201d \u2192 {labels.get(name, name)}", file=stream)
    if preview.unknown_columns:
        names = ", ".join(f"\u201c{h}\u201d" for h in preview.unknown_columns[:40])
        more = len(preview.unknown_columns) - 40
        suffix = f" and {more} more" if more > 0 else ""
        print(f"Not imported ({len(preview.unknown_columns)}): {names}{suffix}", file=stream)


def print_rows(preview: ImportPreview[object], *, stream: TextIO | None = None) -> None:
    """The count of each action and every row with a problem, by its row number."""
    stream = stream or sys.stdout
    counts = {action: preview.count(action) for action in RowAction}
    print(
        f"Rows: {len(preview.rows)} read \u2014 {counts[RowAction.NEW]} new, "
        f"{counts[RowAction.MERGE]} merged, {counts[RowAction.SKIP]} skipped, "
        f"{counts[RowAction.INVALID]} with problems",
        file=stream,
    )
    repeated = sum(1 for r in preview.rows if r.earlier_row is not None)
    if repeated:
        print(f"  {repeated} rows repeat a person of an earlier row and are merged", file=stream)
    invalid = preview.invalid_rows
    for row in invalid[:ROWS_SHOWN]:
        print(f"  row {row.row}: {'; '.join(row.problems)}", file=stream)
    if len(invalid) > ROWS_SHOWN:
        print(f"  \u2026 and {len(invalid) - ROWS_SHOWN} more rows with problems", file=stream)


def print_notes(notes: list[str], *, stream: TextIO | None = None) -> None:
    """Each note on a line of its own, on stderr."""
    stream = stream or sys.stderr
    for note in notes:
        print(f"note: {note}", file=stream)
