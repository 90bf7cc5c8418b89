"""Lessons learned: reviews, actions and promise checks, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import col, select

from planner.core.clock import utcnow
from planner.core.enums import IncidentStatus, Justified, Language, PlanSection, RootCause
from planner.core.errors import NotFoundError, ValidationError
from planner.core.models import Incident, PromiseCheck
from planner.services.changes import Area
from planner.services.incidents import IncidentInput, change_status, log_incident
from planner.services.lessons import (
    ActionInput,
    ActionView,
    Attention,
    ReviewInput,
    add_action,
    attention,
    complete_action,
    complete_review,
    delete_action,
    get_review,
    list_actions,
    open_review,
    promise_checks_due,
    record_promise_check,
    reviews_due,
    save_review,
    update_action,
)
from planner.services.plan import init_plan, update_plan_settings
from planner.storage.database import Database

T0 = datetime(2024, 5, 6, 8, 0, tzinfo=UTC)
TODAY = date(2024, 5, 6)
COMPLAINT = "Tilasin täytekakun ristiäisiin ja se oli myöhässä tunnin. Ei näin!"


def _closed_incident(db: Database, closed_at: datetime, title: str = "") -> int:
    incident_id = log_incident(
        db, IncidentInput(text=COMPLAINT, title=title), now=closed_at - timedelta(days=1)
    ).value
    change_status(db, incident_id, IncidentStatus.RESOLVED, at=closed_at)
    return incident_id


def _judgements(db: Database, incident_id: int) -> tuple[Justified | None, RootCause | None]:
    """What the incident row itself says (the reports read it from there)."""
    with db.session(write=False) as session:
        row = session.get(Incident, incident_id)
        assert row is not None
        return row.justified, row.root_cause


def _check_rows(db: Database, action_id: int) -> list[tuple[int, datetime]]:
    """(id, due_at) of an action's promise checks, in the database."""
    with db.session(write=False) as session:
        return [
            (check.id or 0, check.due_at)
            for check in session.exec(
                select(PromiseCheck)
                .where(PromiseCheck.action_id == action_id)
                .order_by(col(PromiseCheck.due_at))
            )
        ]


FULL = ReviewInput(
    justified=Justified.PARTLY,
    root_cause=RootCause.UNCLEAR_OFFER,
    about_customers="Asiakkaat eivät lue myyntitekstiä loppuun.",
    about_ways_of_working="Toimitusajat kirjataan tilaukseen.",
    about_customer_service="Vastasin nopeasti.",
    about_my_reaction="Suutuin ensin, sitten soitin sparraajalle.",
    about_compensation="Hyvitin kakun hinnan.",
    went_well="Puhelu rauhoitti tilanteen.",
    to_change="Latauslinkin voimassaolo näkyviin.",
)


# -- reviews ------------------------------------------------------------------------------
def test_the_review_is_due_after_the_default_window_without_a_plan(db: Database) -> None:
    incident_id = _closed_incident(db, T0)
    outcome = open_review(db, incident_id, now=T0 + timedelta(hours=1))
    assert outcome.changes.touches(Area.REVIEW)
    review = get_review(db, incident_id)
    assert review is not None and review.id == outcome.value
    assert review.due_at == T0 + timedelta(days=3)
    assert review.completed_at is None
    assert review.justified is None and review.actions == []
    # Opening again gives the same review and changes nothing.
    again = open_review(db, incident_id, now=T0 + timedelta(days=1))
    assert again.value == outcome.value and not again.changes


def test_the_review_window_comes_from_the_plan(db: Database) -> None:
    init_plan(db, language=Language.FI, business="Leipomo Lämmin", owner="Aino")
    update_plan_settings(db, {"review_window_days": 7})
    incident_id = _closed_incident(db, T0)
    open_review(db, incident_id, now=T0)
    review = get_review(db, incident_id)
    assert review is not None and review.due_at == T0 + timedelta(days=7)
    assert reviews_due(db, now=T0)[0].due_at == T0 + timedelta(days=7)


