from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.storage.paths import AppPaths
from planner.ui import i18n
from planner.ui.app import build_window, open_database_async
from planner.ui.main_window import MainWindow


@pytest.fixture
def language(qapp) -> Iterator[str]:
    """English by default; tests that want Finnish install it and this puts English back."""
    i18n.install("en")
    yield "en"
    i18n.install("en")
    from planner.core import i18n as core_i18n

    core_i18n.install_translator(None)


@pytest.fixture
def ui_paths(tmp_path: Path) -> AppPaths:
    paths = AppPaths.resolve(tmp_path / "ui-data")
    paths.ensure()
    return paths


def make_window(
    qtbot, paths: AppPaths, language: str, database: str | None = None, wait: bool = True
) -> MainWindow:
    window = build_window(paths, language, database)
    qtbot.addWidget(window)
    window.show()
    if wait:
        with qtbot.waitSignal(window.context.database_ready, timeout=20_000):
            open_database_async(window)
        qtbot.waitUntil(lambda: not window.context.runner.busy, timeout=10_000)
    return window


@pytest.fixture
def window(qtbot, ui_paths: AppPaths, language: str) -> Iterator[MainWindow]:
    win = make_window(qtbot, ui_paths, language)
    yield win
    win.close()
    if win.context.db is not None:
        win.context.db.close()
