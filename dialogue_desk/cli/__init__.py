"""The ``dialogue-desk`` command: opens the window, or runs one operation for scripts.

Every command that fails prints one clear line to stderr and exits non-zero; the details of an
unexpected failure go to the log file, never a traceback on the screen. Each feature's commands
live in their own module (``cli/agenda.py``, ``cli/checkin.py``, ...) with a ``register``
function; they share only ``cli/common.py``, so no module imports this one back.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from dialogue_desk import __version__
from dialogue_desk.cli.common import EXIT_FAILED, EXIT_USAGE, CommandError

log = logging.getLogger(__name__)

Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: global options plus every feature's commands."""
    from dialogue_desk.cli import agenda, checkin, evaluation, events, exports, handouts, sync

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
    for feature in (events, agenda, checkin, evaluation, exports, handouts, sync):
        feature.register(sub, common)
    return parser


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
