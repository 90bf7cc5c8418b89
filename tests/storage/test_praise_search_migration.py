"""Migration 0003 (praise full-text search) on a journal written before it: the entries
already there become searchable by their folded words and by their tags, and search stays
current as they are edited, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import text

from planner.services.journal import (
    PraiseInput,
    PraiseQuery,
    add_praise,
    count_praise,
    delete_praise,
    get_praise,
    search_praise,
    update_praise,
)
from planner.storage import schema
from planner.storage.database import Database
from planner.storage.engine import create_planner_engine
from planner.storage.location import resolve_location
from planner.storage.paths import AppPaths

CREATED = datetime(2024, 5, 1, 9, 30, tzinfo=UTC)
ENTRIES = [
    # (text, who, tags)
    ("Kakku oli herkullista, ei yhtään myöhässä. Kiitos!", "Äiti", ["Äitienpäivä", "kakku"]),
    ("Paras ruisleipä kaupungissa", "Matti", ["leipä"]),
    ("Ystävällinen palvelu", "", []),
]


def _journal_at_0002(paths: AppPaths, database_arg: str) -> dict[str, int]:
    """A database at revision 0002 with praise and tags written by SQL, as the app of
    that time left them; returns the entries' ids by the first word of their text."""
    paths.ensure()
    engine = create_planner_engine(resolve_location(paths, database_arg))
    try:
        schema.upgrade(engine, "0002")
        assert schema.current_revision(engine) == "0002"
        ids: dict[str, int] = {}
        with engine.begin() as conn:
            for body, who, tags in ENTRIES:
                conn.execute(
                    text(
                        "INSERT INTO praise_entry (text, who, channel, received_on, stars, url, "
                        "testimonial_ok, created_at) VALUES (:text, :who, 'google', :day, 5, '', "
                        ":ok, :created)"
                    ),
                    {
                        "text": body,
                        "who": who,
                        "day": date(2024, 5, 1),
                        "ok": False,
                        # SQLite keeps the UTC wall time; PostgreSQL gets a timestamptz.
                        "created": CREATED.replace(tzinfo=None)
                        if engine.dialect.name == "sqlite"
                        else CREATED,
                    },
                )
                praise_id = conn.execute(
                    text("SELECT id FROM praise_entry WHERE text = :text"), {"text": body}
                ).scalar_one()
                for tag in tags:
                    conn.execute(
                        text("INSERT INTO praise_tag (praise_id, tag) VALUES (:id, :tag)"),
                        {"id": praise_id, "tag": tag},
                    )
                ids[body.split()[0].lower()] = praise_id
    finally:
        engine.dispose()
    return ids


def _found(db: Database, words: str) -> list[int]:
    return sorted(v.id for v in search_praise(db, PraiseQuery(text=words)))


def test_entries_from_before_the_migration_are_found(paths: AppPaths, database_arg: str) -> None:
    ids = _journal_at_0002(paths, database_arg)
    db = Database.open(paths, database_arg)  # opening migrates to the head revision
    try:
        assert db.opened.migrated_from == "0002"
        assert schema.current_revision(db.engine) == schema.head_revision()
        cake, bread, service = ids["kakku"], ids["paras"], ids["ystävällinen"]
        assert count_praise(db) == 3
        # Folded words of the text, in any case and without diacritics, as prefixes.
        assert _found(db, "myohassa") == [cake]
        assert _found(db, "KIITOS") == [cake]
        assert _found(db, "herk") == [cake]
        assert _found(db, "ystavallinen") == [service]
        assert _found(db, "RUISLEIPA") == [bread]
        # The name in who and the words of the tags.
        assert _found(db, "aiti") == [cake]
        assert _found(db, "aitienpaiva") == [cake]
        assert _found(db, "leipa") == [bread]
        assert _found(db, "kakku herkullista") == [cake]
        assert _found(db, "kakku ruis") == []
        assert _found(db, "palvelu") == [service]
        # The tags themselves came through the migration untouched.
        assert get_praise(db, cake).tags == ("kakku", "Äitienpäivä")
        assert [v.id for v in search_praise(db, PraiseQuery(tags=("äitienpäivä",)))] == [cake]
    finally:
        db.close()


def test_search_stays_current_after_the_migration(paths: AppPaths, database_arg: str) -> None:
    ids = _journal_at_0002(paths, database_arg)
    db = Database.open(paths, database_arg)
    try:
        cake = ids["kakku"]
        today = date(2024, 5, 12)
        update_praise(db, cake, PraiseInput(text="Täytekakku oli upea", who="Liisa"), today=today)
        assert _found(db, "herkullista") == []
        assert _found(db, "aitienpaiva") == []
        assert _found(db, "taytekakku") == [cake]
        assert _found(db, "liisa") == [cake]

        delete_praise(db, ids["paras"])
        assert _found(db, "ruisleipa") == []

        # New entries after the old ones: no clash with the ids the old rows took.
        new = add_praise(
            db, PraiseInput(text="Myöhäinen kiitos", tags=("Ääni",)), today=today
        ).value
        assert new not in ids.values()
        assert _found(db, "myohainen") == [new]
        assert _found(db, "aani") == [new]
        assert count_praise(db) == 3
    finally:
        db.close()
