"""The default plan shipped in both languages is complete enough to use as it is."""

from __future__ import annotations

import pytest

from planner.core.enums import ContactMethod, Language, PrincipleKind, Severity, TemplateKind
from planner.core.placeholders import KNOWN, template_problems, used_placeholders
from planner.services.default_plan import LIST_SECTIONS, load_default_plan

LANGUAGES = [Language.FI, Language.EN]
TEMPLATE_KINDS = {
    TemplateKind.ACKNOWLEDGEMENT,
    TemplateKind.LATE_APOLOGY,
    TemplateKind.OFFER_CALL,
    TemplateKind.FOLLOW_UP,
    TemplateKind.BLOG_OUTLINE,
    TemplateKind.REVIEW_REQUEST,
    TemplateKind.PARTING_REFUND,
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_part_is_there(language: Language) -> None:
    plan = load_default_plan(language)
    assert plan["title"] and plan["parting_rule"]
    assert plan["review_interval_months"] == 6
    kinds = {source["kind"] for source in plan["sources"]}
    assert {"web-alert", "social", "review-site", "forum"} <= kinds
    assert all(source["check_interval_days"] <= 7 for source in plan["sources"])
    names = [source["name"] for source in plan["sources"]]
    assert len(names) == len(set(names))
    targets = {Severity(t["severity"]): t for t in plan["targets"]}
    assert set(targets) == set(Severity)
    assert targets[Severity.HIGH]["first_reply_minutes"] == 60
    assert targets[Severity.HIGH]["first_contact_minutes"] <= 24 * 60
    assert targets[Severity.MEDIUM]["first_reply_minutes"] == 24 * 60
    assert targets[Severity.LOW]["first_reply_minutes"] == 2 * 24 * 60
    assert {TemplateKind(t["kind"]) for t in plan["templates"]} == TEMPLATE_KINDS
    methods = [ContactMethod(step["method"]) for step in plan["steps"]]
    assert methods == [
        ContactMethod.PUBLIC_REPLY,
        ContactMethod.CALL,
        ContactMethod.VISIT,
        ContactMethod.EMAIL,
        ContactMethod.DM,
        ContactMethod.BLOG_POST,
    ]
    call = plan["steps"][1]
    assert (call["attempts_before_next"], call["window_hours"]) == (2, 48)
    assert call["refusal_jumps_to_fallback"]
    assert [step["is_fallback"] for step in plan["steps"]] == [False] * 5 + [True]
    principles = [PrincipleKind(p["kind"]) for p in plan["principles"]]
    assert principles.count(PrincipleKind.CHECKLIST) == 5
    assert PrincipleKind.DO in principles and PrincipleKind.DONT in principles
    roles = {person["role"] for person in plan["people"]}
    assert {"responder", "sparring-partner", "fixer"} <= roles
    assert any(option["max_value_cents"] for option in plan["compensations"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_templates_use_only_known_placeholders(language: Language) -> None:
    for template in load_default_plan(language)["templates"]:
        assert template_problems(template["body"]) == [], template["title"]
        used = set(used_placeholders(template["body"]))
        assert used <= set(KNOWN)
        if template["kind"] == TemplateKind.BLOG_OUTLINE:
            assert "customer_name" not in used  # the blog post never names the customer
        else:
            assert {"customer_name", "signature"} <= used, template["title"]


def test_both_languages_have_the_same_shape() -> None:
    fi, en = (load_default_plan(language) for language in LANGUAGES)
    for key in LIST_SECTIONS:
        assert len(fi[key]) == len(en[key]), key
        for a, b in zip(fi[key], en[key], strict=True):
            for field in ("kind", "severity", "method", "role"):
                assert a.get(field) == b.get(field), (key, field)
