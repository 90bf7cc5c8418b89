"""All tables of schema version 1. Importing this package registers them on ``metadata``."""

from planner.core.models.base import metadata
from planner.core.models.drill import DrillRun
from planner.core.models.incident import (
    ChecklistTick,
    ContactAttempt,
    Incident,
    ReplyDraft,
    TimelineEvent,
)
from planner.core.models.journal import PraiseEntry, PraiseTag, ReviewRequest
from planner.core.models.plan import (
    CompensationOption,
    EscalationStep,
    ListeningCheck,
    ListeningSource,
    Person,
    PlanChange,
    PlanReview,
    Principle,
    ReplyTemplate,
    ResponsePlan,
    ResponseTarget,
)
from planner.core.models.profile import BusinessProfile
from planner.core.models.review import ActionItem, LessonReview, PromiseCheck

__all__ = [
    "ActionItem",
    "BusinessProfile",
    "CompensationOption",
    "ContactAttempt",
    "DrillRun",
    "EscalationStep",
    "Incident",
    "LessonReview",
    "ListeningCheck",
    "ListeningSource",
    "Person",
    "PlanChange",
    "PlanReview",
    "PraiseEntry",
    "PraiseTag",
    "Principle",
    "PromiseCheck",
    "ChecklistTick",
    "ReplyDraft",
    "ReplyTemplate",
    "ResponsePlan",
    "ResponseTarget",
    "ReviewRequest",
    "TimelineEvent",
    "metadata",
]
