"""The large-data benchmark still runs (issue 10): a tiny dataset, each step once. Timing
decides nothing here; a crash, a missing step or a changed screen that the benchmark can
no longer drive does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STEPS = [
    "start: window painted",
    "start: data shown",
    "incidents: open the list",
    "incidents: scroll to the end",
    "incidents: scroll, slowest page",
    "incidents: text filter",
    "incidents: text filter, query",
    "incidents: open one incident",
    "save a contact attempt",
    "journal: search",
    "journal: search, query",
    "review: dashboard, all time",
    "plan as PDF",
    "longest event-loop stall",
    "peak RSS",
]


def test_benchmark_runs_at_small_scale(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CRISIS_PLANNER_BENCH_CACHE": str(tmp_path / "cache"),
    }
    result_file = tmp_path / "bench.json"
    completed = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--scale", "0.01", "--smoke"]
        + ["--json", str(result_file)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    for step in STEPS:
        assert step in completed.stdout
    rows = json.loads(result_file.read_text(encoding="utf-8"))["rows"]
    assert [row["step"] for row in rows] == STEPS
    assert all(row["value"] > 0 for row in rows if not row["step"].startswith("incidents: scr"))
