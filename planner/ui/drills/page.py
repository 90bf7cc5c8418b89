"""Practice: pick a scenario and rehearse it alone against the clock with your own plan;
see your drills and scores over time; a reminder when none was done for three months.

The page has three faces: the overview (scenarios, history, reminder), a running drill,
and a drill's result. Drills write only to their own history (``drill_run``)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.core.drill_scenario import Scenario
from planner.core.drill_scoring import ending_label
from planner.core.errors import NotFoundError
from planner.core.i18n import QT_TRANSLATE_NOOP, arg, current_language, translate
from planner.core.labels import label
from planner.services.changes import Area, Changes
from planner.services.drills import (
    DrillSetup,
    PracticeStatus,
    RunDetails,
    RunView,
    delete_run,
    drill_setup,
    find_scenario,
    list_runs,
    practice_status,
    run_details,
    scenarios,
)
from planner.storage.database import Database
from planner.ui.context import AppContext
from planner.ui.drills.drill_screen import DrillScreen
from planner.ui.drills.result_view import ResultView
from planner.ui.widgets.charts import ColumnChart, Group, Series
from planner.ui.widgets.formatting import local_date
from planner.ui.widgets.lazy_refresh import LazyRefresh
from planner.ui.widgets.page import Page
from planner.ui.widgets.row_table import RowTableModel, row_table_view

_Index = QModelIndex | QPersistentModelIndex
CHART_RUNS = 12


@dataclass(frozen=True)
class ScenarioRow:
    scenario: Scenario
    best: int | None
    last: str  # the local date of the last run, or ""


@dataclass(frozen=True)
class PracticeData:
    status: PracticeStatus
    runs: list[RunView]
    scenarios: tuple[Scenario, ...]


def load_practice(db: Database, language: str) -> PracticeData:
    return PracticeData(practice_status(db), list_runs(db), scenarios(language))


def _details_and_scenario(db: Database, run_id: int) -> tuple[RunDetails, Scenario | None]:
    details = run_details(db, run_id)
    try:
        scenario = find_scenario(details.run.scenario_id, details.run.language.value)
    except NotFoundError:
        scenario = None  # no longer shipped: the result shows without the model reply
    return details, scenario


def _setup(db: Database, scenario: Scenario) -> tuple[Scenario, DrillSetup]:
    return scenario, drill_setup(db, scenario)


class ScenarioModel(RowTableModel[ScenarioRow]):
    HEADERS = (
        QT_TRANSLATE_NOOP("PracticePage", "Scenario"),
        QT_TRANSLATE_NOOP("PracticePage", "Situation"),
        QT_TRANSLATE_NOOP("PracticePage", "Channel"),
        QT_TRANSLATE_NOOP("PracticePage", "Best score"),
        QT_TRANSLATE_NOOP("PracticePage", "Last practised"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("PracticePage", self.HEADERS, parent)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.scenario.summary
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return row.scenario.title
        if column == 1:
            return translate("Labels", label(row.scenario.situation))
        if column == 2:
            return translate("Labels", label(row.scenario.channel))
        if column == 3:
            return "–" if row.best is None else str(row.best)
        return row.last or translate("PracticePage", "not yet")


class HistoryModel(RowTableModel[RunView]):
    HEADERS = (
        QT_TRANSLATE_NOOP("PracticePage", "Date"),
        QT_TRANSLATE_NOOP("PracticePage", "Scenario"),
        QT_TRANSLATE_NOOP("PracticePage", "Score"),
        QT_TRANSLATE_NOOP("PracticePage", "Ending"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("PracticePage", self.HEADERS, parent)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        run = self.rows[index.row()]
        column = index.column()
        if column == 0:
            return local_date(run.finished_at) if run.finished_at else ""
        if column == 1:
            return run.title
        if column == 2:
            return "" if run.score is None else str(run.score)
        return ending_label(run.ending) if run.ending else ""


def _table(model: RowTableModel[object], name: str, parent: QWidget, stretch: int) -> QTableView:
    view = row_table_view(model, name, parent)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class PracticePage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("PracticePage", "Practice"),
            translate(
                "PracticePage",
                "Rehearse a crisis alone, against the clock and with your own plan, so that "
                "the first real one is not the first time.",
            ),
            parent,
        )
        self.context = context
        self.data_: PracticeData | None = None

        # -- the overview
        self.overview = QWidget(self)
        self.reminder = QLabel(self.overview)
        self.reminder.setObjectName("practiceReminder")
        self.reminder.setWordWrap(True)
        self.reminder.setStyleSheet("background: #fff4d6; padding: 6px;")
        self.reminder.setVisible(False)
        self.scenario_model = ScenarioModel(self)
        self.scenario_view = _table(self.scenario_model, "scenarioList", self.overview, 0)  # type: ignore[arg-type]
        self.scenario_view.doubleClicked.connect(lambda _i: self.start_selected())
        self.summary = QLabel(self.overview)
        self.summary.setObjectName("scenarioSummary")
        self.summary.setWordWrap(True)
        self.start_button = QPushButton(translate("PracticePage", "&Start the drill"), self)
        self.start_button.setObjectName("startDrill")
        self.start_button.setToolTip(
            translate(
                "PracticePage",
                "About 15 minutes: the post appears, your plan's clock starts, you reply "
                "and choose what to do next",
            )
        )
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(self.start_selected)
        start_row = QHBoxLayout()
        start_row.addWidget(self.summary, 1)
        start_row.addWidget(self.start_button)
        scenarios_box = QGroupBox(translate("PracticePage", "Scenarios"), self.overview)
        scenarios_layout = QVBoxLayout(scenarios_box)
        scenarios_layout.addWidget(self.scenario_view, 1)
        scenarios_layout.addLayout(start_row)

        self.chart = ColumnChart(parent=self.overview)
        self.chart.setObjectName("scoreChart")
        self.history_model = HistoryModel(self)
        self.history_view = _table(self.history_model, "drillHistory", self.overview, 1)  # type: ignore[arg-type]
        self.history_view.doubleClicked.connect(lambda _i: self.open_selected_run())
        self.history_empty = QLabel(
            translate("PracticePage", "Your drills and their scores will appear here."),
            self.overview,
        )
        self.open_button = QPushButton(translate("PracticePage", "&Open result"), self)
        self.open_button.clicked.connect(self.open_selected_run)
        self.remove_button = QPushButton(translate("PracticePage", "&Remove from history"), self)
        self.remove_button.clicked.connect(self.remove_selected_run)
        history_buttons = QHBoxLayout()
        history_buttons.addStretch(1)
        history_buttons.addWidget(self.open_button)
        history_buttons.addWidget(self.remove_button)
        history_box = QGroupBox(translate("PracticePage", "Your drills"), self.overview)
        self.chart.setFixedWidth(320)
        history_table = QVBoxLayout()
        history_table.addWidget(self.history_empty)
        history_table.addWidget(self.history_view, 1)
        history_table.addLayout(history_buttons)
        history_layout = QHBoxLayout(history_box)
        history_layout.addWidget(self.chart, 0, Qt.AlignmentFlag.AlignTop)
        history_layout.addLayout(history_table, 1)

        overview_layout = QVBoxLayout(self.overview)
        overview_layout.setContentsMargins(0, 0, 0, 0)
        overview_layout.addWidget(self.reminder)
        overview_layout.addWidget(scenarios_box, 3)
        overview_layout.addWidget(history_box, 2)

        # -- a drill, and a result
        self.drill_screen = DrillScreen(context, self)
        self.drill_screen.finished.connect(self._drill_finished)
        self.drill_screen.stopped.connect(self.show_overview)
        self.result = ResultView(context, self)
        self.result.again.connect(self.start_scenario_id)
        self.result.back.connect(self.show_overview)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.overview)
        self.stack.addWidget(self.drill_screen)
        self.stack.addWidget(self.result)
        self.body.addWidget(self.stack, 1)

        self.scenario_view.selectionModel().currentRowChanged.connect(self._scenario_selected)
        self.history_view.selectionModel().currentRowChanged.connect(self._run_selected)
        self._run_selected()
        self.lazy = LazyRefresh(self, self.refresh)
        context.database_ready.connect(self.lazy.request)
        context.hub.changed.connect(self._on_changed)

    # -- data ---------------------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Area.DRILLS, Area.PLAN):
            self.lazy.request()

    def refresh(self) -> None:
        if self.context.db is not None:
            self.context.runner.run(
                load_practice, self.context.db, current_language(), on_done=self.show_data
            )

    def show_data(self, data: PracticeData) -> None:
        self.data_ = data
        status = data.status
        selected = self._selected_scenario()
        rows = [
            ScenarioRow(
                s,
                status.best_by_scenario.get(s.id),
                local_date(status.last_by_scenario[s.id])
                if s.id in status.last_by_scenario
                else "",
            )
            for s in data.scenarios
        ]
        self.scenario_model.set_rows(rows)
        index = next(
            (i for i, row in enumerate(rows) if selected and row.scenario.id == selected.id), 0
        )
        if rows:
            self.scenario_view.selectRow(index)
        self.history_model.set_rows(data.runs)
        has_runs = bool(data.runs)
        self.history_view.setVisible(has_runs)
        self.chart.setVisible(has_runs)
        self.history_empty.setVisible(not has_runs)
        self._run_selected()
        recent = list(reversed(data.runs[:CHART_RUNS]))
        self.chart.set_data(
            [Series(translate("PracticePage", "Score"), self.chart.palette().highlight().color())],
            [
                Group(
                    local_date(r.finished_at) if r.finished_at else "",
                    str(i + 1),
                    (r.score or 0,),
                )
                for i, r in enumerate(recent)
            ],
            arg(
                translate("PracticePage", "Scores of your last %1 drills, oldest first"),
                len(recent),
            ),
        )
        if status.last_at is None:
            text = translate(
                "PracticePage",
                "You have not practised yet. Pick a scenario and give it 15 minutes: the "
                "first real crisis should not be the first time.",
            )
        else:
            text = arg(
                translate(
                    "PracticePage",
                    "Your last drill was on %1, over three months ago. A short drill now "
                    "keeps the plan fresh in your mind.",
                ),
                local_date(status.last_at),
            )
        self.reminder.setText(text)
        self.reminder.setVisible(status.due)

    def _selected_scenario(self) -> Scenario | None:
        index = self.scenario_view.currentIndex()
        if not index.isValid() or index.row() >= len(self.scenario_model.rows):
            return None
        return self.scenario_model.rows[index.row()].scenario

    def _scenario_selected(self) -> None:
        scenario = self._selected_scenario()
        self.summary.setText(scenario.summary if scenario else "")
        self.start_button.setEnabled(scenario is not None)

    def _selected_run(self) -> RunView | None:
        index = self.history_view.currentIndex()
        if not index.isValid() or index.row() >= len(self.history_model.rows):
            return None
        return self.history_model.rows[index.row()]

    def _run_selected(self) -> None:
        has = self._selected_run() is not None
        self.open_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    # -- drills -------------------------------------------------------------------------------
    def start_selected(self) -> None:
        scenario = self._selected_scenario()
        if scenario is not None:
            self.start_scenario(scenario)

    def start_scenario_id(self, scenario_id: str) -> None:
        try:
            scenario = find_scenario(scenario_id, current_language())
        except NotFoundError:
            return  # no longer shipped: "Practise again" is off for such a run anyway
        self.start_scenario(scenario)

    def start_scenario(self, scenario: Scenario) -> None:
        if self.context.db is None or self.drill_screen.running:
            return
        self.start_button.setEnabled(False)
        self.context.runner.run(
            _setup, self.context.db, scenario, on_done=self._begin, on_error=self._start_failed
        )

    def _begin(self, prepared: tuple[Scenario, DrillSetup]) -> None:
        scenario, setup = prepared
        self.start_button.setEnabled(True)
        self.drill_screen.start(scenario, setup)
        self.stack.setCurrentWidget(self.drill_screen)

    def _start_failed(self, exc: BaseException) -> None:
        self.start_button.setEnabled(True)
        self.context.runner.report_error(exc)

    def _drill_finished(self, details: RunDetails, scenario: Scenario) -> None:
        self.result.set_details(details, scenario)
        self.stack.setCurrentWidget(self.result)

    def show_overview(self) -> None:
        self.stack.setCurrentWidget(self.overview)

    # -- history ------------------------------------------------------------------------------
    def open_selected_run(self) -> None:
        run = self._selected_run()
        if run is None or self.context.db is None:
            return
        self.context.runner.run(
            _details_and_scenario, self.context.db, run.id, on_done=self._show_run
        )

    def _show_run(self, loaded: tuple[RunDetails, Scenario | None]) -> None:
        details, scenario = loaded
        self.result.set_details(details, scenario)
        self.stack.setCurrentWidget(self.result)

    def remove_selected_run(self) -> None:
        run = self._selected_run()
        if run is None or self.context.db is None:
            return
        answer = QMessageBox.question(
            self,
            translate("PracticePage", "Remove the drill?"),
            arg(
                translate(
                    "PracticePage",
                    "Remove the drill “%1” from your history? Action items made from it stay.",
                ),
                run.title,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.context.runner.run(delete_run, self.context.db, run.id)
