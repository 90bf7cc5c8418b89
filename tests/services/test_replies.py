"""The reply composer: the plan's templates filled from the incident and the profile, the
draft saved as the owner types, and posting the reply, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from planner.core.clock import utcnow
from planner.core.enums import (
    ContactMethod,
    IncidentStatus,
    Language,
    PersonRole,
    PlanSection,
    TemplateKind,
    TimelineKind,
)
from planner.core.errors import NotFoundError, ValidationError
from planner.services.changes import Area
from planner.services.incidents import IncidentInput, get_incident, log_incident
from planner.services.plan import add_item, delete_item, get_plan, init_plan, update_item
from planner.services.replies import composer_data, post_reply, save_reply_draft
from planner.storage.database import Database

# A fixed moment well in the past: the services refuse times in the future.
T0 = datetime(2024, 5, 6, 8, 0, tzinfo=UTC)
REPLY_KINDS = [
    TemplateKind.ACKNOWLEDGEMENT,
    TemplateKind.LATE_APOLOGY,
    TemplateKind.OFFER_CALL,
    TemplateKind.FOLLOW_UP,
    TemplateKind.PARTING_REFUND,
]


def _plan(db: Database, *languages: Language) -> None:
    init_plan(
        db,
        language=Language.EN,
        business="Bakery Warm",
        owner="Aino",
        signature="Aino from Bakery Warm",
        reply_languages=languages,
    )


def _incident(
    db: Database, text: str = "The cake was an hour late!", title: str = "", customer_name: str = ""
) -> int:
    data = IncidentInput(
        text=text,
        url="https://www.facebook.com/bakery/posts/1",
        author="liisa_v",
        title=title,
        customer_name=customer_name,
    )
    return log_incident(db, data, now=T0).value


def _person_id(db: Database, role: PersonRole) -> int:
    plan = get_plan(db)
    assert plan is not None
    return int(next(p["id"] for p in plan.sections[PlanSection.PEOPLE] if p["role"] == role))


def _template_id(db: Database, kind: TemplateKind) -> int:
    plan = get_plan(db)
    assert plan is not None
    return int(next(t["id"] for t in plan.sections[PlanSection.TEMPLATES] if t["kind"] == kind))


def test_templates_are_the_plans_replies_only(db: Database) -> None:
    _plan(db)
    templates = composer_data(db, _incident(db)).templates
    assert [t.kind for t in templates] == REPLY_KINDS  # no blog outline, no review request
    assert {t.language for t in templates} == {Language.EN}
    first = templates[0]
    assert first.title == "Public acknowledgement"
    assert "{customer_name}" in first.body  # filled in by the composer, not here


def test_templates_in_every_reply_language(db: Database) -> None:
    _plan(db, Language.FI, Language.EN)
    templates = composer_data(db, _incident(db)).templates
    for language in (Language.FI, Language.EN):
        assert [t.kind for t in templates if t.language == language] == REPLY_KINDS


def test_a_template_added_to_the_plan_is_offered(db: Database) -> None:
    _plan(db)
    add_item(
        db,
        PlanSection.TEMPLATES,
        {
            "title": "Short thanks",
            "language": Language.EN,
            "kind": TemplateKind.CUSTOM,
            "body": "Thank you, {customer_name}. {signature}",
        },
    )
    add_item(
        db,
        PlanSection.TEMPLATES,
        {
            "title": "Another outline",
            "language": Language.EN,
            "kind": TemplateKind.BLOG_OUTLINE,
            "body": "# What I learned",
        },
    )
    titles = [t.title for t in composer_data(db, _incident(db)).templates]
    assert titles[-1] == "Short thanks"
    assert "Another outline" not in titles


def test_values_come_from_the_incident_and_the_profile(db: Database) -> None:
    _plan(db)
    incident_id = _incident(db, title="the late birthday cake", customer_name="Liisa Virtanen")
    values = composer_data(db, incident_id).values
    assert values["customer_name"] == "Liisa Virtanen"
    assert values["topic"] == "the late birthday cake"
    assert values["signature"] == "Aino from Bakery Warm"
    assert values["business_name"] == "Bakery Warm"
    assert values["owner_name"] == "Aino"
    assert values["channel"] == "Facebook"
    assert values["owner_phone"] == ""  # nobody in the plan has a number yet


def test_the_customer_name_falls_back_to_the_author(db: Database) -> None:
    _plan(db)
    assert composer_data(db, _incident(db)).values["customer_name"] == "liisa_v"


def test_the_owner_phone_is_the_owners_own_else_the_first_given(db: Database) -> None:
    _plan(db)
    incident_id = _incident(db)
    sparring = _person_id(db, PersonRole.SPARRING_PARTNER)
    update_item(db, PlanSection.PEOPLE, sparring, {"name": "Pekka", "phone": "+358 40 111 2222"})
    assert composer_data(db, incident_id).values["owner_phone"] == "+358 40 111 2222"
    # The owner's own entry wins, wherever it is in the list.
    add_item(
        db,
        PlanSection.PEOPLE,
        {"name": "Supplier", "role": PersonRole.FIXER, "phone": "+358 9 555 0000"},
        position=0,
    )
    update_item(
        db, PlanSection.PEOPLE, _person_id(db, PersonRole.RESPONDER), {"phone": "040 123 4567"}
    )
    assert composer_data(db, incident_id).values["owner_phone"] == "040 123 4567"


def test_without_a_plan_there_are_no_templates(db: Database) -> None:
    data = composer_data(db, _incident(db, title="late cake"))
    assert data.templates == []
    assert data.values["topic"] == "late cake"
    assert data.values["customer_name"] == "liisa_v"
    assert data.draft is None
    with pytest.raises(NotFoundError):
        composer_data(db, 999_999)


def test_one_draft_per_incident_reloaded_by_the_composer(db: Database) -> None:
    _plan(db)
    incident_id = _incident(db)
    other = _incident(db, text="Rude service")
    acknowledgement = _template_id(db, TemplateKind.ACKNOWLEDGEMENT)
    first = save_reply_draft(db, incident_id, "Hi Liisa,", acknowledgement).value
    second = save_reply_draft(db, incident_id, "Hi Liisa, I am so sorry.", acknowledgement).value
    assert first == second
    draft = composer_data(db, incident_id).draft
    assert draft is not None
    assert draft.body == "Hi Liisa, I am so sorry."
    assert draft.template_id == acknowledgement
    assert draft.updated_at is not None
    assert composer_data(db, other).draft is None  # drafts belong to their incident
    with pytest.raises(NotFoundError):
        save_reply_draft(db, 999_999, "Hi")


def test_a_removed_template_does_not_lose_the_draft(db: Database) -> None:
    _plan(db)
    incident_id = _incident(db)
    offer = _template_id(db, TemplateKind.OFFER_CALL)
    save_reply_draft(db, incident_id, "Could I call you?", offer)
    delete_item(db, PlanSection.TEMPLATES, offer)
    draft = composer_data(db, incident_id).draft
    assert draft is not None
    assert (draft.body, draft.template_id) == ("Could I call you?", None)
    # The composer may still send the id it had: the text is kept anyway.
    save_reply_draft(db, incident_id, "Could I call you today?", offer)
    draft = composer_data(db, incident_id).draft
    assert draft is not None
    assert (draft.body, draft.template_id) == ("Could I call you today?", None)
    assert offer not in [t.id for t in composer_data(db, incident_id).templates]


def test_posting_records_the_reply_and_closes_the_draft(db: Database) -> None:
    _plan(db)
    incident_id = _incident(db)
    save_reply_draft(db, incident_id, "Hi Liisa, I am sorry.")
    posted = T0 + timedelta(minutes=40)
    outcome = post_reply(db, incident_id, "  Hi Liisa, I am so sorry. Aino  ", at=posted)
    assert outcome.changes.touches(Area.INCIDENTS)
    incident = get_incident(db, incident_id)
    assert incident.first_reply_at == posted
    assert incident.status == IncidentStatus.ACKNOWLEDGED
    [attempt] = incident.attempts
    assert attempt.id == outcome.value
    assert attempt.method == ContactMethod.PUBLIC_REPLY
    assert attempt.at == posted
    assert attempt.notes == "Hi Liisa, I am so sorry. Aino"
    reply_events = [e for e in incident.timeline if e.kind == TimelineKind.REPLY_POSTED]
    assert [e.text for e in reply_events] == ["Hi Liisa, I am so sorry. Aino"]
    assert composer_data(db, incident_id).draft is None
    # A new draft after posting starts afresh.
    new = save_reply_draft(db, incident_id, "A second reply").value
    draft = composer_data(db, incident_id).draft
    assert draft is not None and (draft.id, draft.body) == (new, "A second reply")


def test_posting_without_a_draft_works_too(db: Database) -> None:
    _plan(db)
    incident_id = _incident(db)
    post_reply(db, incident_id, "Hi, sorry!", at=T0 + timedelta(hours=2))
    assert get_incident(db, incident_id).first_reply_at == T0 + timedelta(hours=2)
    assert composer_data(db, incident_id).draft is None


@pytest.mark.parametrize(
    ("body", "at"),
    [
        ("   \n ", T0 + timedelta(minutes=5)),
        ("", T0 + timedelta(minutes=5)),
        ("Hi Liisa, sorry.", utcnow() + timedelta(days=1)),
    ],
    ids=["blank", "empty", "future"],
)
def test_a_refused_post_changes_nothing(db: Database, body: str, at: datetime) -> None:
    _plan(db)
    incident_id = _incident(db)
    save_reply_draft(db, incident_id, "Hi Liisa, work in progress")
    with pytest.raises(ValidationError):
        post_reply(db, incident_id, body, at=at)
    incident = get_incident(db, incident_id)
    assert incident.first_reply_at is None
    assert incident.status == IncidentStatus.NEW
    assert incident.attempts == []
    assert [e.kind for e in incident.timeline] == [TimelineKind.CREATED]
    draft = composer_data(db, incident_id).draft
    assert draft is not None and draft.body == "Hi Liisa, work in progress"


def test_posting_on_a_missing_incident(db: Database) -> None:
    with pytest.raises(NotFoundError):
        post_reply(db, 999_999, "Hi", at=T0)
