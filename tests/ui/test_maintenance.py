"""Keeping the data safe while the app runs: a verified backup at start-up, the retention
rule, and the settings that steer them."""

from __future__ import annotations

from datetime import timedelta

from planner.core.clock import utcnow
from planner.core.enums import IncidentStatus
from planner.services.incidents import IncidentInput, change_status, get_incident, log_incident
from planner.storage.backup import list_backups
from planner.storage.database import Database
from planner.storage.paths import AppPaths
from planner.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import make_window


def test_start_up_backs_up_and_applies_the_retention_rule(
    qtbot, ui_paths: AppPaths, language: str
) -> None:
    db = Database.open(ui_paths)
    old = log_incident(
        db,
        IncidentInput(
            text="Old complaint",
            author="Liisa Virtanen",
            customer_email="liisa@example.fi",
            detected_at=utcnow() - timedelta(days=4 * 365),
        ),
    ).value
    change_status(db, old, IncidentStatus.RESOLVED, at=utcnow() - timedelta(days=4 * 365 - 1))
    recent = log_incident(db, IncidentInput(text="New one", author="Matti")).value
    db.close()

    window = make_window(qtbot, ui_paths, language)
    try:
        qtbot.waitUntil(lambda: bool(list_backups(ui_paths.backup_dir)), timeout=10_000)
        qtbot.waitUntil(lambda: bool(window.context.settings.last_retention), timeout=10_000)
        assert "removed from 1 case closed" in window.context.settings.last_retention
        db = window.context.db
        assert db is not None
        anonymised = get_incident(db, old)
        assert anonymised.author == "" and anonymised.customer_email == ""
        assert get_incident(db, recent).author == "Matti"  # open, recent: untouched
    finally:
        window.close()
        if window.context.db is not None:
            window.context.db.close()


def test_backup_and_retention_settings_are_kept(qtbot, window) -> None:
    dialog = SettingsDialog(window.context, window)
    qtbot.addWidget(dialog)
    assert (dialog.keep_daily.value(), dialog.retention.value()) == (12, 36)
    dialog.keep_daily.setValue(20)
    dialog.retention.setValue(0)
    assert dialog.retention.text() == "forever"
    dialog.accept()
    assert window.context.settings.backup_keep == (20, 8, 6)
    assert window.context.settings.retention_months == 0


def test_a_damaged_database_is_moved_aside_and_the_backup_restored(
    qtbot, ui_paths: AppPaths, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from planner.storage.backup import make_backup
    from planner.ui.app import open_database_async

    db = Database.open(ui_paths)
    kept = log_incident(db, IncidentInput(text="Worth keeping")).value
    make_backup(db, ui_paths.backup_dir, utcnow())
    db.close()
    raw = bytearray(ui_paths.default_database.read_bytes())
    raw[0:16] = b"garbage garbage!"
    ui_paths.default_database.write_bytes(bytes(raw))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    window = make_window(qtbot, ui_paths, "en", wait=False)
    try:
        with qtbot.waitSignal(window.context.database_ready, timeout=30_000):
            open_database_async(window)
        db = window.context.db
        assert db is not None
        assert get_incident(db, kept).original_text == "Worth keeping"
        assert list(ui_paths.backup_dir.glob("corrupt-*"))  # the damaged file is kept
    finally:
        window.close()
        if window.context.db is not None:
            window.context.db.close()


def test_a_customer_is_found_exported_and_erased_from_settings(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    import json

    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from planner.ui.customer_data import CustomerDataDialog

    db = window.context.db
    incident_id = log_incident(
        db, IncidentInput(text="Terrible!", author="Liisa Virtanen", customer_email="l@v.fi")
    ).value
    dialog = CustomerDataDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.who.setText("liisa virtanen")
    dialog.look_up()
    qtbot.waitUntil(lambda: dialog.records is not None, timeout=15_000)
    assert "incidents: 1;" in dialog.summary.text()
    target = tmp_path / "liisa.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.export()
    qtbot.waitUntil(target.exists, timeout=15_000)
    assert "Liisa Virtanen" in json.dumps(json.loads(target.read_text(encoding="utf-8")))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.erase()
    qtbot.waitUntil(lambda: dialog.summary.text().startswith("Erased"), timeout=15_000)
    assert get_incident(db, incident_id).author == ""
