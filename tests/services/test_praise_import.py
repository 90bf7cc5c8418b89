"""Importing praise from CSV files and exporting it again, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import time
from datetime import date
from pathlib import Path

import pytest

from planner.core.enums import Channel
from planner.core.errors import ValidationError
from planner.export.files import ExportError
from planner.services.changes import Area
from planner.services.journal import (
    PraiseInput,
    PraiseQuery,
    add_praise,
    count_praise,
    search_praise,
)
from planner.services.praise_import import (
    FIELDS,
    import_praise,
    parse_channel,
    parse_date,
    parse_stars,
    praise_markdown,
    read_csv,
    write_praise_csv,
)
from planner.storage.database import Database

TODAY = date(2026, 6, 15)


def write(tmp_path: Path, content: str | bytes, name: str = "praise.csv") -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_bytes(content.encode("utf-8"))
    else:
        path.write_bytes(content)
    return path


# -- encodings and delimiters --------------------------------------------------------------
def test_utf8_without_bom(tmp_path: Path) -> None:
    path = write(tmp_path, "text,who,date\nIhana kakku!,Liisa Järvinen,2025-03-01\n")
    preview = read_csv(path, today=TODAY)
    assert preview.encoding == "utf-8"
    assert preview.delimiter == ","
    assert preview.errors == [] and preview.duplicates == []
    [(line, data)] = preview.rows
    assert line == 2
    assert data == PraiseInput(
        text="Ihana kakku!", who="Liisa Järvinen", received_on=date(2025, 3, 1)
    )


def test_utf8_with_bom_is_noted_and_the_bom_is_not_part_of_the_header(tmp_path: Path) -> None:
    path = write(tmp_path, b"\xef\xbb\xbfReview;Name\r\nKiitos \xe2\x82\xac;\xc3\x85sa\r\n")
    preview = read_csv(path, today=TODAY)
    assert preview.encoding == "utf-8-sig"
    assert preview.columns == ["Review", "Name"]
    assert preview.mapping == {"Review": "text", "Name": "who"}
    assert [(data.text, data.who) for _, data in preview.rows] == [("Kiitos €", "Åsa")]


def test_cp1252_when_utf8_fails(tmp_path: Path) -> None:
    content = "palaute;nimi\nKiitos, 5 € hyvin käytetty – ihana!;Järvinen\n"
    path = write(tmp_path, content.encode("cp1252"))
    preview = read_csv(path, today=TODAY)
    assert preview.encoding == "cp1252"
    assert preview.rows[0][1].text == "Kiitos, 5 € hyvin käytetty – ihana!"
    assert preview.rows[0][1].who == "Järvinen"


def test_latin1_when_cp1252_fails_too(tmp_path: Path) -> None:
    # 0x81 is undefined in Windows-1252.
    path = write(tmp_path, b"text\nHyv\xe4\x81\n")
    preview = read_csv(path, today=TODAY)
    assert preview.encoding == "latin-1"
    assert preview.rows[0][1].text == "Hyvä\x81"


def test_a_utf8_character_split_across_read_chunks_is_still_utf8(tmp_path: Path) -> None:
    # Make "ä" straddle the 1 MiB chunk boundary of the encoding check.
    head = "text\n" + "a" * 99 + "\n"
    lines = "".join("b" * 99 + "\n" for _ in range(((1 << 20) - len(head)) // 100))
    filler = "c" * ((1 << 20) - len(head) - len(lines) - 1)
    content = head + lines + filler + "ä\n"
    assert content.encode("utf-8")[(1 << 20) - 1 : (1 << 20) + 1] == "ä".encode()
    path = write(tmp_path, content)
    preview = read_csv(path, today=TODAY)
    assert preview.encoding == "utf-8"


def test_utf16_with_bom_as_excel_saves_unicode_text(tmp_path: Path) -> None:
    path = write(tmp_path, "Review\tName\r\nKiitos!\tÅsa\r\n".encode("utf-16"))
    preview = read_csv(path, today=TODAY)
    assert (preview.encoding, preview.delimiter) == ("utf-16", "\t")
    assert [(d.text, d.who) for _, d in preview.rows] == [("Kiitos!", "Åsa")]


@pytest.mark.parametrize(("delimiter", "name"), [(";", "semicolon"), ("\t", "tab"), (",", "comma")])
def test_delimiter_is_sniffed_from_the_header(tmp_path: Path, delimiter: str, name: str) -> None:
    rows = [["Palaute", "Nimi", "Tähdet"], ["Hyvä, nopea; ja ystävällinen", "Aino", "5"]]
    path = tmp_path / f"{name}.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out, delimiter=delimiter).writerows(rows)
    preview = read_csv(path, today=TODAY)
    assert preview.delimiter == delimiter
    [(_, data)] = preview.rows
    assert (data.text, data.who, data.stars) == ("Hyvä, nopea; ja ystävällinen", "Aino", 5)


# -- columns -------------------------------------------------------------------------------
def test_finnish_headers_are_recognised(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Kirjoittaja;Päivämäärä;Tähdet;Kommentti;Tunnisteet;Kanava;Linkki\n"
        "Matti;1.3.2025;4;Hyvää palvelua;kakku, #juhlat; kakku;Google;"
        "https://g.page/leipomo/review\n",
    )
    preview = read_csv(path, today=TODAY)
    assert preview.mapping == {
        "Kirjoittaja": "who",
        "Päivämäärä": "date",
        "Tähdet": "stars",
        "Kommentti": "text",
        "Tunnisteet": "tags",
        "Kanava": "channel",
        "Linkki": "url",
    }
    # The row has an unquoted ";" inside the tags: that is one value too many.
    assert {line for line, _ in preview.errors} == {2}
    assert any("8 values" in reason for _, reason in preview.errors)


def test_finnish_headers_with_other_spellings(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "pvm;nimi;teksti;tunnisteet;lähde\n"
        '12.11.2025;Liisa;Kiitos!;"kakku; juhlat, Kakku";facebook\n',
    )
    preview = read_csv(path, today=TODAY)
    assert preview.mapping == {
        "pvm": "date",
        "nimi": "who",
        "teksti": "text",
        "tunnisteet": "tags",
        "lähde": "channel",
    }
    [(_, data)] = preview.rows
    assert data.received_on == date(2025, 11, 12)
    assert data.tags == ("kakku", "juhlat")
    assert data.channel == Channel.FACEBOOK


def test_explicit_mapping_wins_and_the_rest_is_guessed(tmp_path: Path) -> None:
    path = write(tmp_path, "Kuvaus,Henkilö,Nimi,Date\nSuper!,Aino,ignored,2025-01-02\n")
    preview = read_csv(path, {"Kuvaus": "text", "Henkilö": "who"}, today=TODAY)
    assert preview.mapping == {"Kuvaus": "text", "Henkilö": "who", "Date": "date"}
    [(_, data)] = preview.rows
    assert (data.text, data.who, data.received_on) == ("Super!", "Aino", date(2025, 1, 2))


def test_mapping_may_rename_a_guessed_column(tmp_path: Path) -> None:
    path = write(tmp_path, "comment,title\nshort,The long text\n")
    preview = read_csv(path, {"title": "text"}, today=TODAY)
    assert preview.rows[0][1].text == "The long text"


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        ({"Kuvaus": "body"}, "“body” is not a field"),
        ({"Nope": "text"}, "no column “Nope”"),
        ({"Kuvaus": "text", "Henkilö": "text"}, "Both “Kuvaus” and “Henkilö”"),
    ],
)
def test_bad_mapping_is_refused(tmp_path: Path, mapping: dict[str, str], message: str) -> None:
    path = write(tmp_path, "Kuvaus,Henkilö\nSuper!,Aino\n")
    with pytest.raises(ValidationError, match=message):
        read_csv(path, mapping, today=TODAY)


def test_missing_text_column_names_the_columns_found(tmp_path: Path) -> None:
    path = write(tmp_path, "Name;Date;Rating\nAino;2025-01-01;5\n")
    with pytest.raises(ValidationError) as caught:
        read_csv(path, today=TODAY)
    message = caught.value.message
    assert "text" in message
    assert "“Name”, “Date”, “Rating”" in message


@pytest.mark.parametrize("content", ["", "\n\n  \n", "\ufeff"])
def test_empty_file_is_refused(tmp_path: Path, content: str) -> None:
    with pytest.raises(ValidationError, match="empty"):
        read_csv(write(tmp_path, content), today=TODAY)


def test_header_only_is_an_empty_preview(tmp_path: Path) -> None:
    preview = read_csv(write(tmp_path, "text,who\n"), today=TODAY)
    assert preview.rows == [] and preview.errors == []


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="Cannot read"):
        read_csv(tmp_path / "nope.csv")


def test_unclosed_quote_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, 'text,who\nHyvä,Aino\n"Alkaa mutta ei lopu,Matti\nlisää\n')
    with pytest.raises(ValidationError, match="near line 3"):
        read_csv(path, today=TODAY)


# -- values --------------------------------------------------------------------------------
def test_bad_values_are_errors_with_their_line_numbers(tmp_path: Path) -> None:
    content = (
        "text;date;stars;url;testimonial\n"  # line 1
        "Hyvä;2025-03-01;5;;yes\n"  # 2
        '"Monta\nriviä";eilen;;;\n'  # 3-4: a bad date
        "Kiva;31.2.2025;;;\n"  # 5: no such day
        "Jee;2999-01-01;;;\n"  # 6: in the future
        "Ok;;6;;\n"  # 7: stars out of range
        "Ok;;hyvä;;\n"  # 8: stars not a number
        "Ok;;;facebook;\n"  # 9: not a web address
        ";2025-01-01;;;\n"  # 10: no text
        "Ok;;;;maybe\n"  # 11: neither yes nor no
        f"{'x' * 10_001};;;;\n"  # 12: too long
        "\n"  # 13: blank, skipped
        "Viimeinen;2025-03-01T23:30:00;4/5;https://example.com/r/1;kyllä\n"  # 14
    )
    preview = read_csv(write(tmp_path, content), today=TODAY)
    reasons = dict(preview.errors)
    assert sorted(reasons) == [3, 5, 6, 7, 8, 9, 10, 11, 12]
    assert "“eilen” is not a date" in reasons[3] and "“date”" in reasons[3]
    assert "“31.2.2025” is not a date" in reasons[5]
    assert "future" in reasons[6]
    assert "1 to 5" in reasons[7]
    assert "“hyvä” is not a number of stars" in reasons[8]
    assert "web address" in reasons[9]
    assert "no text" in reasons[10]
    assert "neither yes nor no" in reasons[11]
    assert "too long" in reasons[12]
    assert [line for line, _ in preview.rows] == [2, 14]
    last = preview.rows[1][1]
    assert last.received_on == date(2025, 3, 1)
    assert last.stars == 4 and last.testimonial_ok and last.channel == Channel.WEB


def test_a_link_longer_than_the_database_takes_is_a_row_error(db: Database, tmp_path: Path) -> None:
    # The journal's own checks let it through; PostgreSQL would then refuse the whole import.
    long_url = "https://example.com/" + "a" * 2000
    path = write(tmp_path, f"text;url\nOk;https://example.com/1\nPitkä;{long_url}\n")
    preview = read_csv(path, db=db, today=TODAY)
    assert preview.bad_lines == [3]
    assert "too long" in preview.errors[0][1] and "“url”" in preview.errors[0][1]
    assert import_praise(db, preview, skip_bad=True, today=TODAY).value.imported == 1


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-01", date(2025, 3, 1)),
        ("1.3.2025", date(2025, 3, 1)),
        ("01.03.2025", date(2025, 3, 1)),
        ("1.3.2025 klo 14.05", date(2025, 3, 1)),
        ("2025-03-01T12:00:00", date(2025, 3, 1)),
        ("2025-03-01 12:00", date(2025, 3, 1)),
    ],
)
def test_date_formats(value: str, expected: date) -> None:
    assert parse_date(value) == expected


def test_date_with_offset_counts_in_local_time() -> None:
    from datetime import datetime

    moment = "2025-03-01T12:00:00+00:00"
    assert parse_date(moment) == datetime.fromisoformat(moment).astimezone().date()
    assert parse_date("2025-03-01T12:00:00Z") == parse_date(moment)


@pytest.mark.parametrize("value", ["eilen", "2025-13-01", "32.1.2025", "1/3/2025", "1.3.25"])
def test_bad_dates(value: str) -> None:
    with pytest.raises(ValueError):
        parse_date(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Google", Channel.GOOGLE),
        ("GOOGLE REVIEWS", Channel.GOOGLE),
        ("Google Maps review", Channel.GOOGLE),
        ("facebook", Channel.FACEBOOK),
        ("Facebook.com", Channel.FACEBOOK),
        ("TripAdvisor", Channel.TRIPADVISOR),
        ("Trip Advisor", Channel.TRIPADVISOR),
        ("Instagram", Channel.INSTAGRAM),
        ("Twitter", Channel.X),
        ("X (Twitter)", Channel.X),
        ("E-mail", Channel.EMAIL),
        ("sähköposti", Channel.EMAIL),
        ("Suomi24", Channel.FORUM),
        ("web", Channel.WEB),
        ("Yelp", Channel.OTHER),
        ("muu", Channel.OTHER),
    ],
)
def test_channel_names(value: str, expected: Channel) -> None:
    assert parse_channel(value) == expected


def test_channel_from_the_link_when_no_channel_column(tmp_path: Path) -> None:
    path = write(tmp_path, "text,url\nKiitos,https://www.facebook.com/leipomo/posts/1\n")
    assert read_csv(path, today=TODAY).rows[0][1].channel == Channel.FACEBOOK


@pytest.mark.parametrize(
    ("value", "expected"), [("5", 5), ("4.0", 4), ("3,0", 3), ("4/5", 4), ("★★★☆☆", 3)]
)
def test_star_formats(value: str, expected: int) -> None:
    assert parse_stars(value) == expected


# -- duplicates and importing --------------------------------------------------------------
def test_duplicates_in_the_file_and_in_the_database(db: Database, tmp_path: Path) -> None:
    add_praise(
        db, PraiseInput("Paras  kakku!", who="Aino", received_on=date(2025, 3, 1)), today=TODAY
    )
    path = write(
        tmp_path,
        "text;who;date\n"
        "paras kakku!;aino;1.3.2025\n"  # 2: the same as in the database (folded)
        "Uusi kehu;Matti;2025-03-02\n"  # 3
        "UUSI KEHU;Matti;2025-03-02\n"  # 4: the same as line 3
        "Uusi kehu;Matti;2025-03-03\n"  # 5: another day: not a duplicate
        "Uusi kehu;Liisa;2025-03-02\n",  # 6: another person: not a duplicate
    )
    preview = read_csv(path, db=db, today=TODAY)
    assert preview.duplicates == [2, 4]
    assert preview.new_rows == 3
    without_db = read_csv(path, today=TODAY)
    assert without_db.duplicates == [4]
    outcome = import_praise(db, without_db, today=TODAY)  # checks the database again
    assert outcome.changes.touches(Area.JOURNAL)
    result = outcome.value
    assert (result.imported, result.skipped_duplicates, result.skipped_bad) == (3, 2, 0)
    assert len(result.ids) == 3
    assert count_praise(db) == 4
    again = import_praise(db, preview, today=TODAY)
    assert (again.value.imported, again.value.skipped_duplicates) == (0, 5)
    assert not again.changes
    assert count_praise(db) == 4


def test_rows_without_a_date_are_dated_today(db: Database, tmp_path: Path) -> None:
    add_praise(db, PraiseInput("Kiitos"), today=TODAY)
    path = write(tmp_path, "text\nKiitos\nKiitos paljon\n")
    preview = read_csv(path, db=db, today=TODAY)
    assert preview.duplicates == [2]
    result = import_praise(db, preview, today=TODAY).value
    assert result.imported == 1
    [entry] = search_praise(db, PraiseQuery(text="paljon"))
    assert entry.received_on == TODAY


def test_import_keeps_every_field(db: Database, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Arvio;Nimi;Lähde;Pvm;Tunnisteet;Tähdet;Linkki;Lupa\n"
        "Täytekakku oli upea;Liisa;Google;1.3.2025;kakku, #juhlat;5;"
        "https://g.page/r/abc;kyllä\n",
    )
    preview = read_csv(path, {"Lupa": "testimonial"}, today=TODAY)
    import_praise(db, preview, today=TODAY)
    [entry] = search_praise(db, PraiseQuery(text="taytekakku"))
    assert (entry.text, entry.who, entry.channel, entry.received_on) == (
        "Täytekakku oli upea",
        "Liisa",
        Channel.GOOGLE,
        date(2025, 3, 1),
    )
    assert entry.tags == ("juhlat", "kakku")
    assert (entry.stars, entry.url, entry.testimonial_ok) == (5, "https://g.page/r/abc", True)


BAD_FILE = "text;date\nHyvä;2025-03-01\nHuono päivä;eilen\nKiva;2025-03-02\nTuleva;2999-01-01\n"


def test_nothing_is_imported_when_any_row_is_bad(db: Database, tmp_path: Path) -> None:
    preview = read_csv(write(tmp_path, BAD_FILE), db=db, today=TODAY)
    assert preview.bad_lines == [3, 5]
    with pytest.raises(ValidationError, match="2 row"):
        import_praise(db, preview, today=TODAY)
    assert count_praise(db) == 0


def test_skip_bad_imports_the_good_rows(db: Database, tmp_path: Path) -> None:
    preview = read_csv(write(tmp_path, BAD_FILE), db=db, today=TODAY)
    outcome = import_praise(db, preview, skip_bad=True, today=TODAY)
    result = outcome.value
    assert (result.imported, result.skipped_duplicates, result.skipped_bad) == (2, 0, 2)
    assert sorted(e.text for e in search_praise(db)) == ["Hyvä", "Kiva"]


def test_one_transaction_a_failure_leaves_nothing(db: Database, tmp_path: Path) -> None:
    # A row that passed the preview but is invalid by the time of the import (a preview
    # made "tomorrow") is refused before anything is written.
    path = write(tmp_path, "text;date\nA;2026-06-15\nB;2026-06-16\n")
    preview = read_csv(path, today=date(2026, 6, 16))
    assert preview.errors == []
    with pytest.raises(ValidationError, match="Line 3"):
        import_praise(db, preview, today=TODAY)
    assert count_praise(db) == 0


def test_a_50_mb_file_previews_in_bounded_time(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    body = "Kiitos hyvästä palvelusta, kakku oli täydellinen ja toimitus ajallaan. " * 25
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(["Palaute", "Nimi", "Päivämäärä", "Tähdet", "Lähde"])
        size, number = 0, 0
        while size < 50 * 1024 * 1024:
            number += 1
            text = f"{number}: {body}"
            day = f"{number % 28 + 1}.{number % 12 + 1}.2025"
            writer.writerow([text, f"Asiakas {number % 500}", day, number % 5 + 1, "Google"])
            size += len(text) + 40
    assert path.stat().st_size >= 50 * 1024 * 1024
    started = time.perf_counter()
    preview = read_csv(path, today=TODAY)
    elapsed = time.perf_counter() - started
    assert preview.errors == []
    assert len(preview.rows) == number
    assert preview.duplicates == []
    assert preview.rows[-1][0] == number + 1
    assert elapsed < 30, elapsed


# -- exporting -----------------------------------------------------------------------------
TRICKY = [
    PraiseInput(
        "Paras *leipomo*!\n# Ei otsikko\n<script>alert(1)</script> & kiitos",
        who="Liisa [Järvinen]",
        channel=Channel.GOOGLE,
        received_on=date(2025, 3, 1),
        tags=("kakku", "juhlat"),
        stars=5,
        url="https://g.page/r/abc",
        testimonial_ok=True,
    ),
    PraiseInput(
        '=HYPERLINK("http://evil.example")',
        who="-Matti",
        channel=Channel.OTHER,
        received_on=date(2025, 3, 2),
    ),
    PraiseInput(
        'Sanoi "kiitos"; ja lähti, tyytyväisenä',
        channel=Channel.EMAIL,
        stars=3,
        received_on=date(2024, 12, 31),
    ),
]


def test_csv_export_round_trip(db: Database, tmp_path: Path) -> None:
    for data in TRICKY:
        add_praise(db, data, today=TODAY)
    entries = search_praise(db)
    target = tmp_path / "out.csv"
    write_praise_csv(entries, target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == FIELDS
    assert all(not cell.startswith(("=", "-")) for row in rows[1:] for cell in row)
    preview = read_csv(target, db=db, today=TODAY)
    assert preview.errors == []
    assert preview.mapping == dict(zip(FIELDS, FIELDS, strict=True))
    # All already in the journal; the first entry spans lines 3-5.
    assert preview.duplicates == [2, 3, 6]
    back = {data.text: data for _, data in preview.rows}
    for entry in entries:
        data = back[entry.text]
        assert data.who == entry.who and data.channel == entry.channel
        assert data.received_on == entry.received_on and data.stars == entry.stars
        assert sorted(data.tags) == sorted(entry.tags) and data.url == entry.url
        assert data.testimonial_ok == entry.testimonial_ok


def test_csv_export_imports_into_an_empty_journal(db: Database, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    write_praise_csv(TRICKY, target)
    result = import_praise(db, read_csv(target, db=db, today=TODAY), today=TODAY).value
    assert result.imported == 3
    texts = sorted(e.text for e in search_praise(db))
    assert texts == sorted(d.text for d in TRICKY)


def test_markdown_export_escapes_the_texts(db: Database) -> None:
    for data in TRICKY:
        add_praise(db, data, today=TODAY)
    text = praise_markdown(search_praise(db))
    assert text.startswith("# Kind words\n")
    assert "## 2025-03-01 · Liisa \\[Järvinen\\] · Google reviews · ★★★★★" in text
    assert "> Paras \\*leipomo\\*!" in text
    assert "> \\# Ei otsikko" in text
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert "<https://g.page/r/abc>" in text
    assert "May be quoted publicly." in text
    assert text.index("2025-03-02") < text.index("2025-03-01") < text.index("2024-12-31")
    from planner.export.html import markdown_to_html

    html = markdown_to_html(text)
    assert "<script>" not in html and "<em>" not in html


def test_export_is_atomic(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(ExportError):
        write_praise_csv(TRICKY, tmp_path / "missing-folder" / "out.csv")
    with pytest.raises(AttributeError):
        write_praise_csv([object()], target)  # type: ignore[list-item]
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]
