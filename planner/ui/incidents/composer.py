"""The reply composer: start from one of the plan's templates, filled from the incident;
placeholders left unfilled and wording the reply checker objects to are marked as the owner
types; the draft is saved as they type; "mark as posted" stops the first-reply clock.

Where the text goes is a :class:`ReplySink`: a real incident (:class:`IncidentReplies`) or a
practice drill, which writes nothing to the incident data. The composer is the same, so the
owner practises with the very tool they will use.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.enums import Language, TemplateKind
from planner.core.errors import ValidationError
from planner.core.i18n import current_language, translate
from planner.core.labels import label
from planner.core.placeholders import PLACEHOLDER, fill
from planner.core.tone import Finding, check_reply
from planner.services.replies import ComposerData, TemplateChoice, post_reply, save_reply_draft
from planner.ui.context import AppContext

SAVE_AFTER_MS = 600
CHECK_AFTER_MS = 200

Done = Callable[[object], None]
Failed = Callable[[BaseException], None]


class ReplySink(Protocol):
    """Where the composer's text goes. ``key`` names the conversation: the text on screen
    is replaced only when a sink with another key arrives."""

    @property
    def key(self) -> object: ...

    @property
    def keeps_drafts(self) -> bool:
        """False where nothing is saved while typing (a drill): the composer says nothing
        about saving then."""
        ...

    def save_draft(
        self, text: str, template_id: int | None, done: Done, failed: Failed
    ) -> None: ...

    def post(self, text: str, language: str, done: Done, failed: Failed) -> None: ...


class IncidentReplies:
    """A real incident: drafts and the posted reply go to the database, off the GUI thread."""

    def __init__(self, context: AppContext, incident_id: int) -> None:
        self.context = context
        self.incident_id = incident_id

    @property
    def key(self) -> object:
        return ("incident", self.incident_id)

    @property
    def keeps_drafts(self) -> bool:
        return True

    def save_draft(self, text: str, template_id: int | None, done: Done, failed: Failed) -> None:
        if self.context.db is None:
            return
        self.context.runner.run(
            save_reply_draft,
            self.context.db,
            self.incident_id,
            text,
            template_id,
            on_done=done,
            on_error=failed,
        )

    def post(self, text: str, language: str, done: Done, failed: Failed) -> None:
        if self.context.db is None:
            return
        self.context.runner.run(
            post_reply, self.context.db, self.incident_id, text, on_done=done, on_error=failed
        )


class ReplyHighlighter(QSyntaxHighlighter):
    """Unfilled placeholders get a yellow background; the checker's findings a wavy line."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.findings: list[Finding] = []
        self._placeholder = QTextCharFormat()
        self._placeholder.setBackground(QColor("#ffe27a"))
        self._warning = QTextCharFormat()
        self._warning.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._warning.setUnderlineColor(QColor("#c62828"))
        self._advice = QTextCharFormat()
        self._advice.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._advice.setUnderlineColor(QColor("#e08a00"))

    def set_findings(self, findings: list[Finding]) -> None:
        self.findings = findings
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt API
        block_start = self.currentBlock().position()
        for match in PLACEHOLDER.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), self._placeholder)
        for finding in self.findings:
            if finding.start is None or finding.end is None:
                continue
            start = max(finding.start, block_start) - block_start
            end = min(finding.end, block_start + len(text)) - block_start
            if end > start:
                style = self._warning if finding.severity == "warning" else self._advice
                self.setFormat(start, end - start, style)


