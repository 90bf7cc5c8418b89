"""The items of one plan section, for a list view: drag to reorder, keyboard to reorder.

The model never reorders itself: it asks (``move_requested``) and the page moves the item
through the service, then reloads, so the list always shows what is stored."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from planner.core.enums import PlanSection
from planner.core.i18n import translate
from planner.core.labels import label
from planner.core.plan_sections import Item, SectionSpec

_MIME = "application/x-crisis-planner-plan-item"
_Index = QModelIndex | QPersistentModelIndex


class ItemListModel(QAbstractListModel):
    move_requested = Signal(int, int)  # item id, new row
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, spec: SectionSpec, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.spec = spec
        self.items: list[Item] = []

    def set_items(self, items: list[Item]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def row_of(self, item_id: int) -> int:
        return next((i for i, item in enumerate(self.items) if item["id"] == item_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._title(item)
        if role == self.IdRole:
            return item["id"]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._title(item)
        return None

    def _title(self, item: Item) -> str:
        title = str(item.get(self.spec.title_field) or "").strip()
        section = self.spec.section
        if section == PlanSection.PEOPLE:
            name = title or translate("PlanPage", "(name missing)")
            return f"{translate('Labels', label(item['role']))}: {name}"
        if section == PlanSection.PRINCIPLES:
            return f"{translate('Labels', label(item['kind']))}: {title}"
        if section == PlanSection.TEMPLATES:
            return f"[{item['language'].value.upper()}] {title}"
        return title

    # -- drag and drop reordering ------------------------------------------------------
    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not self.spec.ordered:
            return base
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction if self.spec.ordered else Qt.DropAction.IgnoreAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]  # noqa: N802
        mime = QMimeData()
        if indexes:
            mime.setData(_MIME, QByteArray(str(self.items[indexes[0].row()]["id"]).encode()))
        return mime

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,  # noqa: N802
        parent: _Index,
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(_MIME):
            return False
        item_id = int(bytes(data.data(_MIME).data()).decode())
        source = self.row_of(item_id)
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.items))
        if source < target:
            target -= 1  # the item leaves its old place first
        if source >= 0 and target != source:
            self.move_requested.emit(item_id, target)
        return False  # the reload after the service call shows the new order
