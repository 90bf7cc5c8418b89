"""Review requests: happy customers asked to leave stars or a few words where others read
them, to balance the public picture. Each request goes from "not asked yet" to "asked,
waiting for the review" (with perhaps one reminder) to "done" when the review appears;
the message to send is the plan's review-request template filled for the customer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlmodel import Session, col, select

from planner.core.channels import is_web_address
from planner.core.contact_rules import is_valid_email, is_valid_phone
from planner.core.enums import Channel, TemplateKind
from planner.core.errors import NotFoundError, ValidationError
from planner.core.i18n import translate
from planner.core.labels import label
from planner.core.models import (
    BusinessProfile,
    PraiseEntry,
    ReplyTemplate,
    ResponsePlan,
    ReviewRequest,
)
from planner.core.placeholders import fill
from planner.services.changes import Area, Outcome, changed
from planner.services.incidents import checked_moment
from planner.storage.database import Database

MAX_NAME = 200
MAX_CONTACT = 300
MAX_NOTES = 10_000


class ReviewStage(StrEnum):
    NOT_ASKED = "not-asked"
    WAITING = "waiting"  # asked, the review has not appeared yet
    DONE = "done"  # the review appeared


@dataclass(frozen=True)
class ReviewRequestInput:
    customer_name: str
    contact: str = ""  # an e-mail address, a phone number or a web address
    channel: Channel = Channel.GOOGLE  # where the review is hoped for
    notes: str = ""
    praise_id: int | None = None


@dataclass(frozen=True)
class ReviewRequestView:
    id: int
    customer_name: str
    contact: str
    channel: Channel
    notes: str
    praise_id: int | None
    asked_at: datetime | None
    reminded_at: datetime | None
    review_appeared_at: datetime | None
    created_at: datetime
    message: str  # the plan's review-request template filled for this customer
    unfilled: tuple[tuple[int, int], ...]  # spans in ``message`` of placeholders left as is

    @property
    def stage(self) -> ReviewStage:
        if self.review_appeared_at is not None:
            return ReviewStage.DONE
        if self.asked_at is not None:
            return ReviewStage.WAITING
        return ReviewStage.NOT_ASKED

    def as_input(self) -> ReviewRequestInput:
        """The same request as input again (to restore it after an undo of a delete)."""
        return ReviewRequestInput(
            self.customer_name, self.contact, self.channel, self.notes, self.praise_id
        )


@dataclass(frozen=True)
class ReviewTally:
    asked: int  # requests sent
    reminded: int  # of which a reminder was sent
    appeared: int  # reviews that appeared
    waiting: int  # asked, no review yet
    not_asked: int  # not asked yet (and no review)


# -- validation -----------------------------------------------------------------------------
def validate_review_request(data: ReviewRequestInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    name = data.customer_name.strip()
    if not name:
        errors["customer_name"] = translate("ReviewRequests", "Enter the customer's name.")
    elif len(name) > MAX_NAME:
        errors["customer_name"] = translate(
            "ReviewRequests", "The name is too long (200 characters at most)."
        )
    contact = data.contact.strip()
    if len(contact) > MAX_CONTACT:
        errors["contact"] = translate(
            "ReviewRequests", "The contact is too long (300 characters at most)."
        )
    elif contact and not (
        is_valid_email(contact) or is_valid_phone(contact) or is_web_address(contact)
    ):
        errors["contact"] = translate(
            "ReviewRequests",
            "Enter an e-mail address, a phone number or a web address, or leave this empty.",
        )
    if len(data.notes) > MAX_NOTES:
        errors["notes"] = translate(
            "ReviewRequests", "The notes are too long (10,000 characters at most)."
        )
    return errors


def _check_praise(session: Session, praise_id: int | None) -> None:
    if praise_id is not None and session.get(PraiseEntry, praise_id) is None:
        raise NotFoundError(translate("ReviewRequests", "This journal entry no longer exists."))


def _apply(row: ReviewRequest, data: ReviewRequestInput) -> None:
    row.customer_name = data.customer_name.strip()
    row.contact = data.contact.strip()
    row.channel = data.channel
    row.notes = data.notes.strip()
    row.praise_id = data.praise_id


def _row(session: Session, request_id: int) -> ReviewRequest:
    row = session.get(ReviewRequest, request_id)
    if row is None:
        raise NotFoundError(translate("ReviewRequests", "This review request no longer exists."))
    return row


# -- changing -------------------------------------------------------------------------------
def add_review_request(db: Database, data: ReviewRequestInput) -> Outcome[int]:
    """Add a customer to ask; returns the request's id. Nothing is saved when a field is wrong."""
    ValidationError.check(validate_review_request(data))
    with db.session(write=True) as session:
        _check_praise(session, data.praise_id)
        row = ReviewRequest(customer_name="")
        _apply(row, data)
        session.add(row)
        session.flush()
        assert row.id is not None
        return changed(row.id, Area.JOURNAL)


