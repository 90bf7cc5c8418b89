"""Practice scenarios: a public post, and what happens next as the owner chooses.

A scenario is a small graph. The owner first writes the public reply; then each *step*
tells what is going on and offers *choices* (call, visit, compensate, blog post, part ways…).
Each choice says what happens (``result``), how the practice judges it (``verdict`` and
``why``), and leads to another step or to the end. The files live in
``resources/drills/<language>/<id>.toml``; the same scenario exists in every language with
the same ids, actions and verdicts, so only the words differ. Pure data and checks: the
scoring lives in :mod:`planner.core.drill_scoring`.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Final, TypeVar

from planner.core.enums import Channel, ContactMethod, ContactOutcome, Severity

END: Final = "end"
E = TypeVar("E", bound=StrEnum)


class Situation(StrEnum):
    """The situations the practice prepares for (DOMAIN.md); every one has a scenario."""

    ANGRY_REVIEW = "angry-review"
    NAMES_OWNER = "names-owner"
    FORUM_THREAD = "forum-thread"
    JUSTIFIED_DELAY = "justified-delay"
    UNFOUNDED = "unfounded"
    THREATENS_EXPOSURE = "threatens-exposure"
    WANTS_FREE_THINGS = "wants-free-things"
    AT_NIGHT = "at-night"
    WILL_NOT_ANSWER = "will-not-answer"
    BECOMES_ADVOCATE = "becomes-advocate"
    OTHER = "other"


class Action(StrEnum):
    """What a choice does, so the plan's own rules can be checked against it."""

    CALL = "call"
    VISIT = "visit"
    MESSAGE = "message"  # e-mail or a direct message
    REPLY_AGAIN = "reply-again"  # another public reply in the thread
    COMPENSATE = "compensate"
    BLOG_POST = "blog-post"
    PART_WAYS = "part-ways"
    WAIT = "wait"
    DEFEND = "defend"  # argue back in public
    DELETE = "delete"  # delete the comment or one's own reply
    OTHER = "other"


class Verdict(StrEnum):
    GOOD = "good"
    FAIR = "fair"
    POOR = "poor"


class Ending(StrEnum):
    """How the story ends, shown with the score."""

    RESOLVED = "resolved"
    ADVOCATE = "advocate"  # the angry customer now speaks well of the business
    PARTED = "parted"  # refunded and parted politely
    UNRESOLVED = "unresolved"
    WORSE = "worse"  # the fire spread


# Contact actions are recorded as attempts on the plan's ladder.
CONTACT_ACTIONS: Final = frozenset({Action.CALL, Action.VISIT, Action.MESSAGE})


@dataclass(frozen=True)
class ReplyCheck:
    """Something a good public reply in this scenario says: any of ``stems`` begins a word
    of the reply (case-insensitive); ``missing`` tells the owner what was left out."""

    stems: tuple[str, ...]
    missing: str


@dataclass(frozen=True)
class Choice:
    id: str
    action: Action
    label: str
    verdict: Verdict
    why: str  # the practice's reason for the verdict, shown at the end
    result: str  # what happens after the choice, as the scenario tells it
    next: str  # a step id, or END
    contact: ContactOutcome | None = None  # for call/visit/message: how the attempt went
    ending: Ending | None = None  # when next is END
    lesson: str = ""  # an action item the owner may take from having chosen this
    ask_amount: bool = False  # compensate: ask how much (in the plan's currency)
    fair_amount: int | None = None  # compensate: a fair amount for this case, whole units


@dataclass(frozen=True)
class Step:
    id: str
    text: str  # what is happening now
    choices: tuple[Choice, ...]
    after_hours: float = 1.0  # scenario time since the previous step (for the ladder's windows)


@dataclass(frozen=True)
class Post:
    author: str  # as shown on the channel
    customer_name: str  # fills {customer_name}; the name check looks for it
    topic: str  # fills {topic}
    text: str
    rating: int | None = None  # stars, on review sites
    thread_title: str = ""  # on forums


