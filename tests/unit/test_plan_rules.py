"""The rules behind the plan editor: placeholders, contact details, due dates, fields."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from planner.core.contact_rules import is_valid_email, is_valid_phone
from planner.core.enums import PlanSection, Severity
from planner.core.placeholders import KNOWN, fill, template_problems
from planner.core.plan_sections import SECTIONS, check_item, normalise
from planner.core.schedule import add_months, check_due_at, review_due_at


def test_known_placeholders_pass() -> None:
    body = "Hei {customer_name}, kiitos palautteesta aiheesta {topic}.\n{signature}"
    assert template_problems(body) == []


@pytest.mark.parametrize(
    ("body", "fragment", "where"),
    [
        ("Hi {name},", "Unknown placeholder {name}", (3, 9)),
        ("Hi {customer_name,", "never closed", (3, 18)),
        ("Hi customer_name},", "closes nothing", (16, 17)),
        ("Hi {{customer_name}}", "opened twice", (3, 5)),
    ],
)
def test_template_problems_say_what_and_where(
    body: str, fragment: str, where: tuple[int, int]
) -> None:
    problems = template_problems(body)
    assert problems, body
    assert fragment in problems[0].message
    assert (problems[0].start, problems[0].end) == where


def test_fill_leaves_missing_values_visible_and_reports_them() -> None:
    filled = fill(
        "Hi {customer_name}, about {topic}. {signature}",
        {"customer_name": "Maria", "signature": "Aino"},
    )
    assert filled.text == "Hi Maria, about {topic}. Aino"
    start, end = filled.unfilled[0]
    assert filled.text[start:end] == "{topic}"


def test_every_known_placeholder_has_a_meaning() -> None:
    assert all(KNOWN.values())


@pytest.mark.parametrize(
    "phone", ["+358 40 123 4567", "040-1234567", "(09) 123 456", "+44 20 7946 0958"]
)
def test_plausible_phone_numbers(phone: str) -> None:
    assert is_valid_phone(phone)


@pytest.mark.parametrize("phone", ["12", "call me", "+358+40", "1234567890123456", "040 12a"])
def test_impossible_phone_numbers(phone: str) -> None:
    assert not is_valid_phone(phone)


@pytest.mark.parametrize("email", ["aino@leipomo.fi", "first.last+tag@example.co.uk"])
def test_plausible_emails(email: str) -> None:
    assert is_valid_email(email)


@pytest.mark.parametrize(
    "email",
    [
        "aino",
        "aino@",
        "@leipomo.fi",
        "aino@leipomo",
        "a b@c.fi",
        "aino@@leipomo.fi",
        "aino@leipomo..fi",
    ],
)
def test_impossible_emails(email: str) -> None:
    assert not is_valid_email(email)


def test_months_are_added_on_the_calendar() -> None:
    assert add_months(datetime(2026, 8, 31, tzinfo=UTC), 6) == datetime(2027, 2, 28, tzinfo=UTC)
    assert add_months(datetime(2026, 1, 15, tzinfo=UTC), 12) == datetime(2027, 1, 15, tzinfo=UTC)


def test_due_dates() -> None:
    created = datetime(2026, 1, 1, tzinfo=UTC)
    assert check_due_at(None, 7, created) == created
    assert check_due_at(datetime(2026, 1, 10, tzinfo=UTC), 7, created) == datetime(
        2026, 1, 17, tzinfo=UTC
    )
    assert review_due_at(None, created, 6) == datetime(2026, 7, 1, tzinfo=UTC)


def test_fields_are_coerced_and_checked() -> None:
    spec = SECTIONS[PlanSection.TARGETS]
    clean, errors = normalise(
        spec,
        {"first_reply_minutes": "0", "first_contact_minutes": "", "severity": "high", "label": ""},
    )
    assert clean["severity"] == Severity.HIGH
    assert clean["first_contact_minutes"] is None
    assert set(errors) == {"first_reply_minutes", "label"}
    _clean, errors = normalise(spec, {"first_reply_minutes": "soon"})
    assert "whole number" in errors["first_reply_minutes"]


def test_section_checks() -> None:
    sources = SECTIONS[PlanSection.LISTENING]
    assert "name" in check_item(sources, {"name": " Google "}, [{"name": "google"}])
    people = SECTIONS[PlanSection.PEOPLE]
    assert set(check_item(people, {"phone": "12", "email": "x@"}, [])) == {"phone", "email"}
    targets = SECTIONS[PlanSection.TARGETS]
    assert "first_contact_minutes" in check_item(
        targets, {"first_reply_minutes": 60, "first_contact_minutes": 30}, []
    )
