"""Import a registration list (.xlsx/.csv) into an event's participants.

Two steps: ``plan_import`` reads the file and decides, row by row, what would happen (new,
merged into an earlier row or an existing participant, skipped, or invalid) without touching
the store; ``apply_import`` carries the plan out in one transaction. A file with invalid rows
is refused as a whole unless ``skip_invalid`` is given, so nothing is ever half-imported.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from dialogue_desk.exchange.registration_values import (
    FIELD_SYNONYMS,
    FULL_NAME_FIELDS,
    IMPORT_FIELDS,
    parse_bool,
    parse_country,
    parse_group,
    parse_language,
    split_full_name,
)
from dialogue_desk.exchange.tabular import Table, TableReadError, match_headers, read_table
from dialogue_desk.services.checkin import (
    ParticipantData,
    apply_data,
    identity_keys,
    merged_data,
    to_record,
    validate,
)
from dialogue_desk.services.errors import NotFoundError, ServiceError, ValidationError
from dialogue_desk.store import Store
from dialogue_desk.store.models import Event, Participant, StakeholderGroup

#: Longest list of row numbers a message spells out before saying "and N more".
MAX_ROWS_LISTED = 12


class ImportRefusedError(ServiceError):
    """The file was not imported at all; ``str()`` names the file and the rows at fault."""


class RowAction(StrEnum):
    NEW = "new"
    #: Adds details to an earlier row of the file or to a participant already in the event.
    MERGE = "merge"
    #: A duplicate with nothing new, or one the user chose to skip.
    SKIP = "skip"
    INVALID = "invalid"


class DuplicatePolicy(StrEnum):
    MERGE = "merge"
    SKIP = "skip"


@dataclass
class PlannedRow:
    row: int
    data: ParticipantData
    action: RowAction
    #: Why the row is invalid or what it duplicates, for the preview.
    reason: str = ""
    #: The participant (id) or earlier file row (row number) it duplicates.
    existing_id: int | None = None
    earlier_row: int | None = None


@dataclass
class ImportPlan:
    path: Path
    headers: list[str]
    #: Column index -> field name.
    mapping: dict[int, str]
    rows: list[PlannedRow] = field(default_factory=list)
    #: Headers of columns that are not imported.
    unknown_columns: list[str] = field(default_factory=list)
    #: Non-fatal remarks: unrecognised stakeholder groups, countries, bad e-mails.
    warnings: list[str] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""

    def count(self, action: RowAction) -> int:
        return sum(1 for r in self.rows if r.action is action)

    @property
    def invalid_rows(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.action is RowAction.INVALID]


@dataclass(frozen=True)
class ImportResult:
    imported: int
    merged: int
    skipped: int
    invalid_skipped: int = 0
    unknown_columns: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


def row_list(rows: list[int]) -> str:
    """ "3, 7, 12" or "3, 7, 12, … and 40 more"."""
    shown = ", ".join(str(n) for n in rows[:MAX_ROWS_LISTED])
    if len(rows) > MAX_ROWS_LISTED:
        shown += " " + QCoreApplication.translate("ParticipantsImport", "and {n} more").format(
            n=len(rows) - MAX_ROWS_LISTED
        )
    return shown


def detect_mapping(headers: list[str]) -> dict[int, str]:
    """Column index -> field for the headers recognised in any of the five languages."""
    return match_headers(headers, FIELD_SYNONYMS)


def read_registrations(path: Path | str) -> Table:
    try:
        return read_table(path)
    except TableReadError as error:
        raise ImportRefusedError(str(error)) from error
    except (OSError, UnicodeError, ValueError) as error:
        raise ImportRefusedError(
            QCoreApplication.translate(
                "ParticipantsImport", "{file}: the file cannot be read ({reason})."
            ).format(file=Path(path).name, reason=error)
        ) from error


def plan_import(
    store: Store,
    event_id: int,
    path: Path | str,
    *,
    mapping: Mapping[int, str] | None = None,
    duplicates: DuplicatePolicy = DuplicatePolicy.MERGE,
    table: Table | None = None,
) -> ImportPlan:
    """Read ``path`` and decide what each row would do; the store is not changed."""
    table = table or read_registrations(path)
    mapping = dict(mapping) if mapping is not None else detect_mapping(table.headers)
    name = table.path.name
    fields = set(mapping.values())
    if not fields & ({"first_name", "last_name"} | FULL_NAME_FIELDS):
        raise ImportRefusedError(
            QCoreApplication.translate(
                "ParticipantsImport",
                "{file}: no column with names was recognised (headers: {headers}). "
                "Name the columns, for example \u201cFirst name\u201d and \u201cLast name\u201d.",
            ).format(file=name, headers=", ".join(h for h in table.headers if h) or "-")
        )
    plan = ImportPlan(
        path=table.path,
        headers=table.headers,
        mapping=mapping,
        encoding=table.encoding,
        delimiter=table.delimiter,
    )
    plan.unknown_columns = [
        h or f"#{i + 1}" for i, h in enumerate(table.headers) if i not in mapping and h
    ]
    remarks: dict[str, list[int]] = {}
    parsed: list[tuple[int, ParticipantData | None, str, ParticipantData]] = []
    for number, values in table.rows:
        row = {f: values[i] if i < len(values) else "" for i, f in mapping.items()}
        data, error = _parse_row(row, number, remarks)
        # What an invalid row does hold, so the preview can show which row it is.
        raw = ParticipantData(organisation=row.get("organisation", ""), email=row.get("email", ""))
        parsed.append((number, data, error, raw))
    for text, numbers in remarks.items():
        plan.warnings.append(text.format(rows=row_list(numbers)))

    existing = _existing(store, event_id)
    seen: dict[tuple[str, ...], PlannedRow] = {}
    for number, data, error, raw in parsed:
        if data is None:
            plan.rows.append(PlannedRow(number, raw, RowAction.INVALID, error))
            continue
        planned = _match(number, data, seen, existing, duplicates)
        plan.rows.append(planned)
        if planned.action is RowAction.NEW:
            for key in identity_keys(data):
                seen.setdefault(key, planned)
    return plan


def _existing(store: Store, event_id: int) -> dict[tuple[str, ...], tuple[int, ParticipantData]]:
    with store.session() as session:
        if session.get(Event, event_id) is None:
            raise NotFoundError(
                QCoreApplication.translate("ParticipantsImport", "There is no event {id}.").format(
                    id=event_id
                )
            )
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
    seen: dict[tuple[str, ...], PlannedRow],
    existing: dict[tuple[str, ...], tuple[int, ParticipantData]],
    duplicates: DuplicatePolicy,
) -> PlannedRow:
    keys = identity_keys(data)
    earlier = next((seen[k] for k in keys if k in seen), None)
    if earlier is not None:
        if duplicates is DuplicatePolicy.MERGE:
            combined = merged_data(earlier.data, data)
            if combined != earlier.data:
                earlier.data = combined
                return PlannedRow(
                    number,
                    data,
                    RowAction.MERGE,
                    QCoreApplication.translate(
                        "ParticipantsImport", "Same person as row {row}"
                    ).format(row=earlier.row),
                    earlier_row=earlier.row,
                )
        return PlannedRow(
            number,
            data,
            RowAction.SKIP,
            QCoreApplication.translate("ParticipantsImport", "Same person as row {row}").format(
                row=earlier.row
            ),
            earlier_row=earlier.row,
        )
    match = next((existing[k] for k in keys if k in existing), None)
    if match is not None:
        pid, current = match
        reason = QCoreApplication.translate(
            "ParticipantsImport", "Already registered as {name}"
        ).format(name=" ".join(p for p in (current.first_name, current.last_name) if p))
        if duplicates is DuplicatePolicy.MERGE:
            combined = merged_data(current, data)
            if combined != _plain(current):
                existing_keys = [k for k, v in existing.items() if v[0] == pid]
                for k in existing_keys:
                    existing[k] = (pid, combined)
                return PlannedRow(number, data, RowAction.MERGE, reason, existing_id=pid)
        return PlannedRow(number, data, RowAction.SKIP, reason, existing_id=pid)
    return PlannedRow(number, data, RowAction.NEW)


def _plain(data: ParticipantData) -> ParticipantData:
    return ParticipantData(
        **{f.name: getattr(data, f.name) for f in dataclasses.fields(ParticipantData)}
    )


def _parse_row(
    row: dict[str, str], number: int, remarks: dict[str, list[int]]
) -> tuple[ParticipantData | None, str]:
    first, last = row.get("first_name", ""), row.get("last_name", "")
    if not first and not last:
        for full_field in FULL_NAME_FIELDS:
            if row.get(full_field):
                first, last = split_full_name(row[full_field], full_field)
                break
    if not any(ch.isalnum() for ch in first + last):
        return None, QCoreApplication.translate("ParticipantsImport", "no name")
    values: dict[str, object] = {"first_name": first, "last_name": last}
    for name in ("organisation", "role", "phone", "notes"):
        values[name] = row.get(name, "")
    email = row.get("email", "").strip()
    if email and not _looks_like_email(email):
        remarks.setdefault(
            QCoreApplication.translate(
                "ParticipantsImport",
                "Rows {rows}: the e-mail address is not valid and was left out.",
            ),
            [],
        ).append(number)
        email = ""
    values["email"] = email
    if row.get("stakeholder_group"):
        group = parse_group(row["stakeholder_group"])
        if group is None:
            remarks.setdefault(
                QCoreApplication.translate(
                    "ParticipantsImport",
                    "Rows {rows}: the stakeholder group was not recognised; set to Other.",
                ),
                [],
            ).append(number)
            group = StakeholderGroup.OTHER
        values["stakeholder_group"] = group
    if row.get("country"):
        country = parse_country(row["country"])
        if country is None:
            remarks.setdefault(
                QCoreApplication.translate(
                    "ParticipantsImport",
                    "Rows {rows}: the country was not recognised and was left out.",
                ),
                [],
            ).append(number)
        values["country"] = country or ""
    if row.get("preferred_language"):
        values["preferred_language"] = parse_language(row["preferred_language"]) or ""
    for name in ("consent_listed", "consent_photos", "consent_contact"):
        if row.get(name):
            answer = parse_bool(row[name])
            if answer is None:
                remarks.setdefault(
                    QCoreApplication.translate(
                        "ParticipantsImport",
                        "Rows {rows}: a consent answer was not recognised; taken as no.",
                    ),
                    [],
                ).append(number)
            values[name] = bool(answer)
    try:
        data = validate(ParticipantData(**values))  # type: ignore[arg-type]
    except ValidationError as error:
        return None, str(error)
    return data, ""


def _looks_like_email(text: str) -> bool:
    from dialogue_desk.services.checkin.participants import EMAIL_PATTERN

    return bool(EMAIL_PATTERN.match(text))


def refusal_message(plan: ImportPlan) -> str:
    invalid = plan.invalid_rows
    reasons = "; ".join(sorted({r.reason for r in invalid}))
    count = QCoreApplication.translate(
        "ParticipantsImport", "%n row(s) cannot be imported", "", len(invalid)
    )
    return QCoreApplication.translate(
        "ParticipantsImport",
        "{file}: {count} ({reasons}) — row numbers {rows}. Nothing was imported.",
    ).format(
        file=plan.path.name, count=count, reasons=reasons, rows=row_list([r.row for r in invalid])
    )


def apply_import(
    store: Store, event_id: int, plan: ImportPlan, *, skip_invalid: bool = False
) -> ImportResult:
    """Carry out ``plan`` in one transaction: everything or nothing."""
    invalid = plan.invalid_rows
    if invalid and not skip_invalid:
        raise ImportRefusedError(refusal_message(plan))
    imported = merged = skipped = 0
    with store.session() as session:
        if session.get(Event, event_id) is None:
            raise NotFoundError(
                QCoreApplication.translate("ParticipantsImport", "There is no event {id}.").format(
                    id=event_id
                )
            )
        targets: dict[int, Participant] = {}
        for planned in plan.rows:
            if planned.action is RowAction.NEW:
                row = Participant(event_id=event_id)
                apply_data(row, planned.data)
                session.add(row)
                imported += 1
            elif planned.action is RowAction.MERGE and planned.existing_id is not None:
                target = targets.get(planned.existing_id) or session.get(
                    Participant, planned.existing_id
                )
                if target is None or target.event_id != event_id:
                    raise ImportRefusedError(
                        QCoreApplication.translate(
                            "ParticipantsImport",
                            "{file}: the participant list changed while importing; "
                            "nothing was imported. Try again.",
                        ).format(file=plan.path.name)
                    )
                targets[planned.existing_id] = target
                apply_data(target, merged_data(to_record(target), planned.data).cleaned())
                merged += 1
            elif planned.action is RowAction.MERGE:
                merged += 1  # folded into an earlier row of the file before it was added
            elif planned.action is RowAction.SKIP:
                skipped += 1
        session.flush()
    return ImportResult(
        imported=imported,
        merged=merged,
        skipped=skipped + len(invalid),
        invalid_skipped=len(invalid),
        unknown_columns=tuple(plan.unknown_columns),
        warnings=tuple(plan.warnings),
    )


def import_participants(
    store: Store,
    event_id: int,
    path: Path | str,
    *,
    skip_invalid: bool = False,
    mapping: Mapping[int, str] | None = None,
    duplicates: DuplicatePolicy = DuplicatePolicy.MERGE,
) -> ImportResult:
    """Read, check and import a registration list; raises ImportRefusedError and changes nothing."""
    plan = plan_import(store, event_id, path, mapping=mapping, duplicates=duplicates)
    return apply_import(store, event_id, plan, skip_invalid=skip_invalid)


__all__ = [
    "IMPORT_FIELDS",
    "DuplicatePolicy",
    "ImportPlan",
    "ImportRefusedError",
    "ImportResult",
    "PlannedRow",
    "RowAction",
    "apply_import",
    "detect_mapping",
    "import_participants",
    "plan_import",
    "read_registrations",
    "refusal_message",
]
