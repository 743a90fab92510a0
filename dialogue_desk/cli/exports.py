"""Export commands: the event workbook and PDF, the comparison workbook, close and sync out.

``export`` and ``export-comparison`` open the store read-only, so they work while the app has
it open. ``close-event`` changes the event's status and needs the store to itself.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dialogue_desk.cli import common as cli


def _export_folder(practice: bool = False) -> Path:
    from dialogue_desk.settings import Settings

    return Settings().export_folder(practice=practice)


def cmd_export(args: argparse.Namespace) -> int:
    from dialogue_desk.exchange.sync_out import record_export
    from dialogue_desk.exchange.workbook.event import write_event_workbook

    if not args.xlsx and not args.pdf:
        raise cli.CommandError("say what to write: --xlsx FILE and/or --pdf FILE")
    with cli.open_store(args, read_only=True) as store:
        event = cli.resolve_event(store, args.event)
        language = cli.language_arg(args.lang, event.language or "en")
        written: list[Path] = []
        if args.xlsx:
            path = write_event_workbook(
                store, event.id, Path(args.xlsx), language=language,
                pseudonymise=args.pseudonymise, codes=args.codes,
            )  # fmt: skip
            written.append(path)
        if args.pdf:
            from dialogue_desk.exchange.pdf.report import write_report

            written.append(write_report(store, event.id, Path(args.pdf), language=language,
                                        pseudonymise=args.pseudonymise))  # fmt: skip
            from dialogue_desk.exchange.pdf.output import unprintable_warning

            if warning := unprintable_warning(written[-1]):
                print(f"dialogue-desk: warning: {warning}", file=sys.stderr)
    record_export("export", [event.id], written, language=language,
                  base=_export_folder(store.is_practice),
                  pseudonymised=args.pseudonymise)  # fmt: skip
    for path in written:
        print(path)
    return cli.EXIT_OK


def cmd_export_comparison(args: argparse.Namespace) -> int:
    from dialogue_desk.exchange.sync_out import record_export
    from dialogue_desk.exchange.workbook.comparison import write_comparison_workbook

    with cli.open_store(args, read_only=True) as store:
        events = [cli.resolve_event(store, reference) for reference in args.events]
        language = cli.language_arg(args.lang, events[0].language or "en")
        path = write_comparison_workbook(store, [e.id for e in events], Path(args.xlsx),
                                         language=language)  # fmt: skip
    record_export("comparison", [e.id for e in events], [path], language=language,
                  base=_export_folder(store.is_practice))  # fmt: skip
    print(path)
    return cli.EXIT_OK


def cmd_close_event(args: argparse.Namespace) -> int:
    from dialogue_desk.exchange.sync_out import close_and_export, reopen_event

    with cli.open_store(args) as store:
        event = cli.resolve_event(store, args.event)
        if args.reopen:
            reopen_event(store, event.id)
            print(f"{event.id}\treopened")
            return cli.EXIT_OK
        language = cli.language_arg(args.lang, event.language or "en")
        base = Path(args.folder).expanduser() if args.folder else _export_folder(store.is_practice)
        if args.folder and not base.is_dir():
            raise cli.CommandError(f"the folder {base} does not exist")
        result = close_and_export(store, event.id, base=base, language=language)
    print(result.workbook)
    if result.pdf is not None:
        print(result.pdf)
    else:
        print(f"dialogue-desk: warning: {result.pdf_problem}", file=sys.stderr)
    return cli.EXIT_OK


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "export", parents=[common],
        help="write the event's workbook (--xlsx) and/or PDF summary (--pdf); prints the files",
    )  # fmt: skip
    p.add_argument("event", metavar="EVENT", help="event id, UUID or exact title")
    p.add_argument("--xlsx", metavar="FILE", help="the workbook to write")
    p.add_argument("--pdf", metavar="FILE", help="the PDF summary to write")
    p.add_argument(
        "--lang", metavar="CODE",
        help="export language: en, et, lv, sv or ru (default: the event's first)",
    )  # fmt: skip
    p.add_argument(
        "--pseudonymise", "--pseudonymize", action="store_true",
        help="participants as codes P001…, no names, e-mails or phone numbers",
    )  # fmt: skip
    p.add_argument(
        "--codes", action="store_true",
        help="add language-independent columns (stakeholder group, channel, yes/no, choice "
        "names) beside the translated ones, so workbooks in several languages stack",
    )  # fmt: skip
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser(
        "export-comparison", parents=[common],
        help="write a workbook comparing events side by side; prints the file",
    )  # fmt: skip
    p.add_argument("events", metavar="EVENT", nargs="+", help="event ids, UUIDs or titles")
    p.add_argument("--xlsx", metavar="FILE", required=True, help="the workbook to write")
    p.add_argument("--lang", metavar="CODE", help="export language (default: the first event's)")
    p.set_defaults(handler=cmd_export_comparison)

    p = sub.add_parser(
        "close-event", parents=[common],
        help="write workbook and PDF into the export folder and mark the event closed",
    )  # fmt: skip
    p.add_argument("event", metavar="EVENT", help="event id, UUID or exact title")
    p.add_argument(
        "--folder", metavar="DIR", help="export folder (default: the one set in the app)"
    )
    p.add_argument("--lang", metavar="CODE", help="export language (default: the event's first)")
    p.add_argument("--reopen", action="store_true", help="reopen a closed event instead")
    p.set_defaults(handler=cmd_close_event)