def update_review_request(db: Database, request_id: int, data: ReviewRequestInput) -> Outcome[None]:
    """Change the customer's details; the asked/reminded/appeared times stay as they are."""
    ValidationError.check(validate_review_request(data))
    with db.session(write=True) as session:
        row = _row(session, request_id)
        _check_praise(session, data.praise_id)
        _apply(row, data)
        session.add(row)
    return changed(None, Area.JOURNAL)


def delete_review_request(db: Database, request_id: int) -> Outcome[ReviewRequestView]:
    """Delete; returns what was deleted so that undo can put it back."""
    with db.session(write=True) as session:
        row = _row(session, request_id)
        view = _view(row, *_message_parts(session))
        session.delete(row)
    return changed(view, Area.JOURNAL)


def request_from_praise(db: Database, praise_id: int) -> Outcome[int]:
    """A request to the customer who wrote a journal entry (their name and channel).
    Asking twice for one entry gives the request made already, unchanged."""
    with db.session(write=True) as session:
        praise = session.get(PraiseEntry, praise_id)
        if praise is None:
            raise NotFoundError(translate("ReviewRequests", "This journal entry no longer exists."))
        existing = session.exec(
            select(ReviewRequest)
            .where(ReviewRequest.praise_id == praise_id)
            .order_by(col(ReviewRequest.id))
        ).first()
        if existing is not None and existing.id is not None:
            return Outcome(existing.id)
        data = ReviewRequestInput(
            customer_name=praise.who, channel=praise.channel, praise_id=praise_id
        )
        if not data.customer_name.strip():
            raise ValidationError(
                translate(
                    "ReviewRequests",
                    "The entry does not say who wrote it. Add the name to the entry first.",
                ),
                "customer_name",
            )
        ValidationError.check(validate_review_request(data))
        row = ReviewRequest(customer_name="")
        _apply(row, data)
        session.add(row)
        session.flush()
        assert row.id is not None
        return changed(row.id, Area.JOURNAL)


def mark_asked(db: Database, request_id: int, at: datetime | None = None) -> Outcome[None]:
    """The customer was asked (now, or at ``at``); marking again corrects the time."""
    moment = checked_moment(at)
    with db.session(write=True) as session:
        row = _row(session, request_id)
        if row.reminded_at is not None and moment > row.reminded_at:
            raise ValidationError(
                translate("ReviewRequests", "The request cannot be later than the reminder."),
                "at",
            )
        row.asked_at = moment
        session.add(row)
    return changed(None, Area.JOURNAL)


def mark_reminded(db: Database, request_id: int, at: datetime | None = None) -> Outcome[None]:
    """A reminder was sent; only a customer who was asked can be reminded."""
    moment = checked_moment(at)
    with db.session(write=True) as session:
        row = _row(session, request_id)
        if row.asked_at is None:
            raise ValidationError(
                translate("ReviewRequests", "Ask for the review first; a reminder comes after."),
                "at",
            )
        if moment < row.asked_at:
            raise ValidationError(
                translate("ReviewRequests", "The reminder cannot be earlier than the request."),
                "at",
            )
        row.reminded_at = moment
        session.add(row)
    return changed(None, Area.JOURNAL)


