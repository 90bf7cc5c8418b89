"""One start of the app (or of its floor) in a fresh process, printing when it got there.

    python benchmarks/startup_probe.py app   --data-dir DIR --database FILE
    python benchmarks/startup_probe.py floor --data-dir DIR --database FILE

Prints ``MARK paint <t>`` when the main window has first been painted and ``MARK data
<t>`` when the figures on the start page have been painted (``t`` is ``time.monotonic()``,
one clock for every process on Linux, so the parent subtracts its spawn time), then, once
the start-up jobs are done, closes the window as a user would.

``app`` runs the real entry point (``planner.cli.main``) and only wraps ``build_window`` to
watch the window: no app code changes for the benchmark. ``floor`` imports the same modules,
then shows a bare window, opens the database and runs one query.

A mark is taken after the window's backing store has been painted and flushed: the probe
handles the window's UpdateRequest itself (the one event that paints a top-level window)
and looks at the clock when that returns.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

import planner.cli
import planner.ui.app
from planner.ui.main_window import MainWindow
from planner.ui.start.page import StartPage

EMPTY = ("", "–")  # what the watched label shows before the data arrives


class PaintMarks(QObject):
    def __init__(
        self, window: QWidget, label: Callable[[], QLabel], busy: Callable[[], bool]
    ) -> None:
        super().__init__(window)
        self._window = window
        self._label = label
        self._busy = busy
        self._painted = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is not self._window or event.type() != QEvent.Type.UpdateRequest:
            return False
        # Decided before painting: data set before this update is painted by it.
        has_data = self._label().text() not in EMPTY
        self._window.event(event)
        if not self._painted:
            self._painted = True
            mark("paint")
        if has_data:
            mark("data")
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._close_when_idle)
        return True

    def _close_when_idle(self) -> None:
        # Closing while start-up jobs still run can hang the process at exit (the jobs'
        # relays are deleted under them): let the start-up finish, then close as a user.
        if self._busy():
            QTimer.singleShot(20, self._close_when_idle)
        else:
            self._window.close()


def mark(name: str) -> None:
    print(f"MARK {name} {time.monotonic():.6f}", flush=True)


def run_app(argv: list[str]) -> int:
    original = planner.ui.app.build_window

    def watched_window(*args: object, **kwargs: object) -> MainWindow:
        window = original(*args, **kwargs)  # type: ignore[arg-type]
        start = window.pages["start"]
        assert isinstance(start, StartPage)
        PaintMarks(
            window,
            lambda: start.figures["incidents_total"].value,
            lambda: window.context.runner.busy,
        )
        return window

    planner.ui.app.build_window = watched_window
    return planner.cli.main(["--lang", "en", *argv])


class _Relay(QObject):
    counted = Signal(str)  # emitted on the worker, delivered on the GUI thread


def run_floor(argv: list[str]) -> int:
    args = planner.cli.build_parser().parse_args(argv)
    app = planner.ui.app.create_application(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 760)
    label = QLabel("–", window)
    window.setCentralWidget(label)
    relay = _Relay()
    relay.counted.connect(label.setText)

    def open_and_query() -> None:
        # On a worker, as the app opens its database: the window paints meanwhile.
        from sqlalchemy import text

        from planner.storage.database import Database
        from planner.storage.paths import AppPaths

        db = Database.open(AppPaths.resolve(args.data_dir), args.database)
        with db.engine.connect() as conn:
            relay.counted.emit(str(conn.execute(text("SELECT count(*) FROM incident")).scalar()))
        db.close()

    worker = threading.Thread(target=open_and_query)
    PaintMarks(window, lambda: label, worker.is_alive)  # closes once the worker is done
    window.show()
    QTimer.singleShot(0, worker.start)  # as the app: show the window, then open the data
    return app.exec()


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("app", "floor"):
        print(__doc__, file=sys.stderr)
        return 2
    return run_app(argv[1:]) if argv[0] == "app" else run_floor(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
