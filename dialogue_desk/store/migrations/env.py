"""Alembic environment: runs against the connection handed over by ``store.migrate``."""

from alembic import context

from dialogue_desk.store.models import Base

target_metadata = Base.metadata


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        from sqlalchemy import create_engine

        url = context.config.get_main_option("sqlalchemy.url") or "sqlite:///dialogue-desk.sqlite"
        with create_engine(url).connect() as own:
            _run(own)
            own.commit()
        return
    _run(connection)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    # render_as_batch: SQLite alters most tables by copying them; Alembic's batch mode does that.
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
