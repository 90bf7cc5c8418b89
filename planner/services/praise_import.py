"""Praise in and out of the journal as files: a CSV import (reviews exported from a site,
a spreadsheet kept by hand) and exports as Markdown and as CSV.

The import works in two steps. :func:`read_csv` reads the file into an
:class:`ImportPreview` - the rows it understood, the rows it did not (with their line
numbers and the reason), the duplicates - without touching the database. Then
:func:`import_praise` saves the preview in one transaction, or nothing at all.

The file is read as a stream: it is decoded in chunks to find its encoding, and the
``csv`` module then reads it row by row, so a large file costs memory for its rows only.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import IO, Final, TypeAlias

from sqlmodel import Session, col, select

from planner.core.channels import guess_channel
from planner.core.enums import Channel
from planner.core.errors import ValidationError
from planner.core.i18n import arg, translate
from planner.core.labels import label
from planner.core.models import PraiseEntry
from planner.core.text_fold import fold
from planner.export.files import atomic_target
from planner.export.html import escape_markdown_text
from planner.services import journal
from planner.services.changes import NO_CHANGES, Area, Outcome, changed
from planner.storage.database import Database

#: The fields a CSV column can be mapped to, in the order of the CSV export.
FIELDS: Final = ("text", "who", "channel", "date", "tags", "stars", "url", "testimonial")

MAX_URL: Final = 2000  # the length of praise_entry.url
_CHUNK: Final = 1 << 20
_HEADER_SAMPLE: Final = 1 << 16
_DELIMITERS: Final = (",", ";", "\t")


def _name(text: str) -> str:
    """A header or channel name as compared: folded, letters and digits only."""
    return re.sub(r"[\W_]+", "", fold(text))


# Common header names, English and Finnish, as _name() leaves them.
_HEADER_ALIASES: Final[dict[str, str]] = {
    **dict.fromkeys(
        (
            "text",
            "review",
            "reviewtext",
            "comment",
            "comments",
            "commenttext",
            "feedback",
            "message",
            "body",
            "content",
            "praise",
            "palaute",
            "teksti",
            "kommentti",
            "arvio",
            "arvostelu",
            "viesti",
            "sisalto",
            "kehu",
        ),
        "text",
    ),
    **dict.fromkeys(
        (
            "who",
            "name",
            "author",
            "reviewer",
            "reviewername",
            "authorname",
            "customer",
            "customername",
            "user",
            "username",
            "from",
            "nimi",
            "kirjoittaja",
            "asiakas",
            "arvioija",
            "lahettaja",
        ),
        "who",
    ),
    **dict.fromkeys(
        (
            "date",
            "day",
            "reviewdate",
            "created",
            "createdat",
            "published",
            "publishedat",
            "posted",
            "postedat",
            "received",
            "receivedon",
            "time",
            "timestamp",
            "paiva",
            "paivamaara",
            "pvm",
            "aika",
            "ajankohta",
        ),
        "date",
    ),
    **dict.fromkeys(
        ("stars", "star", "rating", "starrating", "score", "tahdet", "tahtia", "arvosana"),
        "stars",
    ),
    **dict.fromkeys(
        ("tags", "tag", "labels", "keywords", "tunnisteet", "tunniste", "avainsanat"), "tags"
    ),
    **dict.fromkeys(
        ("channel", "source", "site", "platform", "lahde", "kanava", "palvelu"), "channel"
    ),
    **dict.fromkeys(
        ("url", "link", "reviewurl", "reviewlink", "permalink", "linkki", "osoite", "www"),
        "url",
    ),
    **dict.fromkeys(
        (
            "testimonial",
            "testimonialok",
            "mayquote",
            "quotable",
            "consent",
            "public",
            "suosittelu",
            "lupa",
            "julkaisulupa",
            "saalainata",
            "saajulkaista",
        ),
        "testimonial",
    ),
}

_CHANNEL_NAMES: Final[dict[str, Channel]] = {
    **{channel.value: channel for channel in Channel},
    **dict.fromkeys(("fb", "meta", "facebookcom"), Channel.FACEBOOK),
    **dict.fromkeys(("ig", "insta", "instagramcom"), Channel.INSTAGRAM),
    **dict.fromkeys(("twitter", "xtwitter", "xcom", "twittercom"), Channel.X),
    **dict.fromkeys(
        (
            "googlereviews",
            "googlemaps",
            "googlebusiness",
            "googlebusinessprofile",
            "googlemybusiness",
            "gmb",
            "googlearvostelut",
            "googlearviot",
        ),
        Channel.GOOGLE,
    ),
    **dict.fromkeys(("suomi24", "reddit", "vauvafi", "palsta", "keskustelupalsta"), Channel.FORUM),
    **dict.fromkeys(
        ("website", "webpage", "www", "verkkosivu", "verkkosivut", "kotisivu", "kotisivut"),
        Channel.WEB,
    ),
    **dict.fromkeys(("mail", "sahkoposti", "emaili", "posti"), Channel.EMAIL),
    **dict.fromkeys(("muu", "unknown", "tuntematon"), Channel.OTHER),
}
# A longer name that starts with a brand is that brand ("Google Maps review").
_CHANNEL_PREFIXES: Final = (
    ("facebook", Channel.FACEBOOK),
    ("instagram", Channel.INSTAGRAM),
    ("twitter", Channel.X),
    ("google", Channel.GOOGLE),
    ("tripadvisor", Channel.TRIPADVISOR),
)

_YES: Final = frozenset({"1", "x", "y", "yes", "true", "ok", "k", "kylla", "joo", "on", "✓"})
_NO: Final = frozenset({"", "0", "n", "no", "false", "e", "ei", "off", "-"})
_FINNISH_DATE: Final = re.compile(
    r"(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(?:klo\s+)?\d{1,2}[.:]\d{2}(?:[.:]\d{2})?)?"
)
_STARS: Final = re.compile(r"(\d+)(?:[.,]0+)?(?:\s*/\s*5)?")
_STAR_SIGNS: Final = frozenset("★☆")
_TAG_SPLIT: Final = re.compile(r"[,;]")
# A cell starting with one of these is a formula to a spreadsheet: exported with a "'".
_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class ImportPreview:
    """What a CSV file would import. Line numbers are the file's (the header is line 1);
    a row spanning several lines has the number of its first line."""

    rows: list[tuple[int, journal.PraiseInput]]
    errors: list[tuple[int, str]]  # one entry per problem: a line may appear more than once
    duplicates: list[int]  # lines of rows (among ``rows``) already seen or in the database
    columns: list[str]  # the header
    mapping: dict[str, str]  # CSV column -> field, as used
    encoding: str  # "utf-8", "utf-8-sig" (with a BOM), "utf-16", "cp1252" or "latin-1"
    delimiter: str = ","

    @property
    def bad_lines(self) -> list[int]:
        """The lines with at least one problem, in file order."""
        return sorted({line for line, _ in self.errors})

    @property
    def new_rows(self) -> int:
        """How many rows would be imported (the valid ones that are not duplicates)."""
        return len(self.rows) - len(set(self.duplicates))


@dataclass(frozen=True)
class ImportResult:
    imported: int
    skipped_duplicates: int
    skipped_bad: int
    ids: list[int] = field(default_factory=list)


# -- reading -------------------------------------------------------------------------------
def read_csv(
    path: Path,
    mapping: Mapping[str, str] | None = None,
    *,
    db: Database | None = None,
    today: date | None = None,
) -> ImportPreview:
    """Read ``path`` into a preview; nothing is saved.

    ``mapping`` maps CSV columns to :data:`FIELDS`; columns it leaves out are guessed from
    their names. With ``db``, rows already in the journal are marked as duplicates too.
    Raises :class:`ValidationError` for a file that cannot be imported at all (missing,
    empty, not CSV, no text column, a bad mapping).
    """
    path = Path(path)
    day = today or date.today()
    encoding = _detect_encoding(path)
    delimiter = _detect_delimiter(path, encoding)
    try:
        with path.open(encoding=encoding, newline="") as handle:
            return _read_rows(path, handle, encoding, delimiter, mapping, db, day)
    except OSError as exc:
        raise _cannot_read(path, exc) from exc


def _cannot_read(path: Path, exc: OSError) -> ValidationError:
    return ValidationError(
        arg(translate("PraiseImport", "Cannot read “%1”: %2."), path, exc.strerror or exc)
    )


def _detect_encoding(path: Path) -> str:
    """UTF-8 (noting a BOM), UTF-16 with a BOM, else Windows-1252, else Latin-1 (which
    decodes anything). The file is decoded in chunks, never held whole."""
    try:
        with path.open("rb") as handle:
            start = handle.read(4)
            if start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                handle.seek(0)
                if _decodes(handle, "utf-16"):  # Excel's "Unicode text"
                    return "utf-16"
            bom = start.startswith(codecs.BOM_UTF8)
            for encoding in ("utf-8", "cp1252"):
                handle.seek(0)
                if _decodes(handle, encoding):
                    return "utf-8-sig" if encoding == "utf-8" and bom else encoding
    except OSError as exc:
        raise _cannot_read(path, exc) from exc
    return "latin-1"


def _decodes(handle: IO[bytes], encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        while chunk := handle.read(_CHUNK):
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _detect_delimiter(path: Path, encoding: str) -> str:
    """The delimiter used most often in the first line (outside quotes); a comma when the
    line has none. Header names rarely contain delimiters, unlike the texts below them."""
    try:
        with path.open(encoding=encoding, newline="") as handle:
            line = ""
            while not line.strip():
                line = handle.readline(_HEADER_SAMPLE)
                if not line:
                    return ","
    except OSError as exc:
        raise _cannot_read(path, exc) from exc
    counts = dict.fromkeys(_DELIMITERS, 0)
    quoted = False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _quoted_list(names: Iterable[str]) -> str:
    return ", ".join(f"“{name}”" for name in names)


def _resolve_mapping(columns: list[str], mapping: Mapping[str, str] | None) -> dict[str, int]:
    """Field -> column index: the given mapping first, then guesses for the rest."""
    by_name: dict[str, int] = {}
    for index, column in enumerate(columns):
        by_name.setdefault(column, index)
    for index, column in enumerate(columns):
        by_name.setdefault(column.strip().casefold(), index)
    fields: dict[str, int] = {}
    for column, wanted in (mapping or {}).items():
        target = wanted.strip().lower()
        if target not in FIELDS:
            raise ValidationError(
                arg(
                    translate(
                        "PraiseImport", "“%1” is not a field to import into. Use one of: %2."
                    ),
                    wanted,
                    ", ".join(FIELDS),
                ),
                "mapping",
            )
        index = by_name.get(column, by_name.get(column.strip().casefold(), -1))
        if index < 0:
            raise ValidationError(
                arg(
                    translate("PraiseImport", "The file has no column “%1”. Its columns are: %2."),
                    column,
                    _quoted_list(columns),
                ),
                "mapping",
            )
        if target in fields and fields[target] != index:
            raise ValidationError(
                arg(
                    translate("PraiseImport", "Both “%1” and “%2” are mapped to %3: choose one."),
                    columns[fields[target]],
                    columns[index],
                    target,
                ),
                "mapping",
            )
        fields[target] = index
    taken = set(fields.values())
    for index, column in enumerate(columns):
        guess = _HEADER_ALIASES.get(_name(column))
        if index not in taken and guess is not None and guess not in fields:
            fields[guess] = index
    if "text" not in fields:
        raise ValidationError(
            arg(
                translate(
                    "PraiseImport",
                    "No column holds the text of the praise. The file has these columns: %1. "
                    "Say which of them is the text.",
                ),
                _quoted_list(columns) if any(c.strip() for c in columns) else "-",
            ),
            "mapping",
        )
    return fields


def _read_rows(
    path: Path,
    handle: IO[str],
    encoding: str,
    delimiter: str,
    mapping: Mapping[str, str] | None,
    db: Database | None,
    today: date,
) -> ImportPreview:
    reader = csv.reader(handle, delimiter=delimiter, strict=True)
    end = 0  # the last line read before the current row
    try:
        header: list[str] = []
        for header in reader:
            if any(cell.strip() for cell in header):
                break
        else:
            raise ValidationError(
                arg(translate("PraiseImport", "“%1” is empty: there is nothing to import."), path)
            )
        columns = [cell.strip() for cell in header]
        fields = _resolve_mapping(columns, mapping)
        rows: list[tuple[int, journal.PraiseInput]] = []
        errors: list[tuple[int, str]] = []
        keys: list[bytes] = []
        end = reader.line_num
        for row in reader:
            line, end = end + 1, reader.line_num  # a row may span lines: number its first
            if not any(cell.strip() for cell in row):
                continue
            data, problems = _parse_row(row, columns, fields, today)
            if data is None:
                errors.extend((line, reason) for reason in problems)
            else:
                rows.append((line, data))
                keys.append(_key(data.text, data.who, data.received_on or today))
    except csv.Error as exc:
        raise ValidationError(
            arg(
                translate(
                    "PraiseImport",
                    "“%1” cannot be read as CSV near line %2 (%3). Is a quotation mark left open?",
                ),
                path,
                end + 1,
                exc,
            )
        ) from exc
    except UnicodeDecodeError as exc:  # the file changed while it was read
        raise ValidationError(
            arg(translate("PraiseImport", "“%1” cannot be read as text: %2."), path, exc.reason)
        ) from exc
    existing: set[bytes] = set()
    if db is not None and rows:
        days = [data.received_on or today for _, data in rows]
        with db.session(write=False) as session:
            existing = _existing_keys(session, min(days), max(days))
    duplicates: list[int] = []
    seen: set[bytes] = set()
    for (line, _), key in zip(rows, keys, strict=True):
        if key in existing or key in seen:
            duplicates.append(line)
        seen.add(key)
    used = {columns[index]: name for name, index in sorted(fields.items(), key=lambda i: i[1])}
    return ImportPreview(rows, errors, duplicates, columns, used, encoding, delimiter)


def _parse_row(
    row: list[str], columns: list[str], fields: dict[str, int], today: date
) -> tuple[journal.PraiseInput | None, list[str]]:
    """The row as input, or None and the reasons it cannot be imported."""
    problems: list[str] = []
    if len(row) > len(columns) and any(cell.strip() for cell in row[len(columns) :]):
        problems.append(
            arg(
                translate(
                    "PraiseImport",
                    "The row has %1 values but the header has %2 columns. Is a text with "
                    "the delimiter missing its quotation marks?",
                ),
                len(row),
                len(columns),
            )
        )

    def cell(name: str) -> str:
        index = fields.get(name, -1)
        return row[index] if 0 <= index < len(row) else ""

    def column(name: str) -> str:
        return columns[fields[name]]

    text = _unformula(cell("text"))
    who = _unformula(cell("who")).strip()
    url = cell("url").strip()
    received_on: date | None = None
    if raw := cell("date").strip():
        try:
            received_on = parse_date(raw)
        except ValueError:
            problems.append(
                arg(
                    translate(
                        "PraiseImport",
                        "Column “%1”: “%2” is not a date (use 2025-03-01 or 1.3.2025).",
                    ),
                    column("date"),
                    raw,
                )
            )
    stars: int | None = None
    if raw := cell("stars").strip():
        try:
            stars = parse_stars(raw)
        except ValueError:
            problems.append(
                arg(
                    translate(
                        "PraiseImport", "Column “%1”: “%2” is not a number of stars from 1 to 5."
                    ),
                    column("stars"),
                    raw,
                )
            )
    testimonial = False
    if raw := cell("testimonial").strip():
        try:
            testimonial = parse_yes_no(raw)
        except ValueError:
            problems.append(
                arg(
                    translate("PraiseImport", "Column “%1”: “%2” is neither yes nor no."),
                    column("testimonial"),
                    raw,
                )
            )
    raw_channel = cell("channel").strip()
    channel = parse_channel(raw_channel) if raw_channel else guess_channel(url)
    tags = journal.clean_tags([_unformula(t) for t in _TAG_SPLIT.split(cell("tags"))])
    data = journal.PraiseInput(
        text=text,
        who=who,
        channel=channel,
        received_on=received_on,
        tags=tags,
        stars=stars,
        url=url,
        testimonial_ok=testimonial,
    )
    for name, message in validate(data, today).items():
        source = {"received_on": "date"}.get(name, name)
        if name == "text" and not text.strip():
            problems.append(
                arg(translate("PraiseImport", "Column “%1” is empty: no text."), column("text"))
            )
        elif source in fields:
            problems.append(
                arg(translate("PraiseImport", "Column “%1”: %2"), column(source), message)
            )
        else:
            problems.append(message)
    return (None, problems) if problems else (data, [])


def validate(data: journal.PraiseInput, today: date) -> dict[str, str]:
    """The journal's checks, plus the length of the link: ``validate_praise`` lets a link
    longer than its column through, which PostgreSQL then refuses with a database error."""
    errors = journal.validate_praise(data, today)
    if "url" not in errors and len(data.url.strip()) > MAX_URL:
        errors["url"] = translate(
            "PraiseImport", "The link is too long (2,000 characters at most)."
        )
    return errors


def parse_date(value: str) -> date:
    """2025-03-01, 1.3.2025 (also with a time after it) or an ISO date and time; a time
    with an offset counts in local time. Raises ValueError."""
    value = value.strip()
    if match := _FINNISH_DATE.fullmatch(value):
        return date(int(match[3]), int(match[2]), int(match[1]))
    try:
        return date.fromisoformat(value)
    except ValueError:
        moment = datetime.fromisoformat(value)
    return moment.astimezone().date() if moment.tzinfo else moment.date()


def parse_stars(value: str) -> int:
    """ "4", "4.0", "4/5" or "★★★★☆". Raises ValueError; the range is checked elsewhere."""
    value = value.strip()
    if value and set(value) <= _STAR_SIGNS:
        return value.count("★")
    if match := _STARS.fullmatch(value):
        return int(match[1])
    raise ValueError(value)


def parse_yes_no(value: str) -> bool:
    name = _name(value) or value.strip()
    if name in _YES:
        return True
    if name in _NO:
        return False
    raise ValueError(value)


def parse_channel(value: str) -> Channel:
    """A channel by its value or a common name, any case; anything else is OTHER."""
    name = _name(value)
    if name in _CHANNEL_NAMES:
        return _CHANNEL_NAMES[name]
    for prefix, channel in _CHANNEL_PREFIXES:
        if name.startswith(prefix):
            return channel
    return Channel.OTHER


def _unformula(value: str) -> str:
    """Undo the export's protection of cells that a spreadsheet would run as formulas."""
    if len(value) > 1 and value[0] == "'" and value[1] in _FORMULA_START:
        return value[1:]
    return value


