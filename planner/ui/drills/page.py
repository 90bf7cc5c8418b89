"""Practice drills."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from planner.core.i18n import translate
from planner.ui.context import AppContext
from planner.ui.widgets.page import Page


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
        self.body.addStretch(1)
