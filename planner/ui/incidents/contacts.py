"""Contact attempts: record a call, visit, e-mail or message with its outcome and the next
follow-up, and see every attempt so far ("proof of what was discussed")."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.core.clock import utcnow
from planner.core.enums import ContactMethod, ContactOutcome
from planner.core.errors import ValidationError
from planner.core.i18n import QT_TRANSLATE_NOOP, translate
from planner.core.labels import label
from planner.services.incidents import AttemptView, record_contact
from planner.ui.context import AppContext
from planner.ui.widgets.field_errors import FieldErrors
from planner.ui.widgets.formatting import local_datetime
from planner.ui.widgets.moment_edit import MomentEdit
from planner.ui.widgets.row_table import RowTableModel

_Index = QModelIndex | QPersistentModelIndex
_HEADERS = (
    QT_TRANSLATE_NOOP("Contacts", "When"),
    QT_TRANSLATE_NOOP("Contacts", "How"),
    QT_TRANSLATE_NOOP("Contacts", "Outcome"),
    QT_TRANSLATE_NOOP("Contacts", "Follow up"),
    QT_TRANSLATE_NOOP("Contacts", "Notes"),
)


class AttemptsModel(RowTableModel[AttemptView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Contacts", _HEADERS, parent)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        attempt = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return attempt.notes
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return local_datetime(attempt.at)
        if column == 1:
            return translate("Labels", label(attempt.method))
        if column == 2:
            if attempt.method == ContactMethod.PUBLIC_REPLY:
                return translate("Contacts", "Posted")
            return translate("Labels", label(attempt.outcome))
        if column == 3:
            return local_datetime(attempt.next_follow_up_at) if attempt.next_follow_up_at else ""
        return " ".join(attempt.notes.split())[:200]


class ContactsPanel(QWidget):
    recorded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.incident_id: int | None = None
        self.errors = FieldErrors(self)
        self.method = QComboBox(self)
        self.method.setObjectName("contactMethod")
        for method in ContactMethod:
            if method not in (ContactMethod.PUBLIC_REPLY, ContactMethod.BLOG_POST):
                self.method.addItem(translate("Labels", label(method)), method.value)
        self.at = MomentEdit("", self)
        self.at.setObjectName("contactAt")
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("contactOutcome")
        for outcome in ContactOutcome:
            self.outcome.addItem(translate("Labels", label(outcome)), outcome.value)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("contactNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.notes.setPlaceholderText(
            translate("Contacts", "What was said and agreed, in a few words")
        )
        self.follow_up_on = QCheckBox(translate("Contacts", "Remind me to follow up"), self)
        self.follow_up_on.setObjectName("followUpOn")
        self.follow_up = MomentEdit("", self)
        self.follow_up.setObjectName("followUpAt")
        self.follow_up.setEnabled(False)
        self.follow_up_on.toggled.connect(self.follow_up.setEnabled)
        follow = QHBoxLayout()
        follow.addWidget(self.follow_up_on)
        follow.addWidget(self.errors.cell("next_follow_up_at", self.follow_up), 1)

        self.record_button = QPushButton(translate("Contacts", "&Record the attempt"), self)
        self.record_button.setObjectName("recordContact")
        self.record_button.clicked.connect(self.record)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("Contacts", "How"), self.errors.cell("method", self.method))
        form.addRow(translate("Contacts", "When"), self.errors.cell("at", self.at))
        form.addRow(translate("Contacts", "Outcome"), self.errors.cell("outcome", self.outcome))
        form.addRow(translate("Contacts", "Notes"), self.errors.cell("notes", self.notes))
        form.addRow("", follow)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)

        self.model = AttemptsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("attemptsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(translate("Contacts", "Every attempt so far:"), self))
        layout.addWidget(self.table, 1)

    def set_incident(self, incident_id: int, attempts: list[AttemptView]) -> None:
        if incident_id != self.incident_id:
            self.incident_id = incident_id
            self._reset_form()
        self.model.set_rows(list(reversed(attempts)))  # newest first

    def suggest(self, method: ContactMethod | None) -> None:
        """Preselect the ladder's next method (unless it is not a personal contact)."""
        if method is not None:
            index = self.method.findData(method.value)
            if index >= 0:
                self.method.setCurrentIndex(index)

    def _reset_form(self) -> None:
        self.at.set_value(utcnow())
        self.notes.clear()
        self.follow_up_on.setChecked(False)
        self.follow_up.set_value(utcnow() + timedelta(days=1))
        self.errors.clear()

    def record(self) -> None:
        if self.incident_id is None or self.context.db is None:
            return
        self.errors.clear()
        self.record_button.setEnabled(False)
        self.context.runner.run(
            lambda db, incident_id, method, outcome, at, notes, follow: record_contact(
                db, incident_id, method, outcome, at=at, notes=notes, next_follow_up_at=follow
            ),
            self.context.db,
            self.incident_id,
            ContactMethod(self.method.currentData()),
            ContactOutcome(self.outcome.currentData()),
            self.at.value_or_now(),
            self.notes.toPlainText(),
            self.follow_up.value() if self.follow_up_on.isChecked() else None,
            on_done=self._recorded,
            on_error=self._failed,
        )

    def _recorded(self, _attempt_id: int) -> None:
        self.record_button.setEnabled(True)
        self._reset_form()
        self.recorded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.record_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            if self.errors.show(exc.errors):
                self.context.runner.report_error(exc)
        else:
            self.context.runner.report_error(exc)
