"""Practice drills without Qt or a database: the drill's clock and state, and the score
with the reasons the owner reads. Scenarios are built here from small dicts, so the tests
do not depend on the shipped scenario files."""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from planner.core.clocks import WakingHours
from planner.core.drill import Drill, DrillPlan
from planner.core.drill_scenario import Ending, Scenario, parse_scenario
from planner.core.drill_scoring import (
    DrillScore,
    Lesson,
    Part,
    after_action_draft,
    ending_text,
    grade,
    score_drill,
)
from planner.core.durations import describe_span
from planner.core.enums import ContactMethod, ContactOutcome, PlanSection
from planner.core.i18n import translate
from planner.core.ladder import DEFAULT_LADDER, AttemptRecord
from planner.core.tone import MESSAGES, check_reply

T0 = datetime(2024, 5, 6, 9, 0, tzinfo=UTC)  # 12:00 in Helsinki
HELSINKI = ZoneInfo("Europe/Helsinki")
WAKING = WakingHours(420, 1320, "Europe/Helsinki")  # 07:00-22:00
LATER = T0 + timedelta(days=2)  # "now" when a drill is scored

CUSTOMER = "Laura Mäkelä"
MISSING_CALL = "The reply does not offer to call."
CLEAN = "Laura, I am truly sorry about the cake. I will call you today to put it right. – Anna"
NO_CALL = "Laura, I am truly sorry about the cake. I will put it right. – Anna"
TWO_BUTS = (
    "Laura, I am sorry, but the order said chocolate. I am sorry, but we were busy. "
    "I will call you today. – Anna"
)
BUT_AND_DEFENSIVE = (
    "Laura, I am sorry, but you should have read the order form. I will call you today. – Anna"
)
NO_NAME = "I am truly sorry about the cake. I will call you today to put it right. – Anna"
HOSTILE = (
    "Laura, I am sorry, but you should have read the order. I have been ill and my mother "
    "died. YOU ARE WRONG. Delete your review or I will sue you. – Anna"
)
FINNISH = "Laura, olen todella pahoillani kakusta. Korjaan asian. – Anna"

NOTHING_TO_POINT_OUT = (
    "The checker found nothing to point out, and the reply says what this case needs."
)
BLOG_TOO_EARLY = (
    "Your plan turns to the blog post only when the customer refuses or does not answer; "
    "you had not got that far."
)
CALL_FIRST = "Your plan's ladder tries a phone call first: the voice calms what writing does not."


# -- building scenarios ---------------------------------------------------------------------
def choice(
    cid: str, action: str = "other", verdict: str = "good", to: str = "end", **extra: Any
) -> dict[str, Any]:
    """A choice table; the words are derived from the id so reasons can be predicted."""
    data: dict[str, Any] = {
        "id": cid,
        "action": action,
        "label": f"Label {cid}",
        "verdict": verdict,
        "why": f"Why {cid}.",
        "result": f"Result {cid}.",
        "next": to,
    }
    if to == "end":
        data["ending"] = "resolved"
    if action in ("call", "visit", "message"):
        data["contact"] = "reached-good"
    data.update(extra)
    return data