class ReplyComposer(QWidget):
    posted = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.sink: ReplySink | None = None
        self.data: ComposerData | None = None
        self.customer_name = ""
        self.earlier_replies: list[str] = []
        self._template_id: int | None = None
        self._loading = False
        self._dirty = False
        self._last_text = ""

        self.late_notice = QLabel(self)
        self.late_notice.setObjectName("lateNotice")
        self.late_notice.setWordWrap(True)
        self.late_notice.setStyleSheet("background: #fbd5d5; color: #6a0d0d; padding: 6px;")
        self.late_notice.setVisible(False)
        self.templates = QComboBox(self)
        self.templates.setObjectName("templatePicker")
        self.templates.activated.connect(self._template_picked)
        self.language = QComboBox(self)
        self.language.setObjectName("replyLanguage")
        self.language.setToolTip(
            translate("Composer", "The language the checker reads the reply in")
        )
        for language in Language:
            self.language.addItem(translate("Labels", label(language)), language.value)
        self.language.activated.connect(lambda _i: self.check_now())
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("replyEditor")
        self.editor.setPlaceholderText(
            translate(
                "Composer",
                "Write as yourself: thank them, say you are sorry for what happened, "
                "and offer to talk it through. Pick a template above to start.",
            )
        )
        self.highlighter = ReplyHighlighter(self.editor.document())
        self.editor.textChanged.connect(self._edited)
        self.findings = QListWidget(self)
        self.findings.setObjectName("replyFindings")
        self.findings.setWordWrap(True)
        self.findings.setMaximumHeight(150)
        self.findings.itemActivated.connect(self._select_finding)
        self.findings.itemClicked.connect(self._select_finding)
        self.state = QLabel(self)
        self.state.setObjectName("draftState")
        self.copy_button = QPushButton(translate("Composer", "&Copy"), self)
        self.copy_button.setToolTip(
            translate("Composer", "Copy the reply to paste it where the comment is")
        )
        self.copy_button.clicked.connect(self._copy)
        self.post_button = QPushButton(translate("Composer", "Mark as &posted"), self)
        self.post_button.setObjectName("markPosted")
        self.post_button.setToolTip(
            translate(
                "Composer", "You posted this reply: it goes in the timeline and stops the clock"
            )
        )
        self.post_button.clicked.connect(self.mark_posted)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_AFTER_MS)
        self._save_timer.timeout.connect(self.save_pending)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_AFTER_MS)
        self._check_timer.timeout.connect(self.check_now)

        top = QHBoxLayout()
        top.addWidget(self.templates, 1)
        top.addWidget(self.language)
        bottom = QHBoxLayout()
        bottom.addWidget(self.state, 1)
        bottom.addWidget(self.copy_button)
        bottom.addWidget(self.post_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.late_notice)
        layout.addLayout(top)
        layout.addWidget(self.editor, 1)
        layout.addWidget(QLabel(translate("Composer", "Reply checker:"), self))
        layout.addWidget(self.findings)
        layout.addLayout(bottom)

    # -- loading ------------------------------------------------------------------------------
    def set_data(
        self,
        sink: ReplySink,
        data: ComposerData,
        *,
        late: bool,
        customer_name: str,
        earlier_replies: list[str],
    ) -> None:
        """Fill the composer for an incident (or a drill). The text is only replaced when a
        different one is opened: a refresh must never overwrite what is being typed."""
        new_incident = self.sink is None or sink.key != self.sink.key
        if new_incident:
            self.save_pending()
        self.sink = sink
        self.data = data
        self.customer_name = customer_name
        self.earlier_replies = earlier_replies
        ordered = sorted(
            data.templates,
            key=lambda t: (
                not late or t.kind != TemplateKind.LATE_APOLOGY,
                t.language != current_language(),
            ),
        )
        self.templates.clear()
        self.templates.addItem(translate("Composer", "Start from a template…"), None)
        for template in ordered:
            self.templates.addItem(
                f"{template.title} ({translate('Labels', label(template.language))})", template.id
            )
        self.late_notice.setVisible(late and not earlier_replies)
        self.late_notice.setText(
            translate(
                "Composer",
                "Your reply target has passed. Start by apologising for the wait: the "
                "late-reply template is first in the list.",
            )
        )
        if new_incident:
            self._loading = True
            try:
                self.editor.setPlainText(data.draft.body if data.draft else "")
                self._last_text = self.editor.toPlainText()
                self._template_id = data.draft.template_id if data.draft else None
            finally:
                self._loading = False
            self._dirty = False
            self.state.setText(
                translate("Composer", "Draft restored.") if data.draft and data.draft.body else ""
            )
            self._set_language_from_template()
        self.check_now()

    def _set_language_from_template(self) -> None:
        template = self._template(self._template_id)
        language = template.language.value if template else current_language()
        index = self.language.findData(language)
        if index >= 0:
            self.language.setCurrentIndex(index)

    def _template(self, template_id: int | None) -> TemplateChoice | None:
        if self.data is None or template_id is None:
            return None
        return next((t for t in self.data.templates if t.id == template_id), None)

    def _template_picked(self, index: int) -> None:
        template = self._template(self.templates.itemData(index))
        self.templates.setCurrentIndex(0)
        if template is None or self.data is None:
            return
        if self.editor.toPlainText().strip():
            answer = QMessageBox.question(
                self,
                translate("Composer", "Replace the reply?"),
                translate("Composer", "Replace what you have written with this template?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        filled = fill(template.body, self.data.values)
        self._template_id = template.id
        self.editor.setPlainText(filled.text)
        self._set_language_from_template()
        if filled.unfilled:
            cursor = self.editor.textCursor()
            cursor.setPosition(filled.unfilled[0][0])
            cursor.setPosition(filled.unfilled[0][1], cursor.MoveMode.KeepAnchor)
            self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    # -- typing -------------------------------------------------------------------------------
    def _edited(self) -> None:
        # textChanged also fires when the highlighter restyles the text: only real edits count.
        text = self.editor.toPlainText()
        if self._loading or text == self._last_text:
            return
        self._last_text = text
        self._check_timer.start()
        if self.sink is not None and not self.sink.keeps_drafts:
            return
        self._dirty = True
        self.state.setText(translate("Composer", "Saving…"))
        self._save_timer.start()

    def check_now(self) -> None:
        text = self.editor.toPlainText()
        findings = (
            check_reply(
                text,
                str(self.language.currentData() or "fi"),
                customer_name=self.customer_name or None,
                earlier_replies=self.earlier_replies,
            )
            if text.strip()
            else []
        )
        self.highlighter.set_findings(findings)
        self.findings.clear()
        unfilled = len(PLACEHOLDER.findall(text))
        if unfilled:
            item = QListWidgetItem(
                translate(
                    "Composer",
                    "%n placeholder(s) still to fill in (marked yellow).",
                    None,
                    unfilled,
                )
            )
            item.setForeground(QColor("#8a6d00"))
            match = PLACEHOLDER.search(text)
            assert match is not None
            item.setData(Qt.ItemDataRole.UserRole, (match.start(), match.end()))
            self.findings.addItem(item)
        for finding in findings:
            item = QListWidgetItem(finding.message)
            item.setForeground(QColor("#b00020" if finding.severity == "warning" else "#8a5a00"))
            item.setData(Qt.ItemDataRole.UserRole, (finding.start, finding.end))
            self.findings.addItem(item)
        if not text.strip():
            hint = QListWidgetItem(
                translate("Composer", "What the checker notices appears here as you type.")
            )
            hint.setForeground(QColor("#777777"))
            self.findings.addItem(hint)
        elif not findings and not unfilled:
            self.findings.addItem(
                translate("Composer", "Nothing to point out. Read it once aloud before posting.")
            )

    def _select_finding(self, item: QListWidgetItem) -> None:
        span = item.data(Qt.ItemDataRole.UserRole)
        if not span or span[0] is None:
            return
        cursor = self.editor.textCursor()
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], cursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    def save_pending(self) -> None:
        """Write the draft now if it changed (also called when the window closes)."""
        self._save_timer.stop()
        if not self._dirty or self.sink is None:
            return
        self._dirty = False
        self.sink.save_draft(
            self.editor.toPlainText(), self._template_id, self._saved, self._save_failed
        )

    def _saved(self, _draft_id: object) -> None:
        if not self._dirty:
            self.state.setText(translate("Composer", "Draft saved."))

    def _save_failed(self, exc: BaseException) -> None:
        self._dirty = True  # try again on the next keystroke or on close
        if isinstance(exc, ValidationError):
            self.state.setText(exc.message)
        else:
            self.context.runner.report_error(exc)

    # -- posting ------------------------------------------------------------------------------
    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.editor.toPlainText())
        self.state.setText(
            translate("Composer", "Copied. Paste it under the comment, then mark it posted.")
        )

    def mark_posted(self) -> None:
        text = self.editor.toPlainText()
        if self.sink is None:
            return
        if PLACEHOLDER.search(text):
            self.state.setText(translate("Composer", "Fill in the yellow placeholders first."))
            return
        self._save_timer.stop()
        self._dirty = False
        self.post_button.setEnabled(False)
        language = str(self.language.currentData() or current_language())
        self.sink.post(text, language, self._posted, self._post_failed)

    def _posted(self, _attempt_id: object) -> None:
        self.post_button.setEnabled(True)
        self._loading = True
        try:
            self.editor.clear()
            self._last_text = ""
        finally:
            self._loading = False
        self._template_id = None
        self.state.setText(translate("Composer", "Posted and in the timeline. Well done."))
        self.check_now()
        self.posted.emit()

    def _post_failed(self, exc: BaseException) -> None:
        self.post_button.setEnabled(True)
        self._dirty = True
        if isinstance(exc, ValidationError):
            self.state.setText(exc.message)
        else:
            self.context.runner.report_error(exc)
