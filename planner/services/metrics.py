"""How the business has handled criticism over a period: counts, response times against
the plan's targets, outcomes, root causes, follow-through on lessons and the praise that
balanced it. The numbers of the review dashboard, the period report and the CLI.

Times count exactly like the incident clocks (:func:`clocks_for`): from publication (else
detection) to the first reply or personal contact, in the owner's waking hours unless the
severity's target asks for plain clock time; detection is publication -> detection in
plain minutes. An incident belongs to the period by the local date it was detected on, in
the profile's time zone (else the computer's).
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlmodel import Session, col, func, select

from planner.core.clock import utcnow
from planner.core.clocks import (
    ClockState,
    WakingHours,
    clock_status,
    system_zone,
    waking_minutes,
)
from planner.core.enums import Channel, IncidentStatus, Justified, RootCause, Severity
from planner.core.models import ActionItem, BusinessProfile, Incident, PraiseEntry, PromiseCheck
from planner.services.incident_clocks import Target, plan_rules, waking_hours
from planner.storage.database import Database

# Whatever a zone's offset, a local day lies within this margin of the same UTC day; rows
# are fetched with it and then filtered exactly by their local date.
_MARGIN = timedelta(days=2)


@dataclass(frozen=True)
class Period:
    start: date | None = None  # inclusive, local date; None = from the beginning
    end: date | None = None  # inclusive; None = up to now

    @classmethod
    def last_days(cls, days: int, today: date) -> Period:
        """The ``days`` days ending with ``today`` (today included)."""
        if days < 1:
            raise ValueError(f"days must be at least 1, got {days}")
        return cls(today - timedelta(days=days - 1), today)

    @classmethod
    def this_year(cls, today: date) -> Period:
        return cls(date(today.year, 1, 1), today)

    @classmethod
    def all_time(cls) -> Period:
        return cls()


@dataclass(frozen=True)
class MonthRow:
    month: str  # "YYYY-MM"
    incidents: int
    by_channel: dict[str, int]  # Channel values
    by_severity: dict[str, int]  # Severity values
    praise: int


@dataclass(frozen=True)
class Metrics:
    period_start: date | None
    period_end: date | None
    incidents_total: int
    incidents_by_channel: dict[str, int]
    incidents_by_severity: dict[str, int]
    # every month of the period that has data or lies between months with data, oldest first
    months: list[MonthRow]
    # among incidents with a reply and a target; None when there are none
    first_reply_within_target_ratio: float | None
    median_minutes_to_detection: float | None
    median_minutes_to_first_reply: float | None
    median_minutes_to_first_contact: float | None
    outcomes: dict[str, int]  # IncidentStatus values of the period's incidents
    root_causes: dict[str, int]  # RootCause values (from Incident.root_cause), only those set
    actions_open: int  # all open action items now (not period-bound)
    actions_overdue: int  # open with due_on before today
    # among checked promise checks in the period (checked_at): kept / checked
    promises_kept_ratio: float | None
    praise_total: int  # praise entries received in the period


@dataclass(frozen=True)
class IncidentFigures:
    """One incident of a period with its response times; times are in the report's zone."""

    id: int
    title: str
    channel: Channel
    severity: Severity
    status: IncidentStatus
    justified: Justified | None
    root_cause: RootCause | None
    posted_at: datetime | None
    detected_at: datetime
    first_reply_at: datetime | None
    first_contact_at: datetime | None
    detection_minutes: int | None  # publication -> detection, when publication is known
    minutes_to_first_reply: int | None
    minutes_to_first_contact: int | None
    reply_within_target: bool | None  # None without a reply or without a target
    contact_within_target: bool | None


def report_zone(session: Session) -> tzinfo:
    """The zone local dates are read in: the profile's, else the computer's."""
    name = session.exec(
        select(BusinessProfile.timezone).order_by(col(BusinessProfile.id)).limit(1)
    ).first()
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass  # an unknown name cannot stop the report; the computer's zone stands in
    return system_zone()


@dataclass(frozen=True)
class _Bounds:
    start: date | None
    end: date  # "up to now" is up to today

    def contains(self, day: date) -> bool:
        return (self.start is None or day >= self.start) and day <= self.end

    def utc_range(self) -> tuple[datetime | None, datetime]:
        """A UTC range that surely holds every moment of the local days (and a bit more)."""
        lower = (
            datetime.combine(self.start, time(), tzinfo=UTC) - _MARGIN
            if self.start is not None
            else None
        )
        upper = datetime.combine(self.end, time(), tzinfo=UTC) + _MARGIN
        return lower, upper


class _Rules:
    """The plan's target per severity and the owner's waking hours, read once."""

    def __init__(self, session: Session) -> None:
        self.waking = waking_hours(session)
        self.targets: dict[Severity, Target | None] = {
            severity: plan_rules(session, severity.value)[0] for severity in Severity
        }

    def hours(self, target: Target | None) -> WakingHours | None:
        # As clocks_for: a target may ask for plain clock time even when waking hours are set.
        return self.waking if target is None or target.waking_time_only else None


