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

import functools
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

MINUTES_PER_DAY = 1440
_MINUTE = timedelta(minutes=1)
_SECOND = timedelta(seconds=1)
_DAY = timedelta(days=1)

# A waking window as aware datetimes in UTC: with one tzinfo throughout, comparisons and
# differences need no offsets.
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
    """The moment in UTC. A naive time has no place on a clock: refuse it instead of
    guessing a zone."""
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


def _edge(wall: datetime, zone: tzinfo) -> datetime:
    """The UTC instant of the window edge at wall-clock time ``wall`` (naive both).

    A gap or fold at ``wall`` means the offset differs a day later, so the careful
    conversion runs only around clock changes and ordinary days cost one offset lookup.
    """
    offset = _offset(zone, wall)
    return wall - offset if _offset(zone, wall + _DAY) == offset else _wall_to_utc(wall, zone)


# Local days are numbered by ``date.toordinal()``; their windows are computed in blocks of
# this many days and kept, so a figure over years of incidents converts each day once.
_BLOCK = 128
_MAX_BLOCKS = 64  # per set of waking hours (some 22 years); more are dropped and redone
# Days outside these years are walked without the cache: a block must never reach past the
# calendar's ends, and nobody's complaints are that old.
_FIRST_CACHED = date(2, 1, 1).toordinal()
_LAST_CACHED = date(9998, 1, 1).toordinal()
# Spans longer than this add up the whole days in between from the cache; shorter ones
# walk their days (the walk is exact for any span, the sum only faster for long ones).
_SHORT_SPAN = timedelta(days=6)
_NO_TIME = timedelta(0)


@dataclass(frozen=True)
class _Block:
    """The windows of ``_BLOCK`` consecutive local days."""

    begins: tuple[datetime, ...]
    finishes: tuple[datetime, ...]  # never before the begin: an empty window is empty
    totals: tuple[timedelta, ...]  # totals[i]: the window time of the block's first i days


class _DayWindows:
    """The waking window of every local day in one zone, computed once per day.

    Day ``n`` (a ``date.toordinal()``) opens at its ``start_minute`` and closes at the
    ``end_minute`` of the same day, or of the next one when the window crosses midnight,
    both read as wall-clock times in the zone. Blocks are immutable and replaced whole, so
    threads may share the cache.
    """

    def __init__(self, start_minute: int, end_minute: int, zone: tzinfo) -> None:
        self._zone = zone
        self._opens = timedelta(minutes=start_minute)
        self._closes = timedelta(minutes=end_minute) + (
            _DAY if start_minute > end_minute else _NO_TIME
        )
        self._blocks: dict[int, _Block] = {}

    def window(self, day: int) -> _Span:
        """Day ``day``'s window, computed afresh."""
        midnight = datetime.fromordinal(day)
        begin = _edge(midnight + self._opens, self._zone)
        end = max(begin, _edge(midnight + self._closes, self._zone))
        return begin.replace(tzinfo=UTC), end.replace(tzinfo=UTC)

    def _block(self, index: int) -> _Block:
        block = self._blocks.get(index)
        if block is None:
            begins, finishes, totals = [], [], [_NO_TIME]
            for day in range(index * _BLOCK, (index + 1) * _BLOCK):
                begin, finish = self.window(day)
                begins.append(begin)
                finishes.append(finish)
                totals.append(totals[-1] + (finish - begin))
            block = _Block(tuple(begins), tuple(finishes), tuple(totals))
            if len(self._blocks) >= _MAX_BLOCKS:
                self._blocks.clear()
            self._blocks[index] = block
        return block

    def _local_day(self, moment: datetime) -> int:
        return moment.astimezone(self._zone).toordinal()

    def windows_from(self, day: int) -> Iterator[_Span]:
        """The windows of ``day`` and every day after it, in order."""
        while day < _FIRST_CACHED or day >= _LAST_CACHED:
            yield self.window(day)
            day += 1
        index, offset = divmod(day, _BLOCK)
        while True:
            block = self._block(index)
            yield from zip(block.begins[offset:], block.finishes[offset:], strict=True)
            index, offset = index + 1, 0

    def _walk(self, day: int, stop: int | None, first: datetime, last: datetime) -> timedelta:
        """Waking time in ``[first, last)`` in the windows of the days from ``day`` to
        ``stop`` (exclusive), or (None) until a window opens at or after ``last``."""
        # The hot loop of every count: no calls but the block lookups.
        count = -1 if stop is None else stop - day  # days left; -1 never counts down to 0
        total = _NO_TIME
        index, position = divmod(day, _BLOCK)
        block = self._blocks.get(index) or self._block(index)
        begins, finishes = block.begins, block.finishes
        while count:
            if position == _BLOCK:
                index, position = index + 1, 0
                block = self._blocks.get(index) or self._block(index)
                begins, finishes = block.begins, block.finishes
            begin = begins[position]
            if begin >= last:
                break
            finish = finishes[position]
            overlap = (finish if finish < last else last) - (begin if begin > first else first)
            if overlap > _NO_TIME:
                total += overlap
            position += 1
            count -= 1
        return total

    def _walk_uncached(self, day: int, first: datetime, last: datetime) -> timedelta:
        """As :meth:`_walk` to the end, near the calendar's ends."""
        total = _NO_TIME
        for begin, finish in self.windows_from(day):
            if begin >= last:
                break
            overlap = min(finish, last) - max(begin, first)
            if overlap > _NO_TIME:
                total += overlap
        return total

    def _whole_days(self, day: int, stop: int) -> timedelta:
        """The window time of days ``day`` to ``stop`` (exclusive), from the blocks."""
        index, offset = divmod(day, _BLOCK)
        last_index, last_offset = divmod(stop, _BLOCK)
        block = self._block(index)
        if index == last_index:
            return block.totals[last_offset] - block.totals[offset]
        total = block.totals[_BLOCK] - block.totals[offset]
        for middle in range(index + 1, last_index):
            total += self._block(middle).totals[_BLOCK]
        if last_offset:
            total += self._block(last_index).totals[last_offset]
        return total

    def waking_time(self, first: datetime, last: datetime) -> timedelta:
        """Waking time in ``[first, last)`` (aware); nothing when ``last <= first``.

        Equal to adding up the overlap of every window from the day before ``first``'s
        local day on until one opens at or after ``last``. The days wholly inside the span
        count their whole window, which the blocks have summed already: only the first
        and last few days are walked, so a span of years costs about what a day does.
        """
        if last <= first:
            return _NO_TIME
        day = self._local_day(first) - 1  # a night-shift window of the day before may be open
        if day < _FIRST_CACHED or last.toordinal() >= _LAST_CACHED:
            return self._walk_uncached(day, first, last)
        if last - first < _SHORT_SPAN:  # most replies: walk a few days, skip the rest
            return self._walk(day, None, first, last)
        # Days from the day after ``first``'s to two days before ``last``'s open after
        # ``first`` and (even across midnight) close before ``last``; check the ends anyway.
        inner, outer = day + 2, self._local_day(last) - 1
        if outer <= inner:
            return self._walk(day, None, first, last)
        if self.window(inner)[0] < first or self.window(outer - 1)[1] > last:
            return self._walk(day, None, first, last)  # a zone stranger than any known
        head = self._walk(day, inner, first, last)
        return head + self._whole_days(inner, outer) + self._walk(outer, None, first, last)


