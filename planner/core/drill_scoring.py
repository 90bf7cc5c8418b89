"""The score of a finished drill, with its reasons.

Three parts, each with its own reasons so the owner sees where the points went:

- **Time (25)**: the public reply against the plan's own target for the severity, on the
  same clock as a real incident. On time: all of it; late by at most half the target: 12;
  later: 5.
- **Reply (35)**: the reply checker's findings (each kind of warning -10, each kind of
  advice -5) and what a good reply says in this scenario (-5 for each thing missing).
- **Steps (40)**: each choice as the practice judges it (good 1, fair ½, poor 0), averaged;
  then -5 for each step against the owner's own plan: skipping the call on the ladder,
  going to the blog post before the plan's fallback rule is met, or compensating beyond
  the plan's limit; -3 for an amount far from what is fair in the case.

Lessons come from the poor and fair choices and from gaps in the plan; each can become an
action item in one click.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from planner.core.clocks import ClockState
from planner.core.drill import Drill, DrillPlan
from planner.core.drill_scenario import Action, Ending, Verdict, contact_method
from planner.core.durations import describe_span
from planner.core.enums import ContactMethod, PlanSection
from planner.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from planner.core.ladder import fallback_proposed, ladder_state
from planner.core.tone import check_reply

TIME_POINTS = 25
REPLY_POINTS = 35
STEP_POINTS = 40
WARNING_COST = 10
ADVICE_COST = 5
MISSING_COST = 5
PLAN_COST = 5
AMOUNT_COST = 3
VERDICT_VALUE = {Verdict.GOOD: 1.0, Verdict.FAIR: 0.5, Verdict.POOR: 0.0}

ENDING_TEXT = {
    Ending.RESOLVED: QT_TRANSLATE_NOOP("DrillScore", "It was settled."),
    Ending.ADVOCATE: QT_TRANSLATE_NOOP(
        "DrillScore", "The angry customer now speaks well of you: the best ending there is."
    ),
    Ending.PARTED: QT_TRANSLATE_NOOP("DrillScore", "You parted ways politely."),
    Ending.UNRESOLVED: QT_TRANSLATE_NOOP("DrillScore", "It was left open."),
    Ending.WORSE: QT_TRANSLATE_NOOP("DrillScore", "The fire spread."),
}

# Short forms for the history table.
ENDING_LABELS = {
    Ending.RESOLVED: QT_TRANSLATE_NOOP("DrillScore", "Settled"),
    Ending.ADVOCATE: QT_TRANSLATE_NOOP("DrillScore", "Became an advocate"),
    Ending.PARTED: QT_TRANSLATE_NOOP("DrillScore", "Parted politely"),
    Ending.UNRESOLVED: QT_TRANSLATE_NOOP("DrillScore", "Left open"),
    Ending.WORSE: QT_TRANSLATE_NOOP("DrillScore", "Got worse"),
}


class Part(StrEnum):
    TIME = "time"
    REPLY = "reply"
    STEPS = "steps"


@dataclass(frozen=True)
class Reason:
    part: Part
    good: bool
    text: str
    points: int = 0  # points lost for this reason (0 for praise and neutral notes)


@dataclass(frozen=True)
class Lesson:
    text: str
    plan_section: PlanSection | None = None


@dataclass(frozen=True)
class DrillScore:
    total: int
    parts: dict[Part, tuple[int, int]]  # part -> (points, out of)
    reasons: list[Reason]
    lessons: list[Lesson]
    reply_minutes: int  # the reply clock's elapsed minutes (waking time where the plan says)
    target_minutes: int | None
    ending: Ending | None


def _span(minutes: int) -> str:
    return describe_span(minutes, translate)


def money(amount: int, currency: str) -> str:
    return f"{amount} €" if currency.upper() == "EUR" else f"{amount} {currency}"


def _time_part(drill: Drill, now: datetime) -> tuple[int, list[Reason], list[Lesson]]:
    clock = drill.reply_clock(now)
    elapsed = _span(clock.elapsed_minutes)
    if clock.target_minutes is None:
        return (
            TIME_POINTS,
            [
                Reason(
                    Part.TIME,
                    True,
                    arg(
                        translate(
                            "DrillScore",
                            "Your reply was up %1 after the post. Your plan sets no target for "
                            "this kind of complaint, so the time was not judged.",
                        ),
                        elapsed,
                    ),
                )
            ],
            [
                Lesson(
                    translate("DrillScore", "Set a reply target for every severity in the plan."),
                    PlanSection.TARGETS,
                )
            ],
        )
    target = _span(clock.target_minutes)
    if clock.state is ClockState.MET:
        text = translate(
            "DrillScore", "Your reply was up %1 after the post, within your plan's target of %2."
        )
        return TIME_POINTS, [Reason(Part.TIME, True, arg(text, elapsed, target))], []
    # Late by seconds is still late: never tell the owner "0 minutes late".
    late = max(1, -(clock.remaining_minutes or 0))
    points = 12 if late * 2 <= clock.target_minutes else 5
    text = translate(
        "DrillScore",
        "Your reply was up %1 after the post: %2 late against your plan's target of %3. "
        "The longer a complaint stands unanswered, the more harm it does; acknowledge "
        "first, perfect later.",
    )
    return (
        points,
        [Reason(Part.TIME, False, arg(text, elapsed, _span(late), target), TIME_POINTS - points)],
        [],
    )


def _has_stem(text: str, stems: tuple[str, ...]) -> bool:
    folded = text.casefold()
    return any(re.search(r"(?<!\w)" + re.escape(stem), folded) for stem in stems)


def _reply_part(drill: Drill) -> tuple[int, list[Reason]]:
    scenario = drill.scenario
    findings = check_reply(
        drill.reply_text, drill.reply_language, customer_name=scenario.post.customer_name
    )
    reasons: list[Reason] = []
    seen: set[str] = set()
    lost = 0
    for finding in findings:
        if finding.code in seen:
            continue
        seen.add(finding.code)
        cost = WARNING_COST if finding.severity == "warning" else ADVICE_COST
        lost += cost
        reasons.append(Reason(Part.REPLY, False, finding.message, cost))
    # The scenario's own checks are in its language; a reply in another one is not judged.
    if drill.reply_language == scenario.language:
        for check in scenario.reply_checks:
            if not _has_stem(drill.reply_text, check.stems):
                lost += MISSING_COST
                reasons.append(Reason(Part.REPLY, False, check.missing, MISSING_COST))
    if not reasons:
        reasons.append(
            Reason(
                Part.REPLY,
                True,
                translate(
                    "DrillScore",
                    "The checker found nothing to point out, and the reply says what this "
                    "case needs.",
                ),
            )
        )
    return max(0, REPLY_POINTS - lost), reasons


def _compensation(
    amount: int, fair: int | None, plan: DrillPlan
) -> tuple[int, list[Reason], list[Lesson]]:
    """An offer against the plan's limit and against what is fair in the case."""
    offered = money(amount, plan.currency)
    cap = plan.compensation_limit
    reasons: list[Reason] = []
    lessons: list[Lesson] = []
    lost = 0
    if cap is None:
        lessons.append(
            Lesson(
                translate(
                    "DrillScore", "Decide in the plan what you may offer and up to what value."
                ),
                PlanSection.COMPENSATION,
            )
        )
    elif amount > cap:
        lost += PLAN_COST
        text = translate(
            "DrillScore",
            "You offered %1, more than your plan's limit of %2. The limit was set "
            "in calm time for moments like this.",
        )
        reasons.append(
            Reason(Part.STEPS, False, arg(text, offered, money(cap, plan.currency)), PLAN_COST)
        )
    if fair is None:
        return lost, reasons, lessons
    # An amount at the plan's limit is not "small" when the limit itself is low for the
    # case: that is a question for the plan, asked as a lesson.
    low_limit = cap is not None and cap * 2 < fair
    if low_limit and cap is not None:
        text = translate(
            "DrillScore",
            "Check the compensation limit: %1 is low for a case like this (about %2 would "
            "be fair).",
        )
        lessons.append(
            Lesson(
                arg(text, money(cap, plan.currency), money(fair, plan.currency)),
                PlanSection.COMPENSATION,
            )
        )
    if amount > 2 * fair:
        text = translate(
            "DrillScore",
            "%1 is generous for this case (about %2 would be fair): do not bend over backwards.",
        )
    elif amount * 2 < fair and not (low_limit and cap is not None and amount >= cap):
        text = translate(
            "DrillScore",
            "%1 is small for what went wrong (about %2 would be fair): a token "
            "can read as not taking it seriously.",
        )
    else:
        return lost, reasons, lessons
    fair_text = money(fair, plan.currency)
    reasons.append(Reason(Part.STEPS, False, arg(text, offered, fair_text), AMOUNT_COST))
    return lost + AMOUNT_COST, reasons, lessons


