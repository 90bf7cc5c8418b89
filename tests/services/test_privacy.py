"""Customers' personal data: finding, exporting and erasing everything about one customer,
and the retention rule for old closed incidents, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlmodel import select

from planner.core.enums import (
    Channel,
    ContactMethod,
    ContactOutcome,
    IncidentStatus,
    Language,
    TimelineKind,
)
from planner.core.errors import NotFoundError, ValidationError
from planner.core.models import (
    ListeningCheck,
    ListeningSource,
    PlanReview,
    ResponsePlan,
    metadata,
)
from planner.services import privacy
from planner.services.changes import Area
from planner.services.incidents import (
    IncidentInput,
    IncidentView,
    add_note,
    change_status,
    get_incident,
    log_incident,
    record_contact,
    record_permission,
    record_reply,
)
from planner.services.journal import PraiseInput, PraiseQuery, add_praise, search_praise
from planner.services.lessons import (
    ActionInput,
    ReviewInput,
    add_action,
    get_review,
    open_review,
    record_promise_check,
    save_review,
)
from planner.services.plan import init_plan
from planner.services.privacy import (
    apply_retention,
    erase_customer,
    export_customer,
    find_customer,
    months_before,
    retention_candidates,
)
from planner.services.replies import save_reply_draft
from planner.services.review_requests import ReviewRequestInput, add_review_request
from planner.storage.database import Database

# Fixed moments in the past: the services refuse times in the future.
T0 = datetime(2024, 5, 6, 8, 0, tzinfo=UTC)
TODAY = date(2024, 5, 12)
EXPORTED = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)
LIISA = "Liisa Virtanen"
LIISA_MAIL = "liisa.virtanen@example.com"
MATTI = "Matti Meikäläinen"
MATTI_MAIL = "matti@meikalainen.fi"
# What may not be left anywhere once Liisa is erased (lower case).
LIISA_TRACES = ("virtanen", "virtasen", "virtaselle", "liisa", "example.com", "4567", "hienosti")


@dataclass(frozen=True)
class World:
    liisa: int  # Liisa's incident
    matti: int  # another customer's incident
    liisa_praise: int
    advocate_praise: int  # linked to Liisa's incident, under another name
    matti_praise: int
    liisa_request: int
    linked_request: int  # linked to the advocate praise, under another name
    matti_request: int


def _plan(db: Database) -> int:
    init_plan(
        db,
        language=Language.FI,
        business="Leipomo Lämmin",
        owner="Aino",
        signature="Aino, Leipomo Lämmin",
        reply_languages=(Language.FI,),
    )
    with db.session(write=False) as session:
        plan = session.exec(select(ResponsePlan)).one()
        assert plan.id is not None
        return plan.id


def _link_plan_records(db: Database, plan_id: int, incident_id: int, note: str) -> None:
    with db.session(write=True) as session:
        source = ListeningSource(plan_id=plan_id, name=f"Facebook {incident_id}")
        session.add(source)
        session.flush()
        assert source.id is not None
        session.add(ListeningCheck(source_id=source.id, incident_id=incident_id, notes=note))
        session.add(PlanReview(plan_id=plan_id, incident_id=incident_id, notes=note))


def _incident(db: Database, **fields: Any) -> int:
    return log_incident(db, IncidentInput(**fields), now=T0 + timedelta(hours=1)).value


@pytest.fixture
def world(db: Database) -> World:
    plan_id = _plan(db)
    liisa = _incident(
        db,
        text="Kakku oli pilalla ja kukaan ei vastannut! Soittakaa 040 123 4567. – Liisa Virtanen",
        url="https://www.facebook.com/leipomo/posts/123",
        author="liisa_v",
        customer_name=LIISA,
        customer_email=LIISA_MAIL,
        customer_phone="040 123 4567",
        detected_at=T0,
    )
    add_note(db, liisa, "Soitin Virtaselle, ei vastannut.", at=T0 + timedelta(hours=2))
    record_contact(
        db,
        liisa,
        ContactMethod.CALL,
        ContactOutcome.REACHED_GOOD,
        at=T0 + timedelta(hours=3),
        notes="Virtasen kanssa sovittiin hyvitys, hänen numeronsa on 040-1234567.",
    )
    record_reply(
        db, liisa, "Hei Liisa, olen pahoillani. Soitan sinulle.", at=T0 + timedelta(hours=4)
    )
    save_reply_draft(db, liisa, "Hei Liisa Virtanen, kiitos kärsivällisyydestä!")
    record_permission(db, liisa, "Liisa Virtanen antoi luvan", at=T0 + timedelta(hours=5))
    change_status(db, liisa, IncidentStatus.RESOLVED, at=T0 + timedelta(days=1))
    review_id = open_review(db, liisa, now=T0 + timedelta(days=1)).value
    save_review(
        db,
        review_id,
        ReviewInput(
            about_customers="Liisa Virtasen odotukset olivat selvät.", went_well="Nopea soitto."
        ),
    )
    action_id = add_action(
        db,
        review_id,
        ActionInput(text="Lähetä Virtaselle lahjakortti", is_promise=True),
        now=T0 + timedelta(days=1),
    ).value
    review = get_review(db, liisa)
    assert review is not None
    check_id = next(a for a in review.actions if a.id == action_id).checks[0].id
    record_promise_check(db, check_id, True, False, "Virtanen kiitti.", at=T0 + timedelta(days=2))
    _link_plan_records(db, plan_id, liisa, "Liisan postaus löytyi.")

    matti = _incident(
        db,
        text="Leipä oli kuivaa. t. Matti",
        author="matti_m",
        customer_name=MATTI,
        customer_email=MATTI_MAIL,
        detected_at=T0,
    )
    add_note(db, matti, "Matti soitti itse.", at=T0 + timedelta(hours=2))
    _link_plan_records(db, plan_id, matti, "Matin kommentti.")

    def praise(who: str, words: str, **fields: Any) -> int:
        return add_praise(
            db, PraiseInput(text=words, who=who, received_on=TODAY, **fields), today=TODAY
        ).value

    liisa_praise = praise(LIISA, "Kiitos, hoiditte asian hienosti!", tags=("palvelu",))
    advocate = praise("L. V.", "Paras leipomo, suosittelen!", incident_id=liisa)
    matti_praise = praise(MATTI, "Kiitos herkullisesta leivästä!", tags=("leipä",))

    def request(name: str, contact: str = "", **fields: Any) -> int:
        return add_review_request(db, ReviewRequestInput(name, contact, **fields)).value

    return World(
        liisa=liisa,
        matti=matti,
        liisa_praise=liisa_praise,
        advocate_praise=advocate,
        matti_praise=matti_praise,
        liisa_request=request(LIISA, LIISA_MAIL, notes="Liisa lupasi arvion"),
        linked_request=request("L.V.", praise_id=advocate),
        matti_request=request(MATTI, MATTI_MAIL),
    )


def _all_values(db: Database) -> str:
    """Every text value of every table, lower-cased. Only text: a timestamp's microseconds
    can spell "4567" (the phone number's trace) by chance, as a CI run once found."""
    parts: list[str] = []
    with db.session(write=False) as session:
        for table in metadata.sorted_tables:
            for row in session.connection().execute(table.select()):
                parts.extend(value for value in row if isinstance(value, str))
    return "\n".join(parts).lower()


def _texts_of(view: IncidentView) -> list[str]:
    return [e.text for e in view.timeline] + [a.notes for a in view.attempts]


# -- finding --------------------------------------------------------------------------------
def test_find_covers_every_table(db: Database, world: World) -> None:
    found = find_customer(db, LIISA)
    assert found.incident_ids == (world.liisa,)
    [record] = found.incidents
    assert record.matched_on == ("customer_name",)
    assert record.incident["customer_email"] == LIISA_MAIL
    kinds = [e["kind"] for e in record.timeline]
    assert TimelineKind.NOTE in kinds and TimelineKind.CONTACT_ATTEMPT in kinds
    assert len(record.contact_attempts) == 2  # the call and the public reply
    assert [d["body"] for d in record.drafts] == ["Hei Liisa Virtanen, kiitos kärsivällisyydestä!"]
    assert record.lesson_review is not None
    assert record.lesson_review["about_customers"] == "Liisa Virtasen odotukset olivat selvät."
    action: Any
    [action] = record.actions
    assert action["text"] == "Lähetä Virtaselle lahjakortti"
    assert [c["notes"] for c in action["promise_checks"]] == ["Virtanen kiitti.", ""]
    assert [c["notes"] for c in record.listening_checks] == ["Liisan postaus löytyi."]
    assert [r["notes"] for r in record.plan_reviews] == ["Liisan postaus löytyi."]
    assert {p["id"]: p["matched_on"] for p in found.praise} == {
        world.liisa_praise: ["who"],
        world.advocate_praise: ["incident_id"],
    }
    assert next(p for p in found.praise if p["id"] == world.liisa_praise)["tags"] == ["palvelu"]
    assert {r["id"]: r["matched_on"] for r in found.review_requests} == {
        world.liisa_request: ["customer_name"],
        world.linked_request: ["praise_id"],
    }
    assert found.also_known_as == ("L. V.", "L.V.", LIISA_MAIL, "liisa_v")


def test_find_is_exact_and_ignores_case(db: Database, world: World) -> None:
    assert find_customer(db, "Virtanen").is_empty  # no substrings
    assert find_customer(db, "Liisa Virta").is_empty
    assert find_customer(db, "  liisa VIRTANEN ").incident_ids == (world.liisa,)
    by_mail = find_customer(db, LIISA_MAIL.upper())
    assert by_mail.incident_ids == (world.liisa,)
    assert by_mail.incidents[0].matched_on == ("customer_email",)
    # Its own contact, and the request linked to the praise linked to the incident.
    assert [r["id"] for r in by_mail.review_requests] == [world.liisa_request, world.linked_request]
    assert find_customer(db, "LIISA_V").incidents[0].matched_on == ("author",)
    assert find_customer(db, "matti meikäläinen").incident_ids == (world.matti,)  # ä folded
    with pytest.raises(ValidationError):
        find_customer(db, "   ")


def test_export_is_json_ready(db: Database, world: World) -> None:
    data: Any = export_customer(db, LIISA, now=EXPORTED)
    assert json.loads(json.dumps(data)) == data
    assert data["customer"] == LIISA
    assert data["exported_at"] == "2024-06-01T12:00:00+00:00"
    [incident] = data["incidents"]
    assert incident["id"] == world.liisa
    assert incident["status"] == "resolved"
    assert datetime.fromisoformat(incident["resolved_at"]) == T0 + timedelta(days=1)
    assert "Soitin Virtaselle, ei vastannut." in [e["text"] for e in incident["timeline"]]
    assert incident["lesson_review"]["actions"][0]["text"] == "Lähetä Virtaselle lahjakortti"
    praise = data["praise"]
    assert [p["received_on"] for p in praise] == ["2024-05-12", "2024-05-12"]
    assert all("search_text" not in p for p in praise)
    assert len(data["review_requests"]) == 2
    assert MATTI not in json.dumps(data, ensure_ascii=False)


def test_export_of_an_unknown_customer_is_empty(db: Database, world: World) -> None:
    data = export_customer(db, "nobody@example.org", now=EXPORTED)
    assert data["incidents"] == data["praise"] == data["review_requests"] == []


# -- erasure --------------------------------------------------------------------------------
def test_erase_removes_the_customer_everywhere(db: Database, world: World) -> None:
    assert "virtasen" in _all_values(db)
    outcome = erase_customer(db, LIISA, at=T0 + timedelta(days=10))
    assert outcome.changes.touches(Area.INCIDENTS, Area.JOURNAL, Area.REVIEW)
    summary = outcome.value
    assert summary.incident_ids == (world.liisa,)
    assert summary.praise_deleted == 2
    assert summary.review_requests_deleted == 2
    assert summary.wiped is True
    counts = summary.counts
    assert counts.incidents == 1
    # The note, the call, the reply ("Liisa") and the permission ("Liisa Virtanen").
    assert counts.timeline_events == 4
    assert counts.contact_attempts == 2
    assert counts.drafts == 1
    assert counts.lesson_texts == 3  # the review, the action and its promise check
    assert counts.other_notes == 2  # the listening check and the plan review

    everything = _all_values(db)
    for trace in LIISA_TRACES:
        assert trace not in everything, trace
    assert find_customer(db, LIISA).is_empty
    assert find_customer(db, LIISA_MAIL).is_empty

    view = get_incident(db, world.liisa)
    assert (view.customer_name, view.customer_email, view.customer_phone) == ("", "", "")
    assert (view.author, view.url, view.customer_profile_url) == ("", "", "")
    assert view.original_text == "[removed at the customer's request]"
    assert view.title == f"Incident {world.liisa} (personal data removed)"
    assert view.status == IncidentStatus.RESOLVED  # what the business did is kept
    assert "Soitin [name removed], ei vastannut." in _texts_of(view)
    assert (
        "[name removed] kanssa sovittiin hyvitys, hänen numeronsa on [phone number removed]."
        in ([a.notes for a in view.attempts])
    )
    last = view.timeline[-1]
    assert last.kind == TimelineKind.NOTE
    assert last.text == "Personal data erased at the customer's request."
    assert last.data == {"privacy": "erased"}
    assert last.at == T0 + timedelta(days=10)
    review = get_review(db, world.liisa)
    assert review is not None
    assert review.about_customers == "[name removed] odotukset olivat selvät."
    assert review.went_well == "Nopea soitto."


def test_erase_by_email_also_replaces_the_names_in_the_incident(db: Database, world: World) -> None:
    found = find_customer(db, LIISA_MAIL)
    assert LIISA in found.also_known_as  # a hint: look the name up as well
    erase_customer(db, LIISA_MAIL.upper())
    view = get_incident(db, world.liisa)
    assert "virta" not in " ".join(_texts_of(view)).lower()
    assert LIISA_MAIL not in _all_values(db)
    # The praise stored under the name only is not found from the address: precise.
    rest = find_customer(db, LIISA)
    assert rest.incident_ids == ()
    assert [p["id"] for p in rest.praise] == [world.liisa_praise]
    erase_customer(db, LIISA)
    assert "virtanen" not in _all_values(db)


def test_erased_praise_can_no_longer_be_found(db: Database, world: World) -> None:
    assert [v.id for v in search_praise(db, PraiseQuery(text="hienosti"))] == [world.liisa_praise]
    erase_customer(db, LIISA)
    for words in ("hienosti", "virtanen", "liisa", "suosittelen"):
        assert search_praise(db, PraiseQuery(text=words)) == [], words
    assert [v.id for v in search_praise(db, PraiseQuery(text="herkullisesta"))] == [
        world.matti_praise
    ]
    if db.dialect == "sqlite":
        with db.session(write=False) as session:
            connection = session.connection()
            hits = connection.execute(
                text("SELECT rowid FROM praise_fts WHERE praise_fts MATCH 'hienosti'")
            ).all()
            assert hits == []
            # The index agrees with the table: the triggers removed the erased rows.
            connection.exec_driver_sql(
                "INSERT INTO praise_fts(praise_fts) VALUES ('integrity-check')"
            )


def _file_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        data += wal.read_bytes()
    return data.lower()


@pytest.mark.parametrize("database_arg", ["sqlite"], indirect=True)
def test_erase_leaves_no_trace_in_the_sqlite_file(db: Database, world: World) -> None:
    path = Path(str(db.engine.url.database))
    before = _file_bytes(path)
    assert LIISA_MAIL.encode() in before and b"virtasen" in before  # the check can see them
    backup = db.paths.backup_dir / "planner-before-migration-from-0001.sqlite3"
    backup.write_bytes(b"an old copy")
    summary = erase_customer(db, LIISA).value
    assert summary.wiped
    assert summary.backups == (backup,)  # the owner is told: they may still hold the data
    db.close()
    after = _file_bytes(path)
    for trace in LIISA_TRACES:
        assert trace.encode() not in after, trace
    assert MATTI_MAIL.encode() in after  # the other customer is still there


@pytest.mark.parametrize("database_arg", ["sqlite"], indirect=True)
def test_secure_delete_covers_for_a_failed_vacuum(
    db: Database, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    def busy(_db: Database) -> bool:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(privacy, "_wipe_sqlite", busy)
    summary = erase_customer(db, LIISA).value
    assert summary.wiped is False  # reported, not raised: the erasure itself is committed
    assert find_customer(db, LIISA).is_empty
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA secure_delete").scalar() == 0  # reset
    path = Path(str(db.engine.url.database))
    db.close()
    after = _file_bytes(path)
    for trace in LIISA_TRACES:
        assert trace.encode() not in after, trace


@pytest.mark.parametrize(
    "database_arg", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True
)
def test_erase_vacuums_the_touched_postgresql_tables(db: Database, world: World) -> None:
    assert erase_customer(db, LIISA).value.wiped
    with db.engine.connect() as connection:
        vacuumed = set(
            connection.execute(
                text("SELECT relname FROM pg_stat_user_tables WHERE last_vacuum IS NOT NULL")
            ).scalars()
        )
    assert set(privacy.TOUCHED_TABLES) <= vacuumed


def test_other_customers_are_untouched(db: Database, world: World) -> None:
    before = export_customer(db, MATTI, now=EXPORTED)
    matti_before = get_incident(db, world.matti)
    erase_customer(db, LIISA)
    assert export_customer(db, MATTI, now=EXPORTED) == before
    assert get_incident(db, world.matti) == matti_before
    assert [v.who for v in search_praise(db)] == [MATTI]


def test_nothing_changes_when_the_erasure_fails(
    db: Database, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = export_customer(db, LIISA, now=EXPORTED)
    everything = _all_values(db)
    real = privacy._anonymise

    def half_way(*args: Any, **kwargs: Any) -> privacy.ScrubCounts:
        real(*args, **kwargs)  # the incident is changed in the session...
        raise RuntimeError("disk on fire")  # ...and then something goes wrong

    monkeypatch.setattr(privacy, "_anonymise", half_way)
    with pytest.raises(RuntimeError):
        erase_customer(db, LIISA)
    assert export_customer(db, LIISA, now=EXPORTED) == before
    assert _all_values(db) == everything


def test_erasing_an_unknown_customer_changes_nothing(db: Database, world: World) -> None:
    everything = _all_values(db)
    with pytest.raises(NotFoundError):
        erase_customer(db, "Virtanen")
    with pytest.raises(ValidationError):
        erase_customer(db, "")
    assert _all_values(db) == everything


def test_an_edited_title_keeps_its_words_without_the_name(db: Database) -> None:
    incident = _incident(db, text="Huono palvelu.", customer_name=LIISA, detected_at=T0)
    from planner.services.incidents import IncidentDetails, update_details

    view = get_incident(db, incident)
    update_details(
        db,
        incident,
        IncidentDetails(
            title="Liisa Virtasen kakku myöhässä",
            channel=view.channel,
            severity=view.severity,
            customer_name=LIISA,
        ),
    )
    erase_customer(db, LIISA)
    assert get_incident(db, incident).title == "[name removed] kakku myöhässä"


# -- retention ------------------------------------------------------------------------------
NOW = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)


def _closed(db: Database, name: str, resolved: datetime, status: IncidentStatus) -> int:
    incident = _incident(
        db,
        text=f"Huonoa palvelua. T. {name}",
        customer_name=name,
        customer_email=f"{name.split()[0].lower()}@example.org",
        detected_at=resolved - timedelta(days=3),
    )
    add_note(db, incident, f"Soitin: {name} oli tyytyväinen.", at=resolved - timedelta(days=2))
    change_status(db, incident, status, at=resolved)
    return incident


@dataclass(frozen=True)
class Old:
    resolved: int  # closed four years ago
    parted: int  # parted ways three years and a month ago
    recent: int  # closed a year ago
    open: int  # logged four years ago, never closed


@pytest.fixture
def old(db: Database) -> Old:
    four_years = datetime(2020, 6, 1, tzinfo=UTC)
    open_incident = _incident(
        db, text="Missä tilaukseni? T. Outi Aho", customer_name="Outi Aho", detected_at=four_years
    )
    return Old(
        resolved=_closed(db, "Pekka Virtanen", four_years, IncidentStatus.RESOLVED),
        parted=_closed(
            db, "Tuomas Laine", datetime(2021, 5, 1, tzinfo=UTC), IncidentStatus.PARTED_WAYS
        ),
        recent=_closed(db, "Anna Lehto", datetime(2023, 6, 1, tzinfo=UTC), IncidentStatus.CLOSED),
        open=open_incident,
    )


def test_months_are_calendar_months() -> None:
    assert months_before(datetime(2024, 3, 31, tzinfo=UTC), 1) == datetime(2024, 2, 29, tzinfo=UTC)
    assert months_before(datetime(2024, 6, 1, tzinfo=UTC), 36) == datetime(2021, 6, 1, tzinfo=UTC)
    assert months_before(datetime(2024, 1, 15, tzinfo=UTC), 13) == datetime(
        2022, 12, 15, tzinfo=UTC
    )


def test_only_old_closed_incidents_are_candidates(db: Database, old: Old) -> None:
    assert retention_candidates(db, 36, NOW) == [old.resolved, old.parted]
    assert retention_candidates(db, 12, NOW) == [old.resolved, old.parted, old.recent]
    assert retention_candidates(db, 48, NOW) == [old.resolved]
    with pytest.raises(ValidationError):
        retention_candidates(db, 0, NOW)


def test_a_dry_run_changes_nothing(db: Database, old: Old) -> None:
    before = _all_values(db)
    outcome = apply_retention(db, 36, now=NOW, dry_run=True)
    assert not outcome.changes
    report = outcome.value
    assert report.dry_run is True
    assert report.incident_ids == (old.resolved, old.parted)
    assert report.cutoff == datetime(2021, 6, 1, 12, 0, tzinfo=UTC)
    assert report.counts.incidents == 2
    assert report.counts.timeline_events == 2  # each note names its customer
    assert report.wiped is False
    assert _all_values(db) == before


def test_retention_anonymises_old_closed_incidents(db: Database, old: Old) -> None:
    views = {i: get_incident(db, i) for i in (old.resolved, old.parted, old.recent, old.open)}
    outcome = apply_retention(db, 36, now=NOW)
    assert outcome.changes.touches(Area.INCIDENTS)
    report = outcome.value
    assert report.incident_ids == (old.resolved, old.parted)
    assert report.already_anonymised == 0
    assert report.counts.incidents == 2 and report.counts.timeline_events == 2
    assert report.wiped is True
    for incident_id, name in ((old.resolved, "Pekka Virtanen"), (old.parted, "Tuomas Laine")):
        view = get_incident(db, incident_id)
        before = views[incident_id]
        assert (view.customer_name, view.customer_email) == ("", "")
        assert view.original_text == "[removed at the customer's request]"
        assert view.status == before.status and view.resolved_at == before.resolved_at
        # The timeline keeps its shape: the same events, plus the retention note.
        assert [e.kind for e in view.timeline[:-1]] == [e.kind for e in before.timeline]
        assert [e.at for e in view.timeline[:-1]] == [e.at for e in before.timeline]
        assert "Soitin: [name removed] oli tyytyväinen." in _texts_of(view)
        assert all(part not in " ".join(_texts_of(view)) for part in name.split())
        note = view.timeline[-1]
        assert note.kind == TimelineKind.NOTE and note.data == {"privacy": "retention"}
        assert "36" in note.text and "Virtanen" not in note.text
    for incident_id in (old.recent, old.open):
        assert get_incident(db, incident_id) == views[incident_id]


def test_retention_is_idempotent(db: Database, old: Old) -> None:
    apply_retention(db, 36, now=NOW)
    everything = _all_values(db)
    again = apply_retention(db, 36, now=NOW)
    assert again.value.incident_ids == ()
    assert again.value.already_anonymised == 2
    assert not again.changes
    assert _all_values(db) == everything
    assert retention_candidates(db, 36, NOW) == []
    # A shorter period reaches the next one only.
    assert apply_retention(db, 6, now=NOW).value.incident_ids == (old.recent,)


def test_an_erased_incident_counts_as_anonymised(db: Database, old: Old) -> None:
    erase_customer(db, "Pekka Virtanen")
    report = apply_retention(db, 36, now=NOW, dry_run=True).value
    assert report.incident_ids == (old.parted,)
    assert report.already_anonymised == 1


def test_details_added_again_make_an_incident_a_candidate_again(db: Database, old: Old) -> None:
    from planner.services.incidents import IncidentDetails, update_details

    apply_retention(db, 36, now=NOW)
    view = get_incident(db, old.resolved)
    update_details(
        db,
        old.resolved,
        IncidentDetails(
            title=view.title, channel=Channel.OTHER, severity=view.severity, customer_name="Pekka"
        ),
    )
    assert retention_candidates(db, 36, NOW) == [old.resolved]
