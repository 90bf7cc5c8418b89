"""Incidents: logging a public complaint and recording everything done about it.

Every change also writes the incident's timeline, so the record of what was done (and
when) builds itself: creation, status changes, replies, contact attempts, notes."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from planner.core.channels import guess_channel, is_web_address
from planner.core.clock import ensure_utc, utcnow
from planner.core.contact_rules import is_valid_email, is_valid_phone
from planner.core.enums import (
    Channel,
    ContactMethod,
    ContactOutcome,
    IncidentStatus,
    Severity,
    TimelineKind,
)
from planner.core.errors import NotFoundError, ValidationError
from planner.core.i18n import arg, translate
from planner.core.models import ContactAttempt, Incident, TimelineEvent
from planner.services.changes import Area, Outcome, changed
from planner.storage.database import Database

MAX_TEXT = 20_000
# A clock a minute or two ahead of ours is not "the future".
_CLOCK_SLACK = timedelta(minutes=2)
PERSONAL_METHODS = (ContactMethod.CALL, ContactMethod.VISIT, ContactMethod.EMAIL, ContactMethod.DM)
REACHED = (ContactOutcome.REACHED_GOOD, ContactOutcome.REACHED_BAD, ContactOutcome.RESOLVED)
OPEN_STATUSES = (IncidentStatus.NEW, IncidentStatus.ACKNOWLEDGED, IncidentStatus.IN_CONTACT)
CLOSED_STATUSES = (IncidentStatus.RESOLVED, IncidentStatus.PARTED_WAYS, IncidentStatus.CLOSED)


@dataclass(frozen=True)
class IncidentInput:
    text: str
    url: str = ""
    author: str = ""
    channel: Channel | None = None  # guessed from the link when not given
    severity: Severity | None = None  # from the channel when not given
    posted_at: datetime | None = None
    detected_at: datetime | None = None  # now when not given
    title: str = ""
    customer_name: str = ""
    customer_email: str = ""
    customer_phone: str = ""


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    kind: TimelineKind
    text: str
    data: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class AttemptView:
    id: int
    method: ContactMethod
    at: datetime
    outcome: ContactOutcome
    notes: str
    next_follow_up_at: datetime | None


@dataclass(frozen=True)
class IncidentView:
    id: int
    title: str
    channel: Channel
    url: str
    author: str
    customer_name: str
    customer_email: str
    customer_phone: str
    customer_profile_url: str
    original_text: str
    severity: Severity
    status: IncidentStatus
    posted_at: datetime | None
    detected_at: datetime
    first_reply_at: datetime | None
    first_contact_at: datetime | None
    resolved_at: datetime | None
    permission_to_name_at: datetime | None
    permission_to_name_how: str
    timeline: list[TimelineEntry]
    attempts: list[AttemptView]

    @property
    def clock_start(self) -> datetime:
        """Clocks run from publication (what the public sees), else from detection."""
        return self.posted_at or self.detected_at


def default_severity(channel: Channel) -> Severity:
    """Where it was written says how public and how heated it tends to be."""
    if channel in (Channel.GOOGLE, Channel.TRIPADVISOR):
        return Severity.MEDIUM  # a review: answered within the day
    if channel == Channel.EMAIL:
        return Severity.LOW  # not public
    if channel == Channel.OTHER:
        return Severity.MEDIUM
    return Severity.HIGH  # social media, forums, the web: in public, spreading


def _title_from(text: str) -> str:
    first = " ".join(text.split())
    return first if len(first) <= 80 else first[:79].rstrip() + "…"


def validate_incident(data: IncidentInput, now: datetime) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not data.text.strip():
        errors["text"] = translate("IncidentService", "Paste the text of the comment.")
    elif len(data.text) > MAX_TEXT:
        errors["text"] = translate(
            "IncidentService", "The text is too long (20,000 characters at most)."
        )
    if data.url.strip() and not is_web_address(data.url.strip()):
        errors["url"] = translate(
            "IncidentService", "This is not a web address (it should start with https://)."
        )
    detected = data.detected_at or now
    for name, moment in (("posted_at", data.posted_at), ("detected_at", data.detected_at)):
        if moment is not None and ensure_utc(moment) > now + _CLOCK_SLACK:
            errors[name] = translate("IncidentService", "This time is in the future.")
    if (
        data.posted_at is not None
        and "posted_at" not in errors
        and "detected_at" not in errors
        and ensure_utc(data.posted_at) > ensure_utc(detected)
    ):
        errors["posted_at"] = translate(
            "IncidentService", "It cannot have been posted after you saw it."
        )
    if data.customer_email.strip() and not is_valid_email(data.customer_email):
        errors["customer_email"] = translate(
            "IncidentService", "This does not look like an e-mail address."
        )
    if data.customer_phone.strip() and not is_valid_phone(data.customer_phone):
        errors["customer_phone"] = translate(
            "IncidentService", "This does not look like a phone number."
        )
    return errors


def _event(
    session: Session,
    incident_id: int,
    kind: TimelineKind,
    at: datetime,
    text: str = "",
    **data: object,
) -> None:
    session.add(
        TimelineEvent(
            incident_id=incident_id,
            kind=kind,
            at=at,
            text=text,
            data=json.dumps(data, ensure_ascii=False, sort_keys=True) if data else "",
        )
    )


def log_incident(db: Database, data: IncidentInput, now: datetime | None = None) -> Outcome[int]:
    """Log a complaint; returns its id. Nothing is saved when any field is wrong."""
    moment = now or utcnow()
    ValidationError.check(validate_incident(data, moment))
    url = data.url.strip()
    channel = data.channel or guess_channel(url)
    with db.session(write=True) as session:
        incident = Incident(
            title=data.title.strip() or _title_from(data.text),
            channel=channel,
            url=url,
            author=data.author.strip(),
            customer_name=data.customer_name.strip(),
            customer_email=data.customer_email.strip(),
            customer_phone=data.customer_phone.strip(),
            original_text=data.text.strip(),
            posted_at=data.posted_at,
            detected_at=data.detected_at or moment,
            severity=data.severity or default_severity(channel),
        )
        session.add(incident)
        session.flush()
        assert incident.id is not None
        _event(session, incident.id, TimelineKind.CREATED, moment)
        return changed(incident.id, Area.INCIDENTS)


def _incident(session: Session, incident_id: int) -> Incident:
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise NotFoundError(
            arg(translate("IncidentService", "There is no incident %1."), incident_id)
        )
    return incident


def checked_moment(at: datetime | None) -> datetime:
    moment = ensure_utc(at) if at else utcnow()
    if moment > utcnow() + _CLOCK_SLACK:
        raise ValidationError(translate("IncidentService", "This time is in the future."), "at")
    return moment


def change_status(
    db: Database, incident_id: int, status: IncidentStatus, at: datetime | None = None
) -> Outcome[None]:
    moment = checked_moment(at)
    with db.session(write=True) as session:
        incident = _incident(session, incident_id)
        old = incident.status
        if old == status:
            return Outcome(None)
        incident.status = status
        incident.resolved_at = moment if status in CLOSED_STATUSES else None
        incident.updated_at = utcnow()
        _event(
            session,
            incident_id,
            TimelineKind.STATUS_CHANGED,
            moment,
            old=old.value,
            new=status.value,
        )
    return changed(None, Area.INCIDENTS)


@dataclass(frozen=True)
class IncidentDetails:
    """What the owner can correct or add after logging: who the customer is, what it is
    about (the ``{topic}`` of replies), where it was written and how hard it hits."""

    title: str
    channel: Channel
    severity: Severity
    url: str = ""
    author: str = ""
    customer_name: str = ""
    customer_email: str = ""
    customer_phone: str = ""
    customer_profile_url: str = ""


def update_details(db: Database, incident_id: int, details: IncidentDetails) -> Outcome[None]:
    errors = {
        name: message
        for name, message in validate_incident(
            IncidentInput(
                text="-",
                url=details.url,
                customer_email=details.customer_email,
                customer_phone=details.customer_phone,
            ),
            utcnow(),
        ).items()
        if name != "text"
    }
    if not details.title.strip():
        errors["title"] = translate("IncidentService", "Say in a few words what it is about.")
    profile = details.customer_profile_url.strip()
    if profile and not is_web_address(profile):
        errors["customer_profile_url"] = translate(
            "IncidentService", "This is not a web address (it should start with https://)."
        )
    ValidationError.check(errors)
    with db.session(write=True) as session:
        incident = _incident(session, incident_id)
        incident.title = details.title.strip()[:300]
        incident.channel = details.channel
        incident.severity = details.severity
        incident.url = details.url.strip()
        incident.author = details.author.strip()
        incident.customer_name = details.customer_name.strip()
        incident.customer_email = details.customer_email.strip()
        incident.customer_phone = details.customer_phone.strip()
        incident.customer_profile_url = profile
        incident.updated_at = utcnow()
        _event(session, incident_id, TimelineKind.EDITED, utcnow())
    return changed(None, Area.INCIDENTS)


def record_reply(
    db: Database, incident_id: int, text: str, at: datetime | None = None
) -> Outcome[int]:
    """A public reply was posted: it stops the first-reply clock; returns the attempt id."""
    if not text.strip():
        raise ValidationError(translate("IncidentService", "Paste the reply you posted."), "text")
    if len(text) > MAX_TEXT:
        raise ValidationError(translate("IncidentService", "The reply is too long."), "text")
    return record_contact(
        db,
        incident_id,
        ContactMethod.PUBLIC_REPLY,
        ContactOutcome.LEFT_MESSAGE,
        at=at,
        notes=text.strip(),
    )


def record_contact(
    db: Database,
    incident_id: int,
    method: ContactMethod,
    outcome: ContactOutcome,
    *,
    at: datetime | None = None,
    notes: str = "",
    next_follow_up_at: datetime | None = None,
) -> Outcome[int]:
    moment = checked_moment(at)
    if len(notes) > MAX_TEXT:
        raise ValidationError(translate("IncidentService", "The notes are too long."), "notes")
    with db.session(write=True) as session:
        attempt_id = add_attempt(
            session, incident_id, method, outcome, moment, notes, next_follow_up_at
        )
        return changed(attempt_id, Area.INCIDENTS)


def add_attempt(
    session: Session,
    incident_id: int,
    method: ContactMethod,
    outcome: ContactOutcome,
    moment: datetime,
    notes: str = "",
    next_follow_up_at: datetime | None = None,
) -> int:
    """Record an attempt inside the caller's transaction (so a reply or a blog post and its
    draft are saved together or not at all); returns the attempt id."""
    incident = _incident(session, incident_id)
    if moment < incident.detected_at - timedelta(days=365):
        raise ValidationError(
            translate("IncidentService", "This is long before the incident was logged."), "at"
        )
    if next_follow_up_at is not None and ensure_utc(next_follow_up_at) < moment:
        raise ValidationError(
            translate("IncidentService", "The follow-up must come after the attempt."),
            "next_follow_up_at",
        )
    attempt = ContactAttempt(
        incident_id=incident_id,
        method=method,
        at=moment,
        outcome=outcome,
        notes=notes.strip(),
        next_follow_up_at=ensure_utc(next_follow_up_at) if next_follow_up_at else None,
    )
    # Acting again settles the follow-ups the owner set themselves earlier (a back-dated
    # attempt from before them does not).
    for earlier in session.exec(
        select(ContactAttempt).where(
            ContactAttempt.incident_id == incident_id,
            col(ContactAttempt.at) <= moment,
            col(ContactAttempt.next_follow_up_at).is_not(None),
            col(ContactAttempt.follow_up_done).is_(False),
        )
    ):
        earlier.follow_up_done = True
    session.add(attempt)
    session.flush()
    assert attempt.id is not None
    if method == ContactMethod.PUBLIC_REPLY:
        _event(
            session,
            incident_id,
            TimelineKind.REPLY_POSTED,
            moment,
            notes.strip(),
            attempt=attempt.id,
        )
        if incident.first_reply_at is None or moment < incident.first_reply_at:
            incident.first_reply_at = moment
        if incident.status == IncidentStatus.NEW:
            _set_status(session, incident, IncidentStatus.ACKNOWLEDGED, moment)
    else:
        _event(
            session,
            incident_id,
            TimelineKind.CONTACT_ATTEMPT,
            moment,
            notes.strip(),
            attempt=attempt.id,
            method=method.value,
            outcome=outcome.value,
        )
        if method in PERSONAL_METHODS and (
            incident.first_contact_at is None or moment < incident.first_contact_at
        ):
            incident.first_contact_at = moment
        if outcome in REACHED and incident.status not in CLOSED_STATUSES:
            _set_status(session, incident, IncidentStatus.IN_CONTACT, moment)
    incident.updated_at = utcnow()
    return attempt.id


def _set_status(
    session: Session, incident: Incident, status: IncidentStatus, moment: datetime
) -> None:
    assert incident.id is not None
    if incident.status != status:
        _event(
            session,
            incident.id,
            TimelineKind.STATUS_CHANGED,
            moment,
            old=incident.status.value,
            new=status.value,
        )
        incident.status = status


def add_note(
    db: Database, incident_id: int, text: str, at: datetime | None = None
) -> Outcome[None]:
    if not text.strip():
        raise ValidationError(translate("IncidentService", "Write the note first."), "text")
    moment = checked_moment(at)
    with db.session(write=True) as session:
        _incident(session, incident_id)
        _event(session, incident_id, TimelineKind.NOTE, moment, text.strip())
    return changed(None, Area.INCIDENTS)


def record_permission(
    db: Database, incident_id: int, how: str, at: datetime | None = None
) -> Outcome[None]:
    """Written permission to name the customer publicly: when and how it was given."""
    if not how.strip():
        raise ValidationError(
            translate(
                "IncidentService", "Say how the permission was given (e.g. by e-mail on 3 May)."
            ),
            "how",
        )
    moment = checked_moment(at)
    with db.session(write=True) as session:
        incident = _incident(session, incident_id)
        incident.permission_to_name_at = moment
        incident.permission_to_name_how = how.strip()[:500]
        _event(session, incident_id, TimelineKind.PERMISSION, moment, how.strip())
    return changed(None, Area.INCIDENTS)


def get_incident(db: Database, incident_id: int) -> IncidentView:
    with db.session(write=False) as session:
        incident = _incident(session, incident_id)
        events = session.exec(
            select(TimelineEvent)
            .where(TimelineEvent.incident_id == incident_id)
            .order_by(col(TimelineEvent.at), col(TimelineEvent.id))
        ).all()
        attempts = session.exec(
            select(ContactAttempt)
            .where(ContactAttempt.incident_id == incident_id)
            .order_by(col(ContactAttempt.at), col(ContactAttempt.id))
        ).all()
        assert incident.id is not None
        return IncidentView(
            id=incident.id,
            title=incident.title,
            channel=incident.channel,
            url=incident.url,
            author=incident.author,
            customer_name=incident.customer_name,
            customer_email=incident.customer_email,
            customer_phone=incident.customer_phone,
            customer_profile_url=incident.customer_profile_url,
            original_text=incident.original_text,
            severity=incident.severity,
            status=incident.status,
            posted_at=incident.posted_at,
            detected_at=incident.detected_at,
            first_reply_at=incident.first_reply_at,
            first_contact_at=incident.first_contact_at,
            resolved_at=incident.resolved_at,
            permission_to_name_at=incident.permission_to_name_at,
            permission_to_name_how=incident.permission_to_name_how,
            timeline=[
                TimelineEntry(e.at, e.kind, e.text, json.loads(e.data) if e.data else {})
                for e in events
            ],
            attempts=[
                AttemptView(a.id or 0, a.method, a.at, a.outcome, a.notes, a.next_follow_up_at)
                for a in attempts
            ],
        )
