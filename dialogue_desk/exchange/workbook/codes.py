"""Language-independent columns (``--codes``): stakeholder group, channel, yes/no, choices.

A workbook in Estonian says "Jah" and "Sisserändajate või rahvusvähemuste ühendus", one in
Swedish "Ja" and "Invandrar- eller minoritetsförening". With codes, each such column is
followed by one with the stored value ("yes", "minority_association"; choice names for
answers), named "<header> [code]", so workbooks of several countries and languages can be
appended and pivoted together. Dates and times are real dates (ISO) in every language anyway.
"""

from __future__ import annotations

from dialogue_desk.exchange.workbook.cells import TEXT, Coded, Column, SheetSpec

#: What the code columns' headers end with: the same in every language, so they stack.
CODE_SUFFIX = " [code]"


def add_code_columns(spec: SheetSpec) -> SheetSpec:
    """``spec`` with a code column after every column holding coded values."""
    coded = [
        index for index in range(len(spec.columns))
        if any(index < len(row) and isinstance(row[index], Coded) for row in spec.rows)
    ]  # fmt: skip
    if not coded:
        return spec
    columns: list[Column] = []
    for index, column in enumerate(spec.columns):
        columns.append(column)
        if index in coded:
            columns.append(Column(column.header + CODE_SUFFIX, TEXT))
    result = SheetSpec(spec.title, columns, landscape=spec.landscape)
    for row in spec.rows:
        values: list[object] = []
        for index, value in enumerate(row):
            values.append(value)
            if index in coded:
                values.append(value.code if isinstance(value, Coded) else None)
        result.rows.append(values)
    return result
