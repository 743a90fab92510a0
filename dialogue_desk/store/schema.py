"""Whether a store's tables and columns are the ones this version's models expect."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from dialogue_desk.i18n import translate

#: Runs one SQL statement and returns its rows: ``sqlite3.Connection.execute`` or
#: SQLAlchemy's ``Connection.exec_driver_sql``.
Execute = Callable[[str], Iterable[Any]]


def schema_problems(execute: Execute) -> list[str]:
    """One line per table or column of the models that the store lacks (empty: all there)."""
    from dialogue_desk.store.models import Base

    problems: list[str] = []
    for table in Base.metadata.sorted_tables:
        present = {row[1] for row in execute(f'PRAGMA table_info("{table.name}")')}
        if not present:
            problems.append(
                translate("StoreError", "the table {table} is missing").format(table=table.name)
            )
            continue
        for column in table.columns:
            if column.name not in present:
                problems.append(
                    translate("StoreError", "the column {table}.{column} is missing").format(
                        table=table.name, column=column.name
                    )
                )
    return problems
