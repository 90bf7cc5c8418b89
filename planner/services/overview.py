"""The start page's numbers: what needs the owner's attention, at a glance."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement
from sqlmodel import Session, SQLModel, col, func, select

from planner.core.enums import IncidentStatus
from planner.core.models import ActionItem, BusinessProfile, DrillRun, Incident, PraiseEntry
from planner.storage.database import Database

OPEN_STATUSES = (IncidentStatus.NEW, IncidentStatus.ACKNOWLEDGED, IncidentStatus.IN_CONTACT)


@dataclass(frozen=True)
class Overview:
    business_name: str | None
    open_incidents: int
    incidents_total: int
    praise_total: int
    open_actions: int
    drills_done: int


def _count(session: Session, table: type[SQLModel], *where: ColumnElement[bool]) -> int:
    return session.exec(select(func.count()).select_from(table).where(*where)).one()


def get_overview(db: Database) -> Overview:
    with db.session(write=False) as session:
        name = session.exec(
            select(BusinessProfile.name).order_by(col(BusinessProfile.id)).limit(1)
        ).first()
        return Overview(
            business_name=name,
            open_incidents=_count(session, Incident, col(Incident.status).in_(OPEN_STATUSES)),
            incidents_total=_count(session, Incident),
            praise_total=_count(session, PraiseEntry),
            open_actions=_count(session, ActionItem, col(ActionItem.done_at).is_(None)),
            drills_done=_count(session, DrillRun, col(DrillRun.finished_at).is_not(None)),
        )
