"""Evaluation commands: ``dialogue-desk import-form FILE [--event EVENT]``."""

from __future__ import annotations

import argparse
from pathlib import Path

from dialogue_desk.cli import common as cli


def cmd_import_form(args: argparse.Namespace) -> int:
    from dialogue_desk.exchange.xlsform import read_xlsform
    from dialogue_desk.services.evaluation import import_form

    spec = read_xlsform(args.file)  # refuse a broken form before opening (perhaps creating) a store
    with cli.open_store(args) as store:
        event_id = cli.resolve_event(store, args.event).id if args.event else None
        form = import_form(store, event_id, spec, source=Path(args.file).name)
    print(f"{form.id}\t{len(form.answerable)}")
    return cli.EXIT_OK


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "import-form", parents=[common],
        help="import an XLSForm evaluation form; print its id and number of questions "
        "(tab separated; notes and headings not counted)",
    )  # fmt: skip
    p.add_argument("file", metavar="FILE", help="XLSForm workbook (.xlsx)")
    p.add_argument("--event", metavar="EVENT", help="event id or title (default: the library)")
    p.set_defaults(handler=cmd_import_form)
