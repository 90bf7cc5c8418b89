"""Shared fixtures. Storage and service tests run on SQLite and on PostgreSQL: set
CRISIS_PLANNER_TEST_PG_URL (``eval "$(scripts/test-postgres.sh start)"``). Without a server the
PostgreSQL cases are skipped locally, and fail under CI=true."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never read or write the real user folders, even by accident.
os.environ.pop("CRISIS_PLANNER_DATABASE", None)
os.environ.pop("CRISIS_PLANNER_DATA_DIR", None)

PG_ENV = "CRISIS_PLANNER_TEST_PG_URL"
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(scope="session", autouse=True)
def _english_messages() -> Iterator[None]:
    from planner.core import i18n

    i18n.install_translator(None)
    yield


@pytest.fixture(scope="session")
def pg_server_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_ENV} is not set: CI must run the PostgreSQL tests")
        pytest.skip(f"no PostgreSQL server ({PG_ENV} not set)")
    return url


@pytest.fixture
def fresh_pg_url(pg_server_url: str) -> Iterator[str]:
    """A new, empty PostgreSQL database for one test, dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"planner_t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(make_url(pg_server_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(pg_server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def paths(tmp_path: Path):
    from planner.storage.paths import AppPaths

    return AppPaths.resolve(tmp_path / "data")


@pytest.fixture(params=BACKENDS)
def database_arg(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """What ``--database`` would be given: a SQLite file path, or a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "data" / "planner.sqlite3")
    url: str = request.getfixturevalue("fresh_pg_url")
    return url


@pytest.fixture
def db(paths, database_arg: str):
    """An opened, migrated, empty database on each backend."""
    from planner.storage.database import Database

    database = Database.open(paths, database_arg)
    yield database
    database.close()
