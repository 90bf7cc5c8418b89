"""Importing praise from a CSV file (e.g. reviews exported from a site): see what would
come in, say which column is which, and import only when satisfied. Rows with problems are
listed with their line numbers; duplicates are skipped."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.errors import ValidationError
from planner.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from planner.core.labels import label
from planner.services.praise_import import (
    FIELDS,
    ImportPreview,
    ImportResult,
    import_praise,
    read_csv,
)
from planner.ui.context import AppContext

FIELD_NAMES = {
    "text": QT_TRANSLATE_NOOP("ImportDialog", "Kind words"),
    "who": QT_TRANSLATE_NOOP("ImportDialog", "Who"),
    "channel": QT_TRANSLATE_NOOP("ImportDialog", "Where"),
    "date": QT_TRANSLATE_NOOP("ImportDialog", "Date"),
    "tags": QT_TRANSLATE_NOOP("ImportDialog", "Tags"),
    "stars": QT_TRANSLATE_NOOP("ImportDialog", "Stars"),
    "url": QT_TRANSLATE_NOOP("ImportDialog", "Link"),
    "testimonial": QT_TRANSLATE_NOOP("ImportDialog", "May be quoted"),
}
PREVIEW_ROWS = 50
SHOWN_PROBLEMS = 500


class ImportDialog(QDialog):
    def __init__(self, context: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path = path
        self.preview: ImportPreview | None = None
        self.outcome: ImportResult | None = None
        self.setObjectName("importDialog")
        self.setWindowTitle(arg(translate("ImportDialog", "Import praise from %1"), path.name))
        self.resize(820, 620)
        self.summary = QLabel(translate("ImportDialog", "Reading the file…"), self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.mapping_form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        self.table = QTableWidget(self)
        self.table.setObjectName("importPreview")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.problems = QListWidget(self)
        self.problems.setObjectName("importProblems")
        self.problems.setMaximumHeight(120)
        self.skip_bad = QCheckBox(
            translate("ImportDialog", "Import the other rows and skip those with problems"), self
        )
        self.skip_bad.toggled.connect(self._update_button)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(translate("ImportDialog", "Import"))
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(translate("ImportDialog", "Which column is which:"), self))
        layout.addLayout(self.mapping_form)
        layout.addWidget(QLabel(translate("ImportDialog", "The first rows:"), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(translate("ImportDialog", "Problems:"), self))
        layout.addWidget(self.problems)
        layout.addWidget(self.skip_bad)
        layout.addWidget(self.buttons)
        self.read()

    # -- reading ------------------------------------------------------------------------------
    def mapping(self) -> dict[str, str] | None:
        if not self.combos:
            return None
        return {
            column: combo.currentData()
            for column, combo in self.combos.items()
            if combo.currentData()
        }

    def read(self) -> None:
        if self.context.db is None:
            return
        self.import_button.setEnabled(False)
        self.context.runner.run(
            partial(read_csv, self.path, self.mapping(), db=self.context.db),
            on_done=self._read,
            on_error=self._failed,
        )

    def _read(self, preview: ImportPreview) -> None:
        self.preview = preview
        if not self.combos:
            self._build_mapping(preview)
        self.summary.setText(
            arg(
                translate(
                    "ImportDialog",
                    "%1 rows to import, %2 already in the journal or repeated, %3 with "
                    "problems. (Encoding %4.)",
                ),
                preview.new_rows,
                len(set(preview.duplicates)),
                len(preview.bad_lines),
                preview.encoding,
            )
        )
        self._fill_table(preview)
        self.problems.clear()
        for line, reason in preview.errors[:SHOWN_PROBLEMS]:
            self.problems.addItem(arg(translate("ImportDialog", "Line %1: %2"), line, reason))
        if not preview.errors:
            self.problems.addItem(translate("ImportDialog", "None."))
        self._update_button()

    def _build_mapping(self, preview: ImportPreview) -> None:
        for column in preview.columns:
            combo = QComboBox(self)
            combo.addItem(translate("ImportDialog", "(not imported)"), "")
            for name in FIELDS:
                combo.addItem(translate("ImportDialog", FIELD_NAMES[name]), name)
            combo.setCurrentIndex(max(combo.findData(preview.mapping.get(column, "")), 0))
            combo.activated.connect(lambda _i: self.read())
            self.combos[column] = combo
            self.mapping_form.addRow(column or "–", combo)

    def _fill_table(self, preview: ImportPreview) -> None:
        headers = [translate("ImportDialog", FIELD_NAMES[n]) for n in ("text", "who", "date")]
        headers.append(translate("ImportDialog", "Where"))
        headers.append(translate("ImportDialog", "Tags"))
        rows = preview.rows[:PREVIEW_ROWS]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        duplicates = set(preview.duplicates)
        for r, (line, data) in enumerate(rows):
            values = [
                data.text,
                data.who,
                data.received_on.isoformat() if data.received_on else "",
                translate("Labels", label(data.channel)),
                ", ".join(data.tags),
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(" ".join(value.split())[:200])
                if line in duplicates:
                    item.setForeground(Qt.GlobalColor.gray)
                    item.setToolTip(translate("ImportDialog", "Already in the journal: skipped."))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)

    def _update_button(self) -> None:
        preview = self.preview
        self.import_button.setEnabled(
            preview is not None
            and preview.new_rows > 0
            and (not preview.errors or self.skip_bad.isChecked())
        )

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.summary.setText(exc.message)
            self.summary.setStyleSheet("color: #b00020;")
            self.import_button.setEnabled(False)
        else:
            self.context.runner.report_error(exc)

    # -- importing ----------------------------------------------------------------------------
    def run_import(self) -> None:
        if self.preview is None or self.context.db is None:
            return
        self.import_button.setEnabled(False)
        self.context.runner.run(
            partial(
                import_praise, self.context.db, self.preview, skip_bad=self.skip_bad.isChecked()
            ),
            on_done=self._imported,
            on_error=self._failed,
        )

    def _imported(self, result: ImportResult) -> None:
        self.outcome = result
        self.accept()
