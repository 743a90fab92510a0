"""Import a registration list into an event's participants: plan it, then carry it out.

``exchange.registrations`` reads the file into a :data:`RegistrationPreview` whose rows are new
or invalid. :func:`plan_import` decides against the store what each row would do (new, merged
into an earlier row or an existing participant, or skipped) without changing anything;
:func:`apply_import` carries the plan out in one transaction. A plan with invalid rows is
refused as a whole unless ``skip_invalid`` is given, so nothing is ever half-imported.
"""

from __future__ import annotations

import dataclasses
import functools
import os
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from operator import attrgetter
from typing import TypeVar

from sqlalchemy import select

from dialogue_desk.i18n import translate
from dialogue_desk.services.checkin.participants import (
    DATA_FIELDS,
    ParticipantData,
    apply_data,
    identity_keys,
    merged_data,
    participant_key,
    to_record,
)
from dialogue_desk.services.errors import ServiceError
from dialogue_desk.services.events import event_row
from dialogue_desk.services.import_preview import (
    ImportPreview,
    PreviewRow,
    RowAction,
    paused_gc,
)
from dialogue_desk.store import Store
from dialogue_desk.store.base import utcnow
from dialogue_desk.store.models import Participant

#: identity_keys of the rows being imported, computed once for planning and applying.
#: Cleared after every apply, so no list stays in memory.
_keys = functools.lru_cache(maxsize=1 << 17)(identity_keys)


_T = TypeVar("_T")

#: Longest list of row numbers a message spells out before saying "and N more".
MAX_ROWS_LISTED = 12

#: A registration list read (and perhaps planned): one row per line of the file.
RegistrationPreview = ImportPreview[ParticipantData]
RegistrationRow = PreviewRow[ParticipantData]


class ImportRefusedError(ServiceError):
    """The file was not imported at all; ``str()`` names the file and the rows at fault."""


class DuplicatePolicy(StrEnum):
    MERGE = "merge"
    SKIP = "skip"


@dataclass(frozen=True)
class ImportResult:
    imported: int
    merged: int
    skipped: int
    invalid_skipped: int = 0
    unknown_columns: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    #: Rows that repeat a person of an earlier row of the file (Zoom joins, re-registrations),
    #: merged into that row or skipped; counted in ``merged`` / ``skipped`` too.
    repeated: int = 0


def row_list(rows: list[int]) -> str:
    """ "3, 7, 12" or "3, 7, 12, … and 40 more"."""
    shown = ", ".join(str(n) for n in rows[:MAX_ROWS_LISTED])
    if len(rows) > MAX_ROWS_LISTED:
        shown += " " + translate("ParticipantsImport", "and {n} more").format(
            n=len(rows) - MAX_ROWS_LISTED
        )
    return shown


def plan_import(
    store: Store,
    event_id: int,
    parsed: RegistrationPreview,
    *,
    duplicates: DuplicatePolicy = DuplicatePolicy.MERGE,
) -> RegistrationPreview:
    """What each row of ``parsed`` would do in the event; neither it nor the store is changed."""
    with paused_gc():
        return _plan(store, event_id, parsed, duplicates)


@dataclass
class _Stored:
    """A participant already in the event, as the plan sees it (merges so far included).

    Shared by all of the participant's identity keys, so a merge updates it under every key
    at once (looking its keys up again made re-importing a list quadratic).
    """

    id: int
    data: ParticipantData


def _plan(
    store: Store, event_id: int, parsed: RegistrationPreview, duplicates: DuplicatePolicy
) -> RegistrationPreview:
    plan = dataclasses.replace(parsed, rows=[], warnings=list(parsed.warnings))
    existing = _existing(store, event_id)
    seen: dict[tuple[str, ...], RegistrationRow] = {}
    append = plan.rows.append
    for read in parsed.rows:
        data = read.data
        if read.action is RowAction.INVALID or data is None:
            append(dataclasses.replace(read, problems=list(read.problems)))
            continue
        keys = _keys(data)
        planned = _match(read.row, data, keys, seen, existing, duplicates)
        if read.warnings:
            # What reading the row noticed (a formula with no value) stays with it.
            planned.warnings = list(read.warnings)
        append(planned)
        if planned.action is RowAction.NEW:
            for key in keys:
                seen.setdefault(key, planned)
    return plan


def _existing(store: Store, event_id: int) -> dict[tuple[str, ...], _Stored]:
    with store.session() as session:
        event_row(session, event_id)
        rows = session.scalars(select(Participant).where(Participant.event_id == event_id))
        found: dict[tuple[str, ...], _Stored] = {}
        for row in rows:
            stored = _Stored(row.id, to_record(row))
            for key in identity_keys(stored.data):
                found.setdefault(key, stored)
        return found


