"""The period report: how criticism was handled over a period, as Markdown, HTML or PDF,
plus the same figures and the period's incidents as CSV for a spreadsheet. Headings follow
the UI's language, like the case export."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path

from planner.core.enums import Channel, IncidentStatus, RootCause, Severity
from planner.core.i18n import arg, current_language, translate
from planner.core.labels import label
from planner.export.files import write_text_atomic
from planner.export.html import html_document, markdown_to_html
from planner.export.plan_export import ExportFormat
from planner.services.metrics import Metrics, Period, metrics_json, period_incidents, period_metrics
from planner.storage.database import Database

BOM = "\ufeff"

INCIDENT_FIELDS = (
    "id",
    "title",
    "channel",
    "severity",
    "status",
    "posted_at",
    "detected_at",
    "first_reply_at",
    "first_contact_at",
    "minutes_to_first_reply",
    "minutes_to_first_contact",
    "reply_within_target",
    "justified",
    "root_cause",
)

# Texts a spreadsheet would run as a formula (CSV injection) get a leading apostrophe.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def report_title() -> str:
    return translate("Report", "Report on public complaints")


def _no_data() -> str:
    return translate("Report", "no data")


def _root_cause_label(cause: RootCause) -> str:
    return translate("Labels", label(cause))


def _number(value: float) -> str:
    return f"{value:g}" if value != int(value) else str(int(value))


def _minutes(value: float | None) -> str:
    if value is None:
        return _no_data()
    text = arg(translate("Report", "%1 min"), _number(value))
    whole = round(value)
    days, rest = divmod(whole, 1440)
    hours, mins = divmod(rest, 60)
    if days:
        text += " (" + arg(translate("Report", "%1 d %2 h"), days, hours) + ")"
    elif hours:
        text += " (" + arg(translate("Report", "%1 h %2 min"), hours, mins) + ")"
    return text


def _percent(ratio: float | None) -> str:
    if ratio is None:
        return _no_data()
    return arg(translate("Report", "%1 %"), round(ratio * 100))


def _day(value: date | None, missing: str) -> str:
    return value.isoformat() if value else missing


def _period_text(metrics: Metrics) -> str:
    return arg(
        translate("Report", "%1 to %2"),
        _day(metrics.period_start, translate("Report", "the beginning")),
        _day(metrics.period_end, translate("Report", "today")),
    )


def _table(header: Iterable[str], rows: list[list[str]]) -> list[str]:
    names = list(header)
    lines = ["| " + " | ".join(names) + " |", "|" + " --- |" * len(names)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def _count_table(name: str, counts: list[tuple[str, int]]) -> list[str]:
    if not counts:
        return [_no_data()]
    return _table((name, translate("Report", "Complaints")), [[k, str(v)] for k, v in counts])


def report_markdown(metrics: Metrics) -> str:
    """The period's figures as a Markdown document with headings and tables."""
    lines = [f"# {report_title()}", ""]
    lines += [f"**{translate('Report', 'Period')}:** {_period_text(metrics)}", ""]

    lines += [f"## {translate('Report', 'Summary')}", ""]
    summary = [
        [translate("Report", "Complaints"), str(metrics.incidents_total)],
        [
            translate("Report", "First public replies within the target"),
            _percent(metrics.first_reply_within_target_ratio),
        ],
        [
            translate("Report", "Median time from publication to noticing"),
            _minutes(metrics.median_minutes_to_detection),
        ],
        [
            translate("Report", "Median time to the first public reply"),
            _minutes(metrics.median_minutes_to_first_reply),
        ],
        [
            translate("Report", "Median time to the first personal contact"),
            _minutes(metrics.median_minutes_to_first_contact),
        ],
        [translate("Report", "Public promises kept"), _percent(metrics.promises_kept_ratio)],
        [translate("Report", "Praise received"), str(metrics.praise_total)],
        [translate("Report", "Open actions (now)"), str(metrics.actions_open)],
        [translate("Report", "Late actions (now)"), str(metrics.actions_overdue)],
    ]
    lines += _table((translate("Report", "Measure"), translate("Report", "Value")), summary)
    lines.append("")
    lines.append(
        translate(
            "Report",
            "Times count from publication (or, when unknown, from noticing) and, where the "
            "plan says so, only the owner's waking hours.",
        )
    )

    lines += ["", f"## {translate('Report', 'By channel')}", ""]
    lines += _count_table(
        translate("Report", "Channel"),
        [
            (translate("Labels", label(c)), metrics.incidents_by_channel[c.value])
            for c in Channel
            if c.value in metrics.incidents_by_channel
        ],
    )
    lines += ["", f"## {translate('Report', 'By severity')}", ""]
    lines += _count_table(
        translate("Report", "Severity"),
        [
            (translate("Labels", label(s)), metrics.incidents_by_severity[s.value])
            for s in Severity
            if s.value in metrics.incidents_by_severity
        ],
    )
    lines += ["", f"## {translate('Report', 'How they ended')}", ""]
    lines += _count_table(
        translate("Report", "Status"),
        [
            (translate("Labels", label(s)), metrics.outcomes[s.value])
            for s in IncidentStatus
            if s.value in metrics.outcomes
        ],
    )
    lines += ["", f"## {translate('Report', 'Root causes')}", ""]
    lines += _count_table(
        translate("Report", "Root cause"),
        [
            (_root_cause_label(r), metrics.root_causes[r.value])
            for r in RootCause
            if r.value in metrics.root_causes
        ],
    )
    lines += ["", f"## {translate('Report', 'By month')}", ""]
    if metrics.months:
        header = [translate("Report", "Month"), translate("Report", "Complaints")]
        header += [translate("Labels", label(s)) for s in Severity]
        header.append(translate("Report", "Praise"))
        rows = [
            [row.month, str(row.incidents)]
            + [str(row.by_severity.get(s.value, 0)) for s in Severity]
            + [str(row.praise)]
            for row in metrics.months
        ]
        lines += _table(header, rows)
    else:
        lines.append(_no_data())
    return "\n".join(lines).rstrip() + "\n"


