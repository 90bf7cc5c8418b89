"""Incidents: public complaints and everything done about them."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from planner.core.i18n import translate
from planner.ui.context import AppContext
from planner.ui.widgets.page import Page


class IncidentsPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("IncidentsPage", "Incidents"),
            translate(
                "IncidentsPage",
                "When a customer criticises you in public: log it, answer against the clock "
                "in your own words, and keep track of every call, visit and message.",
            ),
            parent,
        )
        self.body.addStretch(1)
