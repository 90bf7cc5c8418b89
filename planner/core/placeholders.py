"""``{placeholders}`` in reply templates: which exist, whether a template uses them right,
and filling them in. Unknown names and stray braces are caught when the plan is edited,
not when the owner is replying under stress."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from planner.core.i18n import QT_TRANSLATE_NOOP, arg, translate

# name -> what it stands for (shown in the template editor)
KNOWN: dict[str, str] = {
    "customer_name": QT_TRANSLATE_NOOP("Placeholders", "the customer's name"),
    "topic": QT_TRANSLATE_NOOP("Placeholders", "what the complaint is about"),
    "signature": QT_TRANSLATE_NOOP("Placeholders", "your signature"),
    "business_name": QT_TRANSLATE_NOOP("Placeholders", "the name of the business"),
    "owner_name": QT_TRANSLATE_NOOP("Placeholders", "your name"),
    "owner_phone": QT_TRANSLATE_NOOP("Placeholders", "your phone number"),
    "channel": QT_TRANSLATE_NOOP("Placeholders", "where the comment was written"),
}

PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True)
class TemplateProblem:
    message: str
    start: int
    end: int


def used_placeholders(body: str) -> list[str]:
    return [m.group(1) for m in PLACEHOLDER.finditer(body)]


def template_problems(body: str) -> list[TemplateProblem]:
    """Unknown placeholder names and unbalanced braces, with where they are."""
    problems: list[TemplateProblem] = []
    depth_start: int | None = None
    for index, char in enumerate(body):
        if char == "{":
            if depth_start is not None:
                problems.append(
                    TemplateProblem(
                        translate("Placeholders", "A “{” is opened twice without closing."),
                        depth_start,
                        index + 1,
                    )
                )
            depth_start = index
        elif char == "}":
            if depth_start is None:
                problems.append(
                    TemplateProblem(
                        translate("Placeholders", "A “}” closes nothing."), index, index + 1
                    )
                )
            depth_start = None
    if depth_start is not None:
        problems.append(
            TemplateProblem(
                translate("Placeholders", "A “{” is never closed."), depth_start, len(body)
            )
        )
    for match in PLACEHOLDER.finditer(body):
        name = match.group(1)
        if name not in KNOWN:
            problems.append(
                TemplateProblem(
                    arg(
                        translate("Placeholders", "Unknown placeholder {%1}. Use one of: %2."),
                        name,
                        ", ".join("{" + known + "}" for known in KNOWN),
                    ),
                    match.start(),
                    match.end(),
                )
            )
    problems.sort(key=lambda p: p.start)
    return problems


@dataclass(frozen=True)
class Filled:
    text: str
    unfilled: list[tuple[int, int]]  # spans in ``text`` of placeholders left as they were


def fill(body: str, values: Mapping[str, str]) -> Filled:
    """Replace known placeholders that have a value; leave the rest visible and report
    where they are, so the composer can highlight them."""
    out: list[str] = []
    unfilled: list[tuple[int, int]] = []
    position = 0
    length = 0
    for match in PLACEHOLDER.finditer(body):
        chunk = body[position : match.start()]
        out.append(chunk)
        length += len(chunk)
        value = values.get(match.group(1), "").strip()
        piece = value if value else match.group(0)
        if not value:
            unfilled.append((length, length + len(piece)))
        out.append(piece)
        length += len(piece)
        position = match.end()
    out.append(body[position:])
    return Filled("".join(out), unfilled)
