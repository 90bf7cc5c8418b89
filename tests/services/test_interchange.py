"""All data as one JSON document: export, import into an empty database, export again
gives the same text, on SQLite and PostgreSQL; and hostile documents change nothing."""

from __future__ import annotations

import copy
import json
import os
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, text
from sqlalchemy import select as sa_select
from sqlmodel import col, select

from planner.core.dbtypes import UTCDateTime
from planner.core.enums import (
    Channel,
    ContactMethod,
    ContactOutcome,
    IncidentStatus,
    Justified,
    Language,
    PlanSection,
    PrincipleKind,
    RootCause,
    Severity,
)
from planner.core.errors import ValidationError
from planner.core.models import (
    ActionItem,
    DrillRun,
    ListeningSource,
    PraiseEntry,
    Principle,
    ReplyTemplate,
    metadata,
)
from planner.core.text_fold import fold
from planner.services import interchange, lessons
from planner.services.changes import Area
from planner.services.incident_guide import set_checklist_step
from planner.services.incidents import (
    IncidentInput,
    add_note,
    change_status,
    log_incident,
    record_contact,
    record_permission,
    record_reply,
)
from planner.services.interchange import (
    DatabaseNotEmptyError,
    InvalidDocumentError,
    dumps_document,
    export_document,
    export_json,
    import_document,
    parse_json_bytes,
    validate_document,
)
from planner.services.journal import PraiseInput, PraiseQuery, add_praise, search_praise
from planner.services.listening import record_check
from planner.services.plan import init_plan, mark_reviewed
from planner.services.replies import save_reply_draft
from planner.services.review_requests import (
    ReviewRequestInput,
    add_review_request,
    mark_asked,
    request_from_praise,
)
from planner.storage.database import Database
from planner.storage.paths import AppPaths

T0 = datetime(2024, 5, 6, 8, 0, tzinfo=UTC)
TODAY = date(2024, 5, 12)
EXPORTED_AT = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)
COMPLAINT = "Tilasin täytekakun ristiäisiin ja se oli myöhässä tunnin. Ei näin! 😡"


