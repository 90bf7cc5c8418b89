"""Keeping the owner's data safe while the app runs (cf. Anki's and Zotero's automatic
backups): a verified backup at start-up and at most hourly when data changed, the retention
rule at start-up, and after a run that did not end cleanly, a full check of the data with
recovery from the latest verified backup when the file is damaged."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from planner.core.clock import utcnow
from planner.core.i18n import arg, translate
from planner.services.changes import Changes
from planner.services.privacy import RetentionReport, apply_retention
from planner.storage.backup import (
    RestoreResult,
    backup_due,
    integrity_problems,
    latest_verified_backup,
    make_backup,
    quarantine_corrupt,
    restore_backup,
    rotate,
)
from planner.storage.database import Database
from planner.ui.context import AppContext
from planner.ui.widgets.formatting import local_datetime

log = logging.getLogger("planner.maintenance")
CHECK_EVERY_MS = 10 * 60_000


def backup_if_due(
    db: Database, backup_dir: Path, data_changed: bool, keep: tuple[int, int, int]
) -> Path | None:
    """A verified backup and rotation when one is due; None when not (or not SQLite)."""
    if db.dialect != "sqlite":
        return None
    now = datetime.now().astimezone()  # "today" is the owner's day
    if not backup_due(backup_dir, now, data_changed):
        return None
    path = make_backup(db, backup_dir, utcnow(), "auto")
    rotate(backup_dir, utcnow(), *keep)
    return path


def swap_in_backup(
    backup: Path, database: Path, backup_dir: Path, quarantine: bool
) -> tuple[RestoreResult, Path | None]:
    """Move a damaged database aside (when ``quarantine``), then restore ``backup``."""
    moved = quarantine_corrupt(database, backup_dir, utcnow()) if quarantine else None
    return restore_backup(backup, database, backup_dir, utcnow()), moved


def backup_now(db: Database, backup_dir: Path, keep: tuple[int, int, int]) -> Path:
    path = make_backup(db, backup_dir, utcnow(), "manual")
    rotate(backup_dir, utcnow(), *keep)
    return path


class Maintenance(QObject):
    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self._data_changed = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.maybe_backup)
        context.database_ready.connect(self.start)
        context.hub.changed.connect(self._on_changed)

    def _on_changed(self, changes: Changes) -> None:
        if changes:
            self._data_changed = True

    def _status(self, text: str) -> None:
        bar = getattr(self.window, "statusBar", None)
        if bar is not None:
            bar().showMessage(text, 10_000)

    # -- start-up -------------------------------------------------------------------------
    def start(self) -> None:
        db = self.context.db
        if db is None:
            return
        if self.context.unclean_start and db.dialect == "sqlite":
            self.context.unclean_start = False
            path = db.location.path
            assert path is not None
            self._status(translate("Maintenance", "Checking the data after an unclean exit…"))
            self.context.runner.run(integrity_problems, path, on_done=self._checked)
        else:
            self._routine()

    def _checked(self, problems: list[str]) -> None:
        if problems:
            self.recover(problems)
        else:
            self._status(translate("Maintenance", "The data was checked and is intact."))
            self._routine()

    def _routine(self) -> None:
        self.maybe_backup()
        self.timer.start()
        months = self.context.settings.retention_months
        if months and self.context.db is not None:
            self.context.runner.run(
                apply_retention, self.context.db, months, on_done=self._retained
            )

    def _retained(self, report: RetentionReport) -> None:
        if not report.incident_ids:
            return
        text = arg(
            translate(
                "Maintenance",
                "%1: the customers' details were removed from %n case(s) closed before %2.",
                None,
                len(report.incident_ids),
            ),
            local_datetime(utcnow()),
            local_datetime(report.cutoff),
        )
        log.info("retention: anonymised incidents %s", list(report.incident_ids))
        self.context.settings.last_retention = text
        self._status(text)

    # -- backups ------------------------------------------------------------------------------
    def maybe_backup(self) -> None:
        db = self.context.db
        if db is None or db.dialect != "sqlite":
            return
        changed, self._data_changed = self._data_changed, False
        self.context.runner.run(
            backup_if_due,
            db,
            self.context.paths.backup_dir,
            changed,
            self.context.settings.backup_keep,
            on_done=self._backed_up,
            on_error=self._backup_failed,
        )

    def _backed_up(self, path: Path | None) -> None:
        if path is not None:
            log.info("backup written: %s", path)

    def _backup_failed(self, exc: BaseException) -> None:
        self._data_changed = True  # try again at the next check
        log.error("backup failed: %s", exc)
        self._status(arg(translate("Maintenance", "The backup failed: %1"), exc))

    def back_up_now(self) -> None:
        db = self.context.db
        if db is None:
            return
        if db.dialect != "sqlite":
            QMessageBox.information(
                self.window,
                translate("Maintenance", "Back up"),
                translate(
                    "Maintenance",
                    "The data is on a PostgreSQL server: back it up with the full export "
                    "(crisis-planner export FILE) or the server's own tools.",
                ),
            )
            return
        self.context.runner.run(
            backup_now,
            db,
            self.context.paths.backup_dir,
            self.context.settings.backup_keep,
            on_done=lambda path: self._status(
                arg(translate("Maintenance", "Backup written to %1."), path)
            ),
        )

    # -- restoring ----------------------------------------------------------------------------
    def restore_from_file(self) -> None:
        db = self.context.db
        if db is None or db.dialect != "sqlite":
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("Maintenance", "Restore from a backup"),
            str(self.context.paths.backup_dir),
            translate("Maintenance", "Backups (*.sqlite3);;All files (*)"),
        )
        if not path:
            return
        answer = QMessageBox.question(
            self.window,
            translate("Maintenance", "Restore from a backup"),
            arg(
                translate(
                    "Maintenance",
                    "Replace the data with the backup “%1”? The current data is moved to "
                    "the backup folder, not deleted.",
                ),
                Path(path).name,
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._restore(Path(path), quarantine=False)

    def recover(self, problems: list[str]) -> None:
        """The open database failed its check after an unclean exit: offer the backup."""
        db = self.context.db
        assert db is not None and db.location.path is not None
        detail = "; ".join(problems[:3])

        def no_backup() -> None:
            QMessageBox.critical(
                self.window,
                translate("Maintenance", "The data file is damaged"),
                arg(
                    translate(
                        "Maintenance",
                        "The data file failed its check (%1) and there is no backup to "
                        "restore. Keep working carefully and export your data "
                        "(crisis-planner export FILE) as soon as you can.",
                    ),
                    detail,
                ),
            )

        self.offer_backup(
            db.location.path,
            lambda latest: arg(
                translate(
                    "Maintenance",
                    "The data file failed its check after the app closed unexpectedly "
                    "(%1). It will be moved aside (kept, not deleted) and the latest "
                    "verified backup, “%2”, restored. Restore it now?",
                ),
                detail,
                latest.name,
            ),
            refused=lambda: None,
            no_backup=no_backup,
        )

    def offer_backup(
        self,
        database: Path,
        question: Callable[[Path], str],
        *,
        refused: Callable[[], None],
        no_backup: Callable[[], None],
    ) -> None:
        """Find the latest verified backup (checking backups is file work: off the GUI
        thread), then ask; on yes, move the damaged ``database`` aside and restore."""

        def ask(latest: Path | None) -> None:
            if latest is None:
                no_backup()
                return
            answer = QMessageBox.question(
                self.window, translate("Maintenance", "The data file is damaged"), question(latest)
            )
            if answer == QMessageBox.StandardButton.Yes:
                self._swap(latest, database, quarantine=True)
            else:
                refused()

        self.context.runner.run(latest_verified_backup, self.context.paths.backup_dir, on_done=ask)

    def _restore(self, backup: Path, *, quarantine: bool) -> None:
        db = self.context.db
        assert db is not None and db.location.path is not None
        self._swap(backup, db.location.path, quarantine=quarantine)

    def _swap(self, backup: Path, database: Path, *, quarantine: bool) -> None:
        """Close the database, put ``backup`` in its place on a worker, then reopen."""
        self.context.runner.wait()  # nothing may write while the file is swapped
        if self.context.db is not None:
            self.context.db.close()
            self.context.db = None
        self.context.runner.run(
            swap_in_backup,
            backup,
            database,
            self.context.paths.backup_dir,
            quarantine,
            on_done=self._reopen,
            on_error=self._swap_failed,
        )

    def _swap_failed(self, exc: BaseException) -> None:
        self.context.runner.report_error(exc)
        self._reopen(None)

    def _reopen(self, swapped: tuple[RestoreResult, Path | None] | None) -> None:
        if swapped is not None:
            result, moved = swapped
            where = moved or result.replaced
            # Not modal: the account stays on screen while the data opens behind it.
            box = QMessageBox(
                QMessageBox.Icon.Information,
                translate("Maintenance", "Restored"),
                arg(
                    translate(
                        "Maintenance",
                        "The backup “%1” is now your data. The previous file was kept as “%2”.",
                    ),
                    result.backup.name,
                    where if where is not None else "–",
                ),
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        from planner.ui.app import open_database_async

        open_database_async(self.window)  # type: ignore[arg-type]