@dataclass(frozen=True)
class Scenario:
    id: str
    language: str
    situation: Situation
    title: str
    summary: str
    channel: Channel
    severity: Severity
    found_after_minutes: int  # how long the post stood before the owner saw it
    found_at: tuple[int, int] | None  # local (hour, minute) the owner sees it; None: morning
    post: Post
    good_reply: tuple[str, ...]  # what a good public reply contains
    example_reply: str
    reply_checks: tuple[ReplyCheck, ...]
    start: str  # the first step after the public reply
    steps: tuple[Step, ...]

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)

    def shape(self) -> object:
        """Everything but the words: equal across the languages of one scenario."""
        return (
            self.id,
            self.situation,
            self.channel,
            self.severity,
            self.found_after_minutes,
            self.found_at,
            self.post.rating,
            len(self.good_reply),
            len(self.reply_checks),
            self.start,
            tuple(
                (
                    s.id,
                    s.after_hours,
                    tuple(
                        (
                            c.id,
                            c.action,
                            c.verdict,
                            c.next,
                            c.contact,
                            c.ending,
                            bool(c.lesson),
                            c.ask_amount,
                            c.fair_amount,
                        )
                        for c in s.choices
                    ),
                )
                for s in self.steps
            ),
        )


def contact_method(action: Action, channel: Channel) -> ContactMethod | None:
    """The ladder rung a contact action is: a message goes as a DM on social media."""
    if action is Action.CALL:
        return ContactMethod.CALL
    if action is Action.VISIT:
        return ContactMethod.VISIT
    if action is Action.MESSAGE:
        social = {Channel.FACEBOOK, Channel.INSTAGRAM, Channel.X}
        return ContactMethod.DM if channel in social else ContactMethod.EMAIL
    if action is Action.BLOG_POST:
        return ContactMethod.BLOG_POST
    return None


class ScenarioError(ValueError):
    """A scenario file that cannot be used; the message lists every problem found."""


