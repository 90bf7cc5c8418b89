"""Period metrics on a hand-built dataset: every expected figure is worked out by hand in the
comments, on SQLite and PostgreSQL. Times are counted exactly like the incident clocks."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from planner.core.enums import (
    Channel,
    ContactMethod,
    ContactOutcome,
    IncidentStatus,
    Justified,
    Language,
    RootCause,
    Severity,
)
from planner.core.models import ActionItem, Incident, PraiseEntry, PromiseCheck, ResponseTarget
from planner.services.incident_clocks import incident_clocks
from planner.services.incidents import (
    IncidentInput,
    change_status,
    log_incident,
    record_contact,
    record_reply,
)
from planner.services.metrics import (
    Metrics,
    MonthRow,
    Period,
    metrics_json,
    period_incidents,
    period_metrics,
)
from planner.services.plan import init_plan
from planner.services.profile import get_profile, save_profile
from planner.storage.database import Database

HKI = ZoneInfo("Europe/Helsinki")  # EET (UTC+2) in winter, EEST (UTC+3) from 30 March 2025

Q1 = Period(date(2025, 1, 1), date(2025, 3, 31))
# 01:30 on 10 April in Helsinki, but still 9 April in UTC: "today" is the profile's day.
NOW = datetime(2025, 4, 9, 22, 30, tzinfo=UTC)
LATER = datetime(2025, 9, 1, 12, 0, tzinfo=HKI)


def hki(month: int, day: int, hour: int, minute: int = 0, year: int = 2025) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=HKI)


@dataclass(frozen=True)
class Dataset:
    i1: int
    i2: int
    i3: int
    i4: int
    i5: int
    i6: int
    i7: int
    i8: int


def _plan(db: Database, *, waking: bool) -> None:
    """The default plan: reply/contact targets high 60/480, medium 1440/2880, low 2880/none,
    all in waking time; here the low target counts plain clock time instead."""
    init_plan(
        db,
        language=Language.FI,
        business="Leipomo Lämmin",
        owner="Aino",
        waking_hours=(7 * 60, 22 * 60) if waking else None,
    )
    if waking:
        profile = get_profile(db)
        assert profile is not None
        save_profile(db, replace(profile, timezone="Europe/Helsinki"))
    with db.session(write=True) as session:
        low = session.exec(
            select(ResponseTarget).where(ResponseTarget.severity == Severity.LOW)
        ).one()
        low.waking_time_only = False


def _log(
    db: Database,
    channel: Channel,
    severity: Severity,
    detected: datetime,
    posted: datetime | None = None,
) -> int:
    data = IncidentInput(
        text="Huonoa palvelua!",
        channel=channel,
        severity=severity,
        posted_at=posted,
        detected_at=detected,
    )
    return log_incident(db, data, now=detected).value


def _set(db: Database, incident_id: int, cause: RootCause | None, just: Justified | None) -> None:
    with db.session(write=True) as session:
        incident = session.get(Incident, incident_id)
        assert incident is not None
        incident.root_cause = cause
        incident.justified = just


def build_dataset(db: Database) -> Dataset:
    """Waking hours 07:00-22:00 in Helsinki. Minutes below are worked out by hand."""
    _plan(db, waking=True)
    # I1 facebook/high, posted 10 Jan 10:00, seen 10:30 (detection 30).
    # Reply 10:45 -> 45 min <= 60: MET. Call reached 12:00 -> contact 120 min. Resolved.
    i1 = _log(db, Channel.FACEBOOK, Severity.HIGH, hki(1, 10, 10, 30), hki(1, 10, 10))
    record_reply(db, i1, "Hei, olen pahoillani.", at=hki(1, 10, 10, 45))
    record_contact(db, i1, ContactMethod.CALL, ContactOutcome.REACHED_GOOD, at=hki(1, 10, 12))
    change_status(db, i1, IncidentStatus.RESOLVED, at=hki(1, 11, 9))
    _set(db, i1, RootCause.FAULTY_WORK, Justified.YES)
    # I2 google/high, posted 20 Jan 21:30, seen 21:40 (detection 10). Reply next morning
    # 07:45: waking 21:30-22:00 = 30 + 07:00-07:45 = 45 -> 75 min > 60: MISSED (plain time
    # would be 615 min). No contact. Acknowledged.
    i2 = _log(db, Channel.GOOGLE, Severity.HIGH, hki(1, 20, 21, 40), hki(1, 20, 21, 30))
    record_reply(db, i2, "Hei, kiitos palautteesta.", at=hki(1, 21, 7, 45))
    _set(db, i2, RootCause.UNCLEAR_OFFER, Justified.PARTLY)
    # I3 google/medium, publication unknown (no detection time), seen 5 Feb 12:00 (the
    # clocks start here). Reply 15:00 -> 180 <= 1440: MET. E-mail next day 09:00 ->
    # 12:00-22:00 = 600 + 07:00-09:00 = 120 -> contact 720 min. Parted ways.
    i3 = _log(db, Channel.GOOGLE, Severity.MEDIUM, hki(2, 5, 12))
    record_reply(db, i3, "Hei, selvitän asian.", at=hki(2, 5, 15))
    record_contact(db, i3, ContactMethod.EMAIL, ContactOutcome.LEFT_MESSAGE, at=hki(2, 6, 9))
    change_status(db, i3, IncidentStatus.PARTED_WAYS, at=hki(2, 7, 9))
    _set(db, i3, RootCause.UNCLEAR_OFFER, Justified.NO)
    # I4 email/low (plain clock time), posted 14 Feb 20:00, seen 15 Feb 08:00 (detection
    # 720, always plain minutes). Reply 17 Feb 08:00 -> 2 days 12 h = 3600 > 2880: MISSED
    # (in waking time it would be 120 + 900 + 900 + 60 = 1980, on time). Closed.
    i4 = _log(db, Channel.EMAIL, Severity.LOW, hki(2, 15, 8), hki(2, 14, 20))
    record_reply(db, i4, "Hei, kiitos viestistä.", at=hki(2, 17, 8))
    change_status(db, i4, IncidentStatus.CLOSED, at=hki(2, 18, 8))
    # I5 instagram/high, posted 1 Mar 00:10, seen 00:30 local = 28 Feb 22:30 UTC: a March
    # incident (detection 20). Reply 07:30 -> waking 07:00-07:30 = 30: MET. Call reached
    # 10:00 -> contact 180. In contact.
    i5 = _log(db, Channel.INSTAGRAM, Severity.HIGH, hki(3, 1, 0, 30), hki(3, 1, 0, 10))
    record_reply(db, i5, "Hei, pahoittelen.", at=hki(3, 1, 7, 30))
    record_contact(db, i5, ContactMethod.CALL, ContactOutcome.REACHED_BAD, at=hki(3, 1, 10))
    _set(db, i5, RootCause.CHEMISTRY, None)
    # I6 facebook/medium, seen 20 Mar 09:00, nothing done yet: new, no times.
    i6 = _log(db, Channel.FACEBOOK, Severity.MEDIUM, hki(3, 20, 9))
    # Outside the first quarter by local date, though I8 is still 31 March in UTC:
    # I7 web/low 31 Dec 2024 23:30 (21:30 UTC); I8 forum/high 1 Apr 00:15 EEST (21:15 UTC).
    i7 = _log(db, Channel.WEB, Severity.LOW, hki(12, 31, 23, 30, year=2024))
    i8 = _log(db, Channel.FORUM, Severity.HIGH, hki(4, 1, 0, 15))

    with db.session(write=True) as session:
        for day in (
            date(2024, 12, 31),  # outside Q1
            date(2025, 1, 15),  # Q1, January
            date(2025, 1, 16),  # Q1, January
            date(2025, 3, 31),  # Q1, the last day
            date(2025, 4, 1),  # outside Q1
            date(2025, 6, 10),  # after NOW; June
            date(2025, 8, 5),  # after NOW; August (May and July have nothing)
        ):
            session.add(PraiseEntry(text="Kiitos!", received_on=day))
        # Actions (today is 10 Apr in Helsinki): A1 due 1 Apr and A5 due 9 Apr are late;
        # A2 due today is not; A3 has no date; A4 is done. Open 4, late 2.
        a1 = ActionItem(text="Selkeytä myyntiteksti", due_on=date(2025, 4, 1), is_promise=True)
        session.add_all(
            [
                a1,
                ActionItem(text="A2", due_on=date(2025, 4, 10)),
                ActionItem(text="A3"),
                ActionItem(text="A4", due_on=date(2025, 3, 1), done_at=hki(3, 2, 12)),
                ActionItem(text="A5", due_on=date(2025, 4, 9)),
            ]
        )
        session.flush()
        assert a1.id is not None
        # Promise checks by their local check date: Q1 holds P1 (kept), P2 (not kept) and
        # P3 (kept, 31 Mar 23:30 EEST) -> 2 / 3. P4 is not checked; P5 (1 Apr 00:30 EEST,
        # still 31 Mar in UTC) and P6 (2024) fall outside.
        for checked, kept in (
            (hki(2, 1, 12), True),
            (hki(3, 15, 12), False),
            (hki(3, 31, 23, 30), True),
            (None, None),
            (hki(4, 1, 0, 30), True),
            (hki(12, 31, 12, year=2024), False),
        ):
            session.add(
                PromiseCheck(
                    action_id=a1.id,
                    after_days=30,
                    due_at=hki(2, 1, 12),
                    checked_at=checked,
                    kept=kept,
                )
            )
    return Dataset(i1, i2, i3, i4, i5, i6, i7, i8)


def test_every_figure_of_the_first_quarter(db: Database) -> None:
    build_dataset(db)
    metrics = period_metrics(db, Q1, now=NOW)
    assert metrics.period_start == date(2025, 1, 1)
    assert metrics.period_end == date(2025, 3, 31)
    assert metrics.incidents_total == 6  # I1..I6
    assert metrics.incidents_by_channel == {
        "facebook": 2,  # I1, I6
        "instagram": 1,  # I5
        "google": 2,  # I2, I3
        "email": 1,  # I4
    }
    assert metrics.incidents_by_severity == {"high": 3, "medium": 2, "low": 1}
    assert metrics.months == [
        # January: I1 facebook/high, I2 google/high; praise 15 and 16 Jan.
        MonthRow("2025-01", 2, {"facebook": 1, "google": 1}, {"high": 2}, 2),
        # February: I3 google/medium, I4 email/low; no praise.
        MonthRow("2025-02", 2, {"google": 1, "email": 1}, {"medium": 1, "low": 1}, 0),
        # March: I5 instagram/high (28 Feb in UTC), I6 facebook/medium; praise 31 Mar.
        MonthRow("2025-03", 2, {"facebook": 1, "instagram": 1}, {"high": 1, "medium": 1}, 1),
    ]
    # With a reply and a target: I1 MET, I2 MISSED, I3 MET, I4 MISSED, I5 MET -> 3 / 5.
    assert metrics.first_reply_within_target_ratio == pytest.approx(0.6)
    # Detection where publication is known: 30, 10, 720, 20 -> (20 + 30) / 2.
    assert metrics.median_minutes_to_detection == 25.0
    # First replies: 45, 75, 180, 3600, 30 -> sorted 30, 45, 75, 180, 3600 -> 75.
    assert metrics.median_minutes_to_first_reply == 75.0
    # First contacts: 120 (I1), 720 (I3), 180 (I5) -> 180.
    assert metrics.median_minutes_to_first_contact == 180.0
    assert metrics.outcomes == {
        "new": 1,  # I6
        "acknowledged": 1,  # I2
        "in-contact": 1,  # I5
        "resolved": 1,  # I1
        "parted-ways": 1,  # I3
        "closed": 1,  # I4
    }
    # I4 and I6 have no root cause and are not counted.
    assert metrics.root_causes == {"unclear-offer": 2, "chemistry": 1, "faulty-work": 1}
    assert (metrics.actions_open, metrics.actions_overdue) == (4, 2)
    assert metrics.promises_kept_ratio == pytest.approx(2 / 3)
    assert metrics.praise_total == 3  # 15 Jan, 16 Jan, 31 Mar


def test_minutes_are_the_incident_clocks_minutes(db: Database) -> None:
    data = build_dataset(db)
    figures = {f.id: f for f in period_incidents(db, Period.all_time(), now=LATER)}
    assert set(figures) == {data.i1, data.i2, data.i3, data.i4, data.i5, data.i6, data.i7, data.i8}
    for incident_id, f in figures.items():
        clocks = incident_clocks(db, incident_id, now=LATER)
        if f.minutes_to_first_reply is not None:
            assert f.minutes_to_first_reply == clocks.first_reply.elapsed_minutes
            assert f.reply_within_target == (clocks.first_reply.state.value == "met")
        if f.minutes_to_first_contact is not None:
            assert f.minutes_to_first_contact == clocks.first_contact.elapsed_minutes
        assert f.detection_minutes == clocks.detection_minutes
    assert [figures[i].minutes_to_first_reply for i in (data.i1, data.i2, data.i3)] == [45, 75, 180]
    assert figures[data.i4].minutes_to_first_reply == 3600  # the low target: plain time
    assert figures[data.i4].reply_within_target is False
    assert figures[data.i6].minutes_to_first_reply is None
    assert figures[data.i6].reply_within_target is None
    assert figures[data.i1].justified == Justified.YES
    assert figures[data.i5].detected_at.utcoffset() == HKI.utcoffset(hki(3, 1, 0, 30))


def test_a_reply_across_the_night_counts_only_waking_minutes(db: Database) -> None:
    data = build_dataset(db)
    night = Period(date(2025, 1, 20), date(2025, 1, 20))
    metrics = period_metrics(db, night, now=NOW)
    assert metrics.incidents_total == 1  # I2 only
    # 21:30-22:00 (30) + 07:00-07:45 (45) = 75 waking minutes, not 615: late for 60.
    assert metrics.median_minutes_to_first_reply == 75.0
    assert metrics.first_reply_within_target_ratio == 0.0
    assert incident_clocks(db, data.i2, now=NOW).first_reply.elapsed_minutes == 75


def test_without_waking_hours_the_night_counts_in_full(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "UTC")  # no zone in the profile: the computer's zone
    _plan(db, waking=False)
    posted = datetime(2025, 1, 20, 21, 30, tzinfo=UTC)
    late = _log(
        db, Channel.GOOGLE, Severity.HIGH, datetime(2025, 1, 20, 21, 40, tzinfo=UTC), posted
    )
    record_reply(db, late, "Hei.", at=datetime(2025, 1, 21, 7, 45, tzinfo=UTC))
    # 23:30 UTC on 31 Jan: January in the computer's zone (it would be February in Helsinki).
    quick = _log(db, Channel.FACEBOOK, Severity.HIGH, datetime(2025, 1, 31, 23, 30, tzinfo=UTC))
    record_reply(db, quick, "Hei.", at=datetime(2025, 1, 31, 23, 50, tzinfo=UTC))
    metrics = period_metrics(db, Period(date(2025, 1, 1), date(2025, 1, 31)), now=NOW)
    assert metrics.incidents_total == 2
    # 21:30 -> 07:45 = 10 h 15 min = 615 (MISSED); 23:30 -> 23:50 = 20 (MET): median 317.5.
    assert metrics.median_minutes_to_first_reply == 317.5
    assert metrics.first_reply_within_target_ratio == 0.5
    assert metrics.median_minutes_to_detection == 10.0
    assert metrics.median_minutes_to_first_contact is None


def test_period_boundaries_follow_the_local_date(db: Database) -> None:
    data = build_dataset(db)
    march = period_metrics(db, Period(date(2025, 3, 1), date(2025, 3, 31)), now=NOW)
    # I5 (28 Feb 22:30 UTC) is in; I8 (31 Mar 21:15 UTC, 1 Apr local) is out.
    assert march.incidents_total == 2
    assert march.incidents_by_channel == {"facebook": 1, "instagram": 1}
    assert march.praise_total == 1  # 31 March, the last day, counts
    assert march.promises_kept_ratio == pytest.approx(0.5)  # P2 not kept, P3 kept
    february = period_metrics(db, Period(date(2025, 2, 1), date(2025, 2, 28)), now=NOW)
    assert february.incidents_total == 2  # I3, I4 (not I5)
    assert february.promises_kept_ratio == 1.0  # P1
    assert [m.month for m in february.months] == ["2025-02"]
    # The last 90 days to 10 April start on 11 January: I2..I6 and I8.
    last_90 = period_metrics(db, Period.last_days(90, date(2025, 4, 10)), now=NOW)
    assert last_90.period_start == date(2025, 1, 11)
    assert last_90.incidents_total == 6
    ids = {f.id for f in period_incidents(db, Period.last_days(90, date(2025, 4, 10)), now=NOW)}
    assert ids == {data.i2, data.i3, data.i4, data.i5, data.i6, data.i8}


def test_all_time_fills_the_months_between(db: Database) -> None:
    build_dataset(db)
    metrics = period_metrics(db, Period.all_time(), now=LATER)
    assert metrics.incidents_total == 8
    assert metrics.praise_total == 7
    assert [(m.month, m.incidents, m.praise) for m in metrics.months] == [
        ("2024-12", 1, 1),  # I7, praise 31 Dec
        ("2025-01", 2, 2),
        ("2025-02", 2, 0),
        ("2025-03", 2, 1),
        ("2025-04", 1, 1),  # I8, praise 1 Apr
        ("2025-05", 0, 0),  # nothing, but between months with data
        ("2025-06", 0, 1),
        ("2025-07", 0, 0),
        ("2025-08", 0, 1),
    ]
    assert metrics.months[5].by_channel == {} and metrics.months[5].by_severity == {}
    # Promise checks of all time: P1, P2, P3, P5 kept or not, P6 not -> 3 kept of 5.
    assert metrics.promises_kept_ratio == pytest.approx(3 / 5)
    # "Up to now": on 10 April the praise of June and August is not there yet.
    assert period_metrics(db, Period.all_time(), now=NOW).praise_total == 5


def test_an_empty_period_has_no_figures(db: Database) -> None:
    build_dataset(db)
    metrics = period_metrics(db, Period(date(2030, 1, 1), date(2030, 1, 31)), now=NOW)
    _assert_empty(metrics)
    # Open actions are of now, not of the period.
    assert (metrics.actions_open, metrics.actions_overdue) == (4, 2)
    # A period that ends before it starts holds nothing.
    _assert_empty(period_metrics(db, Period(date(2025, 3, 31), date(2025, 1, 1)), now=NOW))


def test_an_empty_database_gives_no_data_and_no_errors(db: Database) -> None:
    metrics = period_metrics(db, Period.all_time())
    _assert_empty(metrics)
    assert (metrics.actions_open, metrics.actions_overdue) == (0, 0)
    assert metrics_json(metrics)["incidents_by_month"] == []


def _assert_empty(metrics: Metrics) -> None:
    assert metrics.incidents_total == 0
    assert metrics.incidents_by_channel == {} and metrics.incidents_by_severity == {}
    assert metrics.months == []
    assert metrics.first_reply_within_target_ratio is None
    assert metrics.median_minutes_to_detection is None
    assert metrics.median_minutes_to_first_reply is None
    assert metrics.median_minutes_to_first_contact is None
    assert metrics.outcomes == {} and metrics.root_causes == {}
    assert metrics.promises_kept_ratio is None
    assert metrics.praise_total == 0


def test_periods() -> None:
    today = date(2025, 4, 10)
    assert Period.last_days(1, today) == Period(today, today)
    assert Period.last_days(90, today) == Period(date(2025, 1, 11), today)
    assert Period.this_year(today) == Period(date(2025, 1, 1), today)
    assert Period.all_time() == Period(None, None)
    with pytest.raises(ValueError):
        Period.last_days(0, today)


def test_json_keys_and_values(db: Database) -> None:
    build_dataset(db)
    document = metrics_json(period_metrics(db, Q1, now=NOW))
    assert set(document) == {
        "incidents_total",
        "incidents_by_channel",
        "incidents_by_severity",
        "incidents_by_month",
        "first_reply_within_target_ratio",
        "median_minutes_to_detection",
        "median_minutes_to_first_reply",
        "median_minutes_to_first_contact",
        "outcomes",
        "root_causes",
        "actions_open",
        "actions_overdue",
        "promises_kept_ratio",
        "praise_total",
        "period_start",
        "period_end",
    }
    assert document["period_start"] == "2025-01-01" and document["period_end"] == "2025-03-31"
    assert document["incidents_by_month"] == [
        {
            "month": "2025-01",
            "incidents": 2,
            "by_channel": {"facebook": 1, "google": 1},
            "by_severity": {"high": 2},
            "praise": 2,
        },
        {
            "month": "2025-02",
            "incidents": 2,
            "by_channel": {"google": 1, "email": 1},
            "by_severity": {"medium": 1, "low": 1},
            "praise": 0,
        },
        {
            "month": "2025-03",
            "incidents": 2,
            "by_channel": {"facebook": 1, "instagram": 1},
            "by_severity": {"high": 1, "medium": 1},
            "praise": 1,
        },
    ]
    assert metrics_json(period_metrics(db, Period.all_time(), now=NOW))["period_end"] is None
