"""The open database: one engine per process, sessions handed out per operation."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from planner.core.errors import DatabaseError
from planner.core.i18n import translate
from planner.storage.engine import READ_ONLY
from planner.storage.location import DatabaseLocation, resolve_location
from planner.storage.paths import AppPaths
from planner.storage.schema import OpenResult, open_database


def storage_error(exc: OperationalError) -> Exception:
    """What the owner can act on, for the failures a desktop user meets: a full disk, a
    database another program holds, a read-only folder. Others pass through as they are."""
    text = str(exc.orig if exc.orig is not None else exc).lower()
    if "full" in text or "no space" in text or "could not extend" in text:
        return DatabaseError(
            translate(
                "Storage",
                "The disk is full, so nothing was saved. Free some space and try again; "
                "what you typed is still on the screen.",
            )
        )
    if "locked" in text or "busy" in text:
        return DatabaseError(
            translate(
                "Storage",
                "The database is in use by another program, so nothing was saved. Close "
                "the other program (or wait a moment) and try again.",
            )
        )
    if "readonly" in text or "read-only" in text:
        return DatabaseError(
            translate(
                "Storage",
                "The database cannot be written to (the file or its folder is read-only), "
                "so nothing was saved.",
            )
        )
    return exc


@dataclass
class Database:
    """What services work on. Pass this (and ids), never ORM objects, across threads."""

    engine: Engine
    location: DatabaseLocation
    paths: AppPaths
    opened: OpenResult

    @classmethod
    def open(cls, paths: AppPaths, database: str | None = None) -> Database:
        paths.ensure()
        location = resolve_location(paths, database)
        opened = open_database(location, paths)
        return cls(engine=opened.engine, location=location, paths=paths, opened=opened)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session(self, *, write: bool) -> Iterator[Session]:
        """A session for one operation: committed on success, rolled back on any error.

        Read sessions begin DEFERRED on SQLite so that they never wait for the write lock.
        """
        bind = self.engine if write else self.engine.execution_options(**{READ_ONLY: True})
        with Session(bind, expire_on_commit=False) as session:
            try:
                yield session
                if write:
                    session.commit()
                else:
                    session.rollback()
            except OperationalError as exc:
                session.rollback()
                raise storage_error(exc) from exc
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()
