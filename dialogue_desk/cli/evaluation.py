"""Evaluation commands: ``import-form FILE [--event EVENT]``, ``export-form FORM --xlsx FILE``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dialogue_desk.cli import common as cli


def cmd_import_form(args: argparse.Namespace) -> int:
    from dialogue_desk.exchange.xlsform import read_xlsform
    from dialogue_desk.services.evaluation import import_form

    spec = read_xlsform(args.file)  # refuse a broken form before opening (perhaps creating) a store
    with cli.open_store(args) as store:
        event_id = cli.resolve_event(store, args.event).id if args.event else None
        form = import_form(store, event_id, spec, source=Path(args.file).name)
    for warning in spec.warnings:
        print(f"dialogue-desk: warning: {warning}", file=sys.stderr)
    print(f"{form.id}\t{len(form.answerable)}")
    return cli.EXIT_OK


def cmd_export_form(args: argparse.Namespace) -> int:
    from dialogue_desk.errors import UserError
    from dialogue_desk.exchange.xlsform import export_xlsform
    from dialogue_desk.services.evaluation import find_form

    with cli.open_store(args, read_only=True) as store:
        form = find_form(store, args.form)
        try:
            path = export_xlsform(store, form.id, Path(args.xlsx))
        except UserError as error:
            raise cli.CommandError(str(error)) from None
    print(path)
    return cli.EXIT_OK


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "import-form", parents=[common],
        help="import an XLSForm evaluation form; print its id and number of questions "
        "(tab separated; notes and headings not counted); what cannot be asked is left out "
        "with a warning",
    )  # fmt: skip
    p.add_argument("file", metavar="FILE", help="XLSForm workbook (.xlsx or .xls)")
    p.add_argument("--event", metavar="EVENT", help="event id or title (default: the library)")
    p.set_defaults(handler=cmd_import_form)
    p = sub.add_parser(
        "export-form", parents=[common],
        help="write an evaluation form as an XLSForm (for KoboToolbox, ODK or another laptop) "
        "with its skip logic, constraints, choice filters, calculations and languages",
    )  # fmt: skip
    p.add_argument("form", metavar="FORM", help="form id or exact title")
    p.add_argument("--xlsx", metavar="FILE", required=True, help="the workbook to write")
    p.set_defaults(handler=cmd_export_form)
