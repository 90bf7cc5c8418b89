"""The practice scenarios shipped in resources/drills: both languages load and match, they
cover every situation, their example replies pass the checker, and the parser refuses
broken stories."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from planner.core.drill import Drill, DrillPlan
from planner.core.drill_scenario import (
    CONTACT_ACTIONS,
    END,
    Action,
    Choice,
    Scenario,
    ScenarioError,
    Situation,
    Verdict,
    load_folder,
    load_scenario,
    mismatches,
    parse_scenario,
)
from planner.core.drill_scoring import Part, score_drill
from planner.core.enums import ContactOutcome, Severity
from planner.core.ladder import DEFAULT_LADDER, fallback_proposed
from planner.core.tone import check_reply
from planner.storage.resources import resource

LANGUAGES = ("en", "fi")
MIN_SCENARIOS = 12
# The kinds of choice the set must offer somewhere, right and wrong.
EXPECTED_ACTIONS = {
    Action.CALL,
    Action.VISIT,
    Action.MESSAGE,
    Action.COMPENSATE,
    Action.BLOG_POST,
    Action.PART_WAYS,
    Action.DEFEND,
    Action.DELETE,
    Action.WAIT,
}
# What moves a case on: contact, a fix, the fallback post or a parting.
MOVING_ACTIONS = CONTACT_ACTIONS | {Action.COMPENSATE, Action.BLOG_POST, Action.PART_WAYS}


@cache
def scenarios(language: str) -> tuple[Scenario, ...]:
    return tuple(load_folder(resource("drills", language), language))


def all_scenarios() -> Iterator[Scenario]:
    for language in LANGUAGES:
        yield from scenarios(language)


def choices(scenario: Scenario) -> Iterator[Choice]:
    for step in scenario.steps:
        yield from step.choices


def has_stem(text: str, stems: tuple[str, ...]) -> bool:
    folded = text.casefold()
    return any(re.search(r"\b" + re.escape(stem), folded) for stem in stems)


def good_paths(scenario: Scenario) -> Iterator[list[Choice]]:
    """Every way through the story on good choices only."""

    def walk(step_id: str, taken: list[Choice]) -> Iterator[list[Choice]]:
        for choice in scenario.step(step_id).choices:
            if choice.verdict is not Verdict.GOOD:
                continue
            if choice.next == END:
                yield [*taken, choice]
            else:
                yield from walk(choice.next, [*taken, choice])

    yield from walk(scenario.start, [])


def run(scenario: Scenario, path: list[Choice]) -> Drill:
    """Play ``path`` with the example reply, offering the fair amount when asked."""
    now = datetime(2025, 3, 4, 10, 0, tzinfo=UTC)
    drill = Drill(scenario, DrillPlan(reply_target_minutes=None, waking=None), now, UTC)
    drill.post_reply(scenario.example_reply, scenario.language, now)
    for choice in path:
        drill.choose(choice.id, (choice.fair_amount or 10) if choice.ask_amount else None)
    return drill


def ids(items: tuple[Scenario, ...]) -> list[str]:
    return [f"{s.language}-{s.id}" for s in items]


EVERY = tuple(s for language in LANGUAGES for s in scenarios(language))


# --------------------------------------------------------------------------- the shipped set
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_file_in_the_folder_loads(language: str) -> None:
    folder = resource("drills", language)
    files = sorted(folder.glob("*.toml"))
    loaded = scenarios(language)
    assert len(loaded) >= MIN_SCENARIOS
    assert [s.id for s in loaded] == [p.stem for p in files]
    assert all(s.language == language for s in loaded)


def test_both_languages_have_the_same_scenarios_with_the_same_shape() -> None:
    by_language = {language: scenarios(language) for language in LANGUAGES}
    assert mismatches(by_language) == []
    assert {s.id for s in by_language["en"]} == {s.id for s in by_language["fi"]}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_situation_has_a_scenario(language: str) -> None:
    covered = {s.situation for s in scenarios(language)}
    assert set(Situation) - {Situation.OTHER} <= covered


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_set_varies_channels_severities_and_kinds_of_choice(language: str) -> None:
    items = scenarios(language)
    assert len({s.channel for s in items}) >= 6
    assert {s.severity for s in items} == set(Severity)
    assert EXPECTED_ACTIONS <= {c.action for s in items for c in choices(s)}


@pytest.mark.parametrize("scenario", EVERY, ids=ids(EVERY))
def test_the_story_is_a_sound_graph(scenario: Scenario) -> None:
    # The parser refuses dangling steps, loops and dead ends; check its verdict holds.
    known = {step.id for step in scenario.steps}
    reached: set[str] = set()
    todo = [scenario.start]
    while todo:
        step = scenario.step(todo.pop())
        if step.id in reached:
            continue
        reached.add(step.id)
        for choice in step.choices:
            assert choice.next == END or choice.next in known
            if choice.next != END:
                todo.append(choice.next)
    assert reached == known
    assert 2 <= len(scenario.steps) <= 5
    assert all(2 <= len(step.choices) <= 4 for step in scenario.steps)
    assert any(c.action in MOVING_ACTIONS for c in choices(scenario))
    assert any(c.action in CONTACT_ACTIONS for c in choices(scenario))
    assert next(good_paths(scenario), None) is not None


@pytest.mark.parametrize("scenario", EVERY, ids=ids(EVERY))
def test_wrong_reactions_teach_a_lesson(scenario: Scenario) -> None:
    for choice in choices(scenario):
        assert choice.why and choice.result
        if choice.verdict is Verdict.POOR:
            assert choice.lesson, f"{choice.id}: a poor choice names an action item"
        if choice.action in {Action.DEFEND, Action.DELETE, Action.WAIT}:
            assert choice.verdict is not Verdict.GOOD, choice.id
        if choice.action in CONTACT_ACTIONS:
            assert choice.contact is not None


@pytest.mark.parametrize("scenario", EVERY, ids=ids(EVERY))
def test_the_example_reply_passes_the_checker(scenario: Scenario) -> None:
    findings = check_reply(
        scenario.example_reply, scenario.language, customer_name=scenario.post.customer_name
    )
    assert [f.code for f in findings if f.severity == "warning"] == []


@pytest.mark.parametrize("scenario", EVERY, ids=ids(EVERY))
def test_the_example_reply_says_what_the_case_needs(scenario: Scenario) -> None:
    assert 1 <= len(scenario.reply_checks) <= 2
    for check in scenario.reply_checks:
        assert all(stem == stem.casefold() for stem in check.stems)
        assert has_stem(scenario.example_reply, check.stems), check.missing


@pytest.mark.parametrize("scenario", EVERY, ids=ids(EVERY))
def test_a_good_path_keeps_to_the_default_plan(scenario: Scenario) -> None:
    """Good choices never cost points against the plan's ladder (call first, blog post
    only after the fallback rule), and the example reply loses none either."""
    for path in good_paths(scenario):
        score = score_drill(run(scenario, path), datetime(2025, 3, 4, 10, 0, tzinfo=UTC))
        assert score.parts[Part.STEPS] == (40, 40), [c.id for c in path]
        assert score.parts[Part.REPLY] == (35, 35)


@pytest.mark.parametrize("language", LANGUAGES)
def test_two_unanswered_calls_bring_the_blog_post(language: str) -> None:
    scenario = next(s for s in scenarios(language) if s.situation is Situation.WILL_NOT_ANSWER)
    path = [scenario.step("first-call").choices[0], scenario.step("second-call").choices[0]]
    assert [(c.action, c.contact) for c in path] == [(Action.CALL, ContactOutcome.NO_ANSWER)] * 2
    drill = run(scenario, path)
    assert fallback_proposed(DEFAULT_LADDER, drill.attempts())
    assert drill.current_step is not None
    offered = {c.action for c in scenario.step(drill.current_step).choices}
    assert Action.BLOG_POST in offered
    named = [c for c in choices(scenario) if c.action is Action.BLOG_POST]
    assert {c.verdict for c in named} == {Verdict.GOOD, Verdict.POOR}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_night_scenario_is_found_at_night(language: str) -> None:
    night = next(s for s in scenarios(language) if s.situation is Situation.AT_NIGHT)
    assert night.found_at is not None
    assert night.found_at[0] >= 22 or night.found_at[0] < 6


# --------------------------------------------------------------------------- the parser
def minimal() -> dict[str, Any]:
    """A valid scenario: reply, then call or defend, then fix or wait."""
    return {
        "id": "mini",
        "situation": "angry-review",
        "title": "One star",
        "summary": "A short drill.",
        "channel": "google",
        "severity": "high",
        "found_after_minutes": 10,
        "start": "first",
        "post": {
            "author": "Anna A.",
            "customer_name": "Anna Aho",
            "topic": "the cake",
            "text": "Dry cake.",
            "rating": 2,
        },
        "good_reply": {
            "points": ["Say you are sorry."],
            "example": "Anna, I'm sorry. May I call you today? – Bea",
            "checks": [{"stems": ["call"], "missing": "No call."}],
        },
        "steps": [
            {
                "id": "first",
                "text": "Anna has not answered.",
                "choices": [
                    {
                        "id": "call",
                        "action": "call",
                        "label": "Call Anna",
                        "verdict": "good",
                        "why": "Offline is better.",
                        "result": "She answers.",
                        "contact": "reached-good",
                        "next": "second",
                    },
                    {
                        "id": "defend",
                        "action": "defend",
                        "label": "Argue",
                        "verdict": "poor",
                        "why": "Fuel on the fire.",
                        "result": "It spreads.",
                        "next": "end",
                        "ending": "worse",
                        "lesson": "Never argue in public.",
                    },
                ],
            },
            {
                "id": "second",
                "after_hours": 2,
                "text": "What do you offer?",
                "choices": [
                    {
                        "id": "fix",
                        "action": "compensate",
                        "label": "A new cake",
                        "verdict": "good",
                        "why": "Fair.",
                        "result": "She is happy.",
                        "next": "end",
                        "ending": "resolved",
                        "ask_amount": True,
                        "fair_amount": 30,
                    },
                    {
                        "id": "wait",
                        "action": "wait",
                        "label": "Wait",
                        "verdict": "poor",
                        "why": "Silence reads as guilt.",
                        "result": "Nothing.",
                        "next": "end",
                        "ending": "unresolved",
                        "lesson": "Call the same day.",
                    },
                ],
            },
        ],
    }


def choice(data: dict[str, Any], step: int, index: int) -> dict[str, Any]:
    result: dict[str, Any] = data["steps"][step]["choices"][index]
    return result


def problems(data: dict[str, Any]) -> str:
    with pytest.raises(ScenarioError) as error:
        parse_scenario(data, "en", "mini.toml")
    return str(error.value)


def test_the_minimal_scenario_is_valid() -> None:
    scenario = parse_scenario(minimal(), "en")
    assert scenario.step("second").after_hours == 2
    assert scenario.step("first").after_hours == 1.0
    assert scenario.post.rating == 2


def test_a_dangling_next_is_refused() -> None:
    data = minimal()
    choice(data, 0, 0)["next"] = "nowhere"
    assert "steps.first.call.next: no step 'nowhere'" in problems(data)


def test_a_loop_is_refused() -> None:
    data = minimal()
    wait = choice(data, 1, 1)
    wait["next"] = "first"
    del wait["ending"]
    assert "a loop" in problems(data)


def test_an_unreachable_step_is_refused() -> None:
    data = minimal()
    orphan = {"id": "orphan", "text": "Nobody comes here.", "choices": data["steps"][1]["choices"]}
    data["steps"].append(orphan)
    assert "steps.orphan: no choice leads here" in problems(data)


def test_a_story_without_a_good_way_to_the_end_is_refused() -> None:
    data = minimal()
    choice(data, 1, 0)["verdict"] = "fair"
    assert "no path of good choices reaches the end" in problems(data)


def test_a_call_needs_its_outcome() -> None:
    data = minimal()
    del choice(data, 0, 0)["contact"]
    assert "needs the attempt's outcome" in problems(data)


def test_only_contact_actions_have_an_outcome() -> None:
    data = minimal()
    choice(data, 1, 1)["contact"] = "no-answer"
    assert "only calls, visits and messages have one" in problems(data)


def test_an_ending_on_a_choice_that_goes_on_is_refused() -> None:
    data = minimal()
    choice(data, 0, 0)["ending"] = "resolved"
    assert "only a choice that ends the drill has one" in problems(data)


def test_a_final_choice_needs_an_ending() -> None:
    data = minimal()
    del choice(data, 1, 0)["ending"]
    assert "a choice that ends the drill needs an ending" in problems(data)


def test_an_amount_only_on_compensation() -> None:
    data = minimal()
    choice(data, 1, 1)["fair_amount"] = 20
    assert "only a compensate choice asks for an amount" in problems(data)


def test_an_unknown_channel_is_refused() -> None:
    data = minimal()
    data["channel"] = "myspace"
    assert "channel: 'myspace' is not one of" in problems(data)


@pytest.mark.parametrize("value", ["25:00", "23:60", "noon", "23:40:00"])
def test_found_at_must_be_a_time_of_day(value: str) -> None:
    data = minimal()
    data["found_at"] = value
    assert "found_at: expected a local time" in problems(data)


def test_found_at_is_read_as_hours_and_minutes() -> None:
    data = minimal()
    data["found_at"] = "23:40"
    assert parse_scenario(data, "en").found_at == (23, 40)


@pytest.mark.parametrize(("rating", "message"), [(6, "stars go from 1 to 5"), (0, "at least 1")])
def test_a_rating_is_one_to_five_stars(rating: int, message: str) -> None:
    data = minimal()
    data["post"]["rating"] = rating
    assert message in problems(data)


def test_a_step_needs_two_choices() -> None:
    data = minimal()
    del data["steps"][1]["choices"][1]
    assert "steps.second: offer at least two choices" in problems(data)


def test_every_problem_is_listed_at_once() -> None:
    data = minimal()
    data["channel"] = "myspace"
    data["post"]["rating"] = 6
    message = problems(data)
    assert message.startswith("mini.toml: ")
    assert "channel" in message and "stars" in message


def test_the_file_name_must_be_the_id(tmp_path: Path) -> None:
    source = resource("drills", "en", "angry-google-review.toml")
    shutil.copy(source, tmp_path / "angry-google-review.toml")
    assert load_scenario(tmp_path / "angry-google-review.toml", "en").id == "angry-google-review"
    shutil.copy(source, tmp_path / "renamed.toml")
    with pytest.raises(ScenarioError, match="differs from the file name"):
        load_scenario(tmp_path / "renamed.toml", "en")


def test_a_broken_file_names_itself(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('id = "broken"\ntitle = \n', encoding="utf-8")
    with pytest.raises(ScenarioError, match="broken.toml"):
        load_scenario(path, "en")


# --------------------------------------------------------------------------- the languages
def test_a_different_shape_between_languages_is_reported() -> None:
    english = parse_scenario(minimal(), "en")
    finnish_data = minimal()
    choice(finnish_data, 0, 1)["verdict"] = "fair"
    finnish = parse_scenario(finnish_data, "fi")
    assert mismatches({"en": [english], "fi": [finnish]}) == [
        "mini: ids, actions or verdicts differ between languages"
    ]


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["steps"][1].update(after_hours=5),
        lambda d: d.update(found_after_minutes=30),
        lambda d: choice(d, 1, 0).update(fair_amount=40),
        lambda d: choice(d, 1, 1).pop("lesson"),
        lambda d: d["good_reply"]["points"].append("One more point."),
    ],
)
def test_any_difference_but_the_words_is_a_mismatch(change: Any) -> None:
    english = parse_scenario(minimal(), "en")
    finnish_data = minimal()
    change(finnish_data)
    finnish = parse_scenario(finnish_data, "fi")
    assert len(mismatches({"en": [english], "fi": [finnish]})) == 1


def test_only_the_words_may_differ() -> None:
    english = parse_scenario(minimal(), "en")
    finnish_data = minimal()
    finnish_data["title"] = "Yksi tähti"
    finnish_data["post"]["customer_name"] = "Aino Aho"
    choice(finnish_data, 0, 0)["label"] = "Soita Ainolle"
    finnish = parse_scenario(finnish_data, "fi")
    assert mismatches({"en": [english], "fi": [finnish]}) == []


def test_a_scenario_missing_in_one_language_is_reported() -> None:
    english = parse_scenario(minimal(), "en")
    assert mismatches({"en": [english], "fi": []}) == ["mini: missing in fi"]
