"""``crisis-planner privacy export|erase|retention``: customers' personal data from scripts:
a copy for the customer, erasure at their request, and the retention rule."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from planner.cli.common import open_database, print_json
from planner.core.i18n import arg, translate
from planner.services import privacy as service
from planner.storage.database import Database


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "privacy", help="export or erase a customer's personal data; apply the retention rule"
    )
    commands = parser.add_subparsers(dest="privacy_command", metavar="ACTION", required=True)

    export = commands.add_parser(
        "export", help="everything stored about one customer, as JSON (for their request)"
    )
    export.add_argument(
        "--customer", required=True, metavar="NAME_OR_EMAIL", help="exact name or e-mail"
    )
    export.add_argument(
        "--output", type=Path, help="file to write (readable by you only); default: stdout"
    )
    export.set_defaults(handler=run_export)

    erase = commands.add_parser(
        "erase",
        help="erase one customer's personal data (without --yes: show what would be erased "
        "and exit 1)",
    )
    erase.add_argument(
        "--customer", required=True, metavar="NAME_OR_EMAIL", help="exact name or e-mail"
    )
    erase.add_argument("--yes", action="store_true", help="really erase")
    erase.set_defaults(handler=run_erase)

    retention = commands.add_parser(
        "retention", help="anonymise closed incidents resolved more than N months ago"
    )
    retention.add_argument(
        "--months",
        type=int,
        default=service.DEFAULT_RETENTION_MONTHS,
        help=f"keep personal data this long (default: {service.DEFAULT_RETENTION_MONTHS})",
    )
    retention.add_argument(
        "--dry-run", action="store_true", help="only show what would be anonymised"
    )
    retention.set_defaults(handler=run_retention)


def _with_db(args: argparse.Namespace, work: Any) -> Any:
    db = open_database(args)
    try:
        return work(db)
    finally:
        db.close()


def _write_private(target: Path, text: str) -> None:
    """Personal data: the file is made readable by its owner only (unless it existed)."""
    from planner.export.files import atomic_target

    existed = target.exists()
    with atomic_target(target) as temp:
        if not existed:
            os.chmod(temp, 0o600)
        temp.write_bytes(text.encode("utf-8"))


def run_export(args: argparse.Namespace) -> int:
    data = _with_db(args, lambda db: service.export_customer(db, args.customer))
    if not (data["incidents"] or data["praise"] or data["review_requests"]):
        print(
            arg(translate("Privacy", "Nothing is stored about “%1”."), args.customer.strip()),
            file=sys.stderr,
        )
    if args.output is None:
        print_json(data)
        return 0
    target = args.output.expanduser().absolute()
    _write_private(target, json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    print(arg(translate("Privacy", "Wrote %1."), target))
    return 0


def _print_preview(records: service.CustomerRecords) -> None:
    print(arg(translate("Privacy", "Stored about “%1”:"), records.who))
    for record in records.incidents:
        print(
            arg(
                translate("Privacy", "  incident %1: %2 (matched on %3)"),
                record.id,
                record.incident["title"],
                ", ".join(record.matched_on),
            )
        )
        print(
            "    "
            + translate("Privacy", "%n timeline event(s)", None, len(record.timeline))
            + ", "
            + translate("Privacy", "%n contact attempt(s)", None, len(record.contact_attempts))
            + ", "
            + translate("Privacy", "%n draft(s)", None, len(record.drafts))
            + (
                ", " + translate("Privacy", "a lessons-learned review")
                if record.lesson_review is not None
                else ""
            )
        )
    if records.incidents:
        print(
            translate(
                "Privacy",
                "  The incidents are kept: their customer details and the complaint's text "
                "are removed, and the customer's names and contact details in their texts "
                "are replaced.",
            )
        )
    if records.praise:
        print(
            translate(
                "Privacy", "  %n praise entr(y/ies), to be deleted", None, len(records.praise)
            )
        )
    if records.review_requests:
        print(
            translate(
                "Privacy",
                "  %n review request(s), to be deleted",
                None,
                len(records.review_requests),
            )
        )
    if records.also_known_as:
        print(
            arg(
                translate(
                    "Privacy",
                    "Also on these records: %1. Records stored only under those are not "
                    "included; look them up separately.",
                ),
                ", ".join(records.also_known_as),
            )
        )


def run_erase(args: argparse.Namespace) -> int:
    from planner.core.errors import NotFoundError

    def work(db: Database) -> int:
        if not args.yes:
            records = service.find_customer(db, args.customer)
            if records.is_empty:
                raise NotFoundError(
                    arg(
                        translate("Privacy", "Nothing is stored about “%1”."),
                        args.customer.strip(),
                    )
                )
            _print_preview(records)
            print(translate("Privacy", "Nothing was changed. Run again with --yes to erase."))
            return 1
        summary = service.erase_customer(db, args.customer).value
        counts = summary.counts
        print(
            arg(
                translate(
                    "Privacy",
                    "Erased the personal data of “%1”: %2 incident(s) anonymised (%3 text(s) "
                    "changed), %4 praise entr(y/ies) and %5 review request(s) deleted.",
                ),
                summary.who,
                counts.incidents,
                counts.timeline_events
                + counts.contact_attempts
                + counts.drafts
                + counts.lesson_texts
                + counts.other_notes,
                summary.praise_deleted,
                summary.review_requests_deleted,
            )
        )
        _warn_wipe(summary.wiped)
        if summary.backups:
            print(
                arg(
                    translate(
                        "Privacy",
                        "These backups may still contain the erased data; delete them "
                        "when you no longer need them: %1",
                    ),
                    ", ".join(str(path) for path in summary.backups),
                ),
                file=sys.stderr,
            )
        return 0

    result: int = _with_db(args, work)
    return result


def _warn_wipe(wiped: bool) -> None:
    if not wiped:
        print(
            translate(
                "Privacy",
                "Warning: the database's free space could not be wiped (another program is "
                "using it): the removed data is gone from the app but may remain in the "
                "database file until that space is reused.",
            ),
            file=sys.stderr,
        )


def run_retention(args: argparse.Namespace) -> int:
    report = _with_db(
        args, lambda db: service.apply_retention(db, args.months, dry_run=args.dry_run).value
    )
    ids = ", ".join(str(i) for i in report.incident_ids)
    cutoff = report.cutoff.astimezone().date().isoformat()
    if not report.incident_ids:
        print(
            arg(
                translate(
                    "Privacy",
                    "Nothing to anonymise: no incident closed before %1 has personal data "
                    "left. %2 already anonymised.",
                ),
                cutoff,
                report.already_anonymised,
            )
        )
        return 0
    if report.dry_run:
        text = translate(
            "Privacy",
            "Dry run: %1 incident(s) closed before %2 would be anonymised: %3. "
            "%4 already anonymised. Nothing was changed.",
        )
    else:
        text = translate(
            "Privacy",
            "Anonymised %1 incident(s) closed before %2: %3. %4 already anonymised.",
        )
    print(arg(text, len(report.incident_ids), cutoff, ids, report.already_anonymised))
    if report.incident_ids and not report.dry_run:
        _warn_wipe(report.wiped)
    return 0