_METRIC_COLUMNS: tuple[Any, ...] = (
    Incident.channel,
    Incident.severity,
    Incident.status,
    Incident.root_cause,
    Incident.posted_at,
    Incident.detected_at,
    Incident.first_reply_at,
    Incident.first_contact_at,
)
_CSV_COLUMNS: tuple[Any, ...] = (Incident.id, Incident.title, Incident.justified)


def _incident_rows(
    session: Session, bounds: _Bounds, zone: tzinfo, *, full: bool
) -> Iterator[tuple[Any, ...]]:
    """Rows of the period's incidents (plain columns, oldest first), by local date."""
    lower, upper = bounds.utc_range()
    columns = _METRIC_COLUMNS + (_CSV_COLUMNS if full else ())
    statement = select(*columns).where(col(Incident.detected_at) < upper)
    if lower is not None:
        statement = statement.where(col(Incident.detected_at) >= lower)
    statement = statement.order_by(col(Incident.detected_at), col(Incident.id))
    for row in session.exec(statement):
        if bounds.contains(row[5].astimezone(zone).date()):
            yield tuple(row)


def _clock(
    rules: _Rules,
    severity: Severity,
    start: datetime,
    done: datetime | None,
    reply: bool,
    now: datetime,
) -> tuple[int | None, bool | None]:
    """Waking minutes to ``done`` and whether it met the target (None: no target)."""
    if done is None:
        return None, None
    target = rules.targets.get(severity)
    minutes = None
    if target is not None:
        minutes = target.first_reply_minutes if reply else target.first_contact_minutes
    status = clock_status(start, minutes, done, now, rules.hours(target))
    met = None if minutes is None else status.state == ClockState.MET
    return status.elapsed_minutes, met


def _figures(row: tuple[Any, ...], rules: _Rules, zone: tzinfo, now: datetime) -> IncidentFigures:
    channel, severity, status, root_cause, posted, detected, replied, contacted = row[:8]
    incident_id, title, justified = row[8:11] if len(row) > 8 else (0, "", None)
    start = posted or detected
    reply_minutes, reply_met = _clock(rules, severity, start, replied, True, now)
    contact_minutes, contact_met = _clock(rules, severity, start, contacted, False, now)
    # As clocks_for: publication -> detection in plain minutes, waking hours or not.
    detection = waking_minutes(posted, detected, None) if posted else None

    def local(moment: datetime | None) -> datetime | None:
        return moment.astimezone(zone) if moment else None

    return IncidentFigures(
        id=incident_id,
        title=title,
        channel=Channel(channel),
        severity=Severity(severity),
        status=IncidentStatus(status),
        justified=Justified(justified) if justified else None,
        root_cause=RootCause(root_cause) if root_cause else None,
        posted_at=local(posted),
        detected_at=detected.astimezone(zone),
        first_reply_at=local(replied),
        first_contact_at=local(contacted),
        detection_minutes=detection,
        minutes_to_first_reply=reply_minutes,
        minutes_to_first_contact=contact_minutes,
        reply_within_target=reply_met,
        contact_within_target=contact_met,
    )


def _today(zone: tzinfo, now: datetime, today: date | None) -> date:
    return today if today is not None else now.astimezone(zone).date()


def period_incidents(
    db: Database, period: Period, now: datetime | None = None, today: date | None = None
) -> list[IncidentFigures]:
    """The period's incidents, oldest first, with their response times (for the CSV)."""
    moment = now or utcnow()
    with db.session(write=False) as session:
        zone = report_zone(session)
        bounds = _Bounds(period.start, period.end or _today(zone, moment, today))
        rules = _Rules(session)
        rows = list(_incident_rows(session, bounds, zone, full=True))
    return [_figures(row, rules, zone, moment) for row in rows]


def _ordered(counter: Counter[str], order: Iterable[str]) -> dict[str, int]:
    """Counts in the vocabulary's order; values with no occurrences are left out."""
    return {key: counter[key] for key in order if counter[key]}


