"""The one order of participants: by last name, then first name, as a language sorts names.

The door list, the sign-in sheet, the badges, the report's list of participants and the
workbook's Participants sheet all use it, so a facilitator finds a person in the same place on
the screen and on paper: "Ābele" with the A's, and a letter that is one of its own in the
language where that language's readers look for it (Latvian Š after S, Swedish Å after Z,
Estonian Õ after W): ICU's collation through ``i18n.collation_key``, whose keys are cached, so
5,000 people sort in a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar

from dialogue_desk.i18n import CollationKey, collation_key, ui_language


class Named(Protocol):
    """Anything with a participant's names: a record, a snapshot entry, imported data."""

    @property
    def first_name(self) -> str: ...

    @property
    def last_name(self) -> str: ...

    @property
    def organisation(self) -> str: ...


NamedT = TypeVar("NamedT", bound=Named)


def sort_key(
    person: Named, language: str | None = None
) -> tuple[CollationKey, CollationKey, CollationKey]:
    """Where ``person`` goes: last name, first name, organisation, in ``language``'s order.

    ``language`` defaults to the interface language (the door list's order).
    """
    key = collation_key(language or ui_language())
    return key(person.last_name), key(person.first_name), key(person.organisation)


def in_name_order(people: Iterable[NamedT], language: str | None = None) -> list[NamedT]:
    """``people`` in the one participant order; namesakes stay in registration order."""
    key = collation_key(language or ui_language())
    return sorted(
        people,
        key=lambda p: (
            key(p.last_name),
            key(p.first_name),
            key(p.organisation),
            getattr(p, "id", 0),
        ),
    )
