"""Lessons learned: post-incident reviews, their actions, and checks on public promises."""

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Index, Text
from sqlmodel import Field, Relationship, SQLModel

from planner.core.dbtypes import UTCDateTime
from planner.core.enums import Justified, PlanSection, RootCause
from planner.core.models.base import created_field, enum_field, fk_field, utc_field


class LessonReview(SQLModel, table=True):
    __tablename__ = "lesson_review"

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", ondelete="CASCADE", unique=True)
    justified: Justified | None = enum_field(Justified, "justified", nullable=True)
    root_cause: RootCause | None = enum_field(RootCause, "root_cause", nullable=True)
    # The five reflection prompts of the practice.
    about_customers: str = Field(default="", sa_type=Text)
    about_ways_of_working: str = Field(default="", sa_type=Text)
    about_customer_service: str = Field(default="", sa_type=Text)
    about_my_reaction: str = Field(default="", sa_type=Text)
    about_compensation: str = Field(default="", sa_type=Text)
    went_well: str = Field(default="", sa_type=Text)
    to_change: str = Field(default="", sa_type=Text)
    due_at: datetime | None = utc_field()
    completed_at: datetime | None = utc_field()
    created_at: datetime = created_field()
    updated_at: datetime | None = utc_field()

    actions: list["ActionItem"] = Relationship(
        back_populates="review",
        sa_relationship_kwargs={"cascade": "all, delete-orphan", "passive_deletes": True},
    )


class ActionItem(SQLModel, table=True):
    """A lesson turned into a change: what, who, by when, and whether it is done."""

    __tablename__ = "action_item"
    __table_args__ = (Index("ix_action_item_open_due", "done_at", "due_on"),)

    id: int | None = Field(default=None, primary_key=True)
    review_id: int | None = fk_field("lesson_review.id", nullable=True)
    drill_run_id: int | None = fk_field("drill_run.id", ondelete="SET NULL", nullable=True)
    text: str = Field(max_length=1000)
    owner: str = Field(default="", max_length=200)
    due_on: date | None = Field(default=None)
    done_at: datetime | None = utc_field()
    plan_section: PlanSection | None = enum_field(PlanSection, "plan_section", nullable=True)
    # Promised to the customer in public: gets follow-up checks (kept? did it recur?).
    is_promise: bool = Field(default=False)
    created_at: datetime = created_field()

    review: LessonReview | None = Relationship(back_populates="actions")
    checks: list["PromiseCheck"] = Relationship(
        back_populates="action",
        sa_relationship_kwargs={"cascade": "all, delete-orphan", "passive_deletes": True},
    )


class PromiseCheck(SQLModel, table=True):
    __tablename__ = "promise_check"
    __table_args__ = (
        CheckConstraint("after_days > 0", name="after_days_positive"),
        Index("ix_promise_check_due", "checked_at", "due_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    action_id: int = fk_field("action_item.id", index=False)
    after_days: int  # 30 or 90 by default
    due_at: datetime = Field(sa_type=UTCDateTime, nullable=False)
    checked_at: datetime | None = utc_field()
    kept: bool | None = Field(default=None)
    recurred: bool | None = Field(default=None)
    notes: str = Field(default="", sa_type=Text)

    action: ActionItem = Relationship(back_populates="checks")
