"""What an operation changed, so that the views showing it refresh (cf. Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, TypeVar

T = TypeVar("T")


class Area(StrEnum):
    PROFILE = "profile"
    PLAN = "plan"
    LISTENING = "listening"
    INCIDENTS = "incidents"
    JOURNAL = "journal"
    REVIEW = "review"
    DRILLS = "drills"
    SETTINGS = "settings"


@dataclass(frozen=True)
class Changes:
    areas: frozenset[Area] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.areas)

    def touches(self, *areas: Area) -> bool:
        return not self.areas.isdisjoint(areas)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.areas | other.areas)


NO_CHANGES = Changes()


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """A service's answer: its value plus what it changed."""

    value: T
    changes: Changes = field(default=NO_CHANGES)


def changed(value: T, *areas: Area) -> Outcome[T]:
    return Outcome(value, Changes(frozenset(areas)))
