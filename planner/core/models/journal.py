"""The positive-feedback journal and the review requests to happy customers."""

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Index, Text
from sqlmodel import Field, Relationship, SQLModel

from planner.core.enums import Channel
from planner.core.models.base import created_field, enum_field, fk_field, utc_field


class PraiseEntry(SQLModel, table=True):
    __tablename__ = "praise_entry"
    __table_args__ = (
        CheckConstraint("stars IS NULL OR (stars BETWEEN 1 AND 5)", name="stars_range"),
        Index("ix_praise_entry_received", "received_on"),
    )

    id: int | None = Field(default=None, primary_key=True)
    text: str = Field(sa_type=Text)
    who: str = Field(default="", max_length=200)
    channel: Channel = enum_field(Channel, "channel", Channel.OTHER)
    received_on: date
    stars: int | None = Field(default=None)
    url: str = Field(default="", max_length=2000)
    testimonial_ok: bool = Field(default=False)  # may be quoted publicly
    # The words, who and tags folded for search (lower case, no diacritics); kept by the
    # journal service and indexed by full-text search (FTS5 / tsvector).
    search_text: str = Field(default="", sa_type=Text, sa_column_kwargs={"server_default": ""})
    # Set when an angry customer from this incident became an advocate.
    incident_id: int | None = fk_field("incident.id", ondelete="SET NULL", nullable=True)
    created_at: datetime = created_field()
    updated_at: datetime | None = utc_field()

    tags: list["PraiseTag"] = Relationship(
        back_populates="entry",
        sa_relationship_kwargs={"cascade": "all, delete-orphan", "passive_deletes": True},
    )


class PraiseTag(SQLModel, table=True):
    __tablename__ = "praise_tag"

    praise_id: int = Field(foreign_key="praise_entry.id", ondelete="CASCADE", primary_key=True)
    tag: str = Field(max_length=100, primary_key=True, index=True)

    entry: PraiseEntry = Relationship(back_populates="tags")


class ReviewRequest(SQLModel, table=True):
    """A happy customer asked to leave stars or a review, to balance the public picture."""

    __tablename__ = "review_request"

    id: int | None = Field(default=None, primary_key=True)
    praise_id: int | None = fk_field("praise_entry.id", ondelete="SET NULL", nullable=True)
    customer_name: str = Field(max_length=200)
    contact: str = Field(default="", max_length=300)
    channel: Channel = enum_field(Channel, "channel", Channel.GOOGLE)
    asked_at: datetime | None = utc_field()
    reminded_at: datetime | None = utc_field()
    review_appeared_at: datetime | None = utc_field()
    notes: str = Field(default="", sa_type=Text)
    created_at: datetime = created_field()
