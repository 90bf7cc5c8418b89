"""Core pieces that everything else leans on: time, translation markers, locations, paths."""

from __future__ import annotations

import stat
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from planner.core import i18n
from planner.core.clock import ensure_utc, utcnow
from planner.core.errors import DatabaseError
from planner.storage.location import DATABASE_ENV, resolve_location
from planner.storage.paths import DATA_DIR_ENV, AppPaths


def test_times_are_aware_utc() -> None:
    assert utcnow().tzinfo is UTC
    helsinki = timezone(timedelta(hours=3))
    assert ensure_utc(datetime(2026, 6, 1, 12, 0, tzinfo=helsinki)) == datetime(
        2026, 6, 1, 9, 0, tzinfo=UTC
    )
    with pytest.raises(ValueError, match="naive"):
        ensure_utc(datetime(2026, 6, 1, 12, 0))


def test_arg_fills_numbered_markers_in_any_order() -> None:
    assert i18n.arg("%2 then %1", "a", "b") == "b then a"
    assert i18n.arg("%1 and %10", *"abcdefghij") == "a and j"


def test_source_text_is_used_until_a_translator_is_installed() -> None:
    assert i18n.translate("Ctx", "%n open", None, 3) == "3 open"
    i18n.install_translator(lambda c, t, d=None, n=-1: t.upper())
    try:
        assert i18n.translate("Ctx", "hello") == "HELLO"
    finally:
        i18n.install_translator(None)
    assert i18n.translate("Ctx", "hello") == "hello"


def test_data_dir_override_holds_every_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = AppPaths.resolve(tmp_path / "d")
    assert paths.data_dir == paths.config_dir == tmp_path / "d"
    assert paths.log_dir.parent == paths.data_dir
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "env"))
    assert AppPaths.resolve().data_dir == tmp_path / "env"
    assert AppPaths.resolve(tmp_path / "arg").data_dir == tmp_path / "arg"  # argument wins


def test_new_folders_are_private(tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path / "new")
    paths.ensure()
    for folder in (paths.data_dir, paths.log_dir, paths.backup_dir):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_database_location_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = AppPaths.resolve(tmp_path)
    assert resolve_location(paths).path == paths.default_database
    monkeypatch.setenv(DATABASE_ENV, str(tmp_path / "env.sqlite3"))
    assert resolve_location(paths).path == tmp_path / "env.sqlite3"
    assert resolve_location(paths, str(tmp_path / "arg.db")).path == tmp_path / "arg.db"


def test_server_urls(tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path)
    plain = resolve_location(paths, "postgresql://me:secret@db.example/planner")
    assert plain.url.drivername == "postgresql+psycopg"
    assert not plain.is_sqlite
    assert "secret" not in plain.display()
    assert resolve_location(paths, f"sqlite:///{tmp_path}/x.db").path == tmp_path / "x.db"
    with pytest.raises(DatabaseError, match="Unsupported database"):
        resolve_location(paths, "mysql://me@host/db")
    with pytest.raises(DatabaseError, match="in-memory"):
        resolve_location(paths, "sqlite://")
