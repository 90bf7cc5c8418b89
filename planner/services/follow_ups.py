"""Follow-ups the owner promised themselves ("call again on Tuesday"): which are due, and
ticking them off. The incident screen's due list and the tray notifications read these."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import col, select

from planner.core.clock import utcnow
from planner.core.enums import ContactMethod
from planner.core.errors import NotFoundError
from planner.core.i18n import translate
from planner.core.models import ContactAttempt, Incident
from planner.services.changes import Area, Outcome, changed
from planner.services.incidents import OPEN_STATUSES
from planner.storage.database import Database


@dataclass(frozen=True)
class FollowUp:
    attempt_id: int
    incident_id: int
    incident_title: str
    method: ContactMethod  # the attempt that set the follow-up
    due_at: datetime


def due_follow_ups(db: Database, now: datetime | None = None) -> list[FollowUp]:
    """Follow-ups whose time has come, on incidents still open, oldest first."""
    moment = now or utcnow()
    with db.session(write=False) as session:
        rows = session.exec(
            select(  # type: ignore[call-overload]
                ContactAttempt.id,
                ContactAttempt.incident_id,
                Incident.title,
                ContactAttempt.method,
                ContactAttempt.next_follow_up_at,
            )
            .join(Incident, col(Incident.id) == col(ContactAttempt.incident_id))
            .where(
                col(ContactAttempt.follow_up_done).is_(False),
                col(ContactAttempt.next_follow_up_at).is_not(None),
                col(ContactAttempt.next_follow_up_at) <= moment,
                col(Incident.status).in_(OPEN_STATUSES),
            )
            .order_by(col(ContactAttempt.next_follow_up_at), col(ContactAttempt.id))
        ).all()
        return [FollowUp(*row) for row in rows]


def mark_follow_up_done(db: Database, attempt_id: int, done: bool = True) -> Outcome[None]:
    with db.session(write=True) as session:
        attempt = session.get(ContactAttempt, attempt_id)
        if attempt is None:
            raise NotFoundError(translate("IncidentService", "The contact attempt was removed."))
        attempt.follow_up_done = done
    return changed(None, Area.INCIDENTS)
