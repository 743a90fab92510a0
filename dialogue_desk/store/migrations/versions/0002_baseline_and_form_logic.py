"""agenda baseline plan; form logic (skip logic, constraints, groups) and skipped answers

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 12:55:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agenda_item") as batch:
        batch.add_column(sa.Column("baseline_day", sa.Date(), nullable=True))
        batch.add_column(sa.Column("baseline_start", sa.Time(), nullable=True))
        batch.add_column(sa.Column("baseline_end", sa.Time(), nullable=True))
    with op.batch_alter_table("question") as batch:
        batch.add_column(sa.Column("logic", sa.JSON(), nullable=False, server_default="{}"))
    with op.batch_alter_table("evaluation_form") as batch:
        batch.add_column(sa.Column("settings", sa.JSON(), nullable=False, server_default="{}"))
    with op.batch_alter_table("response") as batch:
        batch.add_column(sa.Column("skipped", sa.JSON(), nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("response") as batch:
        batch.drop_column("skipped")
    with op.batch_alter_table("evaluation_form") as batch:
        batch.drop_column("settings")
    with op.batch_alter_table("question") as batch:
        batch.drop_column("logic")
    with op.batch_alter_table("agenda_item") as batch:
        batch.drop_column("baseline_end")
        batch.drop_column("baseline_start")
        batch.drop_column("baseline_day")
