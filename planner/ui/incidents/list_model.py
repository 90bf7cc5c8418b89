"""The incident list as a table model that loads a page at a time, off the GUI thread,
as the view scrolls (canFetchMore/fetchMore): smooth with tens of thousands of rows.
Sorting and filtering are done by the database, never by a proxy over every row."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from planner.core.i18n import QT_TRANSLATE_NOOP, translate
from planner.core.labels import label
from planner.services.incident_list import (
    IncidentFilter,
    IncidentRow,
    SortKey,
    count_incidents,
    list_incidents,
    overdue_incident_ids,
)
from planner.storage.database import Database
from planner.ui.context import AppContext
from planner.ui.widgets.formatting import local_datetime

_Index = QModelIndex | QPersistentModelIndex
PAGE = 200

COLUMNS: tuple[tuple[SortKey | None, str], ...] = (
    (SortKey.TITLE, QT_TRANSLATE_NOOP("IncidentList", "What it is about")),
    (SortKey.CHANNEL, QT_TRANSLATE_NOOP("IncidentList", "Where")),
    (SortKey.SEVERITY, QT_TRANSLATE_NOOP("IncidentList", "How serious")),
    (SortKey.STATUS, QT_TRANSLATE_NOOP("IncidentList", "Status")),
    (SortKey.POSTED, QT_TRANSLATE_NOOP("IncidentList", "Posted")),
    (SortKey.DETECTED, QT_TRANSLATE_NOOP("IncidentList", "Seen")),
    (None, QT_TRANSLATE_NOOP("IncidentList", "First reply")),
)


@dataclass(frozen=True)
class FirstPage:
    rows: list[IncidentRow]
    total: int
    late: set[int]


def _first_page(db: Database, where: IncidentFilter, sort: SortKey, descending: bool) -> FirstPage:
    return FirstPage(
        list_incidents(db, where, limit=PAGE, sort=sort, descending=descending),
        count_incidents(db, where),
        set(overdue_incident_ids(db)),
    )


class IncidentTableModel(QAbstractTableModel):
    IdRole = Qt.ItemDataRole.UserRole + 1
    loaded = Signal()  # the first page of a new query arrived

    def __init__(self, context: AppContext, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.context = context
        self.rows: list[IncidentRow] = []
        self.total = 0
        self.late: set[int] = set()
        self.where = IncidentFilter()
        self.sort_key = SortKey.DETECTED
        self.descending = True
        self._generation = 0
        self._fetching = False

    # -- queries --------------------------------------------------------------------------
    def set_filter(self, where: IncidentFilter) -> None:
        self.where = where
        self.reload()

    def reload(self) -> None:
        """Ask again from the first page (after a filter, a sort or a change elsewhere)."""
        if self.context.db is None:
            return
        self._generation += 1
        generation = self._generation
        self._fetching = True
        self.context.runner.run(
            _first_page,
            self.context.db,
            self.where,
            self.sort_key,
            self.descending,
            on_done=partial(self._first_page_loaded, generation),
        )

    def _first_page_loaded(self, generation: int, page: FirstPage) -> None:
        if generation != self._generation:
            return  # a newer query was asked for meanwhile
        self._fetching = False
        self.beginResetModel()
        self.rows = page.rows
        self.total = page.total
        self.late = page.late
        self.endResetModel()
        self.loaded.emit()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._fetching and len(self.rows) < self.total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent) or self.context.db is None:
            return
        self._fetching = True
        generation = self._generation
        self.context.runner.run(
            partial(
                list_incidents,
                self.context.db,
                self.where,
                offset=len(self.rows),
                limit=PAGE,
                sort=self.sort_key,
                descending=self.descending,
            ),
            on_done=partial(self._more_loaded, generation),
        )

    def _more_loaded(self, generation: int, rows: list[IncidentRow]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        if not rows:
            self.total = len(self.rows)  # fewer than counted: some were deleted meanwhile
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][0]
        if key is None:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # -- the table ---------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("IncidentList", COLUMNS[section][1])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == self.IdRole:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and row.id in self.late:
            return QBrush(QColor("#a01010"))
        if role == Qt.ItemDataRole.ToolTipRole and row.id in self.late:
            return translate("IncidentList", "Late: a response clock is past its target.")
        return None

    def _text(self, row: IncidentRow, column: int) -> str:
        if column == 0:
            late = translate("IncidentList", "LATE") + " · " if row.id in self.late else ""
            return late + row.title
        if column == 1:
            return translate("Labels", label(row.channel))
        if column == 2:
            return translate("Labels", label(row.severity))
        if column == 3:
            return translate("Labels", label(row.status))
        if column == 4:
            return local_datetime(row.posted_at) if row.posted_at else "–"
        if column == 5:
            return local_datetime(row.detected_at)
        return local_datetime(row.first_reply_at) if row.first_reply_at else "–"

    def id_at(self, row: int) -> int:
        return self.rows[row].id
