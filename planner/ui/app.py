"""Start the GUI: the window first, then the database on a worker (see DESIGN.md's
start-up figures: importing the ORM alone costs more than painting the window)."""

from __future__ import annotations

import argparse
import gc
import logging
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from planner import APP_ID, APP_NAME, DESKTOP_ID, __version__
from planner.core.errors import DatabaseError, PlannerError
from planner.core.i18n import translate
from planner.storage.paths import AppPaths
from planner.storage.resources import resource
from planner.ui import crash, i18n
from planner.ui.context import AppContext
from planner.ui.main_window import MainWindow
from planner.ui.settings import AppSettings
from planner.ui.single_instance import SingleInstance
from planner.ui.tasks import ChangeHub, TaskRunner

log = logging.getLogger("planner")


def create_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(QIcon(str(resource("icons", "crisis-planner.svg"))))
    return app


def build_window(paths: AppPaths, language: str, database_arg: str | None) -> MainWindow:
    """The window and everything it needs, before any database work (used by tests too)."""
    settings = AppSettings(paths)
    hub = ChangeHub()
    window_holder: list[MainWindow] = []
    runner = TaskRunner(
        hub, lambda exc: crash.show_error(window_holder[0] if window_holder else None, exc, paths)
    )
    context = AppContext(paths, settings, runner, language, database_arg)
    window = MainWindow(context)
    window_holder.append(window)
    runner.setParent(window)
    hub.setParent(window)
    context.setParent(window)
    return window


def open_database_async(window: MainWindow) -> None:
    from planner.storage.database import Database  # imported on the worker's first use

    context = window.context

    def failed(exc: BaseException) -> None:
        if isinstance(exc, DatabaseError) and offer_recovery(window, exc):
            return
        if isinstance(exc, PlannerError):
            QMessageBox.critical(window, translate("Startup", "Cannot open the data"), exc.message)
            QCoreApplication.exit(exc.exit_code)
        else:
            crash.show_error(window, exc, context.paths)
            QCoreApplication.exit(1)

    context.runner.run(
        Database.open,
        context.paths,
        context.database_arg,
        on_done=context.set_database,
        on_error=failed,
    )


def offer_recovery(window: MainWindow, exc: DatabaseError) -> bool:
    """The app's own database cannot be opened: offer the latest verified backup, moving
    the damaged file aside (kept, never deleted). True when the offer is being made."""
    from planner.core.errors import DatabaseTooNewError
    from planner.storage.location import resolve_location

    paths = window.context.paths
    if isinstance(exc, DatabaseTooNewError):
        return False  # not damaged: written by a newer version
    location = resolve_location(paths, window.context.database_arg)
    # Only the app's own file: a wrong --database path is the owner's to fix, not to move.
    if location.path is None or location.path != paths.default_database:
        return False
    if not location.path.exists():
        return False

    def give_up() -> None:
        QMessageBox.critical(window, translate("Startup", "Cannot open the data"), exc.message)
        QCoreApplication.exit(exc.exit_code)

    window.maintenance.offer_backup(
        location.path,
        lambda latest: (
            translate(
                "Startup",
                "%1\n\nMove the damaged file aside (it is kept, not deleted) and restore the "
                "latest verified backup, “%2”?",
            )
            .replace("%1", exc.message)
            .replace("%2", latest.name)
        ),
        refused=give_up,
        no_backup=give_up,
    )
    return True


def run_gui(args: argparse.Namespace) -> int:
    paths = AppPaths.resolve(args.data_dir)
    paths.ensure()
    crash.setup_logging(paths)
    previous_crash = crash.enable_faulthandler(paths)
    app = create_application(sys.argv[:1])
    instance = SingleInstance(paths)
    if not instance.acquire():
        # Another window has this data open: it was asked to come to the front.
        print(
            translate("Startup", "Crisis Planner is already open; its window was brought forward."),
            file=sys.stderr,
        )
        return 0
    crash.route_qt_messages()
    crash.ExceptionHook(paths).install()
    language = i18n.choose_language(args.lang, AppSettings(paths).language)
    i18n.install(language)

    window = build_window(paths, language, args.database)
    window.context.unclean_start = instance.unclean_shutdown
    instance.activated.connect(lambda: bring_to_front(window))
    window.offer_onboarding = True
    window.restore_state()
    window.show()
    QTimer.singleShot(0, lambda: open_database_async(window))
    if previous_crash:
        QTimer.singleShot(
            500,
            lambda: QMessageBox.information(
                window,
                translate("Startup", "The app closed unexpectedly"),
                translate(
                    "Startup",
                    "The app closed unexpectedly last time. The details were saved in the "
                    "log folder: %1",
                ).replace("%1", str(paths.log_dir)),
            ),
        )
    # Start-up objects live for the whole run: keep the collector from walking them.
    gc.freeze()
    code = app.exec()
    db = window.context.db
    if db is not None:
        db.close()
    crash.disable_faulthandler()
    instance.release()
    return code


def bring_to_front(window: MainWindow) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
