"""The in-process steps: the real MainWindow (offscreen) driven against the dataset.

    python benchmarks/gui_steps.py --database FILE --data-dir DIR --out RESULT.json

Every step is timed from the user's action to the moment the window has been painted with
its result (see qt_probes.PaintProbe); work runs where the app runs it (its task runner).
A 10 ms timer watches the event loop throughout; the peak RSS is this process's. Raw-SQL
floors are measured next to their step with the stall meter paused. Steps that repeat
report the median; the samples are in the JSON."""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import statistics
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import raw_floors
import texts
from profiling import StepProfiler
from qt_probes import PaintProbe, StallMeter, wait_for

from planner.core.enums import ContactMethod, ContactOutcome
from planner.export.plan_export import ExportFormat, export_plan
from planner.services.incident_list import IncidentFilter, first_page
from planner.services.incidents import record_contact
from planner.services.journal import search_praise_counted
from planner.storage.paths import AppPaths
from planner.ui import crash, i18n
from planner.ui.app import build_window, create_application, open_database_async
from planner.ui.journal.page import JournalPage
from planner.ui.main_window import MainWindow
from planner.ui.review.page import ReviewPage
from planner.ui.widgets.paged_model import PAGE, PagedModel

SAVES = 15  # durable writes are noisy (fsync): more samples than the other steps


def median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples), 1)


class LoadCounter:
    """How many first pages a paged model has shown (its ``loaded`` signal)."""

    def __init__(self, model: PagedModel[Any]) -> None:
        self.count = 0
        model.loaded.connect(self._loaded)

    def _loaded(self) -> None:
        self.count += 1


