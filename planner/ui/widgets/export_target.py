"""Where to save an export, and in which format (chosen by the file type)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from planner.core.i18n import translate
from planner.export.plan_export import ExportFormat


def ask_export_target(
    parent: QWidget, caption: str, suggested: Path
) -> tuple[Path, ExportFormat] | None:
    filters = {
        translate("PlanPage", "PDF document (*.pdf)"): ExportFormat.PDF,
        translate("PlanPage", "Web page (*.html)"): ExportFormat.HTML,
        translate("PlanPage", "Markdown text (*.md)"): ExportFormat.MARKDOWN,
    }
    path, chosen = QFileDialog.getSaveFileName(parent, caption, str(suggested), ";;".join(filters))
    if not path:
        return None
    fmt = filters.get(chosen, ExportFormat.PDF)
    target = Path(path)
    if target.suffix.lower() != f".{fmt.value}":
        target = target.with_name(target.name + f".{fmt.value}")
    return target, fmt
