"""The example business from the Help menu, and the window that says it shows example data."""

from __future__ import annotations

import sys
from typing import Any

import pytest

from planner import APP_NAME
from planner.storage.paths import DEMO_MARKER, AppPaths
from planner.ui import main_window as main_window_module
from planner.ui.main_window import MainWindow
from tests.ui.conftest import make_window


def test_the_owner_s_window_has_the_plain_title(window: MainWindow) -> None:
    assert window.windowTitle() == APP_NAME


def test_an_example_folder_says_so_in_the_title(qtbot, ui_paths: AppPaths, language: str) -> None:
    (ui_paths.data_dir / DEMO_MARKER).write_text('{"language": "en"}', encoding="utf-8")
    window = make_window(qtbot, ui_paths, language, wait=False)
    try:
        assert window.windowTitle() == f"{APP_NAME} – example data"
    finally:
        window.close()


@pytest.mark.parametrize("language_code", ["fi", "en"])
def test_the_help_menu_opens_the_example_in_a_process_of_its_own(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, language_code: str
) -> None:
    started: list[tuple[str, list[str]]] = []

    class FakeProcess:
        @staticmethod
        def startDetached(program: str, arguments: list[str]) -> tuple[bool, int]:  # noqa: N802
            started.append((program, list(arguments)))
            return True, 4242

    monkeypatch.setattr(main_window_module, "QProcess", FakeProcess)
    texts = {
        "fi": "Open the example bakery (Finnish)",
        "en": "Open the example café (English)",
    }
    help_menu = next(
        action.menu() for action in window.menuBar().actions() if action.text() == "&Help"
    )
    action: Any = next(a for a in help_menu.actions() if a.text() == texts[language_code])

    action.trigger()

    assert started == [(sys.executable, ["-m", "planner", "demo", "--language", language_code])]
    assert "example" in window.statusBar().currentMessage()
