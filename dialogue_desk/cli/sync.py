"""Several laptops at one event: share, join, sync through a folder, name this laptop.

``share`` writes one event package file; ``join`` adds packages to this store (the same event
on the door laptop, or several events on the coordinator's for ``export-comparison``);
``sync`` writes this laptop's change file into a shared folder and merges the others';
``conflicts`` lists what the merges left for review; ``device`` shows or sets this laptop's name.
While nobody has named the laptop (it is called by its host name), share, join and sync say so
on stderr once per run; they never stop to ask, so a script runs unattended.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dialogue_desk.cli import common as cli


def _name_hint(store) -> None:  # type: ignore[no-untyped-def]
    """A note on stderr while this laptop still has the name it started with."""
    from dialogue_desk.services import sync

    if not sync.device_named(store):
        name = sync.this_device(store).name
        print(f"dialogue-desk: note: the other laptops show this one as \u201c{name}\u201d; "
              'name it with: dialogue-desk device --name "Door 2"', file=sys.stderr)  # fmt: skip


def cmd_share(args: argparse.Namespace) -> int:
    from dialogue_desk.exchange.event_sync import share_event

    with cli.open_store(args) as store:
        event = cli.resolve_event(store, args.event)
        print(share_event(store, event.id, Path(args.to)))
        _name_hint(store)
    return cli.EXIT_OK


def cmd_join(args: argparse.Namespace) -> int:
    from dialogue_desk.exchange.event_sync import join_package

    with cli.open_store(args) as store:
        for path in args.files:
            result = join_package(store, Path(path))
            how = "merged into" if result.merged else "added as"
            print(f"{path}: {how} event {result.event_id} \u201c{result.title}\u201d "
                  f"({result.rows} rows written, {result.conflicts} to review)")  # fmt: skip
        _name_hint(store)
    return cli.EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    from dialogue_desk.exchange.event_sync import sync_event
    from dialogue_desk.services import sync

    with cli.open_store(args) as store:
        event = cli.resolve_event(store, args.event)
        folder = args.folder or sync.last_folder(store, event.id)
        if not folder:
            raise cli.CommandError("say which folder to sync with: --folder DIR")
        result = sync_event(store, event.id, Path(folder))
        _name_hint(store)
    for problem in result.problems:
        print(f"dialogue-desk: warning: {problem}", file=sys.stderr)
    written = result.written or "nothing new to write"
    print(f"wrote: {written}")
    print(f"read {result.files_read} change files, {result.rows} rows written, "
          f"{result.conflicts} new to review")  # fmt: skip
    return cli.EXIT_FAILED if result.problems else cli.EXIT_OK


def cmd_conflicts(args: argparse.Namespace) -> int:
    from dialogue_desk.services import sync

    with cli.open_store(args, read_only=True) as store:
        event = cli.resolve_event(store, args.event)
        lines = sync.list_conflicts(store, event.id)
    for line in lines:
        if line.kind == "duplicate":
            print(f"duplicate\t{line.subject} ({line.kept_device}) / {line.other_subject} "
                  f"({line.other_device})")  # fmt: skip
        else:
            print(f"edit\t{line.table}.{line.field}\t{line.subject}\tkept "
                  f"\u201c{line.kept_value}\u201d ({line.kept_device})\tother "
                  f"\u201c{line.other_value}\u201d ({line.other_device})")  # fmt: skip
    if not lines:
        print("nothing to review")
    return cli.EXIT_OK


def cmd_device(args: argparse.Namespace) -> int:
    from dialogue_desk.services import sync

    with cli.open_store(args, read_only=not args.name) as store:
        device = sync.rename_device(store, args.name) if args.name else sync.this_device(store)
    print(f"{device.name}\t{device.uuid}")
    return cli.EXIT_OK


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "share", parents=[common],
        help="write the event package (everything recorded so far) to a folder or USB stick",
    )  # fmt: skip
    p.add_argument("event", metavar="EVENT", help="event id, UUID or exact title")
    p.add_argument("--to", metavar="FOLDER", required=True, help="where to write the package")
    p.set_defaults(handler=cmd_share)

    p = sub.add_parser(
        "join", parents=[common],
        help="add shared events (.ddevent) to this store with the same identities",
    )  # fmt: skip
    p.add_argument("files", metavar="FILE", nargs="+", help="event package(s) to add")
    p.set_defaults(handler=cmd_join)

    p = sub.add_parser(
        "sync", parents=[common],
        help="write this laptop's changes to a shared folder and merge the other laptops'",
    )  # fmt: skip
    p.add_argument("event", metavar="EVENT", help="event id, UUID or exact title")
    p.add_argument("--folder", metavar="DIR", help="the shared folder (default: the last one)")
    p.set_defaults(handler=cmd_sync)

    p = sub.add_parser(
        "conflicts", parents=[common],
        help="list what merging left for review (edits that lost, probable duplicates)",
    )  # fmt: skip
    p.add_argument("event", metavar="EVENT", help="event id, UUID or exact title")
    p.set_defaults(handler=cmd_conflicts)

    p = sub.add_parser("device", parents=[common], help="show or set this laptop's name")
    p.add_argument("--name", metavar="NAME", help='the new name, e.g. "Door 2"')
    p.set_defaults(handler=cmd_device)