# -- a rich dataset, made by the services -------------------------------------------------
def build_rich_dataset(db: Database) -> None:
    """Something in every table, with the awkward bits: Finnish letters, emoji, quotes,
    newlines, nulls, microseconds, foreign keys that are set and ones that are not."""
    init_plan(
        db,
        language=Language.FI,
        business="Leipomo Äkäinen",
        owner="Onni Äkäinen",
        reply_languages=(Language.FI, Language.EN),
        waking_hours=(7 * 60, 22 * 60),
    )
    mark_reviewed(db, notes="Luettu läpi “tarkasti” 🎂", at=T0)
    with db.session(write=False) as session:
        source_id = session.exec(
            select(ListeningSource.id).order_by(col(ListeningSource.id))
        ).first()
        template_id = session.exec(select(ReplyTemplate.id).order_by(col(ReplyTemplate.id))).first()
        checklist_id = session.exec(
            select(Principle.id)
            .where(Principle.kind == PrincipleKind.CHECKLIST)
            .order_by(col(Principle.id))
        ).first()
    assert source_id and template_id and checklist_id
    record_check(db, source_id, found_something=True, notes="Arvio Googlessa\nrivi 2", at=T0)

    first = log_incident(
        db,
        IncidentInput(
            text=COMPLAINT,
            url="https://www.google.com/maps/reviews/1",
            author="Kiukkuinen Kalle",
            posted_at=T0 + timedelta(minutes=10, microseconds=123456),
            detected_at=T0 + timedelta(minutes=40),
            customer_name="Kalle Könönen",
            customer_email="kalle@example.fi",
            customer_phone="+358 40 123 4567",
        ),
        now=T0 + timedelta(hours=1),
    ).value
    record_reply(db, first, "Pahoittelut – soitan teille tänään.", at=T0 + timedelta(hours=1))
    record_contact(
        db,
        first,
        ContactMethod.CALL,
        ContactOutcome.NO_ANSWER,
        at=T0 + timedelta(hours=2),
        notes="Ei vastannut",
        next_follow_up_at=T0 + timedelta(hours=5),
    )
    record_contact(
        db,
        first,
        ContactMethod.CALL,
        ContactOutcome.REACHED_GOOD,
        at=T0 + timedelta(hours=6),
        notes='Sovittiin hyvitys, "kakku uudestaan"',
    )
    add_note(db, first, "Muistiinpano\n\trivillä kaksi \\ kenoviiva", at=T0 + timedelta(hours=7))
    record_permission(db, first, "Sähköpostilla 6.5.", at=T0 + timedelta(hours=8))
    save_reply_draft(db, first, "Luonnos “lainausmerkein” ja {placeholder}", template_id)
    set_checklist_step(db, first, checklist_id, True, at=T0 + timedelta(hours=1))
    change_status(db, first, IncidentStatus.RESOLVED, at=T0 + timedelta(days=1))
    second = log_incident(
        db,
        IncidentInput(
            text="Huono palvelu.", channel=Channel.FACEBOOK, severity=Severity.HIGH, title="FB"
        ),
        now=T0 + timedelta(days=2),
    ).value
    assert second

    praise = add_praise(
        db,
        PraiseInput(
            text="Kiitos ihanasta kakusta! 🎉 Ääkköset: ÅÄÖ åäö",
            who="Liisa Öhman",
            channel=Channel.FACEBOOK,
            received_on=date(2024, 5, 1),
            tags=("kakku", "Juhlat", "ÄITIENPÄIVÄ"),
            stars=5,
            url="https://www.facebook.com/leipomo/posts/1",
            testimonial_ok=True,
            incident_id=first,
        ),
        today=TODAY,
    ).value
    add_praise(db, PraiseInput(text="Paras ruisleipä.", received_on=date(2023, 5, 12)), TODAY)
    request = request_from_praise(db, praise).value
    mark_asked(db, request, at=T0 + timedelta(days=3))
    add_review_request(
        db, ReviewRequestInput(customer_name="Matti", contact="matti@example.fi", notes="Kanta")
    )

    # Lessons learned: a completed review, a promised action and its checks.
    review = lessons.open_review(db, first, now=T0 + timedelta(days=1)).value
    lessons.complete_review(
        db,
        review,
        lessons.ReviewInput(
            justified=Justified.PARTLY,
            root_cause=RootCause.DELAY,
            went_well="Puhelu rauhoitti.",
            to_change="Toimitusaika kirjataan.",
        ),
        at=T0 + timedelta(days=2),
    )
    action = lessons.add_action(
        db,
        review,
        lessons.ActionInput(
            text="Kirjaa toimitusaika tilaukseen",
            owner="Onni",
            due_on=date(2024, 6, 1),
            plan_section=PlanSection.TEMPLATES,
            is_promise=True,
        ),
        now=T0 + timedelta(days=2),
    ).value
    lessons.complete_action(db, action, at=T0 + timedelta(days=4))
    check = lessons.promise_checks_due(db, now=T0 + timedelta(days=100))[0]
    lessons.record_promise_check(
        db, check.id, kept=True, recurred=False, notes="Pidetty", at=T0 + timedelta(days=40)
    )
    # No service makes drills yet: a row as a drill would leave it, and its action.
    with db.session(write=True) as session:
        drill = DrillRun(
            scenario_id="late-cake",
            started_at=T0,
            finished_at=T0 + timedelta(minutes=20),
            reply_text="Pahoittelen",
            choices='["call", "apologise"]',
            score=80,
            score_details='{"tone": "calm"}',
        )
        session.add(drill)
        session.flush()
        session.add(ActionItem(drill_run_id=drill.id, text="Harjoittele puhelua", created_at=T0))


def row_counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {
            t.name: int(conn.execute(sa_select(func.count()).select_from(t)).scalar_one())
            for t in metadata.sorted_tables
        }


def fingerprint(db: Database) -> tuple[dict[str, int], str]:
    return row_counts(db), export_json(db, exported_at=EXPORTED_AT)


