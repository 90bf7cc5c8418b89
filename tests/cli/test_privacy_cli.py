"""``crisis-planner privacy ...`` as a script would use it: export, erase (only with --yes)
and the retention rule, with their exit codes."""

from __future__ import annotations

import json
import os
import stat
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from planner.core.enums import IncidentStatus
from planner.services.incidents import (
    IncidentInput,
    add_note,
    change_status,
    get_incident,
    log_incident,
)
from planner.services.journal import PraiseInput, add_praise
from planner.services.privacy import find_customer
from planner.storage.database import Database
from planner.storage.paths import AppPaths
from tests.cli.test_check import run_cli

LIISA = "Liisa Virtanen"
LIISA_MAIL = "liisa@example.com"
LONG_AGO = datetime(2019, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def data(tmp_path: Path) -> str:
    return str(tmp_path / "d")


def cli(data: str, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli("--lang", "en", "--data-dir", data, "privacy", *args)


@contextmanager
def _open(data: str) -> Iterator[Database]:
    db = Database.open(AppPaths.resolve(data))
    try:
        yield db
    finally:
        db.close()


@pytest.fixture
def ids(data: str) -> dict[str, int]:
    """Liisa's incident (closed long ago) and praise, and Matti's open incident."""
    with _open(data) as db:
        liisa = log_incident(
            db,
            IncidentInput(
                text="Kakku oli pilalla! – Liisa Virtanen",
                customer_name=LIISA,
                customer_email=LIISA_MAIL,
                detected_at=LONG_AGO,
            ),
        ).value
        add_note(db, liisa, "Soitin Virtaselle.", at=LONG_AGO + timedelta(hours=1))
        change_status(db, liisa, IncidentStatus.RESOLVED, at=LONG_AGO + timedelta(days=1))
        praise = add_praise(
            db, PraiseInput(text="Kiitos hienosta palvelusta!", who=LIISA, received_on=date.today())
        ).value
        matti = log_incident(
            db, IncidentInput(text="Leipä oli kuivaa. t. Matti", customer_name="Matti Meikäläinen")
        ).value
        return {"liisa": liisa, "praise": praise, "matti": matti}


def _stored(data: str, who: str) -> bool:
    with _open(data) as db:
        return not find_customer(db, who).is_empty


def test_export_prints_everything_as_json(data: str, ids: dict[str, int]) -> None:
    result = cli(data, "export", "--customer", LIISA_MAIL.upper())
    assert result.returncode == 0, result.stderr
    exported = json.loads(result.stdout)
    assert exported["customer"] == LIISA_MAIL.upper()
    [incident] = exported["incidents"]
    assert incident["id"] == ids["liisa"]
    assert incident["customer_name"] == LIISA
    assert "Soitin Virtaselle." in [e["text"] for e in incident["timeline"]]
    assert datetime.fromisoformat(incident["resolved_at"]) == LONG_AGO + timedelta(days=1)
    assert exported["praise"] == []  # stored under the name only
    assert exported["also_known_as"] == [LIISA]


def test_export_to_a_private_file(data: str, ids: dict[str, int], tmp_path: Path) -> None:
    target = tmp_path / "liisa.json"
    result = cli(data, "export", "--customer", LIISA, "--output", str(target))
    assert result.returncode == 0, result.stderr
    assert str(target) in result.stdout
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert [p["id"] for p in exported["praise"]] == [ids["praise"]]
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_export_of_an_unknown_customer_is_empty(data: str, ids: dict[str, int]) -> None:
    result = cli(data, "export", "--customer", "nobody@example.org")
    assert result.returncode == 0, result.stderr
    exported = json.loads(result.stdout)
    assert exported["incidents"] == exported["praise"] == exported["review_requests"] == []
    assert "Nothing is stored about “nobody@example.org”." in result.stderr


def test_erase_without_yes_only_shows_what_would_go(data: str, ids: dict[str, int]) -> None:
    result = cli(data, "erase", "--customer", LIISA)
    assert result.returncode == 1
    assert f"incident {ids['liisa']}" in result.stdout
    assert "1 praise entr" in result.stdout
    assert LIISA_MAIL in result.stdout  # also stored under the address
    assert "Nothing was changed. Run again with --yes to erase." in result.stdout
    assert _stored(data, LIISA)


def test_erase_with_yes(data: str, ids: dict[str, int]) -> None:
    backup = Path(data) / "backups" / "planner-20190301-120000.sqlite3"
    backup.write_bytes(b"an old copy")
    result = cli(data, "erase", "--customer", LIISA, "--yes")
    assert result.returncode == 0, result.stderr
    assert "These backups may still contain the erased data" in result.stderr
    assert str(backup) in result.stderr
    assert "1 incident(s) anonymised" in result.stdout
    assert "1 praise entr(y/ies)" in result.stdout
    assert "Warning" not in result.stderr
    assert not _stored(data, LIISA) and not _stored(data, LIISA_MAIL)
    assert _stored(data, "Matti Meikäläinen")
    with _open(data) as db:
        view = get_incident(db, ids["liisa"])
        assert view.original_text == "[removed at the customer's request]"
        assert "Soitin [name removed]." in [e.text for e in view.timeline]
    again = cli(data, "erase", "--customer", LIISA, "--yes")
    assert again.returncode == 5  # nothing is stored any more
    assert "Nothing is stored about “Liisa Virtanen”." in again.stderr


def test_erase_exit_codes(data: str, ids: dict[str, int]) -> None:
    assert cli(data, "erase", "--customer", "Virtanen").returncode == 5  # exact names only
    empty = cli(data, "erase", "--customer", "  ", "--yes")
    assert empty.returncode == 2
    assert "Traceback" not in empty.stderr
    assert cli(data, "erase").returncode == 2  # --customer is required (argparse)
    assert _stored(data, LIISA)


def test_retention_dry_run_and_run(data: str, ids: dict[str, int]) -> None:
    dry = cli(data, "retention", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "1 incident(s) closed before" in dry.stdout
    assert f": {ids['liisa']}." in dry.stdout
    assert "Nothing was changed." in dry.stdout
    assert _stored(data, LIISA_MAIL)

    run = cli(data, "retention", "--months", "36")
    assert run.returncode == 0, run.stderr
    assert "Anonymised 1 incident(s) closed before" in run.stdout
    assert not _stored(data, LIISA_MAIL)
    assert _stored(data, LIISA)  # the praise journal is not part of the retention rule
    assert _stored(data, "Matti Meikäläinen")  # still open

    again = cli(data, "retention")
    assert again.returncode == 0, again.stderr
    assert "Nothing to anonymise" in again.stdout
    assert "1 already anonymised." in again.stdout


def test_retention_refuses_a_bad_period(data: str, ids: dict[str, int]) -> None:
    result = cli(data, "retention", "--months", "0")
    assert result.returncode == 2
    assert "1 to 1,200 months" in result.stderr
    assert _stored(data, LIISA_MAIL)
