"""``crisis-planner demo`` as a person runs it: the example gets a folder of its own, is
built once and reused, rebuilt on request, and never replaces a folder that is not its own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner.storage.paths import DEMO_DIR_ENV, DEMO_MARKER


def run_demo(
    demo_dir: Path, *args: str, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, DEMO_DIR_ENV: str(demo_dir)}
    return subprocess.run(
        [sys.executable, "-m", "planner", "--lang", "en", "demo", "--no-gui", *args],
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture
def demo_dir(tmp_path: Path) -> Path:
    return tmp_path / "examples"


def test_the_first_run_builds_the_example_and_the_next_reuses_it(demo_dir: Path) -> None:
    built = run_demo(demo_dir, "--language", "fi")

    assert built.returncode == 0, built.stderr
    folder = demo_dir / "demo-fi"
    marker = json.loads((folder / DEMO_MARKER).read_text(encoding="utf-8"))
    assert marker["language"] == "fi"
    assert marker["business"] == "Leipomo Lämmin"
    assert (folder / "planner.sqlite3").stat().st_size > 0
    assert str(folder) in built.stdout
    assert "Complaints: 25" in built.stdout
    assert "Practice drills: 5" in built.stdout
    database_before = (folder / "planner.sqlite3").stat().st_mtime_ns

    again = run_demo(demo_dir, "--language", "fi")

    assert again.returncode == 0, again.stderr
    assert "built earlier" in again.stdout
    assert "Complaints" not in again.stdout
    assert (folder / "planner.sqlite3").stat().st_mtime_ns == database_before
    assert not (demo_dir / "demo-en").exists()  # one folder per language


def test_reset_asks_first_and_rebuilds_with_yes(demo_dir: Path) -> None:
    assert run_demo(demo_dir, "--language", "en").returncode == 0
    folder = demo_dir / "demo-en"
    (folder / "note.txt").write_text("added by hand", encoding="utf-8")

    declined = run_demo(demo_dir, "--language", "en", "--reset", stdin="n\n")
    assert declined.returncode == 1
    assert "Nothing was changed." in declined.stdout
    assert (folder / "note.txt").exists()

    confirmed = run_demo(demo_dir, "--language", "en", "--reset", stdin="y\n")
    assert confirmed.returncode == 0, confirmed.stderr
    assert not (folder / "note.txt").exists()
    (folder / "note.txt").write_text("added by hand", encoding="utf-8")

    rebuilt = run_demo(demo_dir, "--language", "en", "--reset", "--yes")
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "Corner Cafe" in rebuilt.stdout and "Complaints: 25" in rebuilt.stdout
    assert not (folder / "note.txt").exists()
    assert (folder / DEMO_MARKER).is_file()
    assert not [p for p in demo_dir.iterdir() if p.name.startswith(".")]  # no leftovers


@pytest.mark.parametrize("extra", [(), ("--reset", "--yes")])
def test_a_folder_without_the_marker_is_never_touched(
    demo_dir: Path, extra: tuple[str, ...]
) -> None:
    folder = demo_dir / "demo-fi"
    folder.mkdir(parents=True)
    (folder / "planner.sqlite3").write_bytes(b"someone else's data")

    result = run_demo(demo_dir, "--language", "fi", *extra)

    assert result.returncode == 7
    assert "not an example data folder" in result.stderr
    assert "Traceback" not in result.stderr
    assert (folder / "planner.sqlite3").read_bytes() == b"someone else's data"
    assert sorted(p.name for p in folder.iterdir()) == ["planner.sqlite3"]


def test_the_example_never_uses_another_database(demo_dir: Path, tmp_path: Path) -> None:
    other = tmp_path / "owner.sqlite3"

    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "planner",
            "--lang",
            "en",
            "--database",
            str(other),
            "demo",
            "--no-gui",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, DEMO_DIR_ENV: str(demo_dir)},
        timeout=120,
    )

    assert result.returncode == 2
    assert "--database" in result.stderr
    assert not other.exists()
    assert not demo_dir.exists()
