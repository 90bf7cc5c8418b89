"""The reply composer's data: the plan's templates filled from the incident, the draft
saved as the owner types, and posting, which stops the first-reply clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from planner.core.clock import utcnow
from planner.core.enums import (
    ContactMethod,
    ContactOutcome,
    DraftKind,
    Language,
    TemplateKind,
)
from planner.core.errors import NotFoundError, ValidationError
from planner.core.i18n import translate
from planner.core.labels import label
from planner.core.models import (
    BusinessProfile,
    Incident,
    Person,
    ReplyDraft,
    ReplyTemplate,
    ResponsePlan,
)
from planner.services.changes import Area, Outcome, changed
from planner.services.incidents import MAX_TEXT, add_attempt, checked_moment
from planner.storage.database import Database

# Templates that are not public replies: the blog outline and the review request.
NOT_REPLIES = (TemplateKind.BLOG_OUTLINE, TemplateKind.REVIEW_REQUEST)


@dataclass(frozen=True)
class TemplateChoice:
    id: int
    kind: TemplateKind
    language: Language
    title: str
    body: str


@dataclass(frozen=True)
class ReplyDraftView:
    id: int
    body: str
    template_id: int | None
    updated_at: datetime | None


@dataclass(frozen=True)
class ComposerData:
    templates: list[TemplateChoice]
    values: dict[str, str]  # placeholder -> value from the incident and the profile
    draft: ReplyDraftView | None  # the unposted draft, if the owner started one


def _open_draft(session: Session, incident_id: int) -> ReplyDraft | None:
    return session.exec(
        select(ReplyDraft)
        .where(
            ReplyDraft.incident_id == incident_id,
            ReplyDraft.kind == DraftKind.PUBLIC_REPLY,
            col(ReplyDraft.posted_at).is_(None),
        )
        .order_by(col(ReplyDraft.id).desc())
    ).first()


def _incident(session: Session, incident_id: int) -> Incident:
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise NotFoundError(translate("IncidentService", "The incident no longer exists."))
    return incident


def profile_values(session: Session, plan: ResponsePlan | None) -> dict[str, str]:
    """The placeholders the profile and the plan fill: signature, business, owner, phone."""
    profile = session.exec(select(BusinessProfile).order_by(col(BusinessProfile.id))).first()
    owner_name = profile.owner_name if profile else ""
    phone = ""
    if plan is not None:
        # The owner's number: their own entry among the people, else the first with one.
        people = session.exec(
            select(Person).where(Person.plan_id == plan.id).order_by(col(Person.position))
        ).all()
        candidates = [p for p in people if p.phone]
        mine = [p for p in candidates if owner_name and p.name == owner_name]
        phone = (mine or candidates)[0].phone if candidates else ""
    return {
        "signature": profile.signature if profile and profile.signature else owner_name,
        "business_name": profile.name if profile else "",
        "owner_name": owner_name,
        "owner_phone": phone,
    }


def reply_templates(session: Session, plan: ResponsePlan | None) -> list[TemplateChoice]:
    """The plan's public-reply templates, in the plan's order."""
    if plan is None:
        return []
    rows = session.exec(
        select(ReplyTemplate)
        .where(ReplyTemplate.plan_id == plan.id, col(ReplyTemplate.kind).not_in(NOT_REPLIES))
        .order_by(col(ReplyTemplate.position), col(ReplyTemplate.id))
    ).all()
    return [TemplateChoice(r.id or 0, r.kind, r.language, r.title, r.body) for r in rows]


def _values(session: Session, incident: Incident, plan: ResponsePlan | None) -> dict[str, str]:
    return {
        "customer_name": incident.customer_name or incident.author,
        "topic": incident.title,
        "channel": translate("Labels", label(incident.channel)),
        **profile_values(session, plan),
    }


def composer_data(db: Database, incident_id: int) -> ComposerData:
    with db.session(write=False) as session:
        incident = _incident(session, incident_id)
        plan = session.exec(select(ResponsePlan).order_by(col(ResponsePlan.id))).first()
        templates = reply_templates(session, plan)
        draft = _open_draft(session, incident_id)
        return ComposerData(
            templates,
            _values(session, incident, plan),
            ReplyDraftView(draft.id or 0, draft.body, draft.template_id, draft.updated_at)
            if draft
            else None,
        )


def save_reply_draft(
    db: Database, incident_id: int, body: str, template_id: int | None = None
) -> Outcome[int]:
    """Saved as the owner types: one open draft per incident, nothing lost on a crash."""
    if len(body) > MAX_TEXT:
        raise ValidationError(translate("IncidentService", "The reply is too long."), "text")
    with db.session(write=True) as session:
        _incident(session, incident_id)
        draft = _open_draft(session, incident_id)
        if draft is None:
            draft = ReplyDraft(incident_id=incident_id, kind=DraftKind.PUBLIC_REPLY)
        if template_id is not None and session.get(ReplyTemplate, template_id) is None:
            template_id = None  # removed from the plan meanwhile: keep the text anyway
        draft.body = body
        draft.template_id = template_id
        draft.updated_at = utcnow()
        session.add(draft)
        session.flush()
        assert draft.id is not None
        # The draft is the composer's own state: no other view shows it.
        return Outcome(draft.id)


def post_reply(
    db: Database, incident_id: int, body: str, at: datetime | None = None
) -> Outcome[int]:
    """The reply was posted: it goes in the timeline, stops the first-reply clock and
    closes the draft, all in one transaction. Returns the attempt id."""
    if not body.strip():
        raise ValidationError(translate("IncidentService", "Write the reply first."), "text")
    if len(body) > MAX_TEXT:
        raise ValidationError(translate("IncidentService", "The reply is too long."), "text")
    moment = checked_moment(at)
    with db.session(write=True) as session:
        attempt_id = add_attempt(
            session,
            incident_id,
            ContactMethod.PUBLIC_REPLY,
            ContactOutcome.LEFT_MESSAGE,
            moment,
            body,
        )
        draft = _open_draft(session, incident_id)
        if draft is None:
            draft = ReplyDraft(incident_id=incident_id, kind=DraftKind.PUBLIC_REPLY)
        draft.body = body.strip()
        draft.posted_at = moment
        draft.updated_at = utcnow()
        session.add(draft)
        return changed(attempt_id, Area.INCIDENTS)
