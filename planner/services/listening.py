"""The listening routine: which sources are due for a look, and recording each look."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import col, func, select

from planner.core.clock import ensure_utc, utcnow
from planner.core.dbtypes import UTCDateTime
from planner.core.enums import SourceKind
from planner.core.errors import NotFoundError, ValidationError
from planner.core.i18n import translate
from planner.core.models import ListeningCheck, ListeningSource
from planner.core.schedule import check_due_at
from planner.services.changes import Area, Outcome, changed
from planner.storage.database import Database


@dataclass(frozen=True)
class SourceStatus:
    id: int
    name: str
    kind: SourceKind
    address: str
    check_interval_days: int
    last_checked_at: datetime | None
    due_at: datetime

    def is_due(self, now: datetime) -> bool:
        return self.due_at <= now


@dataclass(frozen=True)
class CheckEntry:
    id: int
    source_name: str
    checked_at: datetime
    found_something: bool
    notes: str


def listening_status(db: Database) -> list[SourceStatus]:
    """Every active source with when it is due, most overdue first."""
    with db.session(write=False) as session:
        last = (
            select(
                ListeningCheck.source_id,
                # typed, so that the UTC conversion applies to the aggregate too
                func.max(ListeningCheck.checked_at, type_=UTCDateTime).label("last"),
            )
            .group_by(col(ListeningCheck.source_id))
            .subquery()
        )
        rows = session.exec(
            select(ListeningSource, last.c.last)
            .join(last, col(ListeningSource.id) == last.c.source_id, isouter=True)
            .where(col(ListeningSource.active).is_(True))
        ).all()
        statuses = []
        for source, last_checked in rows:
            assert source.id is not None
            last_at: datetime | None = last_checked
            statuses.append(
                SourceStatus(
                    id=source.id,
                    name=source.name,
                    kind=source.kind,
                    address=source.address,
                    check_interval_days=source.check_interval_days,
                    last_checked_at=last_at,
                    due_at=check_due_at(last_at, source.check_interval_days, source.created_at),
                )
            )
    return sorted(statuses, key=lambda s: (s.due_at, s.name))


def due_sources(db: Database, now: datetime | None = None) -> list[SourceStatus]:
    moment = now or utcnow()
    return [s for s in listening_status(db) if s.is_due(moment)]


def record_check(
    db: Database,
    source_id: int,
    *,
    found_something: bool = False,
    notes: str = "",
    at: datetime | None = None,
) -> Outcome[int]:
    """The owner looked at a source. A finding is kept in the check log (and, once
    incidents exist, starts one with the channel filled in)."""
    moment = ensure_utc(at) if at else utcnow()
    if moment > utcnow():
        raise ValidationError(
            translate("ListeningService", "A check cannot be in the future."), "at"
        )
    if len(notes) > 20000:
        raise ValidationError(translate("ListeningService", "The notes are too long."), "notes")
    with db.session(write=True) as session:
        if session.get(ListeningSource, source_id) is None:
            raise NotFoundError(translate("ListeningService", "That source no longer exists."))
        check = ListeningCheck(
            source_id=source_id,
            checked_at=moment,
            found_something=found_something,
            notes=notes.strip(),
        )
        session.add(check)
        session.flush()
        assert check.id is not None
        return changed(check.id, Area.LISTENING)


def check_log(db: Database, limit: int = 100) -> list[CheckEntry]:
    with db.session(write=False) as session:
        rows = session.exec(
            select(ListeningCheck, ListeningSource.name)
            .join(ListeningSource, col(ListeningSource.id) == ListeningCheck.source_id)
            .order_by(col(ListeningCheck.checked_at).desc())
            .limit(limit)
        ).all()
        return [
            CheckEntry(c.id or 0, name, c.checked_at, c.found_something, c.notes)
            for c, name in rows
        ]
