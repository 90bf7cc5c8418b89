"""``crisis-planner journal ...`` as a script would use it."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.cli.test_check import run_cli


@pytest.fixture
def data(tmp_path: Path) -> str:
    return str(tmp_path / "d")


def cli(data: str, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli("--lang", "en", "--data-dir", data, "journal", *args)


def entries(data: str, *args: str) -> list[dict[str, object]]:
    result = cli(data, "search", "--json", *args)
    assert result.returncode == 0, result.stderr
    found: list[dict[str, object]] = json.loads(result.stdout)
    return found


def stored(data: str) -> int:
    """How many entries the journal holds, read in-process (quicker than a command)."""
    from planner.services.journal import count_praise
    from planner.storage.database import Database
    from planner.storage.paths import AppPaths

    db = Database.open(AppPaths.resolve(data))
    try:
        return count_praise(db)
    finally:
        db.close()


def test_add_and_search(data: str) -> None:
    added = cli(
        data,
        "add",
        "--text",
        "Täytekakku oli upea, kiitos!",
        "--who",
        "Liisa",
        "--date",
        "2025-03-01",
        "--tag",
        "kakku",
        "--tag",
        "#juhlat",
        "--stars",
        "5",
        "--url",
        "https://www.facebook.com/leipomo/posts/1",
        "--testimonial",
    )
    assert added.returncode == 0, added.stderr
    praise_id = added.stdout.strip()
    assert praise_id.isdigit()
    other = cli(
        data, "add", "--text", "Nopea toimitus", "--channel", "google", "--date", "1.4.2025"
    )
    assert other.returncode == 0, other.stderr

    [entry] = entries(data, "taytekakku")
    assert entry == {
        "id": int(praise_id),
        "text": "Täytekakku oli upea, kiitos!",
        "who": "Liisa",
        "channel": "facebook",  # from the link
        "date": "2025-03-01",
        "tags": ["juhlat", "kakku"],
        "stars": 5,
        "url": "https://www.facebook.com/leipomo/posts/1",
        "testimonial": True,
        "incident_id": None,
    }
    assert [e["text"] for e in entries(data)] == ["Nopea toimitus", entry["text"]]
    assert [e["text"] for e in entries(data, "--tag", "KAKKU")] == [entry["text"]]
    assert [e["text"] for e in entries(data, "--tag", "#juhlat")] == [entry["text"]]
    assert [e["text"] for e in entries(data, "--channel", "google")] == ["Nopea toimitus"]
    assert [e["text"] for e in entries(data, "--from", "2025-03-15")] == ["Nopea toimitus"]
    assert [e["text"] for e in entries(data, "--to", "2025-03-15")] == [entry["text"]]
    assert entries(data, "ei-loydy") == []
    plain = cli(data, "search", "kiitos")
    assert plain.returncode == 0 and "Liisa: Täytekakku" in plain.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("add", "--text", " "), "Write down the kind words"),
        (("add", "--text", "x", "--stars", "9"), "Stars go from 1 to 5"),
        (("add", "--text", "x", "--stars", "paljon"), "invalid int value"),
        (("add", "--text", "x", "--date", "eilen"), "not a date"),
        (("add", "--text", "x", "--date", "2999-01-01"), "in the future"),
        (("add", "--text", "x", "--url", "facebook"), "not a web address"),
        (("add", "--text", "x", "--url", "https://example.com/" + "a" * 2000), "too long"),
        (("add", "--text", "x", "--channel", "fax"), "invalid choice"),
        (("add", "--who", "x"), "--text"),
        (("search", "--from", "2025-02-01", "--to", "2025-01-01"), "--from is after --to"),
        (("import", "missing.csv"), "Cannot read"),
        (("import", "x.csv", "--map", "nothing"), "is not COLUMN=FIELD"),
        (("export", "--format", "pdf", "--output", "x.pdf"), "invalid choice"),
    ],
)
def test_bad_arguments_change_nothing(data: str, args: tuple[str, ...], message: str) -> None:
    result = cli(data, *args)
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert stored(data) == 0


GOOD = (
    "Nimi;Päivämäärä;Tähdet;Palaute;Lähde\n"
    'Liisa;1.3.2025;5;"Ihana kakku;\nkiitos!";Google\n'
    "Matti;2025-03-02;4;Hyvää palvelua;TripAdvisor\n"
    "Matti;2025-03-02;4;hyvää  palvelua;TripAdvisor\n"
)
BAD = "text;date;stars\nHyvä;2025-03-01;5\nHuono päivä;eilen;\nKiva;2025-03-02;\nLiikaa;;7\n"


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> str:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return str(path)


def test_import_dry_run_then_import_then_again(data: str, tmp_path: Path) -> None:
    path = write(tmp_path, "arviot.csv", GOOD, "cp1252")
    dry = cli(data, "import", path, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "2 rows to import, 1 duplicates, 0 with problems" in dry.stdout
    assert "cp1252" in dry.stdout and "Palaute=text" in dry.stdout
    assert "nothing was imported" in dry.stdout
    assert stored(data) == 0

    done = cli(data, "import", path)
    assert done.returncode == 0, done.stderr
    assert "Imported 2, skipped 1 duplicates and 0 rows with problems." in done.stdout
    found = entries(data)
    assert sorted(str(e["text"]) for e in found) == ["Hyvää palvelua", "Ihana kakku;\nkiitos!"]
    assert {e["channel"] for e in found} == {"google", "tripadvisor"}

    again = cli(data, "import", path)
    assert again.returncode == 0, again.stderr
    assert "Imported 0, skipped 3 duplicates" in again.stdout
    assert stored(data) == 2


def test_bad_rows_are_listed_and_nothing_is_imported(data: str, tmp_path: Path) -> None:
    path = write(tmp_path, "bad.csv", BAD)
    for extra in ((), ("--dry-run",)):
        result = cli(data, "import", path, *extra)
        assert result.returncode == 2
        lines = result.stderr.splitlines()
        assert lines[0].startswith("line 3: ") and "“eilen” is not a date" in lines[0]
        assert lines[1].startswith("line 5: ") and "Stars go from 1 to 5" in lines[1]
        assert "2 row(s) have problems: nothing was imported" in result.stderr
        assert "Traceback" not in result.stderr
        assert stored(data) == 0

    skipped = cli(data, "import", path, "--skip-bad")
    assert skipped.returncode == 0, skipped.stderr
    assert "line 3: " in skipped.stderr
    assert "Imported 2, skipped 0 duplicates and 2 rows with problems." in skipped.stdout
    assert sorted(str(e["text"]) for e in entries(data)) == ["Hyvä", "Kiva"]


def test_import_with_a_mapping(data: str, tmp_path: Path) -> None:
    path = write(tmp_path, "own.csv", "Kuvaus,Henkilö,Otsikko\nSuper!,Aino,Kiitos\n")
    missing = cli(data, "import", path)
    assert missing.returncode == 2
    assert "“Kuvaus”, “Henkilö”, “Otsikko”" in missing.stderr
    bad_field = cli(data, "import", path, "--map", "Kuvaus=body")
    assert bad_field.returncode == 2 and "“body” is not a field" in bad_field.stderr
    done = cli(data, "import", path, "--map", "Kuvaus=text", "--map", "Henkilö=who")
    assert done.returncode == 0, done.stderr
    [entry] = entries(data)
    assert (entry["text"], entry["who"]) == ("Super!", "Aino")


def test_empty_file_fails_clearly(data: str, tmp_path: Path) -> None:
    result = cli(data, "import", write(tmp_path, "empty.csv", ""))
    assert result.returncode == 2
    assert "empty" in result.stderr and "Traceback" not in result.stderr


def test_export_markdown_and_csv_and_import_elsewhere(data: str, tmp_path: Path) -> None:
    path = write(tmp_path, "arviot.csv", GOOD)
    assert cli(data, "import", path).returncode == 0
    markdown = tmp_path / "out" / "kehut.md"
    markdown.parent.mkdir()
    result = cli(data, "export", "--format", "md", "--output", str(markdown))
    assert result.returncode == 0, result.stderr
    assert str(markdown) in result.stdout
    text = markdown.read_text(encoding="utf-8")
    assert text.startswith("# Kind words") and "> Ihana kakku;" in text

    table = tmp_path / "out" / "kehut.csv"
    assert cli(data, "export", "--format", "csv", "--output", str(table)).returncode == 0
    assert table.read_bytes().startswith(b"\xef\xbb\xbftext,who,channel,date")

    elsewhere = str(tmp_path / "other")
    moved = cli(elsewhere, "import", str(table))
    assert moved.returncode == 0, moved.stderr
    strip = [{k: v for k, v in e.items() if k != "id"} for e in entries(data)]
    assert [{k: v for k, v in e.items() if k != "id"} for e in entries(elsewhere)] == strip


def test_export_to_a_missing_folder_fails_clearly(data: str, tmp_path: Path) -> None:
    target = tmp_path / "nope" / "x.md"
    result = cli(data, "export", "--format", "md", "--output", str(target))
    assert result.returncode != 0
    assert "folder does not exist" in result.stderr and "Traceback" not in result.stderr
    assert not target.exists()
