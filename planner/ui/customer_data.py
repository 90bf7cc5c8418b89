"""A customer's own data, on request: see what is stored about them, give it to them as
JSON, or erase it everywhere (the owner confirms first)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.errors import PlannerError
from planner.core.i18n import arg, translate
from planner.export.files import write_text_atomic
from planner.services.privacy import (
    CustomerRecords,
    ErasureSummary,
    erase_customer,
    find_customer,
    records_as_dict,
)
from planner.storage.database import Database
from planner.ui.context import AppContext


def export_records(db: Database, who: str, target: Path) -> Path:
    text = json.dumps(
        records_as_dict(find_customer(db, who)), ensure_ascii=False, indent=2, sort_keys=True
    )
    write_text_atomic(target, text + "\n")
    return target


class CustomerDataDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.records: CustomerRecords | None = None
        self.setObjectName("customerDataDialog")
        self.setWindowTitle(translate("CustomerData", "A customer's data"))
        self.setMinimumWidth(560)
        intro = QLabel(
            translate(
                "CustomerData",
                "When a customer asks what you keep about them, or asks you to delete it: "
                "give their name or e-mail address exactly as it was recorded.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.who = QLineEdit(self)
        self.who.setObjectName("customerWho")
        self.find_button = QPushButton(translate("CustomerData", "&Find"), self)
        self.find_button.clicked.connect(self.look_up)
        self.who.returnPressed.connect(self.look_up)
        row = QHBoxLayout()
        row.addWidget(self.who, 1)
        row.addWidget(self.find_button)
        self.summary = QLabel(self)
        self.summary.setObjectName("customerResult")
        self.summary.setWordWrap(True)
        self.export_button = QPushButton(translate("CustomerData", "&Export as JSON…"), self)
        self.export_button.clicked.connect(self.export)
        self.erase_button = QPushButton(translate("CustomerData", "E&rase everywhere…"), self)
        self.erase_button.setObjectName("eraseCustomer")
        self.erase_button.clicked.connect(self.erase)
        for button in (self.export_button, self.erase_button):
            button.setEnabled(False)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.export_button)
        actions.addWidget(self.erase_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addLayout(actions)
        layout.addWidget(close)

    def look_up(self) -> None:
        if self.context.db is not None:
            self.context.runner.run(
                find_customer,
                self.context.db,
                self.who.text(),
                on_done=self._found,
                on_error=self._failed,
            )

    def _found(self, records: CustomerRecords) -> None:
        self.records = records
        if records.is_empty:
            self.summary.setText(
                arg(translate("CustomerData", "Nothing is stored about “%1”."), records.who)
            )
        else:
            text = arg(
                translate(
                    "CustomerData",
                    "Stored about “%1” — incidents: %2; kind words: %3; review requests: %4.",
                ),
                records.who,
                len(records.incidents),
                len(records.praise),
                len(records.review_requests),
            )
            if records.also_known_as:
                text += " " + arg(
                    translate("CustomerData", "Also on these records: %1."),
                    ", ".join(records.also_known_as),
                )
            self.summary.setText(text)
        for button in (self.export_button, self.erase_button):
            button.setEnabled(not records.is_empty)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, PlannerError):
            self.summary.setText(exc.message)
        else:
            self.context.runner.report_error(exc)

    def export(self) -> None:
        if self.records is None or self.context.db is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("CustomerData", "Export the customer's data"),
            str(self.context.paths.data_dir.parent / "customer-data.json"),
            translate("CustomerData", "JSON (*.json)"),
        )
        if path:
            self.context.runner.run(
                export_records,
                self.context.db,
                self.records.who,
                Path(path),
                on_done=lambda target: self.summary.setText(
                    arg(translate("CustomerData", "Saved to %1."), target)
                ),
                on_error=self._failed,
            )

    def erase(self) -> None:
        if self.records is None or self.context.db is None:
            return
        answer = QMessageBox.question(
            self,
            translate("CustomerData", "Erase the customer's data"),
            arg(
                translate(
                    "CustomerData",
                    "Erase everything about “%1”? Their details are removed from the "
                    "incidents (which stay, anonymised), and their kind words and review "
                    "requests are deleted. This cannot be undone.",
                ),
                self.records.who,
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.context.runner.run(
                erase_customer,
                self.context.db,
                self.records.who,
                on_done=self._erased,
                on_error=self._failed,
            )

    def _erased(self, summary: ErasureSummary) -> None:
        text = arg(
            translate(
                "CustomerData",
                "Erased. Incidents anonymised: %1; kind words deleted: %2; "
                "review requests deleted: %3.",
            ),
            len(summary.incident_ids),
            summary.praise_deleted,
            summary.review_requests_deleted,
        )
        if summary.backups:
            text += " " + translate(
                "CustomerData",
                "Older backups may still hold the data; they are replaced as they rotate.",
            )
        self.summary.setText(text)
        self.records = None
        for button in (self.export_button, self.erase_button):
            button.setEnabled(False)
