"""Schema versions: open a database safely, refuse one from a newer app, migrate with a copy.

Models: Vorta's ordered, transactional migrations with a backup first, and qutebrowser's
refusal of a database that is too new. The SQLite foreign-key trap of batch migrations
(rebuilding a parent table cascade-deletes its children) is avoided by switching foreign
keys off outside the transaction and running ``PRAGMA foreign_key_check`` before commit.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from planner.core.clock import utcnow
from planner.core.errors import DatabaseError, DatabaseTooNewError, NotADatabaseError
from planner.core.i18n import arg, translate
from planner.storage.engine import create_planner_engine
from planner.storage.location import DatabaseLocation, inspect_sqlite_file, read_only_connection
from planner.storage.paths import AppPaths, make_private_dir

MIGRATIONS = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"


@dataclass(frozen=True)
class OpenResult:
    engine: Engine
    created: bool  # a new, empty database was made
    migrated_from: str | None  # the revision before migrating, when a migration ran
    backup: Path | None  # the copy taken before migrating


# Search machinery made by hand in migrations (FTS5 tables, a stored tsvector and its GIN
# index), not by models.
SEARCH_OBJECTS = ("praise_fts", "ix_praise_entry_fts", "search_vector")


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Leave the hand-made search objects out of model/database comparisons."""
    return not (name or "").startswith(SEARCH_OBJECTS)


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = scripts().get_current_head()
    if head is None:
        raise RuntimeError("no migrations found")
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in scripts().walk_revisions()}


def open_database(location: DatabaseLocation, paths: AppPaths) -> OpenResult:
    """Open (creating or migrating as needed) the database at ``location``.

    A failure leaves the file as it was: every check that can refuse runs on a read-only
    connection before anything is written.
    """
    if location.path is not None:
        return _open_sqlite(location, paths)
    return _open_server(location)


def _open_sqlite(location: DatabaseLocation, paths: AppPaths) -> OpenResult:
    path = location.path
    assert path is not None
    existed = inspect_sqlite_file(path)
    current = _sqlite_revision(path) if existed else None
    if current is not None:
        _refuse_unknown(current, location)
    if not existed:
        _create_private_file(path)
    backup = None
    head = head_revision()
    if current is not None and current != head:
        backup = backup_before_migration(path, paths.backup_dir, current)
    engine = create_planner_engine(location)
    try:
        if current != head:
            upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return OpenResult(
        engine, created=current is None, migrated_from=_changed(current, head), backup=backup
    )


def _open_server(location: DatabaseLocation) -> OpenResult:
    engine = create_planner_engine(location)
    try:
        with engine.connect() as conn:
            current = _revision_of(conn, location)
        if current is not None:
            _refuse_unknown(current, location)
        head = head_revision()
        if current != head:
            upgrade(engine)
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseError(
            arg(
                translate("DatabaseSchema", "Cannot connect to the database at %1: %2"),
                location.display(),
                _first_line(exc.orig or exc),
            )
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    return OpenResult(
        engine, created=current is None, migrated_from=_changed(current, head), backup=None
    )


def _changed(current: str | None, head: str) -> str | None:
    return current if current is not None and current != head else None


def _revision_of(conn: Connection, location: DatabaseLocation) -> str | None:
    tables = set(inspect(conn).get_table_names())
    if VERSION_TABLE not in tables:
        if tables:
            raise NotADatabaseError(
                arg(
                    translate(
                        "DatabaseSchema",
                        "%1 holds another program's data, not Crisis Planner's. "
                        "It was left as it is.",
                    ),
                    location.display(),
                )
            )
        return None
    row = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).first()
    return str(row[0]) if row else None


def _sqlite_revision(path: Path) -> str | None:
    """Read the schema revision without writing a byte (no WAL switch, no pragmas)."""
    try:
        conn = read_only_connection(path)
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if VERSION_TABLE not in tables:
                if tables:
                    raise NotADatabaseError(
                        arg(
                            translate(
                                "DatabaseSchema",
                                "“%1” is another program's database, not Crisis "
                                "Planner's. It was left as it is.",
                            ),
                            path,
                        )
                    )
                return None
            row = conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
            return str(row[0]) if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            arg(translate("DatabaseSchema", "“%1” cannot be read as a database: %2"), path, exc)
        ) from exc


def _refuse_unknown(current: str, location: DatabaseLocation) -> None:
    if current not in known_revisions():
        raise DatabaseTooNewError(
            arg(
                translate(
                    "DatabaseSchema",
                    "%1 was written by a newer version of Crisis Planner "
                    "(schema %2). Update the app to open it; the database was "
                    "left as it is.",
                ),
                location.display(),
                current,
            )
        )


def _create_private_file(path: Path) -> None:
    """Create the database file as 0600 before SQLite does, so its -wal and -shm files
    inherit the same private mode."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def backup_before_migration(path: Path, backup_dir: Path, revision: str) -> Path:
    """Copy the database with SQLite's backup API (consistent even with a WAL)."""
    make_private_dir(backup_dir)
    stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
    target = backup_dir / f"{path.stem}-before-migration-from-{revision}-{stamp}.sqlite3"
    _create_private_file(target)
    source = read_only_connection(path)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    return target


def upgrade(engine: Engine, revision: str = "head") -> None:
    _run(engine, lambda config: command.upgrade(config, revision))


def downgrade(engine: Engine, revision: str) -> None:
    _run(engine, lambda config: command.downgrade(config, revision))


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if VERSION_TABLE not in inspect(conn).get_table_names():
            return None
        row = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).first()
        return str(row[0]) if row else None


def _run(engine: Engine, step: object) -> None:
    assert callable(step)
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        raw = conn.connection.driver_connection if sqlite else None
        if raw is not None:
            # Must happen outside a transaction: inside one the pragma is silently ignored.
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                step(alembic_config(conn))
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseError(
                            arg(
                                translate(
                                    "DatabaseSchema",
                                    "The migration would break %1 links between "
                                    "records; nothing was changed.",
                                ),
                                len(broken),
                            )
                        )
        except SQLAlchemyError as exc:
            raise DatabaseError(
                arg(
                    translate(
                        "DatabaseSchema", "Updating the database failed; nothing was changed: %1"
                    ),
                    _first_line(exc),
                )
            ) from exc
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
