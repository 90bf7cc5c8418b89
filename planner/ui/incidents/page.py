"""Incidents: public complaints and everything done about them. The list, and one
focused screen per incident."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStackedWidget, QWidget

from planner.core.enums import Channel
from planner.core.i18n import translate
from planner.ui.context import AppContext
from planner.ui.incidents.follow_ups import FollowUpWatcher
from planner.ui.incidents.list_panel import IncidentListPanel
from planner.ui.incidents.log_dialog import LogIncidentDialog
from planner.ui.incidents.screen import IncidentScreen
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
        self.context = context
        self.watcher = FollowUpWatcher(context, self)
        self.list_panel = IncidentListPanel(context, self.watcher, self)
        self.incident_screen = IncidentScreen(context, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list_panel)
        self.stack.addWidget(self.incident_screen)
        self.body.addWidget(self.stack, 1)
        self.list_panel.open_incident.connect(self.open_incident)
        self.list_panel.log_requested.connect(lambda: self.log_incident())
        self.incident_screen.back.connect(self.show_list)

    def open_incident(self, incident_id: int) -> None:
        self.incident_screen.open(incident_id)
        self.stack.setCurrentWidget(self.incident_screen)
        self.purpose.setVisible(False)  # the screen needs the room

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_panel)
        self.purpose.setVisible(True)

    def log_incident(self, channel: Channel | None = None) -> LogIncidentDialog:
        """Open the log dialog; the new incident opens when it is saved."""
        dialog = LogIncidentDialog(self.context, self.window(), channel)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.logged.connect(self._logged)
        dialog.open()
        return dialog

    def _logged(self, incident_id: int) -> None:
        window = self.window()
        show_page = getattr(window, "show_page", None)
        if show_page is not None:
            show_page("incidents")
        self.open_incident(incident_id)

    def save_pending(self) -> None:
        self.incident_screen.save_pending()
