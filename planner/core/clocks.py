"""Response clocks: how long a complaint has waited, counted in the owner's waking hours.

A plan promises replies within so many minutes, but a one-person business sleeps. The clocks
therefore count only the owner's waking window (wall-clock times in their zone) when one is
set, so a complaint posted at 21:30 with a 60-minute target is due at 07:30 next morning,
not at 22:30. Times come in as aware datetimes (stored as UTC) and results never depend on the
zone the screen happens to display.

Wall-clock rules for the two daylight-saving oddities (``zoneinfo`` semantics):

* a window edge that does not exist (spring forward gap) falls on the moment the clocks jump,
  the first instant whose local time is at or after it;
* a window edge that happens twice (autumn fold) means its first occurrence (``fold=0``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

MINUTES_PER_DAY = 1440
_MINUTE = timedelta(minutes=1)
_SECOND = timedelta(seconds=1)
_DAY = timedelta(days=1)

# A waking window as naive UTC datetimes; only the public functions deal in aware ones.
_Span = tuple[datetime, datetime]


@dataclass(frozen=True)
class WakingHours:
    """The daily window in which the owner can answer; ``start > end`` crosses midnight.

    Minutes are counted from local midnight in ``timezone`` (an IANA name such as
    ``"Europe/Helsinki"``); an empty name means the computer's own zone.
    """

    start_minute: int
    end_minute: int
    timezone: str = ""

    def __post_init__(self) -> None:
        for name, value in (("start_minute", self.start_minute), ("end_minute", self.end_minute)):
            if not 0 <= value < MINUTES_PER_DAY:
                raise ValueError(f"{name} must be within 0..{MINUTES_PER_DAY - 1}, got {value}")
        if self.start_minute == self.end_minute:
            raise ValueError("waking hours must not start and end at the same minute")
        if self.timezone:
            self.zone()  # an unknown zone name fails here, not later in the middle of a count

    @property
    def crosses_midnight(self) -> bool:
        """True for night-shift windows such as 22:00-02:00."""
        return self.start_minute > self.end_minute

    def zone(self) -> tzinfo:
        """The zone the window's wall-clock times are read in."""
        if not self.timezone:
            return system_zone()
        try:
            return ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {self.timezone!r}") from exc


def system_zone() -> tzinfo:
    """The computer's own zone, with its daylight-saving rules where they can be found
    (TZ, or the zone /etc/localtime links to); else today's fixed offset, which is right
    except across a daylight-saving change."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo" + os.sep in target:
            candidates.append(target.split("zoneinfo" + os.sep, 1)[1])
    except OSError:
        pass
    for name in candidates:
        if name:
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    local = datetime.now().astimezone().tzinfo
    return local if local is not None else UTC


class ClockState(StrEnum):
    """What a response clock shows: still running, close, late, or settled."""

    RUNNING = "running"
    NEAR = "near"
    OVERDUE = "overdue"
    MET = "met"
    MISSED = "missed"
    NO_TARGET = "no-target"


@dataclass(frozen=True)
class ClockStatus:
    """One clock's reading; ``remaining_minutes`` is negative once the target is passed."""

    state: ClockState
    elapsed_minutes: int
    target_minutes: int | None
    remaining_minutes: int | None
    deadline: datetime | None


def _require_aware(name: str, value: datetime) -> datetime:
    """A naive time has no place on a clock: refuse it instead of guessing a zone."""
    if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
        raise ValueError(f"{name} is a naive datetime {value!r}: pass timezone-aware times")
    return value.astimezone(UTC)


def _offset(zone: tzinfo, wall: datetime) -> timedelta:
    offset = zone.utcoffset(wall)
    if offset is None:
        raise ValueError(f"time zone {zone!r} gives no UTC offset")
    return offset


def _wall_to_utc(wall: datetime, zone: tzinfo) -> datetime:
    """The (naive) UTC instant at which the local clock in ``zone`` first reads ``wall``."""
    first = wall - _offset(zone, wall)
    second = wall - _offset(zone, wall.replace(fold=1))
    if first <= second:  # an ordinary time, or a repeated one (take the first occurrence)
        return first
    # A skipped time: ``second`` is before the jump and ``first`` after it. Find the jump,
    # the first instant whose local time reaches ``wall`` (offsets change on whole seconds).
    before, after = second, first
    while after - before > _SECOND:
        middle = before + (after - before) // 2
        middle -= timedelta(microseconds=middle.microsecond)
        if middle <= before:
            middle = before + _SECOND
        if middle.replace(tzinfo=UTC).astimezone(zone).replace(tzinfo=None) >= wall:
            after = middle
        else:
            before = middle
    return after


