"""A drill as the owner lives it: the post on its channel, the plan's clock running, the
same reply composer as in a real incident, then the next steps, one choice at a time, with
the scenario answering each. At the end the run is saved and its result shown."""

from __future__ import annotations

import html
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.core.clock import utcnow
from planner.core.clocks import ClockState
from planner.core.drill import Drill
from planner.core.drill_scenario import Choice, Scenario
from planner.core.drill_scoring import after_action_draft, money, score_drill
from planner.core.durations import describe_span
from planner.core.i18n import arg, translate
from planner.services.changes import Outcome
from planner.services.drills import DrillSetup, RunDetails, run_details, save_run
from planner.storage.database import Database
from planner.ui.context import AppContext
from planner.ui.drills.post_card import PostCard
from planner.ui.incidents.clock_card import ClockCard
from planner.ui.incidents.composer import Done, Failed, ReplyComposer
from planner.ui.widgets.formatting import local_time


def _esc(text: str) -> str:
    """Escape for rich text in a label; quotes stay readable (they are not in attributes)."""
    return html.escape(text, quote=False)


TICK_MS = 1000


class DrillReplies:
    """The composer's sink in a drill: posting only moves the drill on. Nothing is written
    to the incident data, and a drill's draft is not kept."""

    def __init__(self, drill: Drill, on_post: Callable[[str, str], None]) -> None:
        self.drill = drill
        self.on_post = on_post

    @property
    def key(self) -> object:
        return ("drill", id(self.drill))

    @property
    def keeps_drafts(self) -> bool:
        return False

    def save_draft(self, text: str, template_id: int | None, done: Done, failed: Failed) -> None:
        done(None)

    def post(self, text: str, language: str, done: Done, failed: Failed) -> None:
        try:
            self.on_post(text, language)
        except ValueError as exc:
            failed(exc)
            return
        done(None)


def _save_and_load(db: Database, drill: Drill) -> Outcome[RunDetails]:
    """Save the finished run, with a first after-action note, and read it back as the
    history shows it (one job)."""
    score = score_drill(drill, utcnow())
    saved = save_run(db, drill, score, after_action_draft(drill, score))
    return Outcome(run_details(db, saved.value), saved.changes)


