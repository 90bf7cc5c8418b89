"""``crisis-planner report`` as a script would use it, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import pytest

from planner.storage.database import Database
from planner.storage.paths import AppPaths
from tests.cli.test_check import run_cli
from tests.services.test_metrics import build_dataset

KEYS = {
    "incidents_total",
    "incidents_by_channel",
    "incidents_by_severity",
    "incidents_by_month",
    "first_reply_within_target_ratio",
    "median_minutes_to_detection",
    "median_minutes_to_first_reply",
    "median_minutes_to_first_contact",
    "outcomes",
    "root_causes",
    "actions_open",
    "actions_overdue",
    "promises_kept_ratio",
    "praise_total",
    "period_start",
    "period_end",
}
MONTH_KEYS = {"month", "incidents", "by_channel", "by_severity", "praise"}
Q1 = ("--from", "2025-01-01", "--to", "2025-03-31")


def cli(paths: AppPaths, database: str, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(
        "--lang", "en", "--data-dir", str(paths.data_dir), "--database", database, "report", *args
    )


@pytest.fixture
def filled(db: Database, paths: AppPaths, database_arg: str) -> tuple[AppPaths, str]:
    build_dataset(db)
    return paths, database_arg


def test_json_has_exactly_the_documented_keys(filled: tuple[AppPaths, str]) -> None:
    result = cli(*filled, *Q1, "--format", "json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert set(document) == KEYS
    assert all(set(month) == MONTH_KEYS for month in document["incidents_by_month"])
    # Pretty and with sorted keys, so that two reports diff well.
    assert result.stdout.startswith('{\n  "actions_open": ')
    assert list(document) == sorted(document)
    assert document["incidents_total"] == 6
    assert document["period_start"] == "2025-01-01" and document["period_end"] == "2025-03-31"
    assert document["first_reply_within_target_ratio"] == pytest.approx(0.6)
    assert document["median_minutes_to_first_reply"] == 75.0
    assert document["promises_kept_ratio"] == pytest.approx(2 / 3)
    assert [m["month"] for m in document["incidents_by_month"]] == [
        "2025-01",
        "2025-02",
        "2025-03",
    ]
    # Actions are of today (2026 or later): all four open ones are late except the undated.
    assert document["actions_open"] == 4 and document["actions_overdue"] == 3


def test_markdown_and_csv_on_standard_output(filled: tuple[AppPaths, str]) -> None:
    markdown = cli(*filled, *Q1, "--format", "md")
    assert markdown.returncode == 0, markdown.stderr
    assert markdown.stdout.startswith("# Report on public complaints")
    assert "| Complaints | 6 |" in markdown.stdout
    table = cli(*filled, *Q1, "--format", "csv")
    assert table.returncode == 0, table.stderr
    rows = list(csv.reader(io.StringIO(table.stdout)))
    assert rows[0] == ["key", "value"]
    assert dict(rows[1:])["incidents_by_channel.facebook"] == "2"


def test_files_are_written(filled: tuple[AppPaths, str], tmp_path: Path) -> None:
    for fmt in ("md", "csv", "json"):
        target = tmp_path / f"out.{fmt}"
        result = cli(*filled, "--from", "2025-03-01", "--format", fmt, "--output", str(target))
        assert result.returncode == 0, result.stderr
        assert "Wrote" in result.stdout and str(target) in result.stdout
    assert (tmp_path / "out.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    document = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert document["period_start"] == "2025-03-01" and document["period_end"] is None
    assert document["incidents_total"] == 3  # I5, I6 and I8 (April)


def test_an_empty_database_reports_nulls(db: Database, paths: AppPaths, database_arg: str) -> None:
    result = cli(paths, database_arg, "--format", "json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert set(document) == KEYS
    assert document["incidents_total"] == 0 and document["incidents_by_month"] == []
    for key in (
        "first_reply_within_target_ratio",
        "median_minutes_to_detection",
        "median_minutes_to_first_reply",
        "median_minutes_to_first_contact",
        "promises_kept_ratio",
        "period_start",
        "period_end",
    ):
        assert document[key] is None
    assert "no data" in cli(paths, database_arg, "--format", "md").stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--from", "2025-02-30", "--format", "json"), "“2025-02-30” is not a date"),
        (("--to", "yesterday", "--format", "json"), "“yesterday” is not a date"),
        (("--from", "2025/01/01", "--format", "json"), "is not a date"),
        (("--from", "20250101", "--format", "json"), "is not a date"),
        (("--format", "xml"), "invalid choice"),
        (
            (
                "--from",
                "2025-01-01",
            ),
            "--format",
        ),
        (
            ("--from", "2025-03-01", "--to", "2025-01-31", "--format", "md"),
            "The period starts (2025-03-01) after it ends (2025-01-31).",
        ),
    ],
)
def test_bad_arguments_fail_clearly(
    db: Database, paths: AppPaths, database_arg: str, args: tuple[str, ...], message: str
) -> None:
    result = cli(paths, database_arg, *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_a_missing_folder_is_an_export_error(
    db: Database, paths: AppPaths, database_arg: str, tmp_path: Path
) -> None:
    target = tmp_path / "no-such-folder" / "report.md"
    result = cli(paths, database_arg, "--format", "md", "--output", str(target))
    assert result.returncode == 6
    assert "the folder does not exist" in result.stderr
    assert not target.exists()
