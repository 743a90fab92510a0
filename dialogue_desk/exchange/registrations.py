"""Read a registration list (.xlsx/.csv) into plain participant records, row by row.

``parse_registrations`` turns a table into a preview whose rows are new or invalid (with the
reason), plus remarks on values that were not recognised. What the rows would do in an event
and the writing are the check-in service's (``services.checkin.plan_import`` and
``apply_import``); ``plan_file`` and ``import_participants`` chain the steps for one file.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from dialogue_desk.exchange.headerless import as_headerless
from dialogue_desk.exchange.headers import recognise
from dialogue_desk.exchange.import_pipeline import (
    describe,
    formula_notes,
    formula_warnings,
    missing_message,
    refuse_foreign,
    with_header_row,
)
from dialogue_desk.exchange.registration_headers import KEYWORDS
from dialogue_desk.exchange.registration_values import (
    FIELD_SYNONYMS,
    FULL_NAME_FIELDS,
    IMPORT_FIELDS,
    parse_bool,
    parse_country,
    parse_group,
    parse_language,
    recording_consent,
    split_full_name,
)
from dialogue_desk.exchange.tabular import Table, TableReadError, read_table
from dialogue_desk.exchange.value_columns import (
    headerless_table,
    is_generated,
    looks_headerless,
    read_by_values,
)
from dialogue_desk.i18n import translate
from dialogue_desk.services.checkin import (
    EMAIL_PATTERN,
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
from dialogue_desk.services.import_preview import PreviewRow, RowAction, paused_gc
from dialogue_desk.store import Store
from dialogue_desk.store.enums import StakeholderGroup

_NAME_FIELDS = {"first_name", "last_name"} | FULL_NAME_FIELDS


def _agenda_synonyms() -> dict[str, list[str]]:
    from dialogue_desk.exchange.agenda_synonyms import SYNONYMS

    return {str(k): v for k, v in SYNONYMS.items() if k in ("day", "start", "end", "time")}


def detect_mapping(
    headers: list[str], overrides: Mapping[int, str] | None = None
) -> dict[int, str]:
    """Column index -> field for the headers recognised (``overrides`` winning)."""
    mapping = recognise(headers, FIELD_SYNONYMS, overrides, KEYWORDS).mapping
    fields = set(mapping.values())
    if "first_name" in fields and "last_name" not in fields and "full_name" in fields:
        # "Name" beside "Vorname" / "Prénom" is the surname, as German and French forms mean it.
        for column, name in mapping.items():
            if name == "full_name" and column not in (overrides or {}):
                mapping[column] = "last_name"
    fields = set(mapping.values())
    for column, header in enumerate(headers):
        # A recording consent that names photos or video is one (Zoom's own is not: below).
        free = column not in mapping and column not in (overrides or {}) and header
        if free and recording_consent(header) == "photos" and "consent_photos" not in fields:
            mapping[column] = "consent_photos"
    return dict(sorted(mapping.items()))


def _recording_notes(table: Table, mapping: Mapping[int, str]) -> tuple[list[str], set[str]]:
    """Notes on the meeting-recording consent columns left out, and their headers."""
    headers = {
        h for i, h in enumerate(table.headers)
        if h and i not in mapping and recording_consent(h) == "meeting"
    }  # fmt: skip
    notes = [
        translate(
            "ParticipantsImport",
            "The column \u201c{header}\u201d was not imported: it records consent to the "
            "online meeting being recorded (in a Zoom report, everyone who stayed after the "
            "recording notice), not consent to photos at the event. Ask for photo consent "
            "separately.",
        ).format(header=header)
        for header in sorted(headers, key=table.headers.index)
    ]
    return notes, headers


def read_registrations(path: Path | str) -> Table:
    """The file as a table from its header row, or ImportRefusedError with a message naming it.

    A list without a header row comes back with every row as a person under the headers
    "Column A", "Column B", … (which ``--map`` can name).
    """
    try:
        with paused_gc():
            table = read_table(path)
            names = set(detect_mapping(table.headers).values()) & _NAME_FIELDS
            if not names and not refuse_foreign(table) and looks_headerless(table):
                return headerless_table(table)
            return with_header_row(table, FIELD_SYNONYMS)
    except TableReadError as error:
        raise ImportRefusedError(str(error)) from error
    except (OSError, UnicodeError, ValueError, MemoryError) as error:
        raise ImportRefusedError(
            translate("ParticipantsImport", "{file}: the file cannot be read ({reason}).").format(
                file=Path(path).name, reason=type(error).__name__
            )
        ) from error


def _refuse_no_names(table: Table) -> ImportRefusedError:
    if is_generated(table):
        return ImportRefusedError(read_by_values(table).refusal(table.path.name))
    looks = describe(
        table,
        {
            translate(
                "ParticipantsImport",
                "It looks like a programme (dates and times); import it as the agenda instead.",
            ): _agenda_synonyms()
        },
    )
    message = missing_message(
        table.path.name, [translate("ParticipantsImport", "names")], table.headers
    )
    return ImportRefusedError(f"{message} {looks}".strip())


def parse_registrations(
    table: Table,
    mapping: Mapping[int, str] | None = None,
    *,
    overrides: Mapping[int, str] | None = None,
) -> RegistrationPreview:
    """Every row of ``table`` as participant data (or invalid, with why) under ``mapping``.

    ``mapping`` replaces the recognition (the dialog's choice); ``overrides`` adjust it
    (``--map``). Raises ImportRefusedError when no column holds names.
    """
    if foreign := refuse_foreign(table):
        raise ImportRefusedError(f"{table.path.name}: {foreign}")
    if mapping is None:
        mapping = detect_mapping(table.headers, overrides)
        headerless = is_generated(table) or not set(mapping.values()) & _NAME_FIELDS
        if headerless and (guessed := as_headerless(table, overrides)):
            table, mapping = guessed
    mapping = dict(mapping)
    if not set(mapping.values()) & _NAME_FIELDS:
        raise _refuse_no_names(table)
    preview = RegistrationPreview(
        path=table.path,
        headers=table.headers,
        mapping=mapping,
        encoding=table.encoding,
        delimiter=table.delimiter,
    )
    recording, explained = _recording_notes(table, mapping)
    if is_generated(table):  # columns a note of their own explains (dates, yes/no, rivals)
        explained |= {table.headers[i] for i in read_by_values(table).explained}
    preview.unknown_columns = [
        h for i, h in enumerate(table.headers) if i not in mapping and h and h not in explained
    ]
    preview.warnings.extend(table.warnings)
    preview.warnings.extend(recording)
    remarks: dict[str, list[int]] = {}
    with paused_gc():
        _parse_rows(table, mapping, preview, remarks)
    for text, numbers in remarks.items():
        preview.warnings.append(text.format(rows=row_list(numbers)))
    preview.warnings.extend(formula_notes(table, mapping))
    if not preview.rows:
        preview.problems.append(
            translate(
                "ParticipantsImport", "{file}: the file has a header row but no people."
            ).format(file=table.path.name)
        )
    return preview


def _parse_rows(
    table: Table,
    mapping: Mapping[int, str],
    preview: RegistrationPreview,
    remarks: dict[str, list[int]],
) -> None:
    columns = list(mapping.items())
    for number, values in table.rows:
        width = len(values)
        row = {f: values[i] for i, f in columns if i < width and values[i]}
        data, error = _parse_row(row, number, remarks)
        lost = formula_warnings(table, number, mapping) if table.formulas else []
        if data is not None:
            preview.rows.append(PreviewRow(number, data, warnings=lost))
            continue
        # What an invalid row does hold, so the preview can show which row it is.
        raw = ParticipantData(organisation=row.get("organisation", ""), email=row.get("email", ""))
        preview.rows.append(
            PreviewRow(number, raw, RowAction.INVALID, problems=[error], warnings=lost)
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
            shown = row["country"][:40].replace("{", "{{").replace("}", "}}")
            remarks.setdefault(
                translate(
                    "ParticipantsImport",
                    "Rows {rows}: the country \u201c{value}\u201d was not recognised and was "
                    "left out.",
                ).replace("{value}", shown),
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
    return bool(EMAIL_PATTERN.match(text))


def plan_file(
    store: Store,
    event_id: int,
    path: Path | str,
    *,
    mapping: Mapping[int, str] | None = None,
    duplicates: DuplicatePolicy = DuplicatePolicy.MERGE,
    table: Table | None = None,
    overrides: Mapping[int, str] | None = None,
) -> RegistrationPreview:
    """Read ``path`` (or the ``table`` already read from it) and plan it; the store is unchanged."""
    parsed = parse_registrations(table or read_registrations(path), mapping, overrides=overrides)
    return plan_import(store, event_id, parsed, duplicates=duplicates)


def import_participants(
    store: Store,
    event_id: int,
    path: Path | str,
    *,
    skip_invalid: bool = False,
    mapping: Mapping[int, str] | None = None,
    duplicates: DuplicatePolicy = DuplicatePolicy.MERGE,
    overrides: Mapping[int, str] | None = None,
) -> ImportResult:
    """Read, check and import a registration list; raises ImportRefusedError and changes nothing."""
    with paused_gc():  # reading, planning and applying build no cycles
        plan = plan_file(
            store, event_id, path, mapping=mapping, duplicates=duplicates, overrides=overrides
        )
        result = apply_import(store, event_id, plan, skip_invalid=skip_invalid)
        # Freed while the collector is still off, so it need not walk the rows on its return.
        del plan
        return result


__all__ = [
    "IMPORT_FIELDS",
    "detect_mapping",
    "import_participants",
    "parse_registrations",
    "plan_file",
    "read_registrations",
]
