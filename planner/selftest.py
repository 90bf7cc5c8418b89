"""``crisis-planner --self-test``: prove that an installed copy (above all the PyInstaller
bundle) has everything it loads at run time, not only what an import scan finds.

A frozen app fails where the source tree cannot: a translation file, a Qt plugin or a
migration script left out of the bundle shows up only when it is loaded. So this walks the
real start-up path in a throw-away data folder (translations, the database with its
migrations, the default plan, the main window and every page, the drill scenarios, a PDF
export, the SVG icon) and prints one line per check. Exit 0 only when every check passed.
The lines stay in English: they are read by CI and by whoever answers a bug report.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

# The whole run; a step that hangs (a modal dialog nobody can close, a worker that never
# reports) must fail the test instead of stalling CI.
TIMEOUT_SECONDS = 180.0
STEP_TIMEOUT_SECONDS = 60.0


class CheckFailed(Exception):
    """A check's condition did not hold; the message says what was found instead."""


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


class Report:
    """Prints ``ok  name: detail`` or ``FAIL name: why`` for each check and counts them."""

    def __init__(self) -> None:
        self.passed = 0
        self.failed = 0

    def check(self, name: str, step: Callable[[], str | None]) -> bool:
        try:
            detail = step()
        except CheckFailed as exc:
            return self._fail(name, str(exc))
        except Exception as exc:  # noqa: BLE001 - every error is a failed check, reported
            return self._fail(name, f"{type(exc).__name__}: {exc}")
        self.passed += 1
        print(f"ok   {name}" + (f": {detail}" if detail else ""), flush=True)
        return True

    def _fail(self, name: str, why: str) -> bool:
        self.failed += 1
        print(f"FAIL {name}: {why}", flush=True)
        return False


def _choose_platform() -> None:
    """Honour QT_QPA_PLATFORM; on a Linux machine without any display, go offscreen rather
    than let Qt abort (a self-test run over ssh should still answer)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _start_watchdog() -> threading.Timer:
    def give_up() -> None:
        print(f"FAIL self-test did not finish within {TIMEOUT_SECONDS:.0f} s", flush=True)
        os._exit(1)

    timer = threading.Timer(TIMEOUT_SECONDS, give_up)
    timer.daemon = True
    timer.start()
    return timer


def wait_until(predicate: Callable[[], bool], seconds: float = STEP_TIMEOUT_SECONDS) -> bool:
    """Run the event loop until ``predicate`` holds (results of workers arrive as events)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)
    return True


@contextmanager
def _errors_collected(errors: list[BaseException]) -> Iterator[None]:
    """Errors from background work would open a modal dialog that nobody closes here:
    collect them instead, and report them as a failure."""
    from planner.ui import crash

    original = crash.show_error

    def record(_parent: object, exc: BaseException, _paths: object) -> None:
        errors.append(exc)

    setattr(crash, "show_error", record)  # noqa: B010 - patched for the run, then restored
    try:
        yield
    finally:
        setattr(crash, "show_error", original)  # noqa: B010


def run_self_test() -> int:
    """Run every check; 0 when all passed, 1 otherwise."""
    started = time.monotonic()
    _choose_platform()
    watchdog = _start_watchdog()
    report = Report()
    try:
        with tempfile.TemporaryDirectory(prefix="crisis-planner-self-test-") as tmp:
            _run_checks(report, Path(tmp))
    finally:
        watchdog.cancel()
    seconds = time.monotonic() - started
    total = report.passed + report.failed
    if report.failed:
        print(f"FAIL {report.failed} of {total} checks failed ({seconds:.1f} s)", flush=True)
        return 1
    print(f"ok   all {total} checks passed ({seconds:.1f} s)", flush=True)
    return 0


def _run_checks(report: Report, tmp: Path) -> None:
    from planner import __version__
    from planner.storage.paths import AppPaths
    from planner.ui.app import create_application

    frozen = bool(getattr(sys, "frozen", False))
    paths = AppPaths.resolve(tmp / "data")
    paths.ensure()
    app = create_application(sys.argv[:1] or ["crisis-planner"])
    print(
        f"Crisis Planner {__version__} self-test "
        f"({'bundle' if frozen else 'source'}, Qt platform {app.platformName()})",
        flush=True,
    )
    report.check("resources folder", _resources_found)
    report.check("Finnish translation", _finnish_translation)
    report.check("Qt's own Finnish translation", _qt_finnish_translation)
    report.check("English translation", _english_translation)
    report.check("SVG icon", _svg_icon)
    report.check("drill scenarios (fi)", lambda: _drill_scenarios("fi"))
    report.check("drill scenarios (en)", lambda: _drill_scenarios("en"))
    report.check("time zone database", _time_zones)
    report.check("PostgreSQL driver", _postgres_driver)
    database = str(paths.data_dir / "self-test.sqlite3")
    pdf = tmp / "plan.pdf"
    if report.check("database opened and migrated", lambda: _database(paths, database)):
        report.check("default plan created", lambda: _default_plan(paths, database))
        report.check("plan exported as PDF", lambda: _pdf_export(paths, database, pdf))
    _window_checks(report, paths, database)


def _resources_found() -> str:
    from planner.storage.resources import resources_dir

    return str(resources_dir())


def _finnish_translation() -> str:
    from planner.core.i18n import translate
    from planner.storage.resources import resource
    from planner.ui import i18n

    qm = resource("translations", "planner_fi.qm")
    expect(qm.is_file(), f"{qm} is missing (the translations were not compiled)")
    i18n.install("fi")
    text = translate("PracticePage", "Practice")
    expect(text == "Harjoittelu", f"'Practice' came out as {text!r}, not 'Harjoittelu'")
    return str(qm.name)


