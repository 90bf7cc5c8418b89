"""``crisis-planner export FILE`` and ``crisis-planner import FILE [--replace]``: all the
data as one JSON document (docs/data-format.md), to move it or keep a readable copy."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from planner.cli.common import open_database
from planner.core.errors import ValidationError
from planner.core.i18n import arg, translate
from planner.services import interchange as service


def register(subparsers: Any) -> None:
    export = subparsers.add_parser(
        "export", help="write all data as one JSON document (see docs/data-format.md)"
    )
    export.add_argument("file", type=Path, metavar="FILE", help="the JSON file to write")
    export.set_defaults(handler=run_export)

    load = subparsers.add_parser(
        "import", help="load a JSON document made by export (all or nothing)"
    )
    load.add_argument("file", type=Path, metavar="FILE", help="the JSON file to read")
    load.add_argument(
        "--replace",
        action="store_true",
        help="delete all data in the database first (otherwise it must be empty)",
    )
    load.set_defaults(handler=run_import)


def run_export(args: argparse.Namespace) -> int:
    from planner.export.files import write_text_atomic

    target: Path = args.file.expanduser().absolute()
    db = open_database(args)
    try:
        text = service.export_json(db)
    finally:
        db.close()
    write_text_atomic(target, text)
    print(arg(translate("InterchangeCommand", "Wrote %1."), target))
    return 0


def _read(path: Path) -> bytes:
    try:
        service.check_size(path.stat().st_size)  # refused before it is read into memory
        return path.read_bytes()
    except OSError as exc:
        message = arg(
            translate("InterchangeCommand", "Cannot read “%1”: %2."),
            path,
            exc.strerror or exc,
        )
        raise ValidationError(message, "$", {"$": message}) from exc


def run_import(args: argparse.Namespace) -> int:
    path: Path = args.file.expanduser()
    try:
        # Checked before the database is opened: a bad file never creates one.
        document = service.check_document(service.parse_json_bytes(_read(path)))
        db = open_database(args)
        try:
            summary = service.import_document(db, document, replace=args.replace).value
        finally:
            db.close()
    except ValidationError as exc:
        problems = (
            exc.problems
            if isinstance(exc, service.InvalidDocumentError)
            else list(exc.errors.items()) or [("$", exc.message)]
        )
        for where, message in problems:
            print(f"{where}: {message}", file=sys.stderr)
        print(
            translate("InterchangeCommand", "Nothing was imported; the database is unchanged."),
            file=sys.stderr,
        )
        return exc.exit_code
    if summary.deleted:
        print(
            arg(
                translate("InterchangeCommand", "Deleted the %1 rows that were there."),
                summary.deleted,
            )
        )
    print(
        arg(
            translate("InterchangeCommand", "Imported %1 rows from %2."),
            summary.total,
            path,
        )
    )
    for table, count in sorted(summary.rows.items()):
        if count:
            print(f"  {table}: {count}")
    return 0
