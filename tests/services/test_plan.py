"""The plan services, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from planner.core.clock import utcnow
from planner.core.enums import ChangeAction, Language, PlanSection, TemplateKind
from planner.core.errors import NotFoundError, ValidationError
from planner.services import plan as plan_service
from planner.services.changes import Area
from planner.services.listening import check_log, due_sources, listening_status, record_check
from planner.services.plan import PlanExistsError, get_plan, init_plan
from planner.services.profile import get_profile
from planner.storage.database import Database


def make_plan(
    db: Database, language: Language = Language.FI, replies: tuple[Language, ...] = (Language.FI,)
) -> int:
    return init_plan(
        db, language=language, business="Leipomo Lämmin", owner="Aino", reply_languages=replies
    ).value


def test_init_creates_a_complete_plan_and_profile(db: Database) -> None:
    outcome = init_plan(
        db,
        language=Language.FI,
        business=" Leipomo Lämmin ",
        owner="Aino",
        reply_languages=(Language.FI, Language.EN),
        waking_hours=(420, 1320),
    )
    assert outcome.changes.touches(Area.PLAN, Area.PROFILE)
    plan = get_plan(db)
    assert plan is not None and plan.language == Language.FI
    sections = plan.sections
    assert all(sections[s] for s in sections)
    languages = {t["language"] for t in sections[PlanSection.TEMPLATES]}
    assert languages == {Language.FI, Language.EN}
    assert len(sections[PlanSection.TEMPLATES]) == 14
    people = sections[PlanSection.PEOPLE]
    assert people[0]["name"] == "Aino"  # the responder is the owner
    assert any("Leipomo Lämmin" in s["address"] for s in sections[PlanSection.LISTENING])
    profile = get_profile(db)
    assert profile is not None
    assert profile.signature == "Aino, Leipomo Lämmin"
    assert (profile.waking_start_minute, profile.waking_end_minute) == (420, 1320)
    assert plan.last_reviewed_at is not None


def test_init_refuses_to_replace_a_plan_unless_forced(db: Database) -> None:
    first = make_plan(db)
    plan_service.update_plan_settings(db, {"title": "Oma suunnitelma"})
    with pytest.raises(PlanExistsError):
        make_plan(db, Language.EN)
    plan = get_plan(db)
    assert plan is not None and plan.id == first and plan.title == "Oma suunnitelma"
    init_plan(db, language=Language.EN, business="Corner Cafe", owner="Sam", force=True)
    replaced = get_plan(db)
    assert replaced is not None and replaced.language == Language.EN
    assert replaced.title != "Oma suunnitelma"


def test_init_checks_its_input(db: Database) -> None:
    with pytest.raises(ValidationError) as raised:
        init_plan(db, language=Language.FI, business="  ", owner="Aino")
    assert raised.value.field == "name"
    with pytest.raises(ValidationError):
        init_plan(db, language=Language.FI, business="Kahvila", owner="")
    assert get_plan(db) is None and get_profile(db) is None


def test_editing_an_item_is_logged(db: Database) -> None:
    make_plan(db)
    plan = get_plan(db)
    assert plan is not None
    template = plan.sections[PlanSection.TEMPLATES][0]
    outcome = plan_service.update_item(
        db, PlanSection.TEMPLATES, template["id"], {"body": "Hei {customer_name}!\n{signature}"}
    )
    assert outcome.value["body"] == "Hei {customer_name}!\n{signature}"
    assert outcome.changes.touches(Area.PLAN)
    entry = plan_service.change_log(db)[0]
    assert (entry.section, entry.action, entry.summary) == (
        PlanSection.TEMPLATES,
        ChangeAction.UPDATED,
        template["title"],
    )


@pytest.mark.parametrize(
    ("section", "values", "field"),
    [
        (PlanSection.TEMPLATES, {"body": "Hei {asiakas}"}, "body"),
        (PlanSection.TEMPLATES, {"body": "Hei {customer_name"}, "body"),
        (PlanSection.TARGETS, {"first_reply_minutes": 0}, "first_reply_minutes"),
        (PlanSection.TARGETS, {"first_reply_minutes": -5}, "first_reply_minutes"),
        (PlanSection.PEOPLE, {"phone": "12"}, "phone"),
        (PlanSection.PEOPLE, {"email": "aino@"}, "email"),
        (PlanSection.COMPENSATION, {"max_value_cents": -100}, "max_value_cents"),
        (PlanSection.PRINCIPLES, {"text": "  "}, "text"),
    ],
)
def test_bad_edits_are_refused_and_change_nothing(
    db: Database, section: PlanSection, values: dict[str, object], field: str
) -> None:
    make_plan(db)
    before = get_plan(db)
    assert before is not None
    item = before.sections[section][0]
    log_before = len(plan_service.change_log(db))
    with pytest.raises(ValidationError) as raised:
        plan_service.update_item(db, section, item["id"], values)
    assert field in raised.value.errors
    after = get_plan(db)
    assert after is not None and after.sections[section][0] == item
    assert len(plan_service.change_log(db)) == log_before


def test_duplicate_source_names_are_refused(db: Database) -> None:
    make_plan(db)
    plan = get_plan(db)
    assert plan is not None
    first, second = plan.sections[PlanSection.LISTENING][:2]
    with pytest.raises(ValidationError) as raised:
        plan_service.update_item(
            db, PlanSection.LISTENING, second["id"], {"name": first["name"].upper()}
        )
    assert raised.value.field == "name"
    with pytest.raises(ValidationError):
        plan_service.add_item(db, PlanSection.LISTENING, {"name": first["name"]})


def test_add_move_delete_and_restore_keep_the_order(db: Database) -> None:
    make_plan(db)

    def titles() -> list[str]:
        plan = get_plan(db)
        assert plan is not None
        return [step["title"] for step in plan.sections[PlanSection.ESCALATION]]

    original = titles()
    new_id = plan_service.add_item(
        db, PlanSection.ESCALATION, {"title": "Tekstiviesti", "method": "dm"}, position=2
    ).value
    assert titles()[2] == "Tekstiviesti"
    assert plan_service.move_item(db, PlanSection.ESCALATION, new_id, 0).value == 0
    assert titles()[0] == "Tekstiviesti"
    removed = plan_service.delete_item(db, PlanSection.ESCALATION, new_id).value
    assert titles() == original
    plan_service.add_item(
        db,
        PlanSection.ESCALATION,
        {k: removed[k] for k in ("title", "method", "description")},
        position=removed["position"],
    )
    assert titles()[0] == "Tekstiviesti"
    actions = [entry.action for entry in plan_service.change_log(db)[:4]]
    assert actions == [
        ChangeAction.CREATED,
        ChangeAction.DELETED,
        ChangeAction.MOVED,
        ChangeAction.CREATED,
    ]


def test_targets_are_one_per_severity(db: Database) -> None:
    make_plan(db)
    plan = get_plan(db)
    assert plan is not None
    target = plan.sections[PlanSection.TARGETS][0]
    with pytest.raises(ValidationError):
        plan_service.add_item(db, PlanSection.TARGETS, {"label": "x"})
    with pytest.raises(ValidationError):
        plan_service.delete_item(db, PlanSection.TARGETS, target["id"])
    other = "low" if target["severity"].value != "low" else "high"
    with pytest.raises(ValidationError):
        plan_service.update_item(db, PlanSection.TARGETS, target["id"], {"severity": other})


def test_a_missing_item_is_reported(db: Database) -> None:
    make_plan(db)
    with pytest.raises(NotFoundError):
        plan_service.update_item(db, PlanSection.PEOPLE, 999_999, {"name": "X"})


def test_templates_can_be_added_in_either_language(db: Database) -> None:
    make_plan(db)
    new_id = plan_service.add_item(
        db,
        PlanSection.TEMPLATES,
        {
            "title": "Kiitos korjauksesta",
            "language": "en",
            "kind": "follow-up",
            "body": "Hi {customer_name}, all good now?\n{signature}",
        },
    ).value
    plan = get_plan(db)
    assert plan is not None
    added = next(t for t in plan.sections[PlanSection.TEMPLATES] if t["id"] == new_id)
    assert added["language"] == Language.EN and added["kind"] == TemplateKind.FOLLOW_UP


def test_review_reminder_follows_the_interval(db: Database) -> None:
    make_plan(db)
    plan = get_plan(db)
    assert plan is not None and plan.review_due_at > utcnow()
    long_ago = utcnow() - timedelta(days=400)
    plan_service.mark_reviewed(db, "Tarkistettu puhelinnumerot", at=long_ago)
    plan = get_plan(db)
    assert plan is not None and plan.review_due_at < utcnow()
    plan_service.update_plan_settings(db, {"review_interval_months": 24})
    plan = get_plan(db)
    assert plan is not None and plan.review_due_at > utcnow()
    with pytest.raises(ValidationError):
        plan_service.update_plan_settings(db, {"review_interval_months": 0})
    entry = plan_service.change_log(db)[1]
    assert entry.action == ChangeAction.REVIEWED and "puhelinnumerot" in entry.summary


def test_listening_checks_move_the_due_date(db: Database) -> None:
    make_plan(db)
    statuses = listening_status(db)
    assert statuses and all(s.last_checked_at is None for s in statuses)
    due = due_sources(db)
    assert len(due) == len(statuses)  # never checked: all due now
    first = due[0]
    when = utcnow() - timedelta(hours=1)
    record_check(db, first.id, at=when)
    record_check(db, due[1].id, found_something=True, notes="Kriittinen arvio Googlessa")
    after = {s.id: s for s in listening_status(db)}
    assert after[first.id].last_checked_at == when.replace(microsecond=when.microsecond)
    assert after[first.id].due_at == when + timedelta(days=first.check_interval_days)
    assert first.id not in {s.id for s in due_sources(db)}
    log = check_log(db)
    assert log[0].found_something and "Googlessa" in log[0].notes
    with pytest.raises(ValidationError):
        record_check(db, first.id, at=utcnow() + timedelta(days=1))
    with pytest.raises(NotFoundError):
        record_check(db, 999_999)


def test_datetime_of_a_check_is_utc(db: Database) -> None:
    make_plan(db)
    source = listening_status(db)[0]
    record_check(db, source.id, at=datetime(2026, 3, 1, 12, 0, tzinfo=UTC))
    status = next(s for s in listening_status(db) if s.id == source.id)
    assert status.last_checked_at is not None and status.last_checked_at.tzinfo is UTC