def step(sid: str, *choices: dict[str, Any], after_hours: float | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {"id": sid, "text": f"Step {sid}.", "choices": list(choices)}
    if after_hours is not None:
        data["after_hours"] = after_hours
    return data


def scenario_data(*steps: dict[str, Any], **top: Any) -> dict[str, Any]:
    """A valid minimal scenario dict (one step, a good and a poor way to the end)."""
    data: dict[str, Any] = {
        "id": "cake-case",
        "situation": "angry-review",
        "title": "Cake gone wrong",
        "summary": "A customer got the wrong cake.",
        "channel": "google",
        "severity": "high",
        "found_after_minutes": 0,
        "start": steps[0]["id"] if steps else "first",
        "post": {
            "author": "Laura M.",
            "customer_name": CUSTOMER,
            "topic": "the cake",
            "text": "Wrong cake for my daughter's party. AVOID.",
            "rating": 1,
        },
        "good_reply": {
            "points": ["Says sorry without a but.", "Offers to call."],
            "example": CLEAN,
            "checks": [{"stems": ["call", "phone", "ring"], "missing": MISSING_CALL}],
        },
        "steps": list(steps)
        or [
            step(
                "first",
                choice("fix"),
                choice("shrug", verdict="poor", ending="worse", lesson="Fix it next time."),
            )
        ],
    }
    data.update(top)
    return data


def make(data: dict[str, Any] | None = None, language: str = "en") -> Scenario:
    return parse_scenario(copy.deepcopy(data or scenario_data()), language)


def plan(target: int | None = 60, waking: WakingHours | None = None, **extra: Any) -> DrillPlan:
    return DrillPlan(target, waking, DEFAULT_LADDER, **extra)


def drill(
    scenario: Scenario | None = None,
    drill_plan: DrillPlan | None = None,
    *,
    reply_after: timedelta = timedelta(minutes=30),
    text: str = CLEAN,
    language: str = "en",
    choices: tuple[str | tuple[str, int], ...] = (),
    started_at: datetime = T0,
) -> Drill:
    run = Drill(scenario or make(), drill_plan or plan(), started_at, HELSINKI)
    run.post_reply(text, language, started_at + reply_after)
    for taken in choices:
        if isinstance(taken, tuple):
            run.choose(*taken)
        else:
            run.choose(taken)
    return run


def span(minutes: int) -> str:
    return describe_span(minutes, translate)


def part_reasons(score: DrillScore, part: Part) -> list[tuple[bool, str, int]]:
    return [(r.good, r.text, r.points) for r in score.reasons if r.part is part]


def verdict_reason(cid: str, lost: int, good: bool) -> tuple[bool, str, int]:
    return (good, f"“Label {cid}”: Why {cid}.", lost)


# -- the scenario used for the perfect run --------------------------------------------------
def perfect_scenario() -> Scenario:
    return make(
        scenario_data(
            step(
                "after-reply",
                choice("call", "call", to="on-the-phone"),
                choice("argue", "defend", "poor", to="on-the-phone", lesson="Never argue."),
            ),
            step(
                "on-the-phone",
                choice(
                    "refund",
                    "compensate",
                    ask_amount=True,
                    fair_amount=60,
                    ending="advocate",
                    lesson="A good choice teaches nothing new.",
                ),
                choice("explain", "defend", "poor", ending="worse"),
            ),
        )
    )


def test_the_clean_reply_is_clean() -> None:
    # The fixture the perfect run rests on: no findings, and it says "call".
    assert check_reply(CLEAN, "en", customer_name=CUSTOMER) == []
    assert "call" in CLEAN


def test_a_perfect_run_scores_100_with_only_good_reasons() -> None:
    run = drill(
        perfect_scenario(),
        plan(60, WAKING, compensation_limit=100),
        reply_after=timedelta(minutes=20),
        choices=("call", ("refund", 60)),
    )
    assert run.finished and run.ending is Ending.ADVOCATE
    score = score_drill(run, LATER)
    assert score.total == 100
    assert score.parts == {Part.TIME: (25, 25), Part.REPLY: (35, 35), Part.STEPS: (40, 40)}
    assert all(r.good and r.points == 0 for r in score.reasons)
    assert {r.part for r in score.reasons} == set(Part)
    assert score.lessons == []  # a good choice's lesson is not offered
    assert score.reply_minutes == 20 and score.target_minutes == 60
    assert score.ending is Ending.ADVOCATE
    assert part_reasons(score, Part.REPLY) == [(True, NOTHING_TO_POINT_OUT, 0)]
    assert grade(score.total) == translate("DrillScore", "Ready for the real thing")


# -- time -----------------------------------------------------------------------------------
def time_reason(score: DrillScore) -> tuple[bool, str, int]:
    reasons = part_reasons(score, Part.TIME)
    assert len(reasons) == 1
    return reasons[0]


def says_in_order(text: str, *pieces: str) -> bool:
    """Whether ``text`` names ``pieces`` in this order (the wording itself may change)."""
    at = 0
    for piece in pieces:
        found = text.find(piece, at)
        if found < 0:
            return False
        at = found + len(piece)
    return True


def assert_met(score: DrillScore, elapsed: int, target: int) -> None:
    good, text, points = time_reason(score)
    assert good and points == 0
    assert says_in_order(text, span(elapsed), span(target)), text
    assert "late" not in text


def assert_late(score: DrillScore, elapsed: int, target: int, points: int) -> None:
    good, text, lost = time_reason(score)
    assert not good and lost == 25 - points
    assert score.parts[Part.TIME] == (points, 25)
    assert says_in_order(text, span(elapsed), f"{span(elapsed - target)} late", span(target)), text


@pytest.mark.parametrize("minutes", [1, 45, 60])
def test_a_reply_within_the_target_gets_all_the_time_points(minutes: int) -> None:
    score = score_drill(drill(reply_after=timedelta(minutes=minutes), choices=("fix",)), LATER)
    assert score.parts[Part.TIME] == (25, 25)
    assert_met(score, minutes, 60)
    assert score.reply_minutes == minutes


@pytest.mark.parametrize(
    ("minutes", "points"),
    [(61, 12), (75, 12), (90, 12), (91, 5), (200, 5)],
)
def test_a_late_reply_gets_12_up_to_half_the_target_late_then_5(minutes: int, points: int) -> None:
    score = score_drill(drill(reply_after=timedelta(minutes=minutes), choices=("fix",)), LATER)
    assert_late(score, minutes, 60, points)
    assert score.total == points + 35 + 40


def test_a_reply_seconds_after_the_target_is_never_zero_minutes_late() -> None:
    score = score_drill(
        drill(reply_after=timedelta(minutes=60, seconds=30), choices=("fix",)), LATER
    )
    _good, text, _points = time_reason(score)
    assert f"{span(0)} late" not in text


@pytest.mark.parametrize(("found_after", "points"), [(70, 12), (100, 5)])
def test_the_reply_is_late_when_the_post_stood_longer_than_the_target(
    found_after: int, points: int
) -> None:
    scenario = make(scenario_data(found_after_minutes=found_after))
    score = score_drill(drill(scenario, reply_after=timedelta(minutes=1), choices=("fix",)), LATER)
    assert score.reply_minutes == found_after + 1
    assert_late(score, found_after + 1, 60, points)


def test_without_a_target_the_time_is_not_judged_and_a_lesson_points_at_the_targets() -> None:
    score = score_drill(drill(drill_plan=plan(None), reply_after=timedelta(hours=9)), LATER)
    assert score.parts[Part.TIME] == (25, 25)
    assert score.target_minutes is None and score.reply_minutes == 540
    good, text, points = time_reason(score)
    assert good and points == 0
    assert span(540) in text and "no target" in text
    assert score.lessons == [
        Lesson("Set a reply target for every severity in the plan.", PlanSection.TARGETS)
    ]


# -- waking hours ---------------------------------------------------------------------------
def test_the_clock_does_not_run_at_night() -> None:
    scenario = make(scenario_data(found_at="23:40", found_after_minutes=30))
    run = drill(scenario, plan(60, WAKING), reply_after=timedelta(minutes=10), choices=("fix",))
    assert run.found_at == datetime(2024, 5, 6, 23, 40, tzinfo=HELSINKI)
    assert run.posted_at == datetime(2024, 5, 6, 23, 10, tzinfo=HELSINKI)
    score = score_drill(run, LATER)
    assert score.reply_minutes == 0
    assert score.parts[Part.TIME] == (25, 25)
    assert_met(score, 0, 60)


def test_a_night_post_counts_from_the_morning() -> None:
    # Found at 23:40, answered at 08:10 next morning: 70 waking minutes, 10 late.
    scenario = make(scenario_data(found_at="23:40"))
    run = drill(scenario, plan(60, WAKING), reply_after=timedelta(hours=8, minutes=30))
    score = score_drill(run, LATER)
    assert score.reply_minutes == 70
    assert_late(score, 70, 60, 12)


def test_without_waking_hours_the_night_counts() -> None:
    scenario = make(scenario_data(found_at="23:40"))
    run = drill(scenario, plan(60, None), reply_after=timedelta(minutes=90), choices=("fix",))
    score = score_drill(run, LATER)
    assert score.reply_minutes == 90
    assert_late(score, 90, 60, 12)


def test_a_scenario_without_a_time_of_day_is_found_on_the_morning_of_the_start_day() -> None:
    evening = datetime(2024, 5, 6, 20, 0, tzinfo=UTC)  # 23:00 in Helsinki
    after_midnight = datetime(2024, 5, 6, 22, 30, tzinfo=UTC)  # 01:30 on 7 May
    scenario = make(scenario_data(found_after_minutes=15))
    assert Drill(scenario, plan(), evening, HELSINKI).found_at == datetime(
        2024, 5, 6, 10, 0, tzinfo=HELSINKI
    )
    late_run = Drill(scenario, plan(), after_midnight, HELSINKI)
    assert late_run.found_at == datetime(2024, 5, 7, 10, 0, tzinfo=HELSINKI)
    assert late_run.posted_at == datetime(2024, 5, 7, 9, 45, tzinfo=HELSINKI)


# -- the reply ------------------------------------------------------------------------------
def _message(code: str) -> str:
    return translate("ToneChecker", MESSAGES[code])


@pytest.mark.parametrize(
    ("text", "points", "reasons"),
    [
        (TWO_BUTS, 25, [(False, _message("apology-but"), 10)]),
        (
            BUT_AND_DEFENSIVE,
            15,
            [(False, _message("apology-but"), 10), (False, _message("defensive"), 10)],
        ),
        (NO_NAME, 30, [(False, _message("no-name"), 5)]),
        (NO_CALL, 30, [(False, MISSING_CALL, 5)]),
        (
            "Laura, I am truly sorry about the cake; I recall your order and will put it "
            "right. – Anna",
            25,  # "recall" does not begin with "call"
            [(False, _message("no-next-step"), 5), (False, MISSING_CALL, 5)],
        ),
        (
            "Laura, I am truly sorry about the cake. I will Phone you today to put it right. "
            "– Anna",
            35,
            [(True, NOTHING_TO_POINT_OUT, 0)],
        ),
    ],
)
def test_reply_findings_cost_once_per_kind(
    text: str, points: int, reasons: list[tuple[bool, str, int]]
) -> None:
    score = score_drill(drill(text=text, choices=("fix",)), LATER)
    assert score.parts[Part.REPLY] == (points, 35)
    assert part_reasons(score, Part.REPLY) == reasons


def test_each_missing_thing_costs_5() -> None:
    data = scenario_data()
    data["good_reply"]["checks"].append({"stems": ["refund"], "missing": "No refund offered."})
    score = score_drill(drill(make(data), text=NO_CALL, choices=("fix",)), LATER)
    assert score.parts[Part.REPLY] == (25, 35)
    assert part_reasons(score, Part.REPLY) == [
        (False, MISSING_CALL, 5),
        (False, "No refund offered.", 5),
    ]


def test_a_reply_in_another_language_is_not_judged_on_the_stems() -> None:
    assert check_reply(FINNISH, "fi", customer_name=CUSTOMER) == []
    score = score_drill(drill(text=FINNISH, language="fi", choices=("fix",)), LATER)
    assert score.parts[Part.REPLY] == (35, 35)
    assert part_reasons(score, Part.REPLY) == [(True, NOTHING_TO_POINT_OUT, 0)]
    # The same words as the scenario's language would miss the call.
    fi_scenario = make(language="fi")
    score = score_drill(drill(fi_scenario, text=FINNISH, language="fi", choices=("fix",)), LATER)
    assert part_reasons(score, Part.REPLY) == [(False, MISSING_CALL, 5)]


def test_the_reply_part_never_goes_below_zero() -> None:
    score = score_drill(drill(text=HOSTILE, choices=("fix",)), LATER)
    assert score.parts[Part.REPLY] == (0, 35)
    lost = sum(points for _good, _text, points in part_reasons(score, Part.REPLY))
    assert lost > 35
    assert len({text for _good, text, _points in part_reasons(score, Part.REPLY)}) == len(
        part_reasons(score, Part.REPLY)
    )


# -- steps: the verdicts --------------------------------------------------------------------
def verdict_scenario(depth: int = 2) -> Scenario:
    """``depth`` steps, each with a good, a fair and a poor choice (with lessons)."""
    names = [f"s{i}" for i in range(depth)]
    steps = []
    for i, name in enumerate(names):
        following = names[i + 1] if i + 1 < depth else "end"
        steps.append(
            step(
                name,
                choice(f"{name}-good", to=following, lesson=f"Good lesson {name}."),
                choice(f"{name}-fair", verdict="fair", to=following, lesson=f"Lesson {name}."),
                choice(f"{name}-poor", verdict="poor", to=following, lesson=f"Lesson {name}!"),
            )
        )
    return make(scenario_data(*steps))


@pytest.mark.parametrize(
    ("verdicts", "points", "lost"),
    [
        (("good",), 40, [0]),
        (("fair",), 20, [20]),
        (("poor",), 0, [40]),
        (("good", "good"), 40, [0, 0]),
        (("good", "fair"), 30, [0, 10]),
        (("fair", "fair"), 20, [10, 10]),
        (("poor", "good"), 20, [20, 0]),
        (("fair", "poor"), 10, [10, 20]),
        (("poor", "poor"), 0, [20, 20]),
        (("good", "good", "good", "poor"), 30, [0, 0, 0, 10]),
        (("good", "fair", "fair", "poor"), 20, [0, 5, 5, 10]),
        (("poor", "poor", "poor"), 0, [14, 13, 13]),
        (("fair", "fair", "fair"), 20, [7, 7, 6]),
    ],
)
def test_choices_are_averaged_and_the_shown_points_add_up(
    verdicts: tuple[str, ...], points: int, lost: list[int]
) -> None:
    depth = len(verdicts)
    scenario = verdict_scenario(depth)
    taken = tuple(f"s{i}-{v}" for i, v in enumerate(verdicts))
    score = score_drill(drill(scenario, choices=taken), LATER)
    assert score.parts[Part.STEPS] == (points, 40)
    reasons = part_reasons(score, Part.STEPS)
    assert sum(p for _good, _text, p in reasons) == 40 - points
    assert reasons == [
        verdict_reason(cid, points_lost, cid.endswith("good"))
        for cid, points_lost in zip(taken, lost, strict=True)
    ]


def test_lessons_come_from_poor_and_fair_choices_only() -> None:
    scenario = verdict_scenario(3)
    score = score_drill(drill(scenario, choices=("s0-poor", "s1-good", "s2-fair")), LATER)
    assert score.lessons == [Lesson("Lesson s0!"), Lesson("Lesson s2.")]
    assert all(lesson.plan_section is None for lesson in score.lessons)
    good = score_drill(drill(scenario, choices=("s0-good", "s1-good", "s2-good")), LATER)
    assert good.lessons == []


def test_a_drill_scored_before_any_choice_has_no_step_points() -> None:
    score = score_drill(drill(), LATER)
    assert score.parts[Part.STEPS] == (0, 40)
    assert part_reasons(score, Part.STEPS) == []
    assert score.ending is None


# -- steps: the owner's own plan ------------------------------------------------------------
def test_a_blog_post_before_the_fallback_rule_costs_5() -> None:
    scenario = make(
        scenario_data(step("first", choice("blog", "blog-post"), choice("ring", "call")))
    )
    score = score_drill(drill(scenario, choices=("blog",)), LATER)
    assert score.parts[Part.STEPS] == (35, 40)
    assert part_reasons(score, Part.STEPS) == [
        verdict_reason("blog", 0, True),
        (False, BLOG_TOO_EARLY, 5),
    ]


def unanswered_calls_scenario(gap_hours: float) -> Scenario:
    return make(
        scenario_data(
            step(
                "first",
                choice("call-1", "call", to="second", contact="no-answer"),
                choice("wait-1", "wait", "poor", to="second"),
            ),
            step(
                "second",
                choice("call-2", "call", to="third", contact="no-answer"),
                choice("wait-2", "wait", "poor", to="third"),
                after_hours=gap_hours,
            ),
            step(
                "third",
                choice("blog", "blog-post"),
                choice("call-3", "call"),
                choice("message", "message", contact="no-answer"),
                after_hours=20,
            ),
        )
    )


def test_the_blog_post_after_two_unanswered_calls_within_48_hours_is_per_plan() -> None:
    score = score_drill(
        drill(unanswered_calls_scenario(4), choices=("call-1", "call-2", "blog")), LATER
    )
    assert score.parts[Part.STEPS] == (40, 40)
    assert all(good for good, _text, _points in part_reasons(score, Part.STEPS))


def test_calls_further_apart_than_the_window_do_not_meet_the_fallback_rule() -> None:
    score = score_drill(
        drill(unanswered_calls_scenario(50), choices=("call-1", "call-2", "blog")), LATER
    )
    assert score.parts[Part.STEPS] == (35, 40)
    assert (False, BLOG_TOO_EARLY, 5) in part_reasons(score, Part.STEPS)


def test_a_message_after_two_unanswered_calls_is_per_plan() -> None:
    score = score_drill(
        drill(unanswered_calls_scenario(4), choices=("call-1", "call-2", "message")), LATER
    )
    assert score.parts[Part.STEPS] == (40, 40)


@pytest.mark.parametrize("action", ["message", "visit"])
def test_writing_or_visiting_while_the_call_is_due_costs_5(action: str) -> None:
    scenario = make(
        scenario_data(
            step("first", choice("skip", action, contact="no-answer"), choice("ring", "call"))
        )
    )
    score = score_drill(drill(scenario, choices=("skip",)), LATER)
    assert score.parts[Part.STEPS] == (35, 40)
    assert part_reasons(score, Part.STEPS) == [
        verdict_reason("skip", 0, True),
        (False, CALL_FIRST, 5),
    ]


def call_then_message_scenario(call_outcome: str) -> Scenario:
    return make(
        scenario_data(
            step(
                "first",
                choice("ring", "call", to="second", contact=call_outcome),
                choice("wait", "wait", "poor", to="second"),
            ),
            step(
                "second",
                choice("message", "message", contact="no-answer"),
                choice("fix", "other"),
            ),
        )
    )


@pytest.mark.parametrize("outcome", ["reached-good", "declined"])
def test_a_call_first_then_a_message_is_per_plan(outcome: str) -> None:
    score = score_drill(
        drill(call_then_message_scenario(outcome), choices=("ring", "message")), LATER
    )
    assert score.parts[Part.STEPS] == (40, 40)
    assert CALL_FIRST not in [text for _good, text, _points in part_reasons(score, Part.STEPS)]


def test_a_message_after_a_single_unanswered_call_still_skips_the_plans_second_call() -> None:
    # The default ladder moves on from the call after two unanswered calls within 48 hours.
    score = score_drill(
        drill(call_then_message_scenario("no-answer"), choices=("ring", "message")), LATER
    )
    assert score.parts[Part.STEPS] == (35, 40)
    assert (False, CALL_FIRST, 5) in part_reasons(score, Part.STEPS)


# -- compensation ---------------------------------------------------------------------------
def compensation_scenario() -> Scenario:
    return make(
        scenario_data(
            step(
                "offer",
                choice("refund", "compensate", ask_amount=True, fair_amount=60),
                choice("shrug", verdict="poor", ending="worse"),
            )
        )
    )


OVER_LIMIT = (
    "You offered %s, more than your plan's limit of %s. The limit was set in calm time for "
    "moments like this."
)
GENEROUS = "%s is generous for this case (about %s would be fair): do not bend over backwards."
SMALL = (
    "%s is small for what went wrong (about %s would be fair): a token can read as not "
    "taking it seriously."
)


@pytest.mark.parametrize(
    ("limit", "amount", "points", "reasons"),
    [
        (50, 80, 35, [(False, OVER_LIMIT % ("80 €", "50 €"), 5)]),
        (50, 50, 40, []),
        (200, 121, 37, [(False, GENEROUS % ("121 €", "60 €"), 3)]),
        (200, 120, 40, []),
        (200, 29, 37, [(False, SMALL % ("29 €", "60 €"), 3)]),
        (200, 30, 40, []),
        (200, 60, 40, []),
        (
            100,
            130,
            32,
            [
                (False, OVER_LIMIT % ("130 €", "100 €"), 5),
                (False, GENEROUS % ("130 €", "60 €"), 3),
            ],
        ),
    ],
)
def test_the_amount_against_the_plans_limit_and_what_is_fair(
    limit: int, amount: int, points: int, reasons: list[tuple[bool, str, int]]
) -> None:
    run = drill(
        compensation_scenario(),
        plan(compensation_limit=limit),
        choices=(("refund", amount),),
    )
    score = score_drill(run, LATER)
    assert score.parts[Part.STEPS] == (points, 40)
    assert part_reasons(score, Part.STEPS) == [verdict_reason("refund", 0, True), *reasons]
    assert score.lessons == []


def test_without_a_limit_in_the_plan_a_lesson_points_at_compensation() -> None:
    run = drill(compensation_scenario(), plan(compensation_limit=None), choices=(("refund", 500),))
    score = score_drill(run, LATER)
    # No limit to break; still far above what is fair.
    assert score.parts[Part.STEPS] == (37, 40)
    assert part_reasons(score, Part.STEPS) == [
        verdict_reason("refund", 0, True),
        (False, GENEROUS % ("500 €", "60 €"), 3),
    ]
    assert score.lessons == [
        Lesson(
            "Decide in the plan what you may offer and up to what value.",
            PlanSection.COMPENSATION,
        )
    ]
    within = score_drill(
        drill(compensation_scenario(), plan(compensation_limit=None), choices=(("refund", 60),)),
        LATER,
    )
    assert within.parts[Part.STEPS] == (40, 40)
    assert within.lessons == score.lessons


def test_a_limit_too_low_for_the_case_is_a_lesson_not_a_small_offer() -> None:
    # Fair is about 60 €; the plan allows 20 €. Offering the limit is following the plan.
    run = drill(compensation_scenario(), plan(compensation_limit=20), choices=(("refund", 20),))
    score = score_drill(run, LATER)
    assert score.parts[Part.STEPS] == (40, 40)
    assert score.lessons == [
        Lesson(
            "Check the compensation limit: 20 € is low for a case like this (about 60 € "
            "would be fair).",
            PlanSection.COMPENSATION,
        )
    ]
    # Below even the plan's limit is still small for the case.
    smaller = score_drill(
        drill(compensation_scenario(), plan(compensation_limit=20), choices=(("refund", 10),)),
        LATER,
    )
    assert (False, SMALL % ("10 €", "60 €"), 3) in part_reasons(smaller, Part.STEPS)


def test_amounts_are_shown_in_the_plans_currency() -> None:
    run = drill(
        compensation_scenario(),
        plan(compensation_limit=50, currency="SEK"),
        choices=(("refund", 80),),
    )
    texts = [r.text for r in score_drill(run, LATER).reasons]
    assert OVER_LIMIT % ("80 SEK", "50 SEK") in texts


# -- bounds ---------------------------------------------------------------------------------
def test_the_steps_part_never_goes_below_zero_and_the_total_stays_in_range() -> None:
    scenario = make(
        scenario_data(
            step(
                "first",
                choice("blog", "blog-post", "poor", ending="worse"),
                choice("ring", "call"),
            )
        )
    )
    run = drill(scenario, reply_after=timedelta(hours=5), text=HOSTILE, choices=("blog",))
    score = score_drill(run, LATER)
    assert score.parts == {Part.TIME: (5, 25), Part.REPLY: (0, 35), Part.STEPS: (0, 40)}
    assert part_reasons(score, Part.STEPS) == [
        verdict_reason("blog", 40, False),
        (False, BLOG_TOO_EARLY, 5),
    ]
    assert score.total == 5
    assert 0 <= score.total <= 100
    assert grade(score.total) == translate("DrillScore", "Worth practising again")


def test_the_total_is_the_sum_of_the_parts() -> None:
    run = drill(
        verdict_scenario(2),
        reply_after=timedelta(minutes=75),
        text=NO_CALL,
        choices=("s0-good", "s1-fair"),
    )
    score = score_drill(run, LATER)
    assert score.parts == {Part.TIME: (12, 25), Part.REPLY: (30, 35), Part.STEPS: (30, 40)}
    assert score.total == 72
    assert grade(score.total) == translate("DrillScore", "Good practice: a few things to polish")


@pytest.mark.parametrize(
    ("total", "word"),
    [
        (100, "Ready for the real thing"),
        (85, "Ready for the real thing"),
        (84, "Good practice: a few things to polish"),
        (60, "Good practice: a few things to polish"),
        (59, "Worth practising again"),
        (0, "Worth practising again"),
    ],
)
def test_grades(total: int, word: str) -> None:
    assert grade(total) == translate("DrillScore", word)


# -- the drill's state ----------------------------------------------------------------------
def test_a_drill_is_scored_only_after_its_reply() -> None:
    with pytest.raises(ValueError):
        score_drill(Drill(make(), plan(), T0, HELSINKI), LATER)


def test_choosing_before_the_reply_is_refused() -> None:
    run = Drill(make(), plan(), T0, HELSINKI)
    assert run.step() is None and not run.replied
    with pytest.raises(RuntimeError):
        run.choose("fix")


def test_the_reply_is_posted_once_and_not_empty() -> None:
    run = Drill(make(), plan(), T0, HELSINKI)
    with pytest.raises(ValueError):
        run.post_reply("   \n", "en", T0)
    assert not run.replied and run.step() is None
    run.post_reply(f"  {CLEAN}\n", "en", T0 + timedelta(minutes=5))
    assert run.reply_text == CLEAN and run.reply_language == "en"
    assert run.replied_at == T0 + timedelta(minutes=5)
    step_now = run.step()
    assert step_now is not None and step_now.id == "first"
    with pytest.raises(RuntimeError):
        run.post_reply("Another reply.", "en", T0 + timedelta(minutes=6))
    assert run.reply_text == CLEAN


def test_an_unknown_choice_is_a_key_error_and_changes_nothing() -> None:
    run = drill()
    with pytest.raises(KeyError):
        run.choose("nope")
    assert run.made == [] and run.current_step == "first"


def test_a_choice_that_asks_an_amount_needs_one() -> None:
    run = drill(compensation_scenario())
    with pytest.raises(ValueError):
        run.choose("refund")
    with pytest.raises(ValueError):
        run.choose("refund", 0)
    assert run.made == [] and not run.finished
    run.choose("refund", 45)
    assert run.made[0].amount == 45


def test_an_amount_given_to_a_choice_that_does_not_ask_is_dropped() -> None:
    run = drill(choices=(("shrug", 30),))
    assert run.made[0].amount is None


def test_a_choice_leading_to_the_end_finishes_the_drill() -> None:
    run = drill(perfect_scenario())
    assert not run.finished
    run.choose("argue")
    assert run.current_step == "on-the-phone" and not run.finished
    chosen = run.choose("explain")
    assert chosen.id == "explain"
    assert run.finished and run.ending is Ending.WORSE
    assert run.current_step is None and run.step() is None
    with pytest.raises(RuntimeError):
        run.choose("refund", 10)


def test_path_lists_the_choices_in_order() -> None:
    run = drill(perfect_scenario(), choices=("call", ("refund", 70)))
    path = run.path()
    assert [(made.step_id, made.choice_id, made.amount) for made, _s, _c in path] == [
        ("after-reply", "call", None),
        ("on-the-phone", "refund", 70),
    ]
    assert [(s.id, c.id) for _m, s, c in path] == [
        ("after-reply", "call"),
        ("on-the-phone", "refund"),
    ]


def test_attempts_start_with_the_public_reply_and_keep_scenario_times() -> None:
    scenario = make(
        scenario_data(
            step(
                "first",
                choice("ring", "call", to="second", contact="no-answer"),
                choice("wait", "wait", "poor", to="second"),
                after_hours=2,
            ),
            step(
                "second",
                choice("offer", "compensate", to="third"),
                choice("skip", "wait", "poor", to="third"),
                after_hours=3,
            ),
            step(
                "third",
                choice("write", "message", contact="declined"),
                choice("ring-again", "call"),
                after_hours=20,
            ),
            found_after_minutes=15,
        ),
    )
    run = drill(scenario, reply_after=timedelta(minutes=40), choices=("ring", "offer", "write"))
    replied = datetime(2024, 5, 6, 10, 40, tzinfo=HELSINKI)  # found at 10:00, 40 min later
    assert run.scenario_time(T0 + timedelta(minutes=40)) == replied
    assert [m.at for m in run.made] == [
        replied + timedelta(hours=2),
        replied + timedelta(hours=5),
        replied + timedelta(hours=25),
    ]
    assert run.attempts() == [
        AttemptRecord(ContactMethod.PUBLIC_REPLY, replied, ContactOutcome.LEFT_MESSAGE),
        AttemptRecord(ContactMethod.CALL, replied + timedelta(hours=2), ContactOutcome.NO_ANSWER),
        # A message on Google goes as e-mail; the compensation is no contact attempt.
        AttemptRecord(ContactMethod.EMAIL, replied + timedelta(hours=25), ContactOutcome.DECLINED),
    ]
    assert run.attempts(1) == run.attempts()[:2]
    assert run.attempts(0) == run.attempts()[:1]


def test_a_message_on_social_media_is_a_direct_message() -> None:
    scenario = make(
        scenario_data(
            step("first", choice("write", "message"), choice("ring", "call")),
            channel="facebook",
        )
    )
    run = drill(scenario, choices=("write",))
    assert run.attempts()[1].method is ContactMethod.DM


# -- the after-action draft -----------------------------------------------------------------
def test_the_draft_of_a_perfect_run_has_only_what_went_well() -> None:
    run = drill(
        perfect_scenario(),
        plan(60, WAKING, compensation_limit=100),
        choices=("call", ("refund", 60)),
    )
    score = score_drill(run, LATER)
    draft = after_action_draft(run, score)
    lines = draft.splitlines()
    assert lines[0] == "Drill: Cake gone wrong (100/100)."
    assert lines[1] == ending_text(Ending.ADVOCATE)
    assert "Went well:" in lines and "Next time:" not in lines
    well = lines[lines.index("Went well:") + 1 :]
    assert well == [f"- {r.text}" for r in score.reasons[:3]]


def test_the_draft_of_a_poor_run_says_what_to_change_next_time() -> None:
    run = drill(
        perfect_scenario(),
        plan(60, WAKING),
        reply_after=timedelta(minutes=90),
        text=HOSTILE,
        choices=("argue", "explain"),
    )
    score = score_drill(run, LATER)
    draft = after_action_draft(run, score)
    lines = draft.splitlines()
    assert lines[0] == f"Drill: Cake gone wrong ({score.total}/100)."
    assert lines[1] == ending_text(Ending.WORSE)
    assert "Went well:" not in lines  # nothing was good
    change = lines[lines.index("Next time:") + 1 :]
    bad = [r.text for r in score.reasons if not r.good]
    assert len(bad) > 3
    assert change == [f"- {text}" for text in bad[:3]]


def test_the_draft_of_a_mixed_run_has_both_and_no_ending_when_unfinished() -> None:
    run = drill(perfect_scenario(), text=NO_CALL, choices=("call",))
    score = score_drill(run, LATER)
    lines = after_action_draft(run, score).splitlines()
    assert lines[0] == f"Drill: Cake gone wrong ({score.total}/100)."
    assert lines[1] == ""  # no ending line
    assert f"- {MISSING_CALL}" in lines[lines.index("Next time:") :]
    assert lines.index("Went well:") < lines.index("Next time:")
