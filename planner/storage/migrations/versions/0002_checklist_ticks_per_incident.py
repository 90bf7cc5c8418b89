"""checklist ticks per incident

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 18:35:36.569560
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import planner.core.dbtypes

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "checklist_tick",
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("principle_id", sa.Integer(), nullable=False),
        sa.Column("ticked_at", planner.core.dbtypes.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
            name=op.f("fk_checklist_tick_incident_id_incident"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["principle_id"],
            ["principle.id"],
            name=op.f("fk_checklist_tick_principle_id_principle"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("incident_id", "principle_id", name=op.f("pk_checklist_tick")),
    )


def downgrade() -> None:

    op.drop_table("checklist_tick")
