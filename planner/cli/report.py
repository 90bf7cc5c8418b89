"""``crisis-planner report``: the period's figures as Markdown, CSV or JSON, for a script, a
spreadsheet or a person."""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

from planner.cli.common import open_database
from planner.core.errors import ValidationError
from planner.core.i18n import arg, translate
from planner.export.files import write_text_atomic
from planner.services.metrics import Metrics, Period, metrics_json, period_metrics

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_day(value: str) -> date:
    """A calendar day as YYYY-MM-DD, nothing else."""
    text = value.strip()
    try:
        if not _DAY.fullmatch(text):
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            arg(
                translate("ReportCommand", "“%1” is not a date (use YYYY-MM-DD, e.g. 2026-03-01)."),
                value,
            )
        ) from None


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "report", help="figures for a period: complaints, response times, outcomes, praise"
    )
    parser.add_argument(
        "--from",
        dest="date_from",
        metavar="YYYY-MM-DD",
        type=parse_day,
        help="first day (default: from the beginning)",
    )
    parser.add_argument(
        "--to",
        dest="date_to",
        metavar="YYYY-MM-DD",
        type=parse_day,
        help="last day (default: today)",
    )
    parser.add_argument("--format", choices=["md", "csv", "json"], required=True)
    parser.add_argument(
        "--output", type=Path, metavar="FILE", help="file to write (default: standard output)"
    )
    parser.set_defaults(handler=run_report)


def _metrics(args: argparse.Namespace, period: Period) -> Metrics:
    db = open_database(args)
    try:
        return period_metrics(db, period)
    finally:
        db.close()


def render(metrics: Metrics, fmt: str) -> str:
    if fmt == "json":
        return (
            json.dumps(metrics_json(metrics), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        )
    from planner.export import report

    if fmt == "csv":
        return report.metrics_csv_text(metrics)
    return report.report_markdown(metrics)


def run_report(args: argparse.Namespace) -> int:
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise ValidationError(
            arg(
                translate("ReportCommand", "The period starts (%1) after it ends (%2)."),
                args.date_from.isoformat(),
                args.date_to.isoformat(),
            ),
            "from",
        )
    metrics = _metrics(args, Period(args.date_from, args.date_to))
    if args.output is None:
        sys.stdout.write(render(metrics, args.format))
        return 0
    target = args.output.expanduser().absolute()
    if args.format == "csv":
        from planner.export.report import metrics_csv

        metrics_csv(metrics, target)  # with a BOM, for spreadsheets
    else:
        write_text_atomic(target, render(metrics, args.format))
    print(arg(translate("ReportCommand", "Wrote %1."), target))
    return 0
