"""The blog-post fallback: when the customer will not talk, tell the story of "a customer"
from a learning angle. Nothing that identifies them may be published without their written
permission, so publishing is refused while the anonymity check finds anything."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from planner.core.anonymity import Hit, anonymity_hits
from planner.core.clock import utcnow
from planner.core.enums import (
    ContactMethod,
    ContactOutcome,
    DraftKind,
    Language,
    TemplateKind,
    TimelineKind,
)
from planner.core.errors import ValidationError
from planner.core.i18n import arg, translate
from planner.core.models import Incident, ReplyDraft, ReplyTemplate, ResponsePlan, TimelineEvent
from planner.services.changes import Area, Outcome, changed
from planner.services.incidents import add_attempt, checked_moment, get_incident
from planner.storage.database import Database


@dataclass(frozen=True)
class BlogDraft:
    markdown: str
    hits: list[Hit]
    permission: bool  # written permission to name the customer was recorded

    @property
    def blocked(self) -> bool:
        return bool(self.hits) and not self.permission


def _outline(session: Session) -> tuple[str, Language]:
    plan = session.exec(select(ResponsePlan).order_by(col(ResponsePlan.id))).first()
    language = plan.language if plan else Language.FI
    if plan is not None:
        rows = session.exec(
            select(ReplyTemplate)
            .where(
                ReplyTemplate.plan_id == plan.id, ReplyTemplate.kind == TemplateKind.BLOG_OUTLINE
            )
            .order_by(col(ReplyTemplate.position))
        ).all()
        preferred = [r for r in rows if r.language == language] or list(rows)
        if preferred:
            return preferred[0].body, language
    return translate(
        "BlogPost",
        "# What I learned from a customer case\n\n"
        "## What happened\n\n## What I learned\n\n"
        "## What I changed\n",
    ), language


def _draft_row(session: Session, incident_id: int) -> ReplyDraft | None:
    return session.exec(
        select(ReplyDraft)
        .where(ReplyDraft.incident_id == incident_id, ReplyDraft.kind == DraftKind.BLOG_POST)
        .order_by(col(ReplyDraft.id).desc())
    ).first()


def check_anonymity(db: Database, incident_id: int, text: str) -> list[Hit]:
    incident = get_incident(db, incident_id)
    return anonymity_hits(
        text,
        customer_name=incident.customer_name,
        author=incident.author,
        email=incident.customer_email,
        phone=incident.customer_phone,
        profile_url=incident.customer_profile_url,
        post_url=incident.url,
    )


def blog_draft(db: Database, incident_id: int) -> BlogDraft:
    """The saved draft, or a new one from the plan's outline, with what identifies anyone."""
    incident = get_incident(db, incident_id)
    with db.session(write=False) as session:
        row = _draft_row(session, incident_id)
        body = row.body if row is not None else _outline(session)[0]
    return BlogDraft(
        body, check_anonymity(db, incident_id, body), incident.permission_to_name_at is not None
    )


def save_blog_draft(db: Database, incident_id: int, body: str) -> Outcome[int]:
    """Save as the owner types (one draft per incident)."""
    with db.session(write=True) as session:
        if session.get(Incident, incident_id) is None:
            raise ValidationError(
                arg(translate("BlogPost", "There is no incident %1."), incident_id)
            )
        row = _draft_row(session, incident_id)
        if row is None:
            _body, language = _outline(session)
            row = ReplyDraft(incident_id=incident_id, kind=DraftKind.BLOG_POST, language=language)
        row.body = body
        row.updated_at = utcnow()
        session.add(row)
        session.flush()
        assert row.id is not None
        return changed(row.id, Area.INCIDENTS)


def publish_blog_post(db: Database, incident_id: int, at: datetime | None = None) -> Outcome[int]:
    """Record that the post went out; refused while it could identify the customer."""
    draft = blog_draft(db, incident_id)
    if draft.blocked:
        found = ", ".join(sorted({hit.text for hit in draft.hits}))
        raise ValidationError(
            arg(
                translate(
                    "BlogPost",
                    "The post could identify the customer (%1). Remove these, or record "
                    "their written permission first.",
                ),
                found,
            ),
            "body",
        )
    moment = checked_moment(at)
    with db.session(write=True) as session:
        # One transaction: the attempt, the draft's publication and the timeline together.
        attempt_id = add_attempt(
            session,
            incident_id,
            ContactMethod.BLOG_POST,
            ContactOutcome.LEFT_MESSAGE,
            moment,
            translate("BlogPost", "Blog post published."),
        )
        row = _draft_row(session, incident_id)
        if row is None:
            row = ReplyDraft(incident_id=incident_id, kind=DraftKind.BLOG_POST, body=draft.markdown)
        row.posted_at = moment
        session.add(row)
        session.add(
            TimelineEvent(
                incident_id=incident_id,
                kind=TimelineKind.BLOG_PUBLISHED,
                at=moment,
                text=draft.markdown[:2000],
            )
        )
        return changed(attempt_id, Area.INCIDENTS)
