"""The positive-feedback journal."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from planner.core.i18n import translate
from planner.ui.context import AppContext
from planner.ui.widgets.page import Page


class JournalPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("JournalPage", "Positive-feedback journal"),
            translate(
                "JournalPage",
                "Keep the praise you receive and read it again when times are hard. Ask "
                "happy customers to leave a review.",
            ),
            parent,
        )
        self.body.addStretch(1)
