"""What the incident screen keeps beside the owner while they act: the plan's principles,
the five-step checklist ticked per incident, who to spar with, and one kind word from the
journal as a reminder that this complaint is not the whole story."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, col, func, select

from planner.core.clock import ensure_utc, utcnow
from planner.core.enums import PersonRole, PrincipleKind
from planner.core.errors import NotFoundError
from planner.core.i18n import translate
from planner.core.models import (
    ChecklistTick,
    Incident,
    Person,
    PraiseEntry,
    Principle,
    ResponsePlan,
)
from planner.services.changes import Area, Outcome, changed
from planner.storage.database import Database


@dataclass(frozen=True)
class GuideLine:
    id: int
    kind: PrincipleKind
    text: str
    detail: str
    ticked_at: datetime | None = None  # checklist steps only


@dataclass(frozen=True)
class Contact:
    name: str
    phone: str
    email: str


@dataclass(frozen=True)
class Praise:
    text: str
    who: str
    received_on: date


@dataclass(frozen=True)
class IncidentGuide:
    principles: list[GuideLine]  # dos and don'ts
    checklist: list[GuideLine]
    sparring: list[Contact]
    praise: Praise | None


def _plan_id(session: Session) -> int | None:
    return session.exec(select(ResponsePlan.id).order_by(col(ResponsePlan.id))).first()


def _praise(session: Session, incident_id: int) -> Praise | None:
    """One entry, a different one for each incident, so the reminder does not go stale."""
    total = session.exec(select(func.count()).select_from(PraiseEntry)).one()
    if not total:
        return None
    row = session.exec(
        select(PraiseEntry).order_by(col(PraiseEntry.id)).offset(incident_id % total).limit(1)
    ).first()
    return Praise(row.text, row.who, row.received_on) if row else None


def incident_guide(db: Database, incident_id: int) -> IncidentGuide:
    with db.session(write=False) as session:
        if session.get(Incident, incident_id) is None:
            raise NotFoundError(translate("IncidentService", "The incident no longer exists."))
        plan_id = _plan_id(session)
        praise = _praise(session, incident_id)
        if plan_id is None:
            return IncidentGuide([], [], [], praise)
        ticks = {
            t.principle_id: t.ticked_at
            for t in session.exec(
                select(ChecklistTick).where(ChecklistTick.incident_id == incident_id)
            )
        }
        rows = session.exec(
            select(Principle)
            .where(Principle.plan_id == plan_id)
            .order_by(col(Principle.position), col(Principle.id))
        ).all()
        lines = [GuideLine(r.id or 0, r.kind, r.text, r.detail, ticks.get(r.id or 0)) for r in rows]
        people = session.exec(
            select(Person)
            .where(Person.plan_id == plan_id, Person.role == PersonRole.SPARRING_PARTNER)
            .order_by(col(Person.position), col(Person.id))
        ).all()
        return IncidentGuide(
            [line for line in lines if line.kind != PrincipleKind.CHECKLIST],
            [line for line in lines if line.kind == PrincipleKind.CHECKLIST],
            # A row the owner has not filled in yet is nobody to call.
            [Contact(p.name, p.phone, p.email) for p in people if p.name.strip()],
            praise,
        )


def set_checklist_step(
    db: Database, incident_id: int, principle_id: int, done: bool, at: datetime | None = None
) -> Outcome[None]:
    with db.session(write=True) as session:
        if session.get(Incident, incident_id) is None:
            raise NotFoundError(translate("IncidentService", "The incident no longer exists."))
        if session.get(Principle, principle_id) is None:
            raise NotFoundError(
                translate("IncidentService", "This checklist step was removed from the plan.")
            )
        tick = session.get(ChecklistTick, (incident_id, principle_id))
        if done and tick is None:
            moment = ensure_utc(at) if at else utcnow()
            session.add(
                ChecklistTick(incident_id=incident_id, principle_id=principle_id, ticked_at=moment)
            )
        elif not done and tick is not None:
            session.delete(tick)
    return changed(None, Area.INCIDENTS)
