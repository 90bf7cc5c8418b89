"""Lessons learned: the dashboard of how criticism has been handled, and the follow-through
(reviews to write, actions, promises to check)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from planner.core.i18n import translate
from planner.ui.context import AppContext
from planner.ui.review.actions_panel import ActionsPanel
from planner.ui.review.dashboard import Dashboard
from planner.ui.widgets.page import Page


class ReviewPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("ReviewPage", "Lessons learned"),
            translate(
                "ReviewPage",
                "After the heat: what happened, why, what changes, and whether the promises "
                "you made in public were kept.",
            ),
            parent,
        )
        self.dashboard = Dashboard(context, self)
        self.follow_through = ActionsPanel(context, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reviewTabs")
        self.tabs.addTab(self.dashboard, translate("ReviewPage", "Dashboard"))
        self.tabs.addTab(self.follow_through, translate("ReviewPage", "Follow-through"))
        self.body.addWidget(self.tabs, 1)
