"""Incidents: a public complaint and everything done about it."""

from datetime import datetime

from sqlalchemy import CheckConstraint, Index, Text, event
from sqlmodel import Field, Relationship, SQLModel

from planner.core.enums import (
    Channel,
    ContactMethod,
    ContactOutcome,
    DraftKind,
    IncidentStatus,
    Justified,
    Language,
    RootCause,
    Severity,
    TimelineKind,
)
from planner.core.models.base import created_field, enum_field, fk_field, utc_field
from planner.core.text_fold import fold

_CASCADE = {"cascade": "all, delete-orphan", "passive_deletes": True}


class Incident(SQLModel, table=True):
    __tablename__ = "incident"
    __table_args__ = (
        Index("ix_incident_status_detected", "status", "detected_at"),
        # The list's default order (newest first) reads the first page from this index.
        Index("ix_incident_detected_at", "detected_at"),
        CheckConstraint(
            "posted_at IS NULL OR posted_at <= detected_at", name="posted_before_detected"
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(default="", max_length=300)
    channel: Channel = enum_field(Channel, "channel", Channel.OTHER, index=True)
    url: str = Field(default="", max_length=2000)
    author: str = Field(default="", max_length=200)
    # The customer's own details, when known: personal data, covered by erasure/retention.
    customer_name: str = Field(default="", max_length=200)
    customer_email: str = Field(default="", max_length=254)
    customer_phone: str = Field(default="", max_length=50)
    customer_profile_url: str = Field(default="", max_length=2000)
    original_text: str = Field(sa_type=Text)
    # Title, text and author folded (text_fold.fold), kept by the ORM events below: the
    # list's text filter is a plain LIKE on it, as fast as the database can scan.
    search_text: str = Field(default="", sa_type=Text, sa_column_kwargs={"server_default": ""})
    posted_at: datetime | None = utc_field()
    detected_at: datetime = created_field()  # when the owner saw it (defaults to now)
    first_reply_at: datetime | None = utc_field()
    first_contact_at: datetime | None = utc_field()
    resolved_at: datetime | None = utc_field()
    severity: Severity = enum_field(Severity, "severity", Severity.MEDIUM, index=True)
    status: IncidentStatus = enum_field(IncidentStatus, "status", IncidentStatus.NEW)
    justified: Justified | None = enum_field(Justified, "justified", nullable=True)
    root_cause: RootCause | None = enum_field(RootCause, "root_cause", nullable=True)
    # Written permission to name the customer publicly (the blog-post fallback needs it).
    permission_to_name_at: datetime | None = utc_field()
    permission_to_name_how: str = Field(default="", max_length=500)
    created_at: datetime = created_field()
    updated_at: datetime | None = utc_field()

    events: list["TimelineEvent"] = Relationship(
        back_populates="incident", sa_relationship_kwargs=_CASCADE
    )
    attempts: list["ContactAttempt"] = Relationship(
        back_populates="incident", sa_relationship_kwargs=_CASCADE
    )
    drafts: list["ReplyDraft"] = Relationship(
        back_populates="incident", sa_relationship_kwargs=_CASCADE
    )


class TimelineEvent(SQLModel, table=True):
    """Everything that happened to an incident, in order: the record of what was done."""

    __tablename__ = "timeline_event"
    __table_args__ = (Index("ix_timeline_event_incident_time", "incident_id", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = fk_field("incident.id", index=False)
    at: datetime = created_field()
    kind: TimelineKind = enum_field(TimelineKind, "kind")
    text: str = Field(default="", sa_type=Text)
    # Small structured details (old/new status, attempt id) as JSON text.
    data: str = Field(default="", sa_type=Text)

    incident: Incident = Relationship(back_populates="events")


class ContactAttempt(SQLModel, table=True):
    __tablename__ = "contact_attempt"
    __table_args__ = (
        Index("ix_contact_attempt_incident_time", "incident_id", "at"),
        Index("ix_contact_attempt_follow_up", "follow_up_done", "next_follow_up_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = fk_field("incident.id", index=False)
    method: ContactMethod = enum_field(ContactMethod, "method")
    at: datetime = created_field()
    outcome: ContactOutcome = enum_field(ContactOutcome, "outcome")
    notes: str = Field(default="", sa_type=Text)
    next_follow_up_at: datetime | None = utc_field()
    follow_up_done: bool = Field(default=False)

    incident: Incident = Relationship(back_populates="attempts")


class ReplyDraft(SQLModel, table=True):
    """A reply or blog post being written; saved as the owner types so nothing is lost."""

    __tablename__ = "reply_draft"

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = fk_field("incident.id")
    kind: DraftKind = enum_field(DraftKind, "kind", DraftKind.PUBLIC_REPLY)
    language: Language = enum_field(Language, "language", Language.FI)
    template_id: int | None = fk_field(
        "reply_template.id", ondelete="SET NULL", nullable=True, index=False
    )
    body: str = Field(default="", sa_type=Text)
    created_at: datetime = created_field()
    updated_at: datetime | None = utc_field()
    posted_at: datetime | None = utc_field()  # public reply posted / blog post published

    incident: Incident = Relationship(back_populates="drafts")


class ChecklistTick(SQLModel, table=True):
    """A step of the plan's five-step checklist ticked off for one incident."""

    __tablename__ = "checklist_tick"

    incident_id: int = Field(foreign_key="incident.id", ondelete="CASCADE", primary_key=True)
    principle_id: int = Field(foreign_key="principle.id", ondelete="CASCADE", primary_key=True)
    ticked_at: datetime = created_field()


def incident_search_text(title: str, original_text: str, author: str) -> str:
    return fold(" ".join((title, original_text, author)))


@event.listens_for(Incident, "before_insert")
@event.listens_for(Incident, "before_update")
def _keep_search_text(_mapper: object, _connection: object, target: Incident) -> None:
    target.search_text = incident_search_text(
        target.title or "", target.original_text or "", target.author or ""
    )