def _match(
    number: int,
    data: ParticipantData,
    keys: list[tuple[str, ...]],
    seen: dict[tuple[str, ...], RegistrationRow],
    existing: dict[tuple[str, ...], _Stored],
    duplicates: DuplicatePolicy,
) -> RegistrationRow:
    earlier = _first(seen, keys)
    if earlier is not None and earlier.data is not None:
        same = translate("ParticipantsImport", "Same person as row {row}").format(row=earlier.row)
        if duplicates is DuplicatePolicy.MERGE:
            combined = merged_data(earlier.data, data)
            if combined != earlier.data:
                earlier.data = combined
                return PreviewRow(
                    number, data, RowAction.MERGE, reason=same, earlier_row=earlier.row
                )
        return PreviewRow(number, data, RowAction.SKIP, reason=same, earlier_row=earlier.row)
    stored = _first(existing, keys)
    if stored is not None:
        current = stored.data
        reason = translate("ParticipantsImport", "Already registered as {name}").format(
            name=" ".join(p for p in (current.first_name, current.last_name) if p)
        )
        if duplicates is DuplicatePolicy.MERGE:
            combined = merged_data(current, data)
            if combined != _plain(current):
                stored.data = combined
                return PreviewRow(
                    number, data, RowAction.MERGE, reason=reason, existing_id=stored.id
                )
        return PreviewRow(number, data, RowAction.SKIP, reason=reason, existing_id=stored.id)
    return PreviewRow(number, data, RowAction.NEW)


def _first(found: dict[tuple[str, ...], _T], keys: list[tuple[str, ...]]) -> _T | None:
    """What ``found`` holds under the first of ``keys`` it has, or None."""
    for key in keys:
        if key in found:
            return found[key]
    return None


def _plain(data: ParticipantData) -> ParticipantData:
    return ParticipantData(
        **{f.name: getattr(data, f.name) for f in dataclasses.fields(ParticipantData)}
    )


def refusal_message(plan: RegistrationPreview) -> str:
    """Why a plan with invalid rows is refused: the file, how many rows, why, which."""
    invalid = plan.invalid_rows
    reasons = "; ".join(sorted({"; ".join(r.problems) for r in invalid}))
    count = translate("ParticipantsImport", "%n row(s) cannot be imported", "", len(invalid))
    return translate(
        "ParticipantsImport",
        "{file}: {count} ({reasons}) — row numbers {rows}. Nothing was imported.",
    ).format(
        file=plan.path.name, count=count, reasons=reasons, rows=row_list([r.row for r in invalid])
    )


def _changed(plan: RegistrationPreview) -> ImportRefusedError:
    return ImportRefusedError(
        translate(
            "ParticipantsImport",
            "{file}: the participant list changed while importing; "
            "nothing was imported. Try again.",
        ).format(file=plan.path.name)
    )


def apply_import(
    store: Store, event_id: int, plan: RegistrationPreview, *, skip_invalid: bool = False
) -> ImportResult:
    """Carry out a plan of :func:`plan_import` in one transaction: everything or nothing."""
    invalid = plan.invalid_rows
    if invalid and not skip_invalid:
        raise ImportRefusedError(refusal_message(plan))
    try:
        with paused_gc():
            return _apply(store, event_id, plan, invalid)
    finally:
        _keys.cache_clear()


def _apply(
    store: Store, event_id: int, plan: RegistrationPreview, invalid: list[RegistrationRow]
) -> ImportResult:
    imported = merged = skipped = 0
    with store.session() as session:
        event_row(session, event_id)
        current = session.scalars(select(Participant).where(Participant.event_id == event_id))
        taken = {key for row in current for key in identity_keys(to_record(row))}
        if taken and any(
            taken.intersection(_keys(r.data))
            for r in plan.rows
            if r.action is RowAction.NEW and r.data is not None
        ):
            # A stale plan (applied already, or someone registered meanwhile) would double people.
            raise _changed(plan)
        targets: dict[int, Participant] = {}
        new_rows: list[ParticipantData] = []
        for planned in plan.rows:
            if planned.data is None:
                continue
            if planned.action is RowAction.NEW:
                new_rows.append(planned.data)
                imported += 1
            elif planned.action is RowAction.MERGE and planned.existing_id is not None:
                target = targets.get(planned.existing_id) or session.get(
                    Participant, planned.existing_id
                )
                if target is None or target.event_id != event_id:
                    raise _changed(plan)
                targets[planned.existing_id] = target
                apply_data(target, merged_data(to_record(target), planned.data).cleaned())
                merged += 1
            elif planned.action is RowAction.MERGE:
                merged += 1  # folded into an earlier row of the file before it was added
            elif planned.action is RowAction.SKIP:
                skipped += 1
        if new_rows:
            _bulk_insert(session, event_id, new_rows)
        session.flush()
    return ImportResult(
        imported=imported,
        merged=merged,
        skipped=skipped + len(invalid),
        invalid_skipped=len(invalid),
        unknown_columns=tuple(plan.unknown_columns),
        warnings=tuple(plan.warnings),
        repeated=sum(1 for r in plan.rows if r.earlier_row is not None),
    )


