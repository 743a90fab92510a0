"""A registration list without a header row: its columns told apart by what they hold.

Some lists are just names and addresses pasted into a sheet. When no header names a column
and the first row is a person (``value_columns.looks_headerless``), every row is data and the
columns are told apart by their values (``value_columns.read_by_values``); the preview says
which column was taken as what.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from dialogue_desk.exchange.registration_headers import FULL_NAME_FIELDS
from dialogue_desk.exchange.tabular import Table
from dialogue_desk.exchange.value_columns import (
    headerless_table,
    is_generated,
    looks_headerless,
    read_by_values,
)

NAME_FIELDS = {"first_name", "last_name"} | FULL_NAME_FIELDS


def as_headerless(
    table: Table, overrides: Mapping[int, str] | None = None
) -> tuple[Table, dict[int, str]] | None:
    """The table with every row as a person and the mapping told from the values (with a note
    per column), ``overrides`` (column -> field, "" to leave out) winning; None if it has a
    header row or no column holds names."""
    if is_generated(table):  # read as header-less already (``read_registrations``)
        table = dataclasses.replace(table, warnings=list(table.warnings))
    elif looks_headerless(table):
        table = headerless_table(table)
    else:
        return None
    reading = read_by_values(table)
    chosen = dict(overrides or {})
    taken = {f for f in chosen.values() if f}
    mapping = {c: f for c, f in reading.mapping.items() if c not in chosen and f not in taken}
    mapping.update({c: f for c, f in chosen.items() if f})
    if not set(mapping.values()) & NAME_FIELDS:
        return None
    table.warnings.extend(reading.notes(skip=chosen))
    return table, dict(sorted(mapping.items()))
