"""Export one incident (its timeline and contact attempts) as Markdown, HTML or PDF."""

from __future__ import annotations

from pathlib import Path

from planner.core.i18n import current_language
from planner.export.case_document import case_markdown
from planner.export.files import write_text_atomic
from planner.export.html import html_document, markdown_to_html
from planner.export.plan_export import ExportFormat
from planner.services.incident_clocks import incident_clocks
from planner.services.incidents import get_incident
from planner.services.lessons import get_review
from planner.storage.database import Database


def export_case(db: Database, incident_id: int, fmt: ExportFormat, target: Path) -> Path:
    incident = get_incident(db, incident_id)
    markdown = case_markdown(
        incident, incident_clocks(db, incident_id), get_review(db, incident_id)
    )
    if fmt == ExportFormat.MARKDOWN:
        write_text_atomic(target, markdown)
        return target
    html = html_document(incident.title, markdown_to_html(markdown), language=current_language())
    if fmt == ExportFormat.HTML:
        write_text_atomic(target, html)
    else:
        from planner.export.pdf import html_to_pdf

        html_to_pdf(html, target, title=incident.title)
    return target
