"""Correcting an incident's details after logging it, and publishing the blog post as one
transaction, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlmodel import select

from planner.core.enums import (
    Channel,
    ContactMethod,
    DraftKind,
    Language,
    Severity,
    TimelineKind,
)
from planner.core.errors import NotFoundError, ValidationError
from planner.core.models import ReplyDraft
from planner.services import blog_post
from planner.services.blog_post import publish_blog_post, save_blog_draft
from planner.services.changes import Area
from planner.services.incidents import (
    IncidentDetails,
    IncidentInput,
    get_incident,
    log_incident,
    update_details,
)
from planner.services.plan import init_plan
from planner.storage.database import Database

# A fixed moment well in the past: the services refuse times in the future.
T0 = datetime(2024, 5, 6, 8, 0, tzinfo=UTC)

DETAILS = IncidentDetails(
    title="  The late birthday cake  ",
    channel=Channel.INSTAGRAM,
    severity=Severity.HIGH,
    url=" https://www.instagram.com/p/abc123/ ",
    author="liisa_v",
    customer_name=" Liisa Virtanen ",
    customer_email="liisa@example.fi",
    customer_phone="+358 40 123 4567",
    customer_profile_url="https://www.instagram.com/liisa_v/",
)


def _incident(db: Database) -> int:
    return log_incident(
        db,
        IncidentInput(text="The cake was an hour late!", author="anonymous"),
        now=T0,
    ).value


def test_details_are_saved_and_timelined(db: Database) -> None:
    incident_id = _incident(db)
    outcome = update_details(db, incident_id, DETAILS)
    assert outcome.changes.touches(Area.INCIDENTS)
    incident = get_incident(db, incident_id)
    assert incident.title == "The late birthday cake"
    assert (incident.channel, incident.severity) == (Channel.INSTAGRAM, Severity.HIGH)
    assert incident.url == "https://www.instagram.com/p/abc123/"
    assert incident.author == "liisa_v"
    assert incident.customer_name == "Liisa Virtanen"
    assert incident.customer_email == "liisa@example.fi"
    assert incident.customer_phone == "+358 40 123 4567"
    assert incident.customer_profile_url == "https://www.instagram.com/liisa_v/"
    assert incident.original_text == "The cake was an hour late!"  # never rewritten
    assert [e.kind for e in incident.timeline] == [TimelineKind.CREATED, TimelineKind.EDITED]


def test_details_can_be_cleared_again(db: Database) -> None:
    incident_id = _incident(db)
    update_details(db, incident_id, DETAILS)
    update_details(
        db,
        incident_id,
        IncidentDetails(title="Cake", channel=Channel.OTHER, severity=Severity.LOW),
    )
    incident = get_incident(db, incident_id)
    assert (incident.url, incident.customer_email, incident.customer_profile_url) == ("", "", "")
    assert incident.severity == Severity.LOW
    assert [e.kind for e in incident.timeline].count(TimelineKind.EDITED) == 2


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": "   "}, "title"),
        ({"customer_email": "liisa@"}, "customer_email"),
        ({"customer_phone": "123"}, "customer_phone"),
        ({"url": "on instagram"}, "url"),
        ({"url": "ftp://example.com/x"}, "url"),
        ({"customer_profile_url": "liisa_v on instagram"}, "customer_profile_url"),
    ],
)
def test_bad_details_are_refused_and_nothing_changes(
    db: Database, changes: dict[str, Any], field: str
) -> None:
    incident_id = _incident(db)
    before = get_incident(db, incident_id)
    with pytest.raises(ValidationError) as raised:
        update_details(db, incident_id, replace(DETAILS, **changes))
    assert field in raised.value.errors
    assert get_incident(db, incident_id) == before


def test_every_bad_field_is_reported_at_once(db: Database) -> None:
    incident_id = _incident(db)
    with pytest.raises(ValidationError) as raised:
        update_details(
            db,
            incident_id,
            replace(DETAILS, title="", customer_email="x@", customer_profile_url="nope"),
        )
    assert {"title", "customer_email", "customer_profile_url"} <= set(raised.value.errors)


def test_details_of_a_missing_incident(db: Database) -> None:
    with pytest.raises(NotFoundError):
        update_details(db, 999_999, DETAILS)


# -- publishing the blog post -----------------------------------------------------------------
def _blog_incident(db: Database) -> int:
    init_plan(db, language=Language.EN, business="Bakery Warm", owner="Aino")
    return log_incident(
        db,
        IncidentInput(
            text="The cake was ruined!",
            url="https://www.facebook.com/bakery/posts/123",
            author="Liisa Virtanen",
            customer_email="liisa@example.fi",
        ),
        now=T0,
    ).value


def _blog_drafts(db: Database, incident_id: int) -> list[tuple[str, datetime | None]]:
    with db.session(write=False) as session:
        rows = session.exec(
            select(ReplyDraft).where(
                ReplyDraft.incident_id == incident_id, ReplyDraft.kind == DraftKind.BLOG_POST
            )
        )
        return [(row.body, row.posted_at) for row in rows]


def test_a_blocked_post_writes_nothing(db: Database) -> None:
    incident_id = _blog_incident(db)
    save_blog_draft(db, incident_id, "Liisa Virtanen ordered a cake (liisa@example.fi).")
    before = get_incident(db, incident_id)
    with pytest.raises(ValidationError):
        publish_blog_post(db, incident_id, at=T0 + timedelta(days=2))
    after = get_incident(db, incident_id)
    assert after.attempts == before.attempts == []
    assert after.timeline == before.timeline
    assert _blog_drafts(db, incident_id) == [
        ("Liisa Virtanen ordered a cake (liisa@example.fi).", None)
    ]


def test_a_failure_midway_rolls_the_whole_publication_back(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    incident_id = _blog_incident(db)
    body = "A customer ordered a cake, and it went wrong. I learned…"
    save_blog_draft(db, incident_id, body)

    def broken(**_: object) -> None:
        raise RuntimeError("disk full")

    # The contact attempt is already in the transaction when the timeline entry fails.
    monkeypatch.setattr(blog_post, "TimelineEvent", broken)
    with pytest.raises(RuntimeError):
        publish_blog_post(db, incident_id, at=T0 + timedelta(days=2))
    incident = get_incident(db, incident_id)
    assert incident.attempts == []
    assert [e.kind for e in incident.timeline] == [TimelineKind.CREATED]
    assert _blog_drafts(db, incident_id) == [(body, None)]

    monkeypatch.undo()
    published = T0 + timedelta(days=2)
    attempt_id = publish_blog_post(db, incident_id, at=published).value
    incident = get_incident(db, incident_id)
    assert [(a.id, a.method) for a in incident.attempts] == [(attempt_id, ContactMethod.BLOG_POST)]
    assert [e.kind for e in incident.timeline] == [
        TimelineKind.CREATED,
        TimelineKind.CONTACT_ATTEMPT,
        TimelineKind.BLOG_PUBLISHED,
    ]
    assert _blog_drafts(db, incident_id) == [(body, published)]