def _plan_checks(drill: Drill) -> tuple[int, list[Reason], list[Lesson]]:
    """Steps against the owner's own plan: the ladder, the fallback rule, the limits."""
    plan = drill.plan
    reasons: list[Reason] = []
    lessons: list[Lesson] = []
    lost = 0
    for index, (made, _step, choice) in enumerate(drill.path()):
        before = drill.attempts(index)
        method = contact_method(choice.action, drill.scenario.channel)
        if choice.action is Action.BLOG_POST and plan.rungs:
            state = ladder_state(plan.rungs, before)
            if not (fallback_proposed(plan.rungs, before) or state.fallback_due):
                lost += PLAN_COST
                reasons.append(
                    Reason(
                        Part.STEPS,
                        False,
                        translate(
                            "DrillScore",
                            "Your plan turns to the blog post only when the customer "
                            "refuses or does not answer; you had not got that far.",
                        ),
                        PLAN_COST,
                    )
                )
        elif method is not None and method is not ContactMethod.BLOG_POST and plan.rungs:
            state = ladder_state(plan.rungs, before)
            methods = [rung.method for rung in plan.rungs]
            current = methods[state.current] if state.current is not None else None
            if (
                current is ContactMethod.CALL
                and method is not ContactMethod.CALL
                and method in methods
                and methods.index(method) > state.current  # type: ignore[operator]
            ):
                lost += PLAN_COST
                reasons.append(
                    Reason(
                        Part.STEPS,
                        False,
                        translate(
                            "DrillScore",
                            "Your plan's ladder tries a phone call first: the voice "
                            "calms what writing does not.",
                        ),
                        PLAN_COST,
                    )
                )
        if choice.action is Action.COMPENSATE and made.amount is not None:
            cost, found, learned = _compensation(made.amount, choice.fair_amount, plan)
            lost += cost
            reasons += found
            lessons += learned
        if choice.action is Action.PART_WAYS and plan.parting_rule.strip():
            # A reminder, not a judgement: it sides with the verdict on the choice.
            text = translate("DrillScore", "Your plan's rule for parting ways: %1")
            good = choice.verdict is Verdict.GOOD
            reasons.append(Reason(Part.STEPS, good, arg(text, plan.parting_rule.strip())))
    return lost, reasons, lessons


