"""Lessons learned and the review dashboard."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from planner.core.i18n import translate
from planner.ui.context import AppContext
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
        self.body.addStretch(1)
