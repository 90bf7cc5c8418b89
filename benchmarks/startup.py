"""Start-up in fresh processes: spawn -> window painted, spawn -> start page shows data,
for the app and for its floor (startup_probe.py), alternating so that drift in the
machine's load hits both alike. Each start gets a new data folder (as a first start of
the day: the start-up backup runs, as it would for the owner)."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import dataset

PROBE = Path(__file__).with_name("startup_probe.py")
TIMEOUT_S = 120


@dataclass
class Marks:
    paint: list[float] = field(default_factory=list)
    data: list[float] = field(default_factory=list)

    def median(self, name: str) -> float:
        values = getattr(self, name)
        return round(statistics.median(values), 1) if values else float("nan")


def probe_env() -> dict[str, str]:
    """Offscreen, none of the user's overrides, and bytecode caches kept (in the benchmark's
    cache folder, not the source tree) even where PYTHONDONTWRITEBYTECODE is set: an
    installed app starts from compiled modules, so the warm-up start compiles them once."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CRISIS_PLANNER_")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(dataset.cache_dir() / "pycache")
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def start_once(mode: str, database: Path, work: Path) -> dict[str, float]:
    """One start; milliseconds from spawn to each mark."""
    data_dir = Path(tempfile.mkdtemp(prefix=f"start-{mode}-", dir=work))
    log = data_dir.with_suffix(".stderr")
    command = [sys.executable, str(PROBE), mode, "--data-dir", str(data_dir)]
    command += ["--database", str(database)]
    marks: dict[str, float] = {}
    try:
        with log.open("w") as errors:
            spawned = time.monotonic()
            process = subprocess.Popen(
                command, stdout=subprocess.PIPE, stderr=errors, text=True, env=probe_env()
            )
            # A hung start must not hang the benchmark: the reader below blocks until EOF.
            killer = threading.Timer(TIMEOUT_S, process.kill)
            killer.start()
            assert process.stdout is not None
            for line in process.stdout:
                if line.startswith("MARK "):
                    _, name, moment = line.split()
                    marks[name] = round((float(moment) - spawned) * 1000, 1)
            code = process.wait()
            killer.cancel()
        if code != 0 or set(marks) != {"paint", "data"}:
            raise RuntimeError(
                f"start-up probe {mode} exited {code} with marks {marks}:\n{log.read_text()}"
            )
        return marks
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
        log.unlink(missing_ok=True)


def measure(database: Path, work: Path, repeats: int, warmup: int = 1) -> dict[str, Marks]:
    """Medians come from ``repeats`` starts of each; ``warmup`` starts first are dropped
    (they write the bytecode caches and warm the file cache)."""
    results = {"app": Marks(), "floor": Marks()}
    for run in range(warmup + repeats):
        for mode in ("floor", "app"):
            marks = start_once(mode, database, work)
            if run >= warmup:
                results[mode].paint.append(marks["paint"])
                results[mode].data.append(marks["data"])
    return results
