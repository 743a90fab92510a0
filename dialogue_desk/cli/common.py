"""What every command shares: exit codes, the one error type, the store and event to act on."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dialogue_desk.services.events import EventRecord
    from dialogue_desk.store import Store

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class CommandError(Exception):
    """A command cannot be carried out; the message is printed as it is."""


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"impossible date \u201c{text}\u201d: use YYYY-MM-DD") from None


def store_path(args: argparse.Namespace) -> Path:
    """The store a command works on: ``--db``, the practice store, or the default one."""
    from dialogue_desk.paths import default_store_path, practice_store_path

    if getattr(args, "db", None):
        return Path(args.db)
    if getattr(args, "practice", False):
        return practice_store_path()
    return default_store_path()


def open_store(args: argparse.Namespace, *, read_only: bool = False) -> Store:
    """The command's store; a writer also removes backups older than the chosen retention."""
    from dialogue_desk.store import open_store as open_store_file

    path = store_path(args)
    if read_only:
        return open_store_file(path, read_only=True)
    if getattr(args, "event", None) and not _has_store(path):
        # A command about an existing event must not leave a new, empty store behind.
        from dialogue_desk.store.errors import StoreMissingError

        raise StoreMissingError(path)
    return open_store_file(path, backup_retention_days=backup_retention_days())


def _has_store(path: Path) -> bool:
    try:
        return path.expanduser().stat().st_size > 0
    except OSError:
        return False


def backup_retention_days() -> int:
    """The retention set in the app's settings (``backups/retention_days``), default 90."""
    from dialogue_desk.settings import Settings

    return Settings().backup_retention_days


def resolve_event(store: Store, reference: str) -> EventRecord:
    """The event a command names by id or by (part of) its title."""
    from dialogue_desk.services.events import find_event

    return find_event(store, reference)


def language_arg(value: str | None, default: str | None = "en") -> str | None:
    """The language code of ``--lang`` (or ``default``); unknown codes are refused."""
    from dialogue_desk.i18n import LANGUAGES

    if not value:
        return default
    code = value.strip().lower()
    if code not in LANGUAGES:
        raise CommandError(
            f"unknown language \u201c{value}\u201d: use one of {', '.join(LANGUAGES)}"
        )
    return code
