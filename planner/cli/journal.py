"""``crisis-planner journal add|search|import|export``: the praise journal from scripts."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from planner.cli.common import open_database, print_json
from planner.core.enums import Channel
from planner.core.errors import ValidationError
from planner.core.i18n import arg, translate
from planner.services import journal as service
from planner.storage.database import Database


def parse_day(value: str) -> date:
    from planner.services.praise_import import parse_date

    try:
        return parse_date(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            arg(
                translate("JournalCli", "“%1” is not a date (use YYYY-MM-DD, e.g. 2025-03-01)."),
                value,
            )
        ) from None


def parse_mapping(value: str) -> tuple[str, str]:
    column, sign, field = value.rpartition("=")
    if not sign or not column.strip() or not field.strip():
        raise argparse.ArgumentTypeError(
            arg(
                translate("JournalCli", "“%1” is not COLUMN=FIELD (e.g. Arvio=text)."),
                value,
            )
        )
    return column, field.strip()


def _channels() -> list[str]:
    return [channel.value for channel in Channel]


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("journal", help="keep, find, import and export praise")
    commands = parser.add_subparsers(dest="journal_command", metavar="ACTION", required=True)

    add = commands.add_parser("add", help="write down kind words; prints the new id")
    add.add_argument("--text", required=True, help="the words as they were written")
    add.add_argument("--who", default="", help="who said them")
    add.add_argument("--channel", choices=_channels(), help="guessed from --url if left out")
    add.add_argument("--date", type=parse_day, help="when (YYYY-MM-DD, default: today)")
    add.add_argument("--tag", action="append", default=[], help="a tag (repeat for more)")
    add.add_argument("--stars", type=int, help="1 to 5")
    add.add_argument("--url", default="", help="link to the review or post")
    add.add_argument("--testimonial", action="store_true", help="the words may be quoted publicly")
    add.set_defaults(handler=run_add)

    search = commands.add_parser("search", help="find entries, newest first")
    search.add_argument("query", nargs="?", default="", help="words to find (prefixes)")
    search.add_argument("--tag", action="append", default=[], help="only with this tag")
    search.add_argument(
        "--channel", action="append", default=[], choices=_channels(), help="only from here"
    )
    search.add_argument("--from", dest="date_from", type=parse_day, help="on or after this day")
    search.add_argument("--to", dest="date_to", type=parse_day, help="on or before this day")
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=run_search)

    imp = commands.add_parser(
        "import",
        help="import a CSV file (all rows or none; exit 2 listing the bad rows)",
    )
    imp.add_argument("file", type=Path, help="the CSV file")
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        type=parse_mapping,
        metavar="COLUMN=FIELD",
        help="read COLUMN as FIELD (text, who, channel, date, tags, stars, url, testimonial); "
        "other columns are recognised by their names",
    )
    imp.add_argument("--dry-run", action="store_true", help="only show what would be imported")
    imp.add_argument("--skip-bad", action="store_true", help="import the good rows, skip the bad")
    imp.set_defaults(handler=run_import)

    export = commands.add_parser("export", help="write the whole journal as Markdown or CSV")
    export.add_argument("--format", choices=["md", "csv"], required=True)
    export.add_argument("--output", required=True, type=Path, help="file to write")
    export.set_defaults(handler=run_export)


def _with_db(args: argparse.Namespace, work: Any) -> Any:
    db = open_database(args)
    try:
        return work(db)
    finally:
        db.close()


def run_add(args: argparse.Namespace) -> int:
    from planner.core.channels import guess_channel

    if args.channel:
        channel = Channel(args.channel)
    else:
        channel = guess_channel(args.url) if args.url.strip() else Channel.OTHER
    data = service.PraiseInput(
        text=args.text,
        who=args.who,
        channel=channel,
        received_on=args.date,
        tags=tuple(args.tag),
        stars=args.stars,
        url=args.url,
        testimonial_ok=args.testimonial,
    )
    from planner.services.praise_import import validate

    # First the checks the journal leaves out (a link longer than the database takes).
    ValidationError.check(validate(data, date.today()))
    outcome = _with_db(args, lambda db: service.add_praise(db, data))
    print(outcome.value)
    return 0


def _all_entries(db: Database, query: service.PraiseQuery) -> list[service.PraiseView]:
    entries: list[service.PraiseView] = []
    while page := service.search_praise(db, query, offset=len(entries), limit=1000):
        entries.extend(page)
    return entries


def run_search(args: argparse.Namespace) -> int:
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise ValidationError(translate("JournalCli", "--from is after --to: nothing can match."))
    query = service.PraiseQuery(
        text=args.query,
        tags=service.clean_tags(args.tag),  # "#kakku" finds the tag "kakku", as it was saved
        channels=tuple(Channel(c) for c in args.channel),
        date_from=args.date_from,
        date_to=args.date_to,
    )
    entries = _with_db(args, lambda db: _all_entries(db, query))
    if args.json:
        print_json(
            [
                {
                    "id": e.id,
                    "text": e.text,
                    "who": e.who,
                    "channel": e.channel.value,
                    "date": e.received_on.isoformat(),
                    "tags": list(e.tags),
                    "stars": e.stars,
                    "url": e.url,
                    "testimonial": e.testimonial_ok,
                    "incident_id": e.incident_id,
                }
                for e in entries
            ]
        )
        return 0
    for e in entries:
        first = " ".join(e.text.split())
        if len(first) > 80:
            first = first[:79] + "…"
        stars = "★" * e.stars if e.stars else ""
        who = f"{e.who}: " if e.who else ""
        print(f"{e.id:>6}  {e.received_on}  {e.channel.value:<11} {stars:<5} {who}{first}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from planner.services.praise_import import import_praise, read_csv

    mapping: dict[str, str] = {}
    for column, field in args.map:
        if column in mapping and mapping[column] != field:
            raise ValidationError(
                arg(translate("JournalCli", "Column “%1” is mapped twice."), column)
            )
        mapping[column] = field
    path = args.file.expanduser()

    def work(db: Database) -> int:
        preview = read_csv(path, mapping or None, db=db)
        bad = preview.bad_lines
        for line, reason in preview.errors:
            print(arg(translate("JournalCli", "line %1: %2"), line, reason), file=sys.stderr)
        print(
            arg(
                translate(
                    "JournalCli",
                    "%1: %2 rows to import, %3 duplicates, %4 with problems "
                    "(encoding %5, columns: %6).",
                ),
                path.name,
                preview.new_rows,
                len(preview.duplicates),
                len(bad),
                preview.encoding,
                ", ".join(f"{column}={name}" for column, name in preview.mapping.items()),
            )
        )
        if bad and not args.skip_bad:
            raise ValidationError(
                translate(
                    "JournalCli",
                    "%n row(s) have problems: nothing was imported. Correct them, or use "
                    "--skip-bad to import the other rows.",
                    None,
                    len(bad),
                )
            )
        if args.dry_run:
            print(translate("JournalCli", "Dry run: nothing was imported."))
            return 0
        result = import_praise(db, preview, skip_bad=args.skip_bad).value
        print(
            arg(
                translate(
                    "JournalCli", "Imported %1, skipped %2 duplicates and %3 rows with problems."
                ),
                result.imported,
                result.skipped_duplicates,
                result.skipped_bad,
            )
        )
        return 0

    result: int = _with_db(args, work)
    return result


def run_export(args: argparse.Namespace) -> int:
    from planner.export.files import write_text_atomic
    from planner.services.praise_import import praise_markdown, write_praise_csv

    target = args.output.expanduser().absolute()
    entries = _with_db(args, lambda db: _all_entries(db, service.PraiseQuery()))
    if args.format == "md":
        write_text_atomic(target, praise_markdown(entries))
    else:
        write_praise_csv(entries, target)
    print(arg(translate("JournalCli", "Wrote %1."), target))
    return 0
