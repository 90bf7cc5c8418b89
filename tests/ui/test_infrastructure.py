"""The plumbing under the screens: background work, languages, crash handling, models."""

from __future__ import annotations

import importlib.util
import logging
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QThread, qInstallMessageHandler, qWarning
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from planner.core import i18n as core_i18n
from planner.core.errors import ValidationError
from planner.services.changes import Area, Changes, changed
from planner.storage.paths import AppPaths
from planner.ui import crash, i18n
from planner.ui.navigation import NavModel, default_entries
from planner.ui.tasks import ChangeHub, TaskRunner

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"


# -- background work ------------------------------------------------------------------
def test_work_runs_off_the_gui_thread_and_reports_back_on_it(qtbot) -> None:
    hub = ChangeHub()
    errors: list[BaseException] = []
    runner = TaskRunner(hub, errors.append)
    gui_thread = QThread.currentThread()
    seen: dict[str, object] = {}

    def work(x: int):
        seen["worker_is_gui"] = QThread.currentThread() == gui_thread
        return changed(x * 2, Area.JOURNAL)

    def done(value: int) -> None:
        seen["value"] = value
        seen["callback_is_gui"] = QThread.currentThread() == gui_thread

    with qtbot.waitSignal(hub.changed, timeout=5000) as published:
        runner.run(work, 21, on_done=done)
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen == {"worker_is_gui": False, "value": 42, "callback_is_gui": True}
    assert published.args == [Changes(frozenset({Area.JOURNAL}))]
    assert errors == []


def test_errors_go_to_one_handler_unless_the_caller_takes_them(qtbot) -> None:
    errors: list[BaseException] = []
    runner = TaskRunner(ChangeHub(), errors.append)

    def fail() -> None:
        raise ValidationError("Enter a name.", "name")

    runner.run(fail)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValidationError)
    mine: list[BaseException] = []
    runner.run(fail, on_error=mine.append)
    qtbot.waitUntil(lambda: bool(mine), timeout=5000)
    assert len(errors) == 1
    assert runner.wait(1000)


# -- languages --------------------------------------------------------------------------
def test_language_choice_order(monkeypatch: pytest.MonkeyPatch) -> None:
    assert i18n.choose_language("fi", "en") == "fi"
    assert i18n.choose_language(None, "fi") == "fi"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fi_FI")))
    assert i18n.choose_language(None, None) == "fi"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("sv_SE")))
    assert i18n.choose_language(None, None) == "en"  # unsupported: English


def test_finnish_reaches_our_texts_qt_dialogs_and_core(qapp, language: str) -> None:
    locale = i18n.install("fi")
    assert locale.language() == QLocale.Language.Finnish
    assert QLocale().language() == QLocale.Language.Finnish
    assert [e.title for e in default_entries()][:2] == ["Aloitus", "Suunnitelma"]
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Peru"
    assert core_i18n.translate("ProfileService", "Unknown time zone.") == "Tuntematon aikavyöhyke."
    assert QLocale().toString(1234567) == "1\u00a0234\u00a0567"


def _messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (c.findtext("name", ""), m.findtext("source", ""))
        for c in root.iter("context")
        for m in c.iter("message")
    }


def test_translations_are_complete() -> None:
    for ts in ("planner_fi.ts", "planner_en.ts"):
        root = ET.parse(TRANSLATIONS / ts).getroot()
        unfinished = []
        for message in root.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else list(translation.iter("numerusform"))
            if (
                translation is None
                or translation.get("type") in ("unfinished", "obsolete")
                or (forms and not all(f.text for f in forms))
            ):
                unfinished.append(message.findtext("source"))
        assert unfinished == [], ts


def test_plural_forms_follow_the_count(qapp, language: str) -> None:
    from planner.core.durations import describe_minutes

    assert describe_minutes(60, core_i18n.translate) == "1 hour"
    assert describe_minutes(2880, core_i18n.translate) == "2 days"
    i18n.install("fi")
    assert describe_minutes(60, core_i18n.translate) == "1 tunti"
    assert describe_minutes(2880, core_i18n.translate) == "2 päivää"


