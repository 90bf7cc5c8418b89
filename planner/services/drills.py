"""Practice drills: the scenarios, the owner's plan as a drill needs it, and the history.

A drill reads the plan (targets, templates, ladder, limits) and the profile, but writes
only to ``drill_run`` (and, when the owner asks, an action item linked to the run): never
to incidents, contact attempts or anything the review's figures count.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from functools import cache
from typing import Any

from sqlmodel import Session, col, func, select

from planner.core.clock import utcnow
from planner.core.drill import Drill, DrillPlan
from planner.core.drill_scenario import Ending, Scenario, load_folder
from planner.core.drill_scoring import DrillScore, Lesson, Part, Reason
from planner.core.enums import Language, PlanSection
from planner.core.errors import NotFoundError, ValidationError
from planner.core.i18n import translate
from planner.core.labels import label
from planner.core.models import ActionItem, CompensationOption, DrillRun, ResponsePlan
from planner.core.schedule import add_months
from planner.services.changes import Area, Outcome, changed
from planner.services.incident_clocks import plan_rules, waking_hours
from planner.services.lessons import ActionInput, add_action
from planner.services.metrics import report_zone
from planner.services.replies import ComposerData, profile_values, reply_templates
from planner.storage.database import Database
from planner.storage.resources import resource

REMIND_AFTER_MONTHS = 3
MAX_NOTE = 20_000


# -- scenarios ----------------------------------------------------------------------------
@cache
def scenarios(language: str) -> tuple[Scenario, ...]:
    """The shipped scenarios in ``language`` (English where that language has none)."""
    folder = resource("drills", language)
    if not folder.is_dir():
        folder, language = resource("drills", Language.EN.value), Language.EN.value
    return tuple(load_folder(folder, language))


def find_scenario(scenario_id: str, language: str) -> Scenario:
    for scenario in scenarios(language):
        if scenario.id == scenario_id:
            return scenario
    raise NotFoundError(translate("DrillService", "This practice scenario no longer exists."))


# -- starting a drill ---------------------------------------------------------------------
@dataclass(frozen=True)
class DrillSetup:
    plan: DrillPlan
    composer: ComposerData  # the plan's templates, filled from the scenario and the profile
    zone: tzinfo


def _compensation_limit(session: Session, plan: ResponsePlan | None) -> tuple[int | None, str]:
    if plan is None:
        return None, "EUR"
    rows = session.exec(
        select(CompensationOption.max_value_cents, CompensationOption.currency).where(
            CompensationOption.plan_id == plan.id
        )
    ).all()
    limits = [(cents, currency) for cents, currency in rows if cents is not None]
    if not limits:
        return None, rows[0][1] if rows else "EUR"
    cents, currency = max(limits)
    return cents // 100, currency


def drill_setup(db: Database, scenario: Scenario) -> DrillSetup:
    """What a drill of ``scenario`` needs from the owner's plan and profile."""
    with db.session(write=False) as session:
        plan = session.exec(select(ResponsePlan).order_by(col(ResponsePlan.id))).first()
        target, rungs = plan_rules(session, scenario.severity.value)
        waking = waking_hours(session)
        limit, currency = _compensation_limit(session, plan)
        values = {
            "customer_name": scenario.post.customer_name,
            "topic": scenario.post.topic,
            "channel": translate("Labels", label(scenario.channel)),
            **profile_values(session, plan),
        }
        drill_plan = DrillPlan(
            reply_target_minutes=target.first_reply_minutes if target else None,
            waking=waking if target is None or target.waking_time_only else None,
            rungs=tuple(rungs),
            compensation_limit=limit,
            currency=currency,
            parting_rule=plan.parting_rule if plan else "",
        )
        zone = waking.zone() if waking else report_zone(session)
        return DrillSetup(
            drill_plan, ComposerData(reply_templates(session, plan), values, None), zone
        )


