from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from planner.core.enums import Language
from planner.services import plan as plan_service
from planner.storage.database import Database
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


def idle(qtbot, window: MainWindow) -> None:
    """Wait until the background jobs, and those their results started, are done."""
    qtbot.waitUntil(lambda: not window.context.runner.busy, timeout=30_000)
    qtbot.wait(20)
    qtbot.waitUntil(lambda: not window.context.runner.busy, timeout=30_000)


def db_of(window: MainWindow) -> Database:
    assert window.context.db is not None
    return window.context.db


@contextmanager
def planned_window(qtbot, paths: AppPaths, language: str, **plan: Any) -> Iterator[MainWindow]:
    """The main window on a database that has the default English plan of a small cafe."""
    db = Database.open(paths)
    plan_service.init_plan(
        db, **{"language": Language.EN, "business": "Corner Cafe", "owner": "Aino", **plan}
    )
    db.close()
    window = make_window(qtbot, paths, language)
    try:
        yield window
    finally:
        window.close()
        if window.context.db is not None:
            window.context.db.close()


@pytest.fixture
def desk(qtbot, ui_paths: AppPaths, language: str) -> Iterator[MainWindow]:
    """The main window with a plan in place."""
    with planned_window(qtbot, ui_paths, language) as window:
        yield window
