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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import type_coerce
from sqlalchemy.types import NullType
from sqlmodel import Session, col, func, select

from planner.core.clock import utcnow
from planner.core.clocks import WakingCounter, system_zone
from planner.core.enums import Channel, IncidentStatus, Justified, RootCause, Severity
from planner.core.models import ActionItem, BusinessProfile, Incident, PraiseEntry, PromiseCheck
from planner.services.incident_clocks import plan_rules, waking_hours
from planner.storage.database import Database

# Whatever a zone's offset, a local day lies within this margin of the same UTC day; rows
# are fetched with it and then filtered exactly by their local date.
_MARGIN = timedelta(days=2)
_MINUTE = timedelta(minutes=1)


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


class _Clocks:
    """The plan's targets per severity and the owner's waking hours, read once; counts an
    incident's times as :func:`clocks_for` does, without the deadlines a report never shows.
    """

    def __init__(self, session: Session) -> None:
        waking = waking_hours(session)
        awake, plain = WakingCounter(waking), WakingCounter(None)
        # severity value -> (counter, reply target, contact target); None: no target
        self._rules: dict[str, tuple[WakingCounter, timedelta | None, timedelta | None]] = {}
        for severity in Severity:
            target = plan_rules(session, severity.value)[0]
            if target is None:
                self._rules[severity.value] = (awake, None, None)
                continue
            contact = target.first_contact_minutes
            self._rules[severity.value] = (
                # As clocks_for: a target may ask for plain clock time despite waking hours.
                awake if target.waking_time_only else plain,
                timedelta(minutes=target.first_reply_minutes),
                None if contact is None else timedelta(minutes=contact),
            )
        self._no_target = (awake, None, None)

    def times(
        self,
        severity: str,
        posted: datetime | None,
        detected: datetime,
        replied: datetime | None,
        contacted: datetime | None,
    ) -> tuple[int | None, bool | None, int | None, bool | None, int | None]:
        """(minutes to the first reply, whether within target, the same for the first
        contact, publication -> detection in plain minutes); the times are in UTC.

        A clock runs from publication, else detection, to the reply or contact (None while
        it has not come); it met its target when no more waking time than the target had
        passed (None: no target)."""
        counter, reply_target, contact_target = self._rules.get(severity, self._no_target)
        start = posted or detected
        reply = reply_met = contact = contact_met = None
        if replied is not None:
            spent = counter.between(start, replied)
            reply = spent // _MINUTE
            reply_met = None if reply_target is None else spent <= reply_target
        if contacted is not None:
            spent = counter.between(start, contacted)
            contact = spent // _MINUTE
            contact_met = None if contact_target is None else spent <= contact_target
        # As clocks_for: publication -> detection in plain minutes, waking hours or not.
        detection = None
        if posted is not None:
            detection = (detected - posted) // _MINUTE if detected > posted else 0
        return reply, reply_met, contact, contact_met, detection


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


def _raw(column: Any) -> Any:
    """The column as the driver returns it: thousands of rows skip the per-value work of
    the ORM types (enum lookups, UTCDateTime), done in bulk below instead."""
    return type_coerce(column, NullType())


def _utc(value: Any) -> datetime | None:
    """A raw timestamp as UTCDateTime reads it: an aware datetime in UTC. SQLite keeps the
    UTC wall time as ISO text (parsed as SQLAlchemy parses it); PostgreSQL gives aware
    datetimes in the session's zone."""
    if value is None:
        return None
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    if not isinstance(moment, datetime):
        raise TypeError(f"expected a datetime from the database, got {value!r}")
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _utc_column(values: Sequence[Any]) -> list[datetime | None]:
    """:func:`_utc` of each value. SQLite's text has no offset: reading it with one is
    the same and cheaper than attaching UTC afterwards."""
    try:
        return [None if v is None else datetime.fromisoformat(v + "+00:00") for v in values]
    except (TypeError, ValueError):  # not text, or text that is not a plain UTC wall time
        return [_utc(v) for v in values]


def _incident_rows(
    session: Session, bounds: _Bounds, zone: tzinfo, *, full: bool
) -> list[tuple[Any, ...]]:
    """Rows of the period's incidents by local detection date: channel, severity, status and
    root cause as stored values, the four times in UTC, the detection time in ``zone``,
    then (``full``) id, title and justified; oldest first when ``full``.

    Values are converted a column at a time, with no per-row objects of the ORM."""
    lower, upper = bounds.utc_range()
    columns = _METRIC_COLUMNS + (_CSV_COLUMNS if full else ())
    statement = select(*(_raw(c) for c in columns)).where(col(Incident.detected_at) < upper)
    if lower is not None:
        statement = statement.where(col(Incident.detected_at) >= lower)
    if full:  # the figures do not depend on the order
        statement = statement.order_by(col(Incident.detected_at), col(Incident.id))
    rows = session.connection().execute(statement).all()
    if not rows:
        return []
    values = list(zip(*rows, strict=True))
    posted, detected, replied, contacted = (_utc_column(values[i]) for i in range(4, 8))
    local = [moment.astimezone(zone) for moment in detected if moment is not None]
    start, end = bounds.start, bounds.end
    return [
        row
        for row in zip(
            *values[:4], posted, detected, replied, contacted, local, *values[8:], strict=True
        )
        if (start is None or start <= row[8].date()) and row[8].date() <= end
    ]