def _shares(total: float, weights: list[float]) -> list[int]:
    """Split ``round(total)`` in proportion to ``weights`` into whole numbers that add up
    to it (largest remainder first), so the points shown per choice sum to the part's."""
    whole = round(total)
    weight_sum = sum(weights)
    if not weights or weight_sum == 0:
        return [0] * len(weights)
    exact = [whole * w / weight_sum for w in weights]
    shares = [int(x) for x in exact]
    by_remainder = sorted(range(len(exact)), key=lambda i: exact[i] - shares[i], reverse=True)
    for i in by_remainder[: whole - sum(shares)]:
        shares[i] += 1
    return shares


def _steps_part(drill: Drill) -> tuple[int, list[Reason], list[Lesson]]:
    path = drill.path()
    if not path:
        return 0, [], []
    misses = [1 - VERDICT_VALUE[choice.verdict] for _m, _s, choice in path]
    losses = _shares(STEP_POINTS * sum(misses) / len(path), misses)
    reasons: list[Reason] = []
    lessons: list[Lesson] = []
    for (_made, _step, choice), lost in zip(path, losses, strict=True):
        good = choice.verdict is Verdict.GOOD
        text = arg(translate("DrillScore", "“%1”: %2"), choice.label, choice.why)
        reasons.append(Reason(Part.STEPS, good, text, lost))
        if choice.lesson and not good:
            lessons.append(Lesson(choice.lesson))
    points = STEP_POINTS - sum(losses)
    lost, plan_reasons, plan_lessons = _plan_checks(drill)
    return max(0, points - lost), reasons + plan_reasons, lessons + plan_lessons


def score_drill(drill: Drill, now: datetime) -> DrillScore:
    """Score a drill whose reply is posted (normally a finished one)."""
    if not drill.replied:
        raise ValueError("a drill is scored after its public reply")
    time_points, time_reasons, time_lessons = _time_part(drill, now)
    reply_points, reply_reasons = _reply_part(drill)
    step_points, step_reasons, step_lessons = _steps_part(drill)
    clock = drill.reply_clock(now)
    lessons: list[Lesson] = []
    for lesson in time_lessons + step_lessons:
        if lesson not in lessons:
            lessons.append(lesson)
    return DrillScore(
        total=time_points + reply_points + step_points,
        parts={
            Part.TIME: (time_points, TIME_POINTS),
            Part.REPLY: (reply_points, REPLY_POINTS),
            Part.STEPS: (step_points, STEP_POINTS),
        },
        reasons=time_reasons + reply_reasons + step_reasons,
        lessons=lessons,
        reply_minutes=clock.elapsed_minutes,
        target_minutes=clock.target_minutes,
        ending=drill.ending,
    )


def ending_text(ending: Ending) -> str:
    return translate("DrillScore", ENDING_TEXT[ending])


def ending_label(ending: Ending) -> str:
    return translate("DrillScore", ENDING_LABELS[ending])


def grade(total: int) -> str:
    """A word for the score, kind but honest."""
    if total >= 85:
        return translate("DrillScore", "Ready for the real thing")
    if total >= 60:
        return translate("DrillScore", "Good practice: a few things to polish")
    return translate("DrillScore", "Worth practising again")


def after_action_draft(drill: Drill, score: DrillScore) -> str:
    """A first after-action note for the owner to edit: what went well, what to change."""
    well = [r.text for r in score.reasons if r.good]
    change = [r.text for r in score.reasons if not r.good]
    lines = [arg(translate("DrillScore", "Drill: %1 (%2/100)."), drill.scenario.title, score.total)]
    if score.ending is not None:
        lines.append(ending_text(score.ending))
    if well:
        lines += ["", translate("DrillScore", "Went well:")] + [f"- {t}" for t in well[:3]]
    if change:
        lines += ["", translate("DrillScore", "Next time:")] + [f"- {t}" for t in change[:3]]
    return "\n".join(lines)
