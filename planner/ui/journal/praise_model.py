"""The journal's entries, newest first, a page at a time."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from planner.core.i18n import translate
from planner.core.labels import label
from planner.services.journal import (
    PraiseQuery,
    PraiseView,
    search_praise,
    search_praise_counted,
)
from planner.storage.database import Database
from planner.ui.context import AppContext
from planner.ui.widgets.formatting import local_day
from planner.ui.widgets.paged_model import PAGE, PagedModel

_Index = QModelIndex | QPersistentModelIndex


def day_text(view: PraiseView) -> str:
    return local_day(view.received_on)


class PraiseListModel(PagedModel[PraiseView]):
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, context: AppContext, parent: object = None) -> None:
        super().__init__(context, parent)
        self.query = PraiseQuery()

    def set_query(self, query: PraiseQuery) -> None:
        self.query = query
        self.reload()

    def first_page(self, db: Database) -> tuple[list[PraiseView], int, None]:
        rows, total = search_praise_counted(db, self.query, limit=PAGE)
        return rows, total, None

    def next_page(self, db: Database, offset: int) -> list[PraiseView]:
        return search_praise(db, self.query, offset=offset, limit=PAGE)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        view = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = " ".join(view.text.split())
            if len(text) > 160:
                text = text[:159] + "…"
            parts = [day_text(view), translate("Labels", label(view.channel))]
            if view.who:
                parts.insert(0, view.who)
            if view.stars:
                parts.append("★" * view.stars)
            if view.tags:
                parts.append(" ".join("#" + tag for tag in view.tags))
            return f"“{text}”\n{' · '.join(parts)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return view.text
        if role == self.IdRole:
            return view.id
        return None

    def view_at(self, row: int) -> PraiseView:
        return self.rows[row]
