"""The start page: a calm overview of what needs attention."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from planner.core.i18n import translate
from planner.services.changes import Area, Changes
from planner.services.overview import Overview, get_overview
from planner.ui.context import AppContext
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


class StartPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("StartPage", "Start"),
            translate(
                "StartPage",
                "What needs your attention today. Prepare in calm time, act calmly when "
                "it counts, and remember the good work you do.",
            ),
            parent,
        )
        self._context = context
        self.greeting = QLabel(translate("StartPage", "Opening your data…"), self)
        self.greeting.setObjectName("greeting")
        self.greeting.setWordWrap(True)
        self.body.addWidget(self.greeting)
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
        self.body.addStretch(1)
        context.database_ready.connect(self.refresh)
        context.hub.changed.connect(self._on_changed)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Area.PROFILE, Area.INCIDENTS, Area.JOURNAL, Area.REVIEW, Area.DRILLS):
            self.refresh()

    def refresh(self) -> None:
        if self._context.db is not None:
            self._context.runner.run(get_overview, self._context.db, on_done=self.show_overview)

    def show_overview(self, overview: Overview) -> None:
        if overview.business_name:
            self.greeting.setText(
                translate("StartPage", "Welcome back to %1.").replace("%1", overview.business_name)
            )
        else:
            self.greeting.setText(
                translate(
                    "StartPage",
                    "Welcome. Start by preparing your response plan in "
                    "calm time: the Plan page guides you.",
                )
            )
        for key, figure in self.figures.items():
            figure.set_number(getattr(overview, key))
