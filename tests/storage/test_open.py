"""Opening a database: created healthy, refused when unsafe, never changed by a refusal."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from planner.core.errors import DatabaseError, DatabaseTooNewError, NotADatabaseError
from planner.storage.database import Database
from planner.storage.health import check_health
from planner.storage.paths import AppPaths
from planner.storage.schema import head_revision


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_created_healthy(db: Database) -> None:
    report = check_health(db)
    assert report.healthy
    assert report.revision == head_revision()
    assert db.opened.created
    assert set(report.counts.values()) == {0}


def test_reopening_does_not_migrate_again(paths: AppPaths, database_arg: str) -> None:
    Database.open(paths, database_arg).close()
    again = Database.open(paths, database_arg)
    assert not again.opened.created and again.opened.migrated_from is None
    again.close()


def test_sqlite_settings(paths: AppPaths) -> None:
    db = Database.open(paths)
    with db.engine.connect() as conn:
        pragma = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout")
        }
    db.close()
    assert pragma == {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "synchronous": 2,
        "busy_timeout": 5000,
    }


def test_write_sessions_take_the_write_lock_at_begin(paths: AppPaths) -> None:
    db = Database.open(paths)
    assert db.location.path is not None
    other = sqlite3.connect(db.location.path, timeout=0, isolation_level=None)
    with db.session(write=True) as session:
        session.execute(text("SELECT 1"))  # nothing written yet, but the lock is held
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    with db.session(write=False) as session:
        session.execute(text("SELECT 1"))
        other.execute("BEGIN IMMEDIATE")  # a reader does not block a writer
        other.execute("ROLLBACK")
    other.close()
    db.close()


def test_files_are_private(paths: AppPaths) -> None:
    db = Database.open(paths)
    db.close()
    assert stat.S_IMODE(paths.data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(paths.default_database.stat().st_mode) == 0o600


def test_default_location_is_in_the_data_folder(paths: AppPaths) -> None:
    db = Database.open(paths)
    db.close()
    assert db.location.path == paths.default_database
    assert paths.default_database.exists()


@pytest.mark.parametrize(
    ("content", "what"),
    [
        (b"Hello, this is a shopping list.\nMilk\nBread\n", "a text file"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "an image"),
    ],
)
def test_a_file_that_is_not_a_database_is_refused_and_untouched(
    paths: AppPaths, tmp_path: Path, content: bytes, what: str
) -> None:
    target = tmp_path / "notes.txt"
    target.write_bytes(content)
    before = digest(target)
    with pytest.raises(NotADatabaseError, match="not a Crisis Planner database"):
        Database.open(paths, str(target))
    assert digest(target) == before, what
    assert not Path(f"{target}-wal").exists()


def test_a_folder_is_refused(paths: AppPaths, tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    with pytest.raises(NotADatabaseError, match="is a folder"):
        Database.open(paths, str(folder))
    assert list(folder.iterdir()) == []


def test_an_unreadable_file_is_refused(
    paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "locked.sqlite3"
    target.write_bytes(b"SQLite format 3\x00" + bytes(100))
    original_open = Path.open

    def deny(self: Path, *args, **kwargs):
        if self == target:
            raise PermissionError(13, "Permission denied")
        return original_open(self, *args, **kwargs)

    # Tests may run as root, who can read anything: simulate the missing permission.
    monkeypatch.setattr(Path, "open", deny)
    with pytest.raises(DatabaseError, match="Cannot read .*Permission denied"):
        Database.open(paths, str(target))


def test_another_programs_sqlite_database_is_refused(paths: AppPaths, tmp_path: Path) -> None:
    target = tmp_path / "other.db"
    conn = sqlite3.connect(target)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = digest(target)
    with pytest.raises(NotADatabaseError, match="another program"):
        Database.open(paths, str(target))
    assert digest(target) == before


def test_a_database_from_a_newer_version_is_refused_untouched(paths: AppPaths) -> None:
    Database.open(paths).close()
    conn = sqlite3.connect(paths.default_database)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = digest(paths.default_database)
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        Database.open(paths)
    assert digest(paths.default_database) == before
    assert list(paths.backup_dir.iterdir()) == []


@pytest.mark.postgres
def test_a_server_database_from_a_newer_version_is_refused(
    paths: AppPaths, fresh_pg_url: str
) -> None:
    Database.open(paths, fresh_pg_url).close()
    db = Database.open(paths, fresh_pg_url)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.close()
    with pytest.raises(DatabaseTooNewError):
        Database.open(paths, fresh_pg_url)


@pytest.mark.postgres
def test_an_unreachable_server_gets_a_clear_message(paths: AppPaths) -> None:
    with pytest.raises(DatabaseError, match="Cannot connect to the database at"):
        Database.open(paths, "postgresql+psycopg://nobody@127.0.0.1:9/none")


def test_a_missing_folder_is_reported(paths: AppPaths, tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="does not exist"):
        Database.open(paths, str(tmp_path / "no" / "such" / "place.sqlite3"))


def test_a_corrupt_database_fails_the_health_check(paths: AppPaths) -> None:
    db = Database.open(paths)
    with db.engine.begin() as conn:
        for i in range(300):
            conn.execute(
                text(
                    "INSERT INTO praise_entry (text, who, channel, received_on, url, "
                    "testimonial_ok, created_at) VALUES (:t, '', 'other', "
                    "'2026-01-01', '', 0, '2026-01-01 00:00:00')"
                ),
                {"t": f"Thank you {i} " * 20},
            )
    db.close()
    raw = bytearray(paths.default_database.read_bytes())
    page = 4096
    for offset in range(3 * page, min(len(raw), 12 * page), page):
        raw[offset + 8 : offset + 200] = b"\xff" * 192  # scribble over page contents
    paths.default_database.write_bytes(bytes(raw))
    try:
        db = Database.open(paths)
    except DatabaseError:
        return  # refused at open: also a clear failure
    report = check_health(db)
    db.close()
    assert not report.healthy
    assert report.integrity
