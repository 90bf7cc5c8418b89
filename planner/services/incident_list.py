"""The incident list: a page at a time, filtered and sorted in SQL, so the list stays
smooth with years of incidents (the screen never loads them all)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, case
from sqlmodel import Session, col, func, select

from planner.core.clock import utcnow
from planner.core.clocks import ClockState, clock_status
from planner.core.enums import Channel, IncidentStatus, Severity
from planner.core.models import Incident, ResponsePlan, ResponseTarget
from planner.core.text_fold import fold
from planner.services.incident_clocks import waking_hours
from planner.services.incidents import OPEN_STATUSES
from planner.storage.database import Database


@dataclass(frozen=True)
class IncidentRow:
    """One line of the incident list: read as plain columns, never as ORM objects."""

    id: int
    title: str
    channel: Channel
    severity: Severity
    status: IncidentStatus
    posted_at: datetime | None
    detected_at: datetime
    first_reply_at: datetime | None
    first_contact_at: datetime | None


class SortKey(StrEnum):
    DETECTED = "detected"
    POSTED = "posted"
    TITLE = "title"
    CHANNEL = "channel"
    SEVERITY = "severity"
    STATUS = "status"


# Severity and status sort by meaning (low -> high, new -> closed), not alphabetically.
_SORT_COLUMNS: dict[SortKey, Any] = {
    SortKey.DETECTED: Incident.detected_at,
    SortKey.POSTED: Incident.posted_at,
    SortKey.TITLE: Incident.title,
    SortKey.CHANNEL: Incident.channel,
    SortKey.SEVERITY: case(
        {s.value: i for i, s in enumerate((Severity.LOW, Severity.MEDIUM, Severity.HIGH))},
        value=col(Incident.severity),
    ),
    SortKey.STATUS: case(
        {s.value: i for i, s in enumerate(IncidentStatus)}, value=col(Incident.status)
    ),
}


@dataclass(frozen=True)
class IncidentFilter:
    statuses: tuple[IncidentStatus, ...] = ()
    channels: tuple[Channel, ...] = ()
    severities: tuple[Severity, ...] = ()
    text: str = ""
    overdue_only: bool = False


def open_late(session: Session, now: datetime) -> list[int]:
    """Open incidents with a response clock past its target and not yet stopped.

    Waking hours make this a calculation, not a SQL condition; it only ever looks at
    open incidents still waiting for a reply or a contact, which are few."""
    plan_id = session.exec(select(ResponsePlan.id).order_by(col(ResponsePlan.id))).first()
    if plan_id is None:
        return []
    targets = {
        t.severity: (t.first_reply_minutes, t.first_contact_minutes, t.waking_time_only)
        for t in session.exec(select(ResponseTarget).where(ResponseTarget.plan_id == plan_id))
    }
    waking = waking_hours(session)
    rows = session.exec(
        select(  # type: ignore[call-overload]
            Incident.id,
            Incident.severity,
            Incident.posted_at,
            Incident.detected_at,
            Incident.first_reply_at,
            Incident.first_contact_at,
        ).where(
            col(Incident.status).in_(OPEN_STATUSES),
            col(Incident.first_reply_at).is_(None) | col(Incident.first_contact_at).is_(None),
        )
    ).all()
    late: list[int] = []
    for incident_id, severity, posted, detected, replied, contacted in rows:
        target = targets.get(severity)
        if target is None:
            continue
        reply_minutes, contact_minutes, waking_only = target
        hours = waking if waking_only else None
        start = posted or detected
        for minutes, done in ((reply_minutes, replied), (contact_minutes, contacted)):
            if done is None and minutes is not None:
                if clock_status(start, minutes, None, now, hours).state == ClockState.OVERDUE:
                    late.append(incident_id)
                    break
    return late


def overdue_incident_ids(db: Database, now: datetime | None = None) -> list[int]:
    with db.session(write=False) as session:
        return open_late(session, now or utcnow())


def _conditions(
    session: Session, where: IncidentFilter, now: datetime
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if where.statuses:
        conditions.append(col(Incident.status).in_(where.statuses))
    if where.channels:
        conditions.append(col(Incident.channel).in_(where.channels))
    if where.severities:
        conditions.append(col(Incident.severity).in_(where.severities))
    # Each word anywhere in the title, the text or the author, folded the way the stored
    # search_text is (case and diacritics ignored), so the database does a plain LIKE.
    for word in fold(where.text).split():
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conditions.append(col(Incident.search_text).like(f"%{escaped}%", escape="\\"))
    if where.overdue_only:
        conditions.append(col(Incident.id).in_(open_late(session, now)))
    return conditions


def _page(
    session: Session,
    where: IncidentFilter,
    *,
    offset: int,
    limit: int,
    sort: SortKey,
    descending: bool,
    now: datetime,
    with_total: bool = False,
) -> tuple[list[IncidentRow], int | None]:
    """A page of rows; with ``with_total`` also how many match in all, counted in the same
    scan (a window count), not by a second query."""
    column = _SORT_COLUMNS[sort]
    order = column.desc() if descending else column.asc()
    tie = col(Incident.id).desc() if descending else col(Incident.id).asc()
    columns: list[Any] = [
        Incident.id,
        Incident.title,
        Incident.channel,
        Incident.severity,
        Incident.status,
        Incident.posted_at,
        Incident.detected_at,
        Incident.first_reply_at,
        Incident.first_contact_at,
    ]
    if with_total:
        columns.append(func.count().over())
    query = (
        select(*columns)
        .where(*_conditions(session, where, now))
        # Unknown posting times sort last either way, as on both backends alike.
        .order_by(order.nulls_last(), tie)
        .offset(offset)
        .limit(limit)
    )
    found = session.exec(query).all()
    if not with_total:
        return [IncidentRow(*row) for row in found], None
    total = int(found[0][-1]) if found else 0
    return [IncidentRow(*row[:-1]) for row in found], total


def _count(session: Session, where: IncidentFilter, now: datetime) -> int:
    query = select(func.count()).select_from(Incident).where(*_conditions(session, where, now))
    return int(session.exec(query).one())


def list_incidents(
    db: Database,
    where: IncidentFilter = IncidentFilter(),
    *,  # noqa: B008
    offset: int = 0,
    limit: int = 200,
    sort: SortKey = SortKey.DETECTED,
    descending: bool = True,
    now: datetime | None = None,
) -> list[IncidentRow]:
    """A page of incidents (newest first unless asked otherwise), filtered in SQL."""
    with db.session(write=False) as session:
        rows, _total = _page(
            session,
            where,
            offset=offset,
            limit=limit,
            sort=sort,
            descending=descending,
            now=now or utcnow(),
        )
        return rows


def count_incidents(
    db: Database,
    where: IncidentFilter = IncidentFilter(),  # noqa: B008
    now: datetime | None = None,
) -> int:
    with db.session(write=False) as session:
        return _count(session, where, now or utcnow())


@dataclass(frozen=True)
class FirstPage:
    rows: list[IncidentRow]
    total: int  # rows matching the filter
    late: list[int] | None  # open incidents past a target (red rows); None: not asked


def first_page(
    db: Database,
    where: IncidentFilter = IncidentFilter(),  # noqa: B008
    *,
    limit: int = 200,
    sort: SortKey = SortKey.DETECTED,
    descending: bool = True,
    now: datetime | None = None,
    with_late: bool = True,
) -> FirstPage:
    """What the list shows first, read in one session (one snapshot, one connection).
    ``with_late=False`` skips the late incidents (the clocks of every open one): they do
    not depend on the filter, so a new filter can reuse the last reading."""
    moment = now or utcnow()
    with db.session(write=False) as session:
        rows, total = _page(
            session,
            where,
            offset=0,
            limit=limit,
            sort=sort,
            descending=descending,
            now=moment,
            with_total=True,
        )
        assert total is not None
        return FirstPage(rows, total, open_late(session, moment) if with_late else None)
