"""What each plan field is called on screen, and a hint where the name alone is not enough."""

from __future__ import annotations

from planner.core.enums import PlanSection
from planner.core.i18n import translate


def field_label(section: PlanSection, name: str) -> str:
    labels = {
        "name": translate("PlanFields", "Name"),
        "kind": translate("PlanFields", "Kind"),
        "address": translate("PlanFields", "Address or search"),
        "check_interval_days": translate("PlanFields", "Check every (days)"),
        "notes": translate("PlanFields", "Notes"),
        "active": translate("PlanFields", "In use"),
        "severity": translate("PlanFields", "Severity"),
        "label": translate("PlanFields", "Situation"),
        "description": translate("PlanFields", "Description"),
        "first_reply_minutes": translate("PlanFields", "First public reply within (minutes)"),
        "first_contact_minutes": translate("PlanFields", "First personal contact within (minutes)"),
        "waking_time_only": translate("PlanFields", "Count only my waking hours"),
        "title": translate("PlanFields", "Title"),
        "language": translate("PlanFields", "Language"),
        "body": translate("PlanFields", "Text"),
        "method": translate("PlanFields", "How"),
        "attempts_before_next": translate("PlanFields", "Unanswered attempts before the next step"),
        "window_hours": translate("PlanFields", "Within (hours)"),
        "refusal_jumps_to_fallback": translate("PlanFields", "A refusal skips to the fallback"),
        "is_fallback": translate("PlanFields", "Fallback when the customer will not talk"),
        "text": translate("PlanFields", "Principle"),
        "detail": translate("PlanFields", "Why"),
        "role": translate("PlanFields", "Role"),
        "phone": translate("PlanFields", "Phone"),
        "email": translate("PlanFields", "E-mail"),
        "can_fix": translate("PlanFields", "Can help with"),
        "when_to_offer": translate("PlanFields", "When to offer"),
        "max_value_cents": translate("PlanFields", "At most (€)"),
        "needs_approval": translate("PlanFields", "Needs approval first"),
    }
    if section == PlanSection.PRINCIPLES and name == "kind":
        return translate("PlanFields", "Type")
    return labels.get(name, name)


def section_hint(section: PlanSection) -> str:
    hints = {
        PlanSection.LISTENING: translate(
            "PlanFields",
            "Where people talk about your business, and how often you look. "
            "Weekly at least; daily where customers expect a quick answer.",
        ),
        PlanSection.TARGETS: translate(
            "PlanFields",
            "How soon you answer in public and how soon you try to reach the "
            "customer personally. The longer a complaint stands unanswered, the "
            "more harm it does.",
        ),
        PlanSection.TEMPLATES: translate(
            "PlanFields",
            "Replies prepared in calm time, in your own voice and in the first "
            "person. Placeholders in braces are filled in from the incident.",
        ),
        PlanSection.ESCALATION: translate(
            "PlanFields",
            "The order in which you try to reach the customer. When they will not "
            "talk, the last step is an anonymous blog post. Drag to reorder, or "
            "use Alt+Up and Alt+Down.",
        ),
        PlanSection.PRINCIPLES: translate(
            "PlanFields",
            "The do's and don'ts you want in front of you during an incident, and "
            "the five-step checklist.",
        ),
        PlanSection.PEOPLE: translate(
            "PlanFields",
            "Who replies, who reads a hard reply before it goes out, and who can fix what.",
        ),
        PlanSection.COMPENSATION: translate(
            "PlanFields",
            "What you can offer and up to what value, decided before anyone is "
            "angry. Trust your judgement with people who only want free things.",
        ),
    }
    return hints.get(section, "")
