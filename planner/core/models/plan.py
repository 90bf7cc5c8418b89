"""The response plan, prepared in calm time, and its sections."""

from datetime import datetime

from sqlalchemy import CheckConstraint, Index, Text, UniqueConstraint
from sqlmodel import Field, Relationship, SQLModel

from planner.core.enums import (
    ChangeAction,
    ContactMethod,
    Language,
    PersonRole,
    PlanSection,
    PrincipleKind,
    Severity,
    SourceKind,
    TemplateKind,
)
from planner.core.models.base import created_field, enum_field, fk_field, utc_field

_CASCADE = {"cascade": "all, delete-orphan", "passive_deletes": True}


class ResponsePlan(SQLModel, table=True):
    __tablename__ = "response_plan"
    __table_args__ = (
        CheckConstraint("review_interval_months > 0", name="review_interval"),
        CheckConstraint("review_window_days > 0", name="review_window"),
    )

    id: int | None = Field(default=None, primary_key=True)
    language: Language = enum_field(Language, "language", Language.FI)
    title: str = Field(default="", max_length=200)
    # When to part ways with a customer politely (refund and goodbye), decided in calm time.
    parting_rule: str = Field(default="", sa_type=Text)
    review_interval_months: int = Field(default=6)
    # Days after an incident closes within which its lessons-learned review is due.
    review_window_days: int = Field(default=3)
    last_reviewed_at: datetime | None = utc_field()
    created_at: datetime = created_field()
    updated_at: datetime | None = utc_field()

    sources: list["ListeningSource"] = Relationship(
        back_populates="plan", sa_relationship_kwargs=_CASCADE
    )
    targets: list["ResponseTarget"] = Relationship(
        back_populates="plan", sa_relationship_kwargs=_CASCADE
    )
    templates: list["ReplyTemplate"] = Relationship(
        back_populates="plan", sa_relationship_kwargs=_CASCADE
    )
    steps: list["EscalationStep"] = Relationship(
        back_populates="plan", sa_relationship_kwargs=_CASCADE
    )
    principles: list["Principle"] = Relationship(
        back_populates="plan", sa_relationship_kwargs=_CASCADE
    )
    people: list["Person"] = Relationship(back_populates="plan", sa_relationship_kwargs=_CASCADE)
    compensations: list["CompensationOption"] = Relationship(
        back_populates="plan", sa_relationship_kwargs=_CASCADE
    )
    reviews: list["PlanReview"] = Relationship(
        back_populates="plan", sa_relationship_kwargs=_CASCADE
    )
    changes: list["PlanChange"] = Relationship(
        back_populates="plan", sa_relationship_kwargs=_CASCADE
    )


class ListeningSource(SQLModel, table=True):
    """Where the business is talked about, and how often the owner looks."""

    __tablename__ = "listening_source"
    __table_args__ = (
        UniqueConstraint("plan_id", "name"),
        CheckConstraint("check_interval_days > 0", name="check_interval"),
    )

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = fk_field("response_plan.id")
    position: int = Field(default=0)
    name: str = Field(max_length=200)
    kind: SourceKind = enum_field(SourceKind, "kind", SourceKind.OTHER)
    address: str = Field(default="", max_length=2000)  # a URL or a search query
    check_interval_days: int = Field(default=7)
    notes: str = Field(default="", sa_type=Text)
    active: bool = Field(default=True)
    created_at: datetime = created_field()

    plan: ResponsePlan = Relationship(back_populates="sources")
    checks: list["ListeningCheck"] = Relationship(
        back_populates="source", sa_relationship_kwargs=_CASCADE
    )


class ListeningCheck(SQLModel, table=True):
    """One look at a source: when, and whether something needed handling."""

    __tablename__ = "listening_check"
    __table_args__ = (Index("ix_listening_check_source_time", "source_id", "checked_at"),)

    id: int | None = Field(default=None, primary_key=True)
    source_id: int = fk_field("listening_source.id", index=False)
    checked_at: datetime = created_field()
    found_something: bool = Field(default=False)
    notes: str = Field(default="", sa_type=Text)
    incident_id: int | None = fk_field("incident.id", ondelete="SET NULL", nullable=True)

    source: ListeningSource = Relationship(back_populates="checks")


