"""The wheel carries what the app needs at run time (resources, migrations, translations)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return next(out.glob("crisis_planner-*.whl"))


def test_wheel_contains_resources_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "planner/resources/translations/planner_fi.qm",
        "planner/resources/icons/crisis-planner.svg",
        "planner/storage/migrations/env.py",
        "planner/storage/migrations/script.py.mako",
        "planner/storage/migrations/versions/0001_initial.py",
    ):
        assert needed in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "crisis-planner = planner.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_installed_wheel_finds_its_resources(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {**os.environ, "PYTHONPATH": str(site)}
    probe = "import planner.storage.resources as r; print(r.resources_dir())"
    found = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=True,
    )
    assert Path(found.stdout.strip()) == site / "planner" / "resources"
    check = subprocess.run(
        [
            sys.executable,
            "-m",
            "planner",
            "--lang",
            "fi",
            "--data-dir",
            str(tmp_path / "data"),
            "check",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert check.returncode == 0, check.stderr
    assert "Kunnossa." in check.stdout  # the packaged Finnish translation was loaded