# -- a second, empty database on the same backend ------------------------------------------
@pytest.fixture
def empty_db(database_arg: str, tmp_path: Path) -> Iterator[Database]:
    paths = AppPaths.resolve(tmp_path / "other")
    if database_arg.startswith("postgresql"):
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        name = f"planner_t_{uuid.uuid4().hex[:12]}"
        admin = create_engine(make_url(database_arg), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = make_url(database_arg).set(database=name).render_as_string(hide_password=False)
        database = Database.open(paths, url)
        try:
            yield database
        finally:
            database.close()
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
    else:
        database = Database.open(paths, str(tmp_path / "other" / "planner.sqlite3"))
        yield database
        database.close()


# -- the round trip ------------------------------------------------------------------------
def test_every_table_is_in_the_document_and_nothing_else(db: Database) -> None:
    document = export_document(db, exported_at=EXPORTED_AT)
    assert document["format"] == "crisis-planner" and document["version"] == 1
    assert document["exported_at"] == "2024-06-01T12:00:00Z"
    assert sorted(document["data"]) == sorted(t.name for t in metadata.sorted_tables)
    assert len(document["data"]) == 24
    assert all(rows == [] for rows in document["data"].values())
    assert validate_document(document) == []


def test_round_trip_gives_identical_text(db: Database, empty_db: Database) -> None:
    build_rich_dataset(db)
    exported = export_json(db, exported_at=EXPORTED_AT)
    document = json.loads(exported)
    assert all(document["data"][name] for name in document["data"]), [
        name for name, rows in document["data"].items() if not rows
    ]
    assert "search_text" not in document["data"]["praise_entry"][0]
    assert validate_document(document) == []

    outcome = import_document(empty_db, parse_json_bytes(exported.encode("utf-8")))
    assert outcome.changes.areas == frozenset(Area)
    assert outcome.value.deleted == 0
    assert outcome.value.total == sum(len(rows) for rows in document["data"].values())
    assert outcome.value.rows["praise_tag"] == 3
    assert export_json(empty_db, exported_at=EXPORTED_AT) == exported
    assert row_counts(empty_db) == row_counts(db)


def test_formats_of_the_values(db: Database) -> None:
    build_rich_dataset(db)
    data = export_document(db, exported_at=EXPORTED_AT)["data"]
    incident = data["incident"][0]
    assert incident["posted_at"] == "2024-05-06T08:10:00.123456Z"
    assert incident["detected_at"] == "2024-05-06T08:40:00Z"
    assert incident["status"] == "resolved" and incident["justified"] == "partly"
    assert data["praise_entry"][0]["received_on"] == "2024-05-01"
    assert data["praise_entry"][0]["testimonial_ok"] is True
    assert data["incident"][1]["posted_at"] is None
    for rows in data.values():
        ids = [tuple(v for k, v in sorted(r.items()) if k == "id") for r in rows]
        assert ids == sorted(ids)
    tags = [(t["praise_id"], t["tag"]) for t in data["praise_tag"]]
    assert tags == sorted(tags)  # by code point on both backends ("ÄITIENPÄIVÄ" last)


def test_search_text_is_computed_again_on_import(db: Database, empty_db: Database) -> None:
    build_rich_dataset(db)
    import_document(empty_db, export_document(db))
    with empty_db.session(write=False) as session:
        entry = session.exec(select(PraiseEntry).order_by(col(PraiseEntry.id))).first()
        assert entry is not None
        stored, words = entry.search_text, [entry.text, entry.who]
    tags = sorted(["kakku", "Juhlat", "ÄITIENPÄIVÄ"])
    assert stored == fold(" ".join([*words, *tags]))
    # ...and full-text search (FTS5 / tsvector) finds the imported words.
    found = search_praise(empty_db, PraiseQuery(text="aitienpaiva"))
    assert [v.who for v in found] == ["Liisa Öhman"]
    assert [v.id for v in search_praise(empty_db, PraiseQuery(text="ruisleipa"))]


def test_new_rows_get_fresh_ids_after_an_import(db: Database, empty_db: Database) -> None:
    build_rich_dataset(db)
    document = export_document(db)
    import_document(empty_db, document)
    biggest = max(row["id"] for row in document["data"]["incident"])
    new = log_incident(empty_db, IncidentInput(text="Uusi valitus.")).value
    assert new == biggest + 1
    praise = add_praise(empty_db, PraiseInput(text="Kiitos!"), today=date.today()).value
    assert praise > max(row["id"] for row in document["data"]["praise_entry"])


def test_import_refuses_a_database_with_data(db: Database, empty_db: Database) -> None:
    build_rich_dataset(db)
    document = export_document(db, exported_at=EXPORTED_AT)
    log_incident(empty_db, IncidentInput(text="Jo olemassa."))
    before = fingerprint(empty_db)
    with pytest.raises(DatabaseNotEmptyError, match="--replace"):
        import_document(empty_db, document)
    assert fingerprint(empty_db) == before


def test_replace_deletes_everything_first(db: Database, empty_db: Database) -> None:
    build_rich_dataset(db)
    build_rich_dataset(empty_db)
    log_incident(empty_db, IncidentInput(text="Ylimääräinen."))
    document = export_document(db, exported_at=EXPORTED_AT)
    outcome = import_document(empty_db, document, replace=True)
    assert outcome.value.deleted == sum(row_counts(db).values()) + 2  # incident + event
    assert export_json(empty_db, exported_at=EXPORTED_AT) == dumps_document(document)
    # Replacing with an empty document leaves an empty database, ids starting over.
    empty = copy.deepcopy(document)
    empty["data"] = {name: [] for name in document["data"]}
    import_document(empty_db, empty, replace=True)
    assert sum(row_counts(empty_db).values()) == 0
    assert log_incident(empty_db, IncidentInput(text="Alusta.")).value == 1


def test_a_failed_import_changes_nothing(db: Database) -> None:
    build_rich_dataset(db)
    document = export_document(db, exported_at=EXPORTED_AT)
    before = fingerprint(db)
    bad = copy.deepcopy(document)
    bad["data"]["incident"][0]["severity"] = "catastrophic"
    with pytest.raises(InvalidDocumentError) as caught:
        import_document(db, bad, replace=True)
    assert caught.value.errors == {
        "$.data.incident[0].severity": caught.value.problems[0][1],
    }
    assert "catastrophic" in caught.value.message
    assert fingerprint(db) == before


def test_the_database_refusing_a_row_rolls_everything_back(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Validation is the first line; should a row still be refused, the delete of the old
    data is rolled back with it."""
    build_rich_dataset(db)
    document = export_document(db, exported_at=EXPORTED_AT)
    before = fingerprint(db)
    monkeypatch.setattr(interchange, "_check", lambda obj: ([], _parsed_with_a_bad_row(obj)))
    with pytest.raises(InvalidDocumentError, match="refused"):
        import_document(db, document, replace=True)
    assert fingerprint(db) == before


def _parsed_with_a_bad_row(obj: Any) -> Any:
    problems, parsed = _real_check(obj)
    assert problems == []
    parsed.rows["timeline_event"][0]["incident_id"] = 999_999  # dangling: the FK refuses it
    return parsed


_real_check = interchange._check


# -- validation, case by case --------------------------------------------------------------
@pytest.fixture(scope="module")
def sample() -> dict[str, Any]:
    """A valid document with a row in most tables (made once, on SQLite)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        database = Database.open(AppPaths.resolve(Path(folder)))
        try:
            build_rich_dataset(database)
            document = export_document(database, exported_at=EXPORTED_AT)
        finally:
            database.close()
    return document


def _problems(document: Any) -> dict[str, str]:
    return dict(validate_document(document))


def _edited(sample: dict[str, Any], change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    document = copy.deepcopy(sample)
    change(document)
    return document


def test_wrong_types_and_values_are_named_by_their_path(sample: dict[str, Any]) -> None:
    def change(d: dict[str, Any]) -> None:
        incident = d["data"]["incident"][1]
        incident["severity"] = "catastrophic"
        incident["title"] = 42
        incident["detected_at"] = "2024-05-06T08:00:00"  # naive
        incident["posted_at"] = "2024-02-30T08:00:00Z"
        incident["url"] = "x" * 2001
        d["data"]["praise_entry"][0]["stars"] = 6
        d["data"]["praise_entry"][1]["testimonial_ok"] = 1
        d["data"]["praise_entry"][1]["received_on"] = "1.5.2024"
        d["data"]["response_target"][0]["first_reply_minutes"] = 0
        d["data"]["response_target"][1]["first_reply_minutes"] = 1.5
        d["data"]["business_profile"][0]["waking_start_minute"] = 1440
        d["data"]["compensation_option"][0]["max_value_cents"] = -1
        d["data"]["drill_run"][0]["score"] = 2**31
        d["data"]["person"][0]["notes"] = "a\x00b"
        d["data"]["person"][1]["notes"] = "\ud800"
        d["data"]["plan_change"][0]["summary"] = None

    problems = _problems(_edited(sample, change))
    expected = {
        "$.data.incident[1].severity": "Unknown value “catastrophic”",
        "$.data.incident[1].title": "Expected text, found a number.",
        "$.data.incident[1].detected_at": "no UTC offset",
        "$.data.incident[1].posted_at": "not a real time",
        "$.data.incident[1].url": "Too long: 2,001 characters, 2,000 at most.",
        "$.data.praise_entry[0].stars": "Must be from 1 to 5.",
        "$.data.praise_entry[1].testimonial_ok": "Expected true or false, found a number.",
        "$.data.praise_entry[1].received_on": "is not a date such as 2025-03-01",
        "$.data.response_target[0].first_reply_minutes": "Must be more than 0.",
        "$.data.response_target[1].first_reply_minutes": "Expected a whole number",
        "$.data.business_profile[0].waking_start_minute": "Must be from 0 to 1439.",
        "$.data.compensation_option[0].max_value_cents": "Must be 0 or more.",
        "$.data.drill_run[0].score": "out of range",
        "$.data.person[0].notes": "NUL",
        "$.data.person[1].notes": "surrogate",
        "$.data.plan_change[0].summary": "null is not allowed",
    }
    assert set(problems) == set(expected), problems
    for path, words in expected.items():
        assert words in problems[path], (path, problems[path])


def test_posted_after_detected_is_refused(sample: dict[str, Any]) -> None:
    def change(d: dict[str, Any]) -> None:
        d["data"]["incident"][0]["posted_at"] = "2030-01-01T00:00:00+02:00"

    assert _problems(_edited(sample, change)) == {
        "$.data.incident[0].posted_at": "Must not be after detected_at."
    }


def test_a_document_moves_between_backends(sample: dict[str, Any], db: Database) -> None:
    """The sample was exported from SQLite; on PostgreSQL it comes back the same."""
    import_document(db, sample)
    assert export_json(db, exported_at=EXPORTED_AT) == dumps_document(sample)


def test_values_at_the_limits_survive_on_both_backends(
    sample: dict[str, Any], db: Database
) -> None:
    def change(d: dict[str, Any]) -> None:
        incident = d["data"]["incident"][0]
        incident["title"] = "ä" * 300
        incident["url"] = "🎂" * 2000  # characters, not bytes
        incident["original_text"] = "x" * interchange.MAX_TEXT_CHARS
        incident["posted_at"] = "1000-01-01T00:00:00Z"
        incident["resolved_at"] = "9998-12-31T23:59:59.999999Z"
        d["data"]["plan_change"][0]["entity_id"] = -(2**31)
        d["data"]["plan_change"][1]["entity_id"] = 2**31 - 1
        d["data"]["praise_entry"][0]["received_on"] = "1000-01-01"
        d["data"]["praise_entry"][1]["received_on"] = "9998-12-31"
        d["data"]["praise_entry"][1]["stars"] = 1
        d["data"]["drill_run"][0]["score"] = 0
        d["data"]["business_profile"][0]["waking_end_minute"] = 1439
        d["data"]["timeline_event"][0]["text"] = "tab\tCR\rLF\n\u2028\x7f\ufeff"

    document = _edited(sample, change)
    assert validate_document(document) == []
    import_document(db, document)
    assert export_json(db, exported_at=EXPORTED_AT) == dumps_document(document)


def test_offsets_are_accepted_and_stored_as_utc(sample: dict[str, Any], db: Database) -> None:
    def change(d: dict[str, Any]) -> None:
        d["data"]["incident"][0]["resolved_at"] = "2024-05-07T11:00:00.5+03:00"

    import_document(db, _edited(sample, change))
    assert (
        export_document(db)["data"]["incident"][0]["resolved_at"] == "2024-05-07T08:00:00.500000Z"
    )


def test_missing_unknown_and_derived_keys(sample: dict[str, Any]) -> None:
    def change(d: dict[str, Any]) -> None:
        del d["exported_at"]
        d["colour"] = "red"
        del d["data"]["drill_run"]
        d["data"]["drill_runs"] = []
        del d["data"]["incident"][0]["title"]
        d["data"]["incident"][0]["mood"] = "angry"
        d["data"]["incident"][0]["odd key!"] = 1
        d["data"]["praise_entry"][0]["search_text"] = "kiitos"
        d["data"]["person"][0] = ["not", "a", "row"]
        d["data"]["action_item"] = {"0": {}}

    problems = _problems(_edited(sample, change))
    assert problems == {
        "$.exported_at": "This key is missing.",
        "$.colour": "Unknown key.",
        "$.data.drill_run": "This table is missing (give [] when empty).",
        "$.data.drill_runs": "Unknown table.",
        "$.data.incident[0].title": "This key is missing.",
        "$.data.incident[0].mood": "Unknown key.",
        '$.data.incident[0]["odd key!"]': "Unknown key.",
        "$.data.praise_entry[0].search_text": (
            "This value is computed by the app; leave it out of the document."
        ),
        "$.data.person[0]": "Expected an object, found a list.",
        "$.data.action_item": "Expected a list of rows, found an object.",
        # The promise check's action is gone with the table.
        **(
            {"$.data.promise_check[0].action_id": problems["$.data.promise_check[0].action_id"]}
            if "$.data.promise_check[0].action_id" in problems
            else {}
        ),
    }


def test_duplicates_and_dangling_references(sample: dict[str, Any]) -> None:
    def change(d: dict[str, Any]) -> None:
        d["data"]["incident"].append(copy.deepcopy(d["data"]["incident"][0]))
        d["data"]["praise_tag"].append(copy.deepcopy(d["data"]["praise_tag"][0]))
        d["data"]["timeline_event"][2]["incident_id"] = 4242
        d["data"]["reply_draft"][0]["template_id"] = 4243
        target = copy.deepcopy(d["data"]["response_target"][0])
        target["id"] = 999
        d["data"]["response_target"].append(target)  # same plan and severity

    problems = validate_document(_edited(sample, change))
    paths = {path: message for path, message in problems}
    assert paths["$.data.incident[2].id"] == (
        "id 1 appears twice in incident (first at $.data.incident[0])."
    )
    assert "praise_id, tag" in paths["$.data.praise_tag[3]"]
    assert paths["$.data.timeline_event[2].incident_id"] == (
        "There is no incident with id 4242 in the document."
    )
    assert paths["$.data.reply_draft[0].template_id"] == (
        "There is no reply_template with id 4243 in the document."
    )
    assert (
        "plan_id, severity"
        in paths[f"$.data.response_target[{len(sample['data']['response_target'])}]"]
    )
    # The copied incident repeats the unique lesson review's incident? No: only its id.
    assert len(problems) == 5, problems


def test_a_missing_parent_leaves_its_children_dangling(sample: dict[str, Any]) -> None:
    def change(d: dict[str, Any]) -> None:
        d["data"]["incident"] = [r for r in d["data"]["incident"] if r["id"] != 1]

    problems = validate_document(_edited(sample, change))
    assert problems and all("There is no incident with id 1" in m for _, m in problems)
    tables = {path.split("[")[0] for path, _ in problems}
    assert {"$.data.timeline_event", "$.data.contact_attempt", "$.data.reply_draft"} <= tables


@pytest.mark.parametrize(
    ("document", "path", "words"),
    [
        ([], "$", "Expected an object with format, version and data, found a list."),
        ("text", "$", "found text"),
        (None, "$", "found null"),
        ({"format": "other", "version": 1, "exported_at": "x", "data": {}}, "$.format", "not a"),
        (
            {"format": "crisis-planner", "version": 2, "exported_at": "x", "data": {}},
            "$.version",
            "Version 2 is not supported",
        ),
        (
            {"format": "crisis-planner", "version": True, "exported_at": "x", "data": {}},
            "$.version",
            "Version true is not supported",
        ),
        (
            {"format": "crisis-planner", "version": 1, "exported_at": "x", "data": []},
            "$.data",
            "Expected an object, found a list.",
        ),
    ],
)
def test_top_level_problems(document: Any, path: str, words: str) -> None:
    problems = dict(validate_document(document))
    assert path in problems and words in problems[path], problems


def test_an_unsupported_version_is_not_read_further() -> None:
    document = {"format": "crisis-planner", "version": 2, "exported_at": "x", "data": {"a": 1}}
    paths = [path for path, _ in validate_document(document)]
    assert "$.version" in paths and not [p for p in paths if p.startswith("$.data")]


def test_too_deep_nesting_is_refused_before_walking() -> None:
    deep: Any = []
    for _ in range(100_000):  # far beyond Python's recursion limit
        deep = [deep]
    assert validate_document({"data": deep}) == [("$", "The document nests deeper than 64 levels.")]
    cyclic: dict[str, Any] = {}
    cyclic["data"] = cyclic
    assert validate_document(cyclic)[0][0] == "$"


def test_the_list_of_problems_has_an_end(sample: dict[str, Any]) -> None:
    document = copy.deepcopy(sample)
    document["data"]["timeline_event"] = [{"bogus": i} for i in range(2000)]
    problems = validate_document(document)
    assert len(problems) == interchange.MAX_PROBLEMS + 1
    assert "Too many problems" in problems[-1][1]


def test_every_check_constraint_is_understood() -> None:
    """A new CHECK in the models must be taught to the interchange (it raises otherwise)."""
    interchange.table_specs.cache_clear()
    specs = interchange.table_specs()
    rules = {(s.name, r.column) for s in specs for r in s.rules}
    assert ("praise_entry", "stars") in rules and ("incident", "posted_at") in rules
    assert len(rules) == 14


def test_the_format_document_names_every_table_and_key() -> None:
    doc = (Path(__file__).parents[2] / "docs" / "data-format.md").read_text(encoding="utf-8")
    sections = doc.split("\n### ")[1:]
    documented = {
        section.split("`")[1]: {
            line.split("`")[1] for line in section.splitlines() if line.startswith("| `")
        }
        for section in sections
    }
    assert documented == {
        spec.name: {c.name for c in spec.columns} for spec in interchange.table_specs()
    }


# -- reading bytes -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (b'{"a": "\xff"}', "not UTF-8 text (invalid byte at position 7)"),
        (b"\xc3\x28", "not UTF-8"),
        (b'{"a": 1,}', "not valid JSON"),
        (b"", "not valid JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "nests deeper"),
        (b'{"a": 1, "a": 2}', "The key “a” appears twice"),
        (b"[NaN]", "NaN is not a number JSON allows"),
        (b"[-Infinity]", "-Infinity is not a number"),
        (b"[" + b"9" * 5000 + b"]", "far too long"),
    ],
)
def test_parse_json_bytes_refuses_clearly(raw: bytes, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_json_bytes(raw)
    assert words in caught.value.message
    assert caught.value.errors == {"$": caught.value.message}


def test_parse_json_bytes_accepts_a_bom_and_refuses_huge_files(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert parse_json_bytes(b'\xef\xbb\xbf{"a": "\xc3\xa4"}') == {"a": "ä"}
    monkeypatch.setattr(interchange, "MAX_DOCUMENT_BYTES", 10)
    with pytest.raises(ValidationError, match="too large"):
        parse_json_bytes(b"[1, 2, 3, 4, 5]")


# -- hostile documents (SQLite only, to keep the time reasonable) ----------------------------
JSON_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
    | st.sampled_from(["", "\x00", "\ud800", "2024-05-06T08:00:00", "2024-05-06", "high"])
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)
DEEP = "__deep__"


def _kind_value(column: interchange.ColumnSpec) -> st.SearchStrategy[Any]:
    """Values near what the column wants: boundaries, near-misses, now and then valid."""
    if column.kind == interchange.Kind.INTEGER:
        return st.integers(-(2**33), 2**33) | st.sampled_from([0, -1, 1, 5, 6, 1439, 1440, 2**31])
    if column.kind == interchange.Kind.BOOLEAN:
        return st.booleans() | st.sampled_from([0, 1, "true"])
    if column.kind == interchange.Kind.DATE:
        return st.dates().map(date.isoformat) | st.sampled_from(
            ["2024-02-30", "2024-5-1", "0999-01-01", "２０２４-01-01"]
        )
    if column.kind == interchange.Kind.DATETIME:
        return st.datetimes(timezones=st.just(UTC)).map(lambda d: d.isoformat()) | st.sampled_from(
            [
                "2024-05-06T08:00:00",
                "2024-05-06T08:00:00Z",
                "2024-05-06T08:00:00.1234567Z",
                "2024-05-06 08:00:00Z",
                "9999-12-31T23:59:59-23:59",
                "2024-05-06T25:00:00Z",
                "2024-05-06T08:00:00+24:00",
            ]
        )
    if column.kind == interchange.Kind.ENUM:
        return st.sampled_from([*column.values, "", "HIGH", "unknown"])
    limit = column.max_length or 50
    return st.text(max_size=min(limit + 2, 60)) | st.sampled_from(
        ["x" * limit, "x" * (limit + 1), "ä" * limit]
    )


def hostile_bytes(draw: Callable[[st.SearchStrategy[Any]], Any], base: dict[str, Any]) -> bytes:
    """A valid document made hostile by one to three mutations, as the bytes of a file.
    (A plain function fed by ``st.data()``: the document stays out of Hypothesis' reports.)"""
    document = copy.deepcopy(base)
    data = document["data"]
    specs = {s.name: s for s in interchange.table_specs()}
    filled = sorted(name for name, rows in data.items() if rows)
    mutations = draw(st.integers(1, 3))
    deep_depth: int | None = None
    for _ in range(mutations):
        kind = draw(
            st.sampled_from(
                [
                    "value",
                    "typed",
                    "typed",
                    "delete",
                    "extra",
                    "huge",
                    "deep",
                    "duplicate",
                    "dangling",
                    "drop_parent",
                    "top",
                    "bytes",
                    "corrupt",
                    "valid_edit",
                ]
            )
        )
        table = draw(st.sampled_from(filled))
        rows = data.get(table)
        if not isinstance(rows, list) or not rows:
            continue
        index = draw(st.integers(0, len(rows) - 1))
        row = rows[index]
        if not isinstance(row, dict):
            continue
        spec = specs[table]
        column = draw(st.sampled_from(spec.columns))
        if kind == "value":
            row[column.name] = draw(JSON_VALUES)
        elif kind == "typed":
            row[column.name] = draw(_kind_value(column))
        elif kind == "delete":
            where = draw(st.sampled_from(["row", "table", "top"]))
            if where == "row":
                row.pop(column.name, None)
            elif where == "table":
                data.pop(table, None)
            else:
                document.pop(draw(st.sampled_from(["format", "version", "exported_at", "data"])))
                break
        elif kind == "extra":
            target = draw(st.sampled_from([row, data, document]))
            target[draw(st.text(max_size=8))] = draw(JSON_VALUES)
        elif kind == "huge":
            text_columns = [c for c in spec.columns if c.kind == interchange.Kind.TEXT]
            if text_columns:
                chosen = draw(st.sampled_from(text_columns))
                limit = chosen.max_length or interchange.MAX_TEXT_CHARS
                row[chosen.name] = "ö" * (limit + draw(st.sampled_from([0, 1, 7])))
        elif kind == "deep":
            deep_depth = draw(st.sampled_from([3, 60, 63, 64, 65, 200, 5000]))
            row[column.name] = DEEP
        elif kind == "duplicate":
            clone = copy.deepcopy(row)
            if draw(st.booleans()) and "id" in clone:
                ids = [r.get("id") for r in rows if isinstance(r, dict)]
                clone["id"] = max([i for i in ids if type(i) is int] or [0]) + 1
            rows.append(clone)
        elif kind == "dangling":
            refs = [c for c in spec.columns if c.references]
            if refs:
                chosen = draw(st.sampled_from(refs))
                row[chosen.name] = draw(st.sampled_from([4242, 0, -1, 2**31 - 1]))
        elif kind == "drop_parent":
            rows.pop(index)
        elif kind == "top":
            key = draw(st.sampled_from(["format", "version", "exported_at", "data", None]))
            if key is None:
                return json.dumps(draw(JSON_VALUES)).encode("utf-8", "surrogatepass")
            document[key] = draw(JSON_VALUES | st.sampled_from([2, 0, "crisis-planner", 1.0]))
        elif kind == "bytes":
            random_bytes: bytes = draw(st.binary(max_size=300))
            return random_bytes
        elif kind == "corrupt":
            raw = json.dumps(document, ensure_ascii=False).encode("utf-8", "surrogatepass")
            position = draw(st.integers(0, len(raw)))
            junk: bytes = draw(st.binary(min_size=1, max_size=4))
            cut = draw(st.integers(0, 4))
            return raw[:position] + junk + raw[position + cut :]
        elif kind == "valid_edit":
            if column.kind == interchange.Kind.TEXT and column.references is None:
                row[column.name] = draw(
                    st.text(
                        st.characters(codec="utf-8", exclude_characters="\x00"),
                        max_size=min(column.max_length or 30, 30),
                    )
                )
            elif column.kind == interchange.Kind.BOOLEAN:
                row[column.name] = not row.get(column.name)
    ensure_ascii = draw(st.booleans())
    text = json.dumps(document, ensure_ascii=ensure_ascii)
    if deep_depth is not None:
        text = text.replace(json.dumps(DEEP), "[" * deep_depth + "]" * deep_depth, 1)
    return text.encode("utf-8", "surrogatepass")


def _normalised(data: dict[str, Any]) -> dict[str, Any]:
    """What the export should give back for an imported ``data``: times in UTC with "Z",
    rows by primary key."""
    out: dict[str, Any] = {}
    for spec in interchange.table_specs():
        times = {c.name for c in spec.table.columns if isinstance(c.type, UTCDateTime)}
        rows = []
        for row in data[spec.name]:
            rows.append(
                {
                    k: (
                        interchange.format_datetime(datetime.fromisoformat(v))
                        if k in times and v is not None
                        else v
                    )
                    for k, v in row.items()
                }
            )
        rows.sort(key=lambda r: tuple(r[k] for k in spec.key))
        out[spec.name] = rows
    return out


# More for a deeper local run: PLANNER_HOSTILE_EXAMPLES=20000 pytest -k hostile
HOSTILE_EXAMPLES = int(os.environ.get("PLANNER_HOSTILE_EXAMPLES", "1000"))


@pytest.fixture
def hostile_db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(AppPaths.resolve(tmp_path / "hostile"))
    yield database
    database.close()


def test_hostile_documents_are_refused_or_imported_whole(
    hostile_db: Database, sample: dict[str, Any]
) -> None:
    db = hostile_db
    import_document(db, sample)
    baseline = fingerprint(db)
    stats = {"unreadable": 0, "invalid": 0, "imported": 0}
    started = time.monotonic()

    @settings(
        max_examples=HOSTILE_EXAMPLES,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        raw = hostile_bytes(data.draw, sample)
        try:
            document = parse_json_bytes(raw)
        except ValidationError as exc:
            assert exc.message.strip() and exc.errors
            stats["unreadable"] += 1
            return
        problems = validate_document(document)
        try:
            import_document(db, document, replace=True)
        except InvalidDocumentError as exc:
            assert exc.message.strip() and exc.errors
            assert exc.problems == problems and problems
            assert all(path.startswith("$") and message for path, message in problems)
            assert fingerprint(db) == baseline
            stats["invalid"] += 1
            return
        assert problems == []
        assert isinstance(document, dict)
        exported = export_document(db, exported_at=EXPORTED_AT)
        assert exported["data"] == _normalised(document["data"])
        stats["imported"] += 1
        import_document(db, sample, replace=True)
        assert fingerprint(db) == baseline

    run()
    elapsed = time.monotonic() - started
    print(f"hostile documents: {stats} in {elapsed:.1f} s")
    assert sum(stats.values()) >= HOSTILE_EXAMPLES
    assert stats["unreadable"] and stats["invalid"] and stats["imported"]
