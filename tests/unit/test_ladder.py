"""The escalation ladder with the default plan's steps: what to try next, and when the app
proposes the anonymous blog post."""

from __future__ import annotations

from datetime import datetime, timedelta

from planner.core.enums import ContactMethod as M
from planner.core.enums import ContactOutcome as O
from planner.core.ladder import (
    DEFAULT_LADDER,
    AttemptRecord,
    LadderState,
    Rung,
    fallback_proposed,
    ladder_state,
)

START = datetime(2024, 5, 6, 9, 0)
PUBLIC, CALL, VISIT, EMAIL, DM, BLOG = range(6)


def _at(hours: float, method: M, outcome: O = O.NO_ANSWER) -> AttemptRecord:
    return AttemptRecord(method, START + timedelta(hours=hours), outcome)


REPLIED = _at(0, M.PUBLIC_REPLY, O.LEFT_MESSAGE)


def test_default_ladder_matches_the_plan() -> None:
    assert [rung.method for rung in DEFAULT_LADDER] == [
        M.PUBLIC_REPLY,
        M.CALL,
        M.VISIT,
        M.EMAIL,
        M.DM,
        M.BLOG_POST,
    ]
    assert DEFAULT_LADDER[CALL].attempts_before_next == 2
    assert DEFAULT_LADDER[CALL].window_hours == 48
    assert [rung.is_fallback for rung in DEFAULT_LADDER] == [False] * 5 + [True]


def test_nothing_yet() -> None:
    assert ladder_state(DEFAULT_LADDER, []) == LadderState(PUBLIC, False, False, "not-started")
    assert not fallback_proposed(DEFAULT_LADDER, [])


def test_public_reply_only_moves_to_the_call() -> None:
    assert ladder_state(DEFAULT_LADDER, [REPLIED]) == LadderState(CALL, False, False, "in-progress")
    assert not fallback_proposed(DEFAULT_LADDER, [REPLIED])


def test_one_unanswered_call_stays_on_the_call() -> None:
    attempts = [REPLIED, _at(2, M.CALL)]
    assert ladder_state(DEFAULT_LADDER, attempts) == LadderState(CALL, False, False, "in-progress")
    assert not fallback_proposed(DEFAULT_LADDER, attempts)


def test_two_unanswered_calls_within_48_hours_propose_the_blog_post() -> None:
    attempts = [REPLIED, _at(2, M.CALL), _at(30, M.CALL, O.LEFT_MESSAGE)]
    # The ladder itself moves on to the visit; the plan's rule already offers the post.
    assert ladder_state(DEFAULT_LADDER, attempts) == LadderState(VISIT, False, False, "in-progress")
    assert fallback_proposed(DEFAULT_LADDER, attempts)


def test_attempts_are_taken_in_time_order() -> None:
    attempts = [_at(30, M.CALL), _at(2, M.CALL), REPLIED]
    assert ladder_state(DEFAULT_LADDER, attempts).current == VISIT
    assert fallback_proposed(DEFAULT_LADDER, attempts)


def test_two_calls_three_days_apart_are_not_yet_enough() -> None:
    attempts = [REPLIED, _at(2, M.CALL), _at(74, M.CALL)]
    assert ladder_state(DEFAULT_LADDER, attempts).current == CALL
    assert not fallback_proposed(DEFAULT_LADDER, attempts)
    # A third call within 48 hours of the second one completes the rule.
    attempts.append(_at(100, M.CALL))
    assert ladder_state(DEFAULT_LADDER, attempts).current == VISIT
    assert fallback_proposed(DEFAULT_LADDER, attempts)


def test_a_refusal_makes_the_fallback_due() -> None:
    attempts = [REPLIED, _at(2, M.CALL, O.DECLINED)]
    assert ladder_state(DEFAULT_LADDER, attempts) == LadderState(BLOG, False, True, "refused")
    assert fallback_proposed(DEFAULT_LADDER, attempts)


def test_a_refusal_at_the_door_also_jumps() -> None:
    attempts = [REPLIED, _at(2, M.CALL), _at(20, M.CALL), _at(50, M.VISIT, O.DECLINED)]
    assert ladder_state(DEFAULT_LADDER, attempts) == LadderState(BLOG, False, True, "refused")


def test_declining_an_email_only_ends_that_step() -> None:
    attempts = [REPLIED, _at(2, M.CALL), _at(20, M.CALL), _at(50, M.VISIT)]
    attempts.append(_at(60, M.EMAIL, O.DECLINED))
    assert ladder_state(DEFAULT_LADDER, attempts) == LadderState(DM, False, False, "in-progress")


def test_reached_by_phone_means_no_fallback() -> None:
    attempts = [REPLIED, _at(2, M.CALL), _at(5, M.CALL, O.REACHED_BAD)]
    assert ladder_state(DEFAULT_LADDER, attempts) == LadderState(None, True, False, "reached")
    assert not fallback_proposed(DEFAULT_LADDER, attempts)


def test_reached_after_a_refusal_still_counts() -> None:
    attempts = [REPLIED, _at(2, M.CALL, O.DECLINED), _at(80, M.EMAIL, O.RESOLVED)]
    assert ladder_state(DEFAULT_LADDER, attempts).reached
    assert not fallback_proposed(DEFAULT_LADDER, attempts)


def test_a_public_reply_answered_is_not_personal_contact() -> None:
    attempts = [_at(0, M.PUBLIC_REPLY, O.REACHED_GOOD)]
    assert ladder_state(DEFAULT_LADDER, attempts) == LadderState(CALL, False, False, "in-progress")


def test_skipping_ahead_and_going_back() -> None:
    # Straight to e-mail: the e-mail step is taken; a later call does not move back.
    attempts = [REPLIED, _at(1, M.EMAIL), _at(3, M.CALL)]
    assert ladder_state(DEFAULT_LADDER, attempts).current == DM


def test_all_rungs_unanswered_make_the_fallback_due() -> None:
    attempts = [
        REPLIED,
        _at(2, M.CALL),
        _at(26, M.CALL),
        _at(50, M.VISIT),
        _at(60, M.EMAIL),
        _at(140, M.DM),
    ]
    assert ladder_state(DEFAULT_LADDER, attempts) == LadderState(BLOG, False, True, "unanswered")
    assert fallback_proposed(DEFAULT_LADDER, attempts)
    # Once the post is written nothing is left on the ladder.
    attempts.append(_at(200, M.BLOG_POST, O.LEFT_MESSAGE))
    assert ladder_state(DEFAULT_LADDER, attempts) == LadderState(None, False, False, "exhausted")
    assert not fallback_proposed(DEFAULT_LADDER, attempts)


def test_a_ladder_without_a_fallback_is_exhausted() -> None:
    rungs = [
        Rung(M.CALL, 2, None, True, False),
        Rung(M.EMAIL, None, None, False, False),
    ]
    attempts = [_at(0, M.CALL), _at(200, M.CALL), _at(300, M.EMAIL)]
    assert ladder_state(rungs, attempts) == LadderState(None, False, False, "exhausted")
    assert not fallback_proposed(rungs, attempts)
    refused = [_at(0, M.CALL, O.DECLINED)]
    assert ladder_state(rungs, refused) == LadderState(None, False, False, "refused")
