"""Command-line import of registration lists: ``dialogue-desk import-participants``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dialogue_desk.cli import common as cli


def cmd_import_participants(args: argparse.Namespace) -> int:
    from dialogue_desk.exchange.registrations import import_participants
    from dialogue_desk.services.checkin import DuplicatePolicy

    path = Path(args.file)
    if not path.is_file():
        raise cli.CommandError(f"{path}: there is no such file")
    with cli.open_store(args) as store:
        event = cli.resolve_event(store, args.event)
        result = import_participants(
            store, event.id, path, skip_invalid=args.skip_invalid,
            duplicates=DuplicatePolicy(args.duplicates),
        )  # fmt: skip
    for column in result.unknown_columns:
        print(f"note: column \u201c{column}\u201d was not recognised and not imported",
              file=sys.stderr)  # fmt: skip
    for warning in result.warnings:
        print(f"note: {warning}", file=sys.stderr)
    line = f"imported {result.imported}, merged {result.merged}, skipped {result.skipped}"
    if result.invalid_skipped:
        line += f" (of which {result.invalid_skipped} invalid)"
    print(line)
    return cli.EXIT_OK


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "import-participants", parents=[common],
        help="import a registration list (.xlsx or .csv) into an event",
        description="Import a registration list into EVENT (id, UUID or exact title). A file "
        "with rows that lack a name is refused as a whole unless --skip-invalid is given. "
        "Duplicates (same e-mail, or same name and organisation) are merged or skipped, "
        "never doubled.",
    )  # fmt: skip
    p.add_argument("event", metavar="EVENT")
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the valid rows and skip the rows that cannot be imported",
    )
    p.add_argument(
        "--duplicates",
        choices=["merge", "skip"],
        default="merge",
        help="add new details of a duplicate to the existing entry (merge, the "
        "default) or leave the existing entry as it is (skip)",
    )
    p.set_defaults(handler=cmd_import_participants)
