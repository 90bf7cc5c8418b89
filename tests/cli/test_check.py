"""``crisis-planner check`` as a script or a person would run it."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner import __version__


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "planner", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
    )


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_check_creates_a_healthy_database_in_a_new_folder(tmp_path: Path) -> None:
    data = tmp_path / "new-folder"
    result = run_cli("--lang", "en", "--data-dir", str(data), "check")
    assert result.returncode == 0, result.stderr
    assert "Healthy." in result.stdout
    assert "A new database was created." in result.stdout
    assert (data / "planner.sqlite3").exists()
    again = run_cli("--lang", "en", "--data-dir", str(data), "check", "--json")
    report = json.loads(again.stdout)
    assert report["healthy"] is True and report["created"] is False
    assert report["counts"]["incidents"] == 0


def test_check_on_a_text_file_fails_clearly_and_leaves_it_alone(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Remember to buy flour.\n", encoding="utf-8")
    before = hashlib.sha256(notes.read_bytes()).hexdigest()
    result = run_cli(
        "--lang", "en", "--data-dir", str(tmp_path / "d"), "--database", str(notes), "check"
    )
    assert result.returncode != 0
    assert "not a Crisis Planner database" in result.stderr
    assert "Traceback" not in result.stderr
    assert hashlib.sha256(notes.read_bytes()).hexdigest() == before


def test_environment_variable_chooses_the_database(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.sqlite3"
    result = run_cli(
        "--lang",
        "en",
        "--data-dir",
        str(tmp_path / "d"),
        "check",
        env={"CRISIS_PLANNER_DATABASE": str(target)},
    )
    assert result.returncode == 0, result.stderr
    assert str(target) in result.stdout


def test_messages_in_finnish(tmp_path: Path) -> None:
    result = run_cli("--lang", "fi", "--data-dir", str(tmp_path / "d"), "check")
    assert result.returncode == 0, result.stderr
    assert "Kunnossa." in result.stdout
    notes = tmp_path / "notes.txt"
    notes.write_text("kauppalista", encoding="utf-8")
    failed = run_cli(
        "--lang", "fi", "--data-dir", str(tmp_path / "d"), "--database", str(notes), "check"
    )
    assert "ei ole Crisis Plannerin tietokanta" in failed.stderr


@pytest.mark.postgres
def test_check_on_postgresql(tmp_path: Path, fresh_pg_url: str) -> None:
    result = run_cli(
        "--lang", "en", "--data-dir", str(tmp_path / "d"), "--database", fresh_pg_url, "check"
    )
    assert result.returncode == 0, result.stderr
    assert "(postgresql)" in result.stdout and "Healthy." in result.stdout


def test_unknown_command_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli("--data-dir", str(tmp_path), "explode")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_a_damaged_database_names_the_backup_restore_would_use(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run_cli("--lang", "en", "--data-dir", str(data), "check").returncode == 0
    made = run_cli("--lang", "en", "--data-dir", str(data), "backup")
    assert made.returncode == 0, made.stderr
    backup_name = Path(made.stdout.strip().splitlines()[-1]).name
    database = data / "planner.sqlite3"
    raw = bytearray(database.read_bytes())
    raw[0:16] = b"garbage garbage!"  # the header: SQLite can no longer read it
    database.write_bytes(bytes(raw))
    result = run_cli("--lang", "en", "--data-dir", str(data), "check")
    assert result.returncode != 0
    assert "restore --latest" in result.stderr and backup_name in result.stderr
