"""Logging incidents and recording what was done, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, timedelta

import pytest

from planner.core.clock import utcnow
from planner.core.enums import (
    Channel,
    ContactMethod,
    ContactOutcome,
    IncidentStatus,
    Severity,
    TimelineKind,
)
from planner.core.errors import NotFoundError, ValidationError
from planner.services.changes import Area
from planner.services.incidents import (
    IncidentInput,
    add_note,
    change_status,
    get_incident,
    log_incident,
    record_contact,
    record_permission,
    record_reply,
)
from planner.services.overview import get_overview
from planner.storage.database import Database

REVIEW = "Tilasin täytekakun ristiäisiin ja se oli myöhässä tunnin. Ei näin!"


def test_logging_needs_only_the_text_and_the_link(db: Database) -> None:
    outcome = log_incident(
        db, IncidentInput(text=REVIEW, url="https://www.google.com/maps/place/Leipomo/reviews")
    )
    assert outcome.changes.touches(Area.INCIDENTS)
    incident = get_incident(db, outcome.value)
    assert incident.channel == Channel.GOOGLE  # guessed from the link
    assert incident.severity == Severity.MEDIUM  # a review
    assert incident.status == IncidentStatus.NEW
    assert incident.title.startswith("Tilasin täytekakun")
    assert incident.detected_at.tzinfo is UTC
    assert incident.clock_start == incident.detected_at  # posting time unknown
    assert [e.kind for e in incident.timeline] == [TimelineKind.CREATED]
    assert get_overview(db).open_incidents == 1


def test_the_owner_can_override_the_guesses(db: Database) -> None:
    posted = utcnow() - timedelta(hours=3)
    incident = get_incident(
        db,
        log_incident(
            db,
            IncidentInput(
                text=REVIEW,
                url="https://facebook.com/leipomo/posts/1",
                channel=Channel.FORUM,
                severity=Severity.LOW,
                posted_at=posted,
                author="Liisa V.",
            ),
        ).value,
    )
    assert (incident.channel, incident.severity, incident.author) == (
        Channel.FORUM,
        Severity.LOW,
        "Liisa V.",
    )
    assert incident.clock_start == posted


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (IncidentInput(text="   "), "text"),
        (IncidentInput(text="x" * 20_001), "text"),
        (IncidentInput(text=REVIEW, url="leipomo facebookissa"), "url"),
        (IncidentInput(text=REVIEW, url="ftp://example.com/x"), "url"),
        (IncidentInput(text=REVIEW, detected_at=utcnow() + timedelta(days=1)), "detected_at"),
        (IncidentInput(text=REVIEW, posted_at=utcnow() + timedelta(hours=2)), "posted_at"),
        (
            IncidentInput(
                text=REVIEW,
                posted_at=utcnow() - timedelta(hours=1),
                detected_at=utcnow() - timedelta(hours=2),
            ),
            "posted_at",
        ),
        (IncidentInput(text=REVIEW, customer_email="liisa@"), "customer_email"),
        (IncidentInput(text=REVIEW, customer_phone="123"), "customer_phone"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_saved(
    db: Database, data: IncidentInput, field: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        log_incident(db, data)
    assert field in raised.value.errors
    assert get_overview(db).incidents_total == 0


def test_a_reply_stops_the_reply_clock_and_acknowledges(db: Database) -> None:
    incident_id = log_incident(
        db, IncidentInput(text=REVIEW), now=utcnow() - timedelta(hours=1)
    ).value
    replied = utcnow() - timedelta(minutes=5)
    record_reply(db, incident_id, "Hei Liisa, olen todella pahoillani…", at=replied)
    incident = get_incident(db, incident_id)
    assert incident.first_reply_at == replied
    assert incident.status == IncidentStatus.ACKNOWLEDGED
    kinds = [e.kind for e in incident.timeline]
    assert kinds == [TimelineKind.CREATED, TimelineKind.REPLY_POSTED, TimelineKind.STATUS_CHANGED]
    assert incident.attempts[0].method == ContactMethod.PUBLIC_REPLY
    with pytest.raises(ValidationError):
        record_reply(db, incident_id, "  ")


def test_contact_attempts_build_the_record(db: Database) -> None:
    incident_id = log_incident(db, IncidentInput(text=REVIEW)).value
    first = utcnow() - timedelta(hours=2)
    follow_up = utcnow() + timedelta(hours=3)
    record_contact(
        db,
        incident_id,
        ContactMethod.CALL,
        ContactOutcome.NO_ANSWER,
        at=first,
        notes="Ei vastannut",
        next_follow_up_at=follow_up,
    )
    record_contact(
        db,
        incident_id,
        ContactMethod.CALL,
        ContactOutcome.REACHED_GOOD,
        notes="Sovittiin hyvityksestä",
    )
    incident = get_incident(db, incident_id)
    assert incident.first_contact_at == first  # the first attempt counts
    assert incident.status == IncidentStatus.IN_CONTACT
    assert incident.attempts[0].next_follow_up_at == follow_up
    attempt_events = [e for e in incident.timeline if e.kind == TimelineKind.CONTACT_ATTEMPT]
    assert attempt_events[1].data["outcome"] == "reached-good"
    assert attempt_events[1].text == "Sovittiin hyvityksestä"


def test_status_changes_are_timelined_and_close_the_case(db: Database) -> None:
    incident_id = log_incident(db, IncidentInput(text=REVIEW)).value
    change_status(db, incident_id, IncidentStatus.RESOLVED)
    incident = get_incident(db, incident_id)
    assert incident.resolved_at is not None
    event = incident.timeline[-1]
    assert event.kind == TimelineKind.STATUS_CHANGED
    assert event.data == {"old": "new", "new": "resolved"}
    assert get_overview(db).open_incidents == 0
    change_status(db, incident_id, IncidentStatus.IN_CONTACT)  # reopened
    assert get_incident(db, incident_id).resolved_at is None


def test_notes_and_permission_to_name(db: Database) -> None:
    incident_id = log_incident(
        db, IncidentInput(text=REVIEW), now=utcnow() - timedelta(days=2)
    ).value
    add_note(
        db, incident_id, "Soitin sparraajalle ennen vastausta.", at=utcnow() - timedelta(days=1)
    )
    when = utcnow().replace(microsecond=0)
    record_permission(db, incident_id, "Sähköpostilla 3.5.", at=when)
    incident = get_incident(db, incident_id)
    assert incident.permission_to_name_at == when
    assert incident.permission_to_name_how == "Sähköpostilla 3.5."
    assert [e.kind for e in incident.timeline][-2:] == [TimelineKind.NOTE, TimelineKind.PERMISSION]
    with pytest.raises(ValidationError):
        record_permission(db, incident_id, "")


def test_future_times_and_missing_incidents(db: Database) -> None:
    incident_id = log_incident(db, IncidentInput(text=REVIEW)).value
    with pytest.raises(ValidationError):
        record_contact(
            db,
            incident_id,
            ContactMethod.CALL,
            ContactOutcome.NO_ANSWER,
            at=utcnow() + timedelta(days=1),
        )
    with pytest.raises(NotFoundError):
        record_reply(db, 999_999, "Hei")
    assert len(get_incident(db, incident_id).timeline) == 1


def test_the_list_filters_and_searches_in_the_database(db: Database) -> None:
    from planner.services.incident_list import IncidentFilter, list_incidents

    base = utcnow() - timedelta(days=3)
    ids = [
        log_incident(
            db,
            IncidentInput(
                text="Kylmä kahvi ja töykeä palvelu", url="https://facebook.com/x/posts/1"
            ),
            now=base,
        ).value,
        log_incident(
            db,
            IncidentInput(
                text="Late delivery of 100% rye bread", url="https://www.tripadvisor.fi/Review-1"
            ),
            now=base + timedelta(days=1),
        ).value,
        log_incident(
            db,
            IncidentInput(text="Hinta_lappu puuttui", author="Matti"),
            now=base + timedelta(days=2),
        ).value,
    ]
    change_status(db, ids[0], IncidentStatus.RESOLVED)
    assert [r.id for r in list_incidents(db)] == ids[::-1]  # newest first
    open_ = list_incidents(db, IncidentFilter(statuses=(IncidentStatus.NEW,)))
    assert [r.id for r in open_] == [ids[2], ids[1]]
    assert [r.id for r in list_incidents(db, IncidentFilter(channels=(Channel.TRIPADVISOR,)))] == [
        ids[1]
    ]
    assert [r.id for r in list_incidents(db, IncidentFilter(text="KAHVI"))] == [ids[0]]
    assert [r.id for r in list_incidents(db, IncidentFilter(text="100%"))] == [ids[1]]
    assert [r.id for r in list_incidents(db, IncidentFilter(text="_"))] == [ids[2]]
    assert [r.id for r in list_incidents(db, IncidentFilter(text="matti"))] == [ids[2]]
    assert [r.id for r in list_incidents(db, offset=1, limit=1)] == [ids[1]]