# -- duplicates ----------------------------------------------------------------------------
def _same(text: str) -> str:
    """``fold(text)`` with runs of white space as one space. Only words that are not plain
    ASCII are folded, each once thanks to a cache: several times faster on a large file
    than folding every character, with the same result (folding is per character)."""
    words = [w if w.isascii() else _fold_word(w) for w in text.casefold().split()]
    return " ".join(w for w in words if w)


@lru_cache(maxsize=1 << 16)
def _fold_word(word: str) -> str:
    return " ".join(fold(word).split())  # "a¨b" folds to "a b"


def _key(text: str, who: str, day: date) -> bytes:
    """Equal for the same folded text, folded name and day; a digest, to keep it small."""
    joined = "\x1f".join((_same(text), _same(who), day.isoformat()))
    return hashlib.blake2b(joined.encode("utf-8"), digest_size=16).digest()


def _existing_keys(session: Session, first: date, last: date) -> set[bytes]:
    statement = (
        select(col(PraiseEntry.text), col(PraiseEntry.who), col(PraiseEntry.received_on))
        .where(col(PraiseEntry.received_on) >= first)
        .where(col(PraiseEntry.received_on) <= last)
        .execution_options(yield_per=1000)
    )
    return {_key(text, who, day) for text, who, day in session.exec(statement)}


