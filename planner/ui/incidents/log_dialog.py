"""Logging a complaint in seconds: paste the text and the link, and the rest is guessed
(channel from the link, severity from the channel, detected now). Problems show next to
their field and nothing typed is lost."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.core.channels import guess_channel
from planner.core.enums import Channel, PlanSection, Severity
from planner.core.errors import ValidationError
from planner.core.i18n import arg, translate
from planner.core.labels import label
from planner.services.incidents import IncidentInput, default_severity, log_incident
from planner.services.plan import PlanView, get_plan
from planner.ui.context import AppContext
from planner.ui.incidents.clock_card import span
from planner.ui.widgets.field_errors import FieldErrors
from planner.ui.widgets.moment_edit import MomentEdit


def enum_combo(parent: QWidget, members: type[Channel] | type[Severity]) -> QComboBox:
    combo = QComboBox(parent)
    for member in members:
        combo.addItem(translate("Labels", label(member)), member.value)
    return combo


class LogIncidentDialog(QDialog):
    logged = Signal(int)  # the new incident's id

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, channel: Channel | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("logIncidentDialog")
        self.setWindowTitle(translate("LogIncident", "Log a complaint"))
        self.resize(620, 640)
        self._targets: dict[str, int] = {}
        self._channel_chosen = channel is not None  # by hand: the link no longer overrides it
        self._severity_chosen = False
        self._saving = False

        intro = QLabel(
            translate(
                "LogIncident",
                "Take a breath. Paste what was written and where; the clock starts from "
                "when it was posted. You can fill in the rest later.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.errors = FieldErrors(self)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("field_text")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(translate("LogIncident", "The comment or review, pasted"))
        self.url = QLineEdit(self)
        self.url.setObjectName("field_url")
        self.url.setPlaceholderText("https://")
        self.url.textEdited.connect(self._link_edited)
        self.channel = enum_combo(self, Channel)
        self.channel.setObjectName("field_channel")
        self.channel.activated.connect(self._channel_picked)
        self.author = QLineEdit(self)
        self.author.setObjectName("field_author")
        self.author.setPlaceholderText(translate("LogIncident", "Name or nickname shown"))
        self.posted = MomentEdit(translate("LogIncident", "Not known"), self)
        self.posted.setObjectName("field_posted_at")
        self.posted.set_value(None)
        self.detected = MomentEdit("", self)
        self.detected.setObjectName("field_detected_at")
        self.severity = enum_combo(self, Severity)
        self.severity.setObjectName("field_severity")
        self.severity.activated.connect(self._severity_picked)
        self.severity.currentIndexChanged.connect(self._show_target)
        self.target_hint = QLabel(self)
        self.target_hint.setObjectName("targetHint")
        self.target_hint.setWordWrap(True)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = (
            ("text", translate("LogIncident", "&What was written"), self.text),
            ("url", translate("LogIncident", "&Link"), self.url),
            ("channel", translate("LogIncident", "&Where"), self.channel),
            ("author", translate("LogIncident", "&Written by"), self.author),
            ("posted_at", translate("LogIncident", "&Posted"), self.posted),
            ("detected_at", translate("LogIncident", "&Seen by you"), self.detected),
            ("severity", translate("LogIncident", "&How serious"), self.severity),
        )
        for name, caption, editor in rows:
            caption_label = QLabel(caption, self)
            caption_label.setBuddy(editor)
            form.addRow(caption_label, self.errors.cell(name, editor))
        form.addRow("", self.target_hint)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(translate("LogIncident", "Log it and start the clock"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # Ctrl+Enter saves from inside the text box too.
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form, 1)
        layout.addWidget(self.buttons)

        if channel is not None:
            self._set_channel(channel)
        else:
            self._set_channel(Channel.OTHER)
        if context.db is not None:
            context.runner.run(get_plan, context.db, on_done=self._plan_loaded)
        self.text.setFocus()

    # -- guesses ------------------------------------------------------------------------
    def _set_channel(self, channel: Channel) -> None:
        self.channel.setCurrentIndex(self.channel.findData(channel.value))
        if not self._severity_chosen:
            severity = default_severity(channel)
            self.severity.setCurrentIndex(self.severity.findData(severity.value))

    def _link_edited(self, text: str) -> None:
        if not self._channel_chosen and text.strip():
            self._set_channel(guess_channel(text.strip()))

    def _channel_picked(self, _index: int) -> None:
        self._channel_chosen = True
        self._set_channel(Channel(self.channel.currentData()))

    def _severity_picked(self, _index: int) -> None:
        self._severity_chosen = True

    def _plan_loaded(self, plan: PlanView | None) -> None:
        if plan is not None:
            self._targets = {
                str(item["severity"]): int(item["first_reply_minutes"])
                for item in plan.sections.get(PlanSection.TARGETS, [])
            }
        self._show_target()

    def _show_target(self, _index: int = 0) -> None:
        minutes = self._targets.get(str(self.severity.currentData()))
        self.target_hint.setText(
            arg(
                translate("LogIncident", "Your plan: the first public reply within %1."),
                span(minutes),
            )
            if minutes is not None
            else ""
        )

    # -- saving -------------------------------------------------------------------------
    def data(self) -> IncidentInput:
        return IncidentInput(
            text=self.text.toPlainText(),
            url=self.url.text(),
            author=self.author.text(),
            channel=Channel(self.channel.currentData()),
            severity=Severity(self.severity.currentData()),
            posted_at=self.posted.value(),
            detected_at=self.detected.value_or_now(),
        )

    def save(self) -> None:
        if self._saving or self.context.db is None:
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.context.runner.run(
            log_incident, self.context.db, self.data(), on_done=self._saved, on_error=self._failed
        )

    def _saved(self, incident_id: int) -> None:
        self._saving = False
        self.logged.emit(incident_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.errors.show(exc.errors)
        else:
            self.context.runner.report_error(exc)
