"""What every screen needs: the folders, settings, the task runner and the open database."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from planner.storage.database import Database
from planner.storage.paths import AppPaths
from planner.ui.settings import AppSettings
from planner.ui.tasks import ChangeHub, TaskRunner


class AppContext(QObject):
    """Shared by the main window and its pages. ``database_ready`` fires once, on the GUI
    thread, when the database has been opened (the window is shown before that)."""

    database_ready = Signal()

    def __init__(
        self,
        paths: AppPaths,
        settings: AppSettings,
        runner: TaskRunner,
        language: str,
        database_arg: str | None = None,
    ) -> None:
        super().__init__()
        self.paths = paths
        self.settings = settings
        self.runner = runner
        self.hub: ChangeHub = runner.hub
        self.language = language
        self.database_arg = database_arg
        self.db: Database | None = None
        # The last run did not end cleanly: check the data in full once it is open.
        self.unclean_start = False

    def set_database(self, db: Database) -> None:
        self.db = db
        self.database_ready.emit()
