"""Clocks against the plan's targets in the owner's waking hours, and the ladder."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from planner.core.clocks import ClockState
from planner.core.enums import ContactMethod, ContactOutcome, Language, Severity
from planner.services.incident_clocks import incident_clocks
from planner.services.incidents import IncidentInput, log_incident, record_contact, record_reply
from planner.services.plan import init_plan
from planner.services.profile import get_profile, save_profile
from planner.storage.database import Database

HKI = ZoneInfo("Europe/Helsinki")


def local(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=HKI)


def _plan(db: Database) -> None:
    init_plan(
        db,
        language=Language.FI,
        business="Leipomo Lämmin",
        owner="Aino",
        waking_hours=(7 * 60, 22 * 60),
    )
    profile = get_profile(db)
    assert profile is not None
    save_profile(db, replace(profile, timezone="Europe/Helsinki"))


def test_a_late_evening_complaint_is_due_next_morning(db: Database) -> None:
    _plan(db)
    incident_id = log_incident(
        db,
        IncidentInput(text="Töykeä myyjä!", severity=Severity.HIGH, posted_at=local(10, 21, 30)),
        now=local(10, 21, 40),
    ).value
    evening = incident_clocks(db, incident_id, now=local(10, 21, 50))
    assert evening.first_reply.state == ClockState.RUNNING
    assert evening.first_reply.elapsed_minutes == 20  # from publishing, not from logging
    assert evening.first_reply.deadline == local(11, 7, 30)  # 30 min tonight, 30 tomorrow
    assert evening.detection_minutes == 10
    morning = incident_clocks(db, incident_id, now=local(11, 7, 20))
    assert morning.first_reply.state == ClockState.NEAR  # 50 of 60 waking minutes gone
    late = incident_clocks(db, incident_id, now=local(11, 8, 0))
    assert late.first_reply.state == ClockState.OVERDUE
    record_reply(db, incident_id, "Hei, olen pahoillani…", at=local(11, 7, 15))
    done = incident_clocks(db, incident_id, now=local(11, 9, 0))
    assert done.first_reply.state == ClockState.MET
    assert done.first_contact.state == ClockState.RUNNING  # 8 h for a personal contact


def test_without_a_plan_the_clocks_run_without_targets(db: Database) -> None:
    incident_id = log_incident(db, IncidentInput(text="Huono arvostelu"), now=local(3, 12)).value
    clocks = incident_clocks(db, incident_id, now=local(3, 13))
    assert clocks.first_reply.state == ClockState.NO_TARGET
    assert clocks.first_reply.elapsed_minutes == 60
    assert clocks.detection_minutes is None  # posting time unknown


def test_two_unanswered_calls_propose_the_blog_post(db: Database) -> None:
    _plan(db)
    incident_id = log_incident(
        db, IncidentInput(text="Ette vastaa koskaan!"), now=local(2, 9)
    ).value
    record_reply(db, incident_id, "Hei, pahoittelen…", at=local(2, 9, 30))
    clocks = incident_clocks(db, incident_id, now=local(2, 9, 40))
    assert clocks.next_rung is not None and clocks.next_rung.method == ContactMethod.CALL
    assert not clocks.fallback_proposed
    for hour in (10, 15):
        record_contact(
            db, incident_id, ContactMethod.CALL, ContactOutcome.NO_ANSWER, at=local(2, hour)
        )
    clocks = incident_clocks(db, incident_id, now=local(2, 16))
    assert clocks.fallback_proposed
    assert clocks.first_contact.state == ClockState.MET  # the first call was in time


def test_a_refusal_goes_to_the_fallback_and_reaching_stops_the_ladder(db: Database) -> None:
    _plan(db)
    refused = log_incident(db, IncidentInput(text="En halua puhua"), now=local(4, 9)).value
    record_contact(db, refused, ContactMethod.CALL, ContactOutcome.DECLINED, at=local(4, 10))
    state = incident_clocks(db, refused, now=local(4, 11))
    assert state.ladder.fallback_due and state.fallback_proposed
    reached = log_incident(db, IncidentInput(text="Kakku oli kuiva"), now=local(5, 9)).value
    record_contact(
        db,
        reached,
        ContactMethod.CALL,
        ContactOutcome.REACHED_GOOD,
        at=local(5, 9) + timedelta(minutes=20),
    )
    state = incident_clocks(db, reached, now=local(5, 10))
    assert state.ladder.reached and not state.fallback_proposed
