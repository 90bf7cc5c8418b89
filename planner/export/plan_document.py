"""The response plan as a Markdown document: a one-page summary to pin on the wall
(targets, ladder, who to call, the five steps, the principles), then the full plan.

Headings are in the plan's own language, whatever the UI's. User-typed plain fields are
escaped so that nothing the owner pasted can become markup."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from planner.core.durations import describe_minutes
from planner.core.enums import PersonRole, PlanSection, PrincipleKind, Severity
from planner.core.i18n import QT_TRANSLATE_NOOP, arg
from planner.core.labels import CONTEXT as LABELS_CONTEXT
from planner.core.labels import label
from planner.core.plan_sections import Item
from planner.export.html import escape_markdown_text as esc
from planner.export.language import format_date, format_money, text_in
from planner.services.plan import PlanView
from planner.services.profile import ProfileData

PAGE_BREAK = '\n<div class="page-break"></div>\n'
_SEVERITY_ORDER = {Severity.HIGH: 0, Severity.MEDIUM: 1, Severity.LOW: 2}


class _Writer:
    def __init__(self, language: str) -> None:
        self.language = language
        self.lines: list[str] = []

    def translate(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """Like ``translate``, but into the document's language (lupdate extracts calls)."""
        return text_in(self.language, context, text, n)

    def label(self, value: StrEnum) -> str:
        return text_in(self.language, LABELS_CONTEXT, label(value))

    def minutes(self, minutes: int | None) -> str:
        if minutes is None:
            return "–"
        return describe_minutes(minutes, self.translate)

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)

    def text(self) -> str:
        return "\n".join(self.lines).rstrip() + "\n"


def plan_markdown(plan: PlanView, profile: ProfileData | None, now: datetime | None = None) -> str:
    w = _Writer(plan.language.value)
    business = profile.name if profile else ""
    title = plan.title or w.translate("PlanExport", "Response plan")
    w.add(f"# {esc(title)}", "")
    if business:
        w.add(
            f"**{esc(business)}** · "
            + w.translate("PlanExport", "When someone criticises us in public"),
            "",
        )
    _summary(w, plan)
    w.add(PAGE_BREAK)
    _full_plan(w, plan, profile, now)
    return w.text()


def _sorted_targets(plan: PlanView) -> list[Item]:
    return sorted(
        plan.sections[PlanSection.TARGETS], key=lambda t: _SEVERITY_ORDER.get(t["severity"], 9)
    )


def _summary(w: _Writer, plan: PlanView) -> None:
    # Everything here has to fit on one A4 page, to be pinned on the wall.
    w.add("### " + w.translate("PlanExport", "How fast"), "")
    columns = (
        w.translate("PlanExport", "Situation"),
        w.translate("PlanExport", "First public reply"),
        w.translate("PlanExport", "First personal contact"),
    )
    w.add("| " + " | ".join(columns) + " |", "| --- | --- | --- |")
    for target in _sorted_targets(plan):
        name = _cell(target["label"]) or w.label(target["severity"])
        w.add(
            f"| {name} | {w.minutes(target['first_reply_minutes'])} "
            f"| {w.minutes(target['first_contact_minutes'])} |"
        )
    w.add("")
    # The ladder on one line, then the rules that move it on, in one paragraph.
    w.add("### " + w.translate("PlanExport", "Steps, in this order"), "")
    steps = plan.sections[PlanSection.ESCALATION]
    w.add(" → ".join(f"**{esc(step['title'])}**" for step in steps), "")
    rules = [
        f"{esc(step['title'])}{_fallback_rule(w, step, include_refusal=False)}"
        for step in steps
        if step["window_hours"] and step["attempts_before_next"]
    ]
    if any(step["refusal_jumps_to_fallback"] for step in steps):
        rules.append(w.translate("PlanExport", "A refusal to talk goes straight to the last step."))
    if rules:
        w.add("; ".join(rules), "")
    w.add("")
    people = [p for p in plan.sections[PlanSection.PEOPLE] if p["name"] or p["phone"]]
    w.add("### " + w.translate("PlanExport", "Who to call"), "")
    if people:
        for person in people:
            contact = ", ".join(esc(v) for v in (person["phone"], person["email"]) if v)
            name = esc(person["name"]) or "–"
            w.add(f"- **{w.label(person['role'])}:** {name}" + (f" ({contact})" if contact else ""))
    else:
        w.add(w.translate("PlanExport", "Nobody named yet."))
    w.add("")
    w.add("### " + w.translate("PlanExport", "The five steps"), "")
    for index, step in enumerate(_principles(plan, PrincipleKind.CHECKLIST), start=1):
        w.add(f"{index}. {esc(step['text'])}")
    w.add("")
    dos = _principles(plan, PrincipleKind.DO)
    donts = _principles(plan, PrincipleKind.DONT)
    do, dont = (
        w.translate("PlanExport", "Do"),
        w.translate("PlanExport", "Don't"),
    )
    w.add(f"| {do} | {dont} |", "| --- | --- |")
    for index in range(max(len(dos), len(donts))):
        cells = [
            _cell(column[index]["text"]) if index < len(column) else "" for column in (dos, donts)
        ]
        w.add(f"| {cells[0]} | {cells[1]} |")
    w.add("")


