"""The plan's basics: who the business is, when the owner is awake, and how the plan itself
is kept current. Saves itself as the owner types, like the other sections."""

from __future__ import annotations

from PySide6.QtCore import QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.core.enums import Language
from planner.core.errors import ValidationError
from planner.core.i18n import translate
from planner.services import plan as plan_service
from planner.services.plan import PlanView
from planner.services.profile import ProfileData, save_profile
from planner.ui.context import AppContext

SAVE_DELAY_MS = 600


def _minutes(time: QTime) -> int:
    return time.hour() * 60 + time.minute()


def _time(minutes: int) -> QTime:
    return QTime(minutes // 60, minutes % 60)


class BasicsForm(QWidget):
    saved = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._loading = False
        self._dirty_profile = False
        self._dirty_settings = False
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.name = QLineEdit(self)
        self.owner = QLineEdit(self)
        self.signature = QLineEdit(self)
        self.signature.setPlaceholderText(translate("PlanBasics", "e.g. Aino, Leipomo Lämmin"))
        self.reply_fi = QCheckBox(translate("Labels", "Finnish"), self)
        self.reply_en = QCheckBox(translate("Labels", "English"), self)
        languages = QHBoxLayout()
        languages.addWidget(self.reply_fi)
        languages.addWidget(self.reply_en)
        languages.addStretch(1)
        self.waking = QCheckBox(
            translate("PlanBasics", "Count response times only in my waking hours"), self
        )
        self.waking_start = QTimeEdit(self)
        self.waking_end = QTimeEdit(self)
        for edit in (self.waking_start, self.waking_end):
            edit.setDisplayFormat("HH:mm")
        hours = QHBoxLayout()
        hours.addWidget(self.waking)
        hours.addWidget(self.waking_start)
        hours.addWidget(QLabel("–", self))
        hours.addWidget(self.waking_end)
        hours.addStretch(1)
        self.timezone = QLineEdit(self)
        self.timezone.setPlaceholderText(translate("PlanBasics", "the computer's time zone"))
        self.plan_title = QLineEdit(self)
        self.parting_rule = QPlainTextEdit(self)
        self.parting_rule.setTabChangesFocus(True)
        self.parting_rule.setMinimumHeight(80)
        self.review_interval = QSpinBox(self)
        self.review_interval.setRange(1, 60)
        self.review_interval.setSuffix(translate("PlanBasics", " months"))
        self.review_window = QSpinBox(self)
        self.review_window.setRange(1, 60)
        self.review_window.setSuffix(translate("PlanBasics", " days"))

        rows: list[tuple[str, str, QWidget | QHBoxLayout]] = [
            ("name", translate("PlanBasics", "&Business name:"), self.name),
            ("owner_name", translate("PlanBasics", "&Owner:"), self.owner),
            ("signature", translate("PlanBasics", "&Signature:"), self.signature),
            ("reply_languages", translate("PlanBasics", "Reply languages:"), languages),
            ("waking_hours", translate("PlanBasics", "Waking hours:"), hours),
            ("timezone", translate("PlanBasics", "Time &zone:"), self.timezone),
            ("title", translate("PlanBasics", "Plan &title:"), self.plan_title),
            ("parting_rule", translate("PlanBasics", "When to &part ways:"), self.parting_rule),
            (
                "review_interval_months",
                translate("PlanBasics", "Review the plan every:"),
                self.review_interval,
            ),
            (
                "review_window_days",
                translate("PlanBasics", "Review an incident within:"),
                self.review_window,
            ),
        ]
        for key, caption, field in rows:
            error = QLabel(self)
            error.setStyleSheet("color: #b00020;")
            error.setWordWrap(True)
            error.setVisible(False)
            error.setObjectName(f"error_{key}")
            self.errors[key] = error
            cell = QVBoxLayout()
            cell.setSpacing(2)
            if isinstance(field, QHBoxLayout):
                cell.addLayout(field)
            else:
                cell.addWidget(field)
            cell.addWidget(error)
            label = QLabel(caption, self)
            if isinstance(field, QWidget):
                label.setBuddy(field)
            form.addRow(label, cell)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)

        for line in (self.name, self.owner, self.signature, self.timezone):
            line.textEdited.connect(self._profile_edited)
        for check in (self.reply_fi, self.reply_en, self.waking):
            check.toggled.connect(self._profile_edited)
        for edit in (self.waking_start, self.waking_end):
            edit.timeChanged.connect(self._profile_edited)
        self.waking.toggled.connect(self._update_waking)
        self.plan_title.textEdited.connect(self._settings_edited)
        self.parting_rule.textChanged.connect(self._settings_edited)
        self.review_interval.valueChanged.connect(self._settings_edited)
        self.review_window.valueChanged.connect(self._settings_edited)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_pending)

    def _update_waking(self) -> None:
        for edit in (self.waking_start, self.waking_end):
            edit.setEnabled(self.waking.isChecked())

    def load(self, profile: ProfileData | None, plan: PlanView | None) -> None:
        if self.has_unsaved:
            return  # keep what the owner is typing
        self._loading = True
        try:
            if profile is not None:
                self._set_text(self.name, profile.name)
                self._set_text(self.owner, profile.owner_name)
                self._set_text(self.signature, profile.signature)
                self.reply_fi.setChecked(Language.FI in profile.reply_languages)
                self.reply_en.setChecked(Language.EN in profile.reply_languages)
                has_waking = profile.waking_start_minute is not None
                self.waking.setChecked(has_waking)
                self.waking_start.setTime(_time(profile.waking_start_minute or 7 * 60))
                self.waking_end.setTime(_time(profile.waking_end_minute or 22 * 60))
                self._set_text(self.timezone, profile.timezone)
            if plan is not None:
                self._set_text(self.plan_title, plan.title)
                if self.parting_rule.toPlainText() != plan.parting_rule:
                    self.parting_rule.setPlainText(plan.parting_rule)
                self.review_interval.setValue(plan.review_interval_months)
                self.review_window.setValue(plan.review_window_days)
            self._update_waking()
        finally:
            self._loading = False

    @staticmethod
    def _set_text(line: QLineEdit, value: str) -> None:
        if line.text() != value:
            line.setText(value)

    def _profile_edited(self) -> None:
        if not self._loading:
            self._dirty_profile = True
            self._timer.start()

    def _settings_edited(self) -> None:
        if not self._loading:
            self._dirty_settings = True
            self._timer.start()

    @property
    def has_unsaved(self) -> bool:
        return self._dirty_profile or self._dirty_settings

    def profile_data(self) -> ProfileData:
        languages = tuple(
            lang
            for lang, check in ((Language.FI, self.reply_fi), (Language.EN, self.reply_en))
            if check.isChecked()
        )
        waking = self.waking.isChecked()
        return ProfileData(
            name=self.name.text(),
            owner_name=self.owner.text(),
            signature=self.signature.text(),
            reply_languages=languages,
            waking_start_minute=_minutes(self.waking_start.time()) if waking else None,
            waking_end_minute=_minutes(self.waking_end.time()) if waking else None,
            timezone=self.timezone.text().strip(),
        )

    def save_pending(self) -> None:
        self._timer.stop()
        db = self.context.db
        if db is None:
            return
        if self._dirty_profile:
            self._dirty_profile = False
            self.context.runner.run(
                save_profile,
                db,
                self.profile_data(),
                on_done=lambda _id: self._saved(profile=True),
                on_error=lambda exc: self._failed(exc, profile=True),
            )
        if self._dirty_settings:
            self._dirty_settings = False
            values = {
                "title": self.plan_title.text(),
                "parting_rule": self.parting_rule.toPlainText(),
                "review_interval_months": self.review_interval.value(),
                "review_window_days": self.review_window.value(),
            }
            self.context.runner.run(
                plan_service.update_plan_settings,
                db,
                values,
                on_done=lambda _none: self._saved(profile=False),
                on_error=lambda exc: self._failed(exc, profile=False),
            )

    def _saved(self, *, profile: bool) -> None:
        keys = (
            ("name", "owner_name", "signature", "reply_languages", "waking_hours", "timezone")
            if profile
            else ("title", "parting_rule", "review_interval_months", "review_window_days")
        )
        self.show_errors({}, keys)
        self.saved.emit()

    def _failed(self, exc: BaseException, *, profile: bool) -> None:
        if not isinstance(exc, ValidationError):
            self.context.runner.report_error(exc)
            return
        if profile:
            self._dirty_profile = True  # unsaved until the owner fixes it
        else:
            self._dirty_settings = True
        self.show_errors(exc.errors, tuple(exc.errors))

    def show_errors(self, errors: dict[str, str], keys: tuple[str, ...]) -> None:
        for key in keys:
            label = self.errors.get(key)
            if label is not None:
                label.setText(errors.get(key, ""))
                label.setVisible(bool(errors.get(key)))

    @property
    def has_errors(self) -> bool:
        return any(label.text() for label in self.errors.values())