def _figures(row: tuple[Any, ...], clocks: _Clocks, zone: tzinfo) -> IncidentFigures:
    channel, severity, status, root_cause, posted, detected, replied, contacted, local = row[:9]
    incident_id, title, justified = row[9:12] if len(row) > 9 else (0, "", None)
    reply, reply_met, contact, contact_met, detection = clocks.times(
        severity, posted, detected, replied, contacted
    )

    def zoned(moment: datetime | None) -> datetime | None:
        return moment.astimezone(zone) if moment else None

    return IncidentFigures(
        id=incident_id,
        title=title,
        channel=Channel(channel),
        severity=Severity(severity),
        status=IncidentStatus(status),
        justified=Justified(justified) if justified else None,
        root_cause=RootCause(root_cause) if root_cause else None,
        posted_at=zoned(posted),
        detected_at=local,
        first_reply_at=zoned(replied),
        first_contact_at=zoned(contacted),
        detection_minutes=detection,
        minutes_to_first_reply=reply,
        minutes_to_first_contact=contact,
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
        clocks = _Clocks(session)
        rows = _incident_rows(session, bounds, zone, full=True)
    return [_figures(row, clocks, zone) for row in rows]


def _ordered(counter: Counter[Any], order: Iterable[str]) -> dict[str, int]:
    """Counts in the vocabulary's order; values with no occurrences are left out."""
    return {key: counter[key] for key in order if counter[key]}


def _median(values: list[int]) -> float | None:
    return float(statistics.median(values)) if values else None


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _month(day: date) -> int:
    """A month as a number that sorts and counts (year * 12 + month - 1)."""
    return day.year * 12 + day.month - 1


def _month_key(month: int) -> str:
    year, index = divmod(month, 12)
    return f"{year:04d}-{index + 1:02d}"


def period_metrics(
    db: Database, period: Period, now: datetime | None = None, today: date | None = None
) -> Metrics:
    moment = now or utcnow()
    with db.session(write=False) as session:
        zone = report_zone(session)
        day = _today(zone, moment, today)
        bounds = _Bounds(period.start, period.end or day)
        clocks = _Clocks(session)
        channels: list[str] = []
        severities: list[str] = []
        statuses: list[str] = []
        causes: list[str] = []
        months: list[int] = []
        detections: list[int] = []
        replies: list[int] = []
        contacts: list[int] = []
        judged = on_target = 0
        rows = _incident_rows(session, bounds, zone, full=False)
        for row in rows:
            channel, severity, status, cause, posted, detected, replied, contacted, local = row
            reply, reply_met, contact, _, detection = clocks.times(
                severity, posted, detected, replied, contacted
            )
            channels.append(channel)
            severities.append(severity)
            statuses.append(status)
            if cause:
                causes.append(cause)
            months.append(local.year * 12 + local.month - 1)
            if detection is not None:
                detections.append(detection)
            if reply is not None:
                replies.append(reply)
            if contact is not None:
                contacts.append(contact)
            if reply_met is not None:
                judged += 1
                on_target += reply_met
        praise_by_month = _praise_by_month(session, bounds)
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
    incidents_by_month = Counter(months)
    channels_by_month = Counter(zip(months, channels, strict=True))
    severities_by_month = Counter(zip(months, severities, strict=True))
    keys = sorted(set(incidents_by_month) | set(praise_by_month))
    month_rows = [
        MonthRow(
            month=_month_key(month),
            incidents=incidents_by_month[month],
            by_channel={c: n for c in channel_order if (n := channels_by_month[(month, c)])},
            by_severity={s: n for s in severity_order if (n := severities_by_month[(month, s)])},
            praise=praise_by_month[month],
        )
        for month in (range(keys[0], keys[-1] + 1) if keys else [])
    ]
    return Metrics(
        period_start=period.start,
        period_end=period.end,
        incidents_total=len(rows),
        incidents_by_channel=_ordered(Counter(channels), channel_order),
        incidents_by_severity=_ordered(Counter(severities), severity_order),
        months=month_rows,
        first_reply_within_target_ratio=_ratio(on_target, judged),
        median_minutes_to_detection=_median(detections),
        median_minutes_to_first_reply=_median(replies),
        median_minutes_to_first_contact=_median(contacts),
        outcomes=_ordered(Counter(statuses), [s.value for s in IncidentStatus]),
        root_causes=_ordered(Counter(causes), [r.value for r in RootCause]),
        actions_open=int(actions_open),
        actions_overdue=int(actions_overdue),
        promises_kept_ratio=_ratio(kept, checked),
        praise_total=praise_by_month.total(),
    )


def _praise_by_month(session: Session, bounds: _Bounds) -> Counter[int]:
    """Praise received in the period per month (see :func:`_month`). ``received_on`` is
    already a local date; counting per day lets the database answer from its index with
    a row per day, not per entry."""
    received = col(PraiseEntry.received_on)
    statement = select(received, func.count()).where(received <= bounds.end)
    if bounds.start is not None:
        statement = statement.where(received >= bounds.start)
    by_month: Counter[int] = Counter()
    for day, count in session.connection().execute(statement.group_by(received)):
        by_month[_month(day)] += count
    return by_month


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