def test_translation_sources_are_current() -> None:
    """A string added to the code but not to the .ts would silently stay English."""
    spec = importlib.util.spec_from_file_location("lupdate", ROOT / "scripts" / "lupdate.py")
    assert spec is not None and spec.loader is not None
    lupdate = importlib.util.module_from_spec(spec)
    sys.modules["lupdate"] = lupdate  # dataclasses look their module up while defining
    spec.loader.exec_module(lupdate)
    in_code = {(m.context, m.source) for m in lupdate.extract(lupdate.code_files())}
    assert in_code == _messages(TRANSLATIONS / "planner_fi.ts"), "run: make lupdate"
    plurals = {(m.context, m.source) for m in lupdate.extract(lupdate.code_files()) if m.numerus}
    assert plurals == _messages(TRANSLATIONS / "planner_en.ts")


def test_compiled_translations_are_not_stale() -> None:
    for ts in TRANSLATIONS.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        assert qm.exists(), f"{qm.name} missing: run the test command, which compiles it"
        assert qm.stat().st_mtime >= ts.stat().st_mtime, f"{qm.name} is older than {ts.name}"


# -- crash handling -----------------------------------------------------------------------
def test_unhandled_exceptions_are_logged_and_shown(
    qapp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    paths = AppPaths.resolve(tmp_path)
    shown: list[str] = []
    monkeypatch.setattr(
        crash, "show_unexpected_error", lambda _parent, _exc, details, where: shown.append(details)
    )
    hook = crash.ExceptionHook(paths)
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as exc:
        with caplog.at_level(logging.ERROR, logger="planner"):
            hook(type(exc), exc, exc.__traceback__)
    assert "ZeroDivisionError: boom" in shown[0]
    assert "Unhandled exception" in caplog.text


def test_qt_messages_go_to_python_logging(qapp, caplog: pytest.LogCaptureFixture) -> None:
    previous = qInstallMessageHandler(crash._qt_message)
    try:
        with caplog.at_level(logging.WARNING, logger="qt"):
            qWarning("a warning from Qt")
    finally:
        qInstallMessageHandler(previous)
    assert ("qt", logging.WARNING, "a warning from Qt") in caplog.record_tuples


def test_a_hard_crash_is_reported_on_the_next_start(tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path)
    paths.ensure()
    paths.crash_file.write_text("Fatal Python error: Segmentation fault\n")
    try:
        assert "Segmentation fault" in crash.enable_faulthandler(paths)
        assert crash.enable_faulthandler(paths) == ""
    finally:
        crash.disable_faulthandler()


# -- models and the PySide6 pin -------------------------------------------------------------
def test_navigation_model_is_a_well_behaved_model(qtmodeltester) -> None:
    model = NavModel(default_entries())
    qtmodeltester.check(model)
    model.set_badge("incidents", 3)
    row = model.row_of("incidents")
    assert model.data(model.index(row)) == "Incidents  (3)"
    assert model.data(model.index(row), NavModel.BadgeRole) == 3


def test_item_setters_do_not_leak_references_to_none(qapp) -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every ownership-taking
    setter, and the process aborts after a few thousand (none_dealloc). The pin avoids it."""
    import gc

    model = QStandardItemModel()
    # Other objects let go of None too (earlier tests' leftovers being collected): keep the
    # collector still while counting, and allow for that noise; the bug loses thousands.
    gc.collect()
    gc.disable()
    try:
        before = sys.getrefcount(None)
        for row in range(3000):
            model.setItem(row % 50, 0, QStandardItem(str(row)))
        after = sys.getrefcount(None)
    finally:
        gc.enable()
    assert after >= before - 300, f"None lost {before - after} references"


def test_a_widget_app_is_running(qapp) -> None:
    assert isinstance(QApplication.instance(), QApplication)