def _daily(wall: datetime, zone: tzinfo) -> Iterator[datetime]:
    """Naive UTC instants of the wall-clock time ``wall`` on its day and every day after.

    A gap or fold at ``wall`` means the offset differs a day later, so the careful
    conversion runs only around clock changes and ordinary days cost one offset lookup.
    """
    offset = _offset(zone, wall)
    while True:
        following = wall + _DAY
        next_offset = _offset(zone, following)
        yield wall - offset if next_offset == offset else _wall_to_utc(wall, zone)
        wall, offset = following, next_offset


def _windows(first_day: date, waking: WakingHours, zone: tzinfo) -> Iterator[_Span]:
    """Naive UTC spans of the waking windows starting on ``first_day`` and each day after."""
    midnight = datetime.combine(first_day, time())
    end_day = midnight + _DAY if waking.crosses_midnight else midnight
    begins = _daily(midnight + timedelta(minutes=waking.start_minute), zone)
    ends = _daily(end_day + timedelta(minutes=waking.end_minute), zone)
    for begin, end in zip(begins, ends, strict=True):
        yield begin, max(begin, end)


def _naive_utc(name: str, value: datetime) -> datetime:
    return _require_aware(name, value).replace(tzinfo=None)


def _local_date(moment: datetime, zone: tzinfo) -> date:
    return moment.astimezone(zone).date()


def _waking_time(start: datetime, end: datetime, waking: WakingHours | None) -> timedelta:
    """Exact waking time in ``[start, end)``; callers round it as they need."""
    first, last = _naive_utc("start", start), _naive_utc("end", end)
    if last <= first:
        return timedelta(0)
    if waking is None:
        return last - first
    zone = waking.zone()
    total = timedelta(0)
    # A night-shift window that began the previous local day may still be open at ``start``.
    for begin, finish in _windows(_local_date(start, zone) - _DAY, waking, zone):
        if begin >= last:
            break
        overlap = min(finish, last) - max(begin, first)
        if overlap > timedelta(0):
            total += overlap
    return total


def waking_minutes(start: datetime, end: datetime, waking: WakingHours | None) -> int:
    """Whole minutes from ``start`` to ``end`` that fall in waking hours (all of them if None).

    Walks local days rather than minutes, so multi-year spans stay cheap.
    """
    return _waking_time(start, end, waking) // _MINUTE


def deadline(start: datetime, minutes: int, waking: WakingHours | None) -> datetime:
    """The UTC moment by which ``minutes`` of waking time have passed since ``start``.

    Outside waking hours the count starts at the next window, so a target never expires
    while the owner sleeps.
    """
    if minutes < 0:
        raise ValueError(f"minutes must not be negative, got {minutes}")
    first = _naive_utc("start", start)
    remaining = timedelta(minutes=minutes)
    if waking is None:
        return (first + remaining).replace(tzinfo=UTC)
    zone = waking.zone()
    for begin, finish in _windows(_local_date(start, zone) - _DAY, waking, zone):
        begin = max(begin, first)
        if finish > begin:
            if remaining <= finish - begin:
                return (begin + remaining).replace(tzinfo=UTC)
            remaining -= finish - begin
    raise AssertionError("unreachable: the windows never end")


def clock_status(
    start: datetime,
    target_minutes: int | None,
    done_at: datetime | None,
    now: datetime,
    waking: WakingHours | None,
    *,
    near_fraction: float = 0.75,
) -> ClockStatus:
    """Read one response clock so the screen can colour and word it.

    While running it warns (NEAR) once ``near_fraction`` of the target is used and turns
    OVERDUE when the deadline is reached. Once done it is MET if the reply came no later
    than the deadline in waking time, else MISSED. Without a target only the elapsed time
    is reported.
    """
    if not 0.0 <= near_fraction <= 1.0:
        raise ValueError(f"near_fraction must be within 0..1, got {near_fraction}")
    if target_minutes is not None and target_minutes < 0:
        raise ValueError(f"target_minutes must not be negative, got {target_minutes}")
    now = _require_aware("now", now)
    stop = now if done_at is None else _require_aware("done_at", done_at)
    spent = _waking_time(start, stop, waking)
    elapsed = spent // _MINUTE
    if target_minutes is None:
        return ClockStatus(ClockState.NO_TARGET, elapsed, None, None, None)
    target = timedelta(minutes=target_minutes)
    due = deadline(start, target_minutes, waking)
    remaining = target_minutes - elapsed
    if done_at is not None:
        state = ClockState.MET if spent <= target else ClockState.MISSED
    elif spent >= target:
        state = ClockState.OVERDUE
    elif elapsed >= near_fraction * target_minutes:
        state = ClockState.NEAR
    else:
        state = ClockState.RUNNING
    return ClockStatus(state, elapsed, target_minutes, remaining, due)
