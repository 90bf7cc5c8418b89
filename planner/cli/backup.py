"""``crisis-planner backup`` and ``crisis-planner restore``: verified copies of the SQLite
database. A PostgreSQL database is backed up with the JSON export instead; both commands say
so and fail."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from planner.core.clock import utcnow
from planner.core.i18n import arg, translate
from planner.storage.backup import (
    BackupError,
    latest_verified_backup,
    make_backup,
    require_sqlite,
    restore_backup,
    rotate,
    write_backup,
)
from planner.storage.location import DatabaseLocation, resolve_location
from planner.storage.paths import AppPaths


def register(subparsers: Any) -> None:
    backup = subparsers.add_parser(
        "backup",
        help="copy the SQLite database into the backup folder (verified); prints the path",
    )
    backup.add_argument(
        "--output",
        metavar="FILE",
        help="write the copy to FILE instead (outside the backup folder's rotation)",
    )
    backup.set_defaults(handler=run_backup)

    restore = subparsers.add_parser(
        "restore",
        help="replace the SQLite database with a backup; the current one is moved aside",
    )
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("file", nargs="?", metavar="FILE", help="the backup file to restore")
    which.add_argument(
        "--latest", action="store_true", help="the newest backup that passes its check"
    )
    restore.set_defaults(handler=run_restore)


def _location(args: argparse.Namespace) -> tuple[AppPaths, DatabaseLocation]:
    paths = AppPaths.resolve(args.data_dir)
    return paths, resolve_location(paths, args.database)


def run_backup(args: argparse.Namespace) -> int:
    paths, location = _location(args)
    source = require_sqlite(location)
    now = utcnow()
    if args.output:
        written = write_backup(source, Path(args.output))
    else:
        written = make_backup(source, paths.backup_dir, now, reason="manual")
        rotate(paths.backup_dir, now)  # only after the backup was made and verified
    print(written)
    return 0


def run_restore(args: argparse.Namespace) -> int:
    paths, location = _location(args)
    if location.path is None:
        raise BackupError(
            arg(
                translate(
                    "Backup",
                    "%1 is a PostgreSQL database: restore it from a JSON export "
                    "(“crisis-planner import FILE”) or with the server's own tools. Backup "
                    "files are restored only into a SQLite database.",
                ),
                location.display(),
            )
        )
    if args.latest:
        chosen = latest_verified_backup(paths.backup_dir)
        if chosen is None:
            raise BackupError(
                arg(
                    translate("Backup", "There is no verified backup in “%1”."),
                    paths.backup_dir,
                )
            )
    else:
        chosen = Path(args.file)
    result = restore_backup(chosen, location.path, paths.backup_dir, utcnow())
    lines = []
    if result.replaced is not None:
        lines.append(
            arg(
                translate("Backup", "The previous database was moved aside to %1 (kept)."),
                result.replaced,
            )
        )
    elif result.moved_aside:
        lines.append(
            arg(
                translate("Backup", "Leftover database files were moved aside: %1"),
                ", ".join(str(p) for p in result.moved_aside),
            )
        )
    else:
        lines.append(
            arg(
                translate("Backup", "There was no database at %1; nothing was moved aside."),
                result.database,
            )
        )
    if result.taken_at is not None:
        lines.append(
            arg(
                translate("Backup", "Restored %1 (taken at %2) to %3."),
                result.backup,
                result.taken_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                result.database,
            )
        )
    else:
        lines.append(arg(translate("Backup", "Restored %1 to %2."), result.backup, result.database))
    print("\n".join(lines))
    return 0
