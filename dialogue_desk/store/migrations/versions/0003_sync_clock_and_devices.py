"""several laptops: device identity, change clock per row, deletion log, shadow rows, conflicts

Every domain table gains ``clock`` (hybrid logical clock of its last change), ``origin`` (the
device that made it) and ``recorded_on`` (the device that first recorded the row). SQLite
triggers keep them and log deletions (cascades included), so no service has to know about sync.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 13:10:00
"""

import socket
import time
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

#: The synced domain tables (frozen here: a later migration adds its own triggers).
TABLES = (
    "event",
    "agenda_item",
    "participant",
    "check_in",
    "note",
    "action_item",
    "evaluation_form",
    "question",
    "response",
    "answer",
)

ACTIVE = "(SELECT applying FROM sync_state WHERE id = 1) = 0"
TICK = (
    "UPDATE sync_state SET clock = max(clock + 1, "
    "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 65536) WHERE id = 1;"
)
CLOCK = "(SELECT clock FROM sync_state WHERE id = 1)"
DEVICE = "(SELECT device_uuid FROM sync_state WHERE id = 1)"


def _triggers(table: str) -> list[str]:
    return [
        f"""CREATE TRIGGER sync_{table}_insert AFTER INSERT ON {table} WHEN {ACTIVE}
        BEGIN
            {TICK}
            UPDATE {table} SET clock = {CLOCK}, origin = {DEVICE},
                recorded_on = CASE WHEN NEW.recorded_on = '' THEN {DEVICE}
                                   ELSE NEW.recorded_on END
            WHERE id = NEW.id;
        END""",
        f"""CREATE TRIGGER sync_{table}_update AFTER UPDATE ON {table}
        WHEN {ACTIVE} AND NEW.clock IS OLD.clock
        BEGIN
            {TICK}
            UPDATE {table} SET clock = {CLOCK}, origin = {DEVICE} WHERE id = NEW.id;
        END""",
        f"""CREATE TRIGGER sync_{table}_delete AFTER DELETE ON {table} WHEN {ACTIVE}
        BEGIN
            {TICK}
            INSERT INTO sync_deleted (table_name, uuid, clock)
            VALUES ('{table}', OLD.uuid, {CLOCK});
        END""",
    ]


def upgrade() -> None:
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_uuid", sa.String(36), nullable=False),
        sa.Column("device_name", sa.String(200), nullable=False),
        sa.Column("clock", sa.BigInteger(), nullable=False),
        sa.Column("applying", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sync_state"),
    )
    op.create_table(
        "sync_device",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("last_seen", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sync_device"),
        sa.UniqueConstraint("uuid", name="uq_sync_device_uuid"),
    )
    op.create_table(
        "sync_row",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("event_uuid", sa.String(36), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.Column("deleted_clock", sa.BigInteger(), nullable=True),
        sa.Column("deleted_device", sa.String(36), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_sync_row"),
        sa.UniqueConstraint("uuid", name="uq_sync_row_uuid"),
    )
    op.create_index("ix_sync_row_event_table", "sync_row", ["event_uuid", "table_name"])
    op.create_table(
        "sync_deleted",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("clock", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sync_deleted"),
    )
    op.create_index("ix_sync_deleted_uuid", "sync_deleted", ["uuid"])
    op.create_table(
        "sync_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_uuid", sa.String(36), nullable=False),
        sa.Column("exported_clock", sa.BigInteger(), nullable=False),
        sa.Column("filed_clock", sa.BigInteger(), nullable=False),
        sa.Column("folder", sa.Text(), nullable=False),
        sa.Column("last_sync", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_sync_event"),
        sa.UniqueConstraint("event_uuid", name="uq_sync_event_event_uuid"),
    )
    op.create_table(
        "sync_applied",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_uuid", sa.String(36), nullable=False),
        sa.Column("device_uuid", sa.String(36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sync_applied"),
        sa.UniqueConstraint(
            "event_uuid", "device_uuid", "seq", "digest", name="uq_sync_applied_file"
        ),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("key", sa.String(300), nullable=False),
        sa.Column("event_uuid", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("row_uuid", sa.String(36), nullable=False),
        sa.Column("other_uuid", sa.String(36), nullable=False),
        sa.Column("field", sa.String(100), nullable=False),
        sa.Column("kept_value", sa.JSON(), nullable=True),
        sa.Column("other_value", sa.JSON(), nullable=True),
        sa.Column("kept_device", sa.String(36), nullable=False),
        sa.Column("other_device", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(20), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sync_conflict"),
        sa.UniqueConstraint("uuid", name="uq_sync_conflict_uuid"),
        sa.UniqueConstraint("key", name="uq_sync_conflict_key"),
    )
    op.create_index("ix_sync_conflict_event", "sync_conflict", ["event_uuid", "resolved_at"])

    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("clock", sa.BigInteger(), nullable=False, server_default="0")
            )
            batch.add_column(sa.Column("origin", sa.String(36), nullable=False, server_default=""))
            batch.add_column(
                sa.Column("recorded_on", sa.String(36), nullable=False, server_default="")
            )

    # This store's identity: made once, here, so every row (old ones too) has an origin.
    device = str(uuid.uuid4())
    name = socket.gethostname() or "laptop"
    clock = int(time.time() * 1000) << 16
    bind = op.get_bind()
    bind.execute(
        sa.text(
            "INSERT INTO sync_state (id, device_uuid, device_name, clock, applying) "
            "VALUES (1, :device, :name, :clock, 0)"
        ),
        {"device": device, "name": name[:200], "clock": clock},
    )
    bind.execute(
        sa.text("INSERT INTO sync_device (uuid, name, last_seen) VALUES (:d, :n, :t)"),
        {"d": device, "n": name[:200], "t": "2026-12-01 00:00:00.000000"},
    )
    for table in TABLES:
        bind.execute(
            sa.text(f"UPDATE {table} SET clock = :clock, origin = :d, recorded_on = :d"),
            {"clock": clock, "d": device},
        )
        for statement in _triggers(table):
            op.execute(statement)


def downgrade() -> None:
    for table in TABLES:
        for kind in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS sync_{table}_{kind}")
        with op.batch_alter_table(table) as batch:
            batch.drop_column("recorded_on")
            batch.drop_column("origin")
            batch.drop_column("clock")
    op.drop_index("ix_sync_conflict_event", table_name="sync_conflict")
    for name in ("sync_conflict", "sync_applied", "sync_event"):
        op.drop_table(name)
    op.drop_index("ix_sync_deleted_uuid", table_name="sync_deleted")
    op.drop_table("sync_deleted")
    op.drop_index("ix_sync_row_event_table", table_name="sync_row")
    for name in ("sync_row", "sync_device", "sync_state"):
        op.drop_table(name)
