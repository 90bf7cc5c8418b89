"""Backups of the SQLite database: verified copies, rotation, restore and quarantine.

A backup is copied with SQLite's backup API (consistent while the app writes), checked under
a temporary name (``PRAGMA integrity_check`` and our schema table) and only then renamed to
``planner-YYYYMMDD-HHMMSS.sqlite3``: UTC, so the names sort by time, and a file with that
name is always a verified copy. Nothing here deletes a database the owner might still need:
a replaced or corrupt database is moved aside into the backup folder, and rotation deletes
only files with the backup name. A PostgreSQL database is backed up with the JSON export.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from planner.core.clock import ensure_utc
from planner.core.errors import PlannerError
from planner.core.i18n import arg, translate
from planner.storage.database import Database
from planner.storage.location import DatabaseLocation, read_only_connection
from planner.storage.paths import AppPaths, make_private_dir
from planner.storage.schema import VERSION_TABLE

log = logging.getLogger(__name__)

STAMP = "%Y%m%d-%H%M%S"
# A second backup within the same second gets "-2", "-3"...: an existing backup is never
# overwritten. Migration copies ("planner-before-migration-from-...") do not match.
BACKUP_NAME = re.compile(r"^planner-(\d{8}-\d{6})(?:-(\d+))?\.sqlite3$")
# SQLite's companions of a database file: moved together with it, or its last writes are
# lost (-wal) or replayed onto the wrong file.
SIDE_FILES = ("-wal", "-shm", "-journal")
HOURLY = timedelta(hours=1)


class BackupError(PlannerError):
    """A backup or restore could not be made; existing backups were left as they were."""

    exit_code = 7


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # UTC, read from the file name
    size: int  # bytes


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did, for telling the owner."""

    backup: Path  # the copy that was restored
    taken_at: datetime | None  # when it was taken (None for a file without a backup name)
    database: Path  # where the restored database now is
    replaced: Path | None  # where the previous database was moved (None: there was none)
    moved_aside: tuple[Path, ...]  # every file moved aside (the database, its -wal, -shm)


# --- names ------------------------------------------------------------------------------


def backup_name(taken_at: datetime, sequence: int = 1) -> str:
    suffix = f"-{sequence}" if sequence > 1 else ""
    return f"planner-{ensure_utc(taken_at).strftime(STAMP)}{suffix}.sqlite3"


def parse_backup_name(name: str) -> datetime | None:
    """When the backup called ``name`` was taken, or None for any other file."""
    match = BACKUP_NAME.match(name)
    if match is None:
        return None
    try:
        return datetime.strptime(match.group(1), STAMP).replace(tzinfo=UTC)
    except ValueError:  # "planner-20251399-..." looks right but is no date
        return None


def _sequence(name: str) -> int:
    match = BACKUP_NAME.match(name)
    return int(match.group(2) or 1) if match else 0


# --- checks -----------------------------------------------------------------------------


def integrity_problems(path: Path) -> list[str]:
    """What is wrong with ``path`` as a Crisis Planner database; empty when it is sound.

    Reads only: ``PRAGMA integrity_check`` must say "ok" and the schema table must exist.
    """
    try:
        conn = read_only_connection(path.absolute())
        try:
            rows = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
            if rows != ["ok"]:
                return rows
            found = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (VERSION_TABLE,)
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return [str(exc) or type(exc).__name__]
    if found is None:
        return [translate("Backup", "it is not a Crisis Planner database")]
    return []


def _verify(path: Path) -> list[str]:
    """The check a new copy must pass before it gets its final name."""
    return integrity_problems(path)


# --- making backups ---------------------------------------------------------------------


def require_sqlite(location: DatabaseLocation) -> Path:
    """The database file to back up; a server database is backed up by the JSON export."""
    if location.path is None:
        raise BackupError(
            arg(
                translate(
                    "Backup",
                    "%1 is a PostgreSQL database: back it up with the JSON export "
                    "(“crisis-planner export FILE”) or the server's own tools such as "
                    "pg_dump. Backup files are made only for a SQLite database.",
                ),
                location.display(),
            )
        )
    return location.path


def _source(db_or_path: Database | Path) -> Path:
    if isinstance(db_or_path, Database):
        return require_sqlite(db_or_path.location)
    return Path(db_or_path).expanduser().absolute()


