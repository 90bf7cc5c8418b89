"""``crisis-planner export FILE`` and ``crisis-planner import FILE [--replace]`` as a
script would run them: files, messages and exit codes."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from planner.services.interchange import export_document, validate_document
from planner.storage.database import Database
from planner.storage.paths import AppPaths
from tests.cli.test_check import run_cli
from tests.services.test_interchange import build_rich_dataset, row_counts


def cli(data: Path, *args: str, database: str | None = None) -> subprocess.CompletedProcess[str]:
    where = ("--database", database) if database else ()
    return run_cli("--lang", "en", "--data-dir", str(data), *where, *args)


def _data_of(data: Path, database: str | None = None) -> dict[str, Any]:
    db = Database.open(AppPaths.resolve(data), database)
    try:
        document: dict[str, Any] = export_document(db)["data"]
        return document
    finally:
        db.close()


def _counts_of(data: Path) -> dict[str, int]:
    db = Database.open(AppPaths.resolve(data))
    try:
        return row_counts(db)
    finally:
        db.close()


def test_export_then_import_elsewhere_then_replace(
    db: Database, database_arg: str, tmp_path: Path
) -> None:
    build_rich_dataset(db)
    original = export_document(db)["data"]
    data = tmp_path / "data"
    target = tmp_path / "out" / "all.json"
    target.parent.mkdir()

    exported = cli(data, "export", str(target), database=database_arg)
    assert exported.returncode == 0, exported.stderr
    assert str(target) in exported.stdout
    raw = target.read_bytes()
    assert raw.endswith(b"}\n") and "Äkäinen".encode() in raw  # UTF-8, not \u escapes
    document = json.loads(raw)
    assert validate_document(document) == []
    assert document["data"] == original
    assert not [p for p in target.parent.iterdir() if p.name != "all.json"]  # no temp left

    other = tmp_path / "other"
    imported = cli(other, "import", str(target))
    assert imported.returncode == 0, imported.stderr
    total = sum(len(rows) for rows in original.values())
    assert f"Imported {total} rows from {target}." in imported.stdout
    assert "  incident: 2" in imported.stdout
    assert _data_of(other) == original

    again = cli(other, "import", str(target))
    assert again.returncode == 7
    assert "--replace" in again.stderr and again.stdout == ""
    assert _data_of(other) == original

    # Replace the first database's data with the other's, through its own backend.
    log_more = cli(data, "incident", "add", "--text", "Lisää.", database=database_arg)
    assert log_more.returncode == 0, log_more.stderr
    replaced = cli(data, "import", "--replace", str(target), database=database_arg)
    assert replaced.returncode == 0, replaced.stderr
    assert f"Deleted the {total + 2} rows that were there." in replaced.stdout
    assert _data_of(data, database_arg) == original


def _write(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_an_invalid_document_lists_every_problem_and_changes_nothing(tmp_path: Path) -> None:
    source = tmp_path / "source"
    db = Database.open(AppPaths.resolve(source))
    try:
        build_rich_dataset(db)
        document = export_document(db)
    finally:
        db.close()
    document["data"]["incident"][0]["severity"] = "catastrophic"
    document["data"]["timeline_event"][0]["incident_id"] = 4242
    del document["data"]["praise_entry"][0]["who"]
    bad = _write(tmp_path / "bad.json", document)

    target = tmp_path / "target"
    cli(target, "incident", "add", "--text", "Jo täällä.")
    before = _counts_of(target)
    result = cli(target, "import", "--replace", str(bad))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[:3] == [
        "$.data.incident[0].severity: Unknown value “catastrophic”; use one of: high, medium, low.",
        "$.data.praise_entry[0].who: This key is missing.",
        "$.data.timeline_event[0].incident_id: There is no incident with id 4242 in the document.",
    ]
    assert lines[-1] == "Nothing was imported; the database is unchanged."
    assert _counts_of(target) == before


def test_unreadable_files_exit_2(tmp_path: Path) -> None:
    data = tmp_path / "data"
    latin1 = tmp_path / "latin1.json"
    latin1.write_bytes('{"format": "crisis-planner", "x": "Äkäinen"}'.encode("latin-1"))
    result = cli(data, "import", str(latin1))
    assert result.returncode == 2
    assert result.stderr.startswith("$: The file is not UTF-8 text (invalid byte at position 35)")

    broken = tmp_path / "broken.json"
    broken.write_text('{"format": ', encoding="utf-8")
    result = cli(data, "import", str(broken))
    assert result.returncode == 2 and "$: This is not valid JSON" in result.stderr

    result = cli(data, "import", str(tmp_path / "missing.json"))
    assert result.returncode == 2 and "Cannot read" in result.stderr

    result = cli(data, "import", str(_write(tmp_path / "list.json", [1, 2])))
    assert result.returncode == 2
    assert result.stderr.splitlines()[0] == (
        "$: Expected an object with format, version and data, found a list."
    )
    # Nothing was made either: a refused file never even opens the database.
    assert not (data / "planner.sqlite3").exists()


def test_export_to_a_missing_folder_fails_cleanly(tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "all.json"
    result = cli(tmp_path / "data", "export", str(target))
    assert result.returncode == 6
    assert "the folder does not exist" in result.stderr
    assert not target.parent.exists()


def test_export_replaces_an_old_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "all.json"
    target.write_text("old", encoding="utf-8")
    result = cli(tmp_path / "data", "export", str(target))
    assert result.returncode == 0, result.stderr
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format"] == "crisis-planner" and document["version"] == 1
    assert all(rows == [] for rows in document["data"].values())
