"""The event's list as the door and the owner fields read it: many people, few objects.

``list_participants`` is the door list (every record, in the one participant order);
``participant_names`` only the names and organisations an owner field suggests; ``records_of``
makes records from raw rows (``COLUMNS``) three times faster than the dataclass's ``__init__``,
for the plain read at start-up and the door kept at closing as well (``door.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from dialogue_desk.services.checkin.order import in_name_order
from dialogue_desk.services.checkin.participants import DATA_FIELDS, ParticipantRecord
from dialogue_desk.store.enums import StakeholderGroup

if TYPE_CHECKING:
    from dialogue_desk.store import Store

#: The columns of a participant record as read from the store (in this order): the door's
#: plain read, the door kept at closing and ``list_participants``.
COLUMNS = (*DATA_FIELDS, "id", "uuid", "event_id", "search_key")
_BOOLEANS = frozenset({"consent_listed", "consent_photos", "consent_contact", "walk_in"})
_GROUP = COLUMNS.index("stakeholder_group")
#: The groups by their stored value: a lookup where ``StakeholderGroup(value)`` costs a call.
GROUPS = {group.value: group for group in StakeholderGroup}


def group_of(value: object) -> StakeholderGroup:
    """The stakeholder group stored as ``value`` (a lookup; an unknown value raises)."""
    return GROUPS[value] if value in GROUPS else StakeholderGroup(value)  # type: ignore[index]


def records_of(rows: Iterable[Sequence[object]]) -> list[ParticipantRecord]:
    """The records of raw participant rows (``COLUMNS``, as SQLite returns them).

    Made without the dataclass's ``__init__`` (which sets each of 18 frozen fields through
    ``object.__setattr__``): three times faster, the same records (a test compares them).
    """
    new, put = object.__new__, object.__setattr__
    record_class, columns, booleans = ParticipantRecord, COLUMNS, _BOOLEANS
    records = []
    for row in rows:
        values = dict(zip(columns, row, strict=True))
        for name in booleans:
            values[name] = bool(values[name])
        group = row[_GROUP]
        values["stakeholder_group"] = group_of(group)
        record = new(record_class)
        put(record, "__dict__", values)
        records.append(record)
    return records


def list_participants(store: Store, event_id: int) -> list[ParticipantRecord]:
    """Everyone registered for the event, in the one participant order (``order.py``) of the
    interface language: the door list."""
    from sqlalchemy import select

    from dialogue_desk.store.models import Participant

    # Plain columns rather than ORM objects: several times faster for thousands of people.
    columns = [getattr(Participant, name) for name in COLUMNS]
    with store.session() as session:
        rows = session.execute(select(*columns).where(Participant.event_id == event_id)).all()
    return in_name_order(records_of(rows))


def participant_names(store: Store, event_id: int) -> list[tuple[str, str]]:
    """(name, organisation) of everyone registered for the event, in the one participant
    order: what an owner field suggests, without making 20,000 records."""
    from sqlalchemy import select

    from dialogue_desk.store.models import Participant

    with store.session() as session:
        rows = session.execute(
            select(Participant.first_name, Participant.last_name, Participant.organisation,
                   Participant.id).where(Participant.event_id == event_id)
        ).all()  # fmt: skip
    return [
        (" ".join(f"{r.first_name} {r.last_name}".split()), r.organisation)
        for r in in_name_order(rows)
    ]
