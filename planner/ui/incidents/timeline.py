"""Everything that happened to the incident, newest first, and free notes."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.core.errors import ValidationError
from planner.core.i18n import QT_TRANSLATE_NOOP, translate
from planner.core.timeline_text import event_detail, event_name
from planner.services.incidents import TimelineEntry, add_note
from planner.ui.context import AppContext
from planner.ui.widgets.field_errors import FieldErrors
from planner.ui.widgets.formatting import local_datetime
from planner.ui.widgets.row_table import RowTableModel

_Index = QModelIndex | QPersistentModelIndex
_HEADERS = (
    QT_TRANSLATE_NOOP("Timeline", "When"),
    QT_TRANSLATE_NOOP("Timeline", "What"),
    QT_TRANSLATE_NOOP("Timeline", "Details"),
)


class TimelineModel(RowTableModel[TimelineEntry]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Timeline", _HEADERS, parent)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return entry.text or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == 0:
            return local_datetime(entry.at)
        if index.column() == 1:
            return event_name(entry.kind)
        return event_detail(entry.kind, entry.text, entry.data)


class TimelinePanel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.incident_id: int | None = None
        self.model = TimelineModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("timelineTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)  # one line each; the whole text is in the tooltip
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.errors = FieldErrors(self)
        self.note = QLineEdit(self)
        self.note.setObjectName("noteText")
        self.note.setPlaceholderText(translate("Timeline", "Add a note to the timeline…"))
        self.note.returnPressed.connect(self.add)
        self.add_button = QPushButton(translate("Timeline", "Add &note"), self)
        self.add_button.clicked.connect(self.add)
        row = QHBoxLayout()
        row.addWidget(self.errors.cell("text", self.note), 1)
        row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

    def set_incident(self, incident_id: int, entries: list[TimelineEntry]) -> None:
        if incident_id != self.incident_id:
            self.note.clear()
            self.errors.clear()
        self.incident_id = incident_id
        self.model.set_rows(list(reversed(entries)))  # newest first

    def add(self) -> None:
        if self.incident_id is None or self.context.db is None:
            return
        self.context.runner.run(
            add_note,
            self.context.db,
            self.incident_id,
            self.note.text(),
            on_done=self._added,
            on_error=self._failed,
        )

    def _added(self, _result: None) -> None:
        self.note.clear()
        self.errors.clear()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError) and exc.field == "text":
            self.errors.show(exc.errors)
        else:
            self.context.runner.report_error(exc)
