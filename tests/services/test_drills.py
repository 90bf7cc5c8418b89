"""Practice drills against the database, on SQLite and PostgreSQL: what a drill reads from
the plan, the history of runs, and that a drill never touches real incident data."""

from __future__ import annotations

import copy
import dataclasses
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlmodel import func, select

from planner.core.drill import Drill, DrillPlan
from planner.core.drill_scenario import Ending, Scenario, parse_scenario
from planner.core.drill_scoring import DrillScore, Lesson, Part, score_drill
from planner.core.enums import ContactMethod, Language, PlanSection, Severity, TemplateKind
from planner.core.errors import NotFoundError, ValidationError
from planner.core.ladder import DEFAULT_LADDER, Rung
from planner.core.models import (
    ActionItem,
    ContactAttempt,
    DrillRun,
    Incident,
    PraiseEntry,
    ReplyDraft,
    TimelineEvent,
)
from planner.services.changes import Area
from planner.services.drills import (
    MAX_NOTE,
    ChoiceRecord,
    delete_run,
    drill_setup,
    find_scenario,
    lesson_to_action,
    list_runs,
    practice_status,
    run_details,
    save_note,
    save_run,
    scenarios,
)
from planner.services.incidents import IncidentInput, log_incident, record_reply
from planner.services.journal import PraiseInput, add_praise
from planner.services.lessons import list_actions
from planner.services.metrics import Period, period_metrics
from planner.services.plan import get_plan, init_plan, update_item, update_plan_settings
from planner.storage.database import Database

T0 = datetime(2024, 5, 6, 9, 0, tzinfo=UTC)
CUSTOMER = "Laura Mäkelä"
TOPIC = "the birthday cake"
CLEAN = "Laura, I am truly sorry about the cake. I will call you today to put it right. – Anna"
NOT_REPLIES = {TemplateKind.BLOG_OUTLINE, TemplateKind.REVIEW_REQUEST}


# -- a scenario built here, so the tests do not depend on the shipped files -----------------
def _choice(cid: str, action: str, verdict: str, to: str = "end", **extra: Any) -> dict[str, Any]:
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
    data.update(extra)
    return data


def _scenario(severity: str = "high", scenario_id: str = "cake-case") -> Scenario:
    data: dict[str, Any] = {
        "id": scenario_id,
        "situation": "angry-review",
        "title": f"Cake gone wrong ({scenario_id})",
        "summary": "A customer got the wrong cake.",
        "channel": "google",
        "severity": severity,
        "found_after_minutes": 10,
        "start": "first",
        "post": {
            "author": "Laura M.",
            "customer_name": CUSTOMER,
            "topic": TOPIC,
            "text": "Wrong cake. AVOID.",
            "rating": 1,
        },
        "good_reply": {
            "points": ["Says sorry.", "Offers to call."],
            "example": CLEAN,
            "checks": [{"stems": ["call", "phone"], "missing": "No call offered."}],
        },
        "steps": [
            {
                "id": "first",
                "text": "Your reply is up.",
                "choices": [
                    _choice("call", "call", "good", "offer", contact="reached-good"),
                    _choice("wait", "wait", "poor", "offer", lesson="Call the same day."),
                ],
            },
            {
                "id": "offer",
                "text": "On the phone.",
                "after_hours": 2,
                "choices": [
                    _choice(
                        "refund",
                        "compensate",
                        "good",
                        ask_amount=True,
                        fair_amount=60,
                        ending="advocate",
                    ),
                    _choice("shrug", "other", "poor", ending="worse"),
                ],
            },
        ],
    }
    return parse_scenario(copy.deepcopy(data), "en")


def _plan(db: Database) -> None:
    init_plan(
        db,
        language=Language.EN,
        business="Cake Corner",
        owner="Anna Baker",
        waking_hours=(420, 1320),
    )


def _drill(
    db: Database,
    scenario: Scenario | None = None,
    *,
    choices: tuple[str | tuple[str, int], ...] = ("call", ("refund", 60)),
    started_at: datetime = T0,
    drill_plan: DrillPlan | None = None,
) -> tuple[Drill, DrillScore]:
    scenario = scenario or _scenario()
    setup = drill_setup(db, scenario)
    run = Drill(scenario, drill_plan or setup.plan, started_at, setup.zone)
    run.post_reply(CLEAN, "en", started_at + timedelta(minutes=20))
    for taken in choices:
        if isinstance(taken, tuple):
            run.choose(*taken)
        else:
            run.choose(taken)
    return run, score_drill(run, started_at + timedelta(hours=1))


