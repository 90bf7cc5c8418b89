"""When something goes wrong: a log file, a dialog, and Qt's own messages in the log
(cf. qutebrowser's crashsignal.py and qtlog.py, Vorta's ExceptionDialog)."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from planner.core.errors import PlannerError
from planner.core.i18n import translate
from planner.storage.paths import AppPaths

log = logging.getLogger("planner")
_fault_file: IO[str] | None = None  # must stay open for faulthandler to write to it


def log_file(paths: AppPaths) -> Path:
    return paths.log_dir / "crisis-planner.log"


def setup_logging(paths: AppPaths) -> None:
    handler = logging.handlers.RotatingFileHandler(
        log_file(paths), maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def enable_faulthandler(paths: AppPaths) -> str:
    """Start writing hard crashes (segfaults) to a file; return what the last run left there."""
    global _fault_file
    previous = ""
    if paths.crash_file.exists():
        previous = paths.crash_file.read_text(encoding="utf-8", errors="replace").strip()
    disable_faulthandler()
    _fault_file = paths.crash_file.open("w", encoding="utf-8")
    faulthandler.enable(_fault_file)
    if previous:
        log.error("The previous run crashed:\n%s", previous)
    return previous


def disable_faulthandler() -> None:
    global _fault_file
    if _fault_file is not None:
        faulthandler.disable()
        _fault_file.close()
        _fault_file = None


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def route_qt_messages() -> None:
    qInstallMessageHandler(_qt_message)


class ExceptionHook:
    """Logs every unhandled exception and shows it in a dialog instead of dying silently."""

    def __init__(self, paths: AppPaths) -> None:
        self._paths = paths
        self._showing = False

    def install(self) -> None:
        sys.excepthook = self

    def __call__(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        details = "".join(traceback.format_exception(kind, exc, tb))
        log.error("Unhandled exception:\n%s", details)
        if self._showing or QApplication.instance() is None:
            sys.stderr.write(details)
            return
        self._showing = True
        try:
            show_unexpected_error(None, exc, details, log_file(self._paths))
        finally:
            self._showing = False


def show_unexpected_error(
    parent: QWidget | None, exc: BaseException, details: str, where: Path
) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("CrashHandler", "Something went wrong"))
    box.setText(
        translate(
            "CrashHandler",
            "The app ran into an unexpected error. Your saved data is safe; the last "
            "action may not have been completed.",
        )
    )
    box.setInformativeText(
        translate("CrashHandler", "Details were written to %1.").replace("%1", str(where))
    )
    box.setDetailedText(details)
    box.exec()


def show_error(parent: QWidget | None, exc: BaseException, paths: AppPaths) -> None:
    """The one place errors from background work are shown."""
    if isinstance(exc, PlannerError):
        log.warning("%s", exc.message)
        QMessageBox.warning(parent, translate("CrashHandler", "Cannot do that"), exc.message)
        return
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.error("Error in background work:\n%s", details)
    show_unexpected_error(parent, exc, details, log_file(paths))
