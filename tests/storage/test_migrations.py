"""Schema migrations: empty -> head, round trips, models in step with migrations, and a
real batch migration of a parent table that keeps its children (the SQLite FK trap)."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from planner.core.errors import DatabaseError
from planner.core.models import metadata
from planner.storage import schema
from planner.storage.database import Database
from planner.storage.engine import create_planner_engine
from planner.storage.location import resolve_location
from planner.storage.paths import AppPaths


def test_empty_to_head_creates_every_table(db: Database) -> None:
    tables = set(inspect(db.engine).get_table_names())
    assert set(metadata.tables) <= tables
    assert schema.current_revision(db.engine) == schema.head_revision()


def test_models_and_migrations_agree(db: Database) -> None:
    """A model change without a migration would make users' databases differ from tests'."""
    with db.engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(
                conn, opts={"compare_type": True, "include_object": schema.include_object}
            ),
            metadata,
        )
    assert diff == []


def test_downgrade_and_upgrade_round_trip(db: Database) -> None:
    schema.downgrade(db.engine, "base")
    assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
    schema.upgrade(db.engine)
    assert set(metadata.tables) <= set(inspect(db.engine).get_table_names())
    if db.dialect == "sqlite":
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


# The shipped head: the test revisions below are written on top of it.
HEAD = schema.head_revision()

SECOND_REVISION = '''
"""test: rebuild the incident table (a parent) in batch mode"""
import sqlalchemy as sa
from alembic import op

revision = "next"
down_revision = "@HEAD@"
branch_labels = None
depends_on = None


def _recreate():
    # SQLite rebuilds the table (the case the FK trap is about); PostgreSQL alters in place.
    return "always" if op.get_bind().dialect.name == "sqlite" else "auto"


def upgrade():
    with op.batch_alter_table("incident", recreate=_recreate()) as batch:
        batch.add_column(sa.Column("test_note", sa.String(50), nullable=False,
                                   server_default=""))


def downgrade():
    with op.batch_alter_table("incident", recreate=_recreate()) as batch:
        batch.drop_column("test_note")
'''


BROKEN_REVISION = '''
"""test: a migration that fails half-way"""
from alembic import op

revision = "next"
down_revision = "@HEAD@"


def upgrade():
    op.execute("CREATE TABLE half_done (x int)")
    op.execute("SELECT no_such_function()")


def downgrade():
    pass
'''


@pytest.fixture
def with_second_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "migrations"
    shutil.copytree(schema.MIGRATIONS, folder)
    (folder / "versions" / "9999_test.py").write_text(SECOND_REVISION.replace("@HEAD@", HEAD))
    return folder


def _add_incident_with_children(db: Database) -> None:
    now = datetime(2026, 5, 1, 9, 30, tzinfo=UTC)
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO incident (id, title, channel, url, author, customer_name, "
                "customer_email, customer_phone, customer_profile_url, original_text, detected_at, "
                "severity, status, permission_to_name_how, created_at) VALUES (1, 'Cold coffee', "
                "'google', '', 'Matti', '', '', '', '', 'The coffee was cold.', :now, 'medium', "
                "'new', '', :now)"
            ),
            {"now": now.replace(tzinfo=None)},
        )
        conn.execute(
            text(
                "INSERT INTO timeline_event (incident_id, at, kind, text, data) "
                "VALUES (1, :now, 'created', 'Logged', '')"
            ),
            {"now": now.replace(tzinfo=None)},
        )
        conn.execute(
            text(
                "INSERT INTO contact_attempt (incident_id, method, at, outcome, notes, "
                "follow_up_done) VALUES (1, 'call', :now, 'no-answer', '', 0)"
            ),
            {"now": now.replace(tzinfo=None)},
        )


def test_a_parent_table_rebuild_keeps_child_rows_and_a_backup(
    paths: AppPaths, with_second_revision: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = Database.open(paths)
    _add_incident_with_children(db)
    db.close()

    monkeypatch.setattr(schema, "MIGRATIONS", with_second_revision)
    migrated = Database.open(paths)
    try:
        assert migrated.opened.migrated_from == HEAD
        with migrated.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM timeline_event").scalar() == 1
            assert conn.exec_driver_sql("SELECT count(*) FROM contact_attempt").scalar() == 1
            assert conn.exec_driver_sql("SELECT test_note FROM incident").scalar() == ""
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        # Foreign keys still work after the migration: deleting the parent cascades.
        with migrated.engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM incident")
            assert conn.exec_driver_sql("SELECT count(*) FROM timeline_event").scalar() == 0
    finally:
        migrated.close()

    backup = migrated.opened.backup
    assert backup is not None and backup.parent == paths.backup_dir
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
    assert copy.execute("SELECT count(*) FROM timeline_event").fetchone() == (1,)
    copy.close()


@pytest.mark.postgres
def test_server_database_migrates_keeping_data(
    paths: AppPaths, fresh_pg_url: str, with_second_revision: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = Database.open(paths, fresh_pg_url)
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO incident (id, title, channel, url, author, customer_name, "
                "customer_email, customer_phone, customer_profile_url, original_text, detected_at, "
                "severity, status, permission_to_name_how, created_at) VALUES (1, 'Late order', "
                "'facebook', '', '', '', '', '', '', 'Late again', now(), 'high', 'new', '', now())"
            )
        )
        conn.execute(
            text(
                "INSERT INTO timeline_event (incident_id, at, kind, text, data) "
                "VALUES (1, now(), 'created', '', '')"
            )
        )
    db.close()
    monkeypatch.setattr(schema, "MIGRATIONS", with_second_revision)
    migrated = Database.open(paths, fresh_pg_url)
    with migrated.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM timeline_event")).scalar() == 1
    assert schema.current_revision(migrated.engine) == "next"
    migrated.close()


def test_a_failed_migration_changes_nothing(
    paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Database.open(paths).close()
    folder = tmp_path / "broken"
    shutil.copytree(schema.MIGRATIONS, folder)
    (folder / "versions" / "9999_broken.py").write_text(BROKEN_REVISION.replace("@HEAD@", HEAD))
    monkeypatch.setattr(schema, "MIGRATIONS", folder)
    with pytest.raises(DatabaseError, match="nothing was changed"):
        Database.open(paths)
    monkeypatch.undo()
    engine = create_engine(f"sqlite:///{paths.default_database}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD
        assert "half_done" not in inspect(conn).get_table_names()
    engine.dispose()


def test_engine_for_a_location(paths: AppPaths) -> None:
    engine = create_planner_engine(resolve_location(paths))
    assert engine.dialect.name == "sqlite"
    engine.dispose()
