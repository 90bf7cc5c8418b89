"""The main window as a person meets it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from planner import __version__
from planner.services.profile import ProfileData, save_profile
from planner.storage.paths import AppPaths
from planner.ui import app as app_module
from planner.ui.about_dialog import about_text
from planner.ui.main_window import MainWindow
from planner.ui.settings import AppSettings
from planner.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import make_window

PAGES = ["start", "plan", "incidents", "journal", "review", "practice"]


def page_title(window: MainWindow, key: str) -> str:
    label = window.pages[key].findChild(QLabel, "pageTitle")
    assert label is not None
    return label.text()


def test_every_page_is_present_and_titled(window: MainWindow) -> None:
    assert [window.nav_model.key_at(r) for r in range(window.nav_model.rowCount())] == PAGES
    titles = {key: page_title(window, key) for key in PAGES}
    assert titles == {
        "start": "Start",
        "plan": "Response plan",
        "incidents": "Incidents",
        "journal": "Positive-feedback journal",
        "review": "Lessons learned",
        "practice": "Practice",
    }


def test_keyboard_and_list_navigation(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "incidents"
    window.nav.setCurrentIndex(window.nav_model.index(PAGES.index("journal")))
    assert window.current_page_key() == "journal"
    assert window.stack.currentWidget() is window.pages["journal"]


def test_start_page_shows_data_once_the_database_is_open(qtbot, window: MainWindow) -> None:
    start = window.pages["start"]
    assert start.figures["open_incidents"].value.text() == "0"
    assert window.context.db is not None
    assert window.database_label.text() == str(window.context.paths.default_database)
    # A change made through a service refreshes the page without polling.
    window.context.runner.run(save_profile, window.context.db, ProfileData(name="Kahvila Kulma"))
    qtbot.waitUntil(lambda: "Kahvila Kulma" in start.greeting.text(), timeout=5000)


def test_window_opens_before_the_database(qtbot, ui_paths: AppPaths, language: str) -> None:
    window = make_window(qtbot, ui_paths, language, wait=False)
    assert window.isVisible()
    assert window.context.db is None
    assert "Opening" in window.statusBar().currentMessage()
    window.close()


def test_a_bad_database_is_reported_and_the_app_exits(
    qtbot, ui_paths: AppPaths, language: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database")
    shown: list[str] = []
    codes: list[int] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(QCoreApplication, "exit", lambda code=0: codes.append(code))
    window = make_window(qtbot, ui_paths, language, str(notes), wait=False)
    app_module.open_database_async(window)
    qtbot.waitUntil(lambda: bool(codes), timeout=10_000)
    assert "not a Crisis Planner database" in shown[0]
    assert codes[0] != 0
    assert notes.read_text() == "not a database"
    window.close()


def test_settings_keep_the_language_choice(qtbot, window: MainWindow) -> None:
    dialog = SettingsDialog(window.context, window)
    qtbot.addWidget(dialog)
    assert dialog.database.text() == str(window.context.paths.default_database)
    assert dialog.data_dir.text() == str(window.context.paths.data_dir)
    dialog.language.setCurrentIndex(dialog.language.findData("fi"))
    assert dialog.language_note.isVisibleTo(dialog)
    dialog.accept()
    assert AppSettings(window.context.paths).language == "fi"


def test_about_names_the_version(window: MainWindow) -> None:
    assert __version__ in about_text()


def test_window_geometry_is_remembered(qtbot, ui_paths: AppPaths, language: str) -> None:
    first = make_window(qtbot, ui_paths, language, wait=False)
    first.resize(740, 500)  # within the offscreen screen (800x600)
    first.close()
    second = make_window(qtbot, ui_paths, language, wait=False)
    second.restore_state()
    assert (second.size().width(), second.size().height()) == (740, 500)
    second.close()


def test_the_navigation_counts_open_incidents(qtbot, window: MainWindow) -> None:
    from planner.services.incidents import IncidentInput, log_incident

    row = window.nav_model.row_of("incidents")
    assert window.nav_model.data(window.nav_model.index(row)) == "Incidents"
    window.context.runner.run(log_incident, window.context.db, IncidentInput(text="Huono!"))
    qtbot.waitUntil(
        lambda: window.nav_model.data(window.nav_model.index(row)) == "Incidents  (1)",
        timeout=10_000,
    )