# -- importing -----------------------------------------------------------------------------
def import_praise(
    db: Database, preview: ImportPreview, *, skip_bad: bool = False, today: date | None = None
) -> Outcome[ImportResult]:
    """Save the preview's rows in one transaction, except duplicates (of each other or of
    the journal as it is now). Refuses when any row is bad, unless ``skip_bad``."""
    day = today or date.today()
    bad = len(preview.bad_lines)
    if bad and not skip_bad:
        raise ValidationError(
            translate(
                "PraiseImport",
                "%n row(s) cannot be imported, so nothing was imported. Correct them, or "
                "skip them.",
                None,
                bad,
            ),
            "rows",
        )
    for line, data in preview.rows:
        problems = validate(data, day)
        if problems:
            raise ValidationError(
                arg(translate("PraiseImport", "Line %1: %2"), line, next(iter(problems.values()))),
                "rows",
            )
    if not preview.rows:
        return Outcome(ImportResult(0, 0, bad))
    days = [data.received_on or day for _, data in preview.rows]
    with db.session(write=True) as session:
        seen = _existing_keys(session, min(days), max(days))
        entries: list[journal.PraiseInput] = []
        duplicates = 0
        for (_, data), received in zip(preview.rows, days, strict=True):
            key = _key(data.text, data.who, received)
            if key in seen:
                duplicates += 1
                continue
            seen.add(key)
            entries.append(data)
        ids = journal.add_many(session, entries, day)
    if len(ids) >= 1000 and db.dialect == "postgresql":
        # Fresh statistics, so searches right after a big import get the fast plan.
        with db.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE praise_entry")
    result = ImportResult(len(ids), duplicates, bad, ids)
    return changed(result, Area.JOURNAL) if ids else Outcome(result, NO_CHANGES)