class ResponseTarget(SQLModel, table=True):
    """How soon, per severity, the first public reply and first personal contact are due."""

    __tablename__ = "response_target"
    __table_args__ = (
        UniqueConstraint("plan_id", "severity"),
        CheckConstraint("first_reply_minutes > 0", name="first_reply_positive"),
        CheckConstraint(
            "first_contact_minutes IS NULL OR first_contact_minutes > 0",
            name="first_contact_positive",
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = fk_field("response_plan.id")
    severity: Severity = enum_field(Severity, "severity")
    label: str = Field(default="", max_length=200)  # "Severe public complaint"
    description: str = Field(default="", sa_type=Text)  # what counts as this severity
    first_reply_minutes: int
    first_contact_minutes: int | None = Field(default=None)
    # Whether the minutes count only the owner's waking hours (when those are set).
    waking_time_only: bool = Field(default=True)

    plan: ResponsePlan = Relationship(back_populates="targets")


class ReplyTemplate(SQLModel, table=True):
    """A first-person reply with ``{placeholders}``, prepared so the owner need not improvise."""

    __tablename__ = "reply_template"
    __table_args__ = (Index("ix_reply_template_plan_kind", "plan_id", "kind", "language"),)

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = fk_field("response_plan.id", index=False)
    position: int = Field(default=0)
    language: Language = enum_field(Language, "language", Language.FI)
    kind: TemplateKind = enum_field(TemplateKind, "kind", TemplateKind.CUSTOM)
    title: str = Field(max_length=200)
    body: str = Field(sa_type=Text)
    created_at: datetime = created_field()
    updated_at: datetime | None = utc_field()

    plan: ResponsePlan = Relationship(back_populates="templates")


class EscalationStep(SQLModel, table=True):
    """One rung of the ladder (public reply -> call -> visit -> e-mail/DM -> blog post).

    The fallback rule lives on the rungs: after ``attempts_before_next`` unanswered
    attempts within ``window_hours`` the ladder moves on, and a refusal jumps straight
    to the fallback rung when ``refusal_jumps_to_fallback`` is set.
    """

    __tablename__ = "escalation_step"
    __table_args__ = (
        CheckConstraint(
            "attempts_before_next IS NULL OR attempts_before_next > 0", name="attempts_positive"
        ),
        CheckConstraint("window_hours IS NULL OR window_hours > 0", name="window_positive"),
    )

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = fk_field("response_plan.id")
    position: int
    method: ContactMethod = enum_field(ContactMethod, "method")
    title: str = Field(default="", max_length=200)
    description: str = Field(default="", sa_type=Text)
    attempts_before_next: int | None = Field(default=None)
    window_hours: int | None = Field(default=None)
    refusal_jumps_to_fallback: bool = Field(default=False)
    is_fallback: bool = Field(default=False)

    plan: ResponsePlan = Relationship(back_populates="steps")


class Principle(SQLModel, table=True):
    """A do, a don't, or a step of the five-step checklist, shown during an incident."""

    __tablename__ = "principle"

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = fk_field("response_plan.id")
    position: int = Field(default=0)
    kind: PrincipleKind = enum_field(PrincipleKind, "kind", PrincipleKind.DO)
    text: str = Field(max_length=500)
    detail: str = Field(default="", sa_type=Text)

    plan: ResponsePlan = Relationship(back_populates="principles")


class Person(SQLModel, table=True):
    """Who replies, who spars with the owner before a hard reply, and who can fix what."""

    __tablename__ = "person"

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = fk_field("response_plan.id")
    position: int = Field(default=0)
    role: PersonRole = enum_field(PersonRole, "role", PersonRole.OTHER)
    name: str = Field(max_length=200)
    phone: str = Field(default="", max_length=50)
    email: str = Field(default="", max_length=254)
    can_fix: str = Field(default="", max_length=500)
    notes: str = Field(default="", sa_type=Text)

    plan: ResponsePlan = Relationship(back_populates="people")


class CompensationOption(SQLModel, table=True):
    """What may be offered, up to what value, and when (decided before anyone is angry)."""

    __tablename__ = "compensation_option"
    __table_args__ = (
        CheckConstraint("max_value_cents IS NULL OR max_value_cents >= 0", name="max_value"),
    )

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = fk_field("response_plan.id")
    position: int = Field(default=0)
    title: str = Field(max_length=200)
    description: str = Field(default="", sa_type=Text)
    when_to_offer: str = Field(default="", sa_type=Text)
    max_value_cents: int | None = Field(default=None)
    currency: str = Field(default="EUR", max_length=3)
    needs_approval: bool = Field(default=False)

    plan: ResponsePlan = Relationship(back_populates="compensations")


class PlanReview(SQLModel, table=True):
    """The owner read the plan through and confirmed it is current."""

    __tablename__ = "plan_review"

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = fk_field("response_plan.id")
    reviewed_at: datetime = created_field()
    reviewer: str = Field(default="", max_length=200)
    notes: str = Field(default="", sa_type=Text)
    incident_id: int | None = fk_field("incident.id", ondelete="SET NULL", nullable=True)

    plan: ResponsePlan = Relationship(back_populates="reviews")


class PlanChange(SQLModel, table=True):
    """The plan's change log: every edit, with its time and section."""

    __tablename__ = "plan_change"
    __table_args__ = (Index("ix_plan_change_plan_time", "plan_id", "changed_at"),)

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = fk_field("response_plan.id", index=False)
    changed_at: datetime = created_field()
    section: PlanSection = enum_field(PlanSection, "section")
    action: ChangeAction = enum_field(ChangeAction, "action")
    entity_id: int | None = Field(default=None)
    summary: str = Field(default="", max_length=1000)

    plan: ResponsePlan = Relationship(back_populates="changes")