class DrillScreen(QWidget):
    finished = Signal(object, object)  # RunDetails, Scenario
    stopped = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.drill: Drill | None = None

        self.stop_button = QPushButton(translate("DrillScreen", "Stop the drill"), self)
        self.stop_button.setObjectName("stopDrill")
        self.stop_button.clicked.connect(self.stop)
        self.title = QLabel(self)
        self.title.setObjectName("drillTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        self.badge = QLabel(translate("DrillScreen", "Practice: nothing is posted anywhere"), self)
        self.badge.setObjectName("drillBadge")
        self.badge.setStyleSheet(
            "background: #e8e0f5; color: #3d2a66; padding: 3px 8px; border-radius: 4px;"
        )
        header = QHBoxLayout()
        header.addWidget(self.stop_button)
        header.addWidget(self.title, 1)
        header.addWidget(self.badge)

        self.post = PostCard(self)
        self.clock = ClockCard(translate("DrillScreen", "Your public reply"), self)
        self.clock.setMinimumWidth(240)
        self.found = QLabel(self)
        self.found.setObjectName("drillFound")
        self.found.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(self.clock)
        side.addWidget(self.found)
        side.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.post, 3, Qt.AlignmentFlag.AlignTop)
        top.addLayout(side, 1)

        # Stage 1: the public reply, in the real composer.
        self.composer = ReplyComposer(context, self)
        self.composer.post_button.setText(translate("DrillScreen", "&Post the reply"))
        self.composer.post_button.setToolTip(
            translate("DrillScreen", "In the drill, the reply counts as posted now")
        )
        # Stage 2: what happens next.
        self.steps_page = QWidget(self)
        self.story = QLabel(self.steps_page)
        self.story.setObjectName("drillStorySoFar")
        self.story.setWordWrap(True)
        self.story.setStyleSheet("color: #444444;")
        self.situation = QLabel(self.steps_page)
        self.situation.setObjectName("drillSituation")
        self.situation.setWordWrap(True)
        self.situation.setStyleSheet(
            "background: #f3f6fa; border-left: 4px solid #5b7fbf; padding: 8px;"
        )
        self.question = QLabel(translate("DrillScreen", "What do you do?"), self.steps_page)
        bold = self.question.font()
        bold.setBold(True)
        self.question.setFont(bold)
        self.choices = QVBoxLayout()
        self.choice_buttons: dict[str, QCommandLinkButton] = {}
        self.amount_row = QFrame(self.steps_page)
        self.amount_label = QLabel(self.amount_row)
        self.amount_label.setWordWrap(True)
        self.amount = QSpinBox(self.amount_row)
        self.amount.setObjectName("compensationAmount")
        self.amount.setRange(1, 100_000)
        self.amount.setValue(20)
        self.offer_button = QPushButton(translate("DrillScreen", "&Offer"), self.amount_row)
        self.offer_button.setObjectName("offerAmount")
        self.offer_button.clicked.connect(self._offer)
        amount_line = QHBoxLayout(self.amount_row)
        amount_line.addWidget(self.amount_label, 1)
        amount_line.addWidget(self.amount)
        amount_line.addWidget(self.offer_button)
        self.amount_row.setVisible(False)
        self._pending: Choice | None = None
        steps_layout = QVBoxLayout(self.steps_page)
        steps_layout.addWidget(self.story)
        steps_layout.addWidget(self.situation)
        steps_layout.addWidget(self.question)
        steps_layout.addLayout(self.choices)
        steps_layout.addWidget(self.amount_row)
        steps_layout.addStretch(1)
        # Stage 3: saving the run.
        self.saving = QLabel(translate("DrillScreen", "Scoring the drill…"), self)

        self.stages = QStackedWidget(self)
        self.stages.addWidget(self.composer)
        self.stages.addWidget(self.steps_page)
        self.stages.addWidget(self.saving)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addLayout(top)
        layout.addWidget(self.stages, 1)

        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    # -- starting ------------------------------------------------------------------------------
    def start(self, scenario: Scenario, setup: DrillSetup) -> None:
        drill = Drill(scenario, setup.plan, utcnow(), setup.zone)
        self.drill = drill
        self.title.setText(scenario.title)
        self.post.set_post(scenario, drill.posted_at)
        self.found.setText(
            arg(
                translate("DrillScreen", "You saw it at %1, %2 after it was posted."),
                local_time(drill.found_at),
                describe_span(scenario.found_after_minutes, translate),
            )
            if scenario.found_after_minutes
            else arg(translate("DrillScreen", "You saw it at %1."), local_time(drill.found_at))
        )
        late = drill.reply_clock(drill.started_at).state is ClockState.OVERDUE
        self.composer.set_data(
            DrillReplies(drill, self._posted),
            setup.composer,
            late=late,
            customer_name=scenario.post.customer_name,
            earlier_replies=[],
        )
        self.stages.setCurrentWidget(self.composer)
        self._tick()
        self._timer.start()
        self.composer.editor.setFocus()

    def _tick(self) -> None:
        if self.drill is not None:
            self.clock.set_clock(self.drill.reply_clock(utcnow()))

    # -- the reply -----------------------------------------------------------------------------
    def _posted(self, text: str, language: str) -> None:
        assert self.drill is not None
        self.drill.post_reply(text, language, utcnow())
        self._tick()
        self._timer.stop()
        self._show_step()

    # -- the steps -----------------------------------------------------------------------------
    def _show_step(self) -> None:
        drill = self.drill
        assert drill is not None
        step = drill.step()
        if step is None:
            self._finish()
            return
        story = [
            f"<b>{_esc(choice.label)}</b> – {_esc(choice.result)}"
            for _made, _step, choice in drill.path()
        ]
        self.story.setText("<br>".join(story))
        self.story.setVisible(bool(story))
        self.situation.setText(step.text)
        for button in self.choice_buttons.values():
            self.choices.removeWidget(button)
            button.hide()  # at once: deleteLater waits for the event loop
            button.deleteLater()
        self.choice_buttons = {}
        for choice in step.choices:
            button = QCommandLinkButton(choice.label, self.steps_page)
            button.setObjectName(f"choice-{choice.id}")
            button.clicked.connect(partial(self._chosen, choice))
            self.choices.addWidget(button)
            self.choice_buttons[choice.id] = button
        self.amount_row.setVisible(False)
        self._pending = None
        self.stages.setCurrentWidget(self.steps_page)

    def _chosen(self, choice: Choice) -> None:
        if choice.ask_amount:
            self._pending = choice
            self._ask_amount(choice)
            return
        self._take(choice, None)

    def _ask_amount(self, choice: Choice) -> None:
        assert self.drill is not None
        plan = self.drill.plan
        if plan.compensation_limit is not None:
            text = arg(
                translate("DrillScreen", "How much do you offer? Your plan allows up to %1."),
                money(plan.compensation_limit, plan.currency),
            )
        else:
            text = translate("DrillScreen", "How much do you offer? Your plan sets no limit.")
        self.amount.setSuffix(money(0, plan.currency).removeprefix("0"))
        self.amount_label.setText(f"<b>{_esc(choice.label)}</b><br>{_esc(text)}")
        self.amount_row.setVisible(True)
        self.amount.setFocus()
        self.amount.selectAll()

    def _offer(self) -> None:
        if self._pending is not None:
            self._take(self._pending, self.amount.value())

    def _take(self, choice: Choice, amount: int | None) -> None:
        assert self.drill is not None
        self.drill.choose(choice.id, amount)
        self._show_step()

    # -- the end -------------------------------------------------------------------------------
    def _finish(self) -> None:
        drill = self.drill
        if drill is None or self.context.db is None:
            return
        self.stages.setCurrentWidget(self.saving)
        self.context.runner.run(
            _save_and_load,
            self.context.db,
            drill,
            on_done=self._saved,
            on_error=self._save_failed,
        )

    def _saved(self, details: RunDetails) -> None:
        drill, self.drill = self.drill, None
        if drill is not None:
            self.finished.emit(details, drill.scenario)

    def _save_failed(self, exc: BaseException) -> None:
        self.context.runner.report_error(exc)
        self.stages.setCurrentWidget(self.steps_page)

    def stop(self) -> None:
        """Leave the drill; it is not kept, so ask once something was written."""
        drill = self.drill
        started = drill is not None and (
            drill.replied or bool(self.composer.editor.toPlainText().strip())
        )
        if started:
            answer = QMessageBox.question(
                self,
                translate("DrillScreen", "Stop the drill?"),
                translate(
                    "DrillScreen",
                    "An unfinished drill is not kept in your history. Stop anyway?",
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._timer.stop()
        self.drill = None
        self.stopped.emit()

    @property
    def running(self) -> bool:
        return self.drill is not None
