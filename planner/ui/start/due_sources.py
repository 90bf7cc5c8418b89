"""The listening routine's "due now" list on the start page."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from planner.core.i18n import arg, translate
from planner.core.labels import label
from planner.services.listening import SourceStatus
from planner.ui.widgets.formatting import local_date

_Index = QModelIndex | QPersistentModelIndex


class DueSourcesModel(QAbstractListModel):
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.sources: list[SourceStatus] = []

    def set_sources(self, sources: list[SourceStatus]) -> None:
        self.beginResetModel()
        self.sources = sources
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.sources)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        source = self.sources[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            last = (
                arg(translate("StartPage", "last looked %1"), local_date(source.last_checked_at))
                if source.last_checked_at
                else translate("StartPage", "never looked")
            )
            return f"{source.name} · {translate('Labels', label(source.kind))} · {last}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return source.address
        if role == self.IdRole:
            return source.id
        return None
