"""The guide inside the app: the three moments (prepare, handle, learn) with screenshots of
the real app on the example data. The text is Markdown shipped in
``resources/guide/<language>/guide.md``; Qt's own Markdown support renders it, and the
images are found next to it. Our own trusted file, so no sanitizing is needed here."""

from __future__ import annotations

import re
from pathlib import Path

import markdown
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QResizeEvent, QShowEvent, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner.core.i18n import current_language, translate
from planner.storage.resources import resource

IMAGE = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")

# The pictures the guides show, made by scripts/guide_screenshots.py (same names in
# every language).
GUIDE_PICTURES = (
    "start",
    "plan-templates",
    "incidents",
    "incident-reply",
    "incident-contact",
    "incident-blog",
    "lessons",
    "review",
    "journal",
    "drill",
    "practice",
)


def guide_file(language: str) -> Path:
    """The guide in ``language``, or in English when that language has none."""
    path = resource("guide", language, "guide.md")
    return path if path.is_file() else resource("guide", "en", "guide.md")


def headings(markdown_text: str) -> list[str]:
    """The second-level headings, for the contents list."""
    return [line[3:].strip() for line in markdown_text.splitlines() if line.startswith("## ")]


class HelpWindow(QDialog):
    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("HelpWindow", "Guide"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1000, 720)
        path = guide_file(language or current_language())
        text = path.read_text(encoding="utf-8")

        self.contents = QListWidget(self)
        self.contents.setObjectName("guideContents")
        self.contents.setMaximumWidth(260)
        self.contents.addItems(headings(text))
        self.contents.currentTextChanged.connect(self._jump)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideText")
        self.browser.setOpenLinks(False)  # links outside the guide open in the browser
        self.browser.anchorClicked.connect(self._link)
        self._folder = path.parent
        self._text = text
        self._shown_width = 0
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        self._render()

        splitter = QSplitter(self)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

    def _render(self) -> None:
        """The text with its pictures scaled to the width there is: a screenshot is wider
        than the guide's column, and sideways scrolling loses the reader. Our own trusted
        file, so python-markdown's HTML goes in as it is."""
        width = max(320, self.browser.viewport().width() - 32)
        body = markdown.markdown(self._text, extensions=["sane_lists"])
        body = body.replace("<img ", f'<img width="{width}" ')
        bar = self.browser.verticalScrollBar()
        where = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self.browser.setHtml(body)
        bar.setValue(round(where * bar.maximum()))
        self._shown_width = width

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._render()  # the real width is known only once shown

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        width = max(320, self.browser.viewport().width() - 32)
        if abs(width - self._shown_width) > 40:
            self._render()

    def _jump(self, heading: str) -> None:
        """Scroll to the heading itself (not to the first mention of its words)."""
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() == 2 and block.text().strip() == heading:
                cursor = QTextCursor(block)
                self.browser.setTextCursor(cursor)
                # To the top of the view: scroll to the end first, then back to the heading.
                bar = self.browser.verticalScrollBar()
                bar.setValue(bar.maximum())
                self.browser.ensureCursorVisible()
                return
            block = block.next()

    def _link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
