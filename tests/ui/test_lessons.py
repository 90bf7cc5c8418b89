"""Lessons learned as the owner meets them: offered when a case closes, completed with the
two judgements, actions that open the plan, promises checked later, and the dashboard."""

from __future__ import annotations

from datetime import timedelta

from planner.core.clock import utcnow
from planner.core.enums import (
    IncidentStatus,
    Justified,
    PlanSection,
    RootCause,
    Severity,
)
from planner.services.incidents import (
    IncidentInput,
    change_status,
    get_incident,
    log_incident,
    record_reply,
)
from planner.services.lessons import ActionInput, add_action, get_review, open_review
from planner.ui.main_window import MainWindow
from planner.ui.plan.page import PlanPage
from planner.ui.review.page import ReviewPage
from tests.ui.conftest import db_of, idle


def closed_incident(window: MainWindow) -> int:
    db = db_of(window)
    incident_id = log_incident(
        db,
        IncidentInput(
            text="The delivery was late.",
            severity=Severity.MEDIUM,
            detected_at=utcnow() - timedelta(days=2),
        ),
    ).value
    record_reply(db, incident_id, "I'm sorry, I will call you.", at=utcnow() - timedelta(days=1))
    change_status(db, incident_id, IncidentStatus.RESOLVED)
    return incident_id


def review_page(window: MainWindow) -> ReviewPage:
    page = window.pages["review"]
    assert isinstance(page, ReviewPage)
    return page


def test_a_closed_case_offers_the_review_and_it_needs_the_two_judgements(
    qtbot, desk: MainWindow
) -> None:
    incident_id = closed_incident(desk)
    page = desk.incidents_page
    page.open_incident(incident_id)
    screen = page.incident_screen
    qtbot.waitUntil(lambda: screen.data is not None, timeout=15_000)
    assert not screen.closed_banner.isHidden()
    screen.lessons_button.click()
    assert screen.tabs.currentWidget() is screen.lessons
    lessons = screen.lessons
    assert not lessons.start_button.isHidden()
    lessons.start()
    idle(qtbot, desk)
    qtbot.waitUntil(lambda: lessons.review is not None, timeout=15_000)
    lessons.texts["to_change"].setPlainText("Say the delivery time on the order form.")
    lessons.complete()
    idle(qtbot, desk)
    assert lessons.errors.message("justified") and lessons.errors.message("root_cause")
    review = get_review(db_of(desk), incident_id)
    assert review is not None and review.completed_at is None
    assert review.to_change == "Say the delivery time on the order form."  # kept anyway

    lessons.justified.setCurrentIndex(lessons.justified.findData(Justified.PARTLY.value))
    lessons.root_cause.setCurrentIndex(lessons.root_cause.findData(RootCause.DELAY.value))
    lessons.complete()
    idle(qtbot, desk)
    review = get_review(db_of(desk), incident_id)
    assert review is not None and review.completed_at is not None
    assert get_incident(db_of(desk), incident_id).status == IncidentStatus.RESOLVED
    qtbot.waitUntil(lambda: screen.closed_banner.isHidden(), timeout=15_000)


def test_an_action_linked_to_the_plan_opens_it_when_done(qtbot, desk: MainWindow) -> None:
    incident_id = closed_incident(desk)
    db = db_of(desk)
    review_id = open_review(db, incident_id).value
    add_action(
        db,
        review_id,
        ActionInput("Add a late-delivery template", plan_section=PlanSection.TEMPLATES),
    )
    page = review_page(desk)
    desk.show_page("review")
    page.tabs.setCurrentWidget(page.follow_through)
    panel = page.follow_through
    panel.refresh()
    idle(qtbot, desk)
    assert panel.model.rowCount() == 1
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    panel.done_button.click()
    idle(qtbot, desk)
    assert desk.current_page_key() == "plan"
    plan_page = desk.pages["plan"]
    assert isinstance(plan_page, PlanPage)
    assert (
        plan_page.tabs.widget(plan_page.tabs.currentIndex())
        is plan_page.editors[PlanSection.TEMPLATES]
    )


def test_a_public_promise_is_checked_later(qtbot, desk: MainWindow) -> None:
    incident_id = closed_incident(desk)
    db = db_of(desk)
    review_id = open_review(db, incident_id).value
    add_action(
        db,
        review_id,
        ActionInput("Refund the delivery fee", is_promise=True),
        now=utcnow() - timedelta(days=31),
    )
    # Where the owner sees it: a hidden page catches up only when shown.
    desk.show_page("review")
    review_page(desk).tabs.setCurrentWidget(review_page(desk).follow_through)
    panel = review_page(desk).follow_through
    panel.refresh()
    idle(qtbot, desk)
    assert panel.checks.count() == 1
    assert "30 days" in panel.checks.item(0).text()
    desk.refresh_counters()
    idle(qtbot, desk)
    assert desk.nav_model.index(4).data().startswith("Review  (")
    panel.kept_button.click()
    idle(qtbot, desk)
    qtbot.waitUntil(lambda: panel.checks_box.isHidden(), timeout=15_000)


def test_the_dashboard_shows_figures_charts_and_a_table(qtbot, desk: MainWindow) -> None:
    closed_incident(desk)
    page = review_page(desk)
    desk.show_page("review")
    dashboard = page.dashboard
    dashboard.refresh()
    idle(qtbot, desk)
    assert dashboard.metrics is not None
    assert dashboard.figures["incidents_total"].value.text() == "1"
    assert dashboard.figures["on_target"].value.text().endswith("%")
    dashboard.view.setCurrentIndex(1)
    dashboard.view.activated.emit(1)
    assert dashboard.stack.currentWidget() is dashboard.table
    names = [dashboard.table.item(r, 0).text() for r in range(dashboard.table.rowCount())]
    assert "Complaints" in names and "Promises kept" in names
    promises = names.index("Promises kept")
    assert dashboard.table.item(promises, 1).text() == "no data"
    dashboard.period.setCurrentIndex(dashboard.period.findData("all"))
    dashboard.period.activated.emit(dashboard.period.currentIndex())
    idle(qtbot, desk)
    assert dashboard.metrics is not None and dashboard.metrics.period_start is None


def test_a_hidden_follow_through_catches_up_when_shown(qtbot, desk: MainWindow) -> None:
    desk.show_page("review")
    page = review_page(desk)
    page.tabs.setCurrentWidget(page.follow_through)
    idle(qtbot, desk)
    assert page.follow_through.empty.isVisible()
    desk.show_page("start")  # the page is hidden while the data changes
    added = add_action(db_of(desk), None, ActionInput("Clarify the delivery times"))
    desk.context.hub.publish(added.changes)  # as the runner does after a service call
    idle(qtbot, desk)
    assert page.follow_through.lazy.stale
    assert page.follow_through.model.rowCount() == 0
    desk.show_page("review")
    idle(qtbot, desk)
    assert page.follow_through.model.rowCount() == 1
    assert not page.follow_through.lazy.stale