def test_a_review_of_an_open_incident_is_due_from_now(db: Database) -> None:
    incident_id = log_incident(db, IncidentInput(text=COMPLAINT), now=T0).value
    open_review(db, incident_id, now=T0 + timedelta(hours=2))
    review = get_review(db, incident_id)
    assert review is not None and review.due_at == T0 + timedelta(days=3, hours=2)
    # Once the incident closes, opening the review again moves the due time along.
    change_status(db, incident_id, IncidentStatus.RESOLVED, at=T0 + timedelta(days=1))
    assert open_review(db, incident_id).changes.touches(Area.REVIEW)
    review = get_review(db, incident_id)
    assert review is not None and review.due_at == T0 + timedelta(days=4)


def test_missing_incidents_and_reviews(db: Database) -> None:
    assert get_review(db, 999_999) is None
    with pytest.raises(NotFoundError):
        open_review(db, 999_999)
    with pytest.raises(NotFoundError):
        save_review(db, 999_999, ReviewInput())
    with pytest.raises(NotFoundError):
        complete_review(db, 999_999, FULL, at=T0)


def test_a_draft_saves_without_required_fields(db: Database) -> None:
    incident_id = _closed_incident(db, T0, title="Myöhässä ollut kakku")
    review_id = open_review(db, incident_id, now=T0).value
    outcome = save_review(db, review_id, ReviewInput(about_customers="  Lukevat huonosti.  "))
    assert outcome.changes.touches(Area.REVIEW)
    review = get_review(db, incident_id)
    assert review is not None
    assert review.incident_title == "Myöhässä ollut kakku"
    assert review.about_customers == "Lukevat huonosti."
    assert review.completed_at is None
    save_review(db, review_id, FULL)
    review = get_review(db, incident_id)
    assert review is not None and review.as_input() == FULL
    assert _judgements(db, incident_id) == (None, None)  # only completion copies


def test_too_long_texts_are_refused_by_field(db: Database) -> None:
    review_id = open_review(db, _closed_incident(db, T0), now=T0).value
    with pytest.raises(ValidationError) as raised:
        save_review(
            db, review_id, ReviewInput(about_my_reaction="x" * 20_001, went_well="Hyvin meni")
        )
    assert raised.value.field == "about_my_reaction"
    save_review(db, review_id, ReviewInput(to_change="x" * 20_000))  # the limit itself is fine


def test_completing_needs_both_judgements_at_once_and_saves_nothing_without(
    db: Database,
) -> None:
    incident_id = _closed_incident(db, T0)
    review_id = open_review(db, incident_id, now=T0).value
    with pytest.raises(ValidationError) as raised:
        complete_review(db, review_id, ReviewInput(went_well="Soitto auttoi."), at=T0)
    assert set(raised.value.errors) == {"justified", "root_cause"}
    with pytest.raises(ValidationError) as raised:
        complete_review(db, review_id, ReviewInput(justified=Justified.NO), at=T0)
    assert set(raised.value.errors) == {"root_cause"}
    review = get_review(db, incident_id)
    assert review is not None
    assert (review.went_well, review.justified, review.completed_at) == ("", None, None)
    with pytest.raises(ValidationError) as raised:
        complete_review(db, review_id, FULL, at=utcnow() + timedelta(days=1))
    assert raised.value.field == "at"


def test_completing_copies_the_judgements_onto_the_incident(db: Database) -> None:
    incident_id = _closed_incident(db, T0)
    review_id = open_review(db, incident_id, now=T0).value
    done_at = T0 + timedelta(days=1)
    outcome = complete_review(db, review_id, FULL, at=done_at)
    assert outcome.changes.touches(Area.REVIEW) and outcome.changes.touches(Area.INCIDENTS)
    review = get_review(db, incident_id)
    assert review is not None and review.completed_at == done_at
    assert review.as_input() == FULL
    assert _judgements(db, incident_id) == (Justified.PARTLY, RootCause.UNCLEAR_OFFER)
    # Editing a completed review keeps the incident in step, and keeps it complete.
    changed = ReviewInput(justified=Justified.NO, root_cause=RootCause.CUSTOMER_LIFE)
    assert save_review(db, review_id, changed).changes.touches(Area.INCIDENTS)
    assert _judgements(db, incident_id) == (Justified.NO, RootCause.CUSTOMER_LIFE)
    with pytest.raises(ValidationError):
        save_review(db, review_id, ReviewInput(justified=Justified.NO))
    review = get_review(db, incident_id)
    assert review is not None and review.completed_at == done_at


