"""First run: a few questions, then a complete plan from the default, ready to adjust."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.core.enums import Language
from planner.core.errors import ValidationError
from planner.core.i18n import translate
from planner.services.plan import init_plan
from planner.ui.context import AppContext


class OnboardingDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(translate("Onboarding", "Prepare your response plan"))
        self.setMinimumWidth(560)
        intro = QLabel(
            translate(
                "Onboarding",
                "A few details, and you get a complete plan written from good "
                "practice: where to listen, how fast to answer, reply templates in "
                "your own voice, and what to do when a customer will not talk. You "
                "can change every part of it afterwards.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.business = QLineEdit(self)
        self.owner = QLineEdit(self)
        self.signature = QLineEdit(self)
        self.signature.setPlaceholderText(translate("Onboarding", "e.g. Aino, Leipomo Lämmin"))
        self.business.textEdited.connect(self._suggest_signature)
        self.owner.textEdited.connect(self._suggest_signature)
        self.reply_fi = QCheckBox(translate("Labels", "Finnish"), self)
        self.reply_en = QCheckBox(translate("Labels", "English"), self)
        ui_language = Language(context.language) if context.language in ("fi", "en") else None
        (self.reply_en if ui_language == Language.EN else self.reply_fi).setChecked(True)
        languages = QHBoxLayout()
        languages.addWidget(self.reply_fi)
        languages.addWidget(self.reply_en)
        languages.addStretch(1)
        self.plan_language = QComboBox(self)
        self.plan_language.addItem(translate("Labels", "Finnish"), Language.FI.value)
        self.plan_language.addItem(translate("Labels", "English"), Language.EN.value)
        self.plan_language.setCurrentIndex(1 if ui_language == Language.EN else 0)
        self.waking = QCheckBox(
            translate("Onboarding", "Count response times only while I am awake"), self
        )
        self.waking.setChecked(True)
        self.waking_start = QTimeEdit(QTime(7, 0), self)
        self.waking_end = QTimeEdit(QTime(22, 0), self)
        for edit in (self.waking_start, self.waking_end):
            edit.setDisplayFormat("HH:mm")
        self.waking.toggled.connect(self.waking_start.setEnabled)
        self.waking.toggled.connect(self.waking_end.setEnabled)
        hours = QHBoxLayout()
        hours.addWidget(self.waking_start)
        hours.addWidget(QLabel("–", self))
        hours.addWidget(self.waking_end)
        hours.addStretch(1)
        self.error = QLabel(self)
        self.error.setObjectName("onboardingError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.setVisible(False)

        form = QFormLayout()
        form.addRow(translate("Onboarding", "&Business name:"), self.business)
        form.addRow(translate("Onboarding", "&Your name:"), self.owner)
        form.addRow(translate("Onboarding", "&Signature in replies:"), self.signature)
        form.addRow(translate("Onboarding", "Reply languages:"), languages)
        form.addRow(translate("Onboarding", "&Language of the plan:"), self.plan_language)
        form.addRow(self.waking)
        form.addRow(translate("Onboarding", "Waking hours:"), hours)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("Onboarding", "Create the plan")
        )
        self.buttons.accepted.connect(self.create_plan)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._signature_touched = False
        self.signature.textEdited.connect(self._signature_edited)

    def _signature_edited(self) -> None:
        self._signature_touched = True

    def _suggest_signature(self) -> None:
        if not self._signature_touched:
            parts = [p for p in (self.owner.text().strip(), self.business.text().strip()) if p]
            self.signature.setText(", ".join(parts))

    def _languages(self) -> tuple[Language, ...]:
        return tuple(
            lang
            for lang, check in ((Language.FI, self.reply_fi), (Language.EN, self.reply_en))
            if check.isChecked()
        )

    def create_plan(self) -> None:
        if self.context.db is None:
            return
        waking = None
        if self.waking.isChecked():
            start, end = self.waking_start.time(), self.waking_end.time()
            waking = (start.hour() * 60 + start.minute(), end.hour() * 60 + end.minute())
        self.buttons.setEnabled(False)
        create = partial(
            init_plan,
            self.context.db,
            language=Language(self.plan_language.currentData()),
            business=self.business.text(),
            owner=self.owner.text(),
            signature=self.signature.text(),
            reply_languages=self._languages(),
            waking_hours=waking,
        )
        self.context.runner.run(create, on_done=lambda _id: self.accept(), on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.error.setText(exc.message)
            self.error.setVisible(True)
            field = {"name": self.business, "owner": self.owner}.get(exc.field or "")
            if field is not None:
                field.setFocus()
        else:
            self.context.runner.report_error(exc)
