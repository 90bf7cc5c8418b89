"""The business whose reputation the plan protects."""

from datetime import datetime

from sqlalchemy import CheckConstraint
from sqlmodel import Field, SQLModel

from planner.core.models.base import created_field, utc_field


class BusinessProfile(SQLModel, table=True):
    """One row: who the business is and when the owner is awake to answer."""

    __tablename__ = "business_profile"
    __table_args__ = (
        CheckConstraint("waking_start_minute BETWEEN 0 AND 1439", name="waking_start"),
        CheckConstraint("waking_end_minute BETWEEN 0 AND 1439", name="waking_end"),
    )

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    owner_name: str = Field(default="", max_length=200)
    signature: str = Field(default="", max_length=500)
    # Comma-separated language codes in order of preference, e.g. "fi,en".
    reply_languages: str = Field(default="fi", max_length=20)
    # Waking hours as minutes after local midnight; clocks count only these when set.
    waking_start_minute: int | None = Field(default=None)
    waking_end_minute: int | None = Field(default=None)
    # IANA zone the waking hours are in ("Europe/Helsinki"); empty means the system zone.
    timezone: str = Field(default="", max_length=64)
    created_at: datetime = created_field()
    updated_at: datetime | None = utc_field()
