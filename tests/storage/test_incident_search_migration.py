"""Migration 0004 (the incident list's folded search text) on incidents logged before it:
they are found by their folded words at once, and edits keep the search current, on
SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text

from planner.services.incident_list import IncidentFilter, list_incidents
from planner.services.incidents import IncidentDetails, get_incident, update_details
from planner.storage import schema
from planner.storage.database import Database
from planner.storage.engine import create_planner_engine
from planner.storage.location import resolve_location
from planner.storage.paths import AppPaths

DETECTED = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
INCIDENTS = [
    # (title, original text, author)
    ("Myöhästynyt kakku", "Kakku tuli TUNNIN myöhässä juhliin.", "Äijälä"),
    ("Cold coffee", "The latte was cold and the staff ignored me.", "Jörg"),
]


def _incidents_at_0003(paths: AppPaths, database_arg: str) -> None:
    paths.ensure()
    engine = create_planner_engine(resolve_location(paths, database_arg))
    try:
        schema.upgrade(engine, "0003")
        with engine.begin() as conn:
            for title, body, author in INCIDENTS:
                conn.execute(
                    text(
                        "INSERT INTO incident (title, channel, url, author, customer_name, "
                        "customer_email, customer_phone, customer_profile_url, original_text, "
                        "detected_at, severity, status, permission_to_name_how, created_at) "
                        "VALUES (:title, 'google', '', :author, '', '', '', '', :body, :at, "
                        "'medium', 'new', '', :at)"
                    ),
                    {
                        "title": title,
                        "author": author,
                        "body": body,
                        # SQLite keeps the UTC wall time; PostgreSQL gets a timestamptz.
                        "at": DETECTED.replace(tzinfo=None)
                        if engine.dialect.name == "sqlite"
                        else DETECTED,
                    },
                )
    finally:
        engine.dispose()


def _titles(db: Database, words: str) -> list[str]:
    return sorted(row.title for row in list_incidents(db, IncidentFilter(text=words)))


def test_incidents_logged_before_0004_are_found_by_folded_words(
    paths: AppPaths, database_arg: str
) -> None:
    _incidents_at_0003(paths, database_arg)
    db = Database.open(paths, database_arg)  # migrates to head
    try:
        assert _titles(db, "myohassa") == ["Myöhästynyt kakku"]
        assert _titles(db, "AIJALA") == ["Myöhästynyt kakku"]
        assert _titles(db, "jorg latte") == ["Cold coffee"]
        assert _titles(db, "latte kakku") == []
        # An edit through the service keeps the stored search text current.
        row = list_incidents(db, IncidentFilter(text="latte"))[0]
        incident = get_incident(db, row.id)
        update_details(
            db,
            row.id,
            IncidentDetails(
                title="Kylmä kahvi",
                channel=incident.channel,
                severity=incident.severity,
                url=incident.url,
                author=incident.author,
                customer_name="",
                customer_email="",
                customer_phone="",
                customer_profile_url="",
            ),
        )
        assert _titles(db, "kylma") == ["Kylmä kahvi"]
        assert _titles(db, "coffee") == []  # the old title is no longer found
    finally:
        db.close()
