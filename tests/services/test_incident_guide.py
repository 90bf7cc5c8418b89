"""What the incident screen keeps beside the owner: the plan's dos and don'ts, the
checklist ticked per incident, who to spar with and one kind word from the journal."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from planner.core.enums import Language, PersonRole, PlanSection, PrincipleKind
from planner.core.errors import NotFoundError
from planner.core.models import PraiseEntry
from planner.services.changes import Area
from planner.services.incident_guide import Contact, Praise, incident_guide, set_checklist_step
from planner.services.incidents import IncidentInput, log_incident
from planner.services.plan import add_item, delete_item, get_plan, init_plan, update_item
from planner.storage.database import Database

# A fixed moment well in the past: the services refuse times in the future.
T0 = datetime(2024, 5, 6, 8, 0, tzinfo=UTC)
CHECKLIST = [
    "The customer is right.",
    "Apologise or express regret.",
    "Fix the situation or compensate.",
    "Tell what you will do so it doesn't happen again.",
    "Apologise once more.",
]


def _plan(db: Database) -> None:
    init_plan(db, language=Language.EN, business="Bakery Warm", owner="Aino")


def _incident(db: Database, text: str = "The cake was late!") -> int:
    return log_incident(db, IncidentInput(text=text), now=T0).value


def _praise(db: Database, *entries: tuple[str, str, date]) -> None:
    with db.session(write=True) as session:
        for text, who, received in entries:
            session.add(PraiseEntry(text=text, who=who, received_on=received))


def test_principles_and_checklist_are_kept_apart(db: Database) -> None:
    _plan(db)
    guide = incident_guide(db, _incident(db))
    assert [line.text for line in guide.checklist] == CHECKLIST
    assert {line.kind for line in guide.checklist} == {PrincipleKind.CHECKLIST}
    assert {line.kind for line in guide.principles} == {PrincipleKind.DO, PrincipleKind.DONT}
    assert guide.principles[0].text == "Calm down before you reply."
    assert guide.principles[0].detail.startswith("A reply written in the heat")
    # Dos before don'ts, as in the plan.
    kinds = [line.kind for line in guide.principles]
    assert kinds == sorted(kinds, key=lambda k: k != PrincipleKind.DO)
    assert all(line.ticked_at is None for line in guide.checklist)


def test_the_guide_follows_plan_edits(db: Database) -> None:
    _plan(db)
    incident_id = _incident(db)
    new_id = add_item(
        db,
        PlanSection.PRINCIPLES,
        {"text": "Thank them for telling you.", "kind": PrincipleKind.CHECKLIST},
        position=0,
    ).value
    guide = incident_guide(db, incident_id)
    assert guide.checklist[0].id == new_id
    assert [line.text for line in guide.checklist[1:]] == CHECKLIST
    delete_item(db, PlanSection.PRINCIPLES, guide.principles[0].id)
    assert "Calm down before you reply." not in [
        line.text for line in incident_guide(db, incident_id).principles
    ]


def test_ticking_a_step_and_taking_it_back(db: Database) -> None:
    _plan(db)
    incident_id = _incident(db)
    step = incident_guide(db, incident_id).checklist[1]
    ticked = T0 + timedelta(minutes=15)
    outcome = set_checklist_step(db, incident_id, step.id, True, at=ticked)
    assert outcome.changes.touches(Area.INCIDENTS)
    checklist = incident_guide(db, incident_id).checklist
    assert [line.ticked_at for line in checklist] == [None, ticked, None, None, None]
    # Ticking again keeps the first time.
    set_checklist_step(db, incident_id, step.id, True, at=ticked + timedelta(hours=1))
    assert incident_guide(db, incident_id).checklist[1].ticked_at == ticked
    set_checklist_step(db, incident_id, step.id, False)
    assert all(line.ticked_at is None for line in incident_guide(db, incident_id).checklist)
    set_checklist_step(db, incident_id, step.id, False)  # unticking twice is harmless
    assert all(line.ticked_at is None for line in incident_guide(db, incident_id).checklist)


def test_ticks_belong_to_one_incident(db: Database) -> None:
    _plan(db)
    first, second = _incident(db), _incident(db, "Rude service")
    steps = incident_guide(db, first).checklist
    set_checklist_step(db, first, steps[0].id, True, at=T0 + timedelta(minutes=5))
    set_checklist_step(db, second, steps[4].id, True, at=T0 + timedelta(minutes=9))
    assert [s.ticked_at for s in incident_guide(db, first).checklist] == [
        T0 + timedelta(minutes=5),
        None,
        None,
        None,
        None,
    ]
    assert [s.ticked_at for s in incident_guide(db, second).checklist] == [
        None,
        None,
        None,
        None,
        T0 + timedelta(minutes=9),
    ]
    set_checklist_step(db, first, steps[0].id, False)
    assert incident_guide(db, second).checklist[4].ticked_at == T0 + timedelta(minutes=9)


def test_ticking_on_missing_incidents_or_steps(db: Database) -> None:
    _plan(db)
    incident_id = _incident(db)
    step = incident_guide(db, incident_id).checklist[0]
    with pytest.raises(NotFoundError):
        set_checklist_step(db, 999_999, step.id, True, at=T0)
    with pytest.raises(NotFoundError):
        set_checklist_step(db, incident_id, 999_999, True, at=T0)
    with pytest.raises(NotFoundError):
        incident_guide(db, 999_999)
    assert incident_guide(db, incident_id).checklist[0].ticked_at is None


def test_sparring_partners_are_the_plans_people_in_that_role(db: Database) -> None:
    _plan(db)
    incident_id = _incident(db)
    plan = get_plan(db)
    assert plan is not None
    sparring = next(
        p["id"]
        for p in plan.sections[PlanSection.PEOPLE]
        if p["role"] == PersonRole.SPARRING_PARTNER
    )
    update_item(
        db,
        PlanSection.PEOPLE,
        sparring,
        {"name": "Pekka", "phone": "+358 40 111 2222", "email": "pekka@example.fi"},
    )
    add_item(
        db,
        PlanSection.PEOPLE,
        {"name": "Supplier Oy", "role": PersonRole.FIXER, "phone": "+358 9 555 0000"},
    )
    add_item(
        db,
        PlanSection.PEOPLE,
        {"name": "Mentor Maija", "role": PersonRole.SPARRING_PARTNER, "phone": "040 765 4321"},
    )
    assert incident_guide(db, incident_id).sparring == [
        Contact("Pekka", "+358 40 111 2222", "pekka@example.fi"),
        Contact("Mentor Maija", "040 765 4321", ""),
    ]


def test_no_praise_no_reminder(db: Database) -> None:
    _plan(db)
    assert incident_guide(db, _incident(db)).praise is None


def test_a_kind_word_from_the_journal(db: Database) -> None:
    _plan(db)
    incident_id = _incident(db)
    _praise(db, ("Best cinnamon buns in town!", "Anna", date(2024, 4, 2)))
    assert incident_guide(db, incident_id).praise == Praise(
        "Best cinnamon buns in town!", "Anna", date(2024, 4, 2)
    )


def test_each_incident_gets_its_own_kind_word(db: Database) -> None:
    _plan(db)
    first, second = _incident(db), _incident(db, "Rude service")
    _praise(
        db,
        ("Best cinnamon buns in town!", "Anna", date(2024, 4, 2)),
        ("Lovely wedding cake, thank you", "Ville", date(2024, 3, 1)),
    )
    a, b = incident_guide(db, first).praise, incident_guide(db, second).praise
    assert a is not None and b is not None
    assert {a.who, b.who} == {"Anna", "Ville"}
    assert incident_guide(db, first).praise == a  # the same one each time it is opened


def test_without_a_plan_only_the_praise_is_shown(db: Database) -> None:
    incident_id = _incident(db)
    _praise(db, ("Great service", "Anna", date(2024, 4, 2)))
    guide = incident_guide(db, incident_id)
    assert (guide.principles, guide.checklist, guide.sparring) == ([], [], [])
    assert guide.praise == Praise("Great service", "Anna", date(2024, 4, 2))