def make_backup(
    db_or_path: Database | Path, backup_dir: Path, now: datetime, reason: str = "auto"
) -> Path:
    """Copy the database into ``backup_dir`` as ``planner-YYYYMMDD-HHMMSS.sqlite3`` (UTC).

    The file gets that name only after it passed the check; a failure raises
    :class:`BackupError`, removes its temporary file and leaves existing backups alone.
    Call :func:`rotate` afterwards (or use :func:`backup_and_rotate`).
    """
    source = _source(db_or_path)
    taken = ensure_utc(now)
    try:
        make_private_dir(backup_dir)
    except OSError as exc:
        raise _folder_error(backup_dir, exc) from exc
    names = (backup_dir / backup_name(taken, seq) for seq in range(1, 1000))
    path = _write_verified_copy(source, backup_dir, names)
    log.info("backup (%s) of %s written to %s", reason, source, path)
    return path


def write_backup(db_or_path: Database | Path, target: Path) -> Path:
    """Write a verified copy to ``target`` (outside the rotation); an existing file is
    refused, never overwritten."""
    source = _source(db_or_path)
    target = target.expanduser().absolute()
    if target.exists():
        raise BackupError(
            arg(
                translate("Backup", "“%1” already exists; choose another name."),
                target,
            )
        )
    if not target.parent.is_dir():
        raise BackupError(
            arg(translate("Backup", "The folder “%1” does not exist."), target.parent)
        )
    return _write_verified_copy(source, target.parent, iter([target]))


def backup_and_rotate(
    db_or_path: Database | Path, backup_dir: Path, now: datetime, reason: str = "auto"
) -> tuple[Path, list[Path]]:
    """Make a verified backup, then rotate: returns the new backup and the deleted ones."""
    path = make_backup(db_or_path, backup_dir, now, reason)
    return path, rotate(backup_dir, now)


