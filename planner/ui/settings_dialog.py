"""Settings: the language, and where the data is."""

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
        self.setMinimumWidth(560)
        form = QFormLayout()

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

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _language_changed(self) -> None:
        chosen = self.language.currentData() or None
        self.language_note.setVisible(chosen != self._context.settings.language)

    def accept(self) -> None:
        self._context.settings.language = self.language.currentData() or None
        super().accept()
