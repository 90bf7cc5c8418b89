"""The response plan: creating it from the default, editing its sections, keeping it
current. Every edit lands in the plan's change log with its time and section."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlmodel import Session, SQLModel, col, select

from planner.core.clock import utcnow
from planner.core.enums import ChangeAction, Language, PlanSection
from planner.core.errors import NotFoundError, PlannerError, ValidationError
from planner.core.i18n import translate
from planner.core.models import (
    BusinessProfile,
    CompensationOption,
    EscalationStep,
    ListeningSource,
    Person,
    PlanChange,
    PlanReview,
    Principle,
    ReplyTemplate,
    ResponsePlan,
    ResponseTarget,
)
from planner.core.plan_sections import SECTIONS, Item, SectionSpec, check_item, normalise
from planner.core.schedule import review_due_at
from planner.services.changes import Area, Outcome, changed
from planner.services.default_plan import fill_owner_details, load_default_plan
from planner.services.profile import ProfileData, apply_profile, get_profile, validate_profile
from planner.storage.database import Database

SETTINGS_FIELDS = ("title", "parting_rule", "review_interval_months", "review_window_days")


class PlanExistsError(PlannerError):
    exit_code = 7


@dataclass(frozen=True)
class PlanView:
    """The whole plan as plain data, for screens and exports."""

    id: int
    language: Language
    title: str
    parting_rule: str
    review_interval_months: int
    review_window_days: int
    last_reviewed_at: datetime | None
    created_at: datetime
    sections: dict[PlanSection, list[Item]] = field(default_factory=dict)

    @property
    def review_due_at(self) -> datetime:
        return review_due_at(self.last_reviewed_at, self.created_at, self.review_interval_months)


@dataclass(frozen=True)
class ChangeEntry:
    changed_at: datetime
    section: PlanSection
    action: ChangeAction
    summary: str


# -- reading --------------------------------------------------------------------------------
def _plan_row(session: Session) -> ResponsePlan | None:
    return session.exec(select(ResponsePlan).order_by(col(ResponsePlan.id))).first()


def _require_plan(session: Session) -> ResponsePlan:
    plan = _plan_row(session)
    if plan is None:
        raise NotFoundError(translate("PlanService", "There is no response plan yet."))
    return plan


def _items(session: Session, spec: SectionSpec, plan_id: int) -> list[Item]:
    model: Any = spec.model
    query = select(model).where(model.plan_id == plan_id)
    query = query.order_by(model.position, model.id) if spec.ordered else query.order_by(model.id)
    return [_as_item(spec, row) for row in session.exec(query)]


def _as_item(spec: SectionSpec, row: Any) -> Item:
    item: Item = {"id": row.id}
    if spec.ordered:
        item["position"] = row.position
    for f in spec.fields:
        item[f.name] = getattr(row, f.name)
    return item


def get_plan(db: Database) -> PlanView | None:
    with db.session(write=False) as session:
        plan = _plan_row(session)
        if plan is None:
            return None
        assert plan.id is not None
        return PlanView(
            id=plan.id,
            language=plan.language,
            title=plan.title,
            parting_rule=plan.parting_rule,
            review_interval_months=plan.review_interval_months,
            review_window_days=plan.review_window_days,
            last_reviewed_at=plan.last_reviewed_at,
            created_at=plan.created_at,
            sections={
                section: _items(session, spec, plan.id) for section, spec in SECTIONS.items()
            },
        )


def change_log(db: Database, limit: int = 200) -> list[ChangeEntry]:
    with db.session(write=False) as session:
        rows = session.exec(
            select(PlanChange)
            .order_by(col(PlanChange.changed_at).desc(), col(PlanChange.id).desc())
            .limit(limit)
        )
        return [ChangeEntry(r.changed_at, r.section, r.action, r.summary) for r in rows]


# -- creating -------------------------------------------------------------------------------
def init_plan(
    db: Database,
    *,
    language: Language,
    business: str,
    owner: str,
    signature: str = "",
    reply_languages: tuple[Language, ...] = (),
    waking_hours: tuple[int, int] | None = None,
    force: bool = False,
) -> Outcome[int]:
    """Create the profile and a complete plan from the shipped default, in ``language``,
    with templates in every reply language. Refuses to replace a plan unless ``force``."""
    business, owner = business.strip(), owner.strip()
    if not owner:
        raise ValidationError(translate("PlanService", "Enter the owner's name."), "owner")
    reply_languages = reply_languages or (language,)
    existing = get_profile(db)
    profile = ProfileData(
        name=business,
        owner_name=owner,
        signature=signature.strip() or f"{owner}, {business}",
        reply_languages=reply_languages,
        waking_start_minute=waking_hours[0]
        if waking_hours
        else (existing.waking_start_minute if existing else None),
        waking_end_minute=waking_hours[1]
        if waking_hours
        else (existing.waking_end_minute if existing else None),
        timezone=existing.timezone if existing else "",
    )
    validate_profile(profile)
    document = load_default_plan(language)
    templates = {lang: load_default_plan(lang)["templates"] for lang in reply_languages}
    with db.session(write=True) as session:
        old = _plan_row(session)
        if old is not None:
            if not force:
                raise PlanExistsError(
                    translate(
                        "PlanService",
                        "A response plan exists already. Replace it only on "
                        "purpose (--force); its edits would be lost.",
                    )
                )
            session.delete(old)
            session.flush()
        plan = ResponsePlan(
            language=language,
            title=document["title"],
            parting_rule=document["parting_rule"],
            review_interval_months=int(document["review_interval_months"]),
            review_window_days=int(document["review_window_days"]),
            last_reviewed_at=utcnow(),
        )
        session.add(plan)
        session.flush()
        assert plan.id is not None
        _add_default_items(session, plan.id, document, templates, business, owner)
        session.add(
            PlanChange(
                plan_id=plan.id,
                section=PlanSection.PROFILE,
                action=ChangeAction.CREATED,
                summary=plan.title,
            )
        )
        plan_id = plan.id
        apply_profile(session, profile)
    return changed(plan_id, Area.PLAN, Area.PROFILE, Area.LISTENING)


def _add_default_items(
    session: Session,
    plan_id: int,
    document: dict[str, Any],
    templates: dict[Language, list[dict[str, Any]]],
    business: str,
    owner: str,
) -> None:
    def fill(value: Any) -> Any:
        return fill_owner_details(value, business, owner) if isinstance(value, str) else value

    rows: list[SQLModel] = []
    for position, source in enumerate(document["sources"]):
        rows.append(
            ListeningSource(
                plan_id=plan_id, position=position, **{k: fill(v) for k, v in source.items()}
            )
        )
    for target in document["targets"]:
        rows.append(ResponseTarget(plan_id=plan_id, **target))
    position = 0
    for language, items in templates.items():
        for template in items:
            rows.append(
                ReplyTemplate(plan_id=plan_id, position=position, language=language, **template)
            )
            position += 1
    for position, step in enumerate(document["steps"]):
        rows.append(EscalationStep(plan_id=plan_id, position=position, **step))
    for position, principle in enumerate(document["principles"]):
        rows.append(Principle(plan_id=plan_id, position=position, **principle))
    for position, person in enumerate(document["people"]):
        rows.append(
            Person(plan_id=plan_id, position=position, **{k: fill(v) for k, v in person.items()})
        )
    for position, option in enumerate(document["compensations"]):
        rows.append(CompensationOption(plan_id=plan_id, position=position, **option))
    session.add_all(rows)


# -- editing ----------------------------------------------------------------------------------
def _log(
    session: Session,
    plan_id: int,
    section: PlanSection,
    action: ChangeAction,
    entity_id: int | None,
    summary: str,
) -> None:
    session.add(
        PlanChange(
            plan_id=plan_id,
            section=section,
            action=action,
            entity_id=entity_id,
            summary=summary[:1000],
        )
    )
    plan = session.get(ResponsePlan, plan_id)
    assert plan is not None
    plan.updated_at = utcnow()


def _validated(
    spec: SectionSpec, values: Mapping[str, Any], current: Item | None, others: list[Item]
) -> Item:
    clean, errors = normalise(spec, values)
    merged = {**(current or {}), **clean}
    for name, message in check_item(spec, merged, others).items():
        errors.setdefault(name, message)
    if current is None:
        for f in spec.fields:  # a new item needs its required fields
            if f.required and f.name not in clean:
                errors.setdefault(f.name, translate("PlanRules", "This cannot be empty."))
    ValidationError.check(errors)
    return clean


def _section_rows(session: Session, spec: SectionSpec, plan_id: int) -> list[Any]:
    model: Any = spec.model
    return list(
        session.exec(
            select(model).where(model.plan_id == plan_id).order_by(model.position, model.id)
        )
    )


def add_item(
    db: Database, section: PlanSection, values: Mapping[str, Any], position: int | None = None
) -> Outcome[int]:
    """Add an item (at ``position``, else last); returns its id."""
    spec = SECTIONS[section]
    if spec.fixed:
        raise ValidationError(translate("PlanService", "Items cannot be added to this section."))
    with db.session(write=True) as session:
        plan = _require_plan(session)
        assert plan.id is not None
        rows = _section_rows(session, spec, plan.id)
        clean = _validated(spec, values, None, [_as_item(spec, r) for r in rows])
        index = len(rows) if position is None else max(0, min(position, len(rows)))
        row: Any = spec.model(plan_id=plan.id, position=index, **clean)
        for later in rows[index:]:
            later.position += 1
        session.add(row)
        session.flush()
        _log(
            session,
            plan.id,
            section,
            ChangeAction.CREATED,
            row.id,
            str(clean.get(spec.title_field, "")),
        )
        return changed(int(row.id), *_areas(section))


def update_item(
    db: Database, section: PlanSection, item_id: int, values: Mapping[str, Any]
) -> Outcome[Item]:
    """Change some fields of an item; returns the item as stored."""
    spec = SECTIONS[section]
    with db.session(write=True) as session:
        plan = _require_plan(session)
        assert plan.id is not None
        row = _get_row(session, spec, plan.id, item_id)
        current = _as_item(spec, row)
        others = [i for i in _items(session, spec, plan.id) if i["id"] != item_id]
        clean = _validated(spec, values, current, others)
        if spec.fixed and "severity" in clean and clean["severity"] != current["severity"]:
            raise ValidationError(
                translate("PlanService", "The severity of a target is fixed."), "severity"
            )
        if all(current.get(k) == v for k, v in clean.items()):
            return Outcome(current)
        for name, value in clean.items():
            setattr(row, name, value)
        if hasattr(row, "updated_at"):
            row.updated_at = utcnow()
        _log(
            session,
            plan.id,
            section,
            ChangeAction.UPDATED,
            item_id,
            str(getattr(row, spec.title_field)),
        )
        session.flush()
        return changed(_as_item(spec, row), *_areas(section))


def delete_item(db: Database, section: PlanSection, item_id: int) -> Outcome[Item]:
    """Remove an item; returns it as it was (with its position) so it can be restored."""
    spec = SECTIONS[section]
    if spec.fixed:
        raise ValidationError(
            translate("PlanService", "Items cannot be removed from this section.")
        )
    with db.session(write=True) as session:
        plan = _require_plan(session)
        assert plan.id is not None
        row = _get_row(session, spec, plan.id, item_id)
        item = _as_item(spec, row)
        session.delete(row)
        for later in _section_rows(session, spec, plan.id):
            if later.id != item_id and later.position > item["position"]:
                later.position -= 1
        _log(
            session,
            plan.id,
            section,
            ChangeAction.DELETED,
            item_id,
            str(item.get(spec.title_field, "")),
        )
        return changed(item, *_areas(section))


def move_item(db: Database, section: PlanSection, item_id: int, new_index: int) -> Outcome[int]:
    """Move an item to ``new_index`` in its ordered list; returns the index it got."""
    spec = SECTIONS[section]
    with db.session(write=True) as session:
        plan = _require_plan(session)
        assert plan.id is not None
        rows = _section_rows(session, spec, plan.id)
        moving = next((r for r in rows if r.id == item_id), None)
        if moving is None:
            raise NotFoundError(translate("PlanService", "That item no longer exists."))
        new_index = max(0, min(new_index, len(rows) - 1))
        rows.remove(moving)
        rows.insert(new_index, moving)
        if all(r.position == i for i, r in enumerate(rows)):
            return Outcome(new_index)
        for index, row in enumerate(rows):
            row.position = index
        _log(
            session,
            plan.id,
            section,
            ChangeAction.MOVED,
            item_id,
            str(getattr(moving, spec.title_field)),
        )
        return changed(new_index, *_areas(section))


def update_plan_settings(db: Database, values: Mapping[str, Any]) -> Outcome[None]:
    errors: dict[str, str] = {}
    clean: dict[str, Any] = {}
    for name in SETTINGS_FIELDS:
        if name not in values:
            continue
        value = values[name]
        if name in ("review_interval_months", "review_window_days"):
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                errors[name] = translate("PlanRules", "Must be more than zero.")
                continue
        elif not isinstance(value, str):
            errors[name] = translate("PlanRules", "Enter text.")
            continue
        clean[name] = value
    ValidationError.check(errors)
    with db.session(write=True) as session:
        plan = _require_plan(session)
        assert plan.id is not None
        if all(getattr(plan, k) == v for k, v in clean.items()):
            return Outcome(None)
        for name, value in clean.items():
            setattr(plan, name, value)
        _log(session, plan.id, PlanSection.PROFILE, ChangeAction.UPDATED, plan.id, plan.title)
    return changed(None, Area.PLAN)


def mark_reviewed(db: Database, notes: str = "", at: datetime | None = None) -> Outcome[None]:
    """The owner read the plan through and it is current (resets the review reminder)."""
    moment = at or utcnow()
    with db.session(write=True) as session:
        plan = _require_plan(session)
        assert plan.id is not None
        reviewer = _owner_name(session)
        session.add(PlanReview(plan_id=plan.id, reviewed_at=moment, reviewer=reviewer, notes=notes))
        plan.last_reviewed_at = moment
        _log(session, plan.id, PlanSection.REVIEW, ChangeAction.REVIEWED, plan.id, notes)
    return changed(None, Area.PLAN)


def _owner_name(session: Session) -> str:
    row = session.exec(select(BusinessProfile).order_by(col(BusinessProfile.id))).first()
    return row.owner_name if row else ""


def _get_row(session: Session, spec: SectionSpec, plan_id: int, item_id: int) -> Any:
    row: Any = session.get(spec.model, item_id)
    if row is None or row.plan_id != plan_id:
        raise NotFoundError(translate("PlanService", "That item no longer exists."))
    return row


def _areas(section: PlanSection) -> tuple[Area, ...]:
    return (Area.PLAN, Area.LISTENING) if section == PlanSection.LISTENING else (Area.PLAN,)
