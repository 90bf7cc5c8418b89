"""Settings: the language, where the data is, how many backups to keep, and how long
customers' details are kept in closed cases."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.core.i18n import translate
from planner.ui.context import AppContext


class SettingsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.setMinimumWidth(640)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        self.language = QComboBox(self)
        self.language.addItem(translate("SettingsDialog", "Same as the system"), "")
        # Language names are shown in their own language, as people look for their own.
        self.language.addItem("Suomi", "fi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(
            max(0, self.language.findData(context.settings.language or ""))
        )
        self.language.currentIndexChanged.connect(self._language_changed)
        self.language_note = QLabel(
            translate("SettingsDialog", "A new language is used from the next start of the app."),
            self,
        )
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(False)
        language_box = QVBoxLayout()
        language_box.addWidget(self.language)
        language_box.addWidget(self.language_note)
        language_label = QLabel(translate("SettingsDialog", "&Language:"), self)
        language_label.setBuddy(self.language)  # makes the & a shortcut, not a character
        form.addRow(language_label, language_box)

        self.data_dir = QLineEdit(str(context.paths.data_dir), self)
        self.data_dir.setReadOnly(True)
        open_folder = QPushButton(translate("SettingsDialog", "&Open folder"), self)
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(context.paths.data_dir)))
        )
        row = QHBoxLayout()
        row.addWidget(self.data_dir, 1)
        row.addWidget(open_folder)
        form.addRow(translate("SettingsDialog", "Data folder:"), row)

        database = (
            context.db.location.display()
            if context.db
            else translate("SettingsDialog", "(opening…)")
        )
        self.database = QLineEdit(database, self)
        self.database.setReadOnly(True)
        form.addRow(translate("SettingsDialog", "Database in use:"), self.database)

        settings = context.settings
        daily, weekly, monthly = settings.backup_keep
        self.keep_daily = self._spin(daily, 1, 365)
        self.keep_weekly = self._spin(weekly, 0, 520)
        self.keep_monthly = self._spin(monthly, 0, 240)
        keep = QHBoxLayout()
        for spin, text in (
            (self.keep_daily, translate("SettingsDialog", "daily")),
            (self.keep_weekly, translate("SettingsDialog", "weekly")),
            (self.keep_monthly, translate("SettingsDialog", "monthly")),
        ):
            keep.addWidget(spin)
            keep.addWidget(QLabel(text, self))
        keep.addStretch(1)
        form.addRow(translate("SettingsDialog", "Backups to keep:"), keep)
        backup_note = QLabel(
            translate(
                "SettingsDialog",
                "A checked backup is made when the app starts and, while you work, at most "
                "once an hour after changes. They are kept in the data folder's “backups”.",
            ),
            self,
        )
        backup_note.setWordWrap(True)
        form.addRow("", backup_note)

        self.retention = self._spin(settings.retention_months, 0, 1200)
        self.retention.setSpecialValueText(translate("SettingsDialog", "forever"))
        self.retention.setSuffix(translate("SettingsDialog", " months after the case closed"))
        form.addRow(translate("SettingsDialog", "Keep customers' details:"), self.retention)
        last = settings.last_retention or translate(
            "SettingsDialog", "The rule has not removed anything yet."
        )
        self.retention_note = QLabel(last, self)
        self.retention_note.setObjectName("retentionNote")
        self.retention_note.setWordWrap(True)
        form.addRow("", self.retention_note)
        self.customer_button = QPushButton(translate("SettingsDialog", "A &customer's data…"), self)
        self.customer_button.setToolTip(
            translate("SettingsDialog", "See, export or erase what is stored about one customer")
        )
        self.customer_button.clicked.connect(self.open_customer_data)
        form.addRow("", self.customer_button)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def open_customer_data(self) -> None:
        from planner.ui.customer_data import CustomerDataDialog

        CustomerDataDialog(self._context, self).exec()

    def _spin(self, value: int, low: int, high: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setMinimumWidth(70)
        return spin

    def _language_changed(self) -> None:
        chosen = self.language.currentData() or None
        self.language_note.setVisible(chosen != self._context.settings.language)

    def accept(self) -> None:
        settings = self._context.settings
        settings.language = self.language.currentData() or None
        settings.backup_keep = (
            self.keep_daily.value(),
            self.keep_weekly.value(),
            self.keep_monthly.value(),
        )
        settings.retention_months = self.retention.value()
        super().accept()
