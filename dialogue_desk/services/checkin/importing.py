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
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select

from dialogue_desk.i18n import translate
from dialogue_desk.services.checkin.participants import (
    DATA_FIELDS,
    ParticipantData,
    apply_data,
    identity_keys,
    merged_data,
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
from dialogue_desk.services.text import fold, fold_loose
from dialogue_desk.store import Store
from dialogue_desk.store.base import new_uuid, utcnow
from dialogue_desk.store.models import Participant

#: identity_keys of the rows being imported, computed once for planning and applying.
#: Cleared after every apply, so no list stays in memory.
_keys = functools.lru_cache(maxsize=1 << 17)(identity_keys)

#: fold_loose of the parts of search keys (organisations repeat down a list); cleared likewise.
_loose = functools.lru_cache(maxsize=1 << 16)(fold_loose)

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


def _plan(
    store: Store, event_id: int, parsed: RegistrationPreview, duplicates: DuplicatePolicy
) -> RegistrationPreview:
    plan = dataclasses.replace(parsed, rows=[], warnings=list(parsed.warnings))
    existing = _existing(store, event_id)
    seen: dict[tuple[str, ...], RegistrationRow] = {}
    for read in parsed.rows:
        if read.action is RowAction.INVALID or read.data is None:
            plan.rows.append(dataclasses.replace(read, problems=list(read.problems)))
            continue
        planned = _match(read.row, read.data, seen, existing, duplicates)
        plan.rows.append(planned)
        if planned.action is RowAction.NEW:
            for key in _keys(read.data):
                seen.setdefault(key, planned)
    return plan


def _existing(store: Store, event_id: int) -> dict[tuple[str, ...], tuple[int, ParticipantData]]:
    with store.session() as session:
        event_row(session, event_id)
        rows = session.scalars(select(Participant).where(Participant.event_id == event_id))
        found: dict[tuple[str, ...], tuple[int, ParticipantData]] = {}
        for row in rows:
            record = to_record(row)
            for key in identity_keys(record):
                found.setdefault(key, (row.id, record))
        return found


def _match(
    number: int,
    data: ParticipantData,
    seen: dict[tuple[str, ...], RegistrationRow],
    existing: dict[tuple[str, ...], tuple[int, ParticipantData]],
    duplicates: DuplicatePolicy,
) -> RegistrationRow:
    keys = _keys(data)
    earlier = next((seen[k] for k in keys if k in seen), None)
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
    match = next((existing[k] for k in keys if k in existing), None)
    if match is not None:
        pid, current = match
        reason = translate("ParticipantsImport", "Already registered as {name}").format(
            name=" ".join(p for p in (current.first_name, current.last_name) if p)
        )
        if duplicates is DuplicatePolicy.MERGE:
            combined = merged_data(current, data)
            if combined != _plain(current):
                existing_keys = [k for k, v in existing.items() if v[0] == pid]
                for k in existing_keys:
                    existing[k] = (pid, combined)
                return PreviewRow(number, data, RowAction.MERGE, reason=reason, existing_id=pid)
        return PreviewRow(number, data, RowAction.SKIP, reason=reason, existing_id=pid)
    return PreviewRow(number, data, RowAction.NEW)


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
        _loose.cache_clear()


def _apply(
    store: Store, event_id: int, plan: RegistrationPreview, invalid: list[RegistrationRow]
) -> ImportResult:
    imported = merged = skipped = 0
    with store.session() as session:
        event_row(session, event_id)
        current = session.scalars(select(Participant).where(Participant.event_id == event_id))
        taken = {key for row in current for key in identity_keys(to_record(row))}
        if any(
            taken.intersection(_keys(r.data))
            for r in plan.rows
            if r.action is RowAction.NEW and r.data is not None
        ):
            # A stale plan (applied already, or someone registered meanwhile) would double people.
            raise _changed(plan)
        targets: dict[int, Participant] = {}
        new_rows: list[dict[str, object]] = []
        for planned in plan.rows:
            if planned.data is None:
                continue
            if planned.action is RowAction.NEW:
                new_rows.append(_insert_values(event_id, planned.data))
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
            _bulk_insert(session, new_rows)
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


#: The columns a bulk insert writes; the change clock and its origin are the store's triggers'.
_INSERT_COLUMNS = ("event_id", *DATA_FIELDS, "search_key", "uuid", "created_at", "updated_at")


def _bulk_insert(session, rows: list[dict[str, object]]) -> None:  # type: ignore[no-untyped-def]
    """Insert every new participant with one executemany.

    An INSERT per ORM object, or SQLAlchemy's own bulk path (per-row defaults and parameter
    processing), made a 20,000-row list take seconds; here each column's bind processor is
    looked up once and the rows go to SQLite in one call. The store's triggers still stamp
    each row.
    """
    table = Participant.__table__
    dialect = session.get_bind().dialect
    processors = [table.c[name].type.bind_processor(dialect) for name in _INSERT_COLUMNS]
    now = utcnow()
    for row in rows:
        row["uuid"] = new_uuid()
        row["created_at"] = row["updated_at"] = now
    # Column by column: a processor (enum, boolean, time) runs only where one is needed.
    values = []
    for name, process in zip(_INSERT_COLUMNS, processors, strict=True):
        column = [row[name] for row in rows]
        values.append(column if process is None else [process(v) for v in column])
    params = list(zip(*values, strict=True))
    columns = ", ".join(_INSERT_COLUMNS)
    marks = ", ".join("?" for _ in _INSERT_COLUMNS)
    session.connection().exec_driver_sql(
        f"INSERT INTO {table.name} ({columns}) VALUES ({marks})", params
    )


def _insert_values(event_id: int, data: ParticipantData) -> dict[str, object]:
    values: dict[str, object] = {name: getattr(data, name) for name in DATA_FIELDS}
    values["event_id"] = event_id
    values["search_key"] = _search_key(data)
    return values


def _search_key(data: ParticipantData) -> str:
    """``participant_key`` of the data, folding each part on its own.

    Folding works letter by letter and joins with spaces, so the parts folded apart give the
    same key; but the organisation, repeated down a list, is then folded once (``fold`` is
    cached) instead of inside every row's whole text. A test holds it equal to
    ``participant_key``.
    """
    parts = [p for p in (data.first_name, data.last_name, data.organisation, data.email) if p]
    strict = " ".join(fold(p) for p in parts)
    loose = " ".join(_loose(p) for p in parts)
    return strict if strict == loose else f"{strict} | {loose}"