#: The columns a bulk insert writes; the sync stamp (clock, origin, recorded_on) is added by
#: :func:`_stamp_columns` when the import stamps the rows itself.
_INSERT_COLUMNS = ("event_id", *DATA_FIELDS, "search_key", "uuid", "created_at", "updated_at")

#: The sync triggers' tick for ``count`` rows at once: each row's tick is
#: ``max(previous + 1, now)``, so ``count`` ticks in one go end at ``max(clock + count,
#: now + count - 1)`` (``now`` as the trigger computes it, in the clock's units).
_RESERVE_CLOCKS = (
    "UPDATE sync_state SET applying = 1, clock = max(clock + ?, "
    "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 65536 + ? - 1) "
    "WHERE id = 1 AND applying = 0 RETURNING clock, device_uuid"
)


def _bulk_insert(  # type: ignore[no-untyped-def]
    session, event_id: int, rows: list[ParticipantData]
) -> None:
    """Insert every new participant with one executemany, stamped for sync as a set.

    An INSERT per ORM object, or SQLAlchemy's own bulk path (per-row defaults and parameter
    processing), made a 20,000-row list take seconds; here each column's bind processor is
    looked up once and the rows go to SQLite in one call. The store's insert trigger would
    tick the clock and then UPDATE each row it has just written (half the insert's time); the
    import instead reserves the same run of clock values in one statement, writes them with
    the rows and switches the triggers back on, all in the same transaction.
    """
    table = Participant.__table__
    dialect = session.get_bind().dialect
    # The dialect's own types, as the ORM binds them (the generic DateTime has no processor).
    processors = [
        table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in _INSERT_COLUMNS
    ]
    count = len(rows)
    now = utcnow()
    constant = {"event_id": event_id, "created_at": now, "updated_at": now}
    computed: dict[str, Sequence[object]] = dict(
        zip(DATA_FIELDS, zip(*map(attrgetter(*DATA_FIELDS), rows), strict=True), strict=True)
    )
    computed["search_key"] = [_search_key(data) for data in rows]
    computed["uuid"] = _new_uuids(count)
    # Column by column: a processor (enum, boolean, time) runs only where one is needed, and
    # once per distinct value.
    values: list[Sequence[object]] = []
    for name, process in zip(_INSERT_COLUMNS, processors, strict=True):
        if name in constant:
            value = constant[name]
            values.append([value if process is None else process(value)] * count)
        else:
            column = computed[name]
            if process is not None:  # enums and booleans: a few distinct values
                distinct = {value: process(value) for value in set(column)}
                column = [distinct[value] for value in column]
            values.append(column)
    columns = list(_INSERT_COLUMNS)
    connection = session.connection()
    # The ORM's pending changes (merged rows) flush now, while the triggers still stamp them.
    session.flush()
    reserved = connection.exec_driver_sql(_RESERVE_CLOCKS, (len(rows), len(rows))).first()
    # None while the triggers are off already (a sync merge): the rows stay unstamped, as then.
    if reserved is not None:
        last, device = int(reserved[0]), str(reserved[1])
        first = last - len(rows) + 1
        values.extend(_stamp_columns(first, device, len(rows)))
        columns.extend(("clock", "origin", "recorded_on"))
    params = list(zip(*values, strict=True))
    marks = ", ".join("?" for _ in columns)
    # Straight to the DBAPI cursor, in the session's transaction: SQLAlchemy's executemany
    # path inspects every parameter row again.
    cursor = connection.connection.dbapi_connection.cursor()
    try:
        cursor.executemany(
            f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({marks})", params
        )
    finally:
        cursor.close()
    if reserved is not None:
        connection.exec_driver_sql("UPDATE sync_state SET applying = 0 WHERE id = 1")


def _new_uuids(count: int) -> list[str]:
    """``count`` random (version 4) UUIDs as text, as ``str(uuid.uuid4())`` makes them.

    One ``os.urandom`` call and one hex conversion for all of them: a third of the time of
    20,000 ``uuid4()`` calls.
    """
    raw = bytearray(os.urandom(16 * count))
    raw[6::16] = bytes((b & 0x0F) | 0x40 for b in raw[6::16])  # version 4
    raw[8::16] = bytes((b & 0x3F) | 0x80 for b in raw[8::16])  # RFC 4122 variant
    text = raw.hex()
    return [
        f"{text[i : i + 8]}-{text[i + 8 : i + 12]}-{text[i + 12 : i + 16]}-"
        f"{text[i + 16 : i + 20]}-{text[i + 20 : i + 32]}"
        for i in range(0, len(text), 32)
    ]


def _stamp_columns(first: int, device: str, count: int) -> list[list[object]]:
    """clock, origin and recorded_on of ``count`` rows as the insert trigger writes them."""
    return [list(range(first, first + count)), [device] * count, [device] * count]


def _search_key(data: ParticipantData) -> str:
    """``participant_key`` of the data (the door search's stored key)."""
    return participant_key(data.first_name, data.last_name, data.organisation, data.email)
