"""Read a registration list (.xlsx/.csv) into plain participant records, row by row.

``parse_registrations`` turns a table into a preview whose rows are new or invalid (with the
reason), plus remarks on values that were not recognised. What the rows would do in an event
and the writing are the check-in service's (``services.checkin.plan_import`` and
``apply_import``); ``plan_file`` and ``import_participants`` chain the steps for one file.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

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
from dialogue_desk.i18n import translate
from dialogue_desk.services.checkin import (
    DuplicatePolicy,
    ImportRefusedError,
    ImportResult,
    ParticipantData,
    RegistrationPreview,
    apply_import,
    plan_import,
    row_list,
    validate,
)
from dialogue_desk.services.errors import ValidationError
from dialogue_desk.services.import_preview import PreviewRow, RowAction
from dialogue_desk.store import Store
from dialogue_desk.store.enums import StakeholderGroup


def detect_mapping(headers: list[str]) -> dict[int, str]:
    """Column index -> field for the headers recognised in any of the five languages."""
    return match_headers(headers, FIELD_SYNONYMS)


def read_registrations(path: Path | str) -> Table:
    """The file as a table, or ImportRefusedError with a message naming it."""
    try:
        return read_table(path)
    except TableReadError as error:
        raise ImportRefusedError(str(error)) from error
    except (OSError, UnicodeError, ValueError) as error:
        raise ImportRefusedError(
            translate("ParticipantsImport", "{file}: the file cannot be read ({reason}).").format(
                file=Path(path).name, reason=error
            )
        ) from error


def parse_registrations(
    table: Table, mapping: Mapping[int, str] | None = None
) -> RegistrationPreview:
    """Every row of ``table`` as participant data (or invalid, with why) under ``mapping``.

    Raises ImportRefusedError when no column holds names.
    """
    mapping = dict(mapping) if mapping is not None else detect_mapping(table.headers)
    fields = set(mapping.values())
    if not fields & ({"first_name", "last_name"} | FULL_NAME_FIELDS):
        raise ImportRefusedError(
            translate(
                "ParticipantsImport",
                "{file}: no column with names was recognised (headers: {headers}). "
                "Name the columns, for example \u201cFirst name\u201d and \u201cLast name\u201d.",
            ).format(file=table.path.name, headers=", ".join(h for h in table.headers if h) or "-")
        )
    preview = RegistrationPreview(
        path=table.path,
        headers=table.headers,
        mapping=mapping,
        encoding=table.encoding,
        delimiter=table.delimiter,
    )
    preview.unknown_columns = [
        h or f"#{i + 1}" for i, h in enumerate(table.headers) if i not in mapping and h
    ]
    remarks: dict[str, list[int]] = {}
    for number, values in table.rows:
        row = {f: values[i] if i < len(values) else "" for i, f in mapping.items()}
        data, error = _parse_row(row, number, remarks)
        if data is not None:
            preview.rows.append(PreviewRow(number, data))
            continue
        # What an invalid row does hold, so the preview can show which row it is.
        raw = ParticipantData(organisation=row.get("organisation", ""), email=row.get("email", ""))
        preview.rows.append(PreviewRow(number, raw, RowAction.INVALID, problems=[error]))
    for text, numbers in remarks.items():
        preview.warnings.append(text.format(rows=row_list(numbers)))
    return preview


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
        return None, translate("ParticipantsImport", "no name")
    values: dict[str, object] = {"first_name": first, "last_name": last}
    for name in ("organisation", "role", "phone", "notes"):
        values[name] = row.get(name, "")
    email = row.get("email", "").strip()
    if email and not _looks_like_email(email):
        remarks.setdefault(
            translate(
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
                translate(
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
                translate(
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
                    translate(
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
    from dialogue_desk.services.checkin import EMAIL_PATTERN

    return bool(EMAIL_PATTERN.match(text))


def plan_file(
    store: Store,
    event_id: int,
    path: Path | str,
    *,
    mapping: Mapping[int, str] | None = None,
    duplicates: DuplicatePolicy = DuplicatePolicy.MERGE,
    table: Table | None = None,
) -> RegistrationPreview:
    """Read ``path`` (or the ``table`` already read from it) and plan it; the store is unchanged."""
    parsed = parse_registrations(table or read_registrations(path), mapping)
    return plan_import(store, event_id, parsed, duplicates=duplicates)


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
    plan = plan_file(store, event_id, path, mapping=mapping, duplicates=duplicates)
    return apply_import(store, event_id, plan, skip_invalid=skip_invalid)


__all__ = [
    "IMPORT_FIELDS",
    "detect_mapping",
    "import_participants",
    "parse_registrations",
    "plan_file",
    "read_registrations",
]
