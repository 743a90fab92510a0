"""The ``handouts`` command: the programme, the sign-in sheet and name badges as PDFs.

Opens the store read-only, so it works while the app has the store open (printing the sign-in
sheet the evening before, for instance).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dialogue_desk.cli import common as cli


def cmd_handouts(args: argparse.Namespace) -> int:
    from dialogue_desk.exchange.pdf.handouts import (
        write_agenda_handout,
        write_badges,
        write_sign_in_sheet,
    )

    if not (args.programme or args.sign_in or args.badges):
        raise cli.CommandError("say what to write: --programme, --sign-in and/or --badges FILE")
    language = cli.language_arg(args.lang, None)
    written: list[Path] = []
    with cli.open_store(args, read_only=True) as store:
        event = cli.resolve_event(store, args.event)
        if args.programme:
            written.append(
                write_agenda_handout(store, event.id, Path(args.programme), language=language)
            )
        if args.sign_in:
            written.append(
                write_sign_in_sheet(store, event.id, Path(args.sign_in), language=language)
            )
        if args.badges:
            written.append(write_badges(store, event.id, Path(args.badges), language=language))
    from dialogue_desk.exchange.pdf.output import unprintable_warning

    for path in written:
        print(path)
        if warning := unprintable_warning(path):
            print(f"dialogue-desk: warning: {warning}", file=sys.stderr)
    return cli.EXIT_OK


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "handouts", parents=[common],
        help="write the programme, sign-in sheet and/or name badges as PDF; prints the files",
    )  # fmt: skip
    p.add_argument("event", metavar="EVENT", help="event id, UUID or exact title")
    p.add_argument("--programme", metavar="FILE", help="the programme, day by day")
    p.add_argument("--sign-in", metavar="FILE", help="the sign-in sheet, a box per day")
    p.add_argument("--badges", metavar="FILE", help="name badges, eight to an A4 sheet")
    p.add_argument(
        "--lang", metavar="CODE",
        help="language: en, et, lv, sv or ru (default: the event's first)",
    )  # fmt: skip
    p.set_defaults(handler=cmd_handouts)
