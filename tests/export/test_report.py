"""The period report: Markdown with the figures, HTML and PDF, and CSVs that read back."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from planner.export.plan_export import ExportFormat
from planner.export.report import (
    INCIDENT_FIELDS,
    export_report,
    incidents_csv,
    metrics_csv,
    metrics_csv_text,
    report_markdown,
)
from planner.services.metrics import Period, period_metrics
from planner.storage.database import Database
from tests.services.test_metrics import NOW, Q1, build_dataset


def _rows(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM, for spreadsheets
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_markdown_has_the_figures(db: Database) -> None:
    build_dataset(db)
    text = report_markdown(period_metrics(db, Q1, now=NOW))
    assert text.startswith("# Report on public complaints\n")
    assert "2025-01-01 to 2025-03-31" in text
    assert "| Complaints | 6 |" in text
    assert "| First public replies within the target | 60 % |" in text
    assert "| Median time from publication to noticing | 25 min |" in text
    assert "| Median time to the first public reply | 75 min (1 h 15 min) |" in text
    assert "| Median time to the first personal contact | 180 min (3 h 0 min) |" in text
    assert "| Public promises kept | 67 % |" in text
    assert "| Praise received | 3 |" in text
    assert "| Open actions (now) | 4 |" in text
    assert "| Late actions (now) | 2 |" in text
    assert "| Google reviews | 2 |" in text
    assert "| Severe | 3 |" in text
    assert "| Parted ways | 1 |" in text
    assert "| Unclear offer or sales text | 2 |" in text
    assert "| 2025-02 | 2 | 0 | 1 | 1 | 0 |" in text  # month, all, severe, critical, mild, praise
    assert "no data" not in text


def test_markdown_says_no_data_when_there_is_none(db: Database) -> None:
    text = report_markdown(period_metrics(db, Period(date(2030, 1, 1), date(2030, 1, 31))))
    assert "| Complaints | 0 |" in text
    assert "| First public replies within the target | no data |" in text
    assert "| Median time to the first public reply | no data |" in text
    assert "| Public promises kept | no data |" in text
    assert text.count("no data") == 10  # 5 figures, 4 count tables and the months
    assert "the beginning" not in text
    assert "the beginning to today" in report_markdown(period_metrics(db, Period.all_time()))


def test_incidents_csv_reads_back(db: Database, tmp_path: Path) -> None:
    data = build_dataset(db)
    target = incidents_csv(db, Q1, tmp_path / "incidents.csv")
    header, *rows = _rows(target)
    assert tuple(header) == INCIDENT_FIELDS
    assert [int(row[0]) for row in rows] == [data.i1, data.i2, data.i3, data.i4, data.i5, data.i6]
    by_id = {int(row[0]): dict(zip(header, row, strict=True)) for row in rows}
    night = by_id[data.i2]
    assert night["channel"] == "google" and night["severity"] == "high"
    assert night["posted_at"] == "2025-01-20T21:30:00+02:00"  # local time with its offset
    assert night["first_reply_at"] == "2025-01-21T07:45:00+02:00"
    assert night["minutes_to_first_reply"] == "75" and night["reply_within_target"] == "no"
    assert night["root_cause"] == "unclear-offer" and night["justified"] == "partly"
    assert by_id[data.i1]["minutes_to_first_contact"] == "120"
    assert by_id[data.i1]["reply_within_target"] == "yes"
    waiting = by_id[data.i6]
    assert waiting["status"] == "new" and waiting["posted_at"] == ""
    assert waiting["minutes_to_first_reply"] == "" and waiting["reply_within_target"] == ""


def test_a_title_that_looks_like_a_formula_is_defused(db: Database, tmp_path: Path) -> None:
    from planner.services.incidents import IncidentInput, log_incident

    log_incident(db, IncidentInput(text="x", title="=HYPERLINK(1)", detected_at=NOW), now=NOW)
    _header, row = _rows(incidents_csv(db, Period.all_time(), tmp_path / "i.csv"))
    assert row[1] == "'=HYPERLINK(1)"


def test_metrics_csv_reads_back(db: Database, tmp_path: Path) -> None:
    build_dataset(db)
    metrics = period_metrics(db, Q1, now=NOW)
    header, *rows = _rows(metrics_csv(metrics, tmp_path / "metrics.csv"))
    assert header == ["key", "value"]
    values = dict(rows)
    assert len(values) == len(rows)  # every key once
    assert values["incidents_total"] == "6"
    assert values["period_start"] == "2025-01-01"
    assert values["incidents_by_channel.google"] == "2"
    assert values["incidents_by_month.2025-01.by_severity.high"] == "2"
    assert values["incidents_by_month.2025-02.praise"] == "0"
    assert float(values["first_reply_within_target_ratio"]) == 0.6
    assert float(values["median_minutes_to_first_reply"]) == 75.0
    assert values["root_causes.unclear-offer"] == "2"
    assert values["outcomes.parted-ways"] == "1"
    assert values["actions_overdue"] == "2"
    assert not metrics_csv_text(metrics).startswith("\ufeff")  # a pipe gets no BOM
    empty = dict(
        csv.reader(
            io.StringIO(metrics_csv_text(period_metrics(db, Period(NOW.date(), NOW.date()))))
        )
    )
    assert empty["median_minutes_to_first_reply"] == ""


def test_markdown_html_and_pdf_files(qapp: object, db: Database, tmp_path: Path) -> None:
    build_dataset(db)
    for fmt in ExportFormat:
        target = export_report(db, Q1, fmt, tmp_path / f"report.{fmt.value}")
        assert target.stat().st_size > 500
    assert "| Complaints | 6 |" in (tmp_path / "report.md").read_text(encoding="utf-8")
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<table" in html and "Report on public complaints" in html
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF-")


def test_a_case_export_carries_its_lessons_learned(db, tmp_path) -> None:
    from planner.core.enums import IncidentStatus, Justified, RootCause
    from planner.export.case_export import export_case
    from planner.export.plan_export import ExportFormat
    from planner.services.incidents import IncidentInput, change_status, log_incident
    from planner.services.lessons import (
        ActionInput,
        ReviewInput,
        add_action,
        complete_review,
        open_review,
    )

    incident_id = log_incident(db, IncidentInput(text="Late cake")).value
    change_status(db, incident_id, IncidentStatus.RESOLVED)
    review_id = open_review(db, incident_id).value
    complete_review(
        db,
        review_id,
        ReviewInput(
            justified=Justified.PARTLY,
            root_cause=RootCause.DELAY,
            to_change="Promise delivery times I can keep.",
        ),
    )
    add_action(db, review_id, ActionInput("Refund the fee", is_promise=True))
    target = export_case(db, incident_id, ExportFormat.MARKDOWN, tmp_path / "case.md")
    text = target.read_text(encoding="utf-8")
    assert "## Lessons learned" in text
    assert "**Justified:** Partly justified" in text
    assert "**Root cause:** Delay" in text
    assert "Promise delivery times I can keep." in text
    assert "- Refund the fee (promised in public)" in text
