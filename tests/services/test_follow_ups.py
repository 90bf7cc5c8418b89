"""Follow-ups the owner promised themselves: which are due, ticking them off, and how a
later attempt settles them, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from planner.core.enums import ContactMethod, ContactOutcome, IncidentStatus
from planner.core.errors import NotFoundError, ValidationError
from planner.services.changes import Area
from planner.services.follow_ups import due_follow_ups, mark_follow_up_done
from planner.services.incidents import (
    IncidentInput,
    change_status,
    get_incident,
    log_incident,
    record_contact,
    record_reply,
)
from planner.storage.database import Database

# A fixed moment well in the past: the services refuse times in the future.
T0 = datetime(2024, 5, 6, 8, 0, tzinfo=UTC)
NOW = T0 + timedelta(days=3)


def _incident(db: Database, title: str) -> int:
    return log_incident(db, IncidentInput(text=f"{title}!", title=title), now=T0).value


def _call(
    db: Database,
    incident_id: int,
    at: datetime,
    follow_up: datetime | None,
    method: ContactMethod = ContactMethod.CALL,
) -> int:
    return record_contact(
        db,
        incident_id,
        method,
        ContactOutcome.NO_ANSWER,
        at=at,
        notes="No answer",
        next_follow_up_at=follow_up,
    ).value


def _pending(db: Database, incident_id: int) -> list[datetime | None]:
    """The follow-up times of the incident's attempts that are still waiting."""
    due = {f.attempt_id for f in due_follow_ups(db, now=datetime(2100, 1, 1, tzinfo=UTC))}
    return [a.next_follow_up_at for a in get_incident(db, incident_id).attempts if a.id in due]


def test_only_due_open_and_unsettled_follow_ups_oldest_first(db: Database) -> None:
    cake = _incident(db, "Late cake")
    bread = _incident(db, "Stale bread")
    later = _incident(db, "Cold coffee")
    resolved = _incident(db, "Wrong change")
    ticked = _incident(db, "Rude cashier")
    no_follow_up = _incident(db, "Parking")
    cake_call = _call(db, cake, T0 + timedelta(hours=1), T0 + timedelta(days=1))
    bread_mail = _call(
        db, bread, T0 + timedelta(hours=2), T0 + timedelta(hours=12), ContactMethod.EMAIL
    )
    _call(db, later, T0 + timedelta(hours=3), NOW + timedelta(hours=1))
    _call(db, resolved, T0 + timedelta(hours=4), T0 + timedelta(days=1))
    change_status(db, resolved, IncidentStatus.RESOLVED, at=T0 + timedelta(hours=5))
    done = _call(db, ticked, T0 + timedelta(hours=5), T0 + timedelta(days=1))
    mark_follow_up_done(db, done)
    _call(db, no_follow_up, T0 + timedelta(hours=6), None)

    due = due_follow_ups(db, now=NOW)
    assert [(f.attempt_id, f.incident_id) for f in due] == [(bread_mail, bread), (cake_call, cake)]
    first = due[0]
    assert first.incident_title == "Stale bread"
    assert first.method == ContactMethod.EMAIL
    assert first.due_at == T0 + timedelta(hours=12)
    # The one set for later comes due when its time comes, not before.
    assert [f.incident_id for f in due_follow_ups(db, now=NOW + timedelta(hours=1))] == [
        bread,
        cake,
        later,
    ]
    assert due_follow_ups(db, now=T0 + timedelta(hours=11)) == []


def test_reopening_an_incident_brings_its_follow_up_back(db: Database) -> None:
    cake = _incident(db, "Late cake")
    _call(db, cake, T0 + timedelta(hours=1), T0 + timedelta(days=1))
    change_status(db, cake, IncidentStatus.PARTED_WAYS, at=T0 + timedelta(hours=2))
    assert due_follow_ups(db, now=NOW) == []
    change_status(db, cake, IncidentStatus.IN_CONTACT, at=T0 + timedelta(hours=3))
    assert [f.incident_id for f in due_follow_ups(db, now=NOW)] == [cake]


def test_ticking_a_follow_up_off_and_back_on(db: Database) -> None:
    cake = _incident(db, "Late cake")
    attempt = _call(db, cake, T0 + timedelta(hours=1), T0 + timedelta(days=1))
    outcome = mark_follow_up_done(db, attempt)
    assert outcome.changes.touches(Area.INCIDENTS)
    assert due_follow_ups(db, now=NOW) == []
    mark_follow_up_done(db, attempt, done=False)
    assert [f.attempt_id for f in due_follow_ups(db, now=NOW)] == [attempt]
    with pytest.raises(NotFoundError):
        mark_follow_up_done(db, 999_999)


def test_a_newer_attempt_settles_earlier_follow_ups_of_that_incident(db: Database) -> None:
    cake = _incident(db, "Late cake")
    bread = _incident(db, "Stale bread")
    _call(db, cake, T0 + timedelta(hours=1), T0 + timedelta(days=1))
    bread_call = _call(db, bread, T0 + timedelta(hours=1), T0 + timedelta(days=1))
    # Calling again on the cake, with a new follow-up of its own.
    again = _call(db, cake, T0 + timedelta(hours=20), T0 + timedelta(days=2, hours=12))
    assert _pending(db, cake) == [T0 + timedelta(days=2, hours=12)]
    assert [f.attempt_id for f in due_follow_ups(db, now=NOW)] == [bread_call, again]
    # A public reply is acting again, too; the other incident is left alone.
    record_reply(db, cake, "Hi, I tried to call you.", at=T0 + timedelta(days=1))
    assert _pending(db, cake) == []
    assert [f.attempt_id for f in due_follow_ups(db, now=NOW)] == [bread_call]


def test_a_back_dated_attempt_does_not_settle_a_later_follow_up(db: Database) -> None:
    cake = _incident(db, "Late cake")
    _call(db, cake, T0 + timedelta(hours=10), T0 + timedelta(days=1))
    # The owner remembers an e-mail they sent before that call, and records it now.
    _call(db, cake, T0 + timedelta(hours=2), None, ContactMethod.EMAIL)
    assert _pending(db, cake) == [T0 + timedelta(days=1)]


def test_a_follow_up_before_the_attempt_is_refused(db: Database) -> None:
    cake = _incident(db, "Late cake")
    earlier = _call(db, cake, T0 + timedelta(hours=1), T0 + timedelta(days=1))
    with pytest.raises(ValidationError) as raised:
        _call(db, cake, T0 + timedelta(hours=5), T0 + timedelta(hours=4))
    assert raised.value.field == "next_follow_up_at"
    incident = get_incident(db, cake)
    assert [a.id for a in incident.attempts] == [earlier]  # nothing saved
    assert [f.attempt_id for f in due_follow_ups(db, now=NOW)] == [earlier]  # nor settled
    assert incident.first_contact_at == T0 + timedelta(hours=1)
