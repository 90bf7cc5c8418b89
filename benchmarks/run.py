"""The large-data benchmark (issue 10): `make bench`, or

    .venv/bin/python benchmarks/run.py [--scale 1.0] [--repeats 5] [--json FILE]
                                       [--no-fail] [--smoke] [--keep] [--rebuild]
                                       [--profile DIR]

Builds (or reuses) the synthetic dataset, copies it for this run, measures start-up in
fresh processes against its floors, drives the real window through the steps in one GUI
process (the stall meter and peak RSS cover all of them), prints the table and exits 1
when a target is missed. ``--smoke`` (CI) runs each step once and only fails on a crash:
timing on a shared CI machine decides nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import dataset
import report
import startup

HERE = Path(__file__).resolve().parent


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Crisis Planner large-data benchmark")
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = 10,000 incidents")
    parser.add_argument("--repeats", type=int, help="runs per step (default 5; smoke 1)")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument("--no-fail", action="store_true", help="exit 0 when targets miss")
    parser.add_argument("--smoke", action="store_true", help="one run each, never fail on time")
    parser.add_argument("--keep", action="store_true", help="keep this run's working folder")
    parser.add_argument("--rebuild", action="store_true", help="regenerate the cached dataset")
    parser.add_argument(
        "--profile", type=Path, help="cProfile the GUI steps per step into this folder"
    )
    args = parser.parse_args(argv)
    if args.repeats is None:
        args.repeats = 1 if args.smoke else 5
    # A profiled run is several times slower: its times say nothing about the targets.
    args.no_fail = args.no_fail or args.smoke or args.profile is not None
    return args


def run_gui_steps(database: Path, work: Path, repeats: int, profile: Path | None) -> dict[str, Any]:
    out = work / "gui.json"
    command = [sys.executable, str(HERE / "gui_steps.py"), "--database", str(database)]
    command += ["--data-dir", str(work / "gui-data"), "--out", str(out)]
    command += ["--repeats", str(repeats)]
    if profile is not None:
        command += ["--profile", str(profile.absolute())]
    completed = subprocess.run(command, env=startup.probe_env(), timeout=1800)
    if not out.exists():
        raise RuntimeError(f"the GUI steps crashed (exit {completed.returncode})")
    results: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    if completed.returncode != 0 or results.get("errors"):
        raise RuntimeError("errors in the GUI steps:\n" + "\n".join(results.get("errors", [])))
    return results


def rows_of(marks: dict[str, startup.Marks], gui: dict[str, Any]) -> list[report.Row]:
    rows = [
        report.make_row(
            "start: window painted", marks["app"].median("paint"), marks["floor"].median("paint")
        ),
        report.make_row(
            "start: data shown", marks["app"].median("data"), marks["floor"].median("data")
        ),
    ]
    for step in report.STEPS[2:]:
        found = gui[step]
        if step == "peak RSS":
            rows.append(report.make_row(step, found["mb"]))
        elif step == "longest event-loop stall":
            rows.append(report.make_row(step, found["ms"], note=f"in {found['step']}"))
        else:
            rows.append(report.make_row(step, found["ms"], found.get("floor")))
    return rows


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    started = time.monotonic()
    source = dataset.ensure_dataset(args.scale, rebuild=args.rebuild)
    work = Path(tempfile.mkdtemp(prefix="crisis-bench-"))
    try:
        database = work / "planner.sqlite3"
        shutil.copyfile(source, database)  # the steps write; the cache stays as built
        os.chmod(database, 0o600)
        print(f"dataset {source.name} (scale {args.scale:g}); working in {work}", flush=True)
        marks = startup.measure(database, work, args.repeats, warmup=0 if args.smoke else 1)
        gui = run_gui_steps(database, work, args.repeats, args.profile)
        rows = rows_of(marks, gui)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print()
    print(report.table(rows))
    failed = [row.step for row in rows if row.passed is False]
    print(f"\n{len(failed)} of {sum(r.passed is not None for r in rows)} targets missed", end="")
    print(f"; {time.monotonic() - started:.0f} s in all" + (f"; kept {work}" if args.keep else ""))
    if args.json:
        document = {
            "scale": args.scale,
            "repeats": args.repeats,
            "dataset": str(source),
            "rows": [row.as_dict() for row in rows],
            "startup": {mode: vars(m) for mode, m in marks.items()},
            "gui": gui,
        }
        args.json.write_text(json.dumps(document, indent=2, ensure_ascii=False), encoding="utf-8")
    return 1 if failed and not args.no_fail else 0


if __name__ == "__main__":
    sys.exit(main())
