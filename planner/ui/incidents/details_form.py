"""The incident's facts, correctable after logging: what it is about (the replies'
{topic}), where, how serious, and who the customer is (what the anonymity check needs)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.enums import Channel, Severity
from planner.core.errors import ValidationError
from planner.core.i18n import translate
from planner.services.incidents import IncidentDetails, IncidentView, update_details
from planner.ui.context import AppContext
from planner.ui.incidents.log_dialog import enum_combo
from planner.ui.widgets.field_errors import FieldErrors


class DetailsForm(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.incident_id: int | None = None
        self.original = QPlainTextEdit(self)
        self.original.setObjectName("originalText")
        self.original.setReadOnly(True)
        self.original.setMaximumHeight(140)
        self.errors = FieldErrors(self)
        self.title = QLineEdit(self)
        self.title.setObjectName("field_title")
        self.channel = enum_combo(self, Channel)
        self.severity = enum_combo(self, Severity)
        self.url = QLineEdit(self)
        self.url.setObjectName("field_url")
        self.author = QLineEdit(self)
        self.customer_name = QLineEdit(self)
        self.customer_name.setObjectName("field_customer_name")
        self.customer_email = QLineEdit(self)
        self.customer_email.setObjectName("field_customer_email")
        self.customer_phone = QLineEdit(self)
        self.customer_profile_url = QLineEdit(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = (
            ("title", translate("IncidentDetails", "What it is about"), self.title),
            ("channel", translate("IncidentDetails", "Where"), self.channel),
            ("severity", translate("IncidentDetails", "How serious"), self.severity),
            ("url", translate("IncidentDetails", "Link"), self.url),
            ("author", translate("IncidentDetails", "Written by"), self.author),
            ("customer_name", translate("IncidentDetails", "Customer's name"), self.customer_name),
            ("customer_email", translate("IncidentDetails", "E-mail"), self.customer_email),
            ("customer_phone", translate("IncidentDetails", "Phone"), self.customer_phone),
            (
                "customer_profile_url",
                translate("IncidentDetails", "Profile link"),
                self.customer_profile_url,
            ),
        )
        for name, caption, editor in rows:
            form.addRow(caption, self.errors.cell(name, editor))
        hint = QLabel(
            translate(
                "IncidentDetails",
                "“What it is about” fills {topic} in replies. The customer's details are "
                "personal data; the blog post's anonymity check looks for them.",
            ),
            self,
        )
        hint.setWordWrap(True)
        self.state = QLabel(self)
        self.save_button = QPushButton(translate("IncidentDetails", "&Save the details"), self)
        self.save_button.setObjectName("saveDetails")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("IncidentDetails", "What was written:"), self))
        layout.addWidget(self.original)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def set_incident(self, incident: IncidentView) -> None:
        if incident.id == self.incident_id:
            self.original.setPlainText(incident.original_text)
            return  # keep what is being typed
        self.incident_id = incident.id
        self.original.setPlainText(incident.original_text)
        self.title.setText(incident.title)
        self.title.setCursorPosition(0)
        self.channel.setCurrentIndex(self.channel.findData(incident.channel.value))
        self.severity.setCurrentIndex(self.severity.findData(incident.severity.value))
        self.url.setText(incident.url)
        self.author.setText(incident.author)
        self.customer_name.setText(incident.customer_name)
        self.customer_email.setText(incident.customer_email)
        self.customer_phone.setText(incident.customer_phone)
        self.customer_profile_url.setText(incident.customer_profile_url)
        self.errors.clear()
        self.state.clear()

    def details(self) -> IncidentDetails:
        return IncidentDetails(
            title=self.title.text(),
            channel=Channel(self.channel.currentData()),
            severity=Severity(self.severity.currentData()),
            url=self.url.text(),
            author=self.author.text(),
            customer_name=self.customer_name.text(),
            customer_email=self.customer_email.text(),
            customer_phone=self.customer_phone.text(),
            customer_profile_url=self.customer_profile_url.text(),
        )

    def save(self) -> None:
        if self.incident_id is None or self.context.db is None:
            return
        self.context.runner.run(
            update_details,
            self.context.db,
            self.incident_id,
            self.details(),
            on_done=self._saved,
            on_error=self._failed,
        )

    def _saved(self, _result: None) -> None:
        self.errors.clear()
        self.state.setText(translate("IncidentDetails", "Saved."))

    def _failed(self, exc: BaseException) -> None:
        self.state.clear()
        if isinstance(exc, ValidationError):
            self.errors.show(exc.errors)
        else:
            self.context.runner.report_error(exc)
