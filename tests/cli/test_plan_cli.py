"""``crisis-planner plan init|export`` as a script would use them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_check import run_cli


@pytest.mark.parametrize(
    ("language", "business", "owner", "heading"),
    [("fi", "Leipomo Lämmin", "Aino", "Kuinka nopeasti"), ("en", "Corner Cafe", "Sam", "How fast")],
)
def test_init_then_export_every_format(
    tmp_path: Path, language: str, business: str, owner: str, heading: str
) -> None:
    data = str(tmp_path / "d")
    made = run_cli(
        "--lang",
        "en",
        "--data-dir",
        data,
        "plan",
        "init",
        "--language",
        language,
        "--business",
        business,
        "--owner",
        owner,
    )
    assert made.returncode == 0, made.stderr
    for fmt in ("md", "html", "pdf"):
        target = tmp_path / f"plan.{fmt}"
        exported = run_cli(
            "--data-dir", data, "plan", "export", "--format", fmt, "--output", str(target)
        )
        assert exported.returncode == 0, exported.stderr
        assert target.stat().st_size > 1000
    assert heading in (tmp_path / "plan.md").read_text(encoding="utf-8")
    assert (tmp_path / "plan.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF-")


def test_init_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    data = str(tmp_path / "d")
    base = ("--lang", "en", "--data-dir", data, "plan", "init", "--business", "Kahvila")
    assert run_cli(*base, "--language", "fi", "--owner", "Aino").returncode == 0
    again = run_cli(*base, "--language", "en", "--owner", "Sam")
    assert again.returncode != 0
    assert "--force" in again.stderr and "Traceback" not in again.stderr
    forced = run_cli(*base, "--language", "en", "--owner", "Sam", "--force")
    assert forced.returncode == 0, forced.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("plan", "init", "--language", "fi", "--business", " ", "--owner", "Aino"),
            "name of the business",
        ),
        (
            (
                "plan",
                "init",
                "--language",
                "fi",
                "--business",
                "X",
                "--owner",
                "A",
                "--reply-languages",
                "fi,sv",
            ),
            "Unknown reply language",
        ),
        (("plan", "export", "--format", "md", "--output", "plan.md"), "no plan to export"),
    ],
)
def test_bad_input_gets_a_clear_message(
    tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    result = run_cli(
        "--lang",
        "en",
        "--data-dir",
        str(tmp_path / "d"),
        *[a if a != "plan.md" else str(tmp_path / a) for a in args],
    )
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_export_into_a_missing_folder_fails_cleanly(tmp_path: Path) -> None:
    data = str(tmp_path / "d")
    run_cli(
        "--data-dir",
        data,
        "plan",
        "init",
        "--language",
        "en",
        "--business",
        "Cafe",
        "--owner",
        "Sam",
    )
    result = run_cli(
        "--lang",
        "en",
        "--data-dir",
        data,
        "plan",
        "export",
        "--format",
        "pdf",
        "--output",
        str(tmp_path / "nowhere" / "plan.pdf"),
    )
    assert result.returncode != 0
    assert "Cannot write" in result.stderr