def export_report(db: Database, period: Period, fmt: ExportFormat, target: Path) -> Path:
    """Write the period report to ``target`` atomically (the old file survives a failure)."""
    markdown = report_markdown(period_metrics(db, period))
    if fmt == ExportFormat.MARKDOWN:
        write_text_atomic(target, markdown)
        return target
    title = report_title()
    html = html_document(title, markdown_to_html(markdown), language=current_language())
    if fmt == ExportFormat.HTML:
        write_text_atomic(target, html)
    else:
        from planner.export.pdf import html_to_pdf  # Qt's PDF stack loads only when needed

        html_to_pdf(html, target, title=title)
    return target


def _cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def _csv_text(rows: Iterable[Iterable[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerows(rows)
    return buffer.getvalue()


def _time(moment: datetime | None) -> str:
    return moment.isoformat() if moment else ""


def _optional(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def incidents_csv(db: Database, period: Period, target: Path) -> Path:
    """One row per incident of the period (oldest first), as UTF-8 CSV with a BOM so that
    spreadsheets read it as UTF-8. Times are ISO 8601 in the report's zone, with offset."""
    rows: list[list[str]] = [list(INCIDENT_FIELDS)]
    for i in period_incidents(db, period):
        rows.append(
            [
                str(i.id),
                _cell(i.title),
                i.channel.value,
                i.severity.value,
                i.status.value,
                _time(i.posted_at),
                _time(i.detected_at),
                _time(i.first_reply_at),
                _time(i.first_contact_at),
                _optional(i.minutes_to_first_reply),
                _optional(i.minutes_to_first_contact),
                _optional(i.reply_within_target),
                i.justified.value if i.justified else "",
                i.root_cause.value if i.root_cause else "",
            ]
        )
    write_text_atomic(target, BOM + _csv_text(rows))
    return target


def _flatten(prefix: str, value: object) -> list[tuple[str, str]]:
    if isinstance(value, dict):
        pairs: list[tuple[str, str]] = []
        for key, item in value.items():
            pairs += _flatten(f"{prefix}.{key}" if prefix else str(key), item)
        return pairs
    if isinstance(value, list):  # incidents_by_month: one group of keys per month
        pairs = []
        for item in value:
            assert isinstance(item, dict)
            rest = {k: v for k, v in item.items() if k != "month"}
            pairs += _flatten(f"{prefix}.{item['month']}", rest)
        return pairs
    return [(prefix, _optional(value))]


def metrics_csv_rows(metrics: Metrics) -> list[tuple[str, str]]:
    """``metrics_json`` as (key, value) pairs: nested keys joined with dots (by_month by
    its month, e.g. ``incidents_by_month.2025-03.by_channel.google``); None is empty."""
    return _flatten("", metrics_json(metrics))


def metrics_csv_text(metrics: Metrics) -> str:
    """The metrics CSV without a BOM (for a pipe); :func:`metrics_csv` writes the file."""
    return _csv_text([("key", "value"), *metrics_csv_rows(metrics)])


def metrics_csv(metrics: Metrics, target: Path) -> Path:
    """The figures as key,value rows in UTF-8 CSV with a BOM, written atomically."""
    write_text_atomic(target, BOM + metrics_csv_text(metrics))
    return target
