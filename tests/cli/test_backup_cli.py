"""``crisis-planner backup`` and ``crisis-planner restore`` as a person or a script runs them."""

from __future__ import annotations

import hashlib
import re
from datetime import date
from pathlib import Path

import pytest

from planner.cli import main
from planner.services.journal import PraiseInput, add_many
from planner.storage.backup import list_backups
from planner.storage.database import Database
from planner.storage.paths import AppPaths
from tests.cli.test_check import run_cli

NAME = re.compile(r"planner-\d{8}-\d{6}(-\d+)?\.sqlite3")


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "d"


def cli(data: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", "--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def add_praise(data: Path, count: int) -> None:
    db = Database.open(AppPaths.resolve(data))
    try:
        with db.session(write=True) as session:
            add_many(
                session, [PraiseInput(text=f"Kiitos {i}") for i in range(count)], date(2025, 6, 1)
            )
    finally:
        db.close()


def praise_count(data: Path) -> int:
    db = Database.open(AppPaths.resolve(data))
    try:
        with db.engine.connect() as conn:
            return int(conn.exec_driver_sql("SELECT count(*) FROM praise_entry").scalar_one())
    finally:
        db.close()


def test_backup_into_the_backup_folder_prints_the_path(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_praise(data, 2)
    code, out, err = cli(data, capsys, "backup")
    assert code == 0, err
    path = Path(out.strip())
    assert path.parent == AppPaths.resolve(data).backup_dir
    assert NAME.fullmatch(path.name)
    assert path.is_file()
    # a second backup the same day replaces the first in the rotation
    code, out, err = cli(data, capsys, "backup")
    assert code == 0, err
    second = Path(out.strip())
    assert [i.path for i in list_backups(path.parent)] == [second]


def test_backup_to_a_chosen_file(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_praise(data, 1)
    target = tmp_path / "copy.sqlite3"
    code, out, err = cli(data, capsys, "backup", "--output", str(target))
    assert code == 0, err
    assert out.strip() == str(target) and target.is_file()
    assert list_backups(AppPaths.resolve(data).backup_dir) == []  # not part of the rotation
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    code, out, err = cli(data, capsys, "backup", "--output", str(target))
    assert code == 7
    assert "already exists" in err
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before


def test_backup_without_a_database(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(data, capsys, "backup")
    assert code == 7
    assert "no database" in err and out == ""


def test_restore_latest_brings_the_data_back(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_praise(data, 2)
    code, out, err = cli(data, capsys, "backup")
    assert code == 0, err
    backup = Path(out.strip())
    add_praise(data, 5)
    assert praise_count(data) == 7

    code, out, err = cli(data, capsys, "restore", "--latest")
    assert code == 0, err
    assert "The previous database was moved aside to" in out
    assert f"Restored {backup}" in out
    moved = re.search(r"moved aside to (\S+) ", out)
    assert moved is not None and Path(moved.group(1)).is_file()
    assert Path(moved.group(1)).name.startswith("replaced-")
    assert praise_count(data) == 2


def test_restore_a_named_file(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_praise(data, 3)
    target = tmp_path / "copy.sqlite3"
    assert cli(data, capsys, "backup", "--output", str(target))[0] == 0
    add_praise(data, 1)
    code, out, err = cli(data, capsys, "restore", str(target))
    assert code == 0, err
    assert f"Restored {target} to" in out
    assert praise_count(data) == 3


def test_restore_refuses_a_damaged_or_missing_backup(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_praise(data, 1)
    database = AppPaths.resolve(data).default_database
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a database", encoding="utf-8")
    code, _, err = cli(data, capsys, "restore", str(bad))
    assert code == 7 and "Nothing was changed" in err
    code, _, err = cli(data, capsys, "restore", str(tmp_path / "missing.sqlite3"))
    assert code == 7 and "There is no backup" in err
    code, _, err = cli(data, capsys, "restore", "--latest")
    assert code == 7 and "no verified backup" in err
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before


def test_restore_needs_a_file_or_latest(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(data), "restore"])
    assert exited.value.code == 2
    assert "FILE" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["backup"], ["restore", "--latest"]])
def test_a_postgresql_database_is_refused_with_a_clear_message(
    tmp_path: Path, command: list[str]
) -> None:
    """Refused before connecting: no server is needed, and the password stays hidden."""
    result = run_cli(
        "--lang",
        "en",
        "--data-dir",
        str(tmp_path / "d"),
        "--database",
        "postgresql://planner:secret@127.0.0.1:1/planner",
        *command,
    )
    assert result.returncode == 7
    assert "PostgreSQL" in result.stderr and "JSON export" in result.stderr
    assert "secret" not in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