def mark_review_appeared(
    db: Database, request_id: int, at: datetime | None = None
) -> Outcome[None]:
    """The review is out (asked or not: some customers write one on their own)."""
    moment = checked_moment(at)
    with db.session(write=True) as session:
        row = _row(session, request_id)
        row.review_appeared_at = moment
        session.add(row)
    return changed(None, Area.JOURNAL)


# -- reading --------------------------------------------------------------------------------
def _message_parts(session: Session) -> tuple[str | None, BusinessProfile | None]:
    """The plan's review-request template (in the plan's language when there are several
    languages) and the business profile, which fill every request's message."""
    profile = session.exec(select(BusinessProfile).order_by(col(BusinessProfile.id))).first()
    plan = session.exec(select(ResponsePlan).order_by(col(ResponsePlan.id))).first()
    if plan is None:
        return None, profile
    rows = session.exec(
        select(ReplyTemplate)
        .where(ReplyTemplate.plan_id == plan.id, ReplyTemplate.kind == TemplateKind.REVIEW_REQUEST)
        .order_by(col(ReplyTemplate.position), col(ReplyTemplate.id))
    ).all()
    preferred = [r for r in rows if r.language == plan.language] or list(rows)
    return (preferred[0].body if preferred else None), profile


def _view(
    row: ReviewRequest, template: str | None, profile: BusinessProfile | None
) -> ReviewRequestView:
    assert row.id is not None
    message = ""
    unfilled: tuple[tuple[int, int], ...] = ()
    if template is not None:
        owner_name = profile.owner_name if profile else ""
        filled = fill(
            template,
            {
                "customer_name": row.customer_name,
                "business_name": profile.name if profile else "",
                "owner_name": owner_name,
                "signature": profile.signature if profile and profile.signature else owner_name,
                "channel": translate("Labels", label(row.channel)),
            },
        )
        message, unfilled = filled.text, tuple(filled.unfilled)
    return ReviewRequestView(
        id=row.id,
        customer_name=row.customer_name,
        contact=row.contact,
        channel=row.channel,
        notes=row.notes,
        praise_id=row.praise_id,
        asked_at=row.asked_at,
        reminded_at=row.reminded_at,
        review_appeared_at=row.review_appeared_at,
        created_at=row.created_at,
        message=message,
        unfilled=unfilled,
    )


def get_review_request(db: Database, request_id: int) -> ReviewRequestView:
    with db.session(write=False) as session:
        return _view(_row(session, request_id), *_message_parts(session))


def _sort_key(view: ReviewRequestView) -> tuple[int, float, int]:
    """Not asked (oldest first), then waiting (asked longest ago first: due a reminder),
    then done (newest review first)."""
    if view.review_appeared_at is not None:
        return (2, -view.review_appeared_at.timestamp(), -view.id)
    if view.asked_at is not None:
        return (1, view.asked_at.timestamp(), view.id)
    return (0, view.created_at.timestamp(), view.id)


def list_review_requests(db: Database) -> list[ReviewRequestView]:
    with db.session(write=False) as session:
        template, profile = _message_parts(session)
        rows = session.exec(select(ReviewRequest)).all()
        return sorted((_view(row, template, profile) for row in rows), key=_sort_key)


def review_tally(db: Database) -> ReviewTally:
    with db.session(write=False) as session:
        rows = session.exec(
            select(
                ReviewRequest.asked_at, ReviewRequest.reminded_at, ReviewRequest.review_appeared_at
            )
        ).all()
    return ReviewTally(
        asked=sum(asked is not None for asked, _, _ in rows),
        reminded=sum(reminded is not None for _, reminded, _ in rows),
        appeared=sum(appeared is not None for _, _, appeared in rows),
        waiting=sum(asked is not None and appeared is None for asked, _, appeared in rows),
        not_asked=sum(asked is None and appeared is None for asked, _, appeared in rows),
    )
