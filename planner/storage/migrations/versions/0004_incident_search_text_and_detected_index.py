"""incident search text and detected index

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 22:04:04.081758
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from planner.core.text_fold import fold

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 1000


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN, not a batch rebuild: nothing else about the table changes.
    op.add_column(
        "incident", sa.Column("search_text", sa.Text(), server_default="", nullable=False)
    )
    op.create_index("ix_incident_detected_at", "incident", ["detected_at"], unique=False)
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, title, original_text, author FROM incident")).all()
    # The same folding as Incident's ORM events (kept here: a migration must not change
    # when the app's code does).
    values = [
        {"t": fold(" ".join((title or "", text or "", author or ""))), "i": incident_id}
        for incident_id, title, text, author in rows
    ]
    for start in range(0, len(values), BATCH):
        bind.execute(
            sa.text("UPDATE incident SET search_text = :t WHERE id = :i"),
            values[start : start + BATCH],
        )


def downgrade() -> None:
    op.drop_index("ix_incident_detected_at", table_name="incident")
    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.drop_column("search_text")
