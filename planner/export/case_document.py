"""One incident as a document: what was said, what was done and when — "proof of what was
discussed". Headings follow the UI's language (the case is the owner's own record)."""

from __future__ import annotations

from datetime import datetime

from planner.core.enums import ContactMethod
from planner.core.i18n import translate
from planner.core.labels import label
from planner.core.timeline_text import event_detail, event_name
from planner.export.html import escape_markdown_text as esc
from planner.services.incident_clocks import IncidentClocks
from planner.services.incidents import IncidentView
from planner.services.lessons import ReviewView


def _when(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else "–"


def case_markdown(
    incident: IncidentView, clocks: IncidentClocks, review: ReviewView | None = None
) -> str:
    lines = [f"# {esc(incident.title)}", ""]
    facts = [
        (translate("CaseExport", "Where"), translate("Labels", label(incident.channel))),
        (translate("CaseExport", "Link"), esc(incident.url) or "–"),
        (translate("CaseExport", "Written by"), esc(incident.author) or "–"),
        (translate("CaseExport", "Published"), _when(incident.posted_at)),
        (translate("CaseExport", "Seen"), _when(incident.detected_at)),
        (translate("CaseExport", "First public reply"), _when(incident.first_reply_at)),
        (translate("CaseExport", "First personal contact"), _when(incident.first_contact_at)),
        (translate("CaseExport", "Severity"), translate("Labels", label(incident.severity))),
        (translate("CaseExport", "Status"), translate("Labels", label(incident.status))),
    ]
    lines += [f"- **{name}:** {value}" for name, value in facts]
    for name, clock in (
        (translate("CaseExport", "Reply time"), clocks.first_reply),
        (translate("CaseExport", "Contact time"), clocks.first_contact),
    ):
        if clock.target_minutes is not None:
            lines.append(f"- **{name}:** {clock.elapsed_minutes} / {clock.target_minutes} min")
    lines += ["", f"## {translate('CaseExport', 'What was written')}", ""]
    lines += [f"> {esc(line)}".rstrip() for line in incident.original_text.splitlines()]
    lines += ["", f"## {translate('CaseExport', 'Timeline')}", ""]
    lines += [
        "| "
        + translate("CaseExport", "When")
        + " | "
        + translate("CaseExport", "What")
        + " | "
        + translate("CaseExport", "Details")
        + " |",
        "| --- | --- | --- |",
    ]
    for event in incident.timeline:
        detail = event_detail(event.kind, event.text, event.data).replace("|", "\\|")
        lines.append(f"| {_when(event.at)} | {event_name(event.kind)} | {esc(detail)} |")
    lines += ["", f"## {translate('CaseExport', 'Contact attempts')}", ""]
    if not incident.attempts:
        lines.append(translate("CaseExport", "None yet."))
    for attempt in incident.attempts:
        parts = [_when(attempt.at), translate("Labels", label(attempt.method))]
        if attempt.method != ContactMethod.PUBLIC_REPLY:  # a posted reply has no outcome
            parts.append(translate("Labels", label(attempt.outcome)))
        notes = f": {esc(' '.join(attempt.notes.split()))}" if attempt.notes else ""
        lines.append("- " + " · ".join(parts) + notes)
    if review is not None:
        lines += review_markdown(review)
    return "\n".join(lines).rstrip() + "\n"


def review_markdown(review: ReviewView) -> list[str]:
    """The post-incident review: the two judgements, the reflections and the actions."""
    not_decided = translate("CaseExport", "not decided")
    lines = ["", f"## {translate('CaseExport', 'Lessons learned')}", ""]
    lines.append(
        f"- **{translate('CaseExport', 'Justified')}:** "
        + (translate("Labels", label(review.justified)) if review.justified else not_decided)
    )
    lines.append(
        f"- **{translate('CaseExport', 'Root cause')}:** "
        + (translate("Labels", label(review.root_cause)) if review.root_cause else not_decided)
    )
    lines.append(
        f"- **{translate('CaseExport', 'Completed')}:** "
        + (_when(review.completed_at) if review.completed_at else not_decided)
    )
    for title, text in (
        (translate("CaseExport", "About my customers"), review.about_customers),
        (translate("CaseExport", "About my ways of working"), review.about_ways_of_working),
        (translate("CaseExport", "About my customer service"), review.about_customer_service),
        (translate("CaseExport", "How I reacted"), review.about_my_reaction),
        (translate("CaseExport", "Compensating for faulty work"), review.about_compensation),
        (translate("CaseExport", "What went well"), review.went_well),
        (translate("CaseExport", "What to change"), review.to_change),
    ):
        if text.strip():
            lines += ["", f"### {title}", "", esc(text.strip())]
    if review.actions:
        lines += ["", f"### {translate('CaseExport', 'Actions')}", ""]
        for action in review.actions:
            marks = []
            if action.is_promise:
                marks.append(translate("CaseExport", "promised in public"))
            if action.done_at is not None:
                marks.append(translate("CaseExport", "done") + " " + _when(action.done_at))
            suffix = f" ({'; '.join(marks)})" if marks else ""
            lines.append(f"- {esc(action.text)}{suffix}")
    return lines