class GuiBench:
    def __init__(
        self, window: MainWindow, database: Path, repeats: int, profile: Path | None = None
    ) -> None:
        self.profiler = StepProfiler(profile) if profile else None
        self.window = window
        self.context = window.context
        self.repeats = repeats
        self.probe = PaintProbe(window)
        self.meter = StallMeter(window)
        self.results: dict[str, Any] = {}
        self.raw = raw_floors.connect(database)
        self.incident_id = raw_floors.busiest_open_incident(self.raw)

    # -- helpers ---------------------------------------------------------------------------
    def enter(self, step: str) -> None:
        """Name what runs from now on, for the stall meter and the profiler."""
        self.meter.step = step
        if self.profiler is not None:
            self.profiler.enter(step)

    def idle(self) -> None:
        wait_for(lambda: not self.context.runner.busy, 120, "the task runner to finish")

    def record(self, name: str, samples: list[float], **extra: Any) -> None:
        self.results[name] = {"ms": median_ms(samples), "samples": samples, **extra}

    def timed_paint(self, name: str, act: Callable[[], None], ready: Callable[[], bool]) -> float:
        """Milliseconds from ``act()`` until the window was painted with ``ready()`` true."""
        self.enter(name)
        self.probe.expect(ready)
        started = time.monotonic()
        act()
        return round((self.probe.wait(what=name) - started) * 1000, 1)

    def timed_call(self, fn: Callable[[], object]) -> float:
        """Milliseconds of one call, with the stall meter paused (it runs on this thread)."""
        with self.meter.paused():
            started = time.perf_counter()
            fn()
            return round((time.perf_counter() - started) * 1000, 1)

    def floor(self, fn: Callable[[], float], runs: int) -> float:
        with self.meter.paused():
            return median_ms([fn() for _ in range(runs)])

    def on_worker(self, name: str, fn: Callable[..., Any], *args: Any) -> float:
        """Milliseconds from handing ``fn`` to the task runner until its result is back on
        the GUI thread (change notices published), as when the user presses Save."""
        self.enter(name)
        done: list[float] = []
        started = time.monotonic()
        self.context.runner.run(fn, *args, on_done=lambda _r: done.append(time.monotonic()))
        wait_for(lambda: bool(done), 120, name)
        return round((done[0] - started) * 1000, 1)

    # -- the steps -----------------------------------------------------------------------------
    def start_up(self) -> None:
        ready: list[float] = []
        self.context.database_ready.connect(lambda: ready.append(time.monotonic()))
        self.enter("start-up")
        self.meter.start()
        started = time.monotonic()
        self.window.show()
        open_database_async(self.window)
        gc.freeze()  # as run_gui does after start-up
        wait_for(lambda: bool(ready), 120, "the database to open")
        self.idle()
        elapsed = round((time.monotonic() - started) * 1000, 1)
        self.results["start-up until every page has loaded"] = {"ms": elapsed}

    def incidents_list(self) -> None:
        page = self.window.incidents_page
        panel = page.list_panel
        loads = LoadCounter(panel.model)
        samples = []
        for _ in range(self.repeats):
            self.window.show_page("start")
            page.show_list()
            self.idle()
            before = loads.count

            def act() -> None:
                self.window.show_page("incidents")
                panel.apply_filter()

            name = "incidents: open the list"
            samples.append(self.timed_paint(name, act, partial(lambda n: loads.count > n, before)))
        self.record("incidents: open the list", samples, rows=panel.model.total)

    def incidents_scroll(self) -> None:
        panel = self.window.incidents_page.list_panel
        model, bar = panel.model, panel.table.verticalScrollBar()
        self.idle()
        pages: list[float] = []
        started = time.monotonic()
        while model.rowCount() < model.total:
            shown = model.rowCount()

            def act() -> None:
                bar.setValue(bar.maximum())  # the view asks for more at the bottom
                if model.canFetchMore():  # it did not (already at the bottom): as it would
                    model.fetchMore()

            more = partial(lambda n: model.rowCount() > n, shown)
            pages.append(self.timed_paint("incidents: scroll", act, more))
        total = round((time.monotonic() - started) * 1000, 1)
        self.results["incidents: scroll to the end"] = {
            "ms": total,
            "pages": len(pages),
            "rows": model.rowCount(),
        }
        self.results["incidents: scroll, slowest page"] = {
            "ms": max(pages, default=0.0),
            "samples": pages,
        }

    def incidents_filter(self) -> None:
        panel = self.window.incidents_page.list_panel
        loads = LoadCounter(panel.model)
        panel.search.setText(texts.FILTER_WORD)
        # Typing waits 250 ms for more keys; measured from when the query is asked for.
        panel._search_timer.stop()
        samples = []
        for _ in range(self.repeats):
            self.idle()
            before = loads.count
            name = "incidents: text filter"
            loaded = partial(lambda n: loads.count > n, before)
            samples.append(self.timed_paint(name, panel.apply_filter, loaded))
        floor = self.floor(lambda: raw_floors.like_filter(self.raw, texts.FILTER_WORD), 5)
        self.record(
            "incidents: text filter",
            samples,
            floor=floor,
            rows=panel.model.total,
            debounce_ms=panel._search_timer.interval(),
        )
        # The app's own query for the same screen, as the worker runs it (page and count).
        db = self.context.db
        assert db is not None
        where = IncidentFilter(text=texts.FILTER_WORD)
        queries = [
            self.timed_call(lambda: first_page(db, where, limit=PAGE, with_late=False))
            for _ in range(max(5, self.repeats))
        ]
        self.record("incidents: text filter, query", queries, floor=floor)
        panel.search.clear()
        panel._search_timer.stop()
        panel.apply_filter()
        self.idle()

    def open_incident(self) -> None:
        page = self.window.incidents_page
        screen = page.incident_screen
        samples = []
        for _ in range(self.repeats):
            page.show_list()
            self.idle()
            before = screen.data

            def ready(before: object = before) -> bool:
                data = screen.data
                return data is not before and data is not None

            def act() -> None:
                page.open_incident(self.incident_id)

            samples.append(self.timed_paint("incidents: open one incident", act, ready))
        self.record("incidents: open one incident", samples, incident_id=self.incident_id)

    def save_attempt(self) -> None:
        samples = []
        for k in range(SAVES):
            self.idle()
            samples.append(
                self.on_worker(
                    "save a contact attempt",
                    partial(record_contact, notes=f"benchmark call {k}"),
                    self.context.db,
                    self.incident_id,
                    ContactMethod.CALL,
                    ContactOutcome.NO_ANSWER,
                )
            )
        self.idle()
        floor = self.floor(lambda: raw_floors.insert_attempt(self.raw, self.incident_id), SAVES)
        self.record("save a contact attempt", samples, floor=floor)

    def journal_search(self) -> None:
        self.window.show_page("journal")
        journal = self.window.pages["journal"]
        assert isinstance(journal, JournalPage)
        model = journal.model
        loads = LoadCounter(model)
        self.idle()
        journal.search.setText(texts.SEARCH_QUERY)
        journal._timer.stop()  # typing waits 200 ms; measured from when the query is asked
        samples = []
        for _ in range(self.repeats):
            self.idle()
            before = loads.count
            samples.append(
                self.timed_paint(
                    "journal: search",
                    journal.apply_filter,
                    partial(lambda n: loads.count > n, before),
                )
            )
        floor = self.floor(lambda: raw_floors.fts_search(self.raw, texts.SEARCH_QUERY), 5)
        self.record("journal: search", samples, floor=floor, rows=model.total)
        db = self.context.db
        assert db is not None
        query = model.query
        queries = [
            self.timed_call(lambda: search_praise_counted(db, query, limit=PAGE))
            for _ in range(max(5, self.repeats))
        ]
        self.record("journal: search, query", queries, floor=floor)

    def dashboard(self) -> None:
        self.window.show_page("review")
        review = self.window.pages["review"]
        assert isinstance(review, ReviewPage)
        board = review.dashboard
        review.tabs.setCurrentWidget(board)
        board.period.setCurrentIndex(board.period.findData("all"))
        samples = []
        for _ in range(self.repeats):
            self.idle()
            before = board.metrics
            samples.append(
                self.timed_paint(
                    "review: dashboard, all time",
                    board.refresh,
                    partial(lambda old: board.metrics is not old, before),
                )
            )
        self.record("review: dashboard, all time", samples)

    def plan_pdf(self) -> None:
        self.window.show_page("plan")
        target = Path(tempfile.mkdtemp(prefix="bench-pdf-")) / "plan.pdf"
        samples = []
        for _ in range(max(1, self.repeats)):
            self.idle()
            samples.append(
                self.on_worker(
                    "plan as PDF", export_plan, self.context.db, ExportFormat.PDF, target
                )
            )
        self.record("plan as PDF", samples, bytes=target.stat().st_size)
        target.unlink()
        target.parent.rmdir()

    def run(self) -> dict[str, Any]:
        self.start_up()
        for step in (
            self.incidents_list,
            self.incidents_scroll,
            self.incidents_filter,
            self.open_incident,
            self.save_attempt,
            self.journal_search,
            self.dashboard,
            self.plan_pdf,
        ):
            step()
        self.idle()
        worst, where = self.meter.longest()
        self.results["longest event-loop stall"] = {
            "ms": round(worst, 1),
            "step": where,
            "per_step": {k: round(v, 1) for k, v in self.meter.worst.items()},
        }
        # ru_maxrss is in kilobytes on Linux (bytes on macOS).
        scale = 1024 * 1024 if sys.platform == "darwin" else 1024
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale
        self.results["peak RSS"] = {"mb": round(peak, 1)}
        if self.profiler is not None:
            self.profiler.dump()
        return self.results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="the in-process GUI steps")
    parser.add_argument("--database", type=Path, required=True)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--profile", type=Path, help="write cProfile results per step here")
    args = parser.parse_args(argv)

    errors: list[str] = []

    def failed(_parent: object, exc: BaseException, _paths: object) -> None:
        # In place of the error dialog, which would wait for a click that never comes.
        errors.append("".join(traceback.format_exception(exc)))

    crash.show_error = failed  # type: ignore[assignment]
    previous_hook = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: Any) -> None:
        errors.append("".join(traceback.format_exception(kind, exc, tb)))
        previous_hook(kind, exc, tb)

    sys.excepthook = hook
    app = create_application([sys.argv[0]])
    i18n.install("en")
    paths = AppPaths.resolve(args.data_dir)
    paths.ensure()
    window = build_window(paths, "en", str(args.database))
    bench = GuiBench(window, args.database, args.repeats, args.profile)
    results = bench.run()
    results["errors"] = errors
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    window.close()
    if window.context.db is not None:
        window.context.db.close()
    bench.raw.close()
    del app
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
