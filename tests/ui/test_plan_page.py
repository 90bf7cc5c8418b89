"""The Plan page as the owner uses it: first run, editing with inline errors, autosave,
undo, reordering, the listening routine on the start page, review and export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPlainTextEdit

from planner.core.enums import Language, PlanSection
from planner.services import plan as plan_service
from planner.services.listening import due_sources
from planner.storage.database import Database
from planner.storage.paths import AppPaths
from planner.ui.main_window import MainWindow
from planner.ui.plan.onboarding import OnboardingDialog
from planner.ui.plan.page import PlanPage
from tests.ui.conftest import make_window


@pytest.fixture
def planned(
    qtbot, ui_paths: AppPaths, language: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    db = Database.open(ui_paths)
    plan_service.init_plan(
        db,
        language=Language.FI,
        business="Leipomo Lämmin",
        owner="Aino",
        reply_languages=(Language.FI, Language.EN),
    )
    db.close()
    # A test may leave invalid input behind on purpose: close without the question
    # (pytest-qt closes the window before this fixture's teardown runs).
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = make_window(qtbot, ui_paths, language)
    window.show_page("plan")
    page = window.pages["plan"]
    qtbot.waitUntil(lambda: page.snapshot is not None, timeout=10_000)
    yield window
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window.close()
    if window.context.db is not None:
        window.context.db.close()


def plan_page(window: MainWindow) -> PlanPage:
    page = window.pages["plan"]
    assert isinstance(page, PlanPage)
    return page


def stored(window: MainWindow, section: PlanSection) -> list[dict]:
    assert window.context.db is not None
    plan = plan_service.get_plan(window.context.db)
    assert plan is not None
    return plan.sections[section]


def idle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.context.runner.busy, timeout=10_000)


def test_first_run_creates_the_plan(qtbot, window: MainWindow, monkeypatch) -> None:
    page = plan_page(window)
    window.show_page("plan")
    assert page.stack.currentWidget() is page.empty
    dialog = OnboardingDialog(window.context, page)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.business, "Kahvila Kulma")
    qtbot.keyClicks(dialog.owner, "Sami")
    assert dialog.signature.text() == "Sami, Kahvila Kulma"  # suggested as they type
    dialog.reply_fi.setChecked(True)  # English is on already in an English session
    dialog.create_plan()
    qtbot.waitUntil(lambda: dialog.result() == OnboardingDialog.DialogCode.Accepted, timeout=10_000)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is not page.empty, timeout=10_000)
    templates = stored(window, PlanSection.TEMPLATES)
    assert {t["language"] for t in templates} == {Language.FI, Language.EN}
    start = window.pages["start"]
    qtbot.waitUntil(lambda: "Kahvila Kulma" in start.greeting.text(), timeout=10_000)


def test_onboarding_keeps_what_was_typed_when_a_field_is_missing(qtbot, window: MainWindow) -> None:
    dialog = OnboardingDialog(window.context, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.owner, "Sami")
    dialog.create_plan()
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=10_000)
    assert "business" in dialog.error.text()
    assert dialog.owner.text() == "Sami"
    assert plan_service.get_plan(window.context.db) is None


def test_a_bad_template_is_marked_inline_and_not_saved(qtbot, planned: MainWindow) -> None:
    page = plan_page(planned)
    editor = page.editors[PlanSection.TEMPLATES]
    page.tabs.setCurrentIndex(3)
    original = stored(planned, PlanSection.TEMPLATES)[0]["body"]
    body = editor.form.editors["body"]
    assert isinstance(body, QPlainTextEdit)
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, " {asiakas}")
    error = editor.form.errors["body"]
    qtbot.waitUntil(lambda: not error.isHidden(), timeout=10_000)
    assert "{asiakas}" in error.text()
    assert body.toPlainText().endswith(" {asiakas}")  # what was typed stays
    assert stored(planned, PlanSection.TEMPLATES)[0]["body"] == original
    assert editor.has_unsaved


def test_edits_save_themselves_and_undo_restores(qtbot, planned: MainWindow) -> None:
    page = plan_page(planned)
    editor = page.editors[PlanSection.TEMPLATES]
    original = stored(planned, PlanSection.TEMPLATES)[0]["title"]
    title = editor.form.editors["title"]
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Kuittaus ensin")
    qtbot.waitUntil(
        lambda: stored(planned, PlanSection.TEMPLATES)[0]["title"] == "Kuittaus ensin",
        timeout=10_000,
    )
    idle(qtbot, planned)
    qtbot.waitUntil(page.undo_stack.canUndo, timeout=5000)
    page.undo_stack.undo()
    qtbot.waitUntil(
        lambda: stored(planned, PlanSection.TEMPLATES)[0]["title"] == original, timeout=10_000
    )
    qtbot.waitUntil(lambda: title.text() == original, timeout=10_000)
    page.undo_stack.redo()
    qtbot.waitUntil(
        lambda: stored(planned, PlanSection.TEMPLATES)[0]["title"] == "Kuittaus ensin",
        timeout=10_000,
    )


def test_the_template_preview_fills_sample_values(qtbot, planned: MainWindow) -> None:
    page = plan_page(planned)
    body = page.editors[PlanSection.TEMPLATES].form.editors["body"]
    assert isinstance(body, QPlainTextEdit)
    body.setPlainText("Hei {customer_name}!\n{signature}")
    text = page.preview.preview.toPlainText()
    assert "{customer_name}" not in text and "Hei Maria!" in text


def test_the_ladder_is_reordered_by_keyboard_and_undone(qtbot, planned: MainWindow) -> None:
    page = plan_page(planned)
    page.tabs.setCurrentIndex(4)
    editor = page.editors[PlanSection.ESCALATION]
    first = [s["title"] for s in stored(planned, PlanSection.ESCALATION)]
    editor.list.setFocus()
    editor.list.setCurrentIndex(editor.model.index(0))
    qtbot.keyClick(editor.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(
        lambda: (
            [s["title"] for s in stored(planned, PlanSection.ESCALATION)]
            == [first[1], first[0], *first[2:]]
        ),
        timeout=10_000,
    )
    idle(qtbot, planned)
    qtbot.waitUntil(
        lambda: editor.current_id() is not None and editor.model.row_of(editor.current_id()) == 1,
        timeout=5000,
    )
    page.undo_stack.undo()
    qtbot.waitUntil(
        lambda: [s["title"] for s in stored(planned, PlanSection.ESCALATION)] == first,
        timeout=10_000,
    )


def test_add_and_remove_with_undo(qtbot, planned: MainWindow) -> None:
    page = plan_page(planned)
    editor = page.editors[PlanSection.PRINCIPLES]
    count = len(stored(planned, PlanSection.PRINCIPLES))
    editor.list.setCurrentIndex(editor.model.index(0))
    editor.add_button.click()
    qtbot.waitUntil(
        lambda: len(stored(planned, PlanSection.PRINCIPLES)) == count + 1, timeout=10_000
    )
    assert stored(planned, PlanSection.PRINCIPLES)[1]["text"] == "New principle"
    idle(qtbot, planned)
    qtbot.waitUntil(lambda: editor.model.rowCount() == count + 1, timeout=5000)
    editor.remove_button.click()
    qtbot.waitUntil(lambda: len(stored(planned, PlanSection.PRINCIPLES)) == count, timeout=10_000)
    idle(qtbot, planned)
    page.undo_stack.undo()  # brings the removed principle back in its place
    qtbot.waitUntil(
        lambda: len(stored(planned, PlanSection.PRINCIPLES)) == count + 1, timeout=10_000
    )
    assert stored(planned, PlanSection.PRINCIPLES)[1]["text"] == "New principle"


def test_a_bad_phone_number_is_shown_next_to_the_field(qtbot, planned: MainWindow) -> None:
    page = plan_page(planned)
    editor = page.editors[PlanSection.PEOPLE]
    phone = editor.form.editors["phone"]
    phone.setFocus()
    qtbot.keyClicks(phone, "12")
    qtbot.waitUntil(lambda: not editor.form.errors["phone"].isHidden(), timeout=10_000)
    assert "phone number" in editor.form.errors["phone"].text()
    assert stored(planned, PlanSection.PEOPLE)[0]["phone"] == ""
    qtbot.keyClicks(phone, "3 4567")
    qtbot.waitUntil(
        lambda: stored(planned, PlanSection.PEOPLE)[0]["phone"] == "123 4567", timeout=10_000
    )
    qtbot.waitUntil(editor.form.errors["phone"].isHidden, timeout=5000)


def test_basics_errors_are_inline(qtbot, planned: MainWindow) -> None:
    page = plan_page(planned)
    page.tabs.setCurrentIndex(0)
    page.basics.name.setFocus()
    page.basics.name.selectAll()
    qtbot.keyClick(page.basics.name, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: not page.basics.errors["name"].isHidden(), timeout=10_000)
    from planner.services.profile import get_profile

    profile = get_profile(planned.context.db)
    assert profile is not None and profile.name == "Leipomo Lämmin"


def test_closing_with_unsaved_problems_asks_first(
    qtbot, planned: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = plan_page(planned)
    phone = page.editors[PlanSection.PEOPLE].form.editors["phone"]
    qtbot.keyClicks(phone, "12")
    qtbot.waitUntil(
        lambda: not page.editors[PlanSection.PEOPLE].form.errors["phone"].isHidden(), timeout=10_000
    )
    asked: list[str] = []

    def cancel(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    assert not planned.close()
    assert asked and planned.isVisible()
    assert planned.current_page_key() == "plan"


def test_marking_the_plan_reviewed_is_logged(qtbot, planned: MainWindow) -> None:
    page = plan_page(planned)
    page.review.notes.setText("Puhelinnumerot tarkistettu")
    page.review.mark.click()
    qtbot.waitUntil(
        lambda: (
            page.review.log_model.rowCount() > 0
            and "Puhelinnumerot" in page.review.log_model.entries[0].summary
        ),
        timeout=10_000,
    )


def test_export_from_the_page(
    qtbot, planned: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "suunnitelma"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Markdown text (*.md)")
    )
    plan_page(planned).export_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "suunnitelma.md").exists(), timeout=10_000)
    assert "Leipomo Lämmin" in (tmp_path / "suunnitelma.md").read_text(encoding="utf-8")


def test_start_page_lists_sources_due_and_records_a_look(qtbot, planned: MainWindow) -> None:
    start = planned.pages["start"]
    planned.show_page("start")
    qtbot.waitUntil(lambda: start.due_model.rowCount() > 0, timeout=10_000)
    before = start.due_model.rowCount()
    start.due_list.setCurrentIndex(start.due_model.index(0))
    start.checked_button.click()
    qtbot.waitUntil(lambda: start.due_model.rowCount() == before - 1, timeout=10_000)
    assert len(due_sources(planned.context.db)) == before - 1


def test_a_source_shows_when_it_was_last_looked_at(qtbot, planned: MainWindow) -> None:
    page = plan_page(planned)
    page.tabs.setCurrentIndex(1)
    status = page.source_status
    qtbot.waitUntil(lambda: "Due now" in status.label.text(), timeout=10_000)
    status.looked.click()
    qtbot.waitUntil(lambda: "Next look due" in status.label.text(), timeout=10_000)


def test_dragging_an_item_asks_to_move_it(qtbot, planned: MainWindow) -> None:
    editor = plan_page(planned).editors[PlanSection.ESCALATION]
    model = editor.model
    first_id = model.items[0]["id"]
    mime = model.mimeData([model.index(0)])
    with qtbot.waitSignal(model.move_requested) as moved:
        model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, model.index(-1))
    assert moved.args == [first_id, 2]  # dropped before row 3: it lands at index 2
    qtbot.waitUntil(
        lambda: stored(planned, PlanSection.ESCALATION)[2]["id"] == first_id, timeout=10_000
    )


def test_ctrl_z_undoes_from_the_keyboard(qtbot, planned: MainWindow) -> None:
    page = plan_page(planned)
    page.tabs.setCurrentIndex(5)
    editor = page.editors[PlanSection.PRINCIPLES]
    first = stored(planned, PlanSection.PRINCIPLES)[0]["text"]
    editor.list.setFocus()
    editor.list.setCurrentIndex(editor.model.index(0))
    qtbot.keyClick(editor.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(
        lambda: stored(planned, PlanSection.PRINCIPLES)[1]["text"] == first, timeout=10_000
    )
    idle(qtbot, planned)
    qtbot.waitUntil(page.undo_stack.canUndo, timeout=5000)
    qtbot.keyClick(editor.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: stored(planned, PlanSection.PRINCIPLES)[0]["text"] == first, timeout=10_000
    )


def test_print_preview_shows_the_plan(
    qtbot, planned: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    shown: list[str] = []

    def fake_exec(dialog: QPrintPreviewDialog) -> int:
        shown.append(dialog.windowTitle())
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    plan_page(planned).print_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown == ["Print the plan"]
