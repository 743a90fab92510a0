"""Event and store commands: ``new-event``, ``events``, ``demo``, ``check``, ``backups``."""

from __future__ import annotations

import argparse
import sys

from dialogue_desk.cli.common import EXIT_FAILED, EXIT_OK, CommandError, open_store, parse_date


def cmd_new_event(args: argparse.Namespace) -> int:
    from dialogue_desk.services.events import EventData, create_event
    from dialogue_desk.store.enums import EventKind

    start = parse_date(args.start)
    end = parse_date(args.end) if args.end else start
    data = EventData(
        title=args.title, kind=EventKind(args.kind), city=args.city or "",
        country=args.country or "", venue=args.venue or "", start_date=start, end_date=end,
        languages=args.languages or "en", organiser=args.organiser or "",
    )  # fmt: skip
    with open_store(args) as store:
        record = create_event(store, data)
    print(record.id)
    return EXIT_OK


def cmd_events(args: argparse.Namespace) -> int:
    from dialogue_desk.services.events import list_events
    from dialogue_desk.store.errors import StoreMissingError

    try:
        store = open_store(args, read_only=True)
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
    from dialogue_desk.cli.common import language_arg

    start = parse_date(args.start) if args.start else None
    language = language_arg(args.lang, None)
    with open_store(args) as store:
        event_id = create_demo_event(
            store, participants=args.participants, responses=args.responses, seed=args.seed,
            start=start, language=language,
        )  # fmt: skip
    print(event_id)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from dialogue_desk.services.checks import check_store

    with open_store(args, read_only=True) as store:
        report = check_store(store)
    for problem in report.problems:
        print(problem, file=sys.stderr)
    if report.sound:
        print(f"ok: {store.path} ({', '.join(report.facts)})")
        return EXIT_OK
    return EXIT_FAILED


def cmd_backups(args: argparse.Namespace) -> int:
    from dialogue_desk.cli.common import backup_retention_days, store_path
    from dialogue_desk.settings import Settings
    from dialogue_desk.store.backup import list_backups, prune_backups
    from dialogue_desk.store.preflight import store_real_path

    if args.keep_days is not None:
        if args.keep_days < 0:
            raise CommandError("--keep-days cannot be negative")
        Settings().set_backup_retention_days(args.keep_days)
    path = store_real_path(store_path(args))
    days = backup_retention_days()
    if args.prune:
        for removed in prune_backups(path, days):
            print(f"removed\t{removed}")
    for record in list_backups(path):
        print(f"{record.taken:%Y-%m-%d %H:%M:%S}\t{record.size}\t{record.path}")
    kept = f"{days} days" if days else "forever"
    print(f"backups are kept {kept} (change with --keep-days N; 0 keeps them all)",
          file=sys.stderr)  # fmt: skip
    return EXIT_OK


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
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
    p.add_argument(
        "--lang", metavar="CODE", default=None,
        help="write the demo's texts in en, et, lv, sv or ru (default: English)",
    )  # fmt: skip
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("check", parents=[common], help="check the store's integrity and schema")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("backups", parents=[common], help="list the store's backups (taken, "
                       "bytes, file) and how long they are kept")  # fmt: skip
    p.add_argument(
        "--keep-days", type=int, metavar="N",
        help="keep backups N days from now on (default 90; 0 keeps them all)",
    )  # fmt: skip
    p.add_argument(
        "--prune", action="store_true",
        help="remove the backups older than that now (writers do it on opening)",
    )  # fmt: skip
    p.set_defaults(handler=cmd_backups)
