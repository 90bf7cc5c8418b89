"""The positive-feedback journal: keep the praise, find it again, and see it when it
matters."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.core.enums import Channel
from planner.core.errors import ValidationError
from planner.core.i18n import arg, translate
from planner.core.labels import label
from planner.export.files import write_text_atomic
from planner.services.changes import Area, Changes
from planner.services.journal import (
    PraiseQuery,
    PraiseView,
    add_praise,
    all_tags,
    delete_praise,
    search_praise,
)
from planner.services.praise_import import praise_markdown, write_praise_csv
from planner.services.review_requests import request_from_praise
from planner.storage.database import Database
from planner.ui.context import AppContext
from planner.ui.journal.import_dialog import ImportDialog
from planner.ui.journal.morale import MoralePanel, load_morale
from planner.ui.journal.praise_form import PraiseForm
from planner.ui.journal.praise_model import PraiseListModel
from planner.ui.journal.review_requests import ReviewRequestsPanel
from planner.ui.widgets.lazy_refresh import LazyRefresh
from planner.ui.widgets.page import Page


def export_journal(db: Database, query: PraiseQuery, fmt: str, target: Path) -> Path:
    """The entries the filters show (all of them without filters), as Markdown or CSV."""
    entries: list[PraiseView] = []
    while page := search_praise(db, query, offset=len(entries), limit=1000):
        entries.extend(page)
    if fmt == "csv":
        write_praise_csv(entries, target)
    else:
        write_text_atomic(target, praise_markdown(entries))
    return target


class JournalPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("JournalPage", "Positive-feedback journal"),
            translate(
                "JournalPage",
                "Keep the praise you receive and read it again when times are hard. Ask "
                "happy customers to leave a review.",
            ),
            parent,
        )
        self.context = context
        self.morale = MoralePanel(self)

        self.search = QLineEdit(self)
        self.search.setObjectName("praiseSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(translate("JournalPage", "Search the journal…"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.tag = QComboBox(self)
        self.tag.setObjectName("tagFilter")
        self.tag.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.channel = QComboBox(self)
        self.channel.setObjectName("praiseChannelFilter")
        self.channel.addItem(translate("JournalPage", "Anywhere"), "")
        for channel in Channel:
            self.channel.addItem(translate("Labels", label(channel)), channel.value)
        self.date_from = QDateEdit(self)
        self.date_to = QDateEdit(self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setSpecialValueText(translate("JournalPage", "any time"))
            edit.setMinimumDate(QDate(1990, 1, 1))
            edit.setDate(edit.minimumDate())
            edit.dateChanged.connect(lambda _d: self.apply_filter())
        self.tag.activated.connect(lambda _i: self.apply_filter())
        self.channel.activated.connect(lambda _i: self.apply_filter())
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.tag)
        filters = QHBoxLayout()
        filters.addWidget(self.channel)
        filters.addWidget(QLabel(translate("JournalPage", "from"), self))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(translate("JournalPage", "to"), self))
        filters.addWidget(self.date_to)
        filters.addStretch(1)

        self.model = PraiseListModel(context, self)
        self.model.loaded.connect(self._loaded)
        self.list = QListView(self)
        self.list.setObjectName("praiseList")
        self.list.setModel(self.model)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(True)  # fast with long journals
        self.list.setSpacing(3)
        self.list.selectionModel().currentRowChanged.connect(self._picked)
        self.count = QLabel(self)
        self.count.setObjectName("praiseCount")
        self.notice = QLabel(self)  # what the last action did
        self.notice.setObjectName("journalNotice")
        self.notice.setWordWrap(True)
        self.ask_button = QPushButton(translate("JournalPage", "As&k for a review"), self)
        self.ask_button.setObjectName("askForReview")
        self.ask_button.setToolTip(
            translate("JournalPage", "A happy customer: add them to the review requests")
        )
        self.ask_button.clicked.connect(self.ask_for_review)
        self.new_button = QPushButton(translate("JournalPage", "&New entry"), self)
        self.new_button.clicked.connect(self.new_entry)
        self.delete_button = QPushButton(translate("JournalPage", "De&lete"), self)
        self.delete_button.setObjectName("deletePraise")
        self.delete_button.clicked.connect(self.delete_current)
        self.undo_button = QPushButton(translate("JournalPage", "&Undo delete"), self)
        self.undo_button.setObjectName("undoDelete")
        self.undo_button.setVisible(False)
        self.undo_button.clicked.connect(self.undo_delete)
        self._deleted: PraiseView | None = None
        self.import_button = QPushButton(translate("JournalPage", "&Import…"), self)
        self.import_button.setToolTip(translate("JournalPage", "Bring in praise from a CSV file"))
        self.import_button.clicked.connect(self.import_csv)
        self.export_button = QPushButton(translate("JournalPage", "E&xport…"), self)
        self.export_button.clicked.connect(self.export)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.count, 1)
        list_buttons.addWidget(self.import_button)
        list_buttons.addWidget(self.export_button)
        list_buttons.addWidget(self.undo_button)
        list_buttons.addWidget(self.ask_button)
        list_buttons.addWidget(self.delete_button)
        list_buttons.addWidget(self.new_button)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(search_row)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(list_buttons)
        left_layout.addWidget(self.notice)
        self.form = PraiseForm(context, self)
        self.form.saved.connect(lambda _id: self.apply_filter())
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.morale)
        right_layout.addWidget(self.form, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.requests = ReviewRequestsPanel(context, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("journalTabs")
        self.tabs.addTab(splitter, translate("JournalPage", "Kind words"))
        self.tabs.addTab(self.requests, translate("JournalPage", "Review requests"))
        self.body.addWidget(self.tabs, 1)

        self.lazy = LazyRefresh(self, self.refresh)
        context.database_ready.connect(self.lazy.request)
        context.hub.changed.connect(self._on_changed)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Area.JOURNAL, Area.INCIDENTS):
            self.lazy.request()

    def refresh(self) -> None:
        db = self.context.db
        if db is None:
            return
        self.apply_filter()
        self.context.runner.run(load_morale, db, on_done=self.morale.show_morale)
        self.context.runner.run(all_tags, db, on_done=self._show_tags)

    def _show_tags(self, tags: list[tuple[str, int]]) -> None:
        current = self.tag.currentData()
        self.tag.clear()
        self.tag.addItem(translate("JournalPage", "Any tag"), "")
        for tag, count in tags:
            self.tag.addItem(f"#{tag} ({count})", tag)
        index = self.tag.findData(current)
        self.tag.setCurrentIndex(max(index, 0))
        self.form.set_tags([tag for tag, _ in tags])

    def current_query(self) -> PraiseQuery:
        def day(edit: QDateEdit) -> date | None:
            value = edit.date()
            if value == edit.minimumDate():
                return None
            return date(value.year(), value.month(), value.day())

        tag = self.tag.currentData()
        channel = self.channel.currentData()
        return PraiseQuery(
            text=self.search.text(),
            tags=(tag,) if tag else (),
            channels=(Channel(channel),) if channel else (),
            date_from=day(self.date_from),
            date_to=day(self.date_to),
        )

    def apply_filter(self) -> None:
        self.model.set_query(self.current_query())

    def _loaded(self) -> None:
        self.count.setText(translate("JournalPage", "%n entry(ies)", None, self.model.total))

    def _picked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.form.edit(self.model.view_at(current.row()))

    def import_csv(self, path: str = "") -> ImportDialog | None:
        if not path:
            path, _chosen = QFileDialog.getOpenFileName(
                self,
                translate("JournalPage", "Import praise"),
                str(Path.home()),
                translate("JournalPage", "CSV files (*.csv *.txt);;All files (*)"),
            )
        if not path or self.context.db is None:
            return None
        dialog = ImportDialog(self.context, Path(path), self)
        dialog.accepted.connect(lambda: self._imported(dialog))
        dialog.open()
        return dialog

    def _imported(self, dialog: ImportDialog) -> None:
        result = dialog.outcome
        if result is not None:
            self.notice.setText(
                arg(
                    translate(
                        "JournalPage", "Imported %1; skipped %2 duplicates and %3 with problems."
                    ),
                    result.imported,
                    result.skipped_duplicates,
                    result.skipped_bad,
                )
            )

    def export(self) -> None:
        db = self.context.db
        if db is None:
            return
        formats = {
            translate("JournalPage", "Markdown text (*.md)"): "md",
            translate("JournalPage", "Spreadsheet (*.csv)"): "csv",
        }
        path, chosen = QFileDialog.getSaveFileName(
            self,
            translate("JournalPage", "Export the journal"),
            str(self.context.paths.data_dir.parent / "journal.md"),
            ";;".join(formats),
        )
        if not path:
            return
        suffix = formats.get(chosen, "md")
        target = Path(path)
        if target.suffix.lower() != f".{suffix}":
            target = target.with_name(f"{target.name}.{suffix}")
        self.context.runner.run(
            export_journal, db, self.current_query(), suffix, target, on_done=self._exported
        )

    def _exported(self, target: Path) -> None:
        self.notice.setText(arg(translate("JournalPage", "Saved to %1."), target))

    def ask_for_review(self) -> None:
        index = self.list.currentIndex()
        db = self.context.db
        if not index.isValid() or db is None:
            return
        self.context.runner.run(
            request_from_praise,
            db,
            self.model.view_at(index.row()).id,
            on_done=self._asked,
            on_error=self._ask_failed,
        )

    def _asked(self, _request_id: int) -> None:
        self.tabs.setCurrentWidget(self.requests)

    def _ask_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.notice.setText(exc.message)
        else:
            self.context.runner.report_error(exc)

    def new_entry(self) -> None:
        self.list.clearSelection()
        self.form.clear()
        self.form.text.setFocus()

    def delete_current(self) -> None:
        index = self.list.currentIndex()
        db = self.context.db
        if not index.isValid() or db is None:
            return
        self.context.runner.run(
            delete_praise, db, self.model.view_at(index.row()).id, on_done=self._deleted_one
        )

    def _deleted_one(self, view: PraiseView) -> None:
        self._deleted = view
        self.undo_button.setVisible(True)
        self.form.clear()
        self.notice.setText(arg(translate("JournalPage", "Deleted “%1”."), view.text[:40]))

    def undo_delete(self) -> None:
        db = self.context.db
        if self._deleted is None or db is None:
            return
        data = self._deleted.as_input()
        self._deleted = None
        self.undo_button.setVisible(False)
        self.notice.clear()
        self.context.runner.run(add_praise, db, data)

    def add_from_incident(self, incident_id: int, who: str, channel: Channel) -> None:
        """Angry to advocate: a new entry linked to the incident, the customer filled in."""
        self.form.clear(who=who, channel=channel, incident_id=incident_id)
        self.form.heading.setText(translate("JournalPage", "New entry from a resolved complaint"))
        self.form.text.setFocus()
