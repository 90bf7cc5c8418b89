"""Names of the vocabularies' values for people, in the source language. Show them with
``translate("Labels", LABEL)`` (the UI's language) or ``text_in(language, "Labels", LABEL)``
(a document's language)."""

from __future__ import annotations

from enum import StrEnum

from planner.core.drill_scenario import Situation
from planner.core.enums import (
    Channel,
    ContactMethod,
    ContactOutcome,
    IncidentStatus,
    Justified,
    Language,
    PersonRole,
    PlanSection,
    PrincipleKind,
    RootCause,
    Severity,
    SourceKind,
    TemplateKind,
)
from planner.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Labels"

# Pairs, not a dict keyed by member: StrEnum members of different kinds with the same
# value ("other", "email") are equal as strings and would overwrite each other.
_PAIRS: tuple[tuple[StrEnum, str], ...] = (
    (Severity.HIGH, QT_TRANSLATE_NOOP("Labels", "Severe")),
    (Severity.MEDIUM, QT_TRANSLATE_NOOP("Labels", "Critical")),
    (Severity.LOW, QT_TRANSLATE_NOOP("Labels", "Mild")),
    (ContactMethod.PUBLIC_REPLY, QT_TRANSLATE_NOOP("Labels", "Public reply")),
    (ContactMethod.CALL, QT_TRANSLATE_NOOP("Labels", "Phone call")),
    (ContactMethod.VISIT, QT_TRANSLATE_NOOP("Labels", "Visit")),
    (ContactMethod.EMAIL, QT_TRANSLATE_NOOP("Labels", "E-mail")),
    (ContactMethod.DM, QT_TRANSLATE_NOOP("Labels", "Direct message")),
    (ContactMethod.BLOG_POST, QT_TRANSLATE_NOOP("Labels", "Blog post")),
    (PersonRole.RESPONDER, QT_TRANSLATE_NOOP("Labels", "Responder")),
    (PersonRole.SPARRING_PARTNER, QT_TRANSLATE_NOOP("Labels", "Sparring partner")),
    (PersonRole.FIXER, QT_TRANSLATE_NOOP("Labels", "Can fix")),
    (PersonRole.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (PrincipleKind.DO, QT_TRANSLATE_NOOP("Labels", "Do")),
    (PrincipleKind.DONT, QT_TRANSLATE_NOOP("Labels", "Don't")),
    (PrincipleKind.CHECKLIST, QT_TRANSLATE_NOOP("Labels", "Checklist step")),
    (SourceKind.WEB_ALERT, QT_TRANSLATE_NOOP("Labels", "Web alert")),
    (SourceKind.SOCIAL, QT_TRANSLATE_NOOP("Labels", "Social media")),
    (SourceKind.REVIEW_SITE, QT_TRANSLATE_NOOP("Labels", "Review site")),
    (SourceKind.FORUM, QT_TRANSLATE_NOOP("Labels", "Forum")),
    (SourceKind.MEDIA_MONITORING, QT_TRANSLATE_NOOP("Labels", "Media monitoring")),
    (SourceKind.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (TemplateKind.ACKNOWLEDGEMENT, QT_TRANSLATE_NOOP("Labels", "Public acknowledgement")),
    (TemplateKind.LATE_APOLOGY, QT_TRANSLATE_NOOP("Labels", "Late-reply apology")),
    (TemplateKind.OFFER_CALL, QT_TRANSLATE_NOOP("Labels", "Offer to call")),
    (TemplateKind.FOLLOW_UP, QT_TRANSLATE_NOOP("Labels", "Follow-up after a fix")),
    (TemplateKind.BLOG_OUTLINE, QT_TRANSLATE_NOOP("Labels", "Blog-post outline")),
    (TemplateKind.REVIEW_REQUEST, QT_TRANSLATE_NOOP("Labels", "Review request")),
    (TemplateKind.PARTING_REFUND, QT_TRANSLATE_NOOP("Labels", "Parting with a refund")),
    (TemplateKind.CUSTOM, QT_TRANSLATE_NOOP("Labels", "Other")),
    (Language.FI, QT_TRANSLATE_NOOP("Labels", "Finnish")),
    (Language.EN, QT_TRANSLATE_NOOP("Labels", "English")),
    (Channel.FACEBOOK, QT_TRANSLATE_NOOP("Labels", "Facebook")),
    (Channel.INSTAGRAM, QT_TRANSLATE_NOOP("Labels", "Instagram")),
    (Channel.X, QT_TRANSLATE_NOOP("Labels", "X (Twitter)")),
    (Channel.GOOGLE, QT_TRANSLATE_NOOP("Labels", "Google reviews")),
    (Channel.TRIPADVISOR, QT_TRANSLATE_NOOP("Labels", "TripAdvisor")),
    (Channel.FORUM, QT_TRANSLATE_NOOP("Labels", "Forum")),
    (Channel.WEB, QT_TRANSLATE_NOOP("Labels", "Web page")),
    (Channel.EMAIL, QT_TRANSLATE_NOOP("Labels", "E-mail")),
    (Channel.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (IncidentStatus.NEW, QT_TRANSLATE_NOOP("Labels", "New")),
    (IncidentStatus.ACKNOWLEDGED, QT_TRANSLATE_NOOP("Labels", "Acknowledged")),
    (IncidentStatus.IN_CONTACT, QT_TRANSLATE_NOOP("Labels", "In contact")),
    (IncidentStatus.RESOLVED, QT_TRANSLATE_NOOP("Labels", "Resolved")),
    (IncidentStatus.PARTED_WAYS, QT_TRANSLATE_NOOP("Labels", "Parted ways")),
    (IncidentStatus.CLOSED, QT_TRANSLATE_NOOP("Labels", "Closed without resolution")),
    (ContactOutcome.NO_ANSWER, QT_TRANSLATE_NOOP("Labels", "No answer")),
    (ContactOutcome.LEFT_MESSAGE, QT_TRANSLATE_NOOP("Labels", "Left a message")),
    (ContactOutcome.DECLINED, QT_TRANSLATE_NOOP("Labels", "Declined")),
    (ContactOutcome.REACHED_GOOD, QT_TRANSLATE_NOOP("Labels", "Reached: went well")),
    (ContactOutcome.REACHED_BAD, QT_TRANSLATE_NOOP("Labels", "Reached: went badly")),
    (ContactOutcome.RESOLVED, QT_TRANSLATE_NOOP("Labels", "Resolved")),
    (PlanSection.PROFILE, QT_TRANSLATE_NOOP("Labels", "Basics")),
    (PlanSection.LISTENING, QT_TRANSLATE_NOOP("Labels", "Listening routine")),
    (PlanSection.TARGETS, QT_TRANSLATE_NOOP("Labels", "Response times")),
    (PlanSection.TEMPLATES, QT_TRANSLATE_NOOP("Labels", "Reply templates")),
    (PlanSection.ESCALATION, QT_TRANSLATE_NOOP("Labels", "Escalation ladder")),
    (PlanSection.PRINCIPLES, QT_TRANSLATE_NOOP("Labels", "Principles")),
    (PlanSection.PEOPLE, QT_TRANSLATE_NOOP("Labels", "People")),
    (PlanSection.COMPENSATION, QT_TRANSLATE_NOOP("Labels", "Compensation")),
    (PlanSection.REVIEW, QT_TRANSLATE_NOOP("Labels", "Review and changes")),
    (Justified.YES, QT_TRANSLATE_NOOP("Labels", "Justified")),
    (Justified.PARTLY, QT_TRANSLATE_NOOP("Labels", "Partly justified")),
    (Justified.NO, QT_TRANSLATE_NOOP("Labels", "Not justified")),
    (RootCause.UNCLEAR_OFFER, QT_TRANSLATE_NOOP("Labels", "Unclear offer or sales text")),
    (RootCause.EXPECTATIONS, QT_TRANSLATE_NOOP("Labels", "Different expectations")),
    (RootCause.CUSTOMER_LIFE, QT_TRANSLATE_NOOP("Labels", "Something else in the customer's life")),
    (RootCause.CHEMISTRY, QT_TRANSLATE_NOOP("Labels", "Personal chemistry")),
    (RootCause.FAULTY_WORK, QT_TRANSLATE_NOOP("Labels", "Faulty work")),
    (RootCause.DELAY, QT_TRANSLATE_NOOP("Labels", "Delay")),
    (RootCause.OTHER, QT_TRANSLATE_NOOP("Labels", "Other cause")),
    (Situation.ANGRY_REVIEW, QT_TRANSLATE_NOOP("Labels", "An angry review")),
    (Situation.NAMES_OWNER, QT_TRANSLATE_NOOP("Labels", "Names you personally")),
    (Situation.FORUM_THREAD, QT_TRANSLATE_NOOP("Labels", "A forum thread")),
    (Situation.JUSTIFIED_DELAY, QT_TRANSLATE_NOOP("Labels", "A justified complaint")),
    (Situation.UNFOUNDED, QT_TRANSLATE_NOOP("Labels", "An unfounded complaint")),
    (Situation.THREATENS_EXPOSURE, QT_TRANSLATE_NOOP("Labels", "Threatens to expose you")),
    (Situation.WANTS_FREE_THINGS, QT_TRANSLATE_NOOP("Labels", "Only wants free things")),
    (Situation.AT_NIGHT, QT_TRANSLATE_NOOP("Labels", "Arrives at night")),
    (Situation.WILL_NOT_ANSWER, QT_TRANSLATE_NOOP("Labels", "Will not answer")),
    (Situation.BECOMES_ADVOCATE, QT_TRANSLATE_NOOP("Labels", "Becomes an advocate")),
    (Situation.OTHER, QT_TRANSLATE_NOOP("Labels", "Other situation")),
)

LABELS: dict[tuple[type[StrEnum], str], str] = {
    (type(member), member.value): text for member, text in _PAIRS
}


def label(value: StrEnum) -> str:
    """The source-language name of ``value`` (translate it before showing)."""
    return LABELS.get((type(value), value.value), str(value))
