"""A table model that loads a page at a time off the GUI thread as the view scrolls
(canFetchMore/fetchMore): lists stay smooth with tens of thousands of rows because the
database filters, sorts and counts, and the screen only ever holds what was scrolled to."""

from __future__ import annotations

from functools import partial
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Signal

from planner.storage.database import Database
from planner.ui.context import AppContext

_Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
PAGE = 200


class PagedModel(QAbstractTableModel, Generic[Row]):
    loaded = Signal()  # the first page of a new query arrived

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rows: list[Row] = []
        self.total = 0
        self._generation = 0
        self._fetching = False

    # -- what a subclass provides (run on a worker thread) --------------------------------
    def first_page(self, db: Database) -> tuple[list[Row], int, Any]:
        """The first page, the total count, and anything else the view needs with it."""
        raise NotImplementedError

    def next_page(self, db: Database, offset: int) -> list[Row]:
        raise NotImplementedError

    def first_page_extra(self, extra: Any) -> None:
        """Take the extra data of a first page (on the GUI thread, inside the reset)."""

    # -- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Ask again from the first page (after a filter, a sort or a change elsewhere)."""
        if self.context.db is None:
            return
        self._generation += 1
        self._fetching = True
        self.context.runner.run(
            self.first_page,
            self.context.db,
            on_done=partial(self._first_loaded, self._generation),
        )

    def _first_loaded(self, generation: int, page: tuple[list[Row], int, Any]) -> None:
        if generation != self._generation:
            return  # a newer query was asked for meanwhile
        self._fetching = False
        rows, total, extra = page
        self.beginResetModel()
        self.rows, self.total = rows, total
        self.first_page_extra(extra)
        self.endResetModel()
        self.loaded.emit()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._fetching and len(self.rows) < self.total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent) or self.context.db is None:
            return
        self._fetching = True
        self.context.runner.run(
            self.next_page,
            self.context.db,
            len(self.rows),
            on_done=partial(self._more_loaded, self._generation),
        )

    def _more_loaded(self, generation: int, rows: list[Row]) -> None:
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

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)
