"""Practice drills. Kept apart from incidents: a drill never touches real data or figures."""

from datetime import datetime

from sqlalchemy import CheckConstraint, Text
from sqlmodel import Field, SQLModel

from planner.core.enums import Language
from planner.core.models.base import created_field, enum_field, utc_field


class DrillRun(SQLModel, table=True):
    __tablename__ = "drill_run"
    __table_args__ = (
        CheckConstraint("score IS NULL OR (score BETWEEN 0 AND 100)", name="score_range"),
    )

    id: int | None = Field(default=None, primary_key=True)
    scenario_id: str = Field(max_length=100, index=True)
    language: Language = enum_field(Language, "language", Language.FI)
    started_at: datetime = created_field()
    finished_at: datetime | None = utc_field()
    reply_text: str = Field(default="", sa_type=Text)
    choices: str = Field(default="[]", sa_type=Text)  # JSON list of the owner's choices
    score: int | None = Field(default=None)
    score_details: str = Field(default="{}", sa_type=Text)  # JSON: the reasons for the score
    after_action_note: str = Field(default="", sa_type=Text)
