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
    missing = [member for member in enum if (enum, member.value) not in LABELS]
    assert missing == []


def test_values_shared_by_different_kinds_keep_their_own_names() -> None:
    # "other" is a channel, a kind of source, a root cause and a drill situation at once.
    from planner.core.labels import label

    assert label(enums.Channel.OTHER) == "Other"
    assert label(enums.SourceKind.OTHER) == "Other"
    assert label(enums.RootCause.OTHER) == "Other cause"
    assert label(Situation.OTHER) == "Other situation"
