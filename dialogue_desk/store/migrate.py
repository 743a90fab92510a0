"""Apply Alembic migrations to a store (imported only when a store needs upgrading)."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from dialogue_desk.paths import migrations_path


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def script_revisions() -> list[str]:
    """All revisions of the migration scripts, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]
