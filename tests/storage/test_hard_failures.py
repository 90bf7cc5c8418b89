"""What the owner meets when the machine fails them: a full disk, a database held by another
program. A clear message, and nothing half-saved (exports: see tests/export/test_files.py)."""

from __future__ import annotations

import sqlite3

import pytest

from planner.core.errors import DatabaseError
from planner.services.incident_list import count_incidents
from planner.services.incidents import IncidentInput, log_incident
from planner.storage.database import Database
from planner.storage.paths import AppPaths


def test_a_full_disk_saves_nothing_and_says_so(paths: AppPaths) -> None:
    db = Database.open(paths)
    try:
        log_incident(db, IncidentInput(text="first"))
        with db.engine.connect() as conn:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

        from sqlalchemy import event

        def cap(dbapi_connection: sqlite3.Connection, _record: object) -> None:
            dbapi_connection.execute(f"PRAGMA max_page_count={pages}").close()

        db.engine.dispose()
        event.listen(db.engine, "connect", cap)
        with pytest.raises(DatabaseError, match="disk is full"):
            log_incident(db, IncidentInput(text="x" * 19_000 + " big"))
        assert count_incidents(db) == 1
    finally:
        db.close()


def test_a_database_held_by_another_program_gives_a_clear_message(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    import planner.storage.engine as engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 100)
    db = Database.open(paths)
    holder = sqlite3.connect(paths.default_database, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseError, match="in use by another program"):
            log_incident(db, IncidentInput(text="blocked"))
        holder.execute("ROLLBACK")
        log_incident(db, IncidentInput(text="after"))
        assert count_incidents(db) == 1
    finally:
        holder.close()
        db.close()
