"""The review dashboard: how the business has handled criticism over a period. Figures,
charts and the same numbers as a table, for the last 90 days, this year or all time."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.enums import Channel, IncidentStatus, RootCause, Severity
from planner.core.i18n import arg, translate
from planner.core.labels import label
from planner.services.changes import Area, Changes
from planner.services.metrics import Metrics, Period, period_metrics
from planner.ui.context import AppContext
from planner.ui.incidents.clock_card import span
from planner.ui.widgets.charts import PALETTE, BarList, ColumnChart, Group, Series
from planner.ui.widgets.export_target import ask_export_target
from planner.ui.widgets.lazy_refresh import LazyRefresh

PERIODS = ("90", "year", "all")


def period_for(key: str, today: date) -> Period:
    if key == "90":
        return Period.last_days(90, today)
    if key == "year":
        return Period.this_year(today)
    return Period.all_time()


def no_data() -> str:
    return translate("Dashboard", "no data")


def percent(ratio: float | None) -> str:
    if ratio is None:
        return no_data()
    return QLocale().toString(round(ratio * 100)) + " %"


def minutes(value: float | None) -> str:
    return no_data() if value is None else span(round(value))


class _Figure(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("–", self)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption, self)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class Dashboard(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.metrics: Metrics | None = None
        self.period = QComboBox(self)
        self.period.setObjectName("dashboardPeriod")
        for key, text in zip(
            PERIODS,
            (
                translate("Dashboard", "Last 90 days"),
                translate("Dashboard", "This year"),
                translate("Dashboard", "All time"),
            ),
            strict=True,
        ):
            self.period.addItem(text, key)
        self.period.activated.connect(lambda _i: self.refresh())
        self.view = QComboBox(self)
        self.view.setObjectName("dashboardView")
        self.view.addItem(translate("Dashboard", "Charts"), "charts")
        self.view.addItem(translate("Dashboard", "Table"), "table")
        self.view.activated.connect(self._switch_view)
        self.export_button = QPushButton(translate("Dashboard", "&Export the report…"), self)
        self.export_button.clicked.connect(self.export)
        self.csv_button = QPushButton(translate("Dashboard", "&Spreadsheets…"), self)
        self.csv_button.setToolTip(
            translate("Dashboard", "The period's incidents, or its figures, as CSV")
        )
        csv_menu = QMenu(self.csv_button)
        csv_menu.addAction(translate("Dashboard", "Incidents (CSV)…"), self.export_incidents_csv)
        csv_menu.addAction(translate("Dashboard", "Figures (CSV)…"), self.export_metrics_csv)
        self.csv_button.setMenu(csv_menu)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("Dashboard", "Period:"), self))
        top.addWidget(self.period)
        top.addWidget(self.view)
        top.addStretch(1)
        top.addWidget(self.csv_button)
        top.addWidget(self.export_button)

        self.figures = {
            "incidents_total": _Figure(translate("Dashboard", "Complaints"), self),
            "on_target": _Figure(translate("Dashboard", "First replies on time"), self),
            "reply": _Figure(translate("Dashboard", "Median time to the first reply"), self),
            "contact": _Figure(translate("Dashboard", "Median time to personal contact"), self),
            "detection": _Figure(translate("Dashboard", "Median time to notice"), self),
            "actions": _Figure(translate("Dashboard", "Open actions (late)"), self),
            "promises": _Figure(translate("Dashboard", "Promises kept"), self),
            "praise": _Figure(translate("Dashboard", "Kind words"), self),
        }
        grid = QGridLayout()
        for i, figure in enumerate(self.figures.values()):
            grid.addWidget(figure, i // 4, i % 4)

        self.by_month = ColumnChart(stacked=True, parent=self)
        self.by_month.setObjectName("incidentsByMonth")
        self.by_severity = BarList(self)
        self.outcomes = BarList(self)
        self.root_causes = BarList(self)
        charts = QWidget(self)
        charts_layout = QVBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        for title, widget in (
            (translate("Dashboard", "Complaints per month, by channel"), self.by_month),
            (translate("Dashboard", "By severity"), self.by_severity),
            (translate("Dashboard", "How they ended"), self.outcomes),
            (translate("Dashboard", "Root causes"), self.root_causes),
        ):
            box = QGroupBox(title, charts)
            QVBoxLayout(box).addWidget(widget)
            charts_layout.addWidget(box)
        charts_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(charts)

        self.table = QTableWidget(self)
        self.table.setObjectName("metricsTable")
        self.table.setColumnCount(2)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(scroll)
        self.stack.addWidget(self.table)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.stack, 1)
        self.lazy = LazyRefresh(self, self.refresh)
        context.database_ready.connect(self.lazy.request)
        context.hub.changed.connect(self._on_changed)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Area.INCIDENTS, Area.REVIEW, Area.JOURNAL, Area.PLAN, Area.PROFILE):
            self.lazy.request()

    def current_period(self) -> Period:
        return period_for(str(self.period.currentData()), date.today())

    def refresh(self) -> None:
        if self.context.db is not None:
            self.context.runner.run(
                period_metrics, self.context.db, self.current_period(), on_done=self.show_metrics
            )

    def _switch_view(self, index: int) -> None:
        self.stack.setCurrentIndex(index)

    def show_metrics(self, metrics: Metrics) -> None:
        self.metrics = metrics
        locale = QLocale()
        self.figures["incidents_total"].value.setText(locale.toString(metrics.incidents_total))
        self.figures["on_target"].value.setText(percent(metrics.first_reply_within_target_ratio))
        self.figures["reply"].value.setText(minutes(metrics.median_minutes_to_first_reply))
        self.figures["contact"].value.setText(minutes(metrics.median_minutes_to_first_contact))
        self.figures["detection"].value.setText(minutes(metrics.median_minutes_to_detection))
        self.figures["actions"].value.setText(
            f"{locale.toString(metrics.actions_open)} ({locale.toString(metrics.actions_overdue)})"
        )
        self.figures["promises"].value.setText(percent(metrics.promises_kept_ratio))
        self.figures["praise"].value.setText(locale.toString(metrics.praise_total))
        self._show_charts(metrics)
        self._show_table(metrics)

    def _show_charts(self, metrics: Metrics) -> None:
        channels = [c for c in Channel if any(m.by_channel.get(c.value) for m in metrics.months)]
        series = [
            Series(translate("Labels", label(c)), PALETTE[i % len(PALETTE)])
            for i, c in enumerate(channels)
        ]
        groups = []
        for month in metrics.months:
            year, number = (int(part) for part in month.month.split("-"))
            name = QLocale().monthName(number, QLocale.FormatType.ShortFormat)
            narrow = QLocale().monthName(number, QLocale.FormatType.NarrowFormat)
            groups.append(
                Group(
                    f"{name} {year % 100:02d}",
                    narrow,
                    tuple(month.by_channel.get(c.value, 0) for c in channels),
                )
            )
        self.by_month.set_data(
            series,
            groups,
            arg(
                translate("Dashboard", "%1 complaints in %2 months."),
                metrics.incidents_total,
                len(groups),
            ),
        )
        self.by_month.setVisible(bool(groups and channels))
        empty = no_data()
        self.by_severity.set_rows(
            [
                (translate("Labels", label(s)), metrics.incidents_by_severity.get(s.value, 0))
                for s in Severity
                if metrics.incidents_by_severity.get(s.value)
            ],
            empty,
        )
        self.outcomes.set_rows(
            [
                (translate("Labels", label(s)), metrics.outcomes.get(s.value, 0))
                for s in IncidentStatus
                if metrics.outcomes.get(s.value)
            ],
            empty,
        )
        self.root_causes.set_rows(
            [
                (translate("Labels", label(r)), metrics.root_causes.get(r.value, 0))
                for r in RootCause
                if metrics.root_causes.get(r.value)
            ],
            empty,
        )

    def table_rows(self, metrics: Metrics) -> list[tuple[str, str]]:
        locale = QLocale()
        rows = [
            (translate("Dashboard", "Complaints"), locale.toString(metrics.incidents_total)),
            (
                translate("Dashboard", "First replies on time"),
                percent(metrics.first_reply_within_target_ratio),
            ),
            (
                translate("Dashboard", "Median time to the first reply"),
                minutes(metrics.median_minutes_to_first_reply),
            ),
            (
                translate("Dashboard", "Median time to personal contact"),
                minutes(metrics.median_minutes_to_first_contact),
            ),
            (
                translate("Dashboard", "Median time to notice"),
                minutes(metrics.median_minutes_to_detection),
            ),
            (translate("Dashboard", "Open actions"), locale.toString(metrics.actions_open)),
            (translate("Dashboard", "Late actions"), locale.toString(metrics.actions_overdue)),
            (translate("Dashboard", "Promises kept"), percent(metrics.promises_kept_ratio)),
            (translate("Dashboard", "Kind words"), locale.toString(metrics.praise_total)),
        ]
        for c in Channel:
            if metrics.incidents_by_channel.get(c.value):
                rows.append(
                    (
                        arg(
                            translate("Dashboard", "Complaints: %1"), translate("Labels", label(c))
                        ),
                        locale.toString(metrics.incidents_by_channel[c.value]),
                    )
                )
        for s in IncidentStatus:
            if metrics.outcomes.get(s.value):
                rows.append(
                    (
                        arg(translate("Dashboard", "Ended: %1"), translate("Labels", label(s))),
                        locale.toString(metrics.outcomes[s.value]),
                    )
                )
        for r in RootCause:
            if metrics.root_causes.get(r.value):
                rows.append(
                    (
                        arg(
                            translate("Dashboard", "Root cause: %1"), translate("Labels", label(r))
                        ),
                        locale.toString(metrics.root_causes[r.value]),
                    )
                )
        for month in metrics.months:
            rows.append(
                (
                    arg(translate("Dashboard", "Month %1: complaints, kind words"), month.month),
                    f"{locale.toString(month.incidents)}, {locale.toString(month.praise)}",
                )
            )
        return rows

    def _show_table(self, metrics: Metrics) -> None:
        rows = self.table_rows(metrics)
        self.table.setHorizontalHeaderLabels(
            [translate("Dashboard", "Measure"), translate("Dashboard", "Value")]
        )
        self.table.setRowCount(len(rows))
        for r, (name, value) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(name))
            self.table.setItem(r, 1, QTableWidgetItem(value))
        self.table.resizeColumnToContents(0)

    def export(self) -> None:
        db = self.context.db
        if db is None:
            return
        chosen = ask_export_target(
            self,
            translate("Dashboard", "Export the report"),
            self.context.paths.data_dir.parent / "report.pdf",
        )
        if chosen is None:
            return
        from planner.export.report import export_report

        target, fmt = chosen
        self.context.runner.run(export_report, db, self.current_period(), fmt, target)

    def _csv_target(self, caption: str, name: str) -> Path | None:
        path, _chosen = QFileDialog.getSaveFileName(
            self,
            caption,
            str(self.context.paths.data_dir.parent / name),
            translate("Dashboard", "Spreadsheet (*.csv)"),
        )
        if not path:
            return None
        target = Path(path)
        return target if target.suffix.lower() == ".csv" else target.with_name(target.name + ".csv")

    def export_incidents_csv(self) -> None:
        db = self.context.db
        target = self._csv_target(translate("Dashboard", "Export the incidents"), "incidents.csv")
        if db is not None and target is not None:
            from planner.export.report import incidents_csv

            self.context.runner.run(incidents_csv, db, self.current_period(), target)

    def export_metrics_csv(self) -> None:
        target = self._csv_target(translate("Dashboard", "Export the figures"), "figures.csv")
        if self.metrics is not None and target is not None:
            from planner.export.report import metrics_csv

            self.context.runner.run(metrics_csv, self.metrics, target)