# -- saving a run -------------------------------------------------------------------------
def _details(drill: Drill, score: DrillScore) -> dict[str, Any]:
    return {
        "title": drill.scenario.title,
        "channel": drill.scenario.channel.value,
        "severity": drill.scenario.severity.value,
        "reply_language": drill.reply_language,
        "currency": drill.plan.currency,
        "parts": {part.value: list(points) for part, points in score.parts.items()},
        "reasons": [
            {"part": r.part.value, "good": r.good, "text": r.text, "points": r.points}
            for r in score.reasons
        ],
        "lessons": [
            {"text": lesson.text, "plan_section": lesson.plan_section} for lesson in score.lessons
        ],
        "reply_minutes": score.reply_minutes,
        "target_minutes": score.target_minutes,
        "ending": score.ending.value if score.ending else None,
    }


def save_run(
    db: Database, drill: Drill, score: DrillScore, note: str = "", now: datetime | None = None
) -> Outcome[int]:
    """Keep a finished drill in the history; returns the run's id."""
    if len(note) > MAX_NOTE:
        raise ValidationError(translate("DrillService", "The note is too long."), "note")
    choices = [
        {
            "step": made.step_id,
            "choice": made.choice_id,
            "label": choice.label,
            "verdict": choice.verdict.value,
            "result": choice.result,
            "amount": made.amount,
        }
        for made, _step, choice in drill.path()
    ]
    with db.session(write=True) as session:
        run = DrillRun(
            scenario_id=drill.scenario.id,
            language=Language(drill.scenario.language),
            started_at=drill.started_at,
            finished_at=now or utcnow(),
            reply_text=drill.reply_text,
            choices=json.dumps(choices, ensure_ascii=False),
            score=max(0, min(100, score.total)),
            score_details=json.dumps(_details(drill, score), ensure_ascii=False),
            after_action_note=note.strip(),
        )
        session.add(run)
        session.flush()
        assert run.id is not None
        return changed(run.id, Area.DRILLS)


def _run(session: Session, run_id: int) -> DrillRun:
    run = session.get(DrillRun, run_id)
    if run is None:
        raise NotFoundError(translate("DrillService", "This drill is no longer in the history."))
    return run


def save_note(db: Database, run_id: int, note: str) -> Outcome[None]:
    """The owner's after-action note, edited after the drill."""
    if len(note) > MAX_NOTE:
        raise ValidationError(translate("DrillService", "The note is too long."), "note")
    with db.session(write=True) as session:
        _run(session, run_id).after_action_note = note.strip()
    return changed(None, Area.DRILLS)


def delete_run(db: Database, run_id: int) -> Outcome[None]:
    """Remove a run from the history (its action items stay, unlinked)."""
    with db.session(write=True) as session:
        session.delete(_run(session, run_id))
    return changed(None, Area.DRILLS)


def lesson_to_action(db: Database, run_id: int, lesson: Lesson) -> Outcome[int]:
    """One click from a drill's lesson to an action item in Follow-through."""
    outcome = add_action(
        db,
        None,
        ActionInput(text=lesson.text, plan_section=lesson.plan_section),
        drill_run_id=run_id,
    )
    return changed(outcome.value, Area.REVIEW, Area.DRILLS)


# -- the history --------------------------------------------------------------------------
@dataclass(frozen=True)
class RunView:
    id: int
    scenario_id: str
    title: str
    language: Language
    started_at: datetime
    finished_at: datetime | None
    score: int | None
    reply_minutes: int | None
    target_minutes: int | None
    ending: Ending | None


@dataclass(frozen=True)
class ChoiceRecord:
    label: str
    verdict: str
    result: str
    amount: int | None


@dataclass(frozen=True)
class RunDetails:
    run: RunView
    reply_text: str
    reply_language: str
    channel: str
    severity: str
    parts: dict[Part, tuple[int, int]]
    reasons: list[Reason]
    lessons: list[Lesson]
    choices: list[ChoiceRecord]
    note: str
    actions_taken: list[str]  # texts of the action items already made from this run
    currency: str = "EUR"