def _median(values: list[int]) -> float | None:
    return float(statistics.median(values)) if values else None


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _month(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _month_span(first: str, last: str) -> list[str]:
    year, month = (int(part) for part in first.split("-"))
    months = []
    while (key := f"{year:04d}-{month:02d}") <= last:
        months.append(key)
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    return months


def period_metrics(
    db: Database, period: Period, now: datetime | None = None, today: date | None = None
) -> Metrics:
    moment = now or utcnow()
    with db.session(write=False) as session:
        zone = report_zone(session)
        day = _today(zone, moment, today)
        bounds = _Bounds(period.start, period.end or day)
        rules = _Rules(session)
        incidents = [
            _figures(row, rules, zone, moment)
            for row in _incident_rows(session, bounds, zone, full=False)
        ]
        praise_days = _praise_days(session, bounds)
        kept, checked = _promise_checks(session, bounds, zone)
        actions_open = session.exec(
            select(func.count()).select_from(ActionItem).where(col(ActionItem.done_at).is_(None))
        ).one()
        actions_overdue = session.exec(
            select(func.count())
            .select_from(ActionItem)
            .where(col(ActionItem.done_at).is_(None), col(ActionItem.due_on) < day)
        ).one()

    channel_order = [c.value for c in Channel]
    severity_order = [s.value for s in Severity]
    by_month: dict[str, list[IncidentFigures]] = {}
    for incident in incidents:
        by_month.setdefault(_month(incident.detected_at.date()), []).append(incident)
    praise_by_month = Counter(_month(received) for received in praise_days)
    keys = sorted(set(by_month) | set(praise_by_month))
    months = [
        MonthRow(
            month=key,
            incidents=len(by_month.get(key, [])),
            by_channel=_ordered(
                Counter(i.channel.value for i in by_month.get(key, [])), channel_order
            ),
            by_severity=_ordered(
                Counter(i.severity.value for i in by_month.get(key, [])), severity_order
            ),
            praise=praise_by_month[key],
        )
        for key in (_month_span(keys[0], keys[-1]) if keys else [])
    ]
    judged = [i.reply_within_target for i in incidents if i.reply_within_target is not None]
    return Metrics(
        period_start=period.start,
        period_end=period.end,
        incidents_total=len(incidents),
        incidents_by_channel=_ordered(Counter(i.channel.value for i in incidents), channel_order),
        incidents_by_severity=_ordered(
            Counter(i.severity.value for i in incidents), severity_order
        ),
        months=months,
        first_reply_within_target_ratio=_ratio(sum(judged), len(judged)),
        median_minutes_to_detection=_median(
            [i.detection_minutes for i in incidents if i.detection_minutes is not None]
        ),
        median_minutes_to_first_reply=_median(
            [i.minutes_to_first_reply for i in incidents if i.minutes_to_first_reply is not None]
        ),
        median_minutes_to_first_contact=_median(
            [
                i.minutes_to_first_contact
                for i in incidents
                if i.minutes_to_first_contact is not None
            ]
        ),
        outcomes=_ordered(
            Counter(i.status.value for i in incidents), [s.value for s in IncidentStatus]
        ),
        root_causes=_ordered(
            Counter(i.root_cause.value for i in incidents if i.root_cause is not None),
            [r.value for r in RootCause],
        ),
        actions_open=int(actions_open),
        actions_overdue=int(actions_overdue),
        promises_kept_ratio=_ratio(kept, checked),
        praise_total=len(praise_days),
    )


def _praise_days(session: Session, bounds: _Bounds) -> list[date]:
    statement = select(col(PraiseEntry.received_on)).where(
        col(PraiseEntry.received_on) <= bounds.end
    )
    if bounds.start is not None:
        statement = statement.where(col(PraiseEntry.received_on) >= bounds.start)
    return list(session.exec(statement).all())


def _promise_checks(session: Session, bounds: _Bounds, zone: tzinfo) -> tuple[int, int]:
    """(kept, checked) among the promise checks made in the period."""
    lower, upper = bounds.utc_range()
    statement = select(col(PromiseCheck.checked_at), col(PromiseCheck.kept)).where(
        col(PromiseCheck.checked_at).is_not(None), col(PromiseCheck.checked_at) < upper
    )
    if lower is not None:
        statement = statement.where(col(PromiseCheck.checked_at) >= lower)
    kept = checked = 0
    for checked_at, was_kept in session.exec(statement):
        if checked_at is not None and bounds.contains(checked_at.astimezone(zone).date()):
            checked += 1
            kept += bool(was_kept)
    return kept, checked


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def metrics_json(metrics: Metrics) -> dict[str, object]:
    """The metrics as plain JSON values, under stable keys (docs/report-json.md)."""
    return {
        "period_start": _iso(metrics.period_start),
        "period_end": _iso(metrics.period_end),
        "incidents_total": metrics.incidents_total,
        "incidents_by_channel": dict(metrics.incidents_by_channel),
        "incidents_by_severity": dict(metrics.incidents_by_severity),
        "incidents_by_month": [
            {
                "month": row.month,
                "incidents": row.incidents,
                "by_channel": dict(row.by_channel),
                "by_severity": dict(row.by_severity),
                "praise": row.praise,
            }
            for row in metrics.months
        ],
        "first_reply_within_target_ratio": metrics.first_reply_within_target_ratio,
        "median_minutes_to_detection": metrics.median_minutes_to_detection,
        "median_minutes_to_first_reply": metrics.median_minutes_to_first_reply,
        "median_minutes_to_first_contact": metrics.median_minutes_to_first_contact,
        "outcomes": dict(metrics.outcomes),
        "root_causes": dict(metrics.root_causes),
        "actions_open": metrics.actions_open,
        "actions_overdue": metrics.actions_overdue,
        "promises_kept_ratio": metrics.promises_kept_ratio,
        "praise_total": metrics.praise_total,
    }
