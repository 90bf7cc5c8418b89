"""Under a listening source: when it was last looked at, when it is due, and a button to
record a look from the plan itself."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from planner.core.clock import utcnow
from planner.core.i18n import arg, translate
from planner.core.plan_sections import Item
from planner.services.listening import SourceStatus, record_check
from planner.ui.context import AppContext
from planner.ui.widgets.formatting import local_date


class SourceStatusBar(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.statuses: dict[int, SourceStatus] = {}
        self.source_id: int | None = None
        self.label = QLabel(self)
        self.label.setObjectName("sourceStatus")
        self.label.setWordWrap(True)
        self.looked = QPushButton(translate("PlanPage", "I &looked now"), self)
        self.looked.clicked.connect(self._record)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.looked)

    def set_statuses(self, statuses: list[SourceStatus]) -> None:
        self.statuses = {status.id: status for status in statuses}
        self._show()

    def show_item(self, item: Item | None) -> None:
        self.source_id = None if item is None else int(item["id"])
        self._show()

    def _show(self) -> None:
        status = self.statuses.get(self.source_id) if self.source_id is not None else None
        self.looked.setEnabled(status is not None)
        if status is None:
            self.label.setText(translate("PlanPage", "Not in use: it is not on the due list."))
            return
        last = (
            local_date(status.last_checked_at)
            if status.last_checked_at
            else translate("PlanPage", "never")
        )
        text = arg(
            translate("PlanPage", "Last looked: %1. Next look due: %2."),
            last,
            local_date(status.due_at),
        )
        if status.is_due(utcnow()):
            text = arg(translate("PlanPage", "Last looked: %1. Due now."), last)
        self.label.setText(text)

    def _record(self) -> None:
        if self.context.db is not None and self.source_id is not None:
            self.context.runner.run(partial(record_check, self.context.db, self.source_id))
