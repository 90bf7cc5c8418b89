"""A template filled with sample values as the owner types, with the placeholders to use
and any left unfilled highlighted."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QTextBrowser, QVBoxLayout, QWidget

from planner.core.i18n import translate
from planner.core.placeholders import KNOWN, PLACEHOLDER, template_problems


def sample_values() -> dict[str, str]:
    return {
        "customer_name": translate("TemplatePreview", "Maria"),
        "topic": translate("TemplatePreview", "the late delivery"),
        "signature": translate("TemplatePreview", "Aino, Leipomo Lämmin"),
        "business_name": translate("TemplatePreview", "Leipomo Lämmin"),
        "owner_name": translate("TemplatePreview", "Aino"),
        "owner_phone": "040 123 4567",
        "channel": "Facebook",
    }


class TemplatePreview(QWidget):
    def __init__(self, body: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._body = body
        self.insert = QComboBox(self)
        self.insert.setObjectName("insertPlaceholder")
        self.insert.addItem(translate("TemplatePreview", "Insert a placeholder…"), "")
        for name, meaning in KNOWN.items():
            self.insert.addItem(f"{{{name}}} – {translate('Placeholders', meaning)}", name)
        self.insert.activated.connect(self._insert)
        caption = QLabel(translate("TemplatePreview", "Preview with sample values:"), self)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("templatePreview")
        self.preview.setOpenLinks(False)
        self.preview.setMinimumHeight(160)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.insert)
        layout.addWidget(caption)
        layout.addWidget(self.preview)
        body.textChanged.connect(self.refresh)

    def _insert(self, index: int) -> None:
        name = self.insert.itemData(index)
        if name:
            self._body.insertPlainText("{" + name + "}")
            self._body.setFocus()
        self.insert.setCurrentIndex(0)

    def refresh(self) -> None:
        text = self._body.toPlainText()
        if template_problems(text):
            # Show the raw text: filling a broken template would hide where the problem is.
            self.preview.setHtml(f"<p style='white-space: pre-wrap'>{html.escape(text)}</p>")
            return
        # Filled-in values are tinted so the owner sees what the incident will supply.
        samples = sample_values()
        parts: list[str] = []
        position = 0
        for match in PLACEHOLDER.finditer(text):
            parts.append(html.escape(text[position : match.start()]))
            value = samples.get(match.group(1), match.group(0))
            parts.append(f"<span style='background:#d8ecec'>{html.escape(value)}</span>")
            position = match.end()
        parts.append(html.escape(text[position:]))
        self.preview.setHtml(f"<p style='white-space: pre-wrap'>{''.join(parts)}</p>")
