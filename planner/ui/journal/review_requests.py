"""Happy customers to ask for a review: who, where, when asked and reminded, whether the
review appeared, and the plan's review-request message filled in for each."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.core.enums import Channel
from planner.core.errors import ValidationError
from planner.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from planner.core.labels import label
from planner.services.changes import Area, Changes
from planner.services.review_requests import (
    ReviewRequestInput,
    ReviewRequestView,
    ReviewTally,
    add_review_request,
    delete_review_request,
    list_review_requests,
    mark_asked,
    mark_reminded,
    mark_review_appeared,
    review_tally,
    update_review_request,
)
from planner.storage.database import Database
from planner.ui.context import AppContext
from planner.ui.incidents.log_dialog import enum_combo
from planner.ui.widgets.field_errors import FieldErrors
from planner.ui.widgets.formatting import local_date
from planner.ui.widgets.lazy_refresh import LazyRefresh
from planner.ui.widgets.row_table import RowTableModel, row_table_view

_Index = QModelIndex | QPersistentModelIndex
_HEADERS = (
    QT_TRANSLATE_NOOP("ReviewRequests", "Customer"),
    QT_TRANSLATE_NOOP("ReviewRequests", "Where"),
    QT_TRANSLATE_NOOP("ReviewRequests", "Asked"),
    QT_TRANSLATE_NOOP("ReviewRequests", "Reminded"),
    QT_TRANSLATE_NOOP("ReviewRequests", "Review"),
)


@dataclass(frozen=True)
class RequestsData:
    requests: list[ReviewRequestView]
    tally: ReviewTally


def load_requests(db: Database) -> RequestsData:
    return RequestsData(list_review_requests(db), review_tally(db))


class RequestsModel(RowTableModel[ReviewRequestView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("ReviewRequests", _HEADERS, parent)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        request = self.rows[index.row()]
        column = index.column()
        if column == 0:
            return request.customer_name
        if column == 1:
            return translate("Labels", label(request.channel))
        moment = (request.asked_at, request.reminded_at, request.review_appeared_at)[column - 2]
        if moment is None:
            return translate("ReviewRequests", "not yet") if column != 3 else ""
        return local_date(moment)


class ReviewRequestsPanel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.request_id: int | None = None
        self.tally = QLabel(self)
        self.tally.setObjectName("reviewTally")
        self.tally.setWordWrap(True)
        self.model = RequestsModel(self)
        self.table = row_table_view(self.model, "reviewRequests", self)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(_HEADERS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._picked)

        self.errors = FieldErrors(self)
        self.name = QLineEdit(self)
        self.name.setObjectName("requestName")
        self.contact = QLineEdit(self)
        self.contact.setPlaceholderText(
            translate("ReviewRequests", "E-mail, phone or a link (optional)")
        )
        self.channel = enum_combo(self, Channel)
        self.notes = QLineEdit(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, caption, editor in (
            ("customer_name", translate("ReviewRequests", "Customer"), self.name),
            ("contact", translate("ReviewRequests", "Contact"), self.contact),
            ("channel", translate("ReviewRequests", "Where to review"), self.channel),
            ("notes", translate("ReviewRequests", "Notes"), self.notes),
        ):
            form.addRow(caption, self.errors.cell(name, editor))
        self.save_button = QPushButton(translate("ReviewRequests", "&Save"), self)
        self.save_button.setObjectName("saveRequest")
        self.save_button.clicked.connect(self.save)
        self.new_button = QPushButton(translate("ReviewRequests", "&New"), self)
        self.new_button.clicked.connect(self.clear)
        self.delete_button = QPushButton(translate("ReviewRequests", "Delete"), self)
        self.delete_button.clicked.connect(self.delete)
        edit_buttons = QHBoxLayout()
        edit_buttons.addStretch(1)
        edit_buttons.addWidget(self.delete_button)
        edit_buttons.addWidget(self.new_button)
        edit_buttons.addWidget(self.save_button)

        self.message = QPlainTextEdit(self)
        self.message.setObjectName("requestMessage")
        self.message.setReadOnly(True)
        self.message.setMaximumHeight(130)
        self.copy_button = QPushButton(translate("ReviewRequests", "&Copy the message"), self)
        self.copy_button.clicked.connect(self._copy)
        self.asked_button = QPushButton(translate("ReviewRequests", "&Asked"), self)
        self.asked_button.setObjectName("markAsked")
        self.asked_button.clicked.connect(lambda: self._mark(mark_asked))
        self.reminded_button = QPushButton(translate("ReviewRequests", "&Reminded"), self)
        self.reminded_button.clicked.connect(lambda: self._mark(mark_reminded))
        self.appeared_button = QPushButton(translate("ReviewRequests", "Review &appeared"), self)
        self.appeared_button.setObjectName("markAppeared")
        self.appeared_button.clicked.connect(lambda: self._mark(mark_review_appeared))
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        steps = QHBoxLayout()
        steps.addWidget(self.copy_button)
        steps.addStretch(1)
        steps.addWidget(self.asked_button)
        steps.addWidget(self.reminded_button)
        steps.addWidget(self.appeared_button)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(form)
        right_layout.addLayout(edit_buttons)
        right_layout.addWidget(QLabel(translate("ReviewRequests", "Message to send:"), self))
        right_layout.addWidget(self.message)
        right_layout.addLayout(steps)
        right_layout.addWidget(self.state)
        right_layout.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tally)
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([520, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.clear()
        self.lazy = LazyRefresh(self, self.refresh)
        context.database_ready.connect(self.lazy.request)
        context.hub.changed.connect(self._on_changed)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Area.JOURNAL, Area.PLAN, Area.PROFILE):
            self.lazy.request()

    def refresh(self) -> None:
        if self.context.db is not None:
            self.context.runner.run(load_requests, self.context.db, on_done=self._show)

    def _show(self, data: RequestsData) -> None:
        self.model.set_rows(data.requests)
        tally = data.tally
        self.tally.setText(
            arg(
                translate(
                    "ReviewRequests",
                    "%1 asked, %2 reminded, %3 reviews appeared; %4 waiting, %5 not asked yet.",
                ),
                tally.asked,
                tally.reminded,
                tally.appeared,
                tally.waiting,
                tally.not_asked,
            )
        )
        if self.request_id is not None:
            row = next((i for i, r in enumerate(data.requests) if r.id == self.request_id), None)
            if row is None:
                self.clear()
            else:
                self._show_request(data.requests[row])

    def clear(self) -> None:
        self.request_id = None
        self.table.clearSelection()
        for editor in (self.name, self.contact, self.notes):
            editor.clear()
        self.channel.setCurrentIndex(self.channel.findData(Channel.GOOGLE.value))
        self.message.clear()
        self.errors.clear()
        self.state.clear()
        self._enable_steps(None)

    def _picked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            request = self.model.rows[current.row()]
            self.request_id = request.id
            self.name.setText(request.customer_name)
            self.contact.setText(request.contact)
            self.channel.setCurrentIndex(self.channel.findData(request.channel.value))
            self.notes.setText(request.notes)
            self.errors.clear()
            self._show_request(request)

    def _show_request(self, request: ReviewRequestView) -> None:
        self.message.setPlainText(request.message)
        self._enable_steps(request)

    def _enable_steps(self, request: ReviewRequestView | None) -> None:
        self.asked_button.setEnabled(request is not None and request.asked_at is None)
        self.reminded_button.setEnabled(
            request is not None
            and request.asked_at is not None
            and request.review_appeared_at is None
        )
        self.appeared_button.setEnabled(request is not None and request.review_appeared_at is None)
        self.copy_button.setEnabled(request is not None and bool(request.message))
        self.delete_button.setEnabled(request is not None)

    def data(self) -> ReviewRequestInput:
        return ReviewRequestInput(
            customer_name=self.name.text(),
            contact=self.contact.text(),
            channel=Channel(self.channel.currentData()),
            notes=self.notes.text(),
        )

    def save(self) -> None:
        db = self.context.db
        if db is None:
            return
        if self.request_id is None:
            self.context.runner.run(
                add_review_request, db, self.data(), on_done=self._added, on_error=self._failed
            )
        else:
            self.context.runner.run(
                update_review_request,
                db,
                self.request_id,
                self.data(),
                on_done=self._saved,
                on_error=self._failed,
            )

    def _added(self, request_id: int) -> None:
        self.request_id = request_id
        self._saved(None)

    def _saved(self, _result: None) -> None:
        self.errors.clear()
        self.state.setText(translate("ReviewRequests", "Saved."))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            if self.errors.show(exc.errors):
                self.state.setText(exc.message)
        else:
            self.context.runner.report_error(exc)

    def _mark(self, step: object) -> None:
        if self.request_id is not None and self.context.db is not None:
            self.context.runner.run(
                step,  # type: ignore[arg-type]
                self.context.db,
                self.request_id,
                on_error=self._failed,
            )

    def delete(self) -> None:
        if self.request_id is not None and self.context.db is not None:
            self.context.runner.run(
                delete_review_request, self.context.db, self.request_id, on_done=self._deleted
            )

    def _deleted(self, _view: ReviewRequestView) -> None:
        self.clear()

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.message.toPlainText())
        self.state.setText(translate("ReviewRequests", "Copied. Send it, then press “Asked”."))
