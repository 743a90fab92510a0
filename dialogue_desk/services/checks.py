"""Integrity and schema checks of a store (``dialogue-desk check``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text

from dialogue_desk.store import SCHEMA_HEAD, Store
from dialogue_desk.store.schema import schema_problems


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        return not self.problems


def check_store(store: Store) -> CheckReport:
    """SQLite integrity, foreign keys, schema revision, and the domain's own invariants."""
    report = CheckReport()
    with store.engine.connect() as conn:
        integrity = [row[0] for row in conn.execute(text("PRAGMA integrity_check"))]
        if integrity != ["ok"]:
            # SQLite packs several problems into one row, split by newlines: one line each.
            report.problems.extend(
                f"integrity: {line.strip()}"
                for row in integrity
                for line in row.splitlines()
                if line.strip() and not line.startswith("*** in database")
            )
        missing = schema_problems(conn.exec_driver_sql)
        report.problems.extend(f"schema: {problem}" for problem in missing)
        if missing:
            return report  # the counts below would fail on the missing tables
        for row in conn.execute(text("PRAGMA foreign_key_check")):
            report.problems.append(f"foreign key: {row[0]} row {row[1]} -> {row[2]}")
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if revision != SCHEMA_HEAD:
            report.problems.append(f"schema: revision {revision}, expected {SCHEMA_HEAD}")
        report.facts.append(f"schema revision {revision}")
        bad_dates = conn.execute(text("SELECT count(*) FROM event WHERE end_date < start_date"))
        if n := bad_dates.scalar():
            report.problems.append(f"events: {n} end before they start")
        outside = conn.execute(
            text(
                "SELECT count(*) FROM check_in c JOIN event e ON e.id = c.event_id "
                "WHERE c.day < e.start_date OR c.day > e.end_date"
            )
        ).scalar()
        if outside:
            report.problems.append(f"check-ins: {outside} outside their event's dates")
        mismatched = conn.execute(
            text(
                "SELECT count(*) FROM check_in c JOIN participant p ON p.id = c.participant_id "
                "WHERE p.event_id != c.event_id"
            )
        ).scalar()
        if mismatched:
            report.problems.append(f"check-ins: {mismatched} belong to another event's participant")
        for table in ("event", "participant", "check_in", "agenda_item", "note", "response"):
            count = conn.execute(text(f"SELECT count(*) FROM {table}")).scalar()
            report.facts.append(f"{table}: {count}")
    return report
