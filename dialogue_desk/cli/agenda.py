"""``dialogue-desk import-agenda``: import an agenda spreadsheet into an event."""

from __future__ import annotations

import argparse
import sys

from dialogue_desk.cli import common as cli


def cmd_import_agenda(args: argparse.Namespace) -> int:
    from dialogue_desk.exchange.agenda_sheet import read_agenda
    from dialogue_desk.services.agenda import error_lines, import_agenda, outside_days

    with cli.open_store(args) as store:
        event = cli.resolve_event(store, args.event)
        preview = read_agenda(args.file, event.start_date)
        if not preview.sound:
            lines = error_lines(preview)
            print(f"dialogue-desk: error: {args.file}: nothing was imported.", file=sys.stderr)
            for line in lines:
                print(f"  {line}", file=sys.stderr)
            return cli.EXIT_FAILED
        for row in preview.rows:
            for warning in row.warnings:
                print(f"row {row.row}: {warning}", file=sys.stderr)
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
        "import-agenda", parents=[common], help="import an agenda (.xlsx or .csv) into an event"
    )
    p.add_argument("event", metavar="EVENT", help="event id, UUID or exact title")
    p.add_argument("file", metavar="FILE", help=".xlsx or .csv with Date, Start, End, Title, …")
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