@functools.lru_cache(maxsize=16)
def _day_windows(start_minute: int, end_minute: int, zone: tzinfo) -> _DayWindows:
    return _DayWindows(start_minute, end_minute, zone)


def _windows_of(waking: WakingHours, zone: tzinfo) -> _DayWindows:
    return _day_windows(waking.start_minute, waking.end_minute, zone)


def _local_date(moment: datetime, zone: tzinfo) -> date:
    return moment.astimezone(zone).date()


class WakingCounter:
    """Waking time between many pairs of moments under one setting of waking hours.

    For figures over many incidents: the zone is resolved once and each local day's window
    computed once. Results are those of :func:`waking_minutes` (``between(...) //
    timedelta(minutes=1)``); moments already in UTC (``tzinfo=datetime.UTC``) are the fast
    case, others are converted (and naive ones refused) first.
    """

    def __init__(self, waking: WakingHours | None) -> None:
        self._days = None if waking is None else _windows_of(waking, waking.zone())

    def between(self, first: datetime, last: datetime) -> timedelta:
        """Exact waking time in ``[first, last)``; nothing when ``last <= first``."""
        if first.tzinfo is not UTC or last.tzinfo is not UTC:
            first, last = _require_aware("first", first), _require_aware("last", last)
        if self._days is None:
            return last - first if last > first else _NO_TIME
        return self._days.waking_time(first, last)


def _waking_time(start: datetime, end: datetime, waking: WakingHours | None) -> timedelta:
    """Exact waking time in ``[start, end)``; callers round it as they need."""
    first, last = _require_aware("start", start), _require_aware("end", end)
    if last <= first:
        return _NO_TIME
    if waking is None:
        return last - first
    return _windows_of(waking, waking.zone()).waking_time(first, last)


def waking_minutes(start: datetime, end: datetime, waking: WakingHours | None) -> int:
    """Whole minutes from ``start`` to ``end`` that fall in waking hours (all of them if None).

    Adds up whole local days from a cache and walks only the span's first and last days,
    so multi-year spans stay cheap.
    """
    return _waking_time(start, end, waking) // _MINUTE


def deadline(start: datetime, minutes: int, waking: WakingHours | None) -> datetime:
    """The UTC moment by which ``minutes`` of waking time have passed since ``start``.

    Outside waking hours the count starts at the next window, so a target never expires
    while the owner sleeps.
    """
    if minutes < 0:
        raise ValueError(f"minutes must not be negative, got {minutes}")
    first = _require_aware("start", start)
    remaining = timedelta(minutes=minutes)
    if waking is None:
        return first + remaining
    zone = waking.zone()
    days = _windows_of(waking, zone)
    for begin, finish in days.windows_from(_local_date(start, zone).toordinal() - 1):
        begin = max(begin, first)
        if finish > begin:
            if remaining <= finish - begin:
                return begin + remaining
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
