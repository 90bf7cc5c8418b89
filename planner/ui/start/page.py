"""The start page: a calm overview of what needs attention."""

from __future__ import annotations

import html
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.clock import utcnow
from planner.core.i18n import arg, translate
from planner.services.changes import Area, Changes
from planner.services.drills import PracticeStatus, practice_status
from planner.services.journal import PraiseView, random_praise
from planner.services.listening import SourceStatus, due_sources, record_check
from planner.services.overview import Overview, get_overview
from planner.storage.database import Database
from planner.ui.context import AppContext
from planner.ui.journal.morale import quote
from planner.ui.start.due_sources import DueSourcesModel
from planner.ui.widgets.formatting import local_date
from planner.ui.widgets.page import Page


class _Figure(QFrame):
    """One number with its meaning underneath."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.value = QLabel("–", self)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(caption, self)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_number(self, number: int) -> None:
        self.value.setText(QLocale().toString(number))


@dataclass(frozen=True)
class StartData:
    overview: Overview
    due: list[SourceStatus]
    kind_word: PraiseView | None
    practice: PracticeStatus


def load_start_data(db: Database) -> StartData:
    return StartData(get_overview(db), due_sources(db), random_praise(db), practice_status(db))


class StartPage(Page):
    found_something = Signal(int, str)  # listening source id, its address
    open_practice = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("StartPage", "Start"),
            translate(
                "StartPage",
                "What needs your attention today. Prepare in calm time, act "
                "calmly when it counts, and remember the good work you do.",
            ),
            parent,
        )
        self._context = context
        self.greeting = QLabel(translate("StartPage", "Opening your data…"), self)
        self.greeting.setObjectName("greeting")
        self.greeting.setWordWrap(True)
        self.body.addWidget(self.greeting)
        self.kind_word = QLabel(self)
        self.kind_word.setObjectName("startKindWord")
        self.kind_word.setWordWrap(True)
        font = self.kind_word.font()
        font.setItalic(True)
        self.kind_word.setFont(font)
        self.kind_word.setVisible(False)
        self.body.addWidget(self.kind_word)
        self.review_reminder = QLabel(self)
        self.review_reminder.setObjectName("reviewReminder")
        self.review_reminder.setWordWrap(True)
        self.review_reminder.setStyleSheet("background: #fff4d6; padding: 6px;")
        self.review_reminder.setVisible(False)
        self.body.addWidget(self.review_reminder)
        self.practice_reminder = QLabel(self)
        self.practice_reminder.setObjectName("startPracticeReminder")
        self.practice_reminder.setWordWrap(True)
        self.practice_reminder.setStyleSheet("background: #efe8fa; padding: 6px;")
        self.practice_reminder.setVisible(False)
        self.practice_reminder.linkActivated.connect(lambda _link: self.open_practice.emit())
        self.body.addWidget(self.practice_reminder)

        grid = QGridLayout()
        grid.setSpacing(12)
        self.figures = {
            "open_incidents": _Figure(translate("StartPage", "Open incidents"), self),
            "incidents_total": _Figure(translate("StartPage", "All incidents"), self),
            "praise_total": _Figure(translate("StartPage", "Kind words in the journal"), self),
            "open_actions": _Figure(translate("StartPage", "Lessons still to act on"), self),
            "drills_done": _Figure(translate("StartPage", "Practice drills done"), self),
        }
        for i, figure in enumerate(self.figures.values()):
            grid.addWidget(figure, i // 3, i % 3)
        self.body.addLayout(grid)

        self.listening = QGroupBox(translate("StartPage", "Listening: due now"), self)
        self.listening.setObjectName("dueListening")
        self.due_model = DueSourcesModel(self)
        self.due_list = QListView(self.listening)
        self.due_list.setObjectName("dueSources")
        self.due_list.setModel(self.due_model)
        self.due_empty = QLabel(
            translate("StartPage", "Nothing is due: you have looked everywhere on time."),
            self.listening,
        )
        self.checked_button = QPushButton(
            translate("StartPage", "&Looked, nothing new"), self.listening
        )
        self.checked_button.clicked.connect(lambda: self._record(found=False))
        self.found_button = QPushButton(translate("StartPage", "&Found something…"), self.listening)
        self.found_button.clicked.connect(lambda: self._record(found=True))
        buttons = QHBoxLayout()
        buttons.addWidget(self.checked_button)
        buttons.addWidget(self.found_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self.listening)
        box.addWidget(self.due_empty)
        box.addWidget(self.due_list, 1)
        box.addLayout(buttons)
        self.body.addWidget(self.listening, 1)
        self.listening.setVisible(False)

        context.database_ready.connect(self.refresh)
        context.hub.changed.connect(self._on_changed)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(
            Area.PROFILE,
            Area.PLAN,
            Area.LISTENING,
            Area.INCIDENTS,
            Area.JOURNAL,
            Area.REVIEW,
            Area.DRILLS,
        ):
            self.refresh()

    def refresh(self) -> None:
        if self._context.db is not None:
            self._context.runner.run(load_start_data, self._context.db, on_done=self.show_data)

    def show_data(self, data: StartData) -> None:
        overview = data.overview
        if overview.business_name:
            self.greeting.setText(
                arg(translate("StartPage", "Welcome back to %1."), overview.business_name)
            )
        else:
            self.greeting.setText(
                translate(
                    "StartPage",
                    "Welcome. Start by preparing your "
                    "response plan in calm time: the Plan "
                    "page guides you.",
                )
            )
        self.kind_word.setVisible(data.kind_word is not None)
        if data.kind_word is not None:
            self.kind_word.setText(quote(data.kind_word))
        for key, figure in self.figures.items():
            figure.set_number(getattr(overview, key))
        due_at = overview.plan_review_due_at
        review_due = due_at is not None and due_at <= utcnow()
        if due_at is not None and review_due:
            self.review_reminder.setText(
                arg(
                    translate(
                        "StartPage",
                        "Your response plan was due for a review on %1. Read it through "
                        "on the Plan page.",
                    ),
                    local_date(due_at),
                )
            )
        self.review_reminder.setVisible(review_due)
        self._show_practice(data.practice, has_plan=overview.plan_review_due_at is not None)
        self.listening.setVisible(overview.plan_review_due_at is not None)
        self.due_model.set_sources(data.due)
        has_due = bool(data.due)
        self.due_list.setVisible(has_due)
        self.due_empty.setVisible(not has_due)
        self.checked_button.setEnabled(has_due)
        self.found_button.setEnabled(has_due)
        if has_due and not self.due_list.currentIndex().isValid():
            self.due_list.setCurrentIndex(self.due_model.index(0))

    def _show_practice(self, practice: PracticeStatus, *, has_plan: bool) -> None:
        # Only once there is a plan to practise with; a new owner prepares first.
        due = has_plan and practice.due
        if due:
            link = translate("StartPage", "Open Practice")
            if practice.last_at is None:
                text = translate(
                    "StartPage",
                    "You have not rehearsed a crisis yet. A drill takes 15 minutes.",
                )
            else:
                text = arg(
                    translate(
                        "StartPage", "No practice drill since %1: time for a 15-minute drill."
                    ),
                    local_date(practice.last_at),
                )
            self.practice_reminder.setText(
                f'{html.escape(text)} <a href="practice">{html.escape(link)}</a>'
            )
        self.practice_reminder.setVisible(due)

    def _record(self, *, found: bool) -> None:
        index = self.due_list.currentIndex()
        if not index.isValid() or self._context.db is None:
            return
        source_id = int(index.data(DueSourcesModel.IdRole))
        if found:
            # The finding becomes an incident; the check is recorded once it is logged.
            self.found_something.emit(source_id, str(index.data(Qt.ItemDataRole.ToolTipRole) or ""))
            return
        self._context.runner.run(
            partial(record_check, self._context.db, source_id, found_something=False)
        )
