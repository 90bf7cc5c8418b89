"""Incident mode as the owner uses it: log a complaint with Ctrl+N, reply against the clock,
call, fall back to the blog post, resolve; the list, follow-ups and drafts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlmodel import select

from planner.core.clock import utcnow
from planner.core.enums import (
    Channel,
    ContactMethod,
    ContactOutcome,
    IncidentStatus,
    Language,
    PlanSection,
    Severity,
    SourceKind,
    TemplateKind,
    TimelineKind,
)
from planner.core.models import Incident, ListeningCheck
from planner.services import plan as plan_service
from planner.services.incidents import IncidentInput, get_incident, log_incident, record_contact
from planner.services.replies import composer_data
from planner.storage.paths import AppPaths
from planner.ui.incidents.log_dialog import LogIncidentDialog
from planner.ui.incidents.page import IncidentsPage
from planner.ui.main_window import MainWindow
from planner.ui.widgets.formatting import to_qdatetime
from planner.ui.widgets.moment_edit import MomentEdit
from tests.ui.conftest import db_of, idle, make_window, planned_window

COMPLAINT = "The cake for the christening came an hour late and nobody answered the phone."


@pytest.fixture
def desk(
    qtbot, ui_paths: AppPaths, language: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with planned_window(qtbot, ui_paths, language, reply_languages=(Language.EN,)) as window:
        yield window


def page_of(window: MainWindow) -> IncidentsPage:
    return window.incidents_page


def log(window: MainWindow, **kwargs: object) -> int:
    data = IncidentInput(text=COMPLAINT, **kwargs)  # type: ignore[arg-type]
    return log_incident(db_of(window), data).value


def by_hand(field: MomentEdit, moment: datetime) -> None:
    """Change a time as the owner would, in the date-time box itself."""
    field.edit.setDateTime(to_qdatetime(moment))


def open_dialog(qtbot, window: MainWindow) -> LogIncidentDialog:
    window.show_page("plan")
    window.log_action.trigger()
    dialog = window.findChild(LogIncidentDialog)
    assert dialog is not None and dialog.isVisible()
    idle(qtbot, window)
    return dialog


def test_ctrl_n_logs_a_complaint_from_any_page(qtbot, desk: MainWindow) -> None:
    assert desk.log_action.shortcut().toString() == "Ctrl+N"
    dialog = open_dialog(qtbot, desk)
    dialog.text.setPlainText(COMPLAINT)
    dialog.url.setText("https://www.facebook.com/cornercafe/posts/1")
    dialog.url.textEdited.emit(dialog.url.text())
    assert dialog.channel.currentData() == Channel.FACEBOOK.value
    assert dialog.severity.currentData() == Severity.HIGH.value
    assert "1 hour" in dialog.target_hint.text()  # the plan's target for a severe complaint
    dialog.author.setText("Liisa Virtanen")
    dialog.save()
    idle(qtbot, desk)

    assert not shiboken6.isValid(dialog) or not dialog.isVisible()  # closed (and deleted)
    page = page_of(desk)
    assert desk.current_page_key() == "incidents"
    assert page.stack.currentWidget() is page.incident_screen
    qtbot.waitUntil(lambda: page.incident_screen.data is not None, timeout=15_000)
    assert page.incident_screen.title.text().startswith("The cake for the christening")
    incident = get_incident(db_of(desk), page.incident_screen.incident_id or 0)
    assert incident.channel == Channel.FACEBOOK and incident.author == "Liisa Virtanen"
    qtbot.waitUntil(lambda: "(1" in str(desk.nav_model.index(2).data()), timeout=15_000)


def test_bad_input_is_marked_next_to_its_field_and_nothing_is_saved(
    qtbot, desk: MainWindow
) -> None:
    dialog = open_dialog(qtbot, desk)
    dialog.url.setText("my facebook page")
    dialog.posted.set_value(utcnow() - timedelta(hours=1))
    by_hand(dialog.detected, utcnow() - timedelta(hours=2))
    dialog.save()
    idle(qtbot, desk)

    assert dialog.isVisible()
    assert "Paste the text" in dialog.errors.message("text")
    assert "not a web address" in dialog.errors.message("url")
    assert "after you saw it" in dialog.errors.message("posted_at")
    assert dialog.url.text() == "my facebook page"  # what was typed stays
    with db_of(desk).session(write=False) as session:
        assert session.exec(select(Incident)).all() == []

    by_hand(dialog.detected, utcnow() + timedelta(days=1))
    dialog.posted.set_value(None)
    dialog.save()
    idle(qtbot, desk)
    assert "in the future" in dialog.errors.message("detected_at")
    assert dialog.errors.message("posted_at") == ""
    dialog.reject()


def test_a_channel_picked_by_hand_is_not_overridden_by_the_link(qtbot, desk: MainWindow) -> None:
    dialog = open_dialog(qtbot, desk)
    index = dialog.channel.findData(Channel.FORUM.value)
    dialog.channel.setCurrentIndex(index)
    dialog.channel.activated.emit(index)
    dialog.url.setText("https://www.tripadvisor.com/Restaurant_Review-1")
    dialog.url.textEdited.emit(dialog.url.text())
    assert dialog.channel.currentData() == Channel.FORUM.value
    dialog.reject()


def test_log_reply_call_fallback_resolve(qtbot, desk: MainWindow) -> None:
    incident_id = log(
        desk,
        author="Liisa Virtanen",
        url="https://www.facebook.com/cornercafe/posts/1",
        severity=Severity.HIGH,
        posted_at=utcnow() - timedelta(hours=5),
        detected_at=utcnow() - timedelta(hours=4),
    )
    page = page_of(desk)
    desk.show_page("incidents")
    page.open_incident(incident_id)
    screen = page.incident_screen
    qtbot.waitUntil(lambda: screen.data is not None, timeout=15_000)
    idle(qtbot, desk)

    # The reply is late: the clock says so in red words, and the apology comes first.
    assert screen.reply_clock.headline.text().startswith("Late by")
    assert screen.detection.headline.text() == "1 hour"
    composer = screen.composer
    assert not composer.late_notice.isHidden()
    first = composer.data.templates[0] if composer.data else None
    late_id = composer.templates.itemData(1)
    assert first is not None
    assert next(t for t in composer.data.templates if t.id == late_id).kind == (
        TemplateKind.LATE_APOLOGY
    )
    composer.templates.activated.emit(1)
    text = composer.editor.toPlainText()
    assert text.startswith("Hi Liisa Virtanen")  # filled from the incident
    assert "{" not in text

    # The checker reads as the owner types.
    composer.editor.setPlainText("I'm sorry, but you should have read the terms.")
    composer.check_now()
    messages = [composer.findings.item(i).text() for i in range(composer.findings.count())]
    assert any("“but”" in m for m in messages)

    # The draft is saved as they type.
    composer.editor.setPlainText(text)
    qtbot.waitUntil(
        lambda: (
            (composer_data(db_of(desk), incident_id).draft or None) is not None
            and composer_data(db_of(desk), incident_id).draft.body == text
        ),  # type: ignore[union-attr]
        timeout=15_000,
    )

    composer.mark_posted()
    idle(qtbot, desk)
    incident = get_incident(db_of(desk), incident_id)
    assert incident.first_reply_at is not None
    assert incident.timeline[-1].kind in (TimelineKind.REPLY_POSTED, TimelineKind.STATUS_CHANGED)
    assert composer.editor.toPlainText() == ""
    qtbot.waitUntil(
        lambda: screen.reply_clock.headline.text().startswith("Done in"), timeout=15_000
    )
    assert screen.status.currentData() == IncidentStatus.ACKNOWLEDGED.value

    # Two unanswered calls: the plan's fallback rule proposes the blog post.
    contacts = screen.contacts
    screen.tabs.setCurrentWidget(contacts)
    for hours in (2, 1):
        assert contacts.method.currentData() == ContactMethod.CALL.value  # the ladder's next
        by_hand(contacts.at, utcnow() - timedelta(hours=hours))
        contacts.outcome.setCurrentIndex(contacts.outcome.findData(ContactOutcome.NO_ANSWER))
        contacts.record()
        idle(qtbot, desk)
    assert contacts.model.rowCount() == 3  # the reply and the two calls
    qtbot.waitUntil(lambda: not screen.fallback.isHidden(), timeout=15_000)

    # The blog post: the customer's name (inflected) blocks publishing.
    screen.fallback_button.click()
    blog = screen.blog
    assert screen.tabs.currentWidget() is blog
    blog.editor.setPlainText("# A lesson\n\nI called Virtaselle twice.")
    assert blog.hits and blog.hits[0].text == "Virtaselle"
    assert not blog.publish_button.isEnabled()
    blog.editor.setPlainText("# A lesson\n\nI called the customer twice. I changed how we deliver.")
    assert blog.publish_button.isEnabled()
    blog.publish_button.click()
    idle(qtbot, desk)
    incident = get_incident(db_of(desk), incident_id)
    assert any(e.kind == TimelineKind.BLOG_PUBLISHED for e in incident.timeline)
    qtbot.waitUntil(lambda: screen.fallback.isHidden(), timeout=15_000)

    # Resolved: the navigation no longer counts it as open.
    index = screen.status.findData(IncidentStatus.RESOLVED.value)
    screen.status.setCurrentIndex(index)
    screen.status.activated.emit(index)
    idle(qtbot, desk)
    assert get_incident(db_of(desk), incident_id).status == IncidentStatus.RESOLVED
    qtbot.waitUntil(lambda: desk.nav_model.index(2).data() == "Incidents", timeout=15_000)


def test_permission_unblocks_a_post_that_names_the_customer(qtbot, desk: MainWindow) -> None:
    incident_id = log(desk, author="Liisa Virtanen")
    page = page_of(desk)
    page.open_incident(incident_id)
    screen = page.incident_screen
    qtbot.waitUntil(lambda: screen.data is not None, timeout=15_000)
    blog = screen.blog
    blog.editor.setPlainText("Thank you, Liisa, for letting me tell this.")
    assert not blog.publish_button.isEnabled()
    blog.permission_how.setText("")
    blog.permission_button.click()
    idle(qtbot, desk)
    assert "Say how" in blog.errors.message("how")
    blog.permission_how.setText("By e-mail on 3 May")
    blog.permission_button.click()
    idle(qtbot, desk)
    qtbot.waitUntil(lambda: blog.publish_button.isEnabled(), timeout=15_000)
    assert "By e-mail on 3 May" in blog.permission_state.text()


def test_the_reply_draft_survives_closing_the_window(
    qtbot, ui_paths: AppPaths, desk: MainWindow
) -> None:
    incident_id = log(desk)
    page = page_of(desk)
    page.open_incident(incident_id)
    qtbot.waitUntil(lambda: page.incident_screen.data is not None, timeout=15_000)
    page.incident_screen.composer.editor.setPlainText("Half a reply, typed in a hurry")
    desk.close()  # before the autosave timer fires
    desk.context.db.close()  # type: ignore[union-attr]

    again = make_window(qtbot, ui_paths, "en")
    try:
        page = page_of(again)
        page.open_incident(incident_id)
        qtbot.waitUntil(lambda: page.incident_screen.data is not None, timeout=15_000)
        composer = page.incident_screen.composer
        assert composer.editor.toPlainText() == "Half a reply, typed in a hurry"
        assert composer.state.text() == "Draft restored."
    finally:
        again.close()
        again.context.db.close()  # type: ignore[union-attr]


def test_checklist_ticks_are_kept_per_incident(qtbot, desk: MainWindow) -> None:
    first, second = log(desk), log(desk)
    page = page_of(desk)
    screen = page.incident_screen
    page.open_incident(first)
    qtbot.waitUntil(lambda: screen.data is not None and bool(screen.guide.checks), timeout=15_000)
    assert len(screen.guide.checks) == 5
    screen.guide.checks[0].setChecked(True)
    idle(qtbot, desk)
    page.open_incident(second)
    qtbot.waitUntil(
        lambda: screen.data is not None and screen.data.incident.id == second, timeout=15_000
    )
    idle(qtbot, desk)
    assert not screen.guide.checks[0].isChecked()
    page.open_incident(first)
    qtbot.waitUntil(
        lambda: screen.data is not None and screen.data.incident.id == first, timeout=15_000
    )
    idle(qtbot, desk)
    assert screen.guide.checks[0].isChecked()


def test_the_list_pages_filters_and_counts(qtbot, desk: MainWindow) -> None:
    now = utcnow()
    with db_of(desk).session(write=True) as session:
        for n in range(450):
            session.add(
                Incident(
                    title=f"Complaint {n}" + (" about coffee" if n % 50 == 0 else ""),
                    channel=Channel.GOOGLE if n % 2 else Channel.FACEBOOK,
                    original_text="text",
                    detected_at=now - timedelta(days=400, minutes=n),
                    status=IncidentStatus.RESOLVED if n % 3 else IncidentStatus.NEW,
                )
            )
    page = page_of(desk)
    desk.show_page("incidents")
    panel = page.list_panel
    panel.model.data_changed()  # what a change notice does after the rows were written
    idle(qtbot, desk)
    model = panel.model
    assert model.total == 450
    assert model.rowCount() == 200  # one page, not all of them
    # Newest first; open ones that were never answered are marked late.
    assert model.data(model.index(0, 0)) == "LATE · Complaint 0 about coffee"
    assert model.data(model.index(1, 0)) == "Complaint 1"
    model.fetchMore()
    idle(qtbot, desk)
    assert model.rowCount() == 400
    assert "450 shown" in panel.counts.text()

    panel.search.setText("coffee")
    panel.apply_filter()
    idle(qtbot, desk)
    assert model.total == 9
    panel.search.clear()
    panel.channel.setCurrentIndex(panel.channel.findData(Channel.FACEBOOK.value))
    panel.status.setCurrentIndex(panel.status.findData("open"))
    panel.apply_filter()
    idle(qtbot, desk)
    assert model.total == len([n for n in range(450) if n % 2 == 0 and n % 3 == 0])

    model.sort(0, Qt.SortOrder.AscendingOrder)
    idle(qtbot, desk)
    titles = [model.rows[i].title for i in range(model.rowCount())]
    assert titles == sorted(titles)

    panel.search.setText("no such words")
    panel.apply_filter()
    idle(qtbot, desk)
    assert not panel.empty.isHidden() and panel.table.isHidden()


def test_late_incidents_are_counted_and_filtered(qtbot, desk: MainWindow) -> None:
    late = log(desk, severity=Severity.HIGH, detected_at=utcnow() - timedelta(hours=3))
    log(desk, severity=Severity.LOW)
    panel = page_of(desk).list_panel
    desk.show_page("incidents")
    panel.late_only.setChecked(True)
    idle(qtbot, desk)
    assert [row.id for row in panel.model.rows] == [late]
    desk.refresh_counters()
    idle(qtbot, desk)
    assert desk.nav_model.index(2).data() == "Incidents  (2 · 1 late)"


def test_follow_ups_due_are_listed_and_announced(qtbot, desk: MainWindow) -> None:
    incident_id = log(desk, detected_at=utcnow() - timedelta(hours=3))
    watcher = page_of(desk).watcher
    panel = page_of(desk).list_panel
    desk.show_page("incidents")
    watcher.check()
    idle(qtbot, desk)
    assert panel.due_box.isHidden()
    record_contact(
        db_of(desk),
        incident_id,
        ContactMethod.CALL,
        ContactOutcome.LEFT_MESSAGE,
        at=utcnow() - timedelta(hours=2),
        next_follow_up_at=utcnow() - timedelta(minutes=1),
    )
    watcher.check()
    idle(qtbot, desk)
    assert not panel.due_box.isHidden()
    assert watcher.model.rowCount() == 1
    assert watcher.notified and "Time to follow up" in watcher.notified[-1]
    panel.due_done.click()
    idle(qtbot, desk)
    qtbot.waitUntil(lambda: panel.due_box.isHidden(), timeout=15_000)


def test_found_something_in_the_listening_routine_logs_an_incident(qtbot, desk: MainWindow) -> None:
    db = db_of(desk)
    source_id = plan_service.add_item(
        db,
        PlanSection.LISTENING,
        {
            "name": "Our Instagram",
            "kind": SourceKind.SOCIAL,
            "address": "https://www.instagram.com/cornercafe",
            "interval_days": 1,
        },
    ).value
    desk.pages["start"].refresh()  # type: ignore[attr-defined]
    idle(qtbot, desk)
    start = desk.pages["start"]
    due = start.due_list  # type: ignore[attr-defined]
    row = next(
        r
        for r in range(due.model().rowCount())
        if due.model().index(r, 0).data(Qt.ItemDataRole.UserRole + 1) == source_id
    )
    due.setCurrentIndex(due.model().index(row, 0))
    start.found_button.click()  # type: ignore[attr-defined]
    dialog = desk.findChild(LogIncidentDialog)
    assert dialog is not None
    assert dialog.channel.currentData() == Channel.INSTAGRAM.value
    dialog.text.setPlainText(COMPLAINT)
    dialog.save()
    idle(qtbot, desk)
    with db.session(write=False) as session:
        checks = session.exec(
            select(ListeningCheck).where(ListeningCheck.source_id == source_id)
        ).all()
        assert [c.found_something for c in checks] == [True]
        assert "incident" in checks[0].notes


def test_an_untouched_time_means_the_moment_of_saving(qtbot, desk: MainWindow) -> None:
    """A form opened at 10:00 and saved at 10:30 records 10:30, unless the owner set it."""
    field = MomentEdit("", None)
    qtbot.addWidget(field)
    field.set_value(utcnow() - timedelta(minutes=30))
    assert field.value_or_now() is None
    by_hand(field, utcnow() - timedelta(hours=2))
    assert field.value_or_now() is not None
    assert field.value_or_now() < utcnow() - timedelta(minutes=100)  # type: ignore[operator]
