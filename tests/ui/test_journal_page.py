"""The journal as the owner uses it: keep a kind word in seconds, find it again without
diacritics, delete with undo, and see praise when it matters."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate

from planner.core.enums import Channel, IncidentStatus
from planner.services.incidents import IncidentInput, change_status, log_incident
from planner.services.journal import PraiseInput, PraiseQuery, add_praise, search_praise
from planner.ui.journal.page import JournalPage
from planner.ui.main_window import MainWindow
from tests.ui.conftest import db_of, idle


def journal(window: MainWindow) -> JournalPage:
    page = window.pages["journal"]
    assert isinstance(page, JournalPage)
    window.show_page("journal")
    return page


def test_a_kind_word_is_kept_and_found_without_diacritics(qtbot, window: MainWindow) -> None:
    page = journal(window)
    form = page.form
    form.text.setPlainText("Kiitos, kakku oli myöhässä mutta maistui ihanalta!")
    form.who.setText("Äiti")
    form.tags.setText("#kakku, palvelu, Kakku")
    form.save()
    idle(qtbot, window)
    assert form.text.toPlainText() == ""  # ready for the next one
    assert page.model.total == 1
    assert "1 entry" in page.count.text()
    entry = search_praise(db_of(window))[0]
    assert entry.who == "Äiti" and entry.tags == ("kakku", "palvelu")

    page.search.setText("myohassa AITI")
    page.apply_filter()
    idle(qtbot, window)
    assert page.model.total == 1
    page.search.setText("ei löydy")
    page.apply_filter()
    idle(qtbot, window)
    assert page.model.total == 0


def test_bad_input_is_marked_and_nothing_is_saved(qtbot, window: MainWindow) -> None:
    page = journal(window)
    form = page.form
    form.who.setText("Matti")
    tomorrow = date.today() + timedelta(days=1)
    form.received_on.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    form.save()
    idle(qtbot, window)
    assert "Write down the kind words" in form.errors.message("text")
    assert "future" in form.errors.message("received_on")
    assert form.who.text() == "Matti"  # what was typed stays
    assert search_praise(db_of(window)) == []


def test_delete_can_be_undone(qtbot, window: MainWindow) -> None:
    add_praise(db_of(window), PraiseInput("Ihana palvelu", who="Sari", tags=("palvelu",)))
    page = journal(window)
    page.refresh()
    idle(qtbot, window)
    page.list.setCurrentIndex(page.model.index(0, 0))
    assert page.form.text.toPlainText() == "Ihana palvelu"
    page.delete_current()
    idle(qtbot, window)
    assert search_praise(db_of(window)) == []
    assert not page.undo_button.isHidden()
    page.undo_button.click()
    idle(qtbot, window)
    restored = search_praise(db_of(window))
    assert [(p.text, p.who, p.tags) for p in restored] == [("Ihana palvelu", "Sari", ("palvelu",))]
    assert page.model.total == 1


def test_editing_an_entry_changes_what_search_finds(qtbot, window: MainWindow) -> None:
    add_praise(db_of(window), PraiseInput("Hyvää leipää"))
    page = journal(window)
    page.refresh()
    idle(qtbot, window)
    page.list.setCurrentIndex(page.model.index(0, 0))
    page.form.text.setPlainText("Parasta pullaa")
    page.form.save()
    idle(qtbot, window)
    assert [p.text for p in search_praise(db_of(window), PraiseQuery("pulla"))] == [
        "Parasta pullaa"
    ]
    assert search_praise(db_of(window), PraiseQuery("leipaa")) == []


def test_morale_shows_a_kind_word_and_the_same_day_last_year(qtbot, window: MainWindow) -> None:
    today = date.today()
    last_year = (
        today.replace(year=today.year - 1)
        if (today.month, today.day) != (2, 29)
        else (today - timedelta(days=366))
    )
    add_praise(db_of(window), PraiseInput("A year ago today", who="Leena", received_on=last_year))
    page = journal(window)
    page.refresh()
    idle(qtbot, window)
    assert "A year ago today" in page.morale.kind_word.text()
    assert "A year ago today" in page.morale.on_this_day.text()
    assert "1 kind word in the journal" in page.morale.since.text()
    start = window.pages["start"]
    start.refresh()  # type: ignore[attr-defined]
    idle(qtbot, window)
    assert "A year ago today" in start.kind_word.text()  # type: ignore[attr-defined]


@pytest.mark.parametrize("status", [IncidentStatus.RESOLVED])
def test_an_angry_customer_becomes_an_advocate(
    qtbot, window: MainWindow, status: IncidentStatus
) -> None:
    db = db_of(window)
    incident_id = log_incident(
        db, IncidentInput(text="Late again!", author="Liisa V", channel=Channel.FACEBOOK)
    ).value
    change_status(db, incident_id, status)
    incidents = window.incidents_page
    incidents.open_incident(incident_id)
    screen = incidents.incident_screen
    qtbot.waitUntil(lambda: screen.data is not None, timeout=15_000)
    assert not screen.journal_button.isHidden()
    screen.journal_button.click()
    page = window.pages["journal"]
    assert isinstance(page, JournalPage)
    assert window.current_page_key() == "journal"
    assert page.form.who.text() == "Liisa V"
    page.form.text.setPlainText("Thank you for calling me, you made it right.")
    page.form.save()
    idle(qtbot, window)
    assert search_praise(db)[0].incident_id == incident_id


def test_a_happy_customer_is_asked_for_a_review(qtbot, window: MainWindow) -> None:
    from planner.core.enums import Language
    from planner.services.plan import init_plan
    from planner.services.review_requests import list_review_requests

    db = db_of(window)
    init_plan(db, language=Language.EN, business="Corner Cafe", owner="Aino")
    add_praise(db, PraiseInput("Lovely cakes!", who="Sari", channel=Channel.GOOGLE))
    page = journal(window)
    page.refresh()
    idle(qtbot, window)
    page.list.setCurrentIndex(page.model.index(0, 0))
    page.ask_button.click()
    idle(qtbot, window)
    panel = page.requests
    assert page.tabs.currentWidget() is panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=15_000)
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    assert panel.name.text() == "Sari"
    assert "Sari" in panel.message.toPlainText()  # the plan's template, filled in
    assert not panel.reminded_button.isEnabled()  # asked first
    panel.asked_button.click()
    idle(qtbot, window)
    assert list_review_requests(db)[0].asked_at is not None
    qtbot.waitUntil(lambda: panel.tally.text().startswith("1 asked"), timeout=15_000)
    assert panel.reminded_button.isEnabled()

    panel.clear()
    panel.save()
    idle(qtbot, window)
    assert "name" in panel.errors.message("customer_name")
    assert len(list_review_requests(db)) == 1


def test_csv_import_shows_a_preview_and_imports_only_when_confirmed(
    qtbot, window: MainWindow, tmp_path
) -> None:
    csv_file = tmp_path / "arviot.csv"
    csv_file.write_text(
        "Arvio;Nimi;Päivämäärä\n"
        "Ihana kahvila!;Sari;1.3.2025\n"
        "Hyvää pullaa;Matti;2025-03-02\n"
        "Huono päivä;Leena;31.2.2025\n",
        encoding="utf-8",
    )
    page = journal(window)
    dialog = page.import_csv(str(csv_file))
    assert dialog is not None
    idle(qtbot, window)
    assert dialog.preview is not None and dialog.preview.new_rows == 2
    assert dialog.table.rowCount() == 2
    assert "Line 4" in dialog.problems.item(0).text()
    assert not dialog.import_button.isEnabled()  # a bad row: nothing until the owner says
    assert search_praise(db_of(window)) == []
    dialog.skip_bad.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    idle(qtbot, window)
    assert sorted(p.who for p in search_praise(db_of(window))) == ["Matti", "Sari"]
    assert "Imported 2" in page.notice.text()
