"""Backups of the SQLite database: verified, rotated, restorable, and never lost by accident."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import tempfile
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from planner.services.journal import PraiseInput, add_many
from planner.storage import backup as backup_module
from planner.storage.backup import (
    BackupError,
    backup_and_rotate,
    backup_due,
    describe_recovery,
    integrity_problems,
    latest_verified_backup,
    list_backups,
    make_backup,
    quarantine_corrupt,
    require_sqlite,
    restore_backup,
    rotate,
    write_backup,
)
from planner.storage.database import Database
from planner.storage.health import check_health
from planner.storage.location import resolve_location
from planner.storage.paths import AppPaths

T0 = datetime(2025, 6, 18, 12, 0, 0, tzinfo=UTC)
TODAY = date(2025, 6, 18)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_praise_rows(db: Database, count: int, start: int = 0) -> None:
    with db.session(write=True) as session:
        add_many(
            session,
            [
                PraiseInput(text=f"Kiitos {i}: " + "hyvä palvelu " * 20, who=f"Asiakas {i}")
                for i in range(start, start + count)
            ],
            TODAY,
        )


def praise_count(path: Path) -> int:
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM praise_entry").fetchone()[0])
    finally:
        conn.close()


def folder_state(folder: Path) -> dict[str, str]:
    return {p.name: digest(p) for p in sorted(folder.iterdir())}


def touch_backup(folder: Path, moment: datetime) -> Path:
    """A stand-in backup file: rotation reads names only."""
    path = folder / f"planner-{moment.strftime('%Y%m%d-%H%M%S')}.sqlite3"
    path.write_bytes(b"")
    return path


@pytest.fixture
def opened(paths: AppPaths) -> Iterator[Database]:
    db = Database.open(paths)
    add_praise_rows(db, 3)
    yield db
    db.close()


def corrupt_middle(path: Path) -> None:
    """Overwrite a page-aligned block in the middle of the file with garbage."""
    size = path.stat().st_size
    page = 4096
    offset = (size // 2) // page * page
    with path.open("r+b") as handle:
        handle.seek(offset)
        handle.write(bytes((i * 37 + 11) % 256 for i in range(page)))


# --- making backups ---------------------------------------------------------------------


def test_backup_is_verified_private_and_named_by_utc_time(
    opened: Database, paths: AppPaths
) -> None:
    helsinki = timezone(timedelta(hours=3))
    path = make_backup(opened, paths.backup_dir, T0.astimezone(helsinki))
    assert path == paths.backup_dir / "planner-20250618-120000.sqlite3"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert integrity_problems(path) == []
    assert praise_count(path) == 3
    # one self-contained file: nothing else was left in the folder
    assert sorted(p.name for p in paths.backup_dir.iterdir()) == [path.name]
    info = list_backups(paths.backup_dir)
    assert [(i.path, i.taken_at, i.size) for i in info] == [(path, T0, path.stat().st_size)]


def test_backup_while_the_app_has_unsaved_wal_pages(opened: Database, paths: AppPaths) -> None:
    """A copy made from the file path sees what the open app committed into its WAL."""
    add_praise_rows(opened, 2, start=100)
    assert opened.location.path is not None
    assert Path(f"{opened.location.path}-wal").stat().st_size > 0
    path = make_backup(opened.location.path, paths.backup_dir, T0)
    assert praise_count(path) == 5


def test_backup_and_restore_bring_the_data_back(opened: Database, paths: AppPaths) -> None:
    database = opened.location.path
    assert database is not None
    backup = make_backup(opened, paths.backup_dir, T0)
    add_praise_rows(opened, 4, start=10)  # made after the backup: the restore undoes it
    opened.close()
    before = digest(database)

    later = T0 + timedelta(hours=5)
    result = restore_backup(backup, database, paths.backup_dir, later)

    assert result.backup == backup and result.database == database
    assert result.taken_at == T0
    assert result.replaced == paths.backup_dir / "replaced-20250618-170000.sqlite3"
    assert result.moved_aside[0] == result.replaced
    assert digest(result.replaced) == before  # the replaced database is kept as it was
    assert praise_count(result.replaced) == 7
    assert stat.S_IMODE(database.stat().st_mode) == 0o600
    assert backup.exists()  # the backup itself is still there
    again = Database.open(paths)
    try:
        assert check_health(again).healthy
        assert check_health(again).counts["praise_entries"] == 3
    finally:
        again.close()
    # replaced-... files are not backups: rotation and listing ignore them
    assert [i.path for i in list_backups(paths.backup_dir)] == [backup]


def test_a_second_backup_in_the_same_second_gets_its_own_name(
    opened: Database, paths: AppPaths
) -> None:
    first = make_backup(opened, paths.backup_dir, T0)
    before = digest(first)
    add_praise_rows(opened, 1, start=50)
    second = make_backup(opened, paths.backup_dir, T0)
    assert second.name == "planner-20250618-120000-2.sqlite3"
    assert digest(first) == before
    assert [i.path for i in list_backups(paths.backup_dir)] == [second, first]
    assert latest_verified_backup(paths.backup_dir) == second


def test_write_backup_to_a_chosen_file_refuses_to_overwrite(
    opened: Database, tmp_path: Path
) -> None:
    target = tmp_path / "copy.sqlite3"
    assert write_backup(opened, target) == target
    assert praise_count(target) == 3
    before = digest(target)
    with pytest.raises(BackupError, match="already exists"):
        write_backup(opened, target)
    assert digest(target) == before


def test_a_failing_check_leaves_existing_backups_and_no_temp_files(
    opened: Database, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_backup(opened, paths.backup_dir, T0 - timedelta(days=2))
    make_backup(opened, paths.backup_dir, T0 - timedelta(days=1))
    (paths.backup_dir / "planner-before-migration-from-abc-20250101T000000Z.sqlite3").write_bytes(
        b"x"
    )
    before = folder_state(paths.backup_dir)
    monkeypatch.setattr(backup_module, "_verify", lambda path: ["simulated damage"])
    with pytest.raises(BackupError, match="simulated damage") as caught:
        backup_and_rotate(opened, paths.backup_dir, T0)
    assert caught.value.exit_code == 7
    assert folder_state(paths.backup_dir) == before


def test_a_failing_copy_removes_its_partial_file(
    opened: Database, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_backup(opened, paths.backup_dir, T0 - timedelta(days=1))
    before = folder_state(paths.backup_dir)

    def half_copy(source: Path, target: Path) -> None:
        target.write_bytes(b"SQLite format 3\x00 and then the disk filled up")
        Path(f"{target}-journal").write_bytes(b"journal")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup_module, "_copy", half_copy)
    with pytest.raises(BackupError, match="disk is full"):
        make_backup(opened, paths.backup_dir, T0)
    assert folder_state(paths.backup_dir) == before


def test_a_folder_that_cannot_be_written_fails_clearly(
    opened: Database, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_backup(opened, paths.backup_dir, T0 - timedelta(days=1))
    before = folder_state(paths.backup_dir)

    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(BackupError, match="Cannot write to the folder.*Permission denied"):
        make_backup(opened, paths.backup_dir, T0)
    assert folder_state(paths.backup_dir) == before


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores modes")
def test_a_read_only_backup_folder_fails_clearly(opened: Database, paths: AppPaths) -> None:
    make_backup(opened, paths.backup_dir, T0 - timedelta(days=1))
    before = folder_state(paths.backup_dir)
    os.chmod(paths.backup_dir, 0o500)
    try:
        with pytest.raises(BackupError, match="Cannot write to the folder"):
            make_backup(opened, paths.backup_dir, T0)
    finally:
        os.chmod(paths.backup_dir, 0o700)
    assert folder_state(paths.backup_dir) == before


def test_what_is_not_our_database_is_not_backed_up(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    notes = tmp_path / "notes.txt"
    notes.write_text("Remember to buy flour.\n", encoding="utf-8")
    with pytest.raises(BackupError, match="not a Crisis Planner database"):
        make_backup(other, folder, T0)
    with pytest.raises(BackupError, match="No backup was made"):
        make_backup(notes, folder, T0)
    with pytest.raises(BackupError, match="no database"):
        make_backup(tmp_path / "missing.sqlite3", folder, T0)
    assert list(folder.iterdir()) == []


def test_a_server_database_is_backed_up_by_the_json_export(paths: AppPaths) -> None:
    location = resolve_location(paths, "postgresql://planner:secret@db.example/planner")
    with pytest.raises(BackupError, match="JSON export") as caught:
        require_sqlite(location)
    assert "secret" not in caught.value.message


# --- corruption and recovery ------------------------------------------------------------


def test_a_corrupt_database_is_quarantined_and_the_latest_backup_restored(
    paths: AppPaths,
) -> None:
    db = Database.open(paths)
    add_praise_rows(db, 200)
    good = make_backup(db, paths.backup_dir, T0)
    db.close()
    database = paths.default_database
    assert integrity_problems(database) == []
    corrupt_middle(database)
    damaged = digest(database)

    assert integrity_problems(database) != []
    moved = quarantine_corrupt(database, paths.backup_dir, T0 + timedelta(hours=1))
    assert moved == paths.backup_dir / "corrupt-20250618-130000.sqlite3"
    assert digest(moved) == damaged  # kept for rescue, byte for byte
    assert not database.exists()

    latest = latest_verified_backup(paths.backup_dir)
    assert latest == good
    result = restore_backup(latest, database, paths.backup_dir, T0 + timedelta(hours=1))
    assert result.replaced is None and result.moved_aside == ()
    again = Database.open(paths)
    try:
        report = check_health(again)
        assert report.healthy and report.counts["praise_entries"] == 200
    finally:
        again.close()
    assert moved.exists()


def test_quarantine_moves_the_wal_and_shm_along(tmp_path: Path) -> None:
    database = tmp_path / "planner.sqlite3"
    for suffix, content in (("", b"main"), ("-wal", b"wal"), ("-shm", b"shm")):
        Path(f"{database}{suffix}").write_bytes(content)
    folder = tmp_path / "backups"
    moved = quarantine_corrupt(database, folder, T0)
    assert moved.read_bytes() == b"main"
    assert Path(f"{moved}-wal").read_bytes() == b"wal"
    assert Path(f"{moved}-shm").read_bytes() == b"shm"
    assert list(tmp_path.glob("planner.sqlite3*")) == []
    # a second quarantine in the same second does not overwrite the first
    database.write_bytes(b"again")
    second = quarantine_corrupt(database, folder, T0)
    assert second != moved and second.read_bytes() == b"again"
    assert moved.read_bytes() == b"main"


def test_a_corrupt_newest_backup_is_skipped(opened: Database, paths: AppPaths) -> None:
    older = make_backup(opened, paths.backup_dir, T0 - timedelta(days=1))
    add_praise_rows(opened, 200, start=10)
    newest = make_backup(opened, paths.backup_dir, T0)
    corrupt_middle(newest)
    assert integrity_problems(newest) != []
    assert latest_verified_backup(paths.backup_dir) == older
    described = describe_recovery(paths)
    assert described is not None and str(older) in described


def test_a_corrupt_backup_is_not_restored(opened: Database, paths: AppPaths) -> None:
    backup = make_backup(opened, paths.backup_dir, T0)
    opened.close()
    corrupt_middle(backup)
    database = paths.default_database
    before = digest(database)
    with pytest.raises(BackupError, match="Nothing was changed"):
        restore_backup(backup, database, paths.backup_dir, T0)
    assert digest(database) == before
    assert sorted(p.name for p in paths.backup_dir.iterdir()) == [backup.name]
    assert not list(database.parent.glob(".planner-restore-*"))


def test_no_recovery_without_backups(paths: AppPaths) -> None:
    assert latest_verified_backup(paths.backup_dir) is None
    assert describe_recovery(paths) is None
    assert list_backups(paths.backup_dir) == []


# --- rotation ---------------------------------------------------------------------------

# One backup a day at noon from 2024-05-15 to Wednesday 2025-06-18 (400 days). Worked out by
# hand: 12 days; then the newest of each ISO week not already kept (the weeks of 18, 15 and
# 8 June are covered by the days, so the Sundays 1 June ... 13 April); then the newest of
# each month not already kept (June is covered; 31 May ... 31 December 2024).
EXPECTED_DAILY = [date(2025, 6, d) for d in range(7, 19)]
EXPECTED_WEEKLY = [
    date(2025, 6, 1),
    date(2025, 5, 25),
    date(2025, 5, 18),
    date(2025, 5, 11),
    date(2025, 5, 4),
    date(2025, 4, 27),
    date(2025, 4, 20),
    date(2025, 4, 13),
]
EXPECTED_MONTHLY = [
    date(2025, 5, 31),
    date(2025, 4, 30),
    date(2025, 3, 31),
    date(2025, 2, 28),
    date(2025, 1, 31),
    date(2024, 12, 31),
]
EXPECTED = sorted(EXPECTED_DAILY + EXPECTED_WEEKLY + EXPECTED_MONTHLY)
LAST_DAY = date(2025, 6, 18)
FIRST_DAY = LAST_DAY - timedelta(days=399)


def noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


def kept_days(folder: Path) -> list[date]:
    return sorted(info.taken_at.date() for info in list_backups(folder))


def test_expected_retention_set_is_what_the_rules_say() -> None:
    """The hand-made expectation itself: 26 distinct days, each the last of its period."""
    assert FIRST_DAY == date(2024, 5, 15)
    assert len(set(EXPECTED)) == 12 + 8 + 6
    assert all(d.isoweekday() == 7 for d in EXPECTED_WEEKLY)
    assert all((d + timedelta(days=1)).day == 1 for d in EXPECTED_MONTHLY)


def test_rotation_at_once_over_400_days(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    for offset in range(400):
        touch_backup(folder, noon(FIRST_DAY + timedelta(days=offset)))
    deleted = rotate(folder, noon(LAST_DAY))
    assert kept_days(folder) == EXPECTED
    assert len(deleted) == 400 - 26


def test_rotation_after_every_backup_over_400_simulated_days(tmp_path: Path) -> None:
    """The app's rhythm: several backups a day, rotation after each; same result."""
    folder = tmp_path / "backups"
    folder.mkdir()
    for offset in range(400):
        day = FIRST_DAY + timedelta(days=offset)
        for hour in (8, 10, 12):
            now = datetime(day.year, day.month, day.day, hour, tzinfo=UTC)
            touch_backup(folder, now)
            rotate(folder, now)
    assert kept_days(folder) == EXPECTED
    assert all(info.taken_at.hour == 12 for info in list_backups(folder))


