"""Practice mode as the owner meets it: a drill from the post to the score, lessons that
become actions, the history, the three-month reminder; and no trace in the real data."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlmodel import col, func, select

from planner.core.clock import utcnow
from planner.core.drill import Drill
from planner.core.drill_scoring import score_drill
from planner.core.models import ActionItem, ContactAttempt, DrillRun, Incident, TimelineEvent
from planner.services.drills import drill_setup, find_scenario, save_run
from planner.services.metrics import Period, period_metrics
from planner.storage.database import Database
from planner.ui.drills.page import PracticePage
from planner.ui.main_window import MainWindow
from planner.ui.start.page import StartPage
from tests.ui.conftest import db_of, idle

SCENARIO = "angry-google-review"


def practice(window: MainWindow) -> PracticePage:
    page = window.pages["practice"]
    assert isinstance(page, PracticePage)
    return page


def count(db: Database, table: type) -> int:
    with db.session(write=False) as session:
        return int(session.exec(select(func.count()).select_from(table)).one())


def start(qtbot, window: MainWindow, scenario_id: str = SCENARIO) -> PracticePage:
    window.show_page("practice")
    page = practice(window)
    idle(qtbot, window)
    rows = page.scenario_model.rows
    row = next(i for i, r in enumerate(rows) if r.scenario.id == scenario_id)
    page.scenario_view.selectRow(row)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.drill_screen, timeout=15_000)
    return page


def test_a_drill_from_the_post_to_the_score_leaves_real_data_alone(qtbot, desk) -> None:
    db = db_of(desk)
    before = period_metrics(db, Period.all_time())
    page = start(qtbot, desk)
    screen = page.drill_screen
    # The post as on its channel, and the plan's clock for a severe complaint (1 hour).
    assert screen.post.author.text() == "Laura M."
    assert screen.post.rating.text() == "★☆☆☆☆"
    assert "left" in screen.clock.headline.text()
    assert "20 minutes" in screen.found.text()

    # The same composer as in a real incident, with the checker at work.
    composer = screen.composer
    composer.editor.setPlainText("Laura, I am sorry, but the order form said chocolate.")
    composer.check_now()
    findings = [composer.findings.item(i).text() for i in range(composer.findings.count())]
    assert any("“but”" in text for text in findings)
    qtbot.mouseClick(composer.post_button, Qt.MouseButton.LeftButton)
    assert screen.stages.currentWidget() is screen.steps_page
    assert "has not answered" in screen.situation.text()

    # The scenario answers each choice.
    qtbot.mouseClick(screen.choice_buttons["defend"], Qt.MouseButton.LeftButton)
    assert "nine thumbs" in screen.story.text()
    qtbot.mouseClick(screen.choice_buttons["call-late"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.choice_buttons["new-cake"], Qt.MouseButton.LeftButton)
    assert screen.amount_row.isVisible()
    assert "50" in screen.amount_label.text()  # the default plan's limit
    screen.amount.setValue(200)
    qtbot.mouseClick(screen.offer_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.result, timeout=15_000)
    result = page.result
    reasons = result.reasons.text()
    assert "“but”" in reasons
    assert "more than your plan's limit of 50 €" in reasons
    assert "Reply again with a photo" in reasons
    assert "/ 100" in result.score.text()
    assert result.bars[next(iter(result.bars))].maximum() == 25
    assert "Laura accepts" in result.story.text()
    assert "Drill: One star on Google" in result.note.toPlainText()

    # A lesson becomes an action item in one click, linked to the run.
    button = result.lesson_buttons[0]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    idle(qtbot, desk)
    assert not button.isEnabled()
    with db.session(write=False) as session:
        action = session.exec(select(ActionItem)).one()
        run = session.exec(select(DrillRun)).one()
        assert action.drill_run_id == run.id
        best = run.score
        assert "never argue" in action.text

    # The note is saved as the owner types.
    result.note.setPlainText("Call first, argue never.")
    qtbot.waitUntil(lambda: result.note_state.text() == "Note saved.", timeout=15_000)
    with db.session(write=False) as session:
        assert session.exec(select(DrillRun)).one().after_action_note == "Call first, argue never."

    # Nothing touched the incident data or the review's figures.
    assert count(db, Incident) == 0
    assert count(db, ContactAttempt) == 0
    assert count(db, TimelineEvent) == 0
    after = period_metrics(db, Period.all_time())
    assert after.incidents_total == before.incidents_total == 0
    assert after.first_reply_within_target_ratio is None
    assert after.median_minutes_to_first_reply is None

    # Back to the overview: the history and the best score.
    qtbot.mouseClick(result.back_button, Qt.MouseButton.LeftButton)
    idle(qtbot, desk)
    assert page.history_model.rowCount() == 1
    row = next(r for r in page.scenario_model.rows if r.scenario.id == SCENARIO)
    assert row.best == best
    assert not page.reminder.isVisible()


def test_an_old_drill_brings_the_reminder_and_the_link_opens_practice(qtbot, desk) -> None:
    db = db_of(desk)
    scenario = find_scenario(SCENARIO, "en")
    setup = drill_setup(db, scenario)
    long_ago = utcnow() - timedelta(days=100)
    drill = Drill(scenario, setup.plan, long_ago, setup.zone)
    drill.post_reply("Laura, I am sorry. May I call you today? Anna", "en", long_ago)
    drill.choose("call")
    drill.choose("new-cake", 60)
    save_run(db, drill, score_drill(drill, long_ago), now=long_ago)
    window_start = desk.pages["start"]
    assert isinstance(window_start, StartPage)
    window_start.refresh()
    idle(qtbot, desk)
    assert window_start.practice_reminder.isVisible()
    assert "No practice drill since" in window_start.practice_reminder.text()
    window_start.practice_reminder.linkActivated.emit("practice")
    assert desk.current_page_key() == "practice"
    page = practice(desk)
    page.refresh()
    idle(qtbot, desk)
    assert page.reminder.isVisible()
    assert "over three months ago" in page.reminder.text()

    # Opening the old run from the history shows its result.
    page.history_view.selectRow(0)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.result, timeout=15_000)
    assert "✓" in page.result.reasons.text()


def test_a_first_timer_is_invited_to_practise(qtbot, desk) -> None:
    desk.show_page("practice")
    page = practice(desk)
    idle(qtbot, desk)
    assert page.reminder.isVisible()
    assert "not practised yet" in page.reminder.text()
    assert page.history_empty.isVisible()
    assert page.scenario_model.rowCount() >= 12


def test_stopping_a_started_drill_asks_first_and_keeps_nothing(qtbot, desk, monkeypatch) -> None:
    page = start(qtbot, desk)
    screen = page.drill_screen
    screen.composer.editor.setPlainText("Laura, I am so sorry.")
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: next(answers))
    qtbot.mouseClick(screen.stop_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is screen  # "No" keeps the drill going
    qtbot.mouseClick(screen.stop_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.overview
    idle(qtbot, desk)
    assert count(db_of(desk), DrillRun) == 0


def test_a_run_can_be_removed_from_the_history(qtbot, desk, monkeypatch) -> None:
    db = db_of(desk)
    scenario = find_scenario(SCENARIO, "en")
    setup = drill_setup(db, scenario)
    now = utcnow()
    drill = Drill(scenario, setup.plan, now, setup.zone)
    drill.post_reply("Laura, I am sorry. May I call you today? Anna", "en", now)
    drill.choose("call")
    drill.choose("new-cake", 60)
    save_run(db, drill, score_drill(drill, now))
    desk.show_page("practice")
    page = practice(desk)
    page.refresh()
    idle(qtbot, desk)
    assert page.history_model.rowCount() == 1
    page.history_view.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    idle(qtbot, desk)
    assert page.history_model.rowCount() == 0
    with db.session(write=False) as session:
        assert session.exec(select(func.count()).where(col(DrillRun.id) > 0)).one() == 0