def _saved(
    db: Database,
    finished_at: datetime,
    scenario: Scenario | None = None,
    choices: tuple[str | tuple[str, int], ...] = ("call", ("refund", 60)),
) -> tuple[int, DrillScore]:
    run, score = _drill(db, scenario, choices=choices, started_at=finished_at - timedelta(hours=1))
    return save_run(db, run, score, now=finished_at).value, score


def _target_id(db: Database, severity: Severity) -> int:
    plan = get_plan(db)
    assert plan is not None
    return int(
        next(t["id"] for t in plan.sections[PlanSection.TARGETS] if t["severity"] == severity)
    )


# -- drill_setup ----------------------------------------------------------------------------
@pytest.mark.parametrize(("severity", "minutes"), [("high", 60), ("medium", 1440), ("low", 2880)])
def test_the_reply_target_comes_from_the_plan_for_the_severity(
    db: Database, severity: str, minutes: int
) -> None:
    _plan(db)
    setup = drill_setup(db, _scenario(severity))
    assert setup.plan.reply_target_minutes == minutes


def test_changing_the_plans_target_changes_the_drill(db: Database) -> None:
    _plan(db)
    target_id = _target_id(db, Severity.HIGH)
    update_item(db, PlanSection.TARGETS, target_id, {"first_reply_minutes": 30})
    setup = drill_setup(db, _scenario("high"))
    assert setup.plan.reply_target_minutes == 30
    assert setup.plan.waking is not None
    # A target that counts every hour gives the drill no waking hours.
    update_item(db, PlanSection.TARGETS, target_id, {"waking_time_only": False})
    setup = drill_setup(db, _scenario("high"))
    assert setup.plan.reply_target_minutes == 30 and setup.plan.waking is None
    assert drill_setup(db, _scenario("medium")).plan.waking is not None


def test_setup_reads_waking_hours_ladder_limit_and_parting_rule(db: Database) -> None:
    _plan(db)
    setup = drill_setup(db, _scenario())
    waking = setup.plan.waking
    assert waking is not None
    assert (waking.start_minute, waking.end_minute) == (420, 1320)
    assert setup.zone == waking.zone()
    plan = get_plan(db)
    assert plan is not None and plan.parting_rule
    assert setup.plan.rungs == tuple(
        Rung(
            s["method"],
            s["attempts_before_next"],
            s["window_hours"],
            s["refusal_jumps_to_fallback"],
            s["is_fallback"],
        )
        for s in plan.sections[PlanSection.ESCALATION]
    )
    assert [r.method for r in setup.plan.rungs] == [r.method for r in DEFAULT_LADDER]
    assert setup.plan.compensation_limit == 50  # the largest max, 5000 cents
    assert setup.plan.currency == "EUR"
    assert setup.plan.parting_rule == plan.parting_rule


def test_setup_follows_changes_to_the_ladder_limits_and_parting_rule(db: Database) -> None:
    _plan(db)
    plan = get_plan(db)
    assert plan is not None
    call_step = next(
        s for s in plan.sections[PlanSection.ESCALATION] if s["method"] == ContactMethod.CALL
    )
    update_item(db, PlanSection.ESCALATION, call_step["id"], {"attempts_before_next": 3})
    options = plan.sections[PlanSection.COMPENSATION]
    update_item(db, PlanSection.COMPENSATION, options[0]["id"], {"max_value_cents": 12_399})
    update_plan_settings(db, {"parting_rule": "Refund and wish them well."})
    setup = drill_setup(db, _scenario())
    assert setup.plan.rungs[1].attempts_before_next == 3
    assert setup.plan.compensation_limit == 123  # whole units, from the largest max
    assert setup.plan.parting_rule == "Refund and wish them well."
    for option in options:
        update_item(db, PlanSection.COMPENSATION, option["id"], {"max_value_cents": None})
    setup = drill_setup(db, _scenario())
    assert setup.plan.compensation_limit is None
    assert setup.plan.currency == "EUR"


