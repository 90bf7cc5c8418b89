"""The period figures are read in bulk (raw column values, one waking-hours counter, praise
counted per day by the database); they must equal the figures worked out one incident at a
time through the incident clocks and the ORM, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import random
import statistics
from collections import Counter
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from planner.core.clocks import ClockState, ClockStatus
from planner.core.enums import Channel, IncidentStatus, Language, RootCause, Severity
from planner.core.models import Incident, PraiseEntry, ResponseTarget
from planner.services.incident_clocks import IncidentClocks, incident_clocks
from planner.services.metrics import (
    Metrics,
    MonthRow,
    Period,
    _utc,
    _utc_column,
    period_incidents,
    period_metrics,
)
from planner.services.plan import init_plan
from planner.services.profile import get_profile, save_profile
from planner.storage.database import Database

HKI = ZoneInfo("Europe/Helsinki")
NOW = datetime(2025, 12, 1, 12, tzinfo=UTC)
TODAY = date(2025, 12, 1)

# Days the local date, the month or the length of the night are easy to get wrong on:
# Helsinki's clock changes, month ends and the turn of the year.
AWKWARD_DAYS = [
    date(2024, 3, 31),
    date(2024, 10, 27),
    date(2024, 12, 31),
    date(2025, 1, 1),
    date(2025, 1, 31),
    date(2025, 2, 28),
    date(2025, 3, 30),
    date(2025, 3, 31),
    date(2025, 10, 26),
    date(2025, 11, 30),
]


def _day(rng: random.Random) -> date:
    if rng.random() < 0.5:
        return rng.choice(AWKWARD_DAYS)
    return date(2024, 1, 1) + timedelta(days=rng.randrange(700))


def _maybe_after(rng: random.Random, moment: datetime, most_minutes: int) -> datetime | None:
    if rng.random() < 0.25:
        return None
    return moment + timedelta(minutes=rng.randrange(most_minutes), seconds=rng.randrange(60))


def build(db: Database, seed: int) -> None:
    """Night-shift waking hours (20:00-01:00, across midnight) in Helsinki; the low
    target counts plain clock time; incidents and praise scattered over two years."""
    init_plan(db, language=Language.FI, business="Kahvila", owner="Aino", waking_hours=(1200, 60))
    profile = get_profile(db)
    assert profile is not None
    save_profile(db, replace(profile, timezone="Europe/Helsinki"))
    rng = random.Random(seed)
    with db.session(write=True) as session:
        low = session.exec(
            select(ResponseTarget).where(ResponseTarget.severity == Severity.LOW)
        ).one()
        low.waking_time_only = False
        for number in range(40):
            day = _day(rng)
            wall = datetime(day.year, day.month, day.day, rng.randrange(24), rng.randrange(60))
            detected = wall.replace(tzinfo=HKI).astimezone(UTC)
            posted = None
            if rng.random() < 0.7:
                posted = detected - timedelta(minutes=rng.randrange(3000))
            start = posted or detected
            long = rng.random() < 0.15  # now and then weeks, not hours
            session.add(
                Incident(
                    title=f"Valitus {number}",
                    original_text="Huonoa palvelua!",
                    channel=rng.choice(list(Channel)),
                    severity=rng.choice(list(Severity)),
                    status=rng.choice(list(IncidentStatus)),
                    root_cause=rng.choice([None, *RootCause]),
                    posted_at=posted,
                    detected_at=detected,
                    first_reply_at=_maybe_after(rng, start, 60 * 24 * (40 if long else 3)),
                    first_contact_at=_maybe_after(rng, start, 60 * 24 * (60 if long else 8)),
                )
            )
        for _ in range(30):
            session.add(PraiseEntry(text="Kiitos!", received_on=_day(rng)))


def _met(status: ClockStatus) -> bool | None:
    if status.state in (ClockState.MET, ClockState.MISSED):
        return status.state == ClockState.MET
    return None


def _month(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


@dataclass(frozen=True)
class _Chosen:
    channel: str
    severity: str
    status: str
    cause: RootCause | None
    month: str
    replied: bool
    contacted: bool
    clocks: IncidentClocks


def expected(db: Database, period: Period, metrics: Metrics) -> Metrics:
    """The figures one incident at a time: the incident clocks, dates from the ORM. Actions
    and promise checks are not read in bulk: they are taken from ``metrics``."""
    start, end = period.start, period.end or TODAY
    with db.session(write=False) as session:
        incidents = [
            (
                i.id,
                i.channel.value,
                i.severity.value,
                i.status.value,
                i.root_cause,
                i.detected_at.astimezone(HKI).date(),
                i.first_reply_at is not None,
                i.first_contact_at is not None,
            )
            for i in session.exec(select(Incident)).all()
        ]
        praise = [p.received_on for p in session.exec(select(PraiseEntry)).all()]
    chosen = []
    for incident_id, channel, severity, status, cause, local, replied, contacted in incidents:
        if (start is None or local >= start) and local <= end:
            assert incident_id is not None
            clocks = incident_clocks(db, incident_id, now=NOW)
            chosen.append(
                _Chosen(channel, severity, status, cause, _month(local), replied, contacted, clocks)
            )
    praise_months = Counter(_month(d) for d in praise if (start is None or d >= start) and d <= end)

    def median(values: list[int]) -> float | None:
        return float(statistics.median(values)) if values else None

    def ordered(counter: Counter[str], order: list[str]) -> dict[str, int]:
        return {key: counter[key] for key in order if counter[key]}

    channels = [c.value for c in Channel]
    severities = [s.value for s in Severity]
    keys = sorted({c.month for c in chosen} | set(praise_months))
    months = []
    if keys:
        month = date(int(keys[0][:4]), int(keys[0][5:]), 1)
        while _month(month) <= keys[-1]:
            these = [c for c in chosen if c.month == _month(month)]
            months.append(
                MonthRow(
                    _month(month),
                    len(these),
                    ordered(Counter(c.channel for c in these), channels),
                    ordered(Counter(c.severity for c in these), severities),
                    praise_months[_month(month)],
                )
            )
            month = (month + timedelta(days=31)).replace(day=1)
    replies = [c.clocks.first_reply for c in chosen if c.replied]
    judged = [met for status in replies if (met := _met(status)) is not None]
    detections = [c.clocks.detection_minutes for c in chosen]
    return replace(
        metrics,
        incidents_total=len(chosen),
        incidents_by_channel=ordered(Counter(c.channel for c in chosen), channels),
        incidents_by_severity=ordered(Counter(c.severity for c in chosen), severities),
        months=months,
        first_reply_within_target_ratio=sum(judged) / len(judged) if judged else None,
        median_minutes_to_detection=median([m for m in detections if m is not None]),
        median_minutes_to_first_reply=median([s.elapsed_minutes for s in replies]),
        median_minutes_to_first_contact=median(
            [c.clocks.first_contact.elapsed_minutes for c in chosen if c.contacted]
        ),
        outcomes=ordered(Counter(c.status for c in chosen), [s.value for s in IncidentStatus]),
        root_causes=ordered(
            Counter(c.cause.value for c in chosen if c.cause is not None),
            [r.value for r in RootCause],
        ),
        praise_total=sum(praise_months.values()),
    )


PERIODS = [
    Period.all_time(),
    Period.this_year(TODAY),
    Period(date(2025, 1, 1), date(2025, 3, 31)),
    Period(date(2025, 3, 1), date(2025, 3, 31)),
    Period(date(2025, 3, 30), date(2025, 3, 30)),
    Period(date(2024, 10, 27), date(2024, 10, 27)),
    Period(date(2024, 12, 31), date(2025, 1, 1)),
    Period.last_days(90, TODAY),
    Period(date(2030, 1, 1), date(2030, 1, 31)),
]


@pytest.mark.parametrize("seed", [1, 2])
def test_bulk_figures_equal_the_figures_one_incident_at_a_time(db: Database, seed: int) -> None:
    build(db, seed)
    for period in PERIODS:
        metrics = period_metrics(db, period, now=NOW, today=TODAY)
        assert metrics == expected(db, period, metrics), period


def _in_helsinki(shown: datetime | None, stored: datetime | None) -> bool:
    """The stored moment, shown in the report's zone. (In the repeated hour of autumn an
    aware time never equals one in another zone: compare in UTC.)"""
    if shown is None or stored is None:
        return shown is stored
    return shown.tzinfo == HKI and shown.astimezone(UTC) == stored.astimezone(UTC)


@pytest.mark.parametrize("seed", [3])
def test_bulk_incident_rows_equal_the_incident_clocks(db: Database, seed: int) -> None:
    build(db, seed)
    with db.session(write=False) as session:
        stored = {i.id: i for i in session.exec(select(Incident)).all()}
        session.expunge_all()  # plain objects, all columns loaded, for after the session
    figures = period_incidents(db, Period.all_time(), now=NOW, today=TODAY)
    assert [f.id for f in figures] == sorted(stored, key=lambda i: (stored[i].detected_at, i))
    for f in figures:
        incident = stored[f.id]
        clocks = incident_clocks(db, f.id, now=NOW)
        assert _in_helsinki(f.detected_at, incident.detected_at)
        assert _in_helsinki(f.posted_at, incident.posted_at)
        assert _in_helsinki(f.first_reply_at, incident.first_reply_at)
        assert _in_helsinki(f.first_contact_at, incident.first_contact_at)
        assert (f.channel, f.severity, f.status) == (
            incident.channel,
            incident.severity,
            incident.status,
        )
        assert f.root_cause == incident.root_cause and f.title == incident.title
        assert f.detection_minutes == clocks.detection_minutes
        if incident.first_reply_at is None:
            assert (f.minutes_to_first_reply, f.reply_within_target) == (None, None)
        else:
            assert f.minutes_to_first_reply == clocks.first_reply.elapsed_minutes
            assert f.reply_within_target == _met(clocks.first_reply)
        if incident.first_contact_at is None:
            assert (f.minutes_to_first_contact, f.contact_within_target) == (None, None)
        else:
            assert f.minutes_to_first_contact == clocks.first_contact.elapsed_minutes
            assert f.contact_within_target == _met(clocks.first_contact)


# --- Raw values as the drivers return them ---------------------------------------------------


def test_sqlite_text_is_utc_wall_time() -> None:
    expected_moment = datetime(2025, 3, 30, 0, 59, 59, 123456, tzinfo=UTC)
    for text in ("2025-03-30 00:59:59.123456", "2025-03-30T00:59:59.123456"):
        assert _utc(text) == expected_moment
        assert _utc_column([text, None]) == [expected_moment, None]
    assert _utc_column(["2025-03-30 00:59:59.123456"])[0].tzinfo is UTC  # type: ignore[union-attr]


def test_aware_values_are_converted_to_utc() -> None:
    # PostgreSQL returns the session's zone; text with an offset is read by its offset.
    helsinki = datetime(2025, 3, 30, 4, 30, tzinfo=HKI)
    plus_two = timezone(timedelta(hours=2))
    values = [helsinki, datetime(2025, 1, 1, 2, tzinfo=plus_two), "2025-01-01 02:00:00+02:00"]
    converted = _utc_column(values)
    assert converted == [
        datetime(2025, 3, 30, 1, 30, tzinfo=UTC),
        datetime(2025, 1, 1, tzinfo=UTC),
        datetime(2025, 1, 1, tzinfo=UTC),
    ]
    assert all(moment is not None and moment.tzinfo is UTC for moment in converted)
    assert _utc(datetime(2025, 1, 1, 12)) == datetime(2025, 1, 1, 12, tzinfo=UTC)  # naive: UTC


def test_values_that_are_not_times_are_refused() -> None:
    with pytest.raises(TypeError):
        _utc_column([17])
    with pytest.raises(ValueError):
        _utc_column(["not a time"])
