"""cProfile per benchmark step, for the GUI thread and for the task runner's jobs.

cProfile hooks only the thread that enables it, so the GUI thread gets one profiler per
step and every job handed to the runner is wrapped in its own, merged per step. The
profilers slow everything down: timings of a profiled run are not the benchmark's."""

from __future__ import annotations

import cProfile
import io
import pstats
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from planner.ui.tasks import TaskRunner


class StepProfiler:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.step = ""
        self._main: dict[str, cProfile.Profile] = {}
        self._workers: dict[str, pstats.Stats] = {}
        self._lock = threading.Lock()
        self._current: cProfile.Profile | None = None
        self._patch_runner()

    def enter(self, step: str) -> None:
        if step == self.step:
            return
        if self._current is not None:
            self._current.disable()
        self.step = step
        self._current = self._main.setdefault(step, cProfile.Profile())
        self._current.enable()

    def _patch_runner(self) -> None:
        original = TaskRunner.run
        profiler = self

        def run(runner: TaskRunner, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
            step = profiler.step

            def profiled(*job_args: Any) -> Any:
                job = cProfile.Profile()
                job.enable()
                try:
                    return fn(*job_args)
                finally:
                    job.disable()
                    profiler._add_worker(step, job)

            original(runner, profiled, *args, **kwargs)

        TaskRunner.run = run  # type: ignore[method-assign,assignment]

    def _add_worker(self, step: str, job: cProfile.Profile) -> None:
        with self._lock:
            if step in self._workers:
                self._workers[step].add(job)
            else:
                self._workers[step] = pstats.Stats(job)

    def dump(self, top: int = 30) -> None:
        if self._current is not None:
            self._current.disable()
        self.folder.mkdir(parents=True, exist_ok=True)
        for kind, found in (("gui", self._main), ("workers", self._workers)):
            for step, data in found.items():
                stats = data if isinstance(data, pstats.Stats) else pstats.Stats(data)
                name = re.sub(r"[^a-z0-9]+", "-", step.lower()).strip("-")
                stats.dump_stats(self.folder / f"{name}-{kind}.pstats")
                text = io.StringIO()
                stats.stream = text  # type: ignore[attr-defined]
                stats.sort_stats("cumulative").print_stats(top)
                stats.sort_stats("tottime").print_stats(top)
                (self.folder / f"{name}-{kind}.txt").write_text(text.getvalue())
