"""Lessons learned: the review after an incident closes, the actions it turns into, and the
follow-up checks on promises made to customers in public ("did we keep it, did it recur?").

A review is due a few days after its incident closes (the plan's review window). Completing
it needs the two judgements reports are built on: was the complaint justified, and what was
the root cause; both are copied onto the incident."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlmodel import Session, col, select

from planner.core.clock import utcnow
from planner.core.enums import Justified, PlanSection, RootCause
from planner.core.errors import NotFoundError, ValidationError
from planner.core.i18n import arg, translate
from planner.core.models import (
    ActionItem,
    DrillRun,
    Incident,
    LessonReview,
    PromiseCheck,
    ResponsePlan,
)
from planner.services.changes import Area, Outcome, changed
from planner.services.incidents import CLOSED_STATUSES, checked_moment
from planner.storage.database import Database

MAX_TEXT = 20_000
MAX_ACTION_TEXT = 1000
MAX_OWNER = 200
DEFAULT_REVIEW_WINDOW_DAYS = 3
# A promise made in public is checked a month and a quarter later.
PROMISE_CHECK_DAYS = (30, 90)
TEXT_FIELDS = (
    "about_customers",
    "about_ways_of_working",
    "about_customer_service",
    "about_my_reaction",
    "about_compensation",
    "went_well",
    "to_change",
)


# -- data ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class ReviewInput:
    justified: Justified | None = None
    root_cause: RootCause | None = None
    about_customers: str = ""
    about_ways_of_working: str = ""
    about_customer_service: str = ""
    about_my_reaction: str = ""
    about_compensation: str = ""
    went_well: str = ""
    to_change: str = ""


@dataclass(frozen=True)
class CheckView:
    id: int
    action_id: int
    action_text: str
    incident_id: int | None
    after_days: int
    due_at: datetime
    checked_at: datetime | None
    kept: bool | None
    recurred: bool | None
    notes: str


@dataclass(frozen=True)
class ActionInput:
    text: str
    owner: str = ""
    due_on: date | None = None  # a local date
    plan_section: PlanSection | None = None  # the part of the plan this action changes
    is_promise: bool = False  # promised to the customer in public: gets follow-up checks


@dataclass(frozen=True)
class ActionView:
    id: int
    review_id: int | None
    incident_id: int | None
    incident_title: str
    text: str
    owner: str
    due_on: date | None
    done_at: datetime | None
    plan_section: PlanSection | None
    is_promise: bool
    checks: list[CheckView]
    overdue: bool  # not done and due_on before today
    drill_run_id: int | None = None  # taken from a practice drill

    def as_input(self) -> ActionInput:
        """The same action as input again (to restore it after an undo of a delete)."""
        return ActionInput(self.text, self.owner, self.due_on, self.plan_section, self.is_promise)


@dataclass(frozen=True)
class ReviewView:
    id: int
    incident_id: int
    incident_title: str
    justified: Justified | None
    root_cause: RootCause | None
    about_customers: str
    about_ways_of_working: str
    about_customer_service: str
    about_my_reaction: str
    about_compensation: str
    went_well: str
    to_change: str
    due_at: datetime | None
    completed_at: datetime | None
    actions: list[ActionView]

    def as_input(self) -> ReviewInput:
        return ReviewInput(
            justified=self.justified,
            root_cause=self.root_cause,
            about_customers=self.about_customers,
            about_ways_of_working=self.about_ways_of_working,
            about_customer_service=self.about_customer_service,
            about_my_reaction=self.about_my_reaction,
            about_compensation=self.about_compensation,
            went_well=self.went_well,
            to_change=self.to_change,
        )


@dataclass(frozen=True)
class DueReview:
    incident_id: int
    title: str
    closed_at: datetime
    due_at: datetime
    overdue: bool
    review_id: int | None  # None until the review is opened


@dataclass(frozen=True)
class Attention:
    # Closed incidents whose review is not completed and whose due time has come or is
    # within the window.
    reviews_due: int
    actions_overdue: int
    checks_due: int


# -- helpers ------------------------------------------------------------------------------
def _window(session: Session) -> timedelta:
    plan = session.exec(select(ResponsePlan).order_by(col(ResponsePlan.id))).first()
    return timedelta(days=plan.review_window_days if plan else DEFAULT_REVIEW_WINDOW_DAYS)


def _incident(session: Session, incident_id: int) -> Incident:
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise NotFoundError(
            arg(translate("LessonsService", "There is no incident %1."), incident_id)
        )
    return incident


def _review(session: Session, review_id: int) -> LessonReview:
    review = session.get(LessonReview, review_id)
    if review is None:
        raise NotFoundError(translate("LessonsService", "This review no longer exists."))
    return review


def _action(session: Session, action_id: int) -> ActionItem:
    action = session.get(ActionItem, action_id)
    if action is None:
        raise NotFoundError(translate("LessonsService", "This action no longer exists."))
    return action


def _validate_review(data: ReviewInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    for name in TEXT_FIELDS:
        if len(getattr(data, name)) > MAX_TEXT:
            errors[name] = translate(
                "LessonsService", "The text is too long (20,000 characters at most)."
            )
    return errors


def _required_for_completion(data: ReviewInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    if data.justified is None:
        errors["justified"] = translate(
            "LessonsService", "Say whether the complaint was justified."
        )
    if data.root_cause is None:
        errors["root_cause"] = translate("LessonsService", "Choose where it went wrong.")
    return errors


def _fill_review(review: LessonReview, data: ReviewInput) -> None:
    review.justified = data.justified
    review.root_cause = data.root_cause
    for name in TEXT_FIELDS:
        setattr(review, name, getattr(data, name).strip())
    review.updated_at = utcnow()


def _copy_to_incident(session: Session, review: LessonReview) -> None:
    incident = _incident(session, review.incident_id)
    incident.justified = review.justified
    incident.root_cause = review.root_cause
    incident.updated_at = utcnow()


def _validate_action(data: ActionInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    text = data.text.strip()
    if not text:
        errors["text"] = translate("LessonsService", "Say what will change.")
    elif len(text) > MAX_ACTION_TEXT:
        errors["text"] = translate(
            "LessonsService", "The text is too long (1,000 characters at most)."
        )
    if len(data.owner.strip()) > MAX_OWNER:
        errors["owner"] = translate(
            "LessonsService", "The name is too long (200 characters at most)."
        )
    return errors


def _add_checks(session: Session, action_id: int, start: datetime) -> None:
    for days in PROMISE_CHECK_DAYS:
        session.add(
            PromiseCheck(action_id=action_id, after_days=days, due_at=start + timedelta(days=days))
        )


def _checks_of(session: Session, action_ids: Sequence[int]) -> dict[int, list[PromiseCheck]]:
    checks: dict[int, list[PromiseCheck]] = {}
    if action_ids:
        for check in session.exec(
            select(PromiseCheck)
            .where(col(PromiseCheck.action_id).in_(action_ids))
            .order_by(col(PromiseCheck.due_at), col(PromiseCheck.id))
        ):
            checks.setdefault(check.action_id, []).append(check)
    return checks


def _check_view(check: PromiseCheck, action_text: str, incident_id: int | None) -> CheckView:
    assert check.id is not None
    return CheckView(
        id=check.id,
        action_id=check.action_id,
        action_text=action_text,
        incident_id=incident_id,
        after_days=check.after_days,
        due_at=check.due_at,
        checked_at=check.checked_at,
        kept=check.kept,
        recurred=check.recurred,
        notes=check.notes,
    )


def _action_views(session: Session, actions: Sequence[ActionItem], today: date) -> list[ActionView]:
    ids = [a.id for a in actions if a.id is not None]
    checks = _checks_of(session, ids)
    review_ids = {a.review_id for a in actions if a.review_id is not None}
    incidents: dict[int, tuple[int | None, str]] = {}  # review id -> (incident id, title)
    if review_ids:
        for review_id, of_incident, title in session.exec(
            select(LessonReview.id, LessonReview.incident_id, Incident.title)
            .join(Incident, col(Incident.id) == col(LessonReview.incident_id))
            .where(col(LessonReview.id).in_(review_ids))
        ):
            assert review_id is not None
            incidents[review_id] = (of_incident, title)
    views: list[ActionView] = []
    for action in actions:
        assert action.id is not None
        incident_id, title = (
            incidents.get(action.review_id, (None, "")) if action.review_id else (None, "")
        )
        views.append(
            ActionView(
                id=action.id,
                review_id=action.review_id,
                incident_id=incident_id,
                incident_title=title,
                text=action.text,
                owner=action.owner,
                due_on=action.due_on,
                done_at=action.done_at,
                plan_section=action.plan_section,
                is_promise=action.is_promise,
                checks=[
                    _check_view(c, action.text, incident_id) for c in checks.get(action.id, [])
                ],
                overdue=_is_overdue(action, today),
                drill_run_id=action.drill_run_id,
            )
        )
    return views


def _is_overdue(action: ActionItem, today: date) -> bool:
    return action.done_at is None and action.due_on is not None and action.due_on < today


# -- reviews ------------------------------------------------------------------------------
def open_review(db: Database, incident_id: int, now: datetime | None = None) -> Outcome[int]:
    """The incident's review, created when there is none yet; returns its id.

    It is due the plan's review window (3 days without a plan) after the incident closed,
    or after ``now`` while the incident is still open. Opening an unfinished review again
    moves its due time along when the incident has been closed since."""
    moment = now or utcnow()
    with db.session(write=True) as session:
        incident = _incident(session, incident_id)
        window = _window(session)
        review = session.exec(
            select(LessonReview).where(LessonReview.incident_id == incident_id)
        ).first()
        if review is not None:
            assert review.id is not None
            if review.completed_at is None and incident.resolved_at is not None:
                due = incident.resolved_at + window
                if review.due_at != due:
                    review.due_at = due
                    return changed(review.id, Area.REVIEW)
            return Outcome(review.id)
        review = LessonReview(
            incident_id=incident_id, due_at=(incident.resolved_at or moment) + window
        )
        session.add(review)
        session.flush()
        assert review.id is not None
        return changed(review.id, Area.REVIEW)


def get_review(db: Database, incident_id: int) -> ReviewView | None:
    """The review of an incident, or None when it has not been opened."""
    with db.session(write=False) as session:
        review = session.exec(
            select(LessonReview).where(LessonReview.incident_id == incident_id)
        ).first()
        if review is None:
            return None
        assert review.id is not None
        incident = _incident(session, incident_id)
        actions = session.exec(
            select(ActionItem).where(ActionItem.review_id == review.id).order_by(col(ActionItem.id))
        ).all()
        return ReviewView(
            id=review.id,
            incident_id=incident_id,
            incident_title=incident.title,
            justified=review.justified,
            root_cause=review.root_cause,
            about_customers=review.about_customers,
            about_ways_of_working=review.about_ways_of_working,
            about_customer_service=review.about_customer_service,
            about_my_reaction=review.about_my_reaction,
            about_compensation=review.about_compensation,
            went_well=review.went_well,
            to_change=review.to_change,
            due_at=review.due_at,
            completed_at=review.completed_at,
            actions=_action_views(session, actions, date.today()),
        )


def save_review(db: Database, review_id: int, data: ReviewInput) -> Outcome[None]:
    """Save a draft: nothing is required. A completed review stays complete, so it keeps
    needing both judgements, and its incident is kept in step."""
    ValidationError.check(_validate_review(data))
    with db.session(write=True) as session:
        review = _review(session, review_id)
        if review.completed_at is None:
            _fill_review(review, data)
            return changed(None, Area.REVIEW)
        ValidationError.check(_required_for_completion(data))
        _fill_review(review, data)
        _copy_to_incident(session, review)
    return changed(None, Area.REVIEW, Area.INCIDENTS)


def complete_review(
    db: Database, review_id: int, data: ReviewInput, at: datetime | None = None
) -> Outcome[None]:
    """Save and mark done; needs whether it was justified and the root cause (both are
    reported at once, and nothing is saved without them). Both are copied onto the
    incident for the reports."""
    moment = checked_moment(at)
    ValidationError.check(_validate_review(data) | _required_for_completion(data))
    with db.session(write=True) as session:
        review = _review(session, review_id)
        _fill_review(review, data)
        if review.completed_at is None:
            review.completed_at = moment
        _copy_to_incident(session, review)
    return changed(None, Area.REVIEW, Area.INCIDENTS)


def reviews_due(db: Database, now: datetime | None = None) -> list[DueReview]:
    """Closed incidents without a completed review, the longest closed first."""
    moment = now or utcnow()
    with db.session(write=False) as session:
        window = _window(session)
        rows = session.exec(
            select(Incident.id, Incident.title, Incident.resolved_at, LessonReview.id)
            .outerjoin(LessonReview, col(LessonReview.incident_id) == col(Incident.id))
            .where(
                col(Incident.status).in_(CLOSED_STATUSES),
                col(Incident.resolved_at).is_not(None),
                col(LessonReview.completed_at).is_(None),
            )
            .order_by(col(Incident.resolved_at), col(Incident.id))
        ).all()
    due: list[DueReview] = []
    for incident_id, title, closed_at, review_id in rows:
        assert incident_id is not None and closed_at is not None
        due_at = closed_at + window
        due.append(DueReview(incident_id, title, closed_at, due_at, due_at < moment, review_id))
    return due


# -- actions ------------------------------------------------------------------------------
def add_action(
    db: Database,
    review_id: int | None,
    data: ActionInput,
    now: datetime | None = None,
    *,
    drill_run_id: int | None = None,
) -> Outcome[int]:
    """Turn a lesson into an action (of a review, of a practice drill, or on its own);
    returns its id. A public promise gets its follow-up checks, 30 and 90 days on."""
    moment = now or utcnow()
    ValidationError.check(_validate_action(data))
    with db.session(write=True) as session:
        if review_id is not None:
            _review(session, review_id)
        if drill_run_id is not None and session.get(DrillRun, drill_run_id) is None:
            raise NotFoundError(translate("LessonsService", "This drill no longer exists."))
        action = ActionItem(
            review_id=review_id,
            drill_run_id=drill_run_id,
            text=data.text.strip(),
            owner=data.owner.strip(),
            due_on=data.due_on,
            plan_section=data.plan_section,
            is_promise=data.is_promise,
            created_at=moment,
        )
        session.add(action)
        session.flush()
        assert action.id is not None
        if data.is_promise:
            _add_checks(session, action.id, moment)
        return changed(action.id, Area.REVIEW)


def update_action(
    db: Database, action_id: int, data: ActionInput, now: datetime | None = None
) -> Outcome[None]:
    """Edit an action. Making it a promise adds the checks (counted from now) unless it has
    some; making it no promise removes the checks not yet done."""
    moment = now or utcnow()
    ValidationError.check(_validate_action(data))
    with db.session(write=True) as session:
        action = _action(session, action_id)
        action.text = data.text.strip()
        action.owner = data.owner.strip()
        action.due_on = data.due_on
        action.plan_section = data.plan_section
        action.is_promise = data.is_promise
        existing = session.exec(
            select(PromiseCheck).where(PromiseCheck.action_id == action_id)
        ).all()
        if data.is_promise and not existing:
            _add_checks(session, action_id, moment)
        elif not data.is_promise:
            for check in existing:
                if check.checked_at is None:
                    session.delete(check)
    return changed(None, Area.REVIEW)


def complete_action(
    db: Database, action_id: int, done: bool = True, at: datetime | None = None
) -> Outcome[PlanSection | None]:
    """Tick an action done (or not done again); returns the plan section it changes, so
    the plan can be opened there."""
    moment = checked_moment(at)
    with db.session(write=True) as session:
        action = _action(session, action_id)
        section = action.plan_section
        if done == (action.done_at is not None):
            return Outcome(section)
        action.done_at = moment if done else None
    return changed(section, Area.REVIEW)


def delete_action(db: Database, action_id: int) -> Outcome[ActionView]:
    """Delete with its checks; returns what was deleted so that undo can put it back."""
    with db.session(write=True) as session:
        action = _action(session, action_id)
        view = _action_views(session, [action], date.today())[0]
        session.delete(action)
    return changed(view, Area.REVIEW)


def list_actions(
    db: Database, *, open_only: bool = False, today: date | None = None
) -> list[ActionView]:
    """Open actions first (overdue first, then by due date, undated last), then the done
    ones, most recently done first."""
    day = today or date.today()
    statement = select(ActionItem)
    if open_only:
        statement = statement.where(col(ActionItem.done_at).is_(None))
    with db.session(write=False) as session:
        views = _action_views(session, session.exec(statement).all(), day)
    open_ = sorted(
        (v for v in views if v.done_at is None),
        key=lambda v: (not v.overdue, v.due_on is None, v.due_on or date.max, v.id),
    )
    done = sorted(
        (v for v in views if v.done_at is not None),
        key=lambda v: (v.done_at or datetime.min.replace(tzinfo=UTC), v.id),
        reverse=True,
    )
    return open_ + done


# -- promise checks -----------------------------------------------------------------------
def promise_checks_due(db: Database, now: datetime | None = None) -> list[CheckView]:
    """Checks on public promises whose time has come and not yet done, oldest first."""
    moment = now or utcnow()
    with db.session(write=False) as session:
        rows = session.exec(
            select(PromiseCheck, ActionItem.text, LessonReview.incident_id)
            .join(ActionItem, col(ActionItem.id) == col(PromiseCheck.action_id))
            .outerjoin(LessonReview, col(LessonReview.id) == col(ActionItem.review_id))
            .where(col(PromiseCheck.checked_at).is_(None), col(PromiseCheck.due_at) <= moment)
            .order_by(col(PromiseCheck.due_at), col(PromiseCheck.id))
        ).all()
        return [_check_view(check, text, incident_id) for check, text, incident_id in rows]


def record_promise_check(
    db: Database,
    check_id: int,
    kept: bool,
    recurred: bool,
    notes: str = "",
    at: datetime | None = None,
) -> Outcome[None]:
    """Was the promise kept, and did the problem come back?"""
    moment = checked_moment(at)
    if len(notes) > MAX_TEXT:
        raise ValidationError(
            translate("LessonsService", "The notes are too long (20,000 characters at most)."),
            "notes",
        )
    with db.session(write=True) as session:
        check = session.get(PromiseCheck, check_id)
        if check is None:
            raise NotFoundError(translate("LessonsService", "This check no longer exists."))
        check.checked_at = moment
        check.kept = kept
        check.recurred = recurred
        check.notes = notes.strip()
    return changed(None, Area.REVIEW)


# -- the start page -----------------------------------------------------------------------
def attention(db: Database, now: datetime | None = None, today: date | None = None) -> Attention:
    """How many reviews, actions and promise checks want the owner's attention."""
    moment = now or utcnow()
    day = today or date.today()
    with db.session(write=False) as session:
        overdue = session.exec(
            select(ActionItem.id).where(
                col(ActionItem.done_at).is_(None),
                col(ActionItem.due_on).is_not(None),
                col(ActionItem.due_on) < day,
            )
        ).all()
    # The window opens when the incident closes: from then on its review is within the
    # window (or overdue once it has passed).
    reviews = sum(1 for r in reviews_due(db, moment) if r.closed_at <= moment)
    return Attention(
        reviews_due=reviews,
        actions_overdue=len(overdue),
        checks_due=len(promise_checks_due(db, moment)),
    )
