"""Export the response plan to a file: Markdown, sanitized HTML, or an A4 PDF."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from planner.core.clock import utcnow
from planner.core.errors import NotFoundError
from planner.core.i18n import translate
from planner.export.files import write_text_atomic
from planner.export.html import html_document, markdown_to_html
from planner.export.plan_document import plan_markdown
from planner.services.plan import get_plan
from planner.services.profile import get_profile
from planner.storage.database import Database


class ExportFormat(StrEnum):
    MARKDOWN = "md"
    HTML = "html"
    PDF = "pdf"


def plan_html(db: Database) -> tuple[str, str]:
    """The plan as a standalone HTML page, and its title."""
    markdown, title, language = _plan_markdown(db)
    return html_document(title, markdown_to_html(markdown), language=language), title


def _plan_markdown(db: Database) -> tuple[str, str, str]:
    plan = get_plan(db)
    if plan is None:
        raise NotFoundError(
            translate("PlanExport", "There is no plan to export yet: create one first (plan init).")
        )
    profile = get_profile(db)
    title = plan.title or (profile.name if profile else "")
    return plan_markdown(plan, profile, now=utcnow()), title, plan.language.value


def export_plan(db: Database, fmt: ExportFormat, target: Path) -> Path:
    """Write the plan to ``target`` atomically (the old file survives any failure)."""
    if fmt == ExportFormat.MARKDOWN:
        markdown, _title, _language = _plan_markdown(db)
        write_text_atomic(target, markdown)
        return target
    html, title = plan_html(db)
    if fmt == ExportFormat.HTML:
        write_text_atomic(target, html)
    else:
        from planner.export.pdf import html_to_pdf  # Qt's PDF stack loads only when needed

        html_to_pdf(html, target, title=title)
    return target
