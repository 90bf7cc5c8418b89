"""Keeping the plan current: when it was last read through, a reminder when that is too
long ago, and the change log of every edit."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.core.clock import utcnow
from planner.core.enums import ChangeAction
from planner.core.i18n import arg, translate
from planner.core.labels import label
from planner.services.plan import ChangeEntry, PlanView
from planner.ui.widgets.formatting import local_date, local_datetime

_Index = QModelIndex | QPersistentModelIndex


def action_text(action: ChangeAction) -> str:
    return {
        ChangeAction.CREATED: translate("PlanReview", "Added"),
        ChangeAction.UPDATED: translate("PlanReview", "Changed"),
        ChangeAction.DELETED: translate("PlanReview", "Removed"),
        ChangeAction.MOVED: translate("PlanReview", "Moved"),
        ChangeAction.REVIEWED: translate("PlanReview", "Reviewed"),
    }[action]


class ChangeLogModel(QAbstractTableModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.entries: list[ChangeEntry] = []

    def set_entries(self, entries: list[ChangeEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            translate("PlanReview", "When"),
            translate("PlanReview", "Section"),
            translate("PlanReview", "What"),
            translate("PlanReview", "Item"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        entry = self.entries[index.row()]
        return (
            local_datetime(entry.changed_at),
            translate("Labels", label(entry.section)),
            action_text(entry.action),
            entry.summary,
        )[index.column()]


class ReviewPanel(QWidget):
    review_requested = Signal(str)  # notes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel(self)
        self.status.setObjectName("reviewStatus")
        self.status.setWordWrap(True)
        self.notes = QLineEdit(self)
        self.notes.setPlaceholderText(
            translate("PlanReview", "What did you change or check? (optional)")
        )
        self.mark = QPushButton(translate("PlanReview", "&Mark the plan as reviewed"), self)
        self.mark.clicked.connect(self._mark)
        row = QHBoxLayout()
        row.addWidget(self.notes, 1)
        row.addWidget(self.mark)
        self.log_model = ChangeLogModel(self)
        self.log = QTableView(self)
        self.log.setObjectName("changeLog")
        self.log.setModel(self.log_model)
        self.log.verticalHeader().setVisible(False)
        self.log.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.log.horizontalHeader().setStretchLastSection(True)
        self.log.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(QLabel(translate("PlanReview", "Changes to the plan:"), self))
        layout.addWidget(self.log, 1)

    def _mark(self) -> None:
        self.review_requested.emit(self.notes.text())
        self.notes.clear()

    def show_plan(self, plan: PlanView, changes: list[ChangeEntry]) -> None:
        last = (
            local_date(plan.last_reviewed_at)
            if plan.last_reviewed_at
            else translate("PlanReview", "never")
        )
        due = plan.review_due_at
        text = arg(
            translate("PlanReview", "Last reviewed: %1. Next review due: %2."),
            last,
            local_date(due),
        )
        if due <= utcnow():
            text = (
                "⚠ "
                + text
                + " "
                + translate(
                    "PlanReview",
                    "It is time to read the plan through: are the people, numbers "
                    "and templates still right?",
                )
            )
        self.status.setText(text)
        self.log_model.set_entries(changes)