def _write_verified_copy(source: Path, folder: Path, names: Iterator[Path]) -> Path:
    if not source.is_file():
        raise BackupError(
            arg(translate("Backup", "There is no database at “%1” to back up."), source)
        )
    try:
        handle, name = tempfile.mkstemp(prefix=".planner-backup-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _folder_error(folder, exc) from exc
    os.close(handle)
    temp = Path(name)  # mkstemp makes it 0600, and SQLite keeps the mode
    try:
        try:
            _copy(source, temp)
        except sqlite3.Error as exc:
            raise BackupError(
                arg(
                    translate("Backup", "Copying “%1” failed: %2. No backup was made."),
                    source,
                    exc,
                )
            ) from exc
        problems = _verify(temp)
        if problems:
            raise BackupError(
                arg(
                    translate(
                        "Backup",
                        "The copy of “%1” failed its check (%2). No backup was made; "
                        "run “crisis-planner check”.",
                    ),
                    source,
                    "; ".join(problems[:5]),
                )
            )
        try:
            final = _publish(temp, names)
        except OSError as exc:
            raise _folder_error(folder, exc) from exc
    except BaseException:
        _remove_with_side_files(temp)
        raise
    _sync_folder(folder)
    return final


def _copy(source: Path, target: Path) -> None:
    """Copy with SQLite's backup API: a consistent snapshot even while the app writes."""
    src = read_only_connection(source.absolute())
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            # One self-contained file: a WAL-mode copy would grow -wal/-shm files beside it
            # whenever it is opened, even read-only.
            dst.execute("PRAGMA journal_mode=DELETE").close()
        finally:
            dst.close()
    finally:
        src.close()


def _publish(temp: Path, names: Iterator[Path]) -> Path:
    """Give ``temp`` the first free name atomically, never replacing an existing file."""
    for target in names:
        try:
            os.link(temp, target)
        except FileExistsError:
            continue
        except OSError:  # a file system without hard links
            if target.exists() or any(_side(target, s).exists() for s in SIDE_FILES):
                continue
            os.replace(temp, target)
            return target
        temp.unlink()
        return target
    raise FileExistsError(str(temp))


def _folder_error(folder: Path, exc: OSError) -> BackupError:
    return BackupError(
        arg(
            translate("Backup", "Cannot write to the folder “%1”: %2. No backup was made."),
            folder,
            exc.strerror or exc,
        )
    )


def _sync_folder(folder: Path) -> None:
    """Make the new name survive a power cut (POSIX; elsewhere the rename is enough)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _remove_with_side_files(path: Path) -> None:
    for candidate in (path, *(_side(path, s) for s in SIDE_FILES)):
        with contextlib.suppress(OSError):
            candidate.unlink(missing_ok=True)


# --- finding and rotating ---------------------------------------------------------------


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """The backups in ``backup_dir``, newest first; other files there are left out."""
    found: list[tuple[datetime, int, BackupInfo]] = []
    try:
        entries = list(backup_dir.iterdir())
    except OSError:
        return []
    for entry in entries:
        taken = parse_backup_name(entry.name)
        if taken is None:
            continue
        try:
            size = entry.stat().st_size
        except OSError:
            continue
        if not entry.is_file():
            continue
        found.append((taken, _sequence(entry.name), BackupInfo(entry, taken, size)))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [info for _, _, info in found]


def latest_verified_backup(backup_dir: Path) -> Path | None:
    """The newest backup that passes the integrity check (a damaged one is skipped)."""
    for info in list_backups(backup_dir):
        if not integrity_problems(info.path):
            return info.path
    return None


def rotate(
    backup_dir: Path,
    now: datetime,
    keep_daily: int = 12,
    keep_weekly: int = 8,
    keep_monthly: int = 6,
) -> list[Path]:
    """Delete old backups; returns the deleted files.

    Kept: the newest backup of each of the last ``keep_daily`` days that have backups, then
    of each of the last ``keep_weekly`` ISO weeks and ``keep_monthly`` months whose newest
    backup is not already kept (borg's prune rules, so the counts add up), and always the
    newest backup and any dated after ``now`` (a clock that was ahead). Periods are UTC
    days, as in the names. Only files named like backups are ever deleted.
    """
    moment = ensure_utc(now)
    backups = list_backups(backup_dir)
    kept: set[Path] = set()
    rules: Sequence[tuple[Callable[[datetime], Hashable], int]] = (
        (lambda t: t.date(), keep_daily),
        (lambda t: t.isocalendar()[:2], keep_weekly),
        (lambda t: (t.year, t.month), keep_monthly),
    )
    for period, count in rules:
        kept |= _newest_per_period(backups, period, count, kept)
    if backups:
        kept.add(backups[0].path)
    kept |= {info.path for info in backups if info.taken_at > moment}
    deleted: list[Path] = []
    for info in backups:
        if info.path in kept:
            continue
        try:
            info.path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            log.warning("could not delete old backup %s: %s", info.path, exc)
            continue
        deleted.append(info.path)
    return deleted


def _newest_per_period(
    backups: Iterable[BackupInfo],
    period: Callable[[datetime], Hashable],
    count: int,
    already: set[Path],
) -> set[Path]:
    """The newest backup of each of the last ``count`` periods not already kept otherwise."""
    kept: set[Path] = set()
    last: Hashable = None
    for info in backups:  # newest first
        if len(kept) >= count:
            break
        current = period(info.taken_at)
        if current == last:
            continue
        last = current
        if info.path not in already:
            kept.add(info.path)
    return kept


def backup_due(backup_dir: Path, now: datetime, data_changed: bool) -> bool:
    """Whether to take a backup now.

    Due when there is no backup from today (so always at the first start of a day, and once
    when a session runs past midnight); otherwise only when data changed and the newest
    backup is at least an hour old. "Today" is the date in ``now``'s own time zone: pass
    local time for the owner's day.
    """
    ensure_utc(now)  # refuses a naive time
    backups = list_backups(backup_dir)
    if not backups:
        return True
    today = now.date()
    if not any(info.taken_at.astimezone(now.tzinfo).date() == today for info in backups):
        return True
    return data_changed and now - backups[0].taken_at >= HOURLY


# --- restoring --------------------------------------------------------------------------


def restore_backup(backup: Path, database: Path, backup_dir: Path, now: datetime) -> RestoreResult:
    """Put ``backup`` in place of ``database``; the current database is moved aside.

    The backup is checked first, and copied next to the database before anything is moved,
    so a failure leaves the database where it was. The app must not have the database open.
    """
    backup = backup.expanduser().absolute()
    database = database.expanduser().absolute()
    if not backup.is_file():
        raise BackupError(arg(translate("Backup", "There is no backup “%1”."), backup))
    if backup == database:
        raise BackupError(
            arg(translate("Backup", "“%1” is the database itself, not a backup."), backup)
        )
    problems = integrity_problems(backup)
    if problems:
        raise BackupError(
            arg(
                translate(
                    "Backup",
                    "“%1” cannot be restored: it failed its check (%2). Nothing was changed.",
                ),
                backup,
                "; ".join(problems[:5]),
            )
        )
    if not database.parent.is_dir():
        raise BackupError(
            arg(translate("Backup", "The folder “%1” does not exist."), database.parent)
        )
    try:
        make_private_dir(backup_dir)
        handle, name = tempfile.mkstemp(
            prefix=".planner-restore-", suffix=".tmp", dir=database.parent
        )
    except OSError as exc:
        raise _restore_error(backup, exc) from exc
    os.close(handle)
    temp = Path(name)
    try:
        try:
            _copy(backup, temp)
        except sqlite3.Error as exc:
            raise _restore_error(backup, exc) from exc
        problems = _verify(temp)
        if problems:
            raise _restore_error(backup, "; ".join(problems[:5]))
        try:
            moved = _move_aside(database, backup_dir, "replaced", now)
        except OSError as exc:
            raise _restore_error(backup, exc) from exc
    except BaseException:
        _remove_with_side_files(temp)
        raise
    try:
        os.replace(temp, database)
    except OSError as exc:
        _remove_with_side_files(temp)
        raise BackupError(
            arg(
                translate(
                    "Backup",
                    "Restoring “%1” failed: %2. The previous database was moved to “%3”.",
                ),
                backup,
                exc.strerror or exc,
                moved[0] if moved else "-",
            )
        ) from exc
    _sync_folder(database.parent)
    replaced = moved[0] if moved and moved[0].suffix == ".sqlite3" else None
    log.info("restored %s to %s; moved aside: %s", backup, database, moved)
    return RestoreResult(
        backup=backup,
        taken_at=parse_backup_name(backup.name),
        database=database,
        replaced=replaced,
        moved_aside=moved,
    )


def _restore_error(backup: Path, reason: object) -> BackupError:
    if isinstance(reason, OSError):
        reason = reason.strerror or reason
    return BackupError(
        arg(
            translate("Backup", "Restoring “%1” failed: %2. Nothing was changed."),
            backup,
            reason,
        )
    )


def quarantine_corrupt(database: Path, backup_dir: Path, now: datetime) -> Path:
    """Move a damaged database (with its -wal and -shm) aside as ``corrupt-...sqlite3``;
    it is kept for rescue, never deleted."""
    database = database.expanduser().absolute()
    if not database.exists():
        raise BackupError(arg(translate("Backup", "There is no database at “%1”."), database))
    try:
        make_private_dir(backup_dir)
        moved = _move_aside(database, backup_dir, "corrupt", now)
    except OSError as exc:
        raise BackupError(
            arg(
                translate("Backup", "Cannot move “%1” aside: %2"),
                database,
                exc.strerror or exc,
            )
        ) from exc
    log.warning("moved damaged database %s aside: %s", database, moved)
    return moved[0]


def _move_aside(database: Path, folder: Path, kind: str, now: datetime) -> tuple[Path, ...]:
    """Move the database and its side files to ``folder/KIND-YYYYMMDD-HHMMSS.sqlite3``
    (plus -wal/-shm), under a name no file has yet. Returns the new paths, database first."""
    present = [
        (suffix, _side(database, suffix))
        for suffix in ("", *SIDE_FILES)
        if _side(database, suffix).exists()
    ]
    if not present:
        return ()
    stamp = ensure_utc(now).strftime(STAMP)
    for seq in range(1, 1000):
        base = folder / f"{kind}-{stamp}{f'-{seq}' if seq > 1 else ''}.sqlite3"
        if not any(_side(base, suffix).exists() for suffix in ("", *SIDE_FILES)):
            break
    else:
        raise FileExistsError(str(folder / f"{kind}-{stamp}.sqlite3"))
    moved: list[Path] = []
    for suffix, path in present:  # the database first: its side files belong to it
        target = _side(base, suffix)
        shutil.move(path, target)
        moved.append(target)
    _sync_folder(folder)
    return tuple(moved)


# --- for the check command --------------------------------------------------------------


def describe_recovery(paths: AppPaths) -> str | None:
    """One line on what ``crisis-planner restore --latest`` would use, or None without a
    verified backup."""
    latest = latest_verified_backup(paths.backup_dir)
    if latest is None:
        return None
    taken = parse_backup_name(latest.name)
    assert taken is not None
    return arg(
        translate("Backup", "“crisis-planner restore --latest” would use %1, taken at %2."),
        latest,
        taken.astimezone().strftime("%Y-%m-%d %H:%M"),
    )
