"""``dialogue-desk import-agenda``: import an agenda spreadsheet into an event."""

from __future__ import annotations

import argparse
import sys

from dialogue_desk.cli import common as cli
from dialogue_desk.cli.import_report import add_mapping_options

#: Field names as the dry run prints them.
FIELD_LABELS = {
    "day": "date", "start": "start", "end": "end", "time": "time (start\u2013end)",
    "minutes": "duration (minutes)", "title": "title", "kind": "kind",
    "facilitators": "facilitator(s)", "room": "room", "description": "description",
    "pinned": "fixed time",
}  # fmt: skip


def cmd_import_agenda(args: argparse.Namespace) -> int:
    from dialogue_desk.cli.import_report import print_columns, print_rows
    from dialogue_desk.exchange.agenda_sheet import (
        detect_mapping,
        preview_table,
        read_agenda_table,
    )
    from dialogue_desk.exchange.agenda_synonyms import SYNONYMS
    from dialogue_desk.exchange.headers import parse_map_options
    from dialogue_desk.services.agenda import error_lines, import_agenda, outside_days

    table = read_agenda_table(args.file)
    overrides = parse_map_options(args.map or [], table.headers, SYNONYMS)
    with cli.open_store(args, read_only=args.dry_run) as store:
        event = cli.resolve_event(store, args.event)
        mapping = detect_mapping(table.headers, overrides)
        preview = preview_table(table, mapping, event.start_date, last_day=event.end_date)
        if args.dry_run:
            print(
                f"{table.path.name}: {len(preview.rows)} agenda items for \u201c{event.title}\u201d"
            )
            print_columns(preview, FIELD_LABELS)  # type: ignore[arg-type]
            for note in preview.problems:
                print(f"Problem: {note}")
            for note in preview.warnings:
                print(f"Note: {note}")
            print_rows(preview)  # type: ignore[arg-type]
            for line in error_lines(preview, limit=200)[len(preview.problems) :]:
                print(f"  {line}")
            print("Dry run: nothing was written.")
            return cli.EXIT_OK if preview.sound else cli.EXIT_FAILED
        if not preview.sound:
            print(f"dialogue-desk: error: {args.file}: nothing was imported.", file=sys.stderr)
            for line in error_lines(preview, limit=200):
                print(f"  {line}", file=sys.stderr)
            return cli.EXIT_FAILED
        for warning in preview.warnings:
            print(f"note: {warning}", file=sys.stderr)
        for row in preview.rows:
            for warning in row.warnings:
                print(f"row {row.row}: {warning}", file=sys.stderr)
        if preview.unknown_columns:
            names = ", ".join(f"\u201c{c}\u201d" for c in preview.unknown_columns[:40])
            print(f"note: {len(preview.unknown_columns)} column(s) not recognised and not "
                  f"imported: {names}", file=sys.stderr)  # fmt: skip
        outside = outside_days(preview, event.start_date, event.end_date)
        if outside and not (args.move_dates or args.keep_dates):
            shown = ", ".join(d.isoformat() for d in outside[:5])
            raise cli.CommandError(
                f"the file's dates ({shown}) are not days of \u201c{event.title}\u201d "
                f"({event.start_date} \u2013 {event.end_date}); nothing was imported. Use "
                "--move-dates to move them onto the event's days, or --keep-dates to import "
                "them as they are (they will be flagged)"
            )
        count = import_agenda(store, event.id, preview, move_dates=args.move_dates,
                              replace=args.replace)  # fmt: skip
    print(f"Imported {count} agenda items into \u201c{event.title}\u201d.")
    return cli.EXIT_OK


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "import-agenda", parents=[common], help="import an agenda (.xlsx or .csv) into an event",
        description="Import a programme into EVENT. Columns are recognised by their headers in "
        "11 languages; a day may be a date, a date without a year, a day number or a weekday; "
        "a time a single time, a range in one cell (\u201c14:00\u201315:30 Uhr\u201d, "
        "\u201c9-10\u201d, AM/PM) or a start only (the item ends when the next one starts).",
    )  # fmt: skip
    p.add_argument("event", metavar="EVENT", help="event id, UUID or exact title")
    p.add_argument("file", metavar="FILE", help=".xlsx or .csv with Date, Start, End, Title, …")
    add_mapping_options(
        p, "Hora=start", FIELD_LABELS,
        "print how the file is understood and every problem; write nothing",
    )  # fmt: skip
    dates = p.add_mutually_exclusive_group()
    dates.add_argument(
        "--move-dates",
        action="store_true",
        help="move the file's dates so its first day is the event's first day",
    )
    dates.add_argument(
        "--keep-dates",
        action="store_true",
        help="keep dates outside the event as they are (they are flagged)",
    )
    p.add_argument("--replace", action="store_true", help="delete the event's current agenda first")
    p.set_defaults(handler=cmd_import_agenda)
