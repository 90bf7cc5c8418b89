"""The response plan, prepared in calm time."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from planner.core.i18n import translate
from planner.ui.context import AppContext
from planner.ui.widgets.page import Page


class PlanPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("PlanPage", "Response plan"),
            translate(
                "PlanPage",
                "Decide in calm time how you will act when someone criticises your business "
                "in public: where you listen, how fast you answer, which words you use, "
                "who helps you and what you can offer.",
            ),
            parent,
        )
        self.body.addStretch(1)