def test_the_composer_is_filled_from_the_scenario_and_the_profile(db: Database) -> None:
    _plan(db)
    setup = drill_setup(db, _scenario())
    values = setup.composer.values
    assert values["customer_name"] == CUSTOMER
    assert values["topic"] == TOPIC
    assert values["signature"] == "Anna Baker, Cake Corner"
    assert values["business_name"] == "Cake Corner"
    assert values["owner_name"] == "Anna Baker"
    assert values["channel"]
    assert setup.composer.draft is None


def test_the_templates_are_the_plans_public_reply_templates(db: Database) -> None:
    _plan(db)
    plan = get_plan(db)
    assert plan is not None
    expected = [
        (t["id"], t["kind"], t["title"], t["body"])
        for t in plan.sections[PlanSection.TEMPLATES]
        if t["kind"] not in NOT_REPLIES
    ]
    templates = drill_setup(db, _scenario()).composer.templates
    assert [(t.id, t.kind, t.title, t.body) for t in templates] == expected
    assert len(templates) >= 3
    assert {t.kind for t in templates}.isdisjoint(NOT_REPLIES)
    assert TemplateKind.ACKNOWLEDGEMENT in {t.kind for t in templates}


def test_a_drill_works_without_a_plan(db: Database) -> None:
    setup = drill_setup(db, _scenario())
    assert setup.plan.reply_target_minutes is None
    assert setup.plan.waking is None
    assert setup.plan.rungs == DEFAULT_LADDER
    assert setup.plan.compensation_limit is None
    assert setup.plan.currency == "EUR"
    assert setup.plan.parting_rule == ""
    assert setup.composer.templates == []
    assert setup.composer.values["customer_name"] == CUSTOMER
    assert setup.composer.values["signature"] == ""
    # And it can be played and kept.
    run, score = _drill(db)
    assert score.target_minutes is None
    assert (
        Lesson(
            "Decide in the plan what you may offer and up to what value.", PlanSection.COMPENSATION
        )
        in score.lessons
    )
    run_id = save_run(db, run, score, now=T0 + timedelta(hours=1)).value
    assert [r.id for r in list_runs(db)] == [run_id]


# -- saving and reading runs ----------------------------------------------------------------
def test_a_run_round_trips_with_its_score_reasons_lessons_and_choices(db: Database) -> None:
    _plan(db)
    scenario = _scenario()
    setup = drill_setup(db, scenario)
    drill_plan = dataclasses.replace(setup.plan, compensation_limit=None, currency="SEK")
    run, score = _drill(db, scenario, choices=("wait", ("refund", 80)), drill_plan=drill_plan)
    assert score.lessons == [
        Lesson("Call the same day."),
        Lesson(
            "Decide in the plan what you may offer and up to what value.",
            PlanSection.COMPENSATION,
        ),
    ]
    finished = T0 + timedelta(minutes=45)
    outcome = save_run(db, run, score, note="  First try.  ", now=finished)
    assert outcome.changes.touches(Area.DRILLS)
    run_id = outcome.value

    [view] = list_runs(db)
    assert view.id == run_id
    assert view.scenario_id == "cake-case"
    assert view.title == "Cake gone wrong (cake-case)"
    assert view.language is Language.EN
    assert view.started_at == T0 and view.finished_at == finished
    assert view.score == score.total
    assert view.reply_minutes == score.reply_minutes == 30  # posted 10 min before it was found
    assert view.target_minutes == 60
    assert view.ending is Ending.ADVOCATE

    details = run_details(db, run_id)
    assert details.run == view
    assert details.reply_text == CLEAN
    assert details.reply_language == "en"
    assert details.channel == "google" and details.severity == "high"
    assert details.parts == score.parts
    assert details.parts[Part.STEPS] == (20, 40)
    assert details.reasons == score.reasons
    assert details.lessons == score.lessons
    assert details.lessons[1].plan_section is PlanSection.COMPENSATION
    assert details.choices == [
        ChoiceRecord("Label wait", "poor", "Result wait.", None),
        ChoiceRecord("Label refund", "good", "Result refund.", 80),
    ]
    assert details.note == "First try."
    assert details.actions_taken == []
    assert details.currency == "SEK"