# -- exporting -----------------------------------------------------------------------------
Entry: TypeAlias = journal.PraiseView | journal.PraiseInput


def praise_markdown(entries: Iterable[Entry]) -> str:
    """The entries as a Markdown document, each text quoted as it was written."""
    parts = ["# " + translate("PraiseImport", "Kind words") + "\n"]
    for entry in entries:
        heading = [entry.received_on.isoformat() if entry.received_on else ""]
        if entry.who.strip():
            heading.append(escape_markdown_text(entry.who.strip()))
        heading.append(escape_markdown_text(translate("Labels", label(entry.channel))))
        if entry.stars is not None:
            heading.append("★" * entry.stars + "☆" * max(0, 5 - entry.stars))
        parts.append("## " + " · ".join(h for h in heading if h) + "\n")
        quoted = [
            "> " + line if line.strip() else ">"
            for line in escape_markdown_text(entry.text.strip()).splitlines()
        ]
        parts.append("\n".join(quoted) + "\n")
        details: list[str] = []
        tags = journal.clean_tags(entry.tags)
        if tags:
            details.append(
                arg(
                    translate("PraiseImport", "Tags: %1"),
                    ", ".join(escape_markdown_text(t) for t in tags),
                )
            )
        if entry.url.strip():
            details.append(f"<{_safe_url(entry.url.strip())}>")
        if entry.testimonial_ok:
            details.append(translate("PraiseImport", "May be quoted publicly."))
        if details:
            parts.append("  \n".join(details) + "\n")
    return "\n".join(parts)


