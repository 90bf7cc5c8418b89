"""The plan as Markdown, HTML and PDF: complete, in the plan's language, and safe."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from planner.core.enums import Language, PlanSection
from planner.export.plan_export import ExportFormat, export_plan
from planner.services import plan as plan_service
from planner.services.plan import get_plan, init_plan
from planner.storage.database import Database
from planner.storage.paths import AppPaths

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Database:
    db = Database.open(AppPaths.resolve(tmp_path / "data"))
    yield db  # type: ignore[misc]
    db.close()


def _init(db: Database, language: Language, business: str = "Leipomo Lämmin") -> None:
    init_plan(db, language=language, business=business, owner="Aino")


def test_markdown_in_finnish_has_the_summary_then_the_full_plan(
    sqlite_db: Database, tmp_path: Path
) -> None:
    _init(sqlite_db, Language.FI)
    target = export_plan(sqlite_db, ExportFormat.MARKDOWN, tmp_path / "plan.md")
    text = target.read_text(encoding="utf-8")
    summary, _, full = text.partition('<div class="page-break"></div>')
    for heading in (
        "Kuinka nopeasti",
        "Vaiheet tässä järjestyksessä",
        "Kenelle soittaa",
        "Viisi vaihetta",
    ):
        assert heading in summary, heading
    assert "Asiakas on oikeassa" in summary  # the five-step checklist
    assert "1 tunti" in summary  # targets spelt out in Finnish
    for section in (
        "Seurantarutiini",
        "Vastauspohjat",
        "Yhteydenottoportaat",
        "Periaatteet",
        "Ihmiset",
        "Hyvitykset",
    ):
        assert f"## {section}" in full, section
    assert "{customer\\_name}" in full  # templates are printed as written (Markdown-escaped)


def test_markdown_in_english(sqlite_db: Database, tmp_path: Path) -> None:
    _init(sqlite_db, Language.EN, "Corner Cafe")
    text = export_plan(sqlite_db, ExportFormat.MARKDOWN, tmp_path / "plan.md").read_text()
    for heading in (
        "How fast",
        "Steps, in this order",
        "Who to call",
        "The five steps",
        "## Reply templates",
        "## Escalation ladder",
    ):
        assert heading in text
    assert "1 hour" in text and "2 days" in text


def test_html_never_carries_script_handlers_or_javascript_links(
    sqlite_db: Database, tmp_path: Path
) -> None:
    _init(sqlite_db, Language.FI, business=f"Leipomo {HOSTILE}")
    plan = get_plan(sqlite_db)
    assert plan is not None
    template = plan.sections[PlanSection.TEMPLATES][0]
    plan_service.update_item(
        sqlite_db,
        PlanSection.TEMPLATES,
        template["id"],
        {
            "title": f"Kuittaus {HOSTILE}",
            "body": "Hei {customer_name}, [klikkaa](javascript:alert(1)) "
            "<a href='JaVaScRiPt:alert(2)' onclick='x()'>tästä</a>\n{signature}",
        },
    )
    plan_service.update_item(
        sqlite_db,
        PlanSection.PEOPLE,
        plan.sections[PlanSection.PEOPLE][1]["id"],
        {"name": "<svg onload=alert(3)>"},
    )
    html = export_plan(sqlite_db, ExportFormat.HTML, tmp_path / "plan.html").read_text()
    lowered = html.lower()
    assert "<script" not in lowered
    # The owner's text may mention javascript: as words; no link or attribute may use it.
    assert not re.search(r"<[^>]+=\s*[\"']?\s*javascript:", lowered)
    assert not re.search(r"<[^>]+\son\w+\s*=", lowered)
    assert "<svg" not in lowered and "<img" not in lowered
    assert "&lt;script&gt;" in html  # shown as text, not dropped silently


def test_pdf_opens_and_its_first_page_is_the_summary(
    qapp,
    sqlite_db: Database,  # noqa: ANN001
    tmp_path: Path,
) -> None:
    from PySide6.QtPdf import QPdfDocument

    _init(sqlite_db, Language.FI)
    target = export_plan(sqlite_db, ExportFormat.PDF, tmp_path / "plan.pdf")
    document = QPdfDocument()
    assert document.load(str(target)) == QPdfDocument.Error.None_
    assert document.pageCount() >= 3
    first = document.getAllText(0).text()
    second = document.getAllText(1).text()
    assert "Kuinka nopeasti" in first and "Viisi vaihetta" in first
    assert "Älä" in first  # the don'ts are on the summary page too
    assert "Koko suunnitelma" not in first and "Koko suunnitelma" in second
    document.close()


def test_export_without_a_plan_says_what_to_do(sqlite_db: Database, tmp_path: Path) -> None:
    from planner.core.errors import NotFoundError

    with pytest.raises(NotFoundError, match="plan init"):
        export_plan(sqlite_db, ExportFormat.MARKDOWN, tmp_path / "plan.md")
    assert not (tmp_path / "plan.md").exists()