def _principles(plan: PlanView, kind: PrincipleKind) -> list[Item]:
    return [p for p in plan.sections[PlanSection.PRINCIPLES] if p["kind"] == kind]


def _fallback_rule(w: _Writer, step: Item, *, include_refusal: bool = True) -> str:
    parts: list[str] = []
    if step["is_fallback"]:
        parts.append(w.translate("PlanExport", "when the customer will not talk"))
    if step["attempts_before_next"]:
        if step["window_hours"]:
            parts.append(
                arg(
                    w.translate(
                        "PlanExport",
                        "next step after %n unanswered attempt(s) within %1",
                        None,
                        step["attempts_before_next"],
                    ),
                    w.minutes(step["window_hours"] * 60),
                )
            )
        else:
            parts.append(
                w.translate(
                    "PlanExport",
                    "next step after %n unanswered attempt(s)",
                    None,
                    step["attempts_before_next"],
                )
            )
    if include_refusal and step["refusal_jumps_to_fallback"]:
        parts.append(w.translate("PlanExport", "a refusal goes straight to the last step"))
    return f" – {'; '.join(parts)}" if parts else ""


def _section_heading(w: _Writer, section: PlanSection) -> None:
    w.add(f"## {w.label(section)}", "")


def _full_plan(
    w: _Writer, plan: PlanView, profile: ProfileData | None, now: datetime | None
) -> None:
    w.add("# " + w.translate("PlanExport", "The full plan"), "")
    if profile:
        w.add("- **" + w.translate("PlanExport", "Business") + f":** {esc(profile.name)}")
        w.add("- **" + w.translate("PlanExport", "Owner") + f":** {esc(profile.owner_name) or '–'}")
        w.add(
            "- **" + w.translate("PlanExport", "Signature") + f":** {esc(profile.signature) or '–'}"
        )
    reviewed = format_date(plan.last_reviewed_at, w.language) if plan.last_reviewed_at else "–"
    w.add("- **" + w.translate("PlanExport", "Last reviewed") + f":** {reviewed}")
    w.add(
        "- **" + w.translate("PlanExport", "Next review due") + f":** "
        f"{format_date(plan.review_due_at, w.language)}"
    )
    if now is not None:
        w.add("- **" + w.translate("PlanExport", "Printed") + f":** {format_date(now, w.language)}")
    w.add("")
    _listening(w, plan)
    _targets(w, plan)
    _templates(w, plan)
    _ladder(w, plan)
    _all_principles(w, plan)
    _people(w, plan)
    _compensation(w, plan)


def _listening(w: _Writer, plan: PlanView) -> None:
    _section_heading(w, PlanSection.LISTENING)
    w.add(
        "| " + w.translate("PlanExport", "Where") + " "
        "| " + w.translate("PlanExport", "Kind") + " "
        "| " + w.translate("PlanExport", "Address or search") + " "
        "| " + w.translate("PlanExport", "How often") + " |",
        "| --- | --- | --- | --- |",
    )
    for source in plan.sections[PlanSection.LISTENING]:
        if not source["active"]:
            continue
        w.add(
            f"| {_cell(source['name'])} | {w.label(source['kind'])} "
            f"| {_cell(source['address'])} "
            f"| {w.minutes(source['check_interval_days'] * 1440)} |"
        )
    w.add("")