def _safe_url(url: str) -> str:
    """Nothing in a link that could end the autolink or start HTML."""
    for char, code in (("<", "%3C"), (">", "%3E"), (" ", "%20"), ('"', "%22")):
        url = url.replace(char, code)
    return url


def _cell(value: str) -> str:
    """Protect a text that a spreadsheet would run as a formula (CSV injection); the
    import removes the protection again."""
    if value.startswith(_FORMULA_START) or (
        value.startswith("'") and value[1:2] and value[1] in _FORMULA_START
    ):
        return "'" + value
    return value


def write_praise_csv(entries: Iterable[Entry], path: Path) -> None:
    """Write the entries as CSV that Excel opens as UTF-8 (with a BOM), atomically: the
    old file stays as it was if anything fails. The columns are :data:`FIELDS`, so the
    file imports again as it is."""
    with atomic_target(Path(path)) as temp, temp.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(FIELDS)
        for entry in entries:
            writer.writerow(
                [
                    _cell(entry.text),
                    _cell(entry.who),
                    entry.channel.value,
                    entry.received_on.isoformat() if entry.received_on else "",
                    _cell(", ".join(journal.clean_tags(entry.tags))),
                    "" if entry.stars is None else str(entry.stars),
                    entry.url,
                    "yes" if entry.testimonial_ok else "no",
                ]
            )
