"""The ``dialogue-desk`` command: opens the window, or runs one operation for scripts.

Every command that fails prints one clear line to stderr and exits non-zero; the details of an
unexpected failure go to the log file, never a traceback on the screen.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from dialogue_desk import __version__

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class CommandError(Exception):
    """A command cannot be carried out; the message is printed as it is."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"impossible date \u201c{text}\u201d: use YYYY-MM-DD") from None


def store_path(args: argparse.Namespace) -> Path:
    from dialogue_desk.paths import default_store_path, practice_store_path

    if getattr(args, "db", None):
        return Path(args.db)
    if getattr(args, "practice", False):
        return practice_store_path()
    return default_store_path()


def _open(args: argparse.Namespace, *, read_only: bool = False):  # type: ignore[no-untyped-def]
    from dialogue_desk.store import open_store

    return open_store(store_path(args), read_only=read_only)


def _event(store, reference: str):  # type: ignore[no-untyped-def]
    from dialogue_desk.services.events import find_event

    return find_event(store, reference)


# --- commands -------------------------------------------------------------------------------


def cmd_new_event(args: argparse.Namespace) -> int:
    from dialogue_desk.services.events import EventData, create_event
    from dialogue_desk.store.models import EventKind

    start = parse_date(args.start)
    end = parse_date(args.end) if args.end else start
    data = EventData(
        title=args.title, kind=EventKind(args.kind), city=args.city or "",
        country=args.country or "", venue=args.venue or "", start_date=start, end_date=end,
        languages=args.languages or "en", organiser=args.organiser or "",
    )  # fmt: skip
    with _open(args) as store:
        record = create_event(store, data)
    print(record.id)
    return EXIT_OK


def cmd_events(args: argparse.Namespace) -> int:
    from dialogue_desk.services.events import list_events
    from dialogue_desk.store.errors import StoreMissingError

    try:
        store = _open(args, read_only=True)
    except StoreMissingError:
        return EXIT_OK  # a store not yet created holds no events
    with store:
        for e in list_events(store):
            print("\t".join([str(e.id), e.kind.value, e.title, e.city,
                             e.start_date.isoformat(), e.end_date.isoformat()]))  # fmt: skip
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from dialogue_desk.services.demo import create_demo_event

    if args.participants < 0 or args.responses < 0:
        raise CommandError("--participants and --responses cannot be negative")
    start = parse_date(args.start) if args.start else None
    with _open(args) as store:
        event_id = create_demo_event(
            store, participants=args.participants, responses=args.responses, seed=args.seed,
            start=start,
        )  # fmt: skip
    print(event_id)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from dialogue_desk.services.checks import check_store

    with _open(args, read_only=True) as store:
        report = check_store(store)
    for problem in report.problems:
        print(problem, file=sys.stderr)
    if report.sound:
        print(f"ok: {store.path} ({', '.join(report.facts)})")
        return EXIT_OK
    return EXIT_FAILED


# --- parser ---------------------------------------------------------------------------------

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="store file to use instead of the default one")  # fmt: skip

    parser = _Parser(
        prog="dialogue-desk",
        description="Dialogue Desk: the offline companion for integration dialogue events. "
        "Without a command it opens the main window.",
    )
    parser.add_argument("--version", action="version", version=f"dialogue-desk {__version__}")
    parser.add_argument("--db", metavar="PATH", help="store file to use instead of the default one")
    parser.add_argument("--lang", metavar="CODE", help="interface language: en, et, lv, sv or ru")
    parser.add_argument("--practice", action="store_true",
                        help="open the separate practice store (practice.sqlite)")  # fmt: skip
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("new-event", parents=[common], help="create an event, print its id")
    p.add_argument("--title", required=True)
    p.add_argument("--kind", choices=["dialogue", "training"], default="dialogue")
    p.add_argument("--city")
    p.add_argument("--country", metavar="CC", help="two-letter country code, e.g. EE")
    p.add_argument("--venue")
    p.add_argument("--organiser")
    p.add_argument("--languages", metavar="CODES", help="working languages, e.g. et,ru,en")
    p.add_argument("--start", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--end", metavar="YYYY-MM-DD", help="last day (default: the start day)")
    p.set_defaults(handler=cmd_new_event)

    p = sub.add_parser("events", parents=[common], help="list events: id, kind, title, city, "
                       "start, end (tab separated)")  # fmt: skip
    p.set_defaults(handler=cmd_events)

    p = sub.add_parser("demo", parents=[common], help="create a realistic demo event, print its id")
    p.add_argument("--participants", type=int, default=80, metavar="N")
    p.add_argument("--responses", type=int, default=40, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="N")
    p.add_argument("--start", metavar="YYYY-MM-DD", help="first day (default: yesterday)")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("check", parents=[common], help="check the store's integrity and schema")
    p.set_defaults(handler=cmd_check)

    for register in EXTRA_COMMANDS:
        register(sub, common)
    return parser


#: Registration functions of commands that live in their own modules: (subparsers, common).
EXTRA_COMMANDS: list[Callable[[argparse._SubParsersAction, argparse.ArgumentParser], None]] = []


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        from dialogue_desk.app import run_app
        from dialogue_desk.paths import default_store_path

        real_store = Path(args.db) if args.db else default_store_path()
        return run_app(real_store, language=args.lang, practice=args.practice)
    return run_command(handler, args)


def run_command(handler: Handler, args: argparse.Namespace) -> int:
    from dialogue_desk.logs import setup_logging
    from dialogue_desk.services.errors import ServiceError
    from dialogue_desk.store.errors import StoreError

    setup_logging()
    try:
        return handler(args)
    except (CommandError, ServiceError, StoreError) as error:
        print(f"dialogue-desk: error: {error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("dialogue-desk: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # noqa: BLE001 - last line of defence: no traceback for users
        log.exception("Command %s failed", args.command)
        from dialogue_desk.logs import log_path

        print(
            f"dialogue-desk: error: unexpected failure ({type(error).__name__}: {error}); "
            f"details in {log_path()}",
            file=sys.stderr,
        )
        return EXIT_FAILED
from dialogue_desk import cli_participants; EXTRA_COMMANDS.append(cli_participants.register)  # noqa: E402, E702, I001
from dialogue_desk import cli_export; EXTRA_COMMANDS.append(cli_export.register)  # noqa: E402, E702, I001
from dialogue_desk import cli_evaluation; EXTRA_COMMANDS.append(cli_evaluation.register)  # noqa: E402, E702, I001
from dialogue_desk import cli_pdf; EXTRA_COMMANDS.append(cli_pdf.register)  # noqa: E402, E702, I001
