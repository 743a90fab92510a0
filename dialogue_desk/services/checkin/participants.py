"""Participants of an event: add, edit, delete (with undo) and merge duplicates.

Every change keeps ``Participant.search_key`` up to date, so the door search never folds text
while a queue is waiting: it compares the typed letters against keys prepared beforehand
(``search.py``).

SQLAlchemy and the models load on the first call, not on import: the door is drawn and
searchable from a plain read (``store/door_rows.py``) while the store is still opening, and
its records are the ones defined here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dialogue_desk.i18n import translate
from dialogue_desk.services.errors import NotFoundError, ValidationError
from dialogue_desk.services.text import fold_loose, search_key
from dialogue_desk.store.enums import CheckInMethod, StakeholderGroup

if TYPE_CHECKING:
    from dialogue_desk.store import Store
    from dialogue_desk.store.models import Participant

EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class ParticipantData:
    """What is known about a person; every field but the name may be empty."""

    first_name: str = ""
    last_name: str = ""
    organisation: str = ""
    role: str = ""
    stakeholder_group: StakeholderGroup = StakeholderGroup.OTHER
    email: str = ""
    phone: str = ""
    country: str = ""
    preferred_language: str = ""
    consent_listed: bool = False
    consent_photos: bool = False
    consent_contact: bool = False
    notes: str = ""
    walk_in: bool = False

    def cleaned(self) -> ParticipantData:
        def one_line(text: str) -> str:
            return " ".join(text.split())

        return dataclasses.replace(
            self,
            first_name=one_line(self.first_name),
            last_name=one_line(self.last_name),
            organisation=one_line(self.organisation),
            role=one_line(self.role),
            email=self.email.strip(),
            phone=one_line(self.phone),
            country=self.country.strip().upper(),
            preferred_language=self.preferred_language.strip().lower(),
            notes=self.notes.strip(),
        )

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)


@dataclass(frozen=True)
class ParticipantRecord(ParticipantData):
    id: int = 0
    uuid: str = ""
    event_id: int = 0
    search_key: str = ""


@dataclass(frozen=True)
class CheckInSnapshot:
    day: dt.date
    checked_in_at: dt.datetime
    method: CheckInMethod
    uuid: str


@dataclass(frozen=True)
class ParticipantSnapshot:
    """A participant as it was, with its check-ins: what undo puts back."""

    record: ParticipantRecord
    check_ins: tuple[CheckInSnapshot, ...] = ()


@dataclass(frozen=True)
class MergeResult:
    kept: ParticipantRecord
    #: Everyone involved as they were before the merge (the kept person first), for undo.
    before: tuple[ParticipantSnapshot, ...] = field(default_factory=tuple)


DATA_FIELDS = [f.name for f in dataclasses.fields(ParticipantData)]


def participant_key(first_name: str, last_name: str, organisation: str, email: str = "") -> str:
    """The search key stored for a participant: name, organisation and e-mail, folded."""
    return search_key(first_name, last_name, organisation, email)


def to_record(row: Participant) -> ParticipantRecord:
    values = {name: getattr(row, name) for name in DATA_FIELDS}
    return ParticipantRecord(
        **values, id=row.id, uuid=row.uuid, event_id=row.event_id, search_key=row.search_key
    )


def apply_data(row: Participant, data: ParticipantData) -> None:
    for name in DATA_FIELDS:
        setattr(row, name, getattr(data, name))
    row.search_key = participant_key(data.first_name, data.last_name, data.organisation, data.email)


def validate(data: ParticipantData) -> ParticipantData:
    """Return the cleaned data, or raise ValidationError naming every problem."""
    data = data.cleaned()
    problems: dict[str, str] = {}
    if not data.first_name and not data.last_name:
        problems["last_name"] = translate(
            "Participants", "A participant needs a first or a last name."
        )
    if data.email and not EMAIL_PATTERN.match(data.email):
        problems["email"] = translate(
            "Participants", "\u201c{email}\u201d is not an e-mail address."
        ).format(email=data.email)
    if data.country and (len(data.country) != 2 or not data.country.isalpha()):
        problems["country"] = translate(
            "Participants", "The country is a two-letter code such as EE, LV or SE."
        )
    language = data.preferred_language.replace("-", "")
    if data.preferred_language and (len(data.preferred_language) > 8 or not language.isalpha()):
        problems["preferred_language"] = translate(
            "Participants", "The preferred language is a code such as et, lv, sv, ru or en."
        )
    if problems:
        raise ValidationError(problems)
    return data


def _participant(session, participant_id: int) -> Participant:  # type: ignore[no-untyped-def]
    from dialogue_desk.store.models import Participant

    row = session.get(Participant, participant_id)
    if row is None:
        raise NotFoundError(
            translate("Participants", "This participant no longer exists (id {id}).").format(
                id=participant_id
            )
        )
    return row


def add_participant(store: Store, event_id: int, data: ParticipantData) -> ParticipantRecord:
    from dialogue_desk.services.events import event_row
    from dialogue_desk.store.models import Participant

    data = validate(data)
    with store.session() as session:
        event_row(session, event_id)
        row = Participant(event_id=event_id)
        apply_data(row, data)
        session.add(row)
        session.flush()
        return to_record(row)


def update_participant(
    store: Store, participant_id: int, data: ParticipantData
) -> ParticipantRecord:
    data = validate(data)
    with store.session() as session:
        row = _participant(session, participant_id)
        apply_data(row, data)
        session.flush()
        return to_record(row)


def get_participant(store: Store, participant_id: int) -> ParticipantRecord:
    with store.session() as session:
        return to_record(_participant(session, participant_id))


def _snapshot(row: Participant) -> ParticipantSnapshot:
    check_ins = tuple(
        CheckInSnapshot(day=c.day, checked_in_at=c.checked_in_at, method=c.method, uuid=c.uuid)
        for c in sorted(row.check_ins, key=lambda c: c.day)
    )
    return ParticipantSnapshot(record=to_record(row), check_ins=check_ins)


def snapshot_participants(store: Store, ids: Iterable[int]) -> list[ParticipantSnapshot]:
    with store.session() as session:
        return [_snapshot(_participant(session, pid)) for pid in ids]


def delete_participants(store: Store, ids: Sequence[int]) -> list[ParticipantSnapshot]:
    """Delete participants with their check-ins; returns what ``restore_participants`` needs."""
    with store.session() as session:
        rows = [_participant(session, pid) for pid in ids]
        snapshots = [_snapshot(row) for row in rows]
        for row in rows:
            session.delete(row)
        return snapshots


def restore_participants(store: Store, snapshots: Sequence[ParticipantSnapshot]) -> None:
    """Put participants back exactly as snapshotted (same id, UUID and check-ins).

    An existing participant is overwritten; a deleted one is recreated. This is what undo of
    an edit, a delete or a merge does.
    """
    from dialogue_desk.services.events import event_row
    from dialogue_desk.store.models import CheckIn, Participant

    with store.session() as session:
        for snap in snapshots:
            record = snap.record
            row = session.get(Participant, record.id)
            if row is None:
                event_row(session, record.event_id)
                row = Participant(id=record.id, uuid=record.uuid, event_id=record.event_id)
                session.add(row)
            apply_data(row, record)
            session.flush()
            for check_in in list(row.check_ins):
                session.delete(check_in)
            session.flush()
            for c in snap.check_ins:
                session.add(
                    CheckIn(
                        event_id=record.event_id, participant_id=record.id, day=c.day,
                        checked_in_at=c.checked_in_at, method=c.method, uuid=c.uuid,
                    )
                )  # fmt: skip
            session.flush()


def merged_data(keep: ParticipantData, other: ParticipantData) -> ParticipantData:
    """``keep`` with its empty fields filled from ``other``, consents and notes combined."""
    values: dict[str, object] = {}
    for name in DATA_FIELDS:
        mine, theirs = getattr(keep, name), getattr(other, name)
        if name in ("consent_listed", "consent_photos", "consent_contact"):
            values[name] = mine or theirs
        elif name == "walk_in":
            values[name] = mine and theirs
        elif name == "stakeholder_group":
            values[name] = theirs if mine is StakeholderGroup.OTHER else mine
        elif name == "notes":
            values[name] = (
                mine if not theirs or theirs in mine else "\n".join(p for p in (mine, theirs) if p)
            )
        else:
            values[name] = mine or theirs
    return ParticipantData(**values)  # type: ignore[arg-type]


def merge_participants(store: Store, keep_id: int, other_ids: Sequence[int]) -> MergeResult:
    """Fold duplicates into one participant: details combined, attendance kept, others removed."""
    from dialogue_desk.store.models import CheckIn

    other_ids = [pid for pid in other_ids if pid != keep_id]
    if not other_ids:
        raise ValidationError(
            {"merge": translate("Participants", "Choose at least two participants to merge.")}
        )
    with store.session() as session:
        keep = _participant(session, keep_id)
        others = [_participant(session, pid) for pid in other_ids]
        if any(o.event_id != keep.event_id for o in others):
            raise ValidationError(
                {
                    "merge": translate(
                        "Participants", "Only participants of one event can be merged."
                    )
                }
            )
        before = tuple(_snapshot(row) for row in [keep, *others])
        data: ParticipantData = to_record(keep)
        days = {c.day: c for c in keep.check_ins}
        for other in others:
            data = merged_data(data, to_record(other))
            for c in list(other.check_ins):
                mine = days.get(c.day)
                if mine is None or c.checked_in_at < mine.checked_in_at:
                    if mine is not None:
                        mine.checked_in_at, mine.method = c.checked_in_at, c.method
                    else:
                        days[c.day] = CheckIn(
                            event_id=keep.event_id, participant_id=keep.id, day=c.day,
                            checked_in_at=c.checked_in_at, method=c.method,
                        )  # fmt: skip
            session.delete(other)
        session.flush()
        for check_in in days.values():
            if check_in.id is None:
                session.add(check_in)
        apply_data(keep, data.cleaned())
        session.flush()
        return MergeResult(kept=to_record(keep), before=before)


def completeness(record: ParticipantData) -> int:
    """How many details are filled in: the fullest of several duplicates is the one to keep."""
    return sum(1 for name in DATA_FIELDS if getattr(record, name) not in ("", False, None))


# --- duplicates -----------------------------------------------------------------------------


def identity_keys(data: ParticipantData) -> list[tuple[str, ...]]:
    """What makes two entries the same person: the same e-mail, or name and organisation."""
    keys: list[tuple[str, ...]] = []
    if data.email:
        keys.append(("email", data.email.strip().casefold()))
    name = fold_loose(f"{data.first_name} {data.last_name}").split()
    if name:
        keys.append(("name", " ".join(sorted(name)), fold_loose(data.organisation).strip()))
    return keys


def find_duplicates(store: Store, event_id: int) -> list[list[ParticipantRecord]]:
    """Groups of participants who look like the same person (e-mail, or name + organisation)."""
    from dialogue_desk.services.checkin.roster import list_participants

    records = list_participants(store, event_id)
    parent = list(range(len(records)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_with: dict[tuple[str, ...], int] = {}
    for index, record in enumerate(records):
        for key in identity_keys(record):
            if key in first_with:
                parent[root(index)] = root(first_with[key])
            else:
                first_with[key] = index
    groups: dict[int, list[ParticipantRecord]] = {}
    for index, record in enumerate(records):
        groups.setdefault(root(index), []).append(record)
    return [group for group in groups.values() if len(group) > 1]
