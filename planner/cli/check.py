"""``crisis-planner check``: open the database, migrate it, and say whether it is sound."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from planner.cli.common import open_database, print_json
from planner.core.errors import DatabaseError
from planner.core.i18n import arg, translate
from planner.storage.backup import describe_recovery
from planner.storage.health import check_health
from planner.storage.paths import AppPaths


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "check", help="open the database, apply migrations and run an integrity check"
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.set_defaults(handler=run)


def _recovery_hint(args: argparse.Namespace) -> None:
    """Say which backup ``restore --latest`` would use, when the data is in trouble."""
    hint = describe_recovery(AppPaths.resolve(args.data_dir))
    if hint:
        print(hint, file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    try:
        db = open_database(args)
    except DatabaseError:
        _recovery_hint(args)
        raise
    try:
        report = check_health(db)
    finally:
        db.close()
    if args.json:
        print_json(
            {
                "location": report.location,
                "backend": report.backend,
                "schema": report.revision,
                "schema_head": report.head,
                "created": db.opened.created,
                "migrated_from": db.opened.migrated_from,
                "integrity": report.integrity,
                "broken_links": report.broken_links,
                "counts": report.counts,
                "healthy": report.healthy,
            }
        )
        if not report.healthy:
            _recovery_hint(args)
        return 0 if report.healthy else 1
    lines = [
        arg(translate("CheckCommand", "Database: %1 (%2)"), report.location, report.backend),
        arg(translate("CheckCommand", "Schema version: %1"), report.revision),
    ]
    if db.opened.created:
        lines.append(translate("CheckCommand", "A new database was created."))
    if db.opened.migrated_from:
        lines.append(
            arg(
                translate("CheckCommand", "Migrated from schema %1; a copy was kept at %2."),
                db.opened.migrated_from,
                db.opened.backup or "-",
            )
        )
    lines.append(
        translate("CheckCommand", "Integrity: ok")
        if not report.integrity
        else arg(
            translate("CheckCommand", "Integrity problems: %1"), "; ".join(report.integrity[:10])
        )
    )
    if report.broken_links:
        lines.append(
            arg(translate("CheckCommand", "Broken links between records: %1"), report.broken_links)
        )
    lines.append(
        arg(
            translate(
                "CheckCommand",
                "Incidents: %1, contact attempts: %2, praise entries: "
                "%3, action items: %4, drills: %5",
            ),
            report.counts["incidents"],
            report.counts["contact_attempts"],
            report.counts["praise_entries"],
            report.counts["action_items"],
            report.counts["drill_runs"],
        )
    )
    print("\n".join(lines))
    if not report.healthy:
        print(translate("CheckCommand", "The database has problems (see above)."), file=sys.stderr)
        _recovery_hint(args)
        return 1
    print(translate("CheckCommand", "Healthy."))
    return 0
