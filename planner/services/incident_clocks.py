"""The incident's clocks against the plan's targets, and where the escalation ladder
stands: the numbers the incident screen, the CLI and the review all share."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from planner.core.clock import utcnow
from planner.core.clocks import ClockStatus, WakingHours, clock_status, waking_minutes
from planner.core.ladder import (
    DEFAULT_LADDER,
    AttemptRecord,
    LadderState,
    Rung,
    fallback_proposed,
    ladder_state,
)
from planner.core.models import BusinessProfile, EscalationStep, ResponsePlan, ResponseTarget
from planner.services.incidents import IncidentView, get_incident
from planner.storage.database import Database


@dataclass(frozen=True)
class IncidentClocks:
    first_reply: ClockStatus
    first_contact: ClockStatus
    # publishing -> detection, counted like the clocks (it measures the listening routine)
    detection_minutes: int | None
    ladder: LadderState
    fallback_proposed: bool
    next_rung: Rung | None


def waking_hours(session: Session) -> WakingHours | None:
    profile = session.exec(select(BusinessProfile).order_by(col(BusinessProfile.id))).first()
    if profile is None or profile.waking_start_minute is None or profile.waking_end_minute is None:
        return None
    return WakingHours(profile.waking_start_minute, profile.waking_end_minute, profile.timezone)


@dataclass(frozen=True)
class Target:
    first_reply_minutes: int
    first_contact_minutes: int | None
    waking_time_only: bool


def plan_rules(session: Session, severity: str) -> tuple[Target | None, list[Rung]]:
    plan = session.exec(select(ResponsePlan).order_by(col(ResponsePlan.id))).first()
    if plan is None:
        return None, list(DEFAULT_LADDER)
    row = session.exec(
        select(ResponseTarget).where(
            ResponseTarget.plan_id == plan.id, ResponseTarget.severity == severity
        )
    ).first()
    # Plain values: the session's objects expire when it ends.
    target = (
        Target(row.first_reply_minutes, row.first_contact_minutes, row.waking_time_only)
        if row
        else None
    )
    steps = session.exec(
        select(EscalationStep)
        .where(EscalationStep.plan_id == plan.id)
        .order_by(col(EscalationStep.position), col(EscalationStep.id))
    ).all()
    rungs = [
        Rung(
            s.method,
            s.attempts_before_next,
            s.window_hours,
            s.refusal_jumps_to_fallback,
            s.is_fallback,
        )
        for s in steps
    ]
    return target, rungs or list(DEFAULT_LADDER)


def clocks_for(
    incident: IncidentView,
    target: Target | None,
    rungs: list[Rung],
    waking: WakingHours | None,
    now: datetime,
) -> IncidentClocks:
    # A target may ask for plain clock time even when waking hours are set.
    hours = waking if target is None or target.waking_time_only else None
    start = incident.clock_start
    reply = clock_status(
        start, target.first_reply_minutes if target else None, incident.first_reply_at, now, hours
    )
    contact = clock_status(
        start,
        target.first_contact_minutes if target else None,
        incident.first_contact_at,
        now,
        hours,
    )
    detection = (
        waking_minutes(incident.posted_at, incident.detected_at, None)
        if incident.posted_at
        else None
    )
    attempts = [AttemptRecord(a.method, a.at, a.outcome) for a in incident.attempts]
    state = ladder_state(rungs, attempts)
    next_rung = rungs[state.current] if state.current is not None else None
    return IncidentClocks(
        reply, contact, detection, state, fallback_proposed(rungs, attempts), next_rung
    )


def incident_clocks(db: Database, incident_id: int, now: datetime | None = None) -> IncidentClocks:
    incident = get_incident(db, incident_id)
    with db.session(write=False) as session:
        target, rungs = plan_rules(session, incident.severity.value)
        waking = waking_hours(session)
    return clocks_for(incident, target, rungs, waking, now or utcnow())
