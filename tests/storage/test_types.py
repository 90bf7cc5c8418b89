"""What the database gives back is what was put in: aware UTC times, enforced vocabularies,
and child rows that go with their parent."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlmodel import select

from planner.core.enums import Channel, ContactMethod, ContactOutcome, TimelineKind
from planner.core.models import ContactAttempt, Incident, TimelineEvent
from planner.storage.database import Database

HELSINKI_SUMMER = timezone(timedelta(hours=3))


def _incident(**overrides: object) -> Incident:
    values: dict[str, object] = {"original_text": "Rude staff.", "channel": Channel.GOOGLE}
    values.update(overrides)
    return Incident(**values)


def test_times_come_back_as_the_same_moment_in_utc(db: Database) -> None:
    local = datetime(2026, 7, 3, 23, 45, 12, 123456, tzinfo=HELSINKI_SUMMER)
    with db.session(write=True) as session:
        incident = _incident(detected_at=local, posted_at=local - timedelta(hours=2))
        session.add(incident)
        session.flush()
        incident_id = incident.id
    with db.session(write=False) as session:
        stored = session.get(Incident, incident_id)
        assert stored is not None
        assert stored.detected_at == local
        assert stored.detected_at.tzinfo is UTC
        assert stored.detected_at.hour == 20
        assert stored.posted_at == local - timedelta(hours=2)


def test_naive_times_are_refused_and_nothing_is_saved(db: Database) -> None:
    with pytest.raises(StatementError, match="naive"):
        with db.session(write=True) as session:
            session.add(_incident(detected_at=datetime(2026, 1, 1, 12, 0)))
    with db.session(write=False) as session:
        assert session.exec(select(Incident)).all() == []


def test_vocabularies_are_enforced_by_the_database(db: Database) -> None:
    with pytest.raises(IntegrityError):
        with db.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO incident (title, channel, url, author, customer_name, "
                    "customer_email, customer_phone, customer_profile_url, original_text, "
                    "detected_at, severity, status, permission_to_name_how, created_at) VALUES "
                    "('', 'myspace', '', '', '', '', '', '', 'x', :t, 'high', 'new', '', :t)"
                ),
                {"t": datetime(2026, 1, 1, tzinfo=UTC)},
            )


def test_posted_cannot_be_after_detected(db: Database) -> None:
    now = datetime(2026, 3, 1, 12, tzinfo=UTC)
    with pytest.raises(IntegrityError):
        with db.session(write=True) as session:
            session.add(_incident(detected_at=now, posted_at=now + timedelta(minutes=1)))


def test_deleting_an_incident_removes_its_timeline_and_attempts(db: Database) -> None:
    with db.session(write=True) as session:
        incident = _incident()
        session.add(incident)
        session.flush()
        assert incident.id is not None
        session.add(TimelineEvent(incident_id=incident.id, kind=TimelineKind.CREATED))
        session.add(
            ContactAttempt(
                incident_id=incident.id, method=ContactMethod.CALL, outcome=ContactOutcome.NO_ANSWER
            )
        )
        incident_id = incident.id
    with db.engine.begin() as conn:  # a plain DELETE: the database itself cascades
        conn.execute(text("DELETE FROM incident WHERE id = :id"), {"id": incident_id})
    with db.session(write=False) as session:
        assert session.exec(select(TimelineEvent)).all() == []
        assert session.exec(select(ContactAttempt)).all() == []


def test_a_failed_operation_leaves_the_database_unchanged(db: Database) -> None:
    with pytest.raises(RuntimeError):
        with db.session(write=True) as session:
            session.add(_incident(title="half-saved"))
            session.flush()
            raise RuntimeError("something broke mid-way")
    with db.session(write=False) as session:
        assert session.exec(select(Incident)).all() == []
