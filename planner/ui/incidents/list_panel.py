"""The incident list: search, filters, counts, the follow-ups that are due, and a table
that pages itself in as the owner scrolls."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.enums import Channel, IncidentStatus, Severity
from planner.core.i18n import arg, translate
from planner.core.labels import label
from planner.services.changes import Area, Changes
from planner.services.follow_ups import FollowUp, mark_follow_up_done
from planner.services.incident_list import IncidentFilter
from planner.services.incidents import OPEN_STATUSES
from planner.ui.context import AppContext
from planner.ui.incidents.follow_ups import FollowUpsModel, FollowUpWatcher
from planner.ui.incidents.list_model import IncidentTableModel, column_widths
from planner.ui.widgets.row_table import row_table_view

_OPEN = "open"


class IncidentListPanel(QWidget):
    open_incident = Signal(int)
    log_requested = Signal()

    def __init__(
        self, context: AppContext, watcher: FollowUpWatcher, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.model = IncidentTableModel(context, self)
        self.model.loaded.connect(self._show_counts)

        self.search = QLineEdit(self)
        self.search.setObjectName("incidentSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.search.setPlaceholderText(
            translate("IncidentList", "Search the text, title or author…")
        )
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())

        self.status = QComboBox(self)
        self.status.setObjectName("statusFilter")
        self.status.addItem(translate("IncidentList", "Any status"), "")
        self.status.addItem(translate("IncidentList", "Open"), _OPEN)
        for status in IncidentStatus:
            self.status.addItem(translate("Labels", label(status)), status.value)
        self.channel = QComboBox(self)
        self.channel.setObjectName("channelFilter")
        self.channel.addItem(translate("IncidentList", "Anywhere"), "")
        for channel in Channel:
            self.channel.addItem(translate("Labels", label(channel)), channel.value)
        self.severity = QComboBox(self)
        self.severity.setObjectName("severityFilter")
        self.severity.addItem(translate("IncidentList", "Any severity"), "")
        for severity in Severity:
            self.severity.addItem(translate("Labels", label(severity)), severity.value)
        self.late_only = QCheckBox(translate("IncidentList", "Only &late"), self)
        self.late_only.setObjectName("lateFilter")
        for combo in (self.status, self.channel, self.severity):
            combo.activated.connect(lambda _i: self.apply_filter())
        self.late_only.toggled.connect(lambda _c: self.apply_filter())

        self.log_button = QPushButton(translate("IncidentList", "&Log a complaint…"), self)
        self.log_button.setObjectName("logIncident")
        self.log_button.setToolTip(translate("IncidentList", "Ctrl+N, from any page"))
        self.log_button.clicked.connect(self.log_requested)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status)
        filters.addWidget(self.channel)
        filters.addWidget(self.severity)
        filters.addWidget(self.late_only)

        self.counts = QLabel(self)
        self.counts.setObjectName("incidentCounts")

        self.due_box = QGroupBox(translate("IncidentList", "Follow-ups due"), self)
        self.due_box.setObjectName("followUpsDue")
        self.due_list = QListView(self.due_box)
        self.due_list.setObjectName("followUpList")
        self.due_list.setModel(watcher.model)
        self.due_list.setMaximumHeight(76)
        self.due_list.activated.connect(self._open_due)
        self.due_done = QPushButton(translate("IncidentList", "&Done"), self.due_box)
        self.due_done.setToolTip(translate("IncidentList", "Mark the selected follow-up done"))
        self.due_done.clicked.connect(self._due_done)
        due_layout = QHBoxLayout(self.due_box)
        due_layout.addWidget(self.due_list, 1)
        due_layout.addWidget(self.due_done, 0, Qt.AlignmentFlag.AlignTop)
        self.due_box.setVisible(False)
        watcher.due_changed.connect(self._show_due)

        self.table = row_table_view(self.model, "incidentTable", self)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Widths measured once from what the columns can hold, not from the rows: fitting
        # to contents asks the model for every cell of every page on each reload.
        metrics = self.table.fontMetrics()
        for column, width in enumerate(column_widths(metrics.horizontalAdvance), start=1):
            header.resizeSection(column, width)
        header.setSortIndicator(4, Qt.SortOrder.DescendingOrder)  # seen, newest first
        self.table.activated.connect(self._open_row)
        self.table.doubleClicked.connect(self._open_row)

        self.empty = QLabel(self)
        self.empty.setObjectName("incidentsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        counts_row = QHBoxLayout()
        counts_row.addWidget(self.counts, 1)
        counts_row.addWidget(self.log_button)
        layout.addLayout(counts_row)
        layout.addWidget(self.due_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)

        context.database_ready.connect(self.apply_filter)
        context.hub.changed.connect(self._on_changed)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Area.INCIDENTS, Area.PLAN, Area.PROFILE):
            self.model.data_changed()

    def current_filter(self) -> IncidentFilter:
        status = self.status.currentData()
        statuses = OPEN_STATUSES if status == _OPEN else (IncidentStatus(status),) if status else ()
        channel = self.channel.currentData()
        severity = self.severity.currentData()
        return IncidentFilter(
            statuses=statuses,
            channels=(Channel(channel),) if channel else (),
            severities=(Severity(severity),) if severity else (),
            text=self.search.text(),
            overdue_only=self.late_only.isChecked(),
        )

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())

    def _show_counts(self) -> None:
        shown = self.model.total
        late = len(self.model.late)
        self.counts.setText(
            arg(translate("IncidentList", "%1 shown · %2 late in all"), shown, late)
            if late
            else arg(translate("IncidentList", "%1 shown"), shown)
        )
        filtered = self.current_filter() != IncidentFilter()
        self.empty.setText(
            translate("IncidentList", "Nothing matches these filters.")
            if filtered
            else translate(
                "IncidentList",
                "No complaints logged. When you find one, press Ctrl+N and paste it: "
                "the clock starts and the app walks you through the rest.",
            )
        )
        self.empty.setVisible(shown == 0)
        self.table.setVisible(shown > 0)

    def _open_row(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_incident.emit(self.model.id_at(index.row()))

    def _show_due(self, items: list[FollowUp]) -> None:
        self.due_box.setVisible(bool(items))
        if items and not self.due_list.currentIndex().isValid():
            self.due_list.setCurrentIndex(self.due_list.model().index(0, 0))

    def _open_due(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_incident.emit(int(index.data(FollowUpsModel.IncidentRole)))

    def _due_done(self) -> None:
        index = self.due_list.currentIndex()
        if index.isValid() and self.context.db is not None:
            self.context.runner.run(
                mark_follow_up_done, self.context.db, int(index.data(FollowUpsModel.AttemptRole))
            )
