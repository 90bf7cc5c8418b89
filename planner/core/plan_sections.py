"""The editable sections of the response plan, described once as data.

Services validate and store items from these specs; the Plan page builds its forms from
them. Adding a field to a section is a change here (plus the model and a migration)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal

from sqlmodel import SQLModel

from planner.core.contact_rules import is_valid_email, is_valid_phone
from planner.core.enums import (
    ContactMethod,
    Language,
    PersonRole,
    PlanSection,
    PrincipleKind,
    Severity,
    SourceKind,
    TemplateKind,
)
from planner.core.i18n import translate
from planner.core.models import (
    CompensationOption,
    EscalationStep,
    ListeningSource,
    Person,
    Principle,
    ReplyTemplate,
    ResponseTarget,
)
from planner.core.placeholders import template_problems

FieldKind = Literal["line", "text", "int", "bool", "enum", "money"]
Item = dict[str, Any]


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: FieldKind
    required: bool = False
    max_length: int | None = None
    enum: type[StrEnum] | None = None
    minimum: int | None = None  # smallest allowed whole number
    optional: bool = False  # a number that may be left empty (None)


@dataclass(frozen=True)
class SectionSpec:
    section: PlanSection
    model: type[SQLModel]
    fields: tuple[FieldSpec, ...]
    title_field: str
    ordered: bool = True
    fixed: bool = False  # items cannot be added or removed (one per severity)
    checks: tuple[Callable[[Item, list[Item]], dict[str, str]], ...] = field(default=())

    def field(self, name: str) -> FieldSpec:
        return next(f for f in self.fields if f.name == name)


def _unique_name(item: Item, others: list[Item]) -> dict[str, str]:
    name = str(item.get("name", "")).strip().casefold()
    if name and any(str(o.get("name", "")).strip().casefold() == name for o in others):
        return {"name": translate("PlanRules", "Another source already has this name.")}
    return {}


def _template_body(item: Item, _others: list[Item]) -> dict[str, str]:
    problems = template_problems(str(item.get("body", "")))
    return {"body": problems[0].message} if problems else {}


def _contact_details(item: Item, _others: list[Item]) -> dict[str, str]:
    errors: dict[str, str] = {}
    phone = str(item.get("phone", "")).strip()
    email = str(item.get("email", "")).strip()
    if phone and not is_valid_phone(phone):
        errors["phone"] = translate(
            "PlanRules",
            "This does not look like a phone number (7 to 15 digits, e.g. +358 40 123 4567).",
        )
    if email and not is_valid_email(email):
        errors["email"] = translate(
            "PlanRules", "This does not look like an e-mail address (name@example.fi)."
        )
    return errors


def _contact_after_reply(item: Item, _others: list[Item]) -> dict[str, str]:
    reply, contact = item.get("first_reply_minutes"), item.get("first_contact_minutes")
    if isinstance(reply, int) and isinstance(contact, int) and contact < reply:
        return {
            "first_contact_minutes": translate(
                "PlanRules", "Personal contact cannot be due before the first public reply."
            )
        }
    return {}


SECTIONS: dict[PlanSection, SectionSpec] = {
    PlanSection.LISTENING: SectionSpec(
        PlanSection.LISTENING,
        ListeningSource,
        (
            FieldSpec("name", "line", required=True, max_length=200),
            FieldSpec("kind", "enum", enum=SourceKind),
            FieldSpec("address", "line", max_length=2000),
            FieldSpec("check_interval_days", "int", minimum=1),
            FieldSpec("notes", "text", max_length=5000),
            FieldSpec("active", "bool"),
        ),
        title_field="name",
        checks=(_unique_name,),
    ),
    PlanSection.TARGETS: SectionSpec(
        PlanSection.TARGETS,
        ResponseTarget,
        (
            FieldSpec("severity", "enum", enum=Severity),
            FieldSpec("label", "line", required=True, max_length=200),
            FieldSpec("description", "text", max_length=2000),
            FieldSpec("first_reply_minutes", "int", minimum=1),
            FieldSpec("first_contact_minutes", "int", minimum=1, optional=True),
            FieldSpec("waking_time_only", "bool"),
        ),
        title_field="label",
        ordered=False,
        fixed=True,
        checks=(_contact_after_reply,),
    ),
    PlanSection.TEMPLATES: SectionSpec(
        PlanSection.TEMPLATES,
        ReplyTemplate,
        (
            FieldSpec("title", "line", required=True, max_length=200),
            FieldSpec("language", "enum", enum=Language),
            FieldSpec("kind", "enum", enum=TemplateKind),
            FieldSpec("body", "text", required=True, max_length=20000),
        ),
        title_field="title",
        checks=(_template_body,),
    ),
    PlanSection.ESCALATION: SectionSpec(
        PlanSection.ESCALATION,
        EscalationStep,
        (
            FieldSpec("title", "line", required=True, max_length=200),
            FieldSpec("method", "enum", enum=ContactMethod),
            FieldSpec("description", "text", max_length=5000),
            FieldSpec("attempts_before_next", "int", minimum=1, optional=True),
            FieldSpec("window_hours", "int", minimum=1, optional=True),
            FieldSpec("refusal_jumps_to_fallback", "bool"),
            FieldSpec("is_fallback", "bool"),
        ),
        title_field="title",
    ),
    PlanSection.PRINCIPLES: SectionSpec(
        PlanSection.PRINCIPLES,
        Principle,
        (
            FieldSpec("text", "line", required=True, max_length=500),
            FieldSpec("kind", "enum", enum=PrincipleKind),
            FieldSpec("detail", "text", max_length=5000),
        ),
        title_field="text",
    ),
    PlanSection.PEOPLE: SectionSpec(
        PlanSection.PEOPLE,
        Person,
        (
            FieldSpec("name", "line", max_length=200),
            FieldSpec("role", "enum", enum=PersonRole),
            FieldSpec("phone", "line", max_length=50),
            FieldSpec("email", "line", max_length=254),
            FieldSpec("can_fix", "line", max_length=500),
            FieldSpec("notes", "text", max_length=5000),
        ),
        title_field="name",
        checks=(_contact_details,),
    ),
    PlanSection.COMPENSATION: SectionSpec(
        PlanSection.COMPENSATION,
        CompensationOption,
        (
            FieldSpec("title", "line", required=True, max_length=200),
            FieldSpec("description", "text", max_length=5000),
            FieldSpec("when_to_offer", "text", max_length=5000),
            FieldSpec("max_value_cents", "money", minimum=0, optional=True),
            FieldSpec("needs_approval", "bool"),
        ),
        title_field="title",
    ),
}


def normalise(spec: SectionSpec, values: Mapping[str, Any]) -> tuple[Item, dict[str, str]]:
    """Coerce form values to their stored types and check them field by field.

    Returns the clean item and the problems (field -> message); an item with problems
    must not be saved."""
    clean: Item = {}
    errors: dict[str, str] = {}
    for f in spec.fields:
        if f.name not in values:
            continue
        raw = values[f.name]
        try:
            clean[f.name] = _coerce(f, raw)
        except ValueError as exc:
            errors[f.name] = str(exc)
            continue
        value = clean[f.name]
        if f.required and (value is None or (isinstance(value, str) and not value.strip())):
            errors[f.name] = translate("PlanRules", "This cannot be empty.")
        elif f.max_length is not None and isinstance(value, str) and len(value) > f.max_length:
            errors[f.name] = translate(
                "PlanRules", "This is too long (%n characters at most).", None, f.max_length
            )
        elif (
            f.minimum is not None
            and isinstance(value, int)
            and not isinstance(value, bool)
            and value < f.minimum
        ):
            errors[f.name] = (
                translate("PlanRules", "Must be more than zero.")
                if f.minimum == 1
                else translate("PlanRules", "Cannot be negative.")
            )
    return clean, errors


def _coerce(f: FieldSpec, raw: Any) -> Any:
    if f.kind in ("line", "text"):
        return "" if raw is None else str(raw)
    if f.kind == "bool":
        return bool(raw)
    if f.kind == "enum":
        assert f.enum is not None
        try:
            return f.enum(raw)
        except ValueError:
            raise ValueError(translate("PlanRules", "Choose one of the options.")) from None
    # whole numbers ("money" is stored in cents)
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        if f.optional:
            return None
        raise ValueError(translate("PlanRules", "Enter a number."))
    if isinstance(raw, bool):
        raise ValueError(translate("PlanRules", "Enter a whole number."))
    if isinstance(raw, int):
        return raw
    try:
        return int(str(raw).strip())
    except ValueError:
        raise ValueError(translate("PlanRules", "Enter a whole number.")) from None


def check_item(spec: SectionSpec, item: Item, others: list[Item]) -> dict[str, str]:
    errors: dict[str, str] = {}
    for check in spec.checks:
        for name, message in check(item, others).items():
            errors.setdefault(name, message)
    return errors
