"""The blog-post fallback never identifies the customer without written permission."""

from __future__ import annotations

from datetime import timedelta

import pytest

from planner.core.clock import utcnow
from planner.core.enums import ContactMethod, Language, TimelineKind
from planner.core.errors import ValidationError
from planner.services.blog_post import blog_draft, publish_blog_post, save_blog_draft
from planner.services.incidents import (
    IncidentInput,
    get_incident,
    log_incident,
    record_permission,
)
from planner.services.plan import init_plan
from planner.storage.database import Database


def _incident(db: Database) -> int:
    init_plan(db, language=Language.FI, business="Leipomo Lämmin", owner="Aino")
    return log_incident(
        db,
        IncidentInput(
            text="Kakku oli pilalla!",
            url="https://www.facebook.com/leipomo/posts/123",
            author="Liisa Virtanen",
            customer_email="liisa@example.fi",
            customer_phone="+358 40 123 4567",
        ),
        now=utcnow() - timedelta(days=3),
    ).value


def test_a_new_draft_starts_from_the_plans_outline(db: Database) -> None:
    incident_id = _incident(db)
    draft = blog_draft(db, incident_id)
    assert draft.markdown.startswith("#")
    assert draft.hits == [] and not draft.blocked


def test_inflected_names_and_contact_details_block_publishing(db: Database) -> None:
    incident_id = _incident(db)
    body = (
        "Eräs asiakas, Virtasen perhe, tilasi kakun. Soitin Liisalle numeroon "
        "040-1234567 ja kirjoitin osoitteeseen liisa@example.fi. "
        "Keskustelu: facebook.com/leipomo/posts/123"
    )
    save_blog_draft(db, incident_id, body)
    draft = blog_draft(db, incident_id)
    assert draft.blocked
    assert {hit.kind for hit in draft.hits} == {"name", "phone", "email", "link"}
    assert {"Virtasen", "Liisalle"} <= {hit.text for hit in draft.hits}
    with pytest.raises(ValidationError, match="could identify the customer"):
        publish_blog_post(db, incident_id)
    assert not any(
        a.method == ContactMethod.BLOG_POST for a in get_incident(db, incident_id).attempts
    )


def test_an_anonymous_post_is_published_and_timelined(db: Database) -> None:
    incident_id = _incident(db)
    save_blog_draft(db, incident_id, "Asiakas tilasi kakun, ja se epäonnistui. Opin…")
    publish_blog_post(db, incident_id)
    incident = get_incident(db, incident_id)
    assert incident.attempts[-1].method == ContactMethod.BLOG_POST
    assert incident.timeline[-1].kind == TimelineKind.BLOG_PUBLISHED


def test_written_permission_allows_naming(db: Database) -> None:
    incident_id = _incident(db)
    save_blog_draft(db, incident_id, "Kiitos Liisalle luvasta kertoa tämä tarina.")
    assert blog_draft(db, incident_id).blocked
    record_permission(db, incident_id, "Sähköpostilla")
    draft = blog_draft(db, incident_id)
    assert draft.hits and not draft.blocked
    publish_blog_post(db, incident_id)