class _Reader:
    """Reads one parsed TOML table, collecting problems instead of stopping at the first."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems

    def text(self, table: Mapping[str, Any], key: str, where: str, *, required: bool = True) -> str:
        value = table.get(key, "")
        if not isinstance(value, str):
            self.problems.append(f"{where}.{key}: expected text")
            return ""
        if required and not value.strip():
            self.problems.append(f"{where}.{key}: missing or empty")
        return value.strip()

    def enum(self, kind: type[E], table: Mapping[str, Any], key: str, where: str) -> E | None:
        value = table.get(key)
        if value is None:
            return None
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(m.value for m in kind)
            self.problems.append(f"{where}.{key}: {value!r} is not one of {allowed}")
            return None

    def number(
        self, table: Mapping[str, Any], key: str, where: str, default: float | None, low: float
    ) -> float | None:
        value = table.get(key, default)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or value < low:
            self.problems.append(f"{where}.{key}: expected a number of at least {low}")
            return default
        return value

    def tables(self, table: Mapping[str, Any], key: str, where: str) -> list[Mapping[str, Any]]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.problems.append(f"{where}.{key}: expected a list of tables")
            return []
        return value


def _choice(read: _Reader, raw: Mapping[str, Any], where: str) -> Choice:
    action = read.enum(Action, raw, "action", where)
    verdict = read.enum(Verdict, raw, "verdict", where)
    if action is None:
        read.problems.append(f"{where}.action: missing")
    if verdict is None:
        read.problems.append(f"{where}.verdict: missing")
    next_step = read.text(raw, "next", where)
    contact = read.enum(ContactOutcome, raw, "contact", where)
    ending = read.enum(Ending, raw, "ending", where)
    ask_amount = bool(raw.get("ask_amount", False))
    fair = read.number(raw, "fair_amount", where, None, 1)
    if action in CONTACT_ACTIONS and contact is None:
        read.problems.append(f"{where}.contact: a {action} needs the attempt's outcome")
    if action not in CONTACT_ACTIONS and contact is not None:
        read.problems.append(f"{where}.contact: only calls, visits and messages have one")
    if next_step == END and ending is None:
        read.problems.append(f"{where}.ending: a choice that ends the drill needs an ending")
    if next_step != END and ending is not None:
        read.problems.append(f"{where}.ending: only a choice that ends the drill has one")
    if (ask_amount or fair is not None) and action is not Action.COMPENSATE:
        read.problems.append(f"{where}: only a compensate choice asks for an amount")
    return Choice(
        id=read.text(raw, "id", where),
        action=action or Action.OTHER,
        label=read.text(raw, "label", where),
        verdict=verdict or Verdict.FAIR,
        why=read.text(raw, "why", where),
        result=read.text(raw, "result", where),
        next=next_step,
        contact=contact,
        ending=ending,
        lesson=read.text(raw, "lesson", where, required=False),
        ask_amount=ask_amount,
        fair_amount=int(fair) if fair is not None else None,
    )


def _found_at(read: _Reader, raw: Mapping[str, Any]) -> tuple[int, int] | None:
    value = raw.get("found_at")
    if value is None:
        return None
    try:
        hours, minutes = (int(part) for part in str(value).split(":"))
        if 0 <= hours < 24 and 0 <= minutes < 60:
            return hours, minutes
    except ValueError:
        pass
    read.problems.append(f"found_at: expected a local time such as 23:40, got {value!r}")
    return None


def _check_graph(scenario: Scenario, problems: list[str]) -> None:
    """Every choice leads to a step that exists or to the end; every step can be reached;
    no path loops; and there is a way through on good choices only."""
    ids = [s.id for s in scenario.steps]
    if len(set(ids)) != len(ids):
        problems.append("steps: step ids must be unique")
    known = set(ids)
    if scenario.start not in known:
        problems.append(f"start: no step {scenario.start!r}")
        return
    for step in scenario.steps:
        if len(step.choices) < 2:
            problems.append(f"steps.{step.id}: offer at least two choices")
        choice_ids = [c.id for c in step.choices]
        if len(set(choice_ids)) != len(choice_ids):
            problems.append(f"steps.{step.id}: choice ids must be unique")
        for choice in step.choices:
            if choice.next != END and choice.next not in known:
                problems.append(f"steps.{step.id}.{choice.id}.next: no step {choice.next!r}")
    if any(p.startswith("steps.") and ".next:" in p for p in problems):
        return
    reached: set[str] = set()
    on_path: set[str] = set()

    def visit(step_id: str) -> bool:
        """Walk on; True when a path of good choices reaches the end from here."""
        if step_id in on_path:
            problems.append(f"steps.{step_id}: a path comes back here (a loop)")
            return False
        on_path.add(step_id)
        reached.add(step_id)
        good_way = False
        for choice in scenario.step(step_id).choices:
            further = choice.next == END or visit(choice.next)
            good_way = good_way or (choice.verdict is Verdict.GOOD and further)
        on_path.discard(step_id)
        return good_way

    if not visit(scenario.start):
        problems.append("steps: no path of good choices reaches the end")
    for step_id in ids:
        if step_id not in reached:
            problems.append(f"steps.{step_id}: no choice leads here")


def parse_scenario(data: Mapping[str, Any], language: str, source: str = "") -> Scenario:
    """Build and check a scenario from a parsed TOML document; raise :class:`ScenarioError`
    listing every problem, prefixed with ``source`` (the file)."""
    problems: list[str] = []
    read = _Reader(problems)
    post_raw = data.get("post", {})
    if not isinstance(post_raw, dict):
        problems.append("post: expected a table")
        post_raw = {}
    reply_raw = data.get("good_reply", {})
    if not isinstance(reply_raw, dict):
        problems.append("good_reply: expected a table")
        reply_raw = {}
    rating = read.number(post_raw, "rating", "post", None, 1)
    if rating is not None and rating > 5:
        problems.append("post.rating: stars go from 1 to 5")
    points = reply_raw.get("points", [])
    if not isinstance(points, list) or not points or not all(isinstance(p, str) for p in points):
        problems.append("good_reply.points: list what a good reply contains")
        points = []
    checks = []
    for i, raw in enumerate(read.tables(reply_raw, "checks", "good_reply")):
        stems = raw.get("stems", [])
        if not isinstance(stems, list) or not stems or not all(isinstance(s, str) for s in stems):
            problems.append(f"good_reply.checks[{i}].stems: list the word beginnings")
            stems = []
        missing = read.text(raw, "missing", f"good_reply.checks[{i}]")
        checks.append(ReplyCheck(tuple(s.strip().casefold() for s in stems), missing))
    steps = []
    for i, raw in enumerate(read.tables(data, "steps", "")):
        where = f"steps[{i}]"
        choices = tuple(
            _choice(read, choice, f"{where}.choices[{j}]")
            for j, choice in enumerate(read.tables(raw, "choices", where))
        )
        after = read.number(raw, "after_hours", where, 1.0, 0)
        steps.append(
            Step(read.text(raw, "id", where), read.text(raw, "text", where), choices, after or 0)
        )
    found_after = read.number(data, "found_after_minutes", "", 0, 0)
    situation = read.enum(Situation, data, "situation", "")
    channel = read.enum(Channel, data, "channel", "")
    severity = read.enum(Severity, data, "severity", "")
    for key, value in (("situation", situation), ("channel", channel), ("severity", severity)):
        if value is None and key not in data:
            problems.append(f"{key}: missing")
    scenario = Scenario(
        id=read.text(data, "id", ""),
        language=language,
        situation=situation or Situation.OTHER,
        title=read.text(data, "title", ""),
        summary=read.text(data, "summary", ""),
        channel=channel or Channel.OTHER,
        severity=severity or Severity.MEDIUM,
        found_after_minutes=int(found_after or 0),
        found_at=_found_at(read, data),
        post=Post(
            author=read.text(post_raw, "author", "post"),
            customer_name=read.text(post_raw, "customer_name", "post"),
            topic=read.text(post_raw, "topic", "post"),
            text=read.text(post_raw, "text", "post"),
            rating=int(rating) if rating is not None else None,
            thread_title=read.text(post_raw, "thread_title", "post", required=False),
        ),
        good_reply=tuple(p.strip() for p in points),
        example_reply=read.text(reply_raw, "example", "good_reply"),
        reply_checks=tuple(checks),
        start=read.text(data, "start", ""),
        steps=tuple(steps),
    )
    if scenario.steps:
        _check_graph(scenario, problems)
    else:
        problems.append("steps: a scenario needs at least one step")
    if problems:
        prefix = f"{source}: " if source else ""
        raise ScenarioError(prefix + "; ".join(problems))
    return scenario


def load_scenario(path: Path, language: str) -> Scenario:
    """Read one scenario file; its name (without .toml) must be its id."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ScenarioError(f"{path}: {exc}") from exc
    scenario = parse_scenario(data, language, str(path))
    if scenario.id != path.stem:
        raise ScenarioError(f"{path}: the id {scenario.id!r} differs from the file name")
    return scenario


def load_folder(folder: Path, language: str) -> list[Scenario]:
    """Every scenario in ``folder`` (one language), ordered by file name."""
    return [load_scenario(p, language) for p in sorted(folder.glob("*.toml"))]


def mismatches(by_language: Mapping[str, Sequence[Scenario]]) -> list[str]:
    """Where the languages disagree: a scenario missing in one, or a different shape."""
    problems: list[str] = []
    shapes = {lang: {s.id: s.shape() for s in items} for lang, items in by_language.items()}
    all_ids = set().union(*(set(s) for s in shapes.values())) if shapes else set()
    for scenario_id in sorted(all_ids):
        present = {lang: s.get(scenario_id) for lang, s in shapes.items()}
        missing = sorted(lang for lang, shape in present.items() if shape is None)
        if missing:
            problems.append(f"{scenario_id}: missing in {', '.join(missing)}")
        elif len({repr(shape) for shape in present.values()}) > 1:
            problems.append(f"{scenario_id}: ids, actions or verdicts differ between languages")
    return problems
