"""The post-incident review beside the case: was it justified, what caused it, the five
reflection prompts, what went well and what to change, and the actions that follow.
Saved as the owner types; completed when the two judgements are made."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.core.enums import Justified, PlanSection, RootCause
from planner.core.errors import ValidationError
from planner.core.i18n import arg, translate
from planner.core.labels import label
from planner.services.lessons import (
    ActionInput,
    ReviewInput,
    ReviewView,
    add_action,
    complete_review,
    open_review,
    save_review,
)
from planner.ui.context import AppContext
from planner.ui.widgets.field_errors import FieldErrors
from planner.ui.widgets.formatting import local_date

SAVE_AFTER_MS = 800
PROMPTS = (
    "about_customers",
    "about_ways_of_working",
    "about_customer_service",
    "about_my_reaction",
    "about_compensation",
    "went_well",
    "to_change",
)


def _prompt(name: str) -> str:
    return {
        "about_customers": translate("Lessons", "What did this teach me about my customers?"),
        "about_ways_of_working": translate("Lessons", "What should change in how I work?"),
        "about_customer_service": translate(
            "Lessons", "What should change in my customer service?"
        ),
        "about_my_reaction": translate(
            "Lessons", "How did I react, and how would I like to react next time?"
        ),
        "about_compensation": translate(
            "Lessons", "Was there faulty work to compensate, and was it made good?"
        ),
        "went_well": translate("Lessons", "What went well?"),
        "to_change": translate("Lessons", "What will I change?"),
    }[name]


class LessonsForm(QScrollArea):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.incident_id: int | None = None
        self.review: ReviewView | None = None
        self._loading = False
        self._dirty = False
        self.setWidgetResizable(True)
        inner = QWidget(self)
        self.setWidget(inner)

        self.intro = QLabel(inner)
        self.intro.setWordWrap(True)
        self.start_button = QPushButton(translate("Lessons", "&Start the review"), inner)
        self.start_button.setObjectName("startReview")
        self.start_button.clicked.connect(self.start)
        self.errors = FieldErrors(inner)
        self.justified = QComboBox(inner)
        self.justified.setObjectName("justified")
        self.justified.addItem(translate("Lessons", "Not decided yet"), "")
        for value in Justified:
            self.justified.addItem(translate("Labels", label(value)), value.value)
        self.root_cause = QComboBox(inner)
        self.root_cause.setObjectName("rootCause")
        self.root_cause.addItem(translate("Lessons", "Not decided yet"), "")
        for cause in RootCause:
            self.root_cause.addItem(translate("Labels", label(cause)), cause.value)
        for combo in (self.justified, self.root_cause):
            combo.activated.connect(lambda _i: self._edited())
        self.texts: dict[str, QPlainTextEdit] = {}
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.form.addRow(
            translate("Lessons", "Was the complaint justified?"),
            self.errors.cell("justified", self.justified),
        )
        self.form.addRow(
            translate("Lessons", "What was the root cause?"),
            self.errors.cell("root_cause", self.root_cause),
        )
        for name in PROMPTS:
            edit = QPlainTextEdit(inner)
            edit.setObjectName(f"lesson_{name}")
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
            edit.textChanged.connect(self._edited)
            self.texts[name] = edit
            self.form.addRow(_prompt(name), self.errors.cell(name, edit))
        self.state = QLabel(inner)
        self.state.setWordWrap(True)
        self.complete_button = QPushButton(translate("Lessons", "&Complete the review"), inner)
        self.complete_button.setObjectName("completeReview")
        self.complete_button.clicked.connect(self.complete)
        done_row = QHBoxLayout()
        done_row.addWidget(self.state, 1)
        done_row.addWidget(self.complete_button)

        self.action_list = QListWidget(inner)
        self.action_list.setObjectName("reviewActions")
        self.action_list.setMaximumHeight(100)
        self.action_errors = FieldErrors(inner)
        self.action_text = QLineEdit(inner)
        self.action_text.setObjectName("actionText")
        self.action_text.setPlaceholderText(
            translate("Lessons", "A change to make, e.g. clarify the delivery times on the site")
        )
        self.action_owner = QLineEdit(inner)
        self.action_owner.setPlaceholderText(translate("Lessons", "Who"))
        self.action_due = QDateEdit(inner)
        self.action_due.setCalendarPopup(True)
        self.action_due.setDate(QDate.currentDate().addDays(14))
        self.action_section = QComboBox(inner)
        self.action_section.addItem(translate("Lessons", "No plan section"), "")
        for section in PlanSection:
            if section != PlanSection.REVIEW:
                self.action_section.addItem(translate("Labels", label(section)), section.value)
        self.action_promise = QCheckBox(
            translate("Lessons", "Promised to the customer in public"), inner
        )
        self.action_promise.setToolTip(
            translate("Lessons", "Promises get checks at 30 and 90 days: kept? did it recur?")
        )
        self.add_action_button = QPushButton(translate("Lessons", "&Add the action"), inner)
        self.add_action_button.setObjectName("addAction")
        self.add_action_button.clicked.connect(self.add_action)
        action_row = QHBoxLayout()
        action_row.addWidget(self.action_owner)
        action_row.addWidget(self.action_due)
        action_row.addWidget(self.action_section)
        action_row2 = QHBoxLayout()
        action_row2.addWidget(self.action_promise, 1)
        action_row2.addWidget(self.add_action_button)

        self.body = QWidget(inner)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(self.form)
        body.addLayout(done_row)
        body.addWidget(QLabel(translate("Lessons", "Actions from this review:"), inner))
        body.addWidget(self.action_list)
        body.addWidget(self.action_errors.cell("text", self.action_text))
        body.addLayout(action_row)
        body.addLayout(action_row2)
        layout = QVBoxLayout(inner)
        layout.addWidget(self.intro)
        layout.addWidget(self.start_button)
        layout.addWidget(self.body)
        layout.addStretch(1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save_pending)

    # -- loading --------------------------------------------------------------------------------
    def set_review(self, incident_id: int, review: ReviewView | None, closed: bool) -> None:
        new_incident = incident_id != self.incident_id
        if new_incident:
            self.save_pending()
        self.incident_id = incident_id
        self.review = review
        self.start_button.setVisible(review is None)
        self.body.setVisible(review is not None)
        if review is None:
            self.intro.setText(
                translate(
                    "Lessons",
                    "Once the heat is over, take half an hour to learn from the case: was "
                    "the complaint justified, what caused it, and what will you change?",
                )
                if closed
                else translate(
                    "Lessons",
                    "The review comes after the case is closed. You can start it now if you like.",
                )
            )
            return
        if review.completed_at is not None:
            self.intro.setText(
                arg(
                    translate("Lessons", "Review completed on %1."), local_date(review.completed_at)
                )
            )
        elif review.due_at is not None:
            self.intro.setText(
                arg(translate("Lessons", "Review due by %1."), local_date(review.due_at))
            )
        if new_incident or not self._dirty:
            self._fill(review)
        self.action_list.clear()
        for action in review.actions:
            marks = []
            if action.is_promise:
                marks.append(translate("Actions", "Promise"))
            if action.done_at is not None:
                marks.append(translate("Lessons", "done"))
            suffix = f" ({', '.join(marks)})" if marks else ""
            self.action_list.addItem(action.text + suffix)

    def _fill(self, review: ReviewView) -> None:
        self._loading = True
        try:
            self.justified.setCurrentIndex(
                max(self.justified.findData(review.justified.value if review.justified else ""), 0)
            )
            self.root_cause.setCurrentIndex(
                max(
                    self.root_cause.findData(review.root_cause.value if review.root_cause else ""),
                    0,
                )
            )
            for name, edit in self.texts.items():
                value = getattr(review, name)
                if edit.toPlainText() != value:
                    edit.setPlainText(value)
        finally:
            self._loading = False
        self._dirty = False

    def data(self) -> ReviewInput:
        justified = self.justified.currentData()
        cause = self.root_cause.currentData()
        return ReviewInput(
            justified=Justified(justified) if justified else None,
            root_cause=RootCause(cause) if cause else None,
            **{name: edit.toPlainText() for name, edit in self.texts.items()},
        )

    # -- actions --------------------------------------------------------------------------------
    def start(self) -> None:
        if self.incident_id is not None and self.context.db is not None:
            self.context.runner.run(open_review, self.context.db, self.incident_id)

    def _edited(self) -> None:
        if self._loading or self.review is None:
            return
        self._dirty = True
        self.state.setText(translate("Lessons", "Saving…"))
        self._timer.start()

    def save_pending(self) -> None:
        self._timer.stop()
        if not self._dirty or self.review is None or self.context.db is None:
            return
        self._dirty = False
        self.context.runner.run(
            save_review,
            self.context.db,
            self.review.id,
            self.data(),
            on_done=self._saved,
            on_error=self._failed,
        )

    def _saved(self, _result: None) -> None:
        if not self._dirty:
            self.state.setText(translate("Lessons", "Saved."))

    def complete(self) -> None:
        if self.review is None or self.context.db is None:
            return
        self._timer.stop()
        self._dirty = False
        self.context.runner.run(
            complete_review,
            self.context.db,
            self.review.id,
            self.data(),
            on_done=self._completed,
            on_error=self._complete_failed,
        )

    def _complete_failed(self, exc: BaseException) -> None:
        self._failed(exc)
        if isinstance(exc, ValidationError):
            self._dirty = True  # not complete yet, but what was written is kept as a draft
            self.save_pending()

    def _completed(self, _result: None) -> None:
        self.errors.clear()
        self.state.setText(translate("Lessons", "Review completed. Well done."))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.errors.show(exc.errors)
            self.state.setText(exc.message)
        else:
            self.context.runner.report_error(exc)

    def add_action(self) -> None:
        if self.review is None or self.context.db is None:
            return
        due = self.action_due.date()
        section = self.action_section.currentData()
        data = ActionInput(
            text=self.action_text.text(),
            owner=self.action_owner.text(),
            due_on=date(due.year(), due.month(), due.day()),
            plan_section=PlanSection(section) if section else None,
            is_promise=self.action_promise.isChecked(),
        )
        self.context.runner.run(
            add_action,
            self.context.db,
            self.review.id,
            data,
            on_done=self._action_added,
            on_error=self._action_failed,
        )

    def _action_added(self, _action_id: int) -> None:
        self.action_text.clear()
        self.action_promise.setChecked(False)
        self.action_errors.clear()

    def _action_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.action_errors.show(exc.errors)
        else:
            self.context.runner.report_error(exc)
