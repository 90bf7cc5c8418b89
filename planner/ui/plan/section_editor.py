"""One section of the plan: its items in a list (drag or Alt+Up/Down to reorder), the
selected item in a form that saves itself while the owner types."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.core.enums import PlanSection
from planner.core.errors import ValidationError
from planner.core.i18n import arg, translate
from planner.core.labels import label
from planner.core.plan_sections import SECTIONS, Item
from planner.services import plan as plan_service
from planner.ui.context import AppContext
from planner.ui.plan.field_labels import section_hint
from planner.ui.plan.item_form import ItemForm
from planner.ui.plan.item_list_model import ItemListModel
from planner.ui.plan.undo import PlanCommand

SAVE_DELAY_MS = 600


class SectionEditor(QWidget):
    item_selected = Signal(object)  # the selected item (Item) or None

    def __init__(
        self,
        context: AppContext,
        section: PlanSection,
        undo_stack: QUndoStack,
        new_item: Callable[[], Item],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.section = section
        self.spec = SECTIONS[section]
        self.undo_stack = undo_stack
        self._new_item = new_item
        self._ids: dict[int, int] = {}  # id before an undo re-created the item -> id now
        self._pending: set[str] = set()
        self._pending_id: int | None = None
        self._select_after_load: int | None = None

        self.model = ItemListModel(self.spec, self)
        self.model.move_requested.connect(self.move_item)
        self.list = QListView(self)
        self.list.setObjectName(f"list_{section.value}")
        self.list.setModel(self.model)
        self.list.setAccessibleName(translate("Labels", label(section)))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)
        self.list.setSpacing(1)
        if self.spec.ordered:
            self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
            self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
            for keys, delta in (("Alt+Up", -1), ("Alt+Down", 1)):
                shortcut = QShortcut(QKeySequence(keys), self.list)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(lambda d=delta: self.move_selected(d))
        self.list.selectionModel().currentRowChanged.connect(self._on_current_changed)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(translate("PlanPage", "&Add"), self)
        self.add_button.clicked.connect(self.add_item)
        self.remove_button = QPushButton(translate("PlanPage", "&Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button = QPushButton(translate("PlanPage", "Move &up"), self)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(translate("PlanPage", "Move &down"), self)
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.add_button, self.remove_button):
            button.setVisible(not self.spec.fixed)
        for button in (self.up_button, self.down_button):
            button.setVisible(self.spec.ordered)

        self.form = ItemForm(self.spec, self)
        self.form.edited.connect(self._on_edited)
        self.form.setEnabled(False)
        self.extra = QVBoxLayout()  # room for a section's own panel (template preview)
        right = QWidget(self)
        right_box = QVBoxLayout(right)
        right_box.addWidget(self.form)
        right_box.addLayout(self.extra)
        right_box.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(right)

        left = QWidget(self)
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.list, 1)
        left_box.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        left.setMaximumWidth(340)
        splitter.setChildrenCollapsible(False)

        hint = QLabel(section_hint(section), self)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_pending)
        self._update_buttons()

    # -- loading ------------------------------------------------------------------------
    def load(self, items: list[Item]) -> None:
        current = self.current_id()
        wanted = self._select_after_load if self._select_after_load is not None else current
        self._select_after_load = None
        self.model.set_items(items)
        row = self.model.row_of(wanted) if wanted is not None else -1
        if row < 0 and items:
            row = 0
        if row >= 0:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        item = self.model.items[row] if row >= 0 else None
        # While the owner is typing, the form keeps what they typed.
        if not (self._pending and item and item["id"] == self._pending_id):
            self.form.set_item(item)
        self._update_buttons()

    def current_id(self) -> int | None:
        index = self.list.currentIndex()
        return int(index.data(ItemListModel.IdRole)) if index.isValid() else None

    def current_item(self) -> Item | None:
        index = self.list.currentIndex()
        return self.model.items[index.row()] if index.isValid() else None

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.save_pending()
        item = self.model.items[current.row()] if current.isValid() else None
        self.form.set_item(item)
        self._update_buttons()
        self.item_selected.emit(item)

    def _update_buttons(self) -> None:
        row = self.list.currentIndex().row()
        has = row >= 0
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < self.model.rowCount() - 1)

    # -- saving as the owner types ------------------------------------------------------
    def _on_edited(self, name: str) -> None:
        item_id = self.current_id()
        if item_id is None:
            return
        if self._pending_id != item_id:
            self.save_pending()
            self._pending_id = item_id
        self._pending.add(name)
        self._timer.start()

    @property
    def has_unsaved(self) -> bool:
        return bool(self._pending) or self.form.has_errors

    def save_pending(self) -> None:
        """Save what was typed now (also called when the selection changes or on close)."""
        self._timer.stop()
        if not self._pending or self._pending_id is None or self.context.db is None:
            return
        item_id, names = self._pending_id, set(self._pending)
        values = self.form.values(names)
        before_item = next((i for i in self.model.items if i["id"] == item_id), None)
        before = {k: before_item[k] for k in names} if before_item else {}
        self._pending.clear()

        def saved(item: Item) -> None:
            if self._pending_id == item_id and not self._pending:
                self.form.show_errors({})
            after = {k: item[k] for k in names}
            if before and after != before:
                self.undo_stack.push(
                    PlanCommand(
                        arg(translate("PlanPage", "Edit “%1”"), self._title_of(item)),
                        lambda: self.apply_update(item_id, before),
                        lambda: self.apply_update(item_id, after),
                    )
                )

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError) and self._pending_id == item_id:
                self._pending.update(names)  # still unsaved: keep it so close can warn
                self.form.show_errors(exc.errors)
            else:
                self.context.runner.report_error(exc)

        self.context.runner.run(
            plan_service.update_item,
            self.context.db,
            self.section,
            self._resolve(item_id),
            values,
            on_done=saved,
            on_error=failed,
        )

    def _title_of(self, item: Item) -> str:
        return str(item.get(self.spec.title_field) or "")[:60]

    # -- add, remove, move --------------------------------------------------------------
    def add_item(self) -> None:
        if self.context.db is None:
            return
        self.save_pending()
        values = self._new_item()
        row = self.list.currentIndex().row()
        position = row + 1 if row >= 0 and self.spec.ordered else None

        def added(item_id: int) -> None:
            self._select_after_load = item_id
            snapshot = {**values, "id": item_id, "position": position}
            self.undo_stack.push(
                PlanCommand(
                    arg(translate("PlanPage", "Add “%1”"), self._title_of(snapshot)),
                    lambda: self.apply_delete(item_id),
                    lambda: self.apply_add(snapshot),
                )
            )
            first = next(iter(self.form.editors.values()))
            first.setFocus()

        self.context.runner.run(
            plan_service.add_item, self.context.db, self.section, values, position, on_done=added
        )

    def remove_selected(self) -> None:
        item_id = self.current_id()
        if item_id is None or self.context.db is None:
            return
        self._pending.clear()
        self._timer.stop()

        def removed(item: Item) -> None:
            self.undo_stack.push(
                PlanCommand(
                    arg(translate("PlanPage", "Remove “%1”"), self._title_of(item)),
                    lambda: self.apply_add(item),
                    lambda: self.apply_delete(item["id"]),
                )
            )

        self.context.runner.run(
            plan_service.delete_item,
            self.context.db,
            self.section,
            self._resolve(item_id),
            on_done=removed,
        )

    def move_selected(self, delta: int) -> None:
        item_id = self.current_id()
        if item_id is not None:
            self.move_item(item_id, self.list.currentIndex().row() + delta)

    def move_item(self, item_id: int, new_row: int) -> None:
        if self.context.db is None or not 0 <= new_row < self.model.rowCount():
            return
        self.save_pending()
        old_row = self.model.row_of(item_id)
        self._select_after_load = item_id

        def moved(index: int) -> None:
            if index != old_row:
                self.undo_stack.push(
                    PlanCommand(
                        translate("PlanPage", "Move"),
                        lambda: self.apply_move(item_id, old_row),
                        lambda: self.apply_move(item_id, index),
                    )
                )

        self.context.runner.run(
            plan_service.move_item,
            self.context.db,
            self.section,
            self._resolve(item_id),
            new_row,
            on_done=moved,
        )

    # -- replays for undo and redo ----------------------------------------------------------
    def _resolve(self, item_id: int) -> int:
        while item_id in self._ids:
            item_id = self._ids[item_id]
        return item_id

    def apply_update(self, item_id: int, values: Item) -> None:
        if self.context.db is not None:
            self._select_after_load = self._resolve(item_id)
            self.context.runner.run(
                plan_service.update_item,
                self.context.db,
                self.section,
                self._resolve(item_id),
                values,
            )

    def apply_delete(self, item_id: int) -> None:
        if self.context.db is not None:
            self.context.runner.run(
                plan_service.delete_item, self.context.db, self.section, self._resolve(item_id)
            )

    def apply_add(self, item: Item) -> None:
        if self.context.db is None:
            return
        values = {f.name: item[f.name] for f in self.spec.fields if f.name in item}

        def added(new_id: int) -> None:
            self._ids[self._resolve(item["id"])] = new_id
            self._select_after_load = new_id

        self.context.runner.run(
            plan_service.add_item,
            self.context.db,
            self.section,
            values,
            item.get("position"),
            on_done=added,
        )

    def apply_move(self, item_id: int, index: int) -> None:
        if self.context.db is not None:
            self._select_after_load = self._resolve(item_id)
            self.context.runner.run(
                plan_service.move_item, self.context.db, self.section, self._resolve(item_id), index
            )