def _targets(w: _Writer, plan: PlanView) -> None:
    _section_heading(w, PlanSection.TARGETS)
    for target in _sorted_targets(plan):
        w.add(f"### {esc(target['label'] or w.label(target['severity']))}", "")
        if target["description"]:
            w.add(esc(target["description"]), "")
        w.add(
            "- " + w.translate("PlanExport", "First public reply") + f": "
            f"{w.minutes(target['first_reply_minutes'])}",
            "- " + w.translate("PlanExport", "First personal contact") + f": "
            f"{w.minutes(target['first_contact_minutes'])}",
        )
        if target["waking_time_only"]:
            w.add("- " + w.translate("PlanExport", "Counted in waking hours"))
        w.add("")


def _templates(w: _Writer, plan: PlanView) -> None:
    _section_heading(w, PlanSection.TEMPLATES)
    for template in plan.sections[PlanSection.TEMPLATES]:
        w.add(f"### {esc(template['title'])} ({w.label(template['language'])})", "")
        # Quoted as written: the body is the owner's text with {placeholders}, kept verbatim.
        for line in template["body"].splitlines() or [""]:
            w.add(f"> {esc(line)}".rstrip())
        w.add("")


def _ladder(w: _Writer, plan: PlanView) -> None:
    _section_heading(w, PlanSection.ESCALATION)
    for index, step in enumerate(plan.sections[PlanSection.ESCALATION], start=1):
        w.add(
            f"{index}. **{esc(step['title'])}** ({w.label(step['method'])})"
            f"{_fallback_rule(w, step)}"
        )
        if step["description"]:
            w.add(f"   {esc(step['description'])}")
    w.add("")


def _all_principles(w: _Writer, plan: PlanView) -> None:
    _section_heading(w, PlanSection.PRINCIPLES)
    for kind in (PrincipleKind.DO, PrincipleKind.DONT, PrincipleKind.CHECKLIST):
        w.add(f"### {w.label(kind)}", "")
        for principle in _principles(plan, kind):
            detail = f" {esc(principle['detail'])}" if principle["detail"] else ""
            w.add(f"- **{esc(principle['text'])}**{detail}")
        w.add("")


def _people(w: _Writer, plan: PlanView) -> None:
    _section_heading(w, PlanSection.PEOPLE)
    for person in plan.sections[PlanSection.PEOPLE]:
        name = esc(person["name"]) or w.translate("PlanExport", "(not named yet)")
        w.add(f"### {w.label(person['role'])}: {name}", "")
        for caption, key in (
            (QT_TRANSLATE_NOOP("PlanExport", "Phone"), "phone"),
            (QT_TRANSLATE_NOOP("PlanExport", "E-mail"), "email"),
            (QT_TRANSLATE_NOOP("PlanExport", "Can help with"), "can_fix"),
        ):
            if person[key]:
                w.add(f"- {w.translate('PlanExport', caption)}: {esc(person[key])}")
        if person["notes"]:
            w.add("", esc(person["notes"]))
        w.add("")
    if any(
        p["role"] == PersonRole.SPARRING_PARTNER and not p["name"]
        for p in plan.sections[PlanSection.PEOPLE]
    ):
        hint = w.translate(
            "PlanExport",
            "Name a sparring partner: someone to read a hard reply before it goes out.",
        )
        w.add(f"*{hint}*", "")


def _compensation(w: _Writer, plan: PlanView) -> None:
    _section_heading(w, PlanSection.COMPENSATION)
    for option in plan.sections[PlanSection.COMPENSATION]:
        w.add(f"### {esc(option['title'])}", "")
        if option["description"]:
            w.add(esc(option["description"]), "")
        if option["max_value_cents"] is not None:
            w.add(
                "- " + w.translate("PlanExport", "At most") + f": "
                f"{format_money(option['max_value_cents'], 'EUR', w.language)}"
            )
        if option["when_to_offer"]:
            w.add("- " + w.translate("PlanExport", "When") + f": {esc(option['when_to_offer'])}")
        if option["needs_approval"]:
            w.add("- " + w.translate("PlanExport", "Needs approval first"))
        w.add("")
    if plan.parting_rule:
        w.add(
            "### " + w.translate("PlanExport", "When to part ways"),
            "",
            esc(plan.parting_rule),
            "",
        )


def _cell(text: str) -> str:
    """Table cells cannot hold line breaks or pipes."""
    return esc(" ".join(text.split())).replace("|", "\\|")
