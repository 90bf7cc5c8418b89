"""Follow-ups that are due: a list beside the incidents, and a desktop notification (via
the system tray, where there is one) when one comes due while the app runs."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSystemTrayIcon

from planner import APP_NAME
from planner.core.i18n import arg, translate
from planner.core.labels import label
from planner.services.changes import Area, Changes
from planner.services.follow_ups import FollowUp, due_follow_ups
from planner.ui.context import AppContext
from planner.ui.widgets.formatting import local_datetime

_Index = QModelIndex | QPersistentModelIndex
CHECK_EVERY_MS = 60_000


class FollowUpsModel(QAbstractListModel):
    IncidentRole = Qt.ItemDataRole.UserRole + 1
    AttemptRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[FollowUp] = []

    def set_items(self, items: list[FollowUp]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return arg(
                translate("FollowUps", "%1 · %2 · due %3"),
                item.incident_title,
                translate("Labels", label(item.method)),
                local_datetime(item.due_at),
            )
        if role == self.IncidentRole:
            return item.incident_id
        if role == self.AttemptRole:
            return item.attempt_id
        return None


class FollowUpWatcher(QObject):
    """Checks once a minute (and on every change) which follow-ups are due; tells the tray
    about the ones that became due since the last look."""

    due_changed = Signal(list)  # list[FollowUp]

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = FollowUpsModel(self)
        self._seen: set[int] | None = None  # None until the first look: no flood at start
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(QGuiApplication.windowIcon(), self)
            self.tray.setToolTip(APP_NAME)
            self.tray.show()
        self.notified: list[str] = []  # what was announced (shown in the status bar too)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        context.database_ready.connect(self.check)
        context.database_ready.connect(self.timer.start)
        context.hub.changed.connect(self._on_changed)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Area.INCIDENTS):
            self.check()

    def check(self) -> None:
        if self.context.db is not None:
            self.context.runner.run(due_follow_ups, self.context.db, on_done=self._show)

    def _show(self, items: list[FollowUp]) -> None:
        self.model.set_items(items)
        ids = {item.attempt_id for item in items}
        if self._seen is not None:
            for item in items:
                if item.attempt_id not in self._seen:
                    self._announce(item)
        self._seen = ids
        self.due_changed.emit(items)

    def _announce(self, item: FollowUp) -> None:
        self.announce(
            translate("FollowUps", "Follow-up due"),
            arg(
                translate("FollowUps", "Time to follow up: %1 (%2)."),
                item.incident_title,
                translate("Labels", label(item.method)),
            ),
        )

    def announce(self, title: str, message: str) -> None:
        """A desktop notification where there is a system tray; always kept in ``notified``."""
        self.notified.append(message)
        if self.tray is not None:
            self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 15_000)
