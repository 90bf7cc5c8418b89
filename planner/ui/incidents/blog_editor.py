"""The blog-post fallback: a Markdown draft about "a customer", checked as the owner types
for anything that could identify them. Publishing stays blocked until every hit is gone or
written permission to name the customer is recorded."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.core.anonymity import Hit, anonymity_hits
from planner.core.enums import TimelineKind
from planner.core.errors import ValidationError
from planner.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from planner.services.blog_post import BlogDraft, publish_blog_post, save_blog_draft
from planner.services.changes import Outcome
from planner.services.incidents import IncidentView, record_permission
from planner.storage.database import Database
from planner.ui.context import AppContext
from planner.ui.widgets.field_errors import FieldErrors
from planner.ui.widgets.formatting import local_datetime

SAVE_AFTER_MS = 600
HIT_KINDS = {
    "name": QT_TRANSLATE_NOOP("BlogEditor", "name"),
    "email": QT_TRANSLATE_NOOP("BlogEditor", "e-mail address"),
    "phone": QT_TRANSLATE_NOOP("BlogEditor", "phone number"),
    "profile": QT_TRANSLATE_NOOP("BlogEditor", "profile link"),
    "link": QT_TRANSLATE_NOOP("BlogEditor", "link to the original post"),
}


def _save_and_publish(db: Database, incident_id: int, body: str) -> Outcome[int]:
    save_blog_draft(db, incident_id, body)
    return publish_blog_post(db, incident_id)


class BlogEditor(QWidget):
    published = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.incident: IncidentView | None = None
        self.hits: list[Hit] = []
        self._dirty = False
        self._loading = False

        intro = QLabel(
            translate(
                "BlogEditor",
                "When the customer will not talk, tell the story on your own blog: about "
                "“a customer”, what you learned and what you changed. Never name them "
                "without their written permission.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("blogEditor")
        self.editor.textChanged.connect(self._edited)
        self.hit_list = QListWidget(self)
        self.hit_list.setObjectName("anonymityHits")
        self.hit_list.setMaximumHeight(72)
        self.hit_list.currentRowChanged.connect(self._select_hit)
        self.state = QLabel(self)
        self.state.setObjectName("blogState")
        self.state.setWordWrap(True)

        self.permission_box = QGroupBox(
            translate("BlogEditor", "Permission to name the customer"), self
        )
        self.permission_state = QLabel(self.permission_box)
        self.permission_state.setObjectName("permissionState")
        self.permission_state.setWordWrap(True)
        self.errors = FieldErrors(self)
        self.permission_how = QLineEdit(self.permission_box)
        self.permission_how.setObjectName("permissionHow")
        self.permission_how.setPlaceholderText(
            translate("BlogEditor", "How it was given, e.g. by e-mail on 3 May")
        )
        self.permission_button = QPushButton(
            translate("BlogEditor", "Record &permission"), self.permission_box
        )
        self.permission_button.clicked.connect(self._record_permission)
        row = QHBoxLayout()
        row.addWidget(self.errors.cell("how", self.permission_how), 1)
        row.addWidget(self.permission_button)
        box = QVBoxLayout(self.permission_box)
        box.addWidget(self.permission_state)
        box.addLayout(row)

        self.publish_button = QPushButton(translate("BlogEditor", "Mark as p&ublished"), self)
        self.publish_button.setObjectName("markPublished")
        self.publish_button.clicked.connect(self._publish)
        bottom = QHBoxLayout()
        bottom.addWidget(self.state, 1)
        bottom.addWidget(self.publish_button)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save_pending)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.editor, 1)
        layout.addWidget(QLabel(translate("BlogEditor", "Anonymity check:"), self))
        layout.addWidget(self.hit_list)
        layout.addWidget(self.permission_box)
        layout.addLayout(bottom)

    def set_incident(self, incident: IncidentView, draft: BlogDraft) -> None:
        new_incident = self.incident is None or self.incident.id != incident.id
        if new_incident:
            self.save_pending()
        self.incident = incident
        if new_incident:
            self._loading = True
            try:
                self.editor.setPlainText(draft.markdown)
            finally:
                self._loading = False
            self._dirty = False
            self.permission_how.clear()
            self.errors.clear()
        if incident.permission_to_name_at is not None:
            self.permission_state.setText(
                arg(
                    translate("BlogEditor", "Recorded on %1: %2"),
                    local_datetime(incident.permission_to_name_at),
                    incident.permission_to_name_how,
                )
            )
        else:
            self.permission_state.setText(
                translate(
                    "BlogEditor",
                    "No written permission recorded: the post must not identify the customer.",
                )
            )
        self.check()

    @property
    def blocked(self) -> bool:
        return bool(self.hits) and (
            self.incident is None or self.incident.permission_to_name_at is None
        )

    def check(self) -> None:
        incident = self.incident
        text = self.editor.toPlainText()
        self.hits = (
            anonymity_hits(
                text,
                customer_name=incident.customer_name,
                author=incident.author,
                email=incident.customer_email,
                phone=incident.customer_phone,
                profile_url=incident.customer_profile_url,
                post_url=incident.url,
            )
            if incident is not None
            else []
        )
        self.hit_list.clear()
        for hit in self.hits:
            self.hit_list.addItem(
                arg(
                    translate("BlogEditor", "“%1”: the customer's %2"),
                    hit.text,
                    translate("BlogEditor", HIT_KINDS[hit.kind]),
                )
            )
        if not self.hits:
            self.hit_list.addItem(translate("BlogEditor", "Nothing identifies the customer."))
        selections = []
        for hit in self.hits:
            selection = QTextEdit.ExtraSelection()
            selection.format = QTextCharFormat()
            selection.format.setBackground(QColor("#f7b7b7"))
            cursor = self.editor.textCursor()
            cursor.setPosition(hit.start)
            cursor.setPosition(hit.end, cursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self.editor.setExtraSelections(selections)
        published = self.incident is not None and self._already_published()
        self.publish_button.setEnabled(not self.blocked and bool(text.strip()) and not published)
        if self.blocked:
            self.publish_button.setToolTip(
                translate(
                    "BlogEditor", "Remove what is marked red, or record written permission first."
                )
            )
        else:
            self.publish_button.setToolTip("")

    def _already_published(self) -> bool:
        assert self.incident is not None
        return any(e.kind == TimelineKind.BLOG_PUBLISHED for e in self.incident.timeline)

    def _select_hit(self, row: int) -> None:
        if 0 <= row < len(self.hits):
            cursor = self.editor.textCursor()
            cursor.setPosition(self.hits[row].start)
            cursor.setPosition(self.hits[row].end, cursor.MoveMode.KeepAnchor)
            self.editor.setTextCursor(cursor)

    def _edited(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self.state.setText(translate("BlogEditor", "Saving…"))
        self._timer.start()
        self.check()

    def save_pending(self) -> None:
        self._timer.stop()
        if not self._dirty or self.incident is None or self.context.db is None:
            return
        self._dirty = False
        self.context.runner.run(
            save_blog_draft,
            self.context.db,
            self.incident.id,
            self.editor.toPlainText(),
            on_done=self._draft_saved,
        )

    def _draft_saved(self, _draft_id: int) -> None:
        if not self._dirty:
            self.state.setText(translate("BlogEditor", "Draft saved."))

    def _record_permission(self) -> None:
        if self.incident is None or self.context.db is None:
            return
        self.context.runner.run(
            record_permission,
            self.context.db,
            self.incident.id,
            self.permission_how.text(),
            on_done=self._permission_recorded,
            on_error=self._failed,
        )

    def _permission_recorded(self, _result: None) -> None:
        self.errors.clear()
        self.permission_how.clear()

    def _publish(self) -> None:
        if self.incident is None or self.context.db is None or self.blocked:
            return
        self._timer.stop()
        self._dirty = False
        self.publish_button.setEnabled(False)
        # Saved and published in one job, so what is published is what is on the screen.
        self.context.runner.run(
            _save_and_publish,
            self.context.db,
            self.incident.id,
            self.editor.toPlainText(),
            on_done=self._published,
            on_error=self._failed,
        )

    def _published(self, _attempt_id: int) -> None:
        self.state.setText(translate("BlogEditor", "Published: it is in the timeline."))
        self.published.emit()

    def _failed(self, exc: BaseException) -> None:
        self.check()
        if isinstance(exc, ValidationError):
            if exc.field == "how":
                self.errors.show(exc.errors)
            else:
                self.state.setText(exc.message)
        else:
            self.context.runner.report_error(exc)
