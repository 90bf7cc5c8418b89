"""The main window: navigation on the left, one page at a time, a status bar."""

from __future__ import annotations

import sys
from functools import partial

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QProcess,
    Qt,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from planner import APP_NAME
from planner.core.channels import guess_channel, is_web_address
from planner.core.enums import Channel, PlanSection
from planner.core.i18n import arg, translate
from planner.services.changes import Area, Changes
from planner.services.lessons import Attention, attention
from planner.services.listening import record_check
from planner.services.overview import Overview, get_overview
from planner.storage.database import Database
from planner.storage.paths import is_demo
from planner.ui import style
from planner.ui.about_dialog import show_about
from planner.ui.context import AppContext
from planner.ui.drills.page import PracticePage
from planner.ui.help_window import HelpWindow
from planner.ui.incidents.page import IncidentsPage
from planner.ui.journal.page import JournalPage
from planner.ui.maintenance import Maintenance
from planner.ui.navigation import NavModel, default_entries
from planner.ui.plan.page import PlanPage
from planner.ui.review.page import ReviewPage
from planner.ui.settings_dialog import SettingsDialog
from planner.ui.start.page import StartPage


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        # Open the first-run questions when there is no plan (off in tests).
        self.offer_onboarding = False
        self._discard_confirmed = False
        self.setWindowTitle(
            arg(translate("MainWindow", "%1 – example data"), APP_NAME)
            if is_demo(context.paths)
            else APP_NAME
        )
        self.resize(1200, 760)
        self.setMinimumSize(720, 480)

        self.nav_model = NavModel(default_entries(), self)
        self.nav = QListView(self)
        self.nav.setObjectName("navigation")
        self.nav.setModel(self.nav_model)
        self.nav.setAccessibleName(translate("MainWindow", "Pages"))
        self.nav.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.nav.setSpacing(2)
        self.nav.setMinimumWidth(150)
        self.nav.setMaximumWidth(290)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setStyleSheet(style.NAVIGATION)

        self.stack = QStackedWidget(self)
        self.pages: dict[str, QWidget] = {
            "start": StartPage(context, self),
            "plan": PlanPage(context, self),
            "incidents": IncidentsPage(context, self),
            "journal": JournalPage(context, self),
            "review": ReviewPage(context, self),
            "practice": PracticePage(context, self),
        }
        for row in range(self.nav_model.rowCount()):
            self.stack.addWidget(self.pages[self.nav_model.key_at(row)])

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([265, 935])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

        selection = self.nav.selectionModel()
        selection.currentRowChanged.connect(self._on_nav_changed)
        self.show_page("start")

        self.database_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.database_label)
        self.statusBar().showMessage(translate("MainWindow", "Opening the database…"))
        self.maintenance = Maintenance(context, self)
        self._build_menus()
        context.database_ready.connect(self._on_database_ready)
        context.database_ready.connect(self.refresh_counters)
        context.hub.changed.connect(self._on_changed)
        start = self.pages["start"]
        assert isinstance(start, StartPage)
        start.found_something.connect(self.log_from_listening)
        start.open_practice.connect(lambda: self.show_page("practice"))
        self.incidents_page.incident_screen.to_journal.connect(self.praise_from_incident)
        review = self.pages["review"]
        assert isinstance(review, ReviewPage)
        review.follow_through.open_section.connect(self.open_plan_section)
        review.follow_through.open_review.connect(self.open_lessons)
        self._attention_total: int | None = None
        self._guide: HelpWindow | None = None

    @property
    def incidents_page(self) -> IncidentsPage:
        page = self.pages["incidents"]
        assert isinstance(page, IncidentsPage)
        return page

    # -- navigation -------------------------------------------------------------------
    def show_page(self, key: str) -> None:
        index = self.nav_model.index(self.nav_model.row_of(key))
        self.nav.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def current_page_key(self) -> str:
        return self.nav_model.key_at(self.stack.currentIndex())

    def _on_nav_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.stack.setCurrentIndex(current.row())

    # -- menus ------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        # Ctrl+N from any page: a complaint is logged in seconds, wherever the owner is.
        self.log_action = QAction(translate("MainWindow", "&Log a complaint…"), self)
        self.log_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.log_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.log_action.triggered.connect(lambda: self.incidents_page.log_incident())
        file_menu.addAction(self.log_action)
        file_menu.addSeparator()
        self.backup_action = QAction(translate("MainWindow", "&Back up now"), self)
        self.backup_action.triggered.connect(self.maintenance.back_up_now)
        file_menu.addAction(self.backup_action)
        self.restore_action = QAction(translate("MainWindow", "&Restore from a backup…"), self)
        self.restore_action.triggered.connect(self.maintenance.restore_from_file)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        self.settings_action = QAction(translate("MainWindow", "&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        quit_action = QAction(translate("MainWindow", "&Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        if quit_action.shortcut().isEmpty():
            quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(translate("MainWindow", "&View"))
        for row in range(self.nav_model.rowCount()):
            key = self.nav_model.key_at(row)
            title = self.nav_model.data(
                self.nav_model.index(row), Qt.ItemDataRole.AccessibleTextRole
            )
            action = QAction(str(title), self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _checked=False, k=key: self.show_page(k))
            view_menu.addAction(action)

        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        self.guide_action = QAction(translate("MainWindow", "&Guide"), self)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide_action.triggered.connect(self.show_guide)
        help_menu.addAction(self.guide_action)
        help_menu.addSeparator()
        for language, text in (
            ("fi", translate("MainWindow", "Open the example bakery (Finnish)")),
            ("en", translate("MainWindow", "Open the example café (English)")),
        ):
            example = QAction(text, self)
            example.triggered.connect(lambda _checked=False, lang=language: self.open_example(lang))
            help_menu.addAction(example)
        help_menu.addSeparator()
        about = QAction(arg(translate("MainWindow", "&About %1"), APP_NAME), self)
        about.triggered.connect(lambda: show_about(self))
        help_menu.addAction(about)

    def show_guide(self) -> HelpWindow:
        """The guide in a window of its own, kept open beside the app (one at a time)."""
        if self._guide is None:
            self._guide = HelpWindow(self)
        self._guide.show()
        self._guide.raise_()
        self._guide.activateWindow()
        return self._guide

    def open_example(self, language: str) -> None:
        """The example business opens in an app of its own, on its own data folder
        (``crisis-planner demo``), so it never mixes with the owner's data."""
        command = ["demo", "--language", language]
        if not getattr(sys, "frozen", False):
            command = ["-m", "planner", *command]
        if QProcess.startDetached(sys.executable, command)[0]:
            self.statusBar().showMessage(
                translate("MainWindow", "Opening the example in a window of its own…"), 10000
            )
        else:
            QMessageBox.warning(
                self,
                translate("MainWindow", "Example business"),
                translate("MainWindow", "The example could not be started."),
            )

    def log_from_listening(self, source_id: int, address: str) -> None:
        """A finding from the listening routine: log the incident, with the channel the
        source points at, then record the check as a finding."""
        channel = guess_channel(address) if is_web_address(address) else None
        dialog = self.incidents_page.log_incident(channel)
        db = self.context.db

        def record(incident_id: int) -> None:
            if db is not None:
                notes = arg(translate("MainWindow", "Logged as incident %1."), incident_id)
                self.context.runner.run(
                    partial(record_check, db, source_id, found_something=True, notes=notes)
                )

        dialog.logged.connect(record)

    def praise_from_incident(self, incident_id: int, who: str, channel: Channel) -> None:
        journal = self.pages["journal"]
        assert isinstance(journal, JournalPage)
        self.show_page("journal")
        journal.add_from_incident(incident_id, who, channel)

    def open_plan_section(self, section: PlanSection) -> None:
        plan_page = self.pages["plan"]
        assert isinstance(plan_page, PlanPage)
        self.show_page("plan")
        plan_page.show_section(section)

    def open_lessons(self, incident_id: int) -> None:
        self.show_page("incidents")
        self.incidents_page.open_incident(incident_id)
        self.incidents_page.incident_screen.show_lessons()

    def open_settings(self) -> None:
        SettingsDialog(self.context, self).exec()

    # -- database ---------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Area.INCIDENTS, Area.REVIEW):
            self.refresh_counters()

    def refresh_counters(self) -> None:
        """Counters in the navigation ask for attention: how many incidents are open."""
        if self.context.db is not None:
            self.context.runner.run(get_overview, self.context.db, on_done=self._show_counters)
            self.context.runner.run(attention, self.context.db, on_done=self._show_attention)

    def _show_counters(self, overview: Overview) -> None:
        self.nav_model.set_badge("incidents", overview.open_incidents, overview.overdue_incidents)

    def _show_attention(self, counts: Attention) -> None:
        """Reviews to write, promises to check and late actions: counted on the Review
        page's entry, and announced when more come due while the app runs."""
        total = counts.reviews_due + counts.checks_due + counts.actions_overdue
        self.nav_model.set_badge("review", total, counts.actions_overdue)
        if self._attention_total is not None and total > self._attention_total:
            self.incidents_page.watcher.announce(
                translate("MainWindow", "Lessons learned"),
                arg(
                    translate(
                        "MainWindow",
                        "%1 reviews to write, %2 promises to check, %3 late actions.",
                    ),
                    counts.reviews_due,
                    counts.checks_due,
                    counts.actions_overdue,
                ),
            )
        self._attention_total = total

    def _on_database_ready(self) -> None:
        db = self.context.db
        assert db is not None
        self.database_label.setText(db.location.display())
        self.database_label.setToolTip(
            arg(translate("MainWindow", "Database in use: %1"), db.location.display())
        )
        self.statusBar().showMessage(translate("MainWindow", "Ready."), 5000)
        self._report_opening(db)
        if self.offer_onboarding:
            self._offer_onboarding()

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            translate("MainWindow", "Unsaved changes"),
            translate(
                "MainWindow",
                "Some of what you typed in the plan has a problem and is "
                "not saved yet (it is marked in red). Close anyway and lose "
                "it?",
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _offer_onboarding(self) -> None:
        from planner.services.plan import get_plan

        def offer(plan: object) -> None:
            if plan is None:
                self.show_page("plan")
                plan_page = self.pages["plan"]
                assert isinstance(plan_page, PlanPage)
                plan_page.start_onboarding()

        if self.context.db is not None:
            self.context.runner.run(get_plan, self.context.db, on_done=offer)

    def _report_opening(self, db: Database) -> None:
        if db.opened.migrated_from is not None:
            self.statusBar().showMessage(
                arg(
                    translate(
                        "MainWindow",
                        "The database was updated to the new version; a copy of the old one "
                        "is in %1.",
                    ),
                    db.opened.backup or db.paths.backup_dir,
                ),
                15000,
            )

    # -- window state -----------------------------------------------------------------
    def restore_state(self) -> None:
        geometry, state = self.context.settings.window_state()
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        if state:
            self.restoreState(QByteArray(state))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        plan_page = self.pages["plan"]
        assert isinstance(plan_page, PlanPage)
        plan_page.save_pending()
        self.incidents_page.save_pending()
        # Let writes in flight finish: a contact attempt being saved must not be cut off.
        self.context.runner.wait()
        QCoreApplication.processEvents()  # deliver their results (and validation errors)
        if not self._discard_confirmed and plan_page.unsaved_problems():
            if not self._confirm_discard():
                event.ignore()
                self.show_page("plan")
                return
            self._discard_confirmed = True  # asked once: a second close does not ask again
        self.context.settings.save_window_state(
            bytes(self.saveGeometry().data()), bytes(self.saveState().data())
        )
        super().closeEvent(event)
