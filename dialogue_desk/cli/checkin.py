"""Command-line import of registration lists: ``dialogue-desk import-participants``."""

from __future__ import annotations

import argparse
from pathlib import Path

from dialogue_desk.cli import common as cli
from dialogue_desk.cli.import_report import add_mapping_options

#: Field names as the dry run prints them.
FIELD_LABELS = {
    "first_name": "first name", "last_name": "last name",
    "full_name": "full name (first last)", "full_name_last_first": "full name (last first)",
    "organisation": "organisation", "role": "role", "stakeholder_group": "stakeholder group",
    "email": "e-mail", "phone": "phone", "country": "country",
    "preferred_language": "preferred language", "consent_listed": "consent: may be listed",
    "consent_photos": "consent: photos", "consent_contact": "consent: contact afterwards",
    "notes": "notes",
}  # fmt: skip


def cmd_import_participants(args: argparse.Namespace) -> int:
    from dialogue_desk.cli.import_report import print_columns, print_notes, print_rows
    from dialogue_desk.exchange.headers import parse_map_options
    from dialogue_desk.exchange.registration_headers import FIELD_SYNONYMS
    from dialogue_desk.exchange.registrations import plan_file, read_registrations
    from dialogue_desk.services.checkin import DuplicatePolicy, apply_import

    path = Path(args.file)
    if not path.is_file():
        raise cli.CommandError(f"{path}: there is no such file")
    table = read_registrations(path)
    overrides = parse_map_options(args.map or [], table.headers, FIELD_SYNONYMS)
    with cli.open_store(args, read_only=args.dry_run) as store:
        event = cli.resolve_event(store, args.event)
        plan = plan_file(
            store, event.id, path, table=table, overrides=overrides,
            duplicates=DuplicatePolicy(args.duplicates),
        )  # fmt: skip
        if args.dry_run:
            print(f"{path.name}: {len(plan.rows)} rows for \u201c{event.title}\u201d")
            print_columns(plan, FIELD_LABELS)  # type: ignore[arg-type]
            for note in [*plan.problems, *plan.warnings]:
                print(f"Note: {note}")
            print_rows(plan)  # type: ignore[arg-type]
            print("Dry run: nothing was written.")
            return cli.EXIT_OK if not plan.problems else cli.EXIT_FAILED
        result = apply_import(store, event.id, plan, skip_invalid=args.skip_invalid)
    if result.unknown_columns:
        names = ", ".join(f"\u201c{c}\u201d" for c in result.unknown_columns[:40])
        more = len(result.unknown_columns) - 40
        print_notes([f"{len(result.unknown_columns)} column(s) not recognised and not imported: "
                     f"{names}" + (f" and {more} more" if more > 0 else "")])  # fmt: skip
    print_notes(list(result.warnings))
    line = f"imported {result.imported}, merged {result.merged}, skipped {result.skipped}"
    if result.invalid_skipped:
        line += f" (of which {result.invalid_skipped} invalid)"
    if result.repeated:
        line += f"; {result.repeated} rows repeated an earlier row of the file"
    print(line)
    return cli.EXIT_OK


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "import-participants", parents=[common],
        help="import a registration list (.xlsx or .csv) into an event",
        description="Import a registration list into EVENT (id, UUID or exact title). Columns "
        "are recognised by their headers in 11 languages and as Eventbrite, Zoom, Google and "
        "Microsoft Forms, pretix, Indico and CiviCRM export them. A file with rows that lack a "
        "name is refused as a whole unless --skip-invalid is given. Duplicates (same e-mail, "
        "or same name and organisation; Zoom's one row per join) are merged or skipped, never "
        "doubled.",
    )  # fmt: skip
    p.add_argument("event", metavar="EVENT")
    p.add_argument("file", metavar="FILE")
    add_mapping_options(
        p, "Company Name=organisation", FIELD_LABELS,
        "print how the file is understood and what each row would do; write nothing",
    )  # fmt: skip
    p.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the valid rows and skip the rows that cannot be imported",
    )
    p.add_argument(
        "--duplicates",
        choices=["merge", "skip"],
        default="merge",
        help="add new details of a duplicate to the existing entry (merge, the "
        "default) or leave the existing entry as it is (skip)",
    )
    p.set_defaults(handler=cmd_import_participants)
