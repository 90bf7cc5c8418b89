"""A drill as it runs: the scenario's clock, the posted reply, and the choices made.

The drill keeps scenario time: the owner "finds" the post at the scenario's local time
(or now), it was posted ``found_after_minutes`` earlier, and every real second of the drill
is a second of scenario time, so the reply clock runs against the plan's own target with the
same waking-hours rules as a real incident. Pure state, no Qt and no database: a drill never
touches real incident data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta, tzinfo

from planner.core.clocks import ClockStatus, WakingHours, clock_status
from planner.core.drill_scenario import (
    CONTACT_ACTIONS,
    END,
    Choice,
    Ending,
    Scenario,
    Step,
    contact_method,
)
from planner.core.enums import ContactMethod, ContactOutcome
from planner.core.ladder import DEFAULT_LADDER, AttemptRecord, Rung

DEFAULT_FOUND_AT = (10, 0)  # a scenario without a time of day happens on a working morning


@dataclass(frozen=True)
class DrillPlan:
    """What the owner's plan says, as far as a drill needs it."""

    reply_target_minutes: int | None  # for the scenario's severity; None: the plan sets none
    waking: WakingHours | None  # None when the target counts every hour
    rungs: tuple[Rung, ...] = DEFAULT_LADDER
    compensation_limit: int | None = None  # the largest value the plan allows, whole units
    currency: str = "EUR"
    parting_rule: str = ""


@dataclass(frozen=True)
class MadeChoice:
    step_id: str
    choice_id: str
    amount: int | None  # for a compensation that asked how much
    at: datetime  # scenario time


@dataclass
class Drill:
    scenario: Scenario
    plan: DrillPlan
    started_at: datetime  # real time, UTC
    zone: tzinfo  # the owner's zone, for the scenario's local time of day
    reply_text: str = ""
    reply_language: str = ""
    replied_at: datetime | None = None  # real time
    made: list[MadeChoice] = field(default_factory=list)
    current_step: str | None = None  # None before the reply, and after the end
    ending: Ending | None = None

    @property
    def found_at(self) -> datetime:
        """The scenario moment the owner sees the post: the scenario's time of day, or a
        working morning, today. Not the real hour: an evening drill would otherwise run into
        the night, where the waking-hours clock stands still."""
        local_day = self.started_at.astimezone(self.zone).date()
        hour, minute = self.scenario.found_at or DEFAULT_FOUND_AT
        return datetime.combine(local_day, time(hour, minute), self.zone).astimezone(UTC)

    @property
    def posted_at(self) -> datetime:
        return self.found_at - timedelta(minutes=self.scenario.found_after_minutes)

    def scenario_time(self, real: datetime) -> datetime:
        return self.found_at + (real - self.started_at)

    def reply_clock(self, now: datetime) -> ClockStatus:
        done = self.scenario_time(self.replied_at) if self.replied_at else None
        return clock_status(
            self.posted_at,
            self.plan.reply_target_minutes,
            done,
            self.scenario_time(now),
            self.plan.waking,
        )

    @property
    def replied(self) -> bool:
        return self.replied_at is not None

    @property
    def finished(self) -> bool:
        return self.ending is not None

    def post_reply(self, text: str, language: str, now: datetime) -> None:
        if self.replied:
            raise RuntimeError("the public reply is already posted")
        if not text.strip():
            raise ValueError("an empty reply cannot be posted")
        self.reply_text = text.strip()
        self.reply_language = language
        self.replied_at = now
        self.current_step = self.scenario.start

    def step(self) -> Step | None:
        return self.scenario.step(self.current_step) if self.current_step else None

    def _step_time(self, step: Step) -> datetime:
        """Scenario time of a choice at ``step``: its ``after_hours`` after the previous
        choice, or after the reply for the first step."""
        assert self.replied_at is not None
        previous = self.made[-1].at if self.made else self.scenario_time(self.replied_at)
        return previous + timedelta(hours=step.after_hours)

    def choose(self, choice_id: str, amount: int | None = None) -> Choice:
        """Take a choice at the current step; the scenario moves on (or ends)."""
        step = self.step()
        if step is None:
            raise RuntimeError("no step to choose at")
        choice = next((c for c in step.choices if c.id == choice_id), None)
        if choice is None:
            raise KeyError(choice_id)
        if choice.ask_amount and (amount is None or amount <= 0):
            raise ValueError("this choice needs an amount")
        self.made.append(
            MadeChoice(
                step.id, choice.id, amount if choice.ask_amount else None, self._step_time(step)
            )
        )
        if choice.next == END:
            self.current_step = None
            self.ending = choice.ending
        else:
            self.current_step = choice.next
        return choice

    def path(self) -> list[tuple[MadeChoice, Step, Choice]]:
        """The choices made, with their steps, in order."""
        taken = []
        for made in self.made:
            step = self.scenario.step(made.step_id)
            choice = next(c for c in step.choices if c.id == made.choice_id)
            taken.append((made, step, choice))
        return taken

    def attempts(self, upto: int | None = None) -> list[AttemptRecord]:
        """The contact attempts among the first ``upto`` choices, as the ladder reads them
        (the public reply first)."""
        assert self.replied_at is not None
        records = [
            # Recorded as a real incident records it (services.replies.post_reply).
            AttemptRecord(
                ContactMethod.PUBLIC_REPLY,
                self.scenario_time(self.replied_at),
                ContactOutcome.LEFT_MESSAGE,
            )
        ]
        for made, _step, choice in self.path()[:upto]:
            method = contact_method(choice.action, self.scenario.channel)
            if choice.action in CONTACT_ACTIONS and method and choice.contact:
                records.append(AttemptRecord(method, made.at, choice.contact))
        return records
