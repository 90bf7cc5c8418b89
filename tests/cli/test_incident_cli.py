"""``crisis-planner incident ...`` as a script would use it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_check import run_cli


@pytest.fixture
def data(tmp_path: Path) -> str:
    folder = str(tmp_path / "d")
    made = run_cli(
        "--data-dir",
        folder,
        "plan",
        "init",
        "--language",
        "fi",
        "--business",
        "Leipomo",
        "--owner",
        "Aino",
    )
    assert made.returncode == 0, made.stderr
    return folder


def cli(data: str, *args: str):  # noqa: ANN201
    return run_cli("--lang", "en", "--data-dir", data, "incident", *args)


def test_log_reply_call_and_show(data: str) -> None:
    added = cli(
        data,
        "add",
        "--text",
        "Kakku myöhästyi tunnin!",
        "--url",
        "https://www.facebook.com/leipomo/posts/1",
        "--posted",
        "2026-11-20T10:00:00+02:00",
        "--detected",
        "2026-11-20T10:30:00+02:00",
        "--author",
        "Liisa Virtanen",
    )
    assert added.returncode == 0, added.stderr
    incident_id = added.stdout.strip()
    assert incident_id.isdigit()
    assert (
        cli(
            data,
            "reply",
            incident_id,
            "--text",
            "Hei Liisa, pahoittelen…",
            "--at",
            "2026-11-20T10:45:00+02:00",
        ).returncode
        == 0
    )
    for at in ("2026-11-20T11:00:00+02:00", "2026-11-20T15:00:00+02:00"):
        result = cli(
            data, "contact", incident_id, "--method", "call", "--outcome", "no-answer", "--at", at
        )
        assert result.returncode == 0, result.stderr
    shown = json.loads(cli(data, "show", incident_id, "--json").stdout)
    assert shown["channel"] == "facebook" and shown["status"] == "acknowledged"
    reply = shown["clocks"]["first_reply"]
    assert reply["minutes"] == 45 and reply["target_minutes"] == 60 and reply["target_met"]
    contact = shown["clocks"]["first_contact"]
    assert contact["minutes"] == 60 and contact["target_met"] is True
    assert shown["clocks"]["detection_minutes"] == 30
    assert shown["fallback_proposed"] is True  # two unanswered calls within 48 hours
    listed = json.loads(cli(data, "list", "--json").stdout)
    assert [row["id"] for row in listed] == [int(incident_id)]


def test_blog_draft_exits_non_zero_while_it_names_the_customer(data: str) -> None:
    incident_id = cli(
        data, "add", "--text", "Huonoa palvelua", "--author", "Liisa Virtanen"
    ).stdout.strip()
    draft = cli(data, "blog-draft", incident_id)
    assert draft.returncode == 0 and draft.stdout.startswith("#")
    from planner.services.blog_post import save_blog_draft
    from planner.storage.database import Database
    from planner.storage.paths import AppPaths

    db = Database.open(AppPaths.resolve(data))
    save_blog_draft(db, int(incident_id), "Soitin Virtaselle kahdesti.")
    db.close()
    blocked = cli(data, "blog-draft", incident_id)
    assert blocked.returncode == 1
    assert "Virtaselle" in blocked.stderr
    assert cli(data, "permission", incident_id, "--how", "e-mail").returncode == 0
    assert cli(data, "blog-draft", incident_id).returncode == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("add", "--text", " "), "Paste the text"),
        (("add", "--text", "x", "--url", "facebook"), "not a web address"),
        (("add", "--text", "x", "--posted", "eilen"), "not a date and time"),
        (("add", "--text", "x", "--detected", "2999-01-01T00:00+00:00"), "in the future"),
        (
            (
                "add",
                "--text",
                "x",
                "--posted",
                "2026-11-20T12:00+02:00",
                "--detected",
                "2026-11-20T11:00+02:00",
            ),
            "posted after you saw it",
        ),
        (("status", "999", "resolved"), "no incident 999"),
        (("contact", "1", "--method", "fax", "--outcome", "no-answer"), "invalid choice"),
    ],
)
def test_bad_arguments_change_nothing(data: str, args: tuple[str, ...], message: str) -> None:
    result = cli(data, *args)
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert json.loads(cli(data, "list", "--json").stdout) == []


def test_export_a_case(data: str, tmp_path: Path) -> None:
    incident_id = cli(data, "add", "--text", "Kylmä kahvi").stdout.strip()
    for fmt in ("md", "html", "pdf"):
        target = tmp_path / f"case.{fmt}"
        result = cli(data, "export", incident_id, "--format", fmt, "--output", str(target))
        assert result.returncode == 0, result.stderr
        assert target.stat().st_size > 200
    assert "Kylmä kahvi" in (tmp_path / "case.md").read_text(encoding="utf-8")
