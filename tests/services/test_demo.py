"""The example business, built through the services on SQLite and PostgreSQL: every state
an incident can be in, the blog-post fallback, the journal, lessons and drills, the same
every time, and never mixed into a database that holds data."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import col, select

from planner.core.enums import (
    ContactMethod,
    ContactOutcome,
    IncidentStatus,
    Language,
    TimelineKind,
)
from planner.core.models import Incident, PraiseEntry
from planner.services.blog_post import blog_draft, check_anonymity
from planner.services.demo import DemoRefusedError, build_demo, demo_summary
from planner.services.drills import list_runs
from planner.services.follow_ups import due_follow_ups
from planner.services.incident_list import list_incidents
from planner.services.incidents import IncidentInput, IncidentView, get_incident, log_incident
from planner.services.journal import search_praise
from planner.services.lessons import list_actions, promise_checks_due, reviews_due
from planner.services.plan import get_plan, init_plan
from planner.services.review_requests import ReviewStage, list_review_requests
from planner.storage.database import Database
from planner.storage.paths import AppPaths

NOW = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(minutes=5)


def _incidents(db: Database) -> list[IncidentView]:
    with db.session(write=False) as session:
        ids = session.exec(select(Incident.id).order_by(col(Incident.id))).all()
    return [get_incident(db, incident_id or 0) for incident_id in ids]


@pytest.mark.parametrize("language", [Language.FI, Language.EN])
def test_the_example_business_has_a_year_of_everything(db: Database, language: Language) -> None:
    summary = build_demo(db, language, now=NOW)

    assert summary.language == language
    assert summary.business == ("Leipomo Lämmin" if language == Language.FI else "Corner Cafe")
    # The summary counts what is there (late actions: counted from the business's today).
    assert replace(summary, actions_overdue=0) == replace(demo_summary(db), actions_overdue=0)
    assert summary.actions_overdue > 0
    assert 20 <= summary.incidents <= 30
    assert all(count > 0 for count in summary.statuses.values())  # every IncidentStatus
    assert set(summary.statuses) == set(IncidentStatus)
    assert 40 <= summary.contact_attempts <= 80
    assert 100 <= summary.timeline_events <= 200
    assert 70 <= summary.praise <= 90
    assert 8 <= summary.review_requests <= 12
    assert 4 <= summary.drills <= 6
    assert summary.listening_checks > 20

    incidents = _incidents(db)
    # Spread over the year before "now", never after it.
    assert min(i.detected_at for i in incidents) >= NOW - timedelta(days=366)
    assert max(i.detected_at for i in incidents) <= NOW
    assert len({i.channel for i in incidents}) >= 5
    assert len({i.severity for i in incidents}) == 3
    # Some first replies on time, some late (the list knows which are open and late).
    assert any(i.first_reply_at is None for i in incidents)
    assert list_incidents(db)

    # The blog-post fallback: two calls went unanswered, then the anonymous post went out.
    blog_cases = [
        i for i in incidents if any(a.method == ContactMethod.BLOG_POST for a in i.attempts)
    ]
    assert len(blog_cases) == 1
    case = blog_cases[0]
    unanswered = [
        a
        for a in case.attempts
        if a.method == ContactMethod.CALL and a.outcome == ContactOutcome.NO_ANSWER
    ]
    assert len(unanswered) >= 2
    assert case.status == IncidentStatus.CLOSED
    draft = blog_draft(db, case.id)
    assert not draft.blocked
    assert check_anonymity(db, case.id, draft.markdown) == []
    published = [e for e in case.timeline if e.kind == TimelineKind.BLOG_PUBLISHED]
    assert len(published) == 1
    assert check_anonymity(db, case.id, published[0].text) == []

    # The angry customer who became an advocate: praise linked to the incident.
    with db.session(write=False) as session:
        linked = session.exec(
            select(PraiseEntry.incident_id).where(col(PraiseEntry.incident_id).is_not(None))
        ).all()
    assert linked
    advocate = get_incident(db, linked[0] or 0)
    assert advocate.status == IncidentStatus.RESOLVED
    assert advocate.permission_to_name_at is not None
    assert any(tag for p in search_praise(db, limit=500) for tag in p.tags)

    # Lessons: done, open and overdue actions, a promise with checks.
    actions = list_actions(db, today=NOW.date())
    assert any(a.done_at is not None for a in actions)
    assert any(a.done_at is None and a.overdue for a in actions)
    assert any(a.done_at is None and not a.overdue for a in actions)
    assert any(a.is_promise and any(c.checked_at is not None for c in a.checks) for a in actions)
    assert any(a.drill_run_id is not None for a in actions)
    assert summary.reviews_completed >= 10
    assert reviews_due(db, NOW)  # some closed cases still wait for their review
    assert promise_checks_due(db, NOW)

    # Review requests in every stage; a follow-up due; drills with different scores.
    stages = {r.stage for r in list_review_requests(db)}
    assert stages == set(ReviewStage)
    assert due_follow_ups(db, NOW)
    scores = [run.score for run in list_runs(db)]
    assert len(set(scores)) >= 3
    plan = get_plan(db)
    assert plan is not None and plan.language == language


def test_two_builds_are_the_same(db: Database, tmp_path: Path) -> None:
    other = Database.open(AppPaths.resolve(tmp_path / "other"))
    try:
        build_demo(db, Language.EN, now=NOW)
        build_demo(other, Language.EN, now=NOW)

        def shape(database: Database) -> list[object]:
            return [
                (i.title, i.status, i.detected_at, i.first_reply_at, i.resolved_at, len(i.timeline))
                for i in _incidents(database)
            ] + [(p.text, p.received_on, p.tags) for p in search_praise(database, limit=500)]

        assert shape(db) == shape(other)
        assert [r.score for r in list_runs(db)] == [r.score for r in list_runs(other)]
    finally:
        other.close()


def test_a_database_with_data_is_refused_and_left_unchanged(db: Database) -> None:
    init_plan(db, language=Language.EN, business="My Shop", owner="Me")
    log_incident(db, IncidentInput(text="Not happy."))
    before = demo_summary(db)

    with pytest.raises(DemoRefusedError) as refused:
        build_demo(db, Language.FI)

    assert refused.value.exit_code == 7
    assert "empty" in refused.value.message
    assert demo_summary(db) == before
    plan = get_plan(db)
    assert plan is not None and plan.title and before.business == "My Shop"