def _loads(text: str, default: Any) -> Any:
    try:
        return json.loads(text or "")
    except ValueError:
        return default  # a damaged record still shows what it can


def _view(run: DrillRun, details: dict[str, Any]) -> RunView:
    assert run.id is not None
    ending = details.get("ending")
    return RunView(
        id=run.id,
        scenario_id=run.scenario_id,
        title=str(details.get("title") or run.scenario_id),
        language=run.language,
        started_at=run.started_at,
        finished_at=run.finished_at,
        score=run.score,
        reply_minutes=details.get("reply_minutes"),
        target_minutes=details.get("target_minutes"),
        ending=Ending(ending) if ending in set(Ending) else None,
    )


def list_runs(db: Database) -> list[RunView]:
    """Finished drills, newest first."""
    with db.session(write=False) as session:
        rows = session.exec(
            select(DrillRun)
            .where(col(DrillRun.finished_at).is_not(None))
            .order_by(col(DrillRun.finished_at).desc(), col(DrillRun.id).desc())
        ).all()
        return [_view(run, _loads(run.score_details, {})) for run in rows]


def run_details(db: Database, run_id: int) -> RunDetails:
    with db.session(write=False) as session:
        run = _run(session, run_id)
        details = _loads(run.score_details, {})
        actions = session.exec(
            select(ActionItem.text).where(ActionItem.drill_run_id == run_id)
        ).all()
        parts = {
            Part(key): (int(value[0]), int(value[1]))
            for key, value in details.get("parts", {}).items()
            if key in set(Part)
        }
        return RunDetails(
            run=_view(run, details),
            reply_text=run.reply_text,
            reply_language=str(details.get("reply_language") or run.language.value),
            channel=str(details.get("channel", "")),
            severity=str(details.get("severity", "")),
            parts=parts,
            reasons=[
                Reason(Part(r["part"]), bool(r["good"]), str(r["text"]), int(r.get("points", 0)))
                for r in details.get("reasons", [])
                if r.get("part") in set(Part)
            ],
            lessons=[
                Lesson(
                    str(lesson["text"]),
                    PlanSection(lesson["plan_section"]) if lesson.get("plan_section") else None,
                )
                for lesson in details.get("lessons", [])
            ],
            choices=[
                ChoiceRecord(
                    str(c.get("label", "")),
                    str(c.get("verdict", "")),
                    str(c.get("result", "")),
                    c.get("amount"),
                )
                for c in _loads(run.choices, [])
            ],
            note=run.after_action_note,
            actions_taken=list(actions),
            currency=str(details.get("currency") or "EUR"),
        )


@dataclass(frozen=True)
class PracticeStatus:
    drills_done: int
    last_at: datetime | None
    due: bool  # no drill in the last three months (or never)
    best_by_scenario: dict[str, int]  # scenario id -> best score
    last_by_scenario: dict[str, datetime]


def practice_status(db: Database, now: datetime | None = None) -> PracticeStatus:
    moment = now or utcnow()
    with db.session(write=False) as session:
        rows: Sequence[tuple[str, int | None, datetime | None]] = session.exec(
            select(DrillRun.scenario_id, func.max(DrillRun.score), func.max(DrillRun.finished_at))
            .where(col(DrillRun.finished_at).is_not(None))
            .group_by(col(DrillRun.scenario_id))
        ).all()
        done = session.exec(
            select(func.count()).select_from(DrillRun).where(col(DrillRun.finished_at).is_not(None))
        ).one()
    lasts = [last for _id, _best, last in rows if last is not None]
    last_at = max(lasts) if lasts else None
    return PracticeStatus(
        drills_done=int(done),
        last_at=last_at,
        due=last_at is None or add_months(last_at, REMIND_AFTER_MONTHS) <= moment,
        best_by_scenario={sid: best for sid, best, _last in rows if best is not None},
        last_by_scenario={sid: last for sid, _best, last in rows if last is not None},
    )
