"""The incident list as a table model that loads a page at a time, off the GUI thread,
as the view scrolls (canFetchMore/fetchMore): smooth with tens of thousands of rows.
Sorting and filtering are done by the database, never by a proxy over every row."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from enum import StrEnum
from time import monotonic

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from planner.core.enums import Channel, IncidentStatus, Severity
from planner.core.i18n import QT_TRANSLATE_NOOP, translate
from planner.core.labels import label
from planner.services.incident_list import (
    IncidentFilter,
    IncidentRow,
    SortKey,
    first_page,
    list_incidents,
)
from planner.storage.database import Database
from planner.ui.context import AppContext
from planner.ui.widgets.formatting import local_datetime
from planner.ui.widgets.paged_model import PAGE, PagedModel

_Index = QModelIndex | QPersistentModelIndex

# When it was posted is on the incident's screen; the list keeps the room for the title.
COLUMNS: tuple[tuple[SortKey | None, str], ...] = (
    (SortKey.TITLE, QT_TRANSLATE_NOOP("IncidentList", "What it is about")),
    (SortKey.CHANNEL, QT_TRANSLATE_NOOP("IncidentList", "Where")),
    (SortKey.SEVERITY, QT_TRANSLATE_NOOP("IncidentList", "How serious")),
    (SortKey.STATUS, QT_TRANSLATE_NOOP("IncidentList", "Status")),
    (SortKey.DETECTED, QT_TRANSLATE_NOOP("IncidentList", "Seen")),
    (None, QT_TRANSLATE_NOOP("IncidentList", "First reply")),
)


# What the columns after the title can show: every label of their vocabulary, or a date.
_COLUMN_VALUES: tuple[tuple[StrEnum, ...], ...] = (
    tuple(Channel),
    tuple(Severity),
    tuple(IncidentStatus),
)
_PADDING = 24


def column_widths(advance: Callable[[str], int]) -> list[int]:
    """Widths for columns 1.. (the title stretches): the widest header or value each can
    show, measured with ``advance`` (a font's horizontalAdvance)."""
    sample_date = local_datetime(datetime(2026, 12, 28, 23, 58, tzinfo=UTC))
    widths = []
    for column in range(1, len(COLUMNS)):
        texts = [translate("IncidentList", COLUMNS[column][1])]
        if column <= len(_COLUMN_VALUES):
            texts += [translate("Labels", label(v)) for v in _COLUMN_VALUES[column - 1]]
        else:
            texts += [sample_date, "–"]
        widths.append(max(advance(t) for t in texts) + _PADDING)
    return widths


# A new filter or sort reuses the late incidents read this recently; changes read them anew.
LATE_FRESH_SECONDS = 60.0


class IncidentTableModel(PagedModel[IncidentRow]):
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, context: AppContext, parent: object = None) -> None:
        super().__init__(context, parent)
        self.late: set[int] = set()
        self._late_read_at: float | None = None
        self.where = IncidentFilter()
        self.sort_key = SortKey.DETECTED
        self.descending = True

    def set_filter(self, where: IncidentFilter) -> None:
        self.where = where
        self.reload()

    def data_changed(self) -> None:
        """The incidents (or the plan's targets) changed: read the late ones again too."""
        self._late_read_at = None
        self.reload()

    def first_page(self, db: Database) -> tuple[list[IncidentRow], int, set[int] | None]:
        read_at = self._late_read_at
        fresh = read_at is not None and monotonic() - read_at < LATE_FRESH_SECONDS
        page = first_page(
            db,
            self.where,
            limit=PAGE,
            sort=self.sort_key,
            descending=self.descending,
            with_late=not fresh,
        )
        return page.rows, page.total, None if page.late is None else set(page.late)

    def first_page_extra(self, extra: set[int] | None) -> None:
        if extra is not None:
            self.late = extra
            self._late_read_at = monotonic()

    def next_page(self, db: Database, offset: int) -> list[IncidentRow]:
        return list_incidents(
            db,
            self.where,
            offset=offset,
            limit=PAGE,
            sort=self.sort_key,
            descending=self.descending,
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][0]
        if key is None:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # -- the table ---------------------------------------------------------------------------
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
            return local_datetime(row.detected_at)
        return local_datetime(row.first_reply_at) if row.first_reply_at else "–"

    def id_at(self, row: int) -> int:
        return self.rows[row].id