def test_rotation_ignores_other_files_and_keeps_the_newest(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    others = [
        "planner-before-migration-from-0001-20240101T000000Z.sqlite3",
        "replaced-20240101-000000.sqlite3",
        "corrupt-20240101-000000.sqlite3",
        "corrupt-20240101-000000.sqlite3-wal",
        "planner-20241399-000000.sqlite3",  # not a date
        "notes.txt",
    ]
    for name in others:
        (folder / name).write_bytes(b"keep me")
    old = [touch_backup(folder, noon(date(2024, 1, d))) for d in range(1, 4)]
    deleted = rotate(folder, noon(date(2025, 1, 1)), keep_daily=0, keep_weekly=0, keep_monthly=0)
    assert sorted(deleted) == old[:2]
    assert sorted(p.name for p in folder.iterdir()) == sorted([*others, old[2].name])


def test_rotation_keeps_backups_dated_in_the_future(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    ahead = [touch_backup(folder, noon(date(2030, 1, d))) for d in (1, 2)]
    rotate(folder, noon(date(2025, 1, 1)), keep_daily=1, keep_weekly=0, keep_monthly=0)
    assert all(p.exists() for p in ahead)


def test_backup_and_rotate_with_real_backups(opened: Database, paths: AppPaths) -> None:
    for hour in (8, 9, 10):
        made, deleted = backup_and_rotate(opened, paths.backup_dir, T0.replace(hour=hour))
    assert [i.path for i in list_backups(paths.backup_dir)] == [made]
    assert len(deleted) == 1


# --- when a backup is due ---------------------------------------------------------------


def test_backup_due_rules(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    assert backup_due(folder, T0, data_changed=False)  # no folder, no backups
    folder.mkdir()
    assert backup_due(folder, T0, data_changed=False)
    touch_backup(folder, T0.replace(hour=8))
    assert not backup_due(folder, T0.replace(hour=8, minute=30), data_changed=True)
    assert not backup_due(folder, T0.replace(hour=8, minute=59), data_changed=True)
    assert backup_due(folder, T0.replace(hour=9), data_changed=True)
    assert not backup_due(folder, T0.replace(hour=15), data_changed=False)
    # a new day: due at start-up even without changes
    assert backup_due(folder, T0 + timedelta(days=1), data_changed=False)


def test_backup_due_uses_the_day_of_the_given_time_zone(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    touch_backup(folder, datetime(2025, 6, 17, 22, 30, tzinfo=UTC))  # 01:30 on the 18th
    helsinki = timezone(timedelta(hours=3))
    assert not backup_due(folder, datetime(2025, 6, 18, 9, tzinfo=helsinki), data_changed=False)
    assert backup_due(folder, datetime(2025, 6, 18, 9, tzinfo=UTC), data_changed=False)
    with pytest.raises(ValueError, match="naive"):
        backup_due(folder, datetime(2025, 6, 18, 9), data_changed=False)
