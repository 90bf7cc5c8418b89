"""Response clocks count the owner's waking time, whatever zone the times are shown in."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.clocks import (
    ClockState,
    ClockStatus,
    WakingCounter,
    WakingHours,
    _waking_time,
    _wall_to_utc,
    clock_status,
    deadline,
    waking_minutes,
)

HELSINKI = ZoneInfo("Europe/Helsinki")
DAYTIME = WakingHours(7 * 60, 22 * 60, "Europe/Helsinki")  # 07:00-22:00
NIGHT_SHIFT = WakingHours(22 * 60, 2 * 60, "Europe/Helsinki")  # 22:00-02:00
Span = tuple[datetime, datetime]  # naive UTC


def hki(month: int, day: int, hour: int, minute: int = 0, *, fold: int = 0) -> datetime:
    """A Helsinki wall-clock time in 2026, stored the way the database keeps it (UTC)."""
    return datetime(2026, month, day, hour, minute, fold=fold, tzinfo=HELSINKI).astimezone(UTC)


# --- Waking hours ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "zone"),
    [(-1, 60, ""), (0, 1440, ""), (60, 60, ""), (60, 120, "Mars/Olympus_Mons")],
)
def test_invalid_waking_hours_are_refused(start: int, end: int, zone: str) -> None:
    with pytest.raises(ValueError):
        WakingHours(start, end, zone)


def test_empty_zone_means_the_computers_own_zone() -> None:
    probe = datetime(2026, 6, 1, 12, tzinfo=UTC)
    local = WakingHours(420, 1320).zone()
    assert local.utcoffset(probe) == datetime.now().astimezone().utcoffset()


def test_named_zone_is_an_iana_zone() -> None:
    assert DAYTIME.zone() == HELSINKI


# --- Counting minutes -----------------------------------------------------------------------


def test_without_waking_hours_every_minute_counts() -> None:
    start = datetime(2026, 1, 1, 23, 0, tzinfo=UTC)
    assert waking_minutes(start, start + timedelta(hours=9, seconds=59), None) == 540
    assert deadline(start, 540, None) == start + timedelta(hours=9)


@pytest.mark.parametrize("waking", [None, DAYTIME])
def test_end_before_or_at_start_is_zero(waking: WakingHours | None) -> None:
    start = hki(5, 4, 12)
    assert waking_minutes(start, start, waking) == 0
    assert waking_minutes(start, start - timedelta(hours=3), waking) == 0


def test_naive_datetimes_are_refused() -> None:
    aware = hki(5, 4, 12)
    naive = datetime(2026, 5, 4, 12)
    with pytest.raises(ValueError, match="naive"):
        waking_minutes(naive, aware, DAYTIME)
    with pytest.raises(ValueError, match="naive"):
        waking_minutes(aware, naive, None)
    with pytest.raises(ValueError, match="naive"):
        deadline(naive, 60, DAYTIME)
    with pytest.raises(ValueError, match="naive"):
        clock_status(aware, 60, None, naive, DAYTIME)


def test_time_inside_waking_hours_counts_fully() -> None:
    assert waking_minutes(hki(5, 4, 9), hki(5, 4, 10, 30), DAYTIME) == 90


def test_the_night_in_between_does_not_count() -> None:
    # 21:30-22:00 and 07:00-07:30: the owner was asleep for the rest.
    assert waking_minutes(hki(5, 4, 21, 30), hki(5, 5, 7, 30), DAYTIME) == 60


def test_time_before_and_after_the_window_does_not_count() -> None:
    assert waking_minutes(hki(5, 4, 3), hki(5, 4, 8), DAYTIME) == 60
    assert waking_minutes(hki(5, 4, 21), hki(5, 4, 23, 59), DAYTIME) == 60
    assert waking_minutes(hki(5, 4, 22, 30), hki(5, 5, 6, 59), DAYTIME) == 0


def test_several_days_add_up_window_by_window() -> None:
    assert waking_minutes(hki(5, 4, 12), hki(5, 6, 12), DAYTIME) == 2 * 15 * 60


def test_partial_minutes_are_not_rounded_up() -> None:
    start = hki(5, 4, 9)
    assert waking_minutes(start, start + timedelta(minutes=5, seconds=59), DAYTIME) == 5


# --- Deadlines ------------------------------------------------------------------------------


def test_late_evening_complaint_is_due_next_morning() -> None:
    # Posted 21:30 with a 60-minute target: 30 minutes tonight, 30 tomorrow from 07:00.
    due = deadline(hki(5, 4, 21, 30), 60, DAYTIME)
    assert due == hki(5, 5, 7, 30)
    assert due.tzinfo is UTC


def test_count_starts_at_the_next_window_when_posted_at_night() -> None:
    assert deadline(hki(5, 4, 3), 60, DAYTIME) == hki(5, 4, 8)
    assert deadline(hki(5, 4, 23), 60, DAYTIME) == hki(5, 5, 8)


def test_count_starts_at_once_when_posted_inside_the_window() -> None:
    assert deadline(hki(5, 4, 10, 15), 45, DAYTIME) == hki(5, 4, 11)


def test_a_long_target_skips_every_night() -> None:
    # Two days of waking time (2 x 15 h) from Monday 12:00 end on Wednesday 12:00.
    assert deadline(hki(5, 4, 12), 2 * 15 * 60, DAYTIME) == hki(5, 6, 12)


def test_negative_target_is_refused() -> None:
    with pytest.raises(ValueError):
        deadline(hki(5, 4, 12), -1, DAYTIME)


# --- Night-shift windows that cross midnight ------------------------------------------------


def test_night_shift_window_counts_across_midnight() -> None:
    assert waking_minutes(hki(5, 4, 23), hki(5, 5, 1), NIGHT_SHIFT) == 120
    assert waking_minutes(hki(5, 4, 12), hki(5, 5, 12), NIGHT_SHIFT) == 240


def test_night_shift_window_open_since_the_previous_evening() -> None:
    # At 01:00 the window that opened at 22:00 yesterday is still open until 02:00.
    assert waking_minutes(hki(5, 5, 1), hki(5, 5, 3), NIGHT_SHIFT) == 60
    assert deadline(hki(5, 5, 1), 120, NIGHT_SHIFT) == hki(5, 5, 23)


def test_night_shift_deadline_from_the_afternoon() -> None:
    assert deadline(hki(5, 4, 15), 150, NIGHT_SHIFT) == hki(5, 5, 0, 30)


# --- Daylight-saving changes (Helsinki 2026: 29 March 03:00 -> 04:00, 25 October 04:00 -> 03:00)


def test_spring_forward_night_is_an_hour_shorter() -> None:
    early = WakingHours(0, 6 * 60, "Europe/Helsinki")
    assert waking_minutes(hki(3, 29, 0), hki(3, 30, 0), early) == 5 * 60
    assert waking_minutes(hki(3, 29, 0), hki(3, 30, 0), DAYTIME) == 15 * 60


def test_spring_forward_inside_a_night_shift() -> None:
    late = WakingHours(22 * 60, 6 * 60, "Europe/Helsinki")
    assert waking_minutes(hki(3, 28, 12), hki(3, 29, 12), late) == 7 * 60
    # Starting 22:00 with five hours to go: the clocks skip 03:00-04:00, so 04:00 local.
    assert deadline(hki(3, 28, 22), 5 * 60, late) == hki(3, 29, 4)


def test_window_edge_in_the_skipped_hour_starts_when_the_clocks_jump() -> None:
    skipped = WakingHours(3 * 60 + 30, 5 * 60, "Europe/Helsinki")  # 03:30 never happens
    assert waking_minutes(hki(3, 29, 0), hki(3, 30, 0), skipped) == 60
    assert deadline(hki(3, 29, 0), 1, skipped) == hki(3, 29, 4, 1)


def test_fall_back_night_is_an_hour_longer() -> None:
    early = WakingHours(0, 6 * 60, "Europe/Helsinki")
    assert waking_minutes(hki(10, 25, 0), hki(10, 26, 0), early) == 7 * 60
    assert waking_minutes(hki(10, 25, 0), hki(10, 26, 0), DAYTIME) == 15 * 60


def test_deadline_can_land_in_the_repeated_hour() -> None:
    early = WakingHours(0, 6 * 60, "Europe/Helsinki")
    # 03:30 summer time plus one real hour is 03:30 again, now winter time.
    due = deadline(hki(10, 25, 3, 30), 60, early)
    assert due == hki(10, 25, 3, 30, fold=1)
    assert due - hki(10, 25, 3, 30) == timedelta(hours=1)


def test_window_edge_in_the_repeated_hour_means_its_first_occurrence() -> None:
    repeated = WakingHours(3 * 60 + 30, 5 * 60, "Europe/Helsinki")
    # 03:30 summer time to 05:00 winter time is two and a half real hours.
    assert waking_minutes(hki(10, 25, 0), hki(10, 26, 0), repeated) == 150


# --- Stored UTC versus displayed local time -------------------------------------------------


def test_results_do_not_depend_on_the_zone_the_times_are_given_in() -> None:
    start, end = hki(5, 4, 21, 30), hki(5, 6, 9)
    new_york = ZoneInfo("America/New_York")
    odd = timezone(timedelta(hours=5, minutes=45))
    expected = waking_minutes(start, end, DAYTIME)
    for zone in (UTC, HELSINKI, new_york, odd):
        assert waking_minutes(start.astimezone(zone), end.astimezone(zone), DAYTIME) == expected
        assert deadline(start.astimezone(zone), 60, DAYTIME) == hki(5, 5, 7, 30)


def test_waking_hours_follow_the_owners_zone_not_utc() -> None:
    # 07:00-22:00 in Helsinki is 04:00-19:00 UTC in summer.
    utc_day = WakingHours(7 * 60, 22 * 60, "UTC")
    start = datetime(2026, 6, 1, 3, 0, tzinfo=UTC)
    assert deadline(start, 60, DAYTIME) == datetime(2026, 6, 1, 5, 0, tzinfo=UTC)
    assert deadline(start, 60, utc_day) == datetime(2026, 6, 1, 8, 0, tzinfo=UTC)


# --- Clock status ---------------------------------------------------------------------------


def test_running_clock_ignores_the_night() -> None:
    status = clock_status(hki(5, 4, 21, 30), 60, None, hki(5, 5, 7, 10), DAYTIME)
    assert status == ClockStatus(ClockState.RUNNING, 40, 60, 20, hki(5, 5, 7, 30))


def test_clock_warns_when_near_the_target() -> None:
    start = hki(5, 4, 9)
    assert clock_status(start, 60, None, hki(5, 4, 9, 44), DAYTIME).state is ClockState.RUNNING
    assert clock_status(start, 60, None, hki(5, 4, 9, 45), DAYTIME).state is ClockState.NEAR
    custom = clock_status(start, 60, None, hki(5, 4, 9, 30), DAYTIME, near_fraction=0.5)
    assert custom.state is ClockState.NEAR


def test_clock_is_overdue_from_the_deadline_on() -> None:
    start = hki(5, 4, 9)
    at_deadline = clock_status(start, 60, None, hki(5, 4, 10), DAYTIME)
    assert (at_deadline.state, at_deadline.remaining_minutes) == (ClockState.OVERDUE, 0)
    late = clock_status(start, 60, None, hki(5, 4, 11, 30), DAYTIME)
    assert (late.state, late.elapsed_minutes, late.remaining_minutes) == (
        ClockState.OVERDUE,
        150,
        -90,
    )


def test_done_clock_is_met_or_missed_by_the_reply_time() -> None:
    start, now = hki(5, 4, 9), hki(5, 6, 12)
    met = clock_status(start, 60, hki(5, 4, 10), now, DAYTIME)
    assert (met.state, met.elapsed_minutes, met.remaining_minutes) == (ClockState.MET, 60, 0)
    missed = clock_status(start, 60, hki(5, 4, 10, 5), now, DAYTIME)
    assert (missed.state, missed.elapsed_minutes, missed.remaining_minutes) == (
        ClockState.MISSED,
        65,
        -5,
    )


def test_reply_during_the_night_after_a_late_complaint_is_in_time() -> None:
    status = clock_status(hki(5, 4, 21, 30), 60, hki(5, 4, 23), hki(5, 5, 12), DAYTIME)
    assert (status.state, status.elapsed_minutes) == (ClockState.MET, 30)


def test_clock_without_target_still_counts() -> None:
    status = clock_status(hki(5, 4, 9), None, None, hki(5, 4, 10, 30), DAYTIME)
    assert status == ClockStatus(ClockState.NO_TARGET, 90, None, None, None)


def test_clock_without_waking_hours_counts_the_night() -> None:
    status = clock_status(hki(5, 4, 21, 30), 60, None, hki(5, 5, 7, 10), None)
    assert (status.state, status.elapsed_minutes) == (ClockState.OVERDUE, 580)
    assert status.deadline == hki(5, 4, 22, 30)


@pytest.mark.parametrize(("target", "fraction"), [(-1, 0.75), (60, 1.5), (60, -0.1)])
def test_clock_refuses_nonsense_settings(target: int, fraction: float) -> None:
    with pytest.raises(ValueError):
        clock_status(hki(5, 4, 9), target, None, hki(5, 4, 10), DAYTIME, near_fraction=fraction)


# --- Speed and consistency ------------------------------------------------------------------


def test_two_years_add_up_day_by_day() -> None:
    # Speed is the benchmark's business (no timed tests); this checks the long-span sums.
    start, end = datetime(2025, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)
    minutes = waking_minutes(start, end, DAYTIME)
    due = deadline(start, minutes, DAYTIME)
    assert minutes == 730 * 15 * 60
    assert waking_minutes(start, due, DAYTIME) == minutes


ZONES = ["Europe/Helsinki", "America/New_York", "Australia/Lord_Howe", "UTC"]


@st.composite
def optional_waking(draw: st.DrawFn) -> WakingHours | None:
    if draw(st.booleans()):
        return None
    start = draw(st.integers(0, 1439))
    end = draw(st.integers(0, 1439).filter(lambda minute: minute != start))
    return WakingHours(start, end, draw(st.sampled_from(ZONES)))


starts_in_2026 = st.datetimes(
    min_value=datetime(2026, 1, 1),
    max_value=datetime(2026, 12, 31, 23, 59, 59),
    timezones=st.just(UTC),
)


@settings(database=None, deadline=None, max_examples=300)
@given(start=starts_in_2026, minutes=st.integers(0, 10 * 1440), waking=optional_waking())
def test_deadline_is_exactly_target_minutes_of_waking_time(
    start: datetime, minutes: int, waking: WakingHours | None
) -> None:
    due = deadline(start, minutes, waking)
    assert due >= start
    assert waking_minutes(start, due, waking) == minutes
    if minutes:
        assert waking_minutes(start, due - timedelta(seconds=1), waking) == minutes - 1


def test_the_computers_own_zone_keeps_its_daylight_saving_rules(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from planner.core.clocks import system_zone

    monkeypatch.setenv("TZ", "Europe/Helsinki")
    zone = system_zone()
    winter = datetime(2026, 1, 15, 12, tzinfo=zone).utcoffset()
    summer = datetime(2026, 7, 15, 12, tzinfo=zone).utcoffset()
    assert (winter, summer) == (timedelta(hours=2), timedelta(hours=3))
    # Empty waking-hours zone means this one, not a fixed offset.
    hours = WakingHours(8 * 60, 20 * 60, "")
    assert hours.zone() == zone


# --- The day-by-day walk the fast count must equal -------------------------------------------
#
# The counts add whole local days from a cache and walk only a span's first and last days.
# The reference below is the plain walk they replaced: every window from the day before the
# start's local day on, each converted afresh. Results must be equal to the microsecond.


def _reference_windows(first_day: date, waking: WakingHours, zone: tzinfo) -> Iterator[Span]:
    def daily(wall: datetime) -> Iterator[datetime]:
        while True:
            offset = zone.utcoffset(wall)
            assert offset is not None
            same = zone.utcoffset(wall + timedelta(days=1)) == offset
            yield wall - offset if same else _wall_to_utc(wall, zone)
            wall += timedelta(days=1)

    midnight = datetime.combine(first_day, time())
    end_day = midnight + timedelta(days=1) if waking.crosses_midnight else midnight
    begins = daily(midnight + timedelta(minutes=waking.start_minute))
    ends = daily(end_day + timedelta(minutes=waking.end_minute))
    for begin, end in zip(begins, ends, strict=True):
        yield begin, max(begin, end)


def _reference_time(start: datetime, end: datetime, waking: WakingHours | None) -> timedelta:
    first = start.astimezone(UTC).replace(tzinfo=None)
    last = end.astimezone(UTC).replace(tzinfo=None)
    if last <= first:
        return timedelta(0)
    if waking is None:
        return last - first
    zone = waking.zone()
    total = timedelta(0)
    for begin, finish in _reference_windows(
        start.astimezone(zone).date() - timedelta(days=1), waking, zone
    ):
        if begin >= last:
            break
        overlap = min(finish, last) - max(begin, first)
        if overlap > timedelta(0):
            total += overlap
    return total


def _reference_deadline(start: datetime, minutes: int, waking: WakingHours | None) -> datetime:
    first = start.astimezone(UTC).replace(tzinfo=None)
    remaining = timedelta(minutes=minutes)
    if waking is None:
        return (first + remaining).replace(tzinfo=UTC)
    zone = waking.zone()
    for begin, finish in _reference_windows(
        start.astimezone(zone).date() - timedelta(days=1), waking, zone
    ):
        begin = max(begin, first)
        if finish > begin and remaining <= finish - begin:
            return (begin + remaining).replace(tzinfo=UTC)
        if finish > begin:
            remaining -= finish - begin
    raise AssertionError("unreachable")


def _assert_like_the_reference(start: datetime, end: datetime, waking: WakingHours | None) -> None:
    expected = _reference_time(start, end, waking)
    assert _waking_time(start, end, waking) == expected
    assert waking_minutes(start, end, waking) == expected // timedelta(minutes=1)
    counter = WakingCounter(waking)
    assert counter.between(start.astimezone(UTC), end.astimezone(UTC)) == expected
    assert counter.between(start.astimezone(HELSINKI), end) == expected


# Helsinki as the owners mostly use; zones with half-hour changes, changes at midnight
# (Havana: 00:00 -> 01:00 and back from 01:00 to 00:00; Sao Paulo until 2019: back from
# 00:00 to 23:00 of the day before), in the other direction (Santiago) and a skipped
# calendar day (Apia, 30 December 2011).
DST_ZONES = [
    "Europe/Helsinki",
    "America/New_York",
    "Australia/Lord_Howe",
    "America/Havana",
    "America/Sao_Paulo",
    "America/Santiago",
    "Pacific/Apia",
    "UTC",
]


@st.composite
def waking_in(draw: st.DrawFn, zones: list[str]) -> WakingHours:
    # Edges on the hour or half hour land in the skipped and repeated hours more often.
    edges = st.one_of(st.integers(0, 47).map(lambda half: half * 30), st.integers(0, 1439))
    start = draw(edges)
    end = draw(edges.filter(lambda minute: minute != start))
    return WakingHours(start, end, draw(st.sampled_from(zones)))


spans = st.one_of(
    st.timedeltas(timedelta(0), timedelta(days=3)),  # the usual reply or contact
    st.timedeltas(timedelta(days=6), timedelta(days=14)),  # around the walk's day limit
    st.timedeltas(timedelta(0), timedelta(days=3 * 365)),  # years at once
)
starts_2010s_2020s = st.datetimes(
    min_value=datetime(2010, 1, 1), max_value=datetime(2030, 12, 31), timezones=st.just(UTC)
)


@settings(database=None, deadline=None, max_examples=400)
@given(start=starts_2010s_2020s, span=spans, waking=st.one_of(st.none(), waking_in(DST_ZONES)))
def test_fast_count_equals_the_day_by_day_walk(
    start: datetime, span: timedelta, waking: WakingHours | None
) -> None:
    _assert_like_the_reference(start, start + span, waking)


@settings(database=None, deadline=None, max_examples=300)
@given(
    start=starts_2010s_2020s,
    minutes=st.one_of(st.integers(0, 3 * 1440), st.integers(0, 400 * 1440)),
    waking=st.one_of(st.none(), waking_in(DST_ZONES)),
)
def test_deadline_equals_the_day_by_day_walk(
    start: datetime, minutes: int, waking: WakingHours | None
) -> None:
    assert deadline(start, minutes, waking) == _reference_deadline(start, minutes, waking)


# Helsinki 2026 changes: 29 March 03:00 -> 04:00 and 25 October 04:00 -> 03:00.
HELSINKI_EDGES = [
    hki(3, 28, 12),
    hki(3, 29, 2, 30),
    hki(3, 29, 4, 15),
    hki(3, 29, 23, 59),
    hki(10, 25, 3, 30),
    hki(10, 25, 3, 30, fold=1),
    hki(10, 25, 22, 30),
    hki(10, 26, 1),
]


@pytest.mark.parametrize(
    "waking",
    [
        DAYTIME,
        NIGHT_SHIFT,
        WakingHours(3 * 60 + 30, 5 * 60, "Europe/Helsinki"),  # edges skipped and repeated
        WakingHours(22 * 60, 3 * 60 + 30, "Europe/Helsinki"),
        WakingHours(4 * 60, 3 * 60, "Europe/Helsinki"),  # 23 hours, across midnight
    ],
)
def test_spans_from_and_to_the_changes_in_helsinki(waking: WakingHours) -> None:
    for start in HELSINKI_EDGES:
        for end in HELSINKI_EDGES + [hki(12, 31, 12), datetime(2029, 6, 1, 8, tzinfo=HELSINKI)]:
            _assert_like_the_reference(start, end, waking)
            _assert_like_the_reference(start - timedelta(days=400), end, waking)


def test_years_of_spans_add_up_like_the_walk() -> None:
    # Five years of daily spans of every length, as a period report counts them.
    counter = WakingCounter(NIGHT_SHIFT)
    start = datetime(2022, 1, 1, 5, 17, tzinfo=UTC)
    for day in range(0, 5 * 365, 7):
        first = start + timedelta(days=day, minutes=day * 13 % 1440)
        for length in (timedelta(minutes=50), timedelta(days=2, hours=3), timedelta(days=40)):
            expected = _reference_time(first, first + length, NIGHT_SHIFT)
            assert counter.between(first, first + length) == expected


def test_the_calendars_ends_are_walked_without_the_cache() -> None:
    for start, end in (
        (datetime(1, 1, 3, tzinfo=UTC), datetime(3, 2, 1, tzinfo=UTC)),
        (datetime(9997, 12, 1, tzinfo=UTC), datetime(9998, 3, 1, tzinfo=UTC)),
    ):
        for waking in (DAYTIME, NIGHT_SHIFT):
            _assert_like_the_reference(start, end, waking)
            minutes = waking_minutes(start, end, waking)
            assert deadline(start, minutes, waking) == _reference_deadline(start, minutes, waking)


def test_the_counter_counts_like_waking_minutes() -> None:
    first = datetime(2026, 1, 1, 12, tzinfo=UTC)
    plain, awake = WakingCounter(None), WakingCounter(DAYTIME)
    assert plain.between(first, first + timedelta(hours=5, seconds=3)) == timedelta(
        hours=5, seconds=3
    )
    assert plain.between(first, first - timedelta(hours=1)) == timedelta(0)
    assert awake.between(first, first) == timedelta(0)
    # 14:00-22:00 Helsinki, then 07:00-09:00: ten hours.
    assert awake.between(first, hki(1, 2, 9)) == timedelta(hours=10)
    with pytest.raises(ValueError, match="naive"):
        awake.between(datetime(2026, 1, 1, 12), hki(1, 2, 9))
