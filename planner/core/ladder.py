"""The escalation ladder's state: which contact step to take next, and when the plan's
fallback (the anonymous blog post) is due. Pure logic over the recorded attempts, so the
incident view, the reminders and the tests all agree on one reading of the rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final, Literal

from planner.core.enums import ContactMethod, ContactOutcome

PERSONAL_METHODS: Final = frozenset(
    {ContactMethod.CALL, ContactMethod.VISIT, ContactMethod.EMAIL, ContactMethod.DM}
)
REACHED_OUTCOMES: Final = frozenset(
    {ContactOutcome.REACHED_GOOD, ContactOutcome.REACHED_BAD, ContactOutcome.RESOLVED}
)
UNANSWERED_OUTCOMES: Final = frozenset({ContactOutcome.NO_ANSWER, ContactOutcome.LEFT_MESSAGE})

Reason = Literal["not-started", "in-progress", "reached", "unanswered", "refused", "exhausted"]


@dataclass(frozen=True)
class Rung:
    """One step of the ladder. ``attempts_before_next`` unanswered attempts (within
    ``window_hours`` of the first of them, if set) move on; None means one attempt does."""

    method: ContactMethod
    attempts_before_next: int | None
    window_hours: int | None
    refusal_jumps_to_fallback: bool
    is_fallback: bool


@dataclass(frozen=True)
class AttemptRecord:
    method: ContactMethod
    at: datetime
    outcome: ContactOutcome


@dataclass(frozen=True)
class LadderState:
    """``current`` is the index of the rung to take next; None once the customer was
    reached or nothing is left to try."""

    current: int | None
    reached: bool
    fallback_due: bool
    reason: Reason


DEFAULT_LADDER: Final = (
    Rung(ContactMethod.PUBLIC_REPLY, None, None, False, False),
    Rung(ContactMethod.CALL, 2, 48, True, False),
    Rung(ContactMethod.VISIT, 1, None, True, False),
    Rung(ContactMethod.EMAIL, 1, 72, False, False),
    Rung(ContactMethod.DM, 1, 72, False, False),
    Rung(ContactMethod.BLOG_POST, None, None, False, True),
)
"""The default plan's ladder: public reply -> call -> visit -> e-mail -> DM -> blog post."""


def ladder_state(rungs: Sequence[Rung], attempts: Sequence[AttemptRecord]) -> LadderState:
    """Where the ladder stands after ``attempts`` (taken in time order).

    - Reached, reached-bad or resolved on a personal method (call, visit, e-mail, DM)
      means contact is established; that ends the ladder, whatever came before.
    - An attempt with a later rung's method means the owner skipped ahead: that rung
      becomes the current one. Attempts with an earlier rung's method (calling again
      after the visit) do not move the ladder back, and methods not on it are ignored.
    - A rung moves on after its count of unanswered attempts (no answer, left a message)
      within its window, or after one attempt of any outcome when it has no count (so a
      public reply takes the public-reply rung).
    - "Declined" on a rung whose refusal jumps to the fallback goes straight there
      (reason "refused"); on another rung it ends that rung, as the customer said no on
      that channel. Without a fallback rung a refusal ends the ladder.
    - Arriving at the fallback rung by unanswered attempts gives reason "unanswered";
      an attempt on it (the post written) leaves nothing to take: "exhausted".
    """
    if not attempts or not rungs:
        return LadderState(0 if rungs else None, False, False, "not-started")
    fallback = next((i for i, rung in enumerate(rungs) if rung.is_fallback), None)
    current: int | None = 0
    refused = False
    pending: list[datetime] = []  # unanswered attempts counting on the current rung
    for attempt in sorted(attempts, key=lambda a: a.at):
        if attempt.method in PERSONAL_METHODS and attempt.outcome in REACHED_OUTCOMES:
            return LadderState(None, True, False, "reached")
        index = _rung_of(rungs, attempt.method, current)
        if index is None:
            continue
        if attempt.outcome is ContactOutcome.DECLINED and rungs[index].refusal_jumps_to_fallback:
            current, refused, pending = fallback, True, []
            continue
        if current is None or index < current:
            continue  # an earlier step again: the ladder does not move back
        if index > current:
            current, pending = index, []
        rung = rungs[current]
        if rung.attempts_before_next is not None and attempt.outcome in UNANSWERED_OUTCOMES:
            pending = _within_window([*pending, attempt.at], rung.window_hours)
            if len(pending) < rung.attempts_before_next:
                continue
        current, pending = current + 1, []
        if current >= len(rungs):
            current = None
    if current is None:
        reason: Reason = "refused" if refused and fallback is None else "exhausted"
        return LadderState(None, False, False, reason)
    if rungs[current].is_fallback:
        return LadderState(current, False, True, "refused" if refused else "unanswered")
    return LadderState(current, False, False, "in-progress")


def fallback_proposed(rungs: Sequence[Rung], attempts: Sequence[AttemptRecord]) -> bool:
    """Whether the app proposes the blog post, per the plan's rule as the owner reads it:
    "two unanswered calls within 48 hours, or an explicit refusal".

    True when :func:`ladder_state` says the fallback is due, and also as soon as the call
    rung's own rule is met (its count of unanswered calls within its window) while the
    customer has not been reached, even though the ladder itself moves on to the visit:
    the owner may still visit or write, but the blog post is offered from then on. False
    once the customer was reached, when the ladder has no fallback rung, and once an
    attempt on the fallback rung (the post itself) is recorded.
    """
    fallback = next((rung for rung in rungs if rung.is_fallback), None)
    if fallback is None or any(a.method is fallback.method for a in attempts):
        return False
    state = ladder_state(rungs, attempts)
    if state.reached:
        return False
    if state.fallback_due:
        return True
    call = next((r for r in rungs if r.method is ContactMethod.CALL), None)
    if call is None or call.attempts_before_next is None:
        return False
    calls = sorted(
        a.at
        for a in attempts
        if a.method is ContactMethod.CALL and a.outcome in UNANSWERED_OUTCOMES
    )
    pending: list[datetime] = []
    for at in calls:
        pending = _within_window([*pending, at], call.window_hours)
        if len(pending) >= call.attempts_before_next:
            return True
    return False


def _rung_of(rungs: Sequence[Rung], method: ContactMethod, current: int | None) -> int | None:
    """The rung an attempt with ``method`` belongs to: the first at or after the current
    one, else the last one before it; None if the ladder has no such step."""
    start = len(rungs) if current is None else current
    for index in range(start, len(rungs)):
        if rungs[index].method is method:
            return index
    for index in range(min(start, len(rungs)) - 1, -1, -1):
        if rungs[index].method is method:
            return index
    return None


def _within_window(times: list[datetime], window_hours: int | None) -> list[datetime]:
    """Drop the oldest attempts until all lie within the window of the first one left."""
    if window_hours is None:
        return times
    window = timedelta(hours=window_hours)
    while times and times[-1] - times[0] > window:
        times = times[1:]
    return times
