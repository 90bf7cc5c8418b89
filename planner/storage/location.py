"""Which database to open: a SQLite file (the default) or a server URL, and whether a file
is safe to open at all. Nothing here writes to the file it inspects."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from planner.core.errors import DatabaseError, NotADatabaseError
from planner.core.i18n import arg, translate
from planner.storage.paths import AppPaths

DATABASE_ENV = "CRISIS_PLANNER_DATABASE"
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class DatabaseLocation:
    url: URL
    path: Path | None  # the SQLite file, or None for a server database

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    def display(self) -> str:
        """Where the data is, for people: a path, or the URL without its password."""
        if self.path is not None:
            return str(self.path)
        return self.url.render_as_string(hide_password=True)


def resolve_location(paths: AppPaths, database: str | None = None) -> DatabaseLocation:
    """``--database`` wins, then ``CRISIS_PLANNER_DATABASE``, then the file in the data folder.
    A value with ``://`` is a SQLAlchemy URL; anything else is a file path."""
    chosen = database or os.environ.get(DATABASE_ENV) or ""
    if "://" in chosen:
        try:
            url = make_url(chosen)
        except ArgumentError as exc:
            raise DatabaseError(
                arg(translate("DatabaseLocation", "“%1” is not a database address."), chosen)
            ) from exc
        if url.get_backend_name() == "sqlite":
            if not url.database or url.database == ":memory:":
                raise DatabaseError(
                    translate("DatabaseLocation", "An in-memory database cannot keep data.")
                )
            return _sqlite(Path(url.database))
        if url.get_backend_name() != "postgresql":
            raise DatabaseError(
                arg(
                    translate(
                        "DatabaseLocation",
                        "Unsupported database “%1”: use a file or a PostgreSQL URL.",
                    ),
                    url.get_backend_name(),
                )
            )
        if url.drivername == "postgresql":  # plain postgresql:// means psycopg 3 here
            url = url.set(drivername="postgresql+psycopg")
        return DatabaseLocation(url=url, path=None)
    path = Path(chosen).expanduser() if chosen else paths.default_database
    return _sqlite(path)


def _sqlite(path: Path) -> DatabaseLocation:
    path = path.expanduser().absolute()
    return DatabaseLocation(url=URL.create("sqlite+pysqlite", database=str(path)), path=path)


def inspect_sqlite_file(path: Path) -> bool:
    """Check that ``path`` can hold our database before SQLite touches it.

    Returns True when the file exists and has content (an existing database), False when
    it is new. Raises with a clear message for a folder, an unreadable file, or a file that
    is not a SQLite database (a text file, an image): such a file is left byte-identical.
    """
    if path.is_dir():
        raise NotADatabaseError(
            arg(translate("DatabaseLocation", "“%1” is a folder, not a database file."), str(path))
        )
    if not path.exists():
        if not path.parent.is_dir():
            raise DatabaseError(
                arg(
                    translate("DatabaseLocation", "The folder “%1” does not exist."),
                    str(path.parent),
                )
            )
        return False
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseError(
            arg(
                translate("DatabaseLocation", "Cannot read “%1”: %2"),
                str(path),
                exc.strerror or str(exc),
            )
        ) from exc
    if not header:
        return False  # an empty file is what SQLite itself creates for a new database
    if header != SQLITE_MAGIC:
        raise NotADatabaseError(
            arg(
                translate(
                    "DatabaseLocation",
                    "“%1” is not a Crisis Planner database (it is not a SQLite file). "
                    "It was left as it is.",
                ),
                str(path),
            )
        )
    if not os.access(path, os.W_OK):
        raise DatabaseError(
            arg(
                translate("DatabaseLocation", "“%1” is read-only: the app needs to write to it."),
                str(path),
            )
        )
    return True


def read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that cannot change the file, for looking before migrating."""
    return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
