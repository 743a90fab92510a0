"""Apply Alembic migrations to a store (imported only when a store needs upgrading)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from dialogue_desk.paths import migrations_path


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    return config


def upgrade(engine: Engine, revision: str = "head", *, drop_first: Sequence[str] = ()) -> None:
    """Migrate the store to ``revision`` in ONE transaction: all of it, or (killed) none of it.

    pysqlite's default transaction handling begins a transaction only before INSERT, UPDATE and
    DELETE, so every CREATE TABLE would commit on its own, and a crash during the first
    creation of a store left a half-made schema without a version. Here the driver's implicit
    transactions are switched off and the whole migration runs inside one explicit
    ``BEGIN IMMEDIATE`` (SQLite's DDL is transactional). ``drop_first`` names tables to drop
    in the same transaction: the empty leftovers of such a half-made creation.
    """
    config = alembic_config()
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert isinstance(raw, sqlite3.Connection), "stores are SQLite files"
        previous = raw.isolation_level
        raw.isolation_level = None
        # Off for the migration (it can only change outside a transaction): a table that
        # Alembic's batch mode copies and drops would otherwise take its children's rows with
        # it (ON DELETE CASCADE). The keys are checked before the commit instead.
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                for table in drop_first:
                    connection.exec_driver_sql(f'DROP TABLE IF EXISTS "{table}"')
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
                if broken is not None:
                    raise MigrationError(f"foreign key check failed in table {broken[0]}")
            except BaseException:
                connection.rollback()
                raise
            connection.commit()
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
            raw.isolation_level = previous


class MigrationError(Exception):
    """A migration left rows pointing nowhere; it was rolled back (a bug in the migration)."""


def script_revisions() -> list[str]:
    """All revisions of the migration scripts, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]
