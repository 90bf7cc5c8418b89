"""The default plan shipped in resources/plans: read and checked before it is used."""

from __future__ import annotations

import json
from typing import Any

from planner.core.enums import Language
from planner.storage.resources import resource

FORMAT = 1
LIST_SECTIONS = (
    "sources",
    "targets",
    "templates",
    "steps",
    "principles",
    "people",
    "compensations",
)


def load_default_plan(language: Language) -> dict[str, Any]:
    path = resource("plans", f"default_{language.value}.json")
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    if document.get("format") != FORMAT or document.get("language") != language.value:
        raise ValueError(f"{path} is not a version {FORMAT} plan in {language.value}")
    for key in LIST_SECTIONS:
        if not isinstance(document.get(key), list):
            raise ValueError(f"{path}: '{key}' must be a list")
    return document


def fill_owner_details(text: str, business: str, owner: str) -> str:
    """The few placeholders a default plan may carry outside its templates."""
    return text.replace("{business_name}", business).replace("{owner_name}", owner)
