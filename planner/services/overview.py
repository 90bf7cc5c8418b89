"""The start page's numbers: what needs the owner's attention, at a glance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement
from sqlmodel import Session, SQLModel, col, func, select

from planner.core.clock import utcnow
from planner.core.models import (
    ActionItem,
    BusinessProfile,
    DrillRun,
    Incident,
    PraiseEntry,
    ResponsePlan,
)
from planner.core.schedule import review_due_at
from planner.services.incident_list import open_late
from planner.services.incidents import OPEN_STATUSES
from planner.storage.database import Database


@dataclass(frozen=True)
class Overview:
    business_name: str | None
    open_incidents: int
    overdue_incidents: int  # open, with a response clock past its target
    incidents_total: int
    praise_total: int
    open_actions: int
    drills_done: int
    plan_review_due_at: datetime | None  # None while there is no plan


def _count(session: Session, table: type[SQLModel], *where: ColumnElement[bool]) -> int:
    return session.exec(select(func.count()).select_from(table).where(*where)).one()


def get_overview(db: Database, now: datetime | None = None) -> Overview:
    with db.session(write=False) as session:
        name = session.exec(
            select(BusinessProfile.name).order_by(col(BusinessProfile.id)).limit(1)
        ).first()
        plan = session.exec(select(ResponsePlan).order_by(col(ResponsePlan.id))).first()
        return Overview(
            business_name=name,
            open_incidents=_count(session, Incident, col(Incident.status).in_(OPEN_STATUSES)),
            overdue_incidents=len(open_late(session, now or utcnow())),
            incidents_total=_count(session, Incident),
            praise_total=_count(session, PraiseEntry),
            open_actions=_count(session, ActionItem, col(ActionItem.done_at).is_(None)),
            drills_done=_count(session, DrillRun, col(DrillRun.finished_at).is_not(None)),
            plan_review_due_at=review_due_at(
                plan.last_reviewed_at, plan.created_at, plan.review_interval_months
            )
            if plan
            else None,
        )