def test_reviews_due_oldest_first_until_completed(db: Database) -> None:
    older = _closed_incident(db, T0 - timedelta(days=10), title="Vanha")
    newer = _closed_incident(db, T0 - timedelta(days=1), title="Uusi")
    log_incident(db, IncidentInput(text="Vielä auki"), now=T0)  # open: no review due
    review_id = open_review(db, newer, now=T0).value
    due = reviews_due(db, now=T0)
    assert [d.incident_id for d in due] == [older, newer]
    assert [d.title for d in due] == ["Vanha", "Uusi"]
    assert due[0].closed_at == T0 - timedelta(days=10)
    assert due[0].due_at == T0 - timedelta(days=7)
    assert [d.overdue for d in due] == [True, False]
    assert [d.review_id for d in due] == [None, review_id]
    complete_review(db, review_id, FULL, at=T0)
    assert [d.incident_id for d in reviews_due(db, now=T0)] == [older]


# -- actions ------------------------------------------------------------------------------
def test_actions_belong_to_a_review_or_stand_alone(db: Database) -> None:
    incident_id = _closed_incident(db, T0, title="Kakku")
    review_id = open_review(db, incident_id, now=T0).value
    outcome = add_action(
        db,
        review_id,
        ActionInput(
            " Selkeytä myyntiteksti ",
            owner=" Aino ",
            due_on=TODAY + timedelta(days=7),
            plan_section=PlanSection.TEMPLATES,
        ),
        now=T0,
    )
    assert outcome.changes.touches(Area.REVIEW)
    alone = add_action(db, None, ActionInput("Harjoittele vastaamista"), now=T0).value
    review = get_review(db, incident_id)
    assert review is not None
    [action] = review.actions
    assert action.id == outcome.value
    assert (action.text, action.owner, action.incident_id, action.incident_title) == (
        "Selkeytä myyntiteksti",
        "Aino",
        incident_id,
        "Kakku",
    )
    assert action.plan_section == PlanSection.TEMPLATES
    assert not action.is_promise and action.checks == []
    [standalone] = [a for a in list_actions(db, today=TODAY) if a.id == alone]
    assert (standalone.review_id, standalone.incident_id, standalone.incident_title) == (
        None,
        None,
        "",
    )
    with pytest.raises(NotFoundError):
        add_action(db, 999_999, ActionInput("x"), now=T0)


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (ActionInput("   "), "text"),
        (ActionInput("x" * 1001), "text"),
        (ActionInput("Selkeytä", owner="x" * 201), "owner"),
    ],
)
def test_bad_actions_are_refused_and_nothing_is_saved(
    db: Database, data: ActionInput, field: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        add_action(db, None, data, now=T0)
    assert field in raised.value.errors
    assert list_actions(db, today=TODAY) == []
    action_id = add_action(db, None, ActionInput("Alkuperäinen"), now=T0).value
    with pytest.raises(ValidationError) as raised:
        update_action(db, action_id, data, now=T0)
    assert field in raised.value.errors
    assert [a.text for a in list_actions(db, today=TODAY)] == ["Alkuperäinen"]


def test_a_promise_is_checked_after_30_and_90_days(db: Database) -> None:
    action_id = add_action(
        db, None, ActionInput("Toimitan ajallaan", is_promise=True), now=T0
    ).value
    [view] = list_actions(db, today=TODAY)
    assert [(c.after_days, c.due_at) for c in view.checks] == [
        (30, T0 + timedelta(days=30)),
        (90, T0 + timedelta(days=90)),
    ]
    assert all(c.action_id == action_id and c.checked_at is None for c in view.checks)
    assert all(c.action_text == "Toimitan ajallaan" for c in view.checks)


def test_toggling_a_promise_adds_and_removes_unchecked_checks(db: Database) -> None:
    action_id = add_action(db, None, ActionInput("Toimitan ajallaan"), now=T0).value
    assert _check_rows(db, action_id) == []
    later = T0 + timedelta(days=5)
    assert update_action(
        db, action_id, ActionInput("Toimitan ajallaan", is_promise=True), now=later
    ).changes.touches(Area.REVIEW)
    assert [due_at for _, due_at in _check_rows(db, action_id)] == [
        later + timedelta(days=30),
        later + timedelta(days=90),
    ]
    # Saving it again as a promise does not add more.
    update_action(db, action_id, ActionInput("Toimitan aina ajallaan", is_promise=True), now=T0)
    assert len(_check_rows(db, action_id)) == 2
    first_id = _check_rows(db, action_id)[0][0]
    record_promise_check(db, first_id, kept=True, recurred=False, at=T0 + timedelta(days=40))
    update_action(db, action_id, ActionInput("Toimitan aina ajallaan"), now=T0)
    # The check already done stays as a record; the one to come is gone.
    assert [check_id for check_id, _ in _check_rows(db, action_id)] == [first_id]
    [view] = list_actions(db, today=TODAY)
    assert not view.is_promise and view.text == "Toimitan aina ajallaan"
    # Turning it on again finds a check and adds none.
    update_action(db, action_id, ActionInput("Toimitan aina ajallaan", is_promise=True), now=T0)
    assert len(_check_rows(db, action_id)) == 1
    with pytest.raises(NotFoundError):
        update_action(db, 999_999, ActionInput("x"), now=T0)


def test_completing_a_linked_action_returns_its_plan_section(db: Database) -> None:
    linked = add_action(
        db, None, ActionInput("Lisää pohja", plan_section=PlanSection.TEMPLATES), now=T0
    ).value
    plain = add_action(db, None, ActionInput("Soita tukkurille"), now=T0).value
    done_at = T0 + timedelta(hours=3)
    outcome = complete_action(db, linked, at=done_at)
    assert outcome.value == PlanSection.TEMPLATES
    assert outcome.changes.touches(Area.REVIEW)
    assert complete_action(db, plain, at=done_at).value is None
    done = {a.id: a.done_at for a in list_actions(db, today=TODAY)}
    assert done == {linked: done_at, plain: done_at}
    # Not done after all.
    assert complete_action(db, linked, done=False).changes.touches(Area.REVIEW)
    assert list_actions(db, open_only=True, today=TODAY)[0].id == linked
    with pytest.raises(ValidationError):
        complete_action(db, plain, done=False, at=utcnow() + timedelta(days=1))
    with pytest.raises(NotFoundError):
        complete_action(db, 999_999, at=T0)


def test_actions_list_open_then_done_with_overdue_flags(db: Database) -> None:
    def add(text: str, due_on: date | None) -> int:
        return add_action(db, None, ActionInput(text, due_on=due_on), now=T0).value

    undated = add("Ei päivää", None)
    later = add("Ensi viikolla", TODAY + timedelta(days=7))
    overdue_new = add("Myöhässä vähän", TODAY - timedelta(days=1))
    due_today = add("Tänään", TODAY)
    overdue_old = add("Myöhässä paljon", TODAY - timedelta(days=5))
    done_first = add("Tehty ensin", TODAY - timedelta(days=10))
    done_last = add("Tehty viimeksi", None)
    complete_action(db, done_first, at=T0 - timedelta(days=2))
    complete_action(db, done_last, at=T0 - timedelta(days=1))

    views = list_actions(db, today=TODAY)
    assert [v.id for v in views] == [
        overdue_old,
        overdue_new,
        due_today,
        later,
        undated,
        done_last,
        done_first,
    ]
    flags = {v.id: v.overdue for v in views}
    assert [k for k, v in flags.items() if v] == [overdue_old, overdue_new]  # done: not overdue
    assert [v.id for v in list_actions(db, open_only=True, today=TODAY)] == [
        overdue_old,
        overdue_new,
        due_today,
        later,
        undated,
    ]
    # A day later, what was due today is overdue too.
    assert [v.id for v in list_actions(db, today=TODAY + timedelta(days=1)) if v.overdue] == [
        overdue_old,
        overdue_new,
        due_today,
    ]


def test_deleting_returns_the_view_for_undo(db: Database) -> None:
    incident_id = _closed_incident(db, T0, title="Kakku")
    review_id = open_review(db, incident_id, now=T0).value
    data = ActionInput(
        "Lupaus: ei enää myöhästymisiä",
        owner="Aino",
        due_on=TODAY,
        plan_section=PlanSection.PRINCIPLES,
        is_promise=True,
    )
    action_id = add_action(db, review_id, data, now=T0).value
    outcome = delete_action(db, action_id)
    assert outcome.changes.touches(Area.REVIEW)
    deleted = outcome.value
    assert isinstance(deleted, ActionView)
    assert (deleted.id, deleted.review_id, deleted.incident_id) == (
        action_id,
        review_id,
        incident_id,
    )
    assert deleted.as_input() == data
    assert [c.after_days for c in deleted.checks] == [30, 90]
    assert list_actions(db, today=TODAY) == []
    assert _check_rows(db, action_id) == []  # the checks went with it
    with pytest.raises(NotFoundError):
        delete_action(db, action_id)


# -- promise checks -----------------------------------------------------------------------
def test_recorded_checks_leave_the_due_list(db: Database) -> None:
    incident_id = _closed_incident(db, T0 - timedelta(days=100))
    review_id = open_review(db, incident_id, now=T0).value
    start = T0 - timedelta(days=95)
    first = add_action(
        db, review_id, ActionInput("Toimitan ajallaan", is_promise=True), now=start
    ).value
    second = add_action(
        db, None, ActionInput("Vastaan päivässä", is_promise=True), now=start + timedelta(days=10)
    ).value
    assert promise_checks_due(db, now=start + timedelta(days=29)) == []
    due = promise_checks_due(db, now=T0)
    # Both 30-day checks, then the first 90-day one; the second's 90 days are not up yet.
    assert [(c.action_id, c.after_days) for c in due] == [(first, 30), (second, 30), (first, 90)]
    assert [c.incident_id for c in due] == [incident_id, None, incident_id]
    assert due[0].action_text == "Toimitan ajallaan"

    checked_at = T0 - timedelta(hours=1)
    outcome = record_promise_check(
        db, due[0].id, kept=True, recurred=False, notes=" Pidetty. ", at=checked_at
    )
    assert outcome.changes.touches(Area.REVIEW)
    assert [c.id for c in promise_checks_due(db, now=T0)] == [due[1].id, due[2].id]
    [view] = [a for a in list_actions(db, today=TODAY) if a.id == first]
    recorded = view.checks[0]
    assert (recorded.checked_at, recorded.kept, recorded.recurred, recorded.notes) == (
        checked_at,
        True,
        False,
        "Pidetty.",
    )
    with pytest.raises(ValidationError) as raised:
        record_promise_check(db, due[1].id, kept=False, recurred=True, notes="x" * 20_001)
    assert raised.value.field == "notes"
    with pytest.raises(ValidationError):
        record_promise_check(
            db, due[1].id, kept=False, recurred=True, at=utcnow() + timedelta(days=1)
        )
    assert len(promise_checks_due(db, now=T0)) == 2  # nothing was recorded
    with pytest.raises(NotFoundError):
        record_promise_check(db, 999_999, kept=True, recurred=False, at=T0)


# -- attention ----------------------------------------------------------------------------
def test_attention_counts_what_needs_doing(db: Database) -> None:
    assert attention(db, now=T0, today=TODAY) == Attention(0, 0, 0)
    overdue_review = _closed_incident(db, T0 - timedelta(days=10))
    _closed_incident(db, T0 - timedelta(days=1))  # within the window
    done = _closed_incident(db, T0 - timedelta(days=20))
    complete_review(db, open_review(db, done, now=T0).value, FULL, at=T0)
    _closed_incident(db, T0 + timedelta(days=1))  # closes after "now": not yet counted
    log_incident(db, IncidentInput(text="Vielä auki"), now=T0)

    add_action(db, None, ActionInput("Myöhässä", due_on=TODAY - timedelta(days=1)), now=T0)
    add_action(db, None, ActionInput("Tänään", due_on=TODAY), now=T0)
    finished = add_action(
        db, None, ActionInput("Tehty", due_on=TODAY - timedelta(days=3)), now=T0
    ).value
    complete_action(db, finished, at=T0)
    add_action(
        db,
        None,
        ActionInput("Lupaus", is_promise=True),
        now=T0 - timedelta(days=31),
    )

    assert attention(db, now=T0, today=TODAY) == Attention(
        reviews_due=2, actions_overdue=1, checks_due=1
    )
    review_id = open_review(db, overdue_review, now=T0).value
    complete_review(db, review_id, FULL, at=T0)
    assert attention(db, now=T0, today=TODAY).reviews_due == 1
