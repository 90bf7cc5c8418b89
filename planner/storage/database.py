"""The open database: one engine per process, sessions handed out per operation."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlmodel import Session

from planner.storage.engine import READ_ONLY
from planner.storage.location import DatabaseLocation, resolve_location
from planner.storage.paths import AppPaths
from planner.storage.schema import OpenResult, open_database


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
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()
