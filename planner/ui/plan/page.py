"""The response plan, prepared in calm time: every section editable, saved as the owner
types, with undo, export and print."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPageSize, QTextDocument, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.core.clock import utcnow
from planner.core.enums import PlanSection
from planner.core.i18n import arg, translate
from planner.core.labels import label
from planner.core.plan_sections import Item
from planner.services import plan as plan_service
from planner.services.changes import Area, Changes
from planner.services.listening import SourceStatus, listening_status
from planner.services.plan import ChangeEntry, PlanView
from planner.services.profile import ProfileData, get_profile
from planner.storage.database import Database
from planner.ui.context import AppContext
from planner.ui.plan.basics_form import BasicsForm
from planner.ui.plan.review_panel import ReviewPanel
from planner.ui.plan.section_editor import SectionEditor
from planner.ui.plan.source_status import SourceStatusBar
from planner.ui.plan.template_preview import TemplatePreview
from planner.ui.widgets.export_target import ask_export_target
from planner.ui.widgets.formatting import local_date
from planner.ui.widgets.page import Page
from planner.ui.widgets.side_tabs import SideTabs

EDITABLE = (
    PlanSection.LISTENING,
    PlanSection.TARGETS,
    PlanSection.TEMPLATES,
    PlanSection.ESCALATION,
    PlanSection.PRINCIPLES,
    PlanSection.PEOPLE,
    PlanSection.COMPENSATION,
)


@dataclass(frozen=True)
class PlanSnapshot:
    plan: PlanView | None
    profile: ProfileData | None
    changes: list[ChangeEntry]
    sources: list[SourceStatus]


def load_snapshot(db: Database) -> PlanSnapshot:
    return PlanSnapshot(
        plan_service.get_plan(db),
        get_profile(db),
        plan_service.change_log(db),
        listening_status(db),
    )


class PlanPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("PlanPage", "Response plan"),
            translate(
                "PlanPage",
                "Decide in calm time how you will act when someone criticises "
                "your business in public: where you listen, how fast you "
                "answer, which words you use, who helps you and what you can "
                "offer.",
            ),
            parent,
        )
        self.context = context
        self.snapshot: PlanSnapshot | None = None
        self.undo_stack = QUndoStack(self)

        self.undo_action = self.undo_stack.createUndoAction(self, translate("PlanPage", "&Undo"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, translate("PlanPage", "&Redo"))
        self.redo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        toolbar = QHBoxLayout()
        self.banner = QLabel(self)
        self.banner.setObjectName("reviewBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff4d6; padding: 6px; border-radius: 4px;")
        self.banner.setVisible(False)
        self.export_button = QPushButton(translate("PlanPage", "&Export…"), self)
        self.export_button.clicked.connect(self.export)
        self.print_button = QPushButton(translate("PlanPage", "&Print preview…"), self)
        self.print_button.clicked.connect(self.print_preview)
        self.undo_button = QPushButton(translate("PlanPage", "Undo"), self)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        toolbar.addWidget(self.undo_button)
        toolbar.addStretch(1)
        toolbar.addWidget(self.export_button)
        toolbar.addWidget(self.print_button)

        self.tabs = SideTabs(self)
        self.tabs.setObjectName("planSections")
        self.basics = BasicsForm(context, self)
        self.tabs.addTab(self.basics, translate("Labels", label(PlanSection.PROFILE)))
        self.editors: dict[PlanSection, SectionEditor] = {}
        for section in EDITABLE:
            editor = SectionEditor(
                context, section, self.undo_stack, partial(self.new_item, section), self
            )
            self.editors[section] = editor
            self.tabs.addTab(editor, translate("Labels", label(section)))
        body = self.editors[PlanSection.TEMPLATES].form.editors["body"]
        assert isinstance(body, QPlainTextEdit)
        self.preview = TemplatePreview(body, self)
        self.editors[PlanSection.TEMPLATES].extra.addWidget(self.preview)
        self.source_status = SourceStatusBar(context, self)
        listening = self.editors[PlanSection.LISTENING]
        listening.extra.addWidget(self.source_status)
        listening.item_selected.connect(self.source_status.show_item)
        self.review = ReviewPanel(self)
        self.review.review_requested.connect(self.mark_reviewed)
        self.tabs.addTab(self.review, translate("Labels", label(PlanSection.REVIEW)))

        self.empty = QWidget(self)
        empty_box = QVBoxLayout(self.empty)
        empty_text = QLabel(
            translate(
                "PlanPage",
                "You have no response plan yet. Start from a "
                "ready plan written from good practice, then "
                "make it yours.",
            ),
            self.empty,
        )
        empty_text.setWordWrap(True)
        self.create_button = QPushButton(translate("PlanPage", "&Create my plan…"), self.empty)
        self.create_button.clicked.connect(self.start_onboarding)
        empty_box.addWidget(empty_text)
        empty_box.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty_box.addStretch(1)

        editor_box = QWidget(self)
        editor_layout = QVBoxLayout(editor_box)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.banner)
        editor_layout.addLayout(toolbar)
        editor_layout.addWidget(self.tabs, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(editor_box)
        self.body.addWidget(self.stack, 1)

        context.database_ready.connect(self.refresh)
        context.hub.changed.connect(self._on_changed)

    # -- data ---------------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Area.PLAN, Area.PROFILE, Area.LISTENING):
            self.refresh()

    def refresh(self) -> None:
        if self.context.db is not None:
            self.context.runner.run(load_snapshot, self.context.db, on_done=self.show_snapshot)

    def show_snapshot(self, snapshot: PlanSnapshot) -> None:
        self.snapshot = snapshot
        plan = snapshot.plan
        self.stack.setCurrentIndex(0 if plan is None else 1)
        if plan is None:
            return
        self.basics.load(snapshot.profile, plan)
        for section, editor in self.editors.items():
            editor.load(plan.sections[section])
        self.review.show_plan(plan, snapshot.changes)
        self.source_status.set_statuses(snapshot.sources)
        self.source_status.show_item(self.editors[PlanSection.LISTENING].current_item())
        due = plan.review_due_at <= utcnow()
        if due:
            last = (
                local_date(plan.last_reviewed_at)
                if plan.last_reviewed_at
                else translate("PlanReview", "never")
            )
            self.banner.setText(
                arg(
                    translate(
                        "PlanPage",
                        "Your plan was last reviewed on %1. Take a moment to read it through "
                        "and mark it reviewed on the last tab.",
                    ),
                    last,
                )
            )
        self.banner.setVisible(due)

    def new_item(self, section: PlanSection) -> Item:
        language = self.snapshot.plan.language if self.snapshot and self.snapshot.plan else None
        defaults: dict[PlanSection, Item] = {
            PlanSection.LISTENING: {
                "name": self._unique_name(translate("PlanPage", "New source")),
                "check_interval_days": 7,
            },
            PlanSection.TEMPLATES: {
                "title": translate("PlanPage", "New template"),
                "language": language,
                "kind": "custom",
                "body": "{customer_name}\n\n\n{signature}",
            },
            PlanSection.ESCALATION: {"title": translate("PlanPage", "New step"), "method": "dm"},
            PlanSection.PRINCIPLES: {"text": translate("PlanPage", "New principle"), "kind": "do"},
            PlanSection.PEOPLE: {"name": "", "role": "other"},
            PlanSection.COMPENSATION: {"title": translate("PlanPage", "New option")},
        }
        return {k: v for k, v in defaults[section].items() if v is not None}

    def _unique_name(self, base: str) -> str:
        names = {str(i["name"]).casefold() for i in self.editors[PlanSection.LISTENING].model.items}
        name, number = base, 2
        while name.casefold() in names:
            name, number = f"{base} {number}", number + 1
        return name

    def mark_reviewed(self, notes: str) -> None:
        if self.context.db is not None:
            self.context.runner.run(plan_service.mark_reviewed, self.context.db, notes)

    # -- nothing lost -----------------------------------------------------------------------
    def save_pending(self) -> None:
        self.basics.save_pending()
        for editor in self.editors.values():
            editor.save_pending()

    def unsaved_problems(self) -> bool:
        """Whether some typed input could not be saved (it has an error shown next to it)."""
        return self.basics.has_errors or any(e.form.has_errors for e in self.editors.values())

    # -- onboarding, export, print ------------------------------------------------------------
    def start_onboarding(self) -> None:
        from planner.ui.plan.onboarding import OnboardingDialog

        OnboardingDialog(self.context, self).exec()

    def show_section(self, section: PlanSection) -> None:
        """Open a section's tab (an action from a review points at it)."""
        widget = self.basics if section == PlanSection.PROFILE else self.editors.get(section)
        for index in range(self.tabs.count()):
            if widget is not None and self.tabs.widget(index) is widget:
                self.tabs.setCurrentIndex(index)

    def export(self) -> None:
        if self.context.db is None or self.snapshot is None or self.snapshot.plan is None:
            return
        chosen = ask_export_target(
            self,
            translate("PlanPage", "Export the plan"),
            self.context.paths.data_dir.parent / "response-plan.pdf",
        )
        if chosen is None:
            return
        from planner.export.plan_export import export_plan

        target, fmt = chosen
        window = self.window()
        self.context.runner.run(
            export_plan,
            self.context.db,
            fmt,
            target,
            on_done=lambda p: window.statusBar().showMessage(  # type: ignore[attr-defined]
                arg(translate("PlanPage", "The plan was saved to %1."), p), 10000
            ),
        )

    def print_preview(self) -> None:
        if self.context.db is None:
            return
        from planner.export.plan_export import plan_html

        self.context.runner.run(plan_html, self.context.db, on_done=self._show_preview)

    def _show_preview(self, result: tuple[str, str]) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        html, title = result
        document = QTextDocument(self)
        document.setHtml(html)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(title)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(translate("PlanPage", "Print the plan"))
        dialog.paintRequested.connect(document.print_)
        dialog.exec()
