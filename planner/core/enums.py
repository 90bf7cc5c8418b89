"""Closed vocabularies of the domain. Values are stable strings: they are stored in the
database, used on the command line and in the JSON interchange, so never rename one."""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    FI = "fi"
    EN = "en"


class Severity(StrEnum):
    """How hard a complaint hits: drives the response-time targets."""

    HIGH = "high"  # an angry, public, visible complaint: minutes to hours
    MEDIUM = "medium"  # a critical review: within a day
    LOW = "low"  # a friendly or mild comment: a day or two


class Channel(StrEnum):
    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    X = "x"
    GOOGLE = "google"
    TRIPADVISOR = "tripadvisor"
    FORUM = "forum"
    WEB = "web"
    EMAIL = "email"
    OTHER = "other"


class IncidentStatus(StrEnum):
    NEW = "new"
    ACKNOWLEDGED = "acknowledged"
    IN_CONTACT = "in-contact"
    RESOLVED = "resolved"
    PARTED_WAYS = "parted-ways"
    CLOSED = "closed"  # closed without resolution


class ContactMethod(StrEnum):
    """The rungs of the escalation ladder, in the practice's order."""

    PUBLIC_REPLY = "public-reply"
    CALL = "call"
    VISIT = "visit"
    EMAIL = "email"
    DM = "dm"
    BLOG_POST = "blog-post"


class ContactOutcome(StrEnum):
    NO_ANSWER = "no-answer"
    LEFT_MESSAGE = "left-message"
    DECLINED = "declined"
    REACHED_GOOD = "reached-good"
    REACHED_BAD = "reached-bad"
    RESOLVED = "resolved"


class TimelineKind(StrEnum):
    CREATED = "created"
    STATUS_CHANGED = "status-changed"
    REPLY_POSTED = "reply-posted"
    CONTACT_ATTEMPT = "contact-attempt"
    NOTE = "note"
    PERMISSION = "permission"
    BLOG_PUBLISHED = "blog-published"
    EDITED = "edited"


class DraftKind(StrEnum):
    PUBLIC_REPLY = "public-reply"
    BLOG_POST = "blog-post"


class Justified(StrEnum):
    YES = "yes"
    PARTLY = "partly"
    NO = "no"


class RootCause(StrEnum):
    UNCLEAR_OFFER = "unclear-offer"
    EXPECTATIONS = "expectations"
    CUSTOMER_LIFE = "customer-life"
    CHEMISTRY = "chemistry"
    FAULTY_WORK = "faulty-work"
    DELAY = "delay"
    OTHER = "other"


class SourceKind(StrEnum):
    WEB_ALERT = "web-alert"
    SOCIAL = "social"
    REVIEW_SITE = "review-site"
    FORUM = "forum"
    MEDIA_MONITORING = "media-monitoring"
    OTHER = "other"


class TemplateKind(StrEnum):
    ACKNOWLEDGEMENT = "acknowledgement"
    LATE_APOLOGY = "late-apology"
    OFFER_CALL = "offer-call"
    FOLLOW_UP = "follow-up"
    BLOG_OUTLINE = "blog-outline"
    REVIEW_REQUEST = "review-request"
    PARTING_REFUND = "parting-refund"
    CUSTOM = "custom"


class PrincipleKind(StrEnum):
    DO = "do"
    DONT = "dont"
    CHECKLIST = "checklist"  # a step of the five-step complaint checklist


class PersonRole(StrEnum):
    RESPONDER = "responder"
    SPARRING_PARTNER = "sparring-partner"
    FIXER = "fixer"
    OTHER = "other"


class PlanSection(StrEnum):
    """Sections of the response plan; also what an action item or a change log row points at."""

    PROFILE = "profile"
    LISTENING = "listening"
    TARGETS = "targets"
    TEMPLATES = "templates"
    ESCALATION = "escalation"
    PRINCIPLES = "principles"
    PEOPLE = "people"
    COMPENSATION = "compensation"
    REVIEW = "review"


class ChangeAction(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    DELETED = "deleted"
    MOVED = "moved"
    REVIEWED = "reviewed"