def test_runs_are_listed_newest_first(db: Database) -> None:
    _plan(db)
    first, _ = _saved(db, T0 + timedelta(days=1))
    third, _ = _saved(db, T0 + timedelta(days=3), _scenario(scenario_id="other-case"))
    second, _ = _saved(db, T0 + timedelta(days=2))
    assert [r.id for r in list_runs(db)] == [third, second, first]
    assert [r.scenario_id for r in list_runs(db)] == ["other-case", "cake-case", "cake-case"]


def test_a_note_too_long_is_refused_when_saving(db: Database) -> None:
    run, score = _drill(db)
    with pytest.raises(ValidationError):
        save_run(db, run, score, note="x" * (MAX_NOTE + 1), now=T0 + timedelta(hours=1))
    assert list_runs(db) == []


def _count(db: Database, model: Any) -> int:
    with db.session(write=False) as session:
        return int(session.exec(select(func.count()).select_from(model)).one())


def test_a_drill_writes_only_its_run(db: Database) -> None:
    _plan(db)
    # Some real data the drill must leave alone.
    incident_id = log_incident(
        db,
        IncidentInput(
            text="The cake was wrong and nobody cared.",
            posted_at=T0 - timedelta(hours=2),
            detected_at=T0 - timedelta(hours=1),
        ),
        now=T0 - timedelta(hours=1),
    ).value
    record_reply(db, incident_id, "Sorry, I will call you today.", at=T0)
    add_praise(db, PraiseInput(text="Lovely cake, thank you!"), today=date(2024, 5, 6))
    models = (Incident, ContactAttempt, TimelineEvent, ReplyDraft, PraiseEntry, ActionItem)
    now, today = T0 + timedelta(days=5), date(2024, 5, 11)
    counts = {m: _count(db, m) for m in models}
    before = period_metrics(db, Period.all_time(), now=now, today=today)
    assert before.incidents_total == 1 and before.median_minutes_to_first_reply is not None

    for finished in (T0 + timedelta(days=1), T0 + timedelta(days=2)):
        run_id, _ = _saved(db, finished, choices=("wait", ("refund", 10)))
    save_note(db, run_id, "Call first next time.")

    assert {m: _count(db, m) for m in models} == counts
    assert _count(db, DrillRun) == 2
    after = period_metrics(db, Period.all_time(), now=now, today=today)
    assert after.incidents_total == before.incidents_total
    assert after.first_reply_within_target_ratio == before.first_reply_within_target_ratio
    assert after.median_minutes_to_detection == before.median_minutes_to_detection
    assert after.median_minutes_to_first_reply == before.median_minutes_to_first_reply
    assert after.median_minutes_to_first_contact == before.median_minutes_to_first_contact
    assert after.promises_kept_ratio == before.promises_kept_ratio
    assert after.praise_total == before.praise_total
    assert after == before


# -- the note -------------------------------------------------------------------------------
def test_the_note_can_be_edited(db: Database) -> None:
    run_id, _ = _saved(db, T0 + timedelta(hours=1))
    outcome = save_note(db, run_id, "  Call first.\nThen offer.  ")
    assert outcome.changes.touches(Area.DRILLS)
    assert run_details(db, run_id).note == "Call first.\nThen offer."
    save_note(db, run_id, "x" * MAX_NOTE)  # the limit itself is fine
    assert run_details(db, run_id).note == "x" * MAX_NOTE


def test_a_note_too_long_is_refused_and_the_old_note_stays(db: Database) -> None:
    run_id, _ = _saved(db, T0 + timedelta(hours=1))
    save_note(db, run_id, "Keep me.")
    with pytest.raises(ValidationError):
        save_note(db, run_id, "x" * (MAX_NOTE + 1))
    assert run_details(db, run_id).note == "Keep me."


def test_unknown_runs_are_not_found(db: Database) -> None:
    with pytest.raises(NotFoundError):
        save_note(db, 999_999, "Hello")
    with pytest.raises(NotFoundError):
        run_details(db, 999_999)
    with pytest.raises(NotFoundError):
        delete_run(db, 999_999)
    with pytest.raises(NotFoundError):
        lesson_to_action(db, 999_999, Lesson("Call first."))
    assert _count(db, ActionItem) == 0


