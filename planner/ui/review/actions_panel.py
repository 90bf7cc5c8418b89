"""Lessons turned into actions, and promises made in public checked at 30 and 90 days:
what is due, what is late, and the reviews still to write."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.enums import PlanSection
from planner.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from planner.core.labels import label
from planner.services.changes import Area, Changes
from planner.services.lessons import (
    ActionView,
    CheckView,
    DueReview,
    complete_action,
    list_actions,
    promise_checks_due,
    record_promise_check,
    reviews_due,
)
from planner.storage.database import Database
from planner.ui.context import AppContext
from planner.ui.widgets.formatting import local_date, local_day
from planner.ui.widgets.lazy_refresh import LazyRefresh
from planner.ui.widgets.row_table import RowTableModel, row_table_view

_Index = QModelIndex | QPersistentModelIndex
# The oldest reviews due, then a count: years of unreviewed cases are no list to read.
REVIEWS_SHOWN = 50

_HEADERS = (
    QT_TRANSLATE_NOOP("Actions", "Action"),
    QT_TRANSLATE_NOOP("Actions", "From"),
    QT_TRANSLATE_NOOP("Actions", "Who"),
    QT_TRANSLATE_NOOP("Actions", "Due"),
    QT_TRANSLATE_NOOP("Actions", "Done"),
)


@dataclass(frozen=True)
class FollowThrough:
    actions: list[ActionView]
    checks: list[CheckView]
    reviews: list[DueReview]


def load_follow_through(db: Database) -> FollowThrough:
    return FollowThrough(list_actions(db), promise_checks_due(db), reviews_due(db))


class ActionsModel(RowTableModel[ActionView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Actions", _HEADERS, parent)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        action = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and action.overdue:
            return QBrush(QColor("#a01010"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return action.text
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            mark = translate("Actions", "Promise") + " · " if action.is_promise else ""
            return mark + action.text
        if column == 1:
            if action.incident_title:
                return action.incident_title
            return translate("Actions", "A practice drill") if action.drill_run_id else "–"
        if column == 2:
            return action.owner
        if column == 3:
            return local_day(action.due_on) if action.due_on else ""
        return local_date(action.done_at) if action.done_at else ""


class ActionsPanel(QWidget):
    open_section = Signal(object)  # PlanSection
    open_review = Signal(int)  # incident id

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.reviews = QListWidget(self)
        self.reviews.setObjectName("reviewsDue")
        self.reviews.setMaximumHeight(90)
        self.reviews.itemActivated.connect(self._open_review)
        self.reviews_box = QGroupBox(translate("Actions", "Reviews to write"), self)
        QVBoxLayout(self.reviews_box).addWidget(self.reviews)

        self.checks = QListWidget(self)
        self.checks.setObjectName("promiseChecks")
        self.checks.setMaximumHeight(90)
        self.recurred = QCheckBox(translate("Actions", "It happened again"), self)
        self.check_notes = QLineEdit(self)
        self.check_notes.setPlaceholderText(translate("Actions", "Notes (optional)"))
        self.kept_button = QPushButton(translate("Actions", "&Kept"), self)
        self.kept_button.setObjectName("promiseKept")
        self.kept_button.clicked.connect(lambda: self._check(kept=True))
        self.broken_button = QPushButton(translate("Actions", "&Not kept"), self)
        self.broken_button.clicked.connect(lambda: self._check(kept=False))
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_notes, 1)
        check_row.addWidget(self.recurred)
        check_row.addWidget(self.kept_button)
        check_row.addWidget(self.broken_button)
        self.checks_box = QGroupBox(translate("Actions", "Promises to check"), self)
        checks_layout = QVBoxLayout(self.checks_box)
        checks_layout.addWidget(self.checks)
        checks_layout.addLayout(check_row)

        self.model = ActionsModel(self)
        self.table = row_table_view(self.model, "actionsTable", self)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: fitting to contents would read every row of a long list.
        metrics = self.table.fontMetrics()
        sample_day = local_day(date(2026, 12, 28))
        for column, texts in enumerate(
            (
                [translate("Actions", "A practice drill")] + ["M" * 16],
                ["M" * 10],
                [sample_day],
                [sample_day],
            ),
            start=1,
        ):
            header_text = translate("Actions", _HEADERS[column])
            width = max(metrics.horizontalAdvance(t) for t in [header_text, *texts]) + 24
            header.resizeSection(column, width)
        self.done_button = QPushButton(translate("Actions", "Mark &done"), self)
        self.done_button.setObjectName("actionDone")
        self.done_button.clicked.connect(self._done)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.done_button)
        actions_box = QGroupBox(translate("Actions", "Actions"), self)
        actions_layout = QVBoxLayout(actions_box)
        self.empty = QLabel(
            translate(
                "Actions",
                "No actions yet. They come from the lessons of each closed case: open the "
                "case's Lessons tab.",
            ),
            actions_box,
        )
        self.empty.setObjectName("actionsEmpty")
        self.empty.setWordWrap(True)
        actions_layout.addWidget(self.empty)
        actions_layout.addWidget(self.table, 1)
        actions_layout.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.reviews_box)
        layout.addWidget(self.checks_box)
        layout.addWidget(actions_box, 1)
        self.lazy = LazyRefresh(self, self.refresh)
        context.database_ready.connect(self.lazy.request)
        context.hub.changed.connect(self._on_changed)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Area.REVIEW, Area.INCIDENTS):
            self.lazy.request()

    def refresh(self) -> None:
        if self.context.db is not None:
            self.context.runner.run(load_follow_through, self.context.db, on_done=self.show_data)

    def show_data(self, data: FollowThrough) -> None:
        self.model.set_rows(data.actions)
        self.empty.setVisible(not data.actions)
        self.table.setVisible(bool(data.actions))
        self.done_button.setEnabled(bool(data.actions))
        self.reviews.clear()
        for review in data.reviews[:REVIEWS_SHOWN]:
            text = arg(translate("Actions", "%1 · due %2"), review.title, local_date(review.due_at))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, review.incident_id)
            if review.overdue:
                item.setForeground(QColor("#a01010"))
            self.reviews.addItem(item)
        hidden = len(data.reviews) - REVIEWS_SHOWN
        if hidden > 0:
            more = QListWidgetItem(
                translate("Actions", "…and %n more, the oldest first above.", None, hidden)
            )
            more.setForeground(QColor("#666666"))
            self.reviews.addItem(more)
        self.reviews_box.setVisible(bool(data.reviews))
        self.checks.clear()
        for check in data.checks:
            item = QListWidgetItem(
                arg(
                    translate("Actions", "%1 · %2 days on: kept? did it happen again?"),
                    check.action_text,
                    check.after_days,
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, check.id)
            self.checks.addItem(item)
        self.checks_box.setVisible(bool(data.checks))
        if data.checks and self.checks.currentRow() < 0:
            self.checks.setCurrentRow(0)

    def _open_review(self, item: QListWidgetItem) -> None:
        incident_id = item.data(Qt.ItemDataRole.UserRole)
        if incident_id is not None:
            self.open_review.emit(int(incident_id))

    def _check(self, *, kept: bool) -> None:
        item = self.checks.currentItem()
        if item is None or self.context.db is None:
            return
        self.context.runner.run(
            record_promise_check,
            self.context.db,
            int(item.data(Qt.ItemDataRole.UserRole)),
            kept,
            self.recurred.isChecked(),
            self.check_notes.text(),
        )
        self.recurred.setChecked(False)
        self.check_notes.clear()

    def _done(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or self.context.db is None:
            return
        action = self.model.rows[index.row()]
        self.context.runner.run(
            complete_action,
            self.context.db,
            action.id,
            action.done_at is None,
            on_done=self._completed,
        )

    def _completed(self, section: PlanSection | None) -> None:
        if section is not None:
            self.state.setText(
                arg(
                    translate("Actions", "Done. The plan's “%1” section is open to change."),
                    translate("Labels", label(section)),
                )
            )
            self.open_section.emit(section)