def _qt_finnish_translation() -> str:
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    loaded = translator.load(QLocale(QLocale.Language.Finnish), "qtbase", "_", folder)
    expect(loaded and not translator.isEmpty(), f"qtbase_fi.qm not found in {folder}")
    return translator.filePath()


def _english_translation() -> str:
    from planner.core.i18n import translate
    from planner.storage.resources import resource
    from planner.ui import i18n

    qm = resource("translations", "planner_en.qm")
    expect(qm.is_file(), f"{qm} is missing (the translations were not compiled)")
    i18n.install("en")
    # The English file carries the plural forms; without it Qt returns "2 day(s)".
    text = translate("Durations", "%n day(s)", None, 2)
    expect(text == "2 days", f"'%n day(s)' for 2 came out as {text!r}, not '2 days'")
    return str(qm.name)


def _svg_icon() -> str:
    from PySide6.QtGui import QIcon, QImageReader

    from planner.storage.resources import resource

    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    expect("svg" in formats, f"no SVG image plugin (formats: {', '.join(sorted(formats))})")
    svg = resource("icons", "crisis-planner.svg")
    icon = QIcon(str(svg))
    expect(not icon.isNull(), f"{svg} does not load as an icon")
    pixmap = icon.pixmap(64, 64)
    expect(not pixmap.isNull() and pixmap.width() > 0, "the icon renders as an empty picture")
    return f"{svg.name} at {pixmap.width()}x{pixmap.height()}"


def _drill_scenarios(language: str) -> str:
    from planner.services.drills import scenarios

    found = scenarios(language)
    expect(len(found) > 0, f"no scenarios for {language}")
    return f"{len(found)} scenarios"


def _time_zones() -> str:
    """Waking hours and clocks use zoneinfo; Windows has no IANA database of its own, so
    the bundle must carry the tzdata package there."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    helsinki = datetime(2026, 7, 1, 12, tzinfo=ZoneInfo("Europe/Helsinki"))
    offset = helsinki.utcoffset()
    expect(offset is not None and offset.total_seconds() == 3 * 3600, f"offset {offset}")
    return "Europe/Helsinki"


def _postgres_driver() -> str:
    """Team databases need psycopg; the bundle carries it when it was built with it."""
    import importlib.util

    if importlib.util.find_spec("psycopg") is None:
        return "not installed (optional: the postgres extra)"
    from sqlalchemy.dialects import registry

    dialect: Any = registry.load("postgresql.psycopg")
    psycopg = dialect.import_dbapi()
    return f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__} libpq)"


def _database(paths: Any, database: str) -> str:
    from planner.storage.database import Database
    from planner.storage.schema import head_revision

    db = Database.open(paths, database)
    try:
        expect(db.opened.created, "the database was not created as new")
        return f"migrated to revision {head_revision()}"
    finally:
        db.close()


def _default_plan(paths: Any, database: str) -> str:
    from planner.core.enums import Language
    from planner.services.plan import init_plan
    from planner.storage.database import Database

    db = Database.open(paths, database)
    try:
        plan_id = init_plan(
            db, language=Language.FI, business="Itsetesti Oy", owner="Testi Testaaja"
        ).value
        return f"plan {plan_id} in Finnish"
    finally:
        db.close()


def _pdf_export(paths: Any, database: str, target: Path) -> str:
    from planner.export.plan_export import ExportFormat, export_plan
    from planner.storage.database import Database

    db = Database.open(paths, database)
    try:
        export_plan(db, ExportFormat.PDF, target)
    finally:
        db.close()
    data = target.read_bytes()
    expect(data.startswith(b"%PDF"), "the file does not start with %PDF")
    return f"{len(data)} bytes"


def _window_checks(report: Report, paths: Any, database: str) -> None:
    from PySide6.QtCore import QCoreApplication

    from planner.ui import i18n
    from planner.ui.app import build_window, open_database_async

    errors: list[BaseException] = []
    with _errors_collected(errors):
        i18n.install("fi")
        window = build_window(paths, "fi", database)
        try:
            window.show()
            ready: list[bool] = []
            window.context.database_ready.connect(lambda: ready.append(True))

            def opened() -> str:
                open_database_async(window)
                expect(wait_until(lambda: bool(ready) or bool(errors)), "timed out")
                expect(not errors, f"{errors[0]!r}" if errors else "")
                expect(wait_until(lambda: not window.context.runner.busy), "jobs still running")
                return window.context.db.location.display() if window.context.db else ""

            if report.check("main window opened the database", opened):
                for row in range(window.nav_model.rowCount()):
                    key = window.nav_model.key_at(row)
                    report.check(f"page {key}", partial(_show_page, window, key, errors))
        finally:
            window.close()
            QCoreApplication.processEvents()
            if window.context.db is not None:
                window.context.db.close()
            window.deleteLater()
            QCoreApplication.processEvents()


def _show_page(window: Any, key: str, errors: list[BaseException]) -> str:
    before = len(errors)
    window.show_page(key)
    page = window.pages[key]
    expect(wait_until(lambda: not window.context.runner.busy), "its background jobs never ended")
    expect(window.current_page_key() == key, f"the window shows {window.current_page_key()}")
    expect(page.isVisible(), "the page is not visible")
    expect(len(errors) == before, f"{errors[before]!r}" if len(errors) > before else "")
    return type(page).__name__
