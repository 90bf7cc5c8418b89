"""One incident exported as proof of what was discussed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from planner.core.clock import utcnow
from planner.core.enums import ContactMethod, ContactOutcome, IncidentStatus
from planner.export.case_export import export_case
from planner.export.plan_export import ExportFormat
from planner.services.incidents import (
    IncidentInput,
    change_status,
    log_incident,
    record_contact,
    record_reply,
)
from planner.storage.database import Database
from planner.storage.paths import AppPaths


@pytest.fixture
def case(tmp_path: Path) -> Iterator[tuple[Database, int]]:
    db = Database.open(AppPaths.resolve(tmp_path / "data"))
    start = utcnow() - timedelta(days=1)
    incident_id = log_incident(
        db,
        IncidentInput(
            text="Huono palvelu <script>alert(1)</script> [x](javascript:alert(2))",
            url="https://www.google.com/maps/place/x",
            author="<img src=x onerror=alert(3)>",
        ),
        now=start,
    ).value
    record_reply(db, incident_id, "Hei, olen pahoillani.", at=start + timedelta(minutes=20))
    record_contact(
        db,
        incident_id,
        ContactMethod.CALL,
        ContactOutcome.NO_ANSWER,
        at=start + timedelta(hours=1),
        notes="Ei vastannut",
    )
    change_status(db, incident_id, IncidentStatus.RESOLVED)
    yield db, incident_id
    db.close()


def test_markdown_has_the_timeline_and_the_attempts(
    case: tuple[Database, int], tmp_path: Path
) -> None:
    db, incident_id = case
    text = export_case(db, incident_id, ExportFormat.MARKDOWN, tmp_path / "c.md").read_text()
    assert "## Timeline" in text and "## Contact attempts" in text
    assert "Public reply posted | Hei, olen pahoillani." in text
    assert "Phone call · No answer: Ei vastannut" in text
    assert "Acknowledged → Resolved" in text


def test_html_is_safe_and_the_pdf_opens(qapp, case: tuple[Database, int], tmp_path: Path) -> None:
    from PySide6.QtPdf import QPdfDocument

    db, incident_id = case
    html = export_case(db, incident_id, ExportFormat.HTML, tmp_path / "c.html").read_text()
    lowered = html.lower()
    assert "<script" not in lowered and "<img" not in lowered
    assert not re.search(r"<[^>]+=\s*[\"']?\s*javascript:", lowered)
    assert not re.search(r"<[^>]+\son\w+\s*=", lowered)
    pdf = export_case(db, incident_id, ExportFormat.PDF, tmp_path / "c.pdf")
    document = QPdfDocument()
    assert document.load(str(pdf)) == QPdfDocument.Error.None_
    assert "Timeline" in document.getAllText(0).text()
    document.close()
