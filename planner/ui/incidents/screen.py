"""One focused incident screen: the status, the two clocks in colour and words, the guide
beside the work, and the work itself in tabs (reply, contact, blog post, timeline, details)."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.core.clocks import ClockState
from planner.core.enums import ContactMethod, IncidentStatus
from planner.core.errors import NotFoundError
from planner.core.i18n import arg, translate
from planner.core.labels import label
from planner.services.blog_post import BlogDraft, blog_draft
from planner.services.changes import Area, Changes
from planner.services.incident_clocks import IncidentClocks, incident_clocks
from planner.services.incident_guide import IncidentGuide, incident_guide
from planner.services.incidents import (
    CLOSED_STATUSES,
    IncidentView,
    change_status,
    get_incident,
)
from planner.services.lessons import ReviewView, get_review
from planner.services.replies import ComposerData, composer_data
from planner.storage.database import Database
from planner.ui.context import AppContext
from planner.ui.incidents.blog_editor import BlogEditor
from planner.ui.incidents.clock_card import ClockCard, span
from planner.ui.incidents.composer import IncidentReplies, ReplyComposer
from planner.ui.incidents.contacts import ContactsPanel
from planner.ui.incidents.details_form import DetailsForm
from planner.ui.incidents.guide_panel import GuidePanel
from planner.ui.incidents.lessons_form import LessonsForm
from planner.ui.incidents.timeline import TimelinePanel
from planner.ui.widgets.export_target import ask_export_target

CLOCK_REFRESH_MS = 30_000


@dataclass(frozen=True)
class ScreenData:
    incident: IncidentView
    clocks: IncidentClocks
    guide: IncidentGuide
    composer: ComposerData
    blog: BlogDraft
    review: ReviewView | None


def load_screen(db: Database, incident_id: int) -> ScreenData:
    return ScreenData(
        get_incident(db, incident_id),
        incident_clocks(db, incident_id),
        incident_guide(db, incident_id),
        composer_data(db, incident_id),
        blog_draft(db, incident_id),
        get_review(db, incident_id),
    )


class IncidentScreen(QWidget):
    back = Signal()
    to_journal = Signal(int, str, object)  # incident id, the customer, the channel

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.incident_id: int | None = None
        self.data: ScreenData | None = None

        self.back_button = QPushButton(translate("IncidentScreen", "← &All incidents"), self)
        self.back_button.setObjectName("backToList")
        self.back_button.clicked.connect(self._back)
        self.title = QLabel(self)
        self.title.setObjectName("incidentTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.status = QComboBox(self)
        self.status.setObjectName("incidentStatus")
        self.status.setAccessibleName(translate("IncidentScreen", "Status"))
        for status in IncidentStatus:
            self.status.addItem(translate("Labels", label(status)), status.value)
        self.status.activated.connect(self._status_picked)
        self.journal_button = QPushButton(translate("IncidentScreen", "Add to the &journal…"), self)
        self.journal_button.setObjectName("toJournal")
        self.journal_button.setToolTip(
            translate(
                "IncidentScreen",
                "The customer ended up happy: keep their kind words in the journal",
            )
        )
        self.journal_button.clicked.connect(self._to_journal)
        self.export_button = QPushButton(translate("IncidentScreen", "&Export…"), self)
        self.export_button.setObjectName("exportCase")
        self.export_button.clicked.connect(self.export)
        self.facts = QLabel(self)
        self.facts.setObjectName("incidentFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setOpenExternalLinks(True)  # opens the browser: the app itself fetches nothing

        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(self.title, 1)
        header.addWidget(QLabel(translate("IncidentScreen", "Status:"), self))
        header.addWidget(self.status)
        header.addWidget(self.journal_button)
        header.addWidget(self.export_button)

        self.reply_clock = ClockCard(translate("IncidentScreen", "First public reply"), self)
        self.reply_clock.setObjectName("replyClock")
        self.contact_clock = ClockCard(translate("IncidentScreen", "First personal contact"), self)
        self.contact_clock.setObjectName("contactClock")
        self.detection = ClockCard(translate("IncidentScreen", "Found after"), self)
        self.detection.setObjectName("detectionClock")
        clocks = QHBoxLayout()
        clocks.addWidget(self.reply_clock, 1)
        clocks.addWidget(self.contact_clock, 1)
        clocks.addWidget(self.detection, 1)

        self.fallback = QFrame(self)
        self.fallback.setObjectName("fallbackBanner")
        self.fallback.setStyleSheet(
            "QFrame#fallbackBanner { background: #fff0c2; border-radius: 6px; }"
        )
        fallback_text = QLabel(
            translate(
                "IncidentScreen",
                "The customer has not answered, as your plan's fallback rule describes. "
                "Time for the blog post: tell the story of “a customer” and what you learned.",
            ),
            self.fallback,
        )
        fallback_text.setWordWrap(True)
        self.fallback_button = QPushButton(
            translate("IncidentScreen", "Write the &blog post"), self.fallback
        )
        self.fallback_button.clicked.connect(self.show_blog)
        banner = QHBoxLayout(self.fallback)
        banner.addWidget(fallback_text, 1)
        banner.addWidget(self.fallback_button)
        self.fallback.setVisible(False)

        self.closed_banner = QFrame(self)
        self.closed_banner.setObjectName("closedBanner")
        self.closed_banner.setStyleSheet(
            "QFrame#closedBanner { background: #e3f1ef; border-radius: 6px; }"
        )
        closed_text = QLabel(
            translate(
                "IncidentScreen",
                "The case is closed. When you have a calm moment, look back on it: what "
                "caused it and what will you change?",
            ),
            self.closed_banner,
        )
        closed_text.setWordWrap(True)
        self.lessons_button = QPushButton(
            translate("IncidentScreen", "Lessons &learned…"), self.closed_banner
        )
        self.lessons_button.setObjectName("openLessons")
        self.lessons_button.clicked.connect(self.show_lessons)
        closed_row = QHBoxLayout(self.closed_banner)
        closed_row.addWidget(closed_text, 1)
        closed_row.addWidget(self.lessons_button)
        self.closed_banner.setVisible(False)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("incidentTabs")
        self.composer = ReplyComposer(context, self)
        self.contacts = ContactsPanel(context, self)
        self.blog = BlogEditor(context, self)
        self.timeline = TimelinePanel(context, self)
        self.details = DetailsForm(context, self)
        self.lessons = LessonsForm(context, self)
        self.tabs.addTab(self.composer, translate("IncidentScreen", "Reply"))
        self.tabs.addTab(self.contacts, translate("IncidentScreen", "Contact"))
        self.tabs.addTab(self.blog, translate("IncidentScreen", "Blog post"))
        self.tabs.addTab(self.timeline, translate("IncidentScreen", "Timeline"))
        self.tabs.addTab(self.details, translate("IncidentScreen", "Details"))
        self.tabs.addTab(self.lessons, translate("IncidentScreen", "Lessons"))
        self.guide = GuidePanel(context, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.guide)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([700, 340])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.facts)
        layout.addLayout(clocks)
        layout.addWidget(self.fallback)
        layout.addWidget(self.closed_banner)
        layout.addWidget(splitter, 1)

        self._timer = QTimer(self)
        self._timer.setInterval(CLOCK_REFRESH_MS)
        self._timer.timeout.connect(self._refresh_clocks)
        context.hub.changed.connect(self._on_changed)

    # -- loading -------------------------------------------------------------------------------
    def open(self, incident_id: int) -> None:
        if incident_id != self.incident_id:
            self.save_pending()
            self.tabs.setCurrentIndex(0)
        self.incident_id = incident_id
        self.reload()
        self._timer.start()

    def reload(self) -> None:
        if self.incident_id is not None and self.context.db is not None:
            self.context.runner.run(
                load_screen,
                self.context.db,
                self.incident_id,
                on_done=self.show_data,
                on_error=self._load_failed,
            )

    def _on_changed(self, changes: Changes) -> None:
        if self.incident_id is not None and changes.touches(
            Area.INCIDENTS, Area.PLAN, Area.PROFILE, Area.JOURNAL, Area.REVIEW
        ):
            self.reload()

    def _load_failed(self, exc: BaseException) -> None:
        if isinstance(exc, NotFoundError):
            self.incident_id = None
            self.back.emit()
        else:
            self.context.runner.report_error(exc)

    def show_data(self, data: ScreenData) -> None:
        if data.incident.id != self.incident_id:
            return  # another incident was opened meanwhile
        self.data = data
        incident = data.incident
        self.title.setText(incident.title)
        self.status.setCurrentIndex(self.status.findData(incident.status.value))
        self._show_facts(incident)
        self.journal_button.setVisible(
            incident.status in (IncidentStatus.IN_CONTACT, IncidentStatus.RESOLVED)
        )
        self._show_clocks(data.clocks)
        published = any(a.method == ContactMethod.BLOG_POST for a in incident.attempts)
        self.fallback.setVisible(data.clocks.fallback_proposed and not published)
        late = data.clocks.first_reply.state == ClockState.OVERDUE
        replies = [a.notes for a in incident.attempts if a.method == ContactMethod.PUBLIC_REPLY]
        self.composer.set_data(
            IncidentReplies(self.context, incident.id),
            data.composer,
            late=late,
            customer_name=incident.customer_name or incident.author,
            earlier_replies=replies,
        )
        self.contacts.set_incident(incident.id, incident.attempts)
        if data.clocks.next_rung is not None:
            self.contacts.suggest(data.clocks.next_rung.method)
        self.blog.set_incident(incident, data.blog)
        self.timeline.set_incident(incident.id, incident.timeline)
        self.details.set_incident(incident)
        self.guide.set_data(incident.id, data.guide, data.clocks)
        closed = incident.status in CLOSED_STATUSES
        self.lessons.set_review(incident.id, data.review, closed)
        reviewed = data.review is not None and data.review.completed_at is not None
        self.closed_banner.setVisible(closed and not reviewed)

    def _show_facts(self, incident: IncidentView) -> None:
        parts = [
            translate("Labels", label(incident.channel)),
            arg(
                translate("IncidentScreen", "severity: %1"),
                translate("Labels", label(incident.severity)).lower(),
            ),
        ]
        if incident.author:
            parts.append(arg(translate("IncidentScreen", "by %1"), html.escape(incident.author)))
        if incident.url:
            url = html.escape(incident.url, quote=True)
            parts.append(f"<a href='{url}'>{translate('IncidentScreen', 'open the post')}</a>")
        self.facts.setText(" · ".join(parts))

    def _show_clocks(self, clocks: IncidentClocks) -> None:
        self.reply_clock.set_clock(clocks.first_reply)
        self.contact_clock.set_clock(clocks.first_contact)
        if clocks.detection_minutes is None:
            self.detection.set_text(
                "–",
                translate("IncidentScreen", "The posting time is not known."),
                ClockState.NO_TARGET,
            )
        else:
            self.detection.set_text(
                span(clocks.detection_minutes),
                translate(
                    "IncidentScreen",
                    "From posting to when you saw it: your listening routine at work.",
                ),
                ClockState.NO_TARGET,
            )

    def _refresh_clocks(self) -> None:
        if not self.isVisible() or self.incident_id is None or self.context.db is None:
            return
        self.context.runner.run(
            incident_clocks, self.context.db, self.incident_id, on_done=self._show_clocks
        )

    # -- actions -------------------------------------------------------------------------------
    def _status_picked(self, index: int) -> None:
        if self.incident_id is None or self.context.db is None:
            return
        self.context.runner.run(
            change_status,
            self.context.db,
            self.incident_id,
            IncidentStatus(self.status.itemData(index)),
        )

    def export(self) -> None:
        if self.incident_id is None or self.context.db is None:
            return
        chosen = ask_export_target(
            self,
            translate("IncidentScreen", "Export the case"),
            self.context.paths.data_dir.parent / f"case-{self.incident_id}.pdf",
        )
        if chosen is None:
            return
        from planner.export.case_export import export_case

        target, fmt = chosen
        self.context.runner.run(
            export_case, self.context.db, self.incident_id, fmt, target, on_done=self._exported
        )

    def _exported(self, path: object) -> None:
        window = self.window()
        bar = getattr(window, "statusBar", None)
        if bar is not None:
            bar().showMessage(
                arg(translate("IncidentScreen", "The case was saved to %1."), path), 10000
            )

    def _to_journal(self) -> None:
        if self.data is not None:
            incident = self.data.incident
            self.to_journal.emit(
                incident.id, incident.customer_name or incident.author, incident.channel
            )

    def show_lessons(self) -> None:
        self.tabs.setCurrentWidget(self.lessons)

    def show_blog(self) -> None:
        self.tabs.setCurrentWidget(self.blog)

    def save_pending(self) -> None:
        self.composer.save_pending()
        self.blog.save_pending()
        self.lessons.save_pending()

    def _back(self) -> None:
        self.save_pending()
        self._timer.stop()
        self.back.emit()
