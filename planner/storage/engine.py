"""The one engine per process, with the SQLite settings the incident log needs."""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.pool import ConnectionPoolEntry

from planner.storage.location import DatabaseLocation

BUSY_TIMEOUT_MS = 5000
READ_ONLY = "planner_read_only"


UNICODE_LOWER = "planner_lower"


def create_planner_engine(location: DatabaseLocation) -> Engine:
    if not location.is_sqlite:
        # pre_ping: a laptop suspends and the server drops idle connections meanwhile.
        return create_engine(location.url, pool_pre_ping=True)
    engine = create_engine(
        location.url,
        # Connections move between the GUI's worker threads; the pool hands each to
        # one thread at a time, so SQLite's same-thread check would only get in the way.
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
    # Take transaction control from pysqlite so that BEGIN is ours (SQLAlchemy's recipe).
    dbapi_connection.isolation_level = None
    for pragma in (
        "PRAGMA journal_mode=WAL",
        "PRAGMA foreign_keys=ON",
        f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
        # FULL: a contact attempt reported as saved survives a power cut, not only a crash.
        "PRAGMA synchronous=FULL",
    ):
        dbapi_connection.execute(pragma).close()
    # SQLite's lower() and LIKE fold only A-Z; searches must find "Äkäinen" from "äkäinen"
    # as PostgreSQL's lower() does.
    dbapi_connection.create_function(
        UNICODE_LOWER, 1, lambda v: v.lower() if isinstance(v, str) else v, deterministic=True
    )


def _on_sqlite_begin(connection: Connection) -> None:
    # Writes take the write lock up front (IMMEDIATE): a deferred transaction that upgrades
    # to a writer later can fail with SQLITE_BUSY without waiting for the busy timeout.
    options: dict[str, Any] = dict(connection.get_execution_options())
    mode = "DEFERRED" if options.get(READ_ONLY) else "IMMEDIATE"
    connection.exec_driver_sql(f"BEGIN {mode}")
