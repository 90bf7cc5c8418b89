"""The list of pages on the left, with counters that ask for attention (open, overdue)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from planner.core.i18n import arg, translate

_Index = QModelIndex | QPersistentModelIndex


@dataclass
class NavEntry:
    key: str
    title: str
    badge: int = 0
    alert: int = 0  # of the badge, how many are late


def default_entries() -> list[NavEntry]:
    return [
        NavEntry("start", translate("Navigation", "Start")),
        NavEntry("plan", translate("Navigation", "Plan")),
        NavEntry("incidents", translate("Navigation", "Incidents")),
        NavEntry("journal", translate("Navigation", "Journal")),
        NavEntry("review", translate("Navigation", "Review")),
        NavEntry("practice", translate("Navigation", "Practice")),
    ]


class NavModel(QAbstractListModel):
    KeyRole = Qt.ItemDataRole.UserRole + 1
    BadgeRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, entries: list[NavEntry], parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._entries = entries

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if entry.alert:
                late = arg(translate("Navigation", "%1 late"), entry.alert)
                return f"{entry.title}  ({entry.badge} · {late})"
            return f"{entry.title}  ({entry.badge})" if entry.badge else entry.title
        if role == Qt.ItemDataRole.ForegroundRole and entry.alert:
            return QBrush(QColor("#c62828"))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return entry.title
        if role == self.KeyRole:
            return entry.key
        if role == self.BadgeRole:
            return entry.badge
        return None

    def row_of(self, key: str) -> int:
        return next(i for i, entry in enumerate(self._entries) if entry.key == key)

    def key_at(self, row: int) -> str:
        return self._entries[row].key

    def set_badge(self, key: str, count: int, alert: int = 0) -> None:
        row = self.row_of(key)
        entry = self._entries[row]
        if (entry.badge, entry.alert) != (count, alert):
            entry.badge, entry.alert = count, alert
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, self.BadgeRole])
