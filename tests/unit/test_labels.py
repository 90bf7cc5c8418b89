"""Every value the screens show has a name of its own (never a raw code like "faulty-work")."""

from __future__ import annotations

import pytest

from planner.core import enums
from planner.core.drill_scenario import Situation
from planner.core.labels import LABELS

SHOWN = [
    enums.Severity,
    enums.Channel,
    enums.IncidentStatus,
    enums.ContactMethod,
    enums.ContactOutcome,
    enums.PersonRole,
    enums.PrincipleKind,
    enums.SourceKind,
    enums.TemplateKind,
    enums.Language,
    enums.PlanSection,
    enums.Justified,
    enums.RootCause,
    Situation,
]


@pytest.mark.parametrize("enum", SHOWN, ids=lambda e: e.__name__)
def test_every_shown_value_has_a_label(enum: type) -> None:
    missing = [member for member in enum if member not in LABELS]
    assert missing == []