# -- lessons to actions ---------------------------------------------------------------------
def test_a_lesson_becomes_an_action_linked_to_the_run(db: Database) -> None:
    _plan(db)
    run_id, _ = _saved(db, T0 + timedelta(hours=1))
    lesson = Lesson("Set a reply target for every severity.", PlanSection.TARGETS)
    outcome = lesson_to_action(db, run_id, lesson)
    assert outcome.changes.touches(Area.REVIEW)
    assert outcome.changes.touches(Area.DRILLS)
    action_id = outcome.value
    with db.session(write=False) as session:
        row = session.get(ActionItem, action_id)
        assert row is not None
        assert row.drill_run_id == run_id and row.review_id is None
        assert row.plan_section is PlanSection.TARGETS
    plain = lesson_to_action(db, run_id, Lesson("Call the same day.")).value
    views = {a.id: a for a in list_actions(db)}
    assert views[action_id].drill_run_id == run_id
    assert views[action_id].text == lesson.text
    assert views[action_id].plan_section is PlanSection.TARGETS
    assert views[plain].drill_run_id == run_id and views[plain].plan_section is None
    assert sorted(run_details(db, run_id).actions_taken) == sorted(
        [lesson.text, "Call the same day."]
    )


def test_deleting_a_run_keeps_its_actions_unlinked(db: Database) -> None:
    keep, _ = _saved(db, T0 + timedelta(hours=1))
    gone, _ = _saved(db, T0 + timedelta(hours=2))
    action_id = lesson_to_action(db, gone, Lesson("Call first.")).value
    outcome = delete_run(db, gone)
    assert outcome.changes.touches(Area.DRILLS)
    assert [r.id for r in list_runs(db)] == [keep]
    with pytest.raises(NotFoundError):
        run_details(db, gone)
    [action] = [a for a in list_actions(db) if a.id == action_id]
    assert action.drill_run_id is None
    assert action.text == "Call first."
    assert run_details(db, keep).actions_taken == []


# -- practice status ------------------------------------------------------------------------
NOW = datetime(2024, 9, 10, 12, 0, tzinfo=UTC)


def test_never_practised_is_due(db: Database) -> None:
    status = practice_status(db, now=NOW)
    assert status.due is True
    assert status.drills_done == 0
    assert status.last_at is None
    assert status.best_by_scenario == {} and status.last_by_scenario == {}


@pytest.mark.parametrize(
    ("finished", "due"),
    [
        (NOW - timedelta(days=10), False),
        (datetime(2024, 6, 11, 12, 0, tzinfo=UTC), False),  # three months less a day
        (datetime(2024, 6, 10, 12, 0, tzinfo=UTC), True),  # three months to the minute
        (datetime(2024, 6, 9, 12, 0, tzinfo=UTC), True),  # three months and a day
    ],
)
def test_practice_is_due_three_months_after_the_last_drill(
    db: Database, finished: datetime, due: bool
) -> None:
    _saved(db, finished)
    status = practice_status(db, now=NOW)
    assert status.drills_done == 1
    assert status.last_at == finished
    assert status.due is due


def test_best_and_last_by_scenario(db: Database) -> None:
    _plan(db)
    cake, other = _scenario(), _scenario(scenario_id="other-case")
    _, best = _saved(db, NOW - timedelta(days=30), cake, ("call", ("refund", 60)))
    _, worse = _saved(db, NOW - timedelta(days=20), cake, ("wait", "shrug"))
    _, only = _saved(db, NOW - timedelta(days=25), other, ("wait", ("refund", 60)))
    assert best.total > worse.total
    status = practice_status(db, now=NOW)
    assert status.drills_done == 3
    assert status.best_by_scenario == {"cake-case": best.total, "other-case": only.total}
    assert status.last_by_scenario == {
        "cake-case": NOW - timedelta(days=20),
        "other-case": NOW - timedelta(days=25),
    }
    assert status.last_at == NOW - timedelta(days=20)
    assert status.due is False


# -- the shipped scenarios ------------------------------------------------------------------
@pytest.mark.parametrize("language", ["fi", "en"])
def test_the_shipped_scenarios_load(language: str) -> None:
    loaded = scenarios(language)
    assert len(loaded) >= 12
    assert {s.language for s in loaded} == {language}
    assert len({s.id for s in loaded}) == len(loaded)
    assert find_scenario(loaded[0].id, language) == loaded[0]


def test_an_unknown_scenario_is_not_found() -> None:
    with pytest.raises(NotFoundError):
        find_scenario("no-such-scenario", "en")
