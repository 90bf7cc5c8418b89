"""A read-only table over a short list of plain rows, with translated column headers:
the shared frame of the small tables (contact attempts, timeline, actions, review
requests). Subclasses say what each cell shows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from planner.core.i18n import translate

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class RowTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, context: str, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._headers = tuple(headers)  # source texts, marked with QT_TRANSLATE_NOOP
        self.rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate(self._context, self._headers[section])
        return None


def row_table_view(model: QAbstractItemModel, name: str, parent: QWidget) -> QTableView:
    """A read-only table of whole rows, one selected at a time, without row numbers: how
    every list of records in the app looks."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    return view
