"""praise full-text search

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 19:04:59.271943
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from planner.core.text_fold import fold

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept here, not imported: a migration must not change when the app's code does.
SQLITE_FTS = [
    "CREATE VIRTUAL TABLE praise_fts USING fts5(search_text, content='praise_entry', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER praise_fts_insert AFTER INSERT ON praise_entry BEGIN "
    "INSERT INTO praise_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER praise_fts_delete AFTER DELETE ON praise_entry BEGIN "
    "INSERT INTO praise_fts(praise_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER praise_fts_update AFTER UPDATE OF search_text ON praise_entry BEGIN "
    "INSERT INTO praise_fts(praise_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO praise_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
]
# A stored vector: matching rows are not re-parsed on every search.
POSTGRES_FTS = [
    "ALTER TABLE praise_entry ADD COLUMN search_vector tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED",
    "CREATE INDEX ix_praise_entry_fts ON praise_entry USING gin (search_vector)",
]


def upgrade() -> None:
    with op.batch_alter_table("praise_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_text", sa.Text(), nullable=False, server_default=""))
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, text, who FROM praise_entry")).all()
    tags: dict[int, list[str]] = {}
    for praise_id, tag in bind.execute(sa.text("SELECT praise_id, tag FROM praise_tag")):
        tags.setdefault(praise_id, []).append(tag)
    for praise_id, body, who in rows:
        folded = fold(" ".join([body, who, *tags.get(praise_id, [])]))
        bind.execute(
            sa.text("UPDATE praise_entry SET search_text = :t WHERE id = :i"),
            {"t": folded, "i": praise_id},
        )
    for statement in SQLITE_FTS if bind.dialect.name == "sqlite" else POSTGRES_FTS:
        op.execute(statement)
    if bind.dialect.name == "sqlite":
        op.execute("INSERT INTO praise_fts(praise_fts) VALUES ('rebuild')")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in ("praise_fts_insert", "praise_fts_delete", "praise_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS praise_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_praise_entry_fts")
        op.execute("ALTER TABLE praise_entry DROP COLUMN IF EXISTS search_vector")
    with op.batch_alter_table("praise_entry", schema=None) as batch_op:
        batch_op.drop_column("search_text")
