"""Is the database sound? The integrity checks behind ``crisis-planner check``."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, text

from planner.core.models import (
    ActionItem,
    ContactAttempt,
    DrillRun,
    Incident,
    PraiseEntry,
    ResponsePlan,
)
from planner.storage.database import Database
from planner.storage.schema import current_revision, head_revision

COUNTED = {
    "plans": ResponsePlan,
    "incidents": Incident,
    "contact_attempts": ContactAttempt,
    "praise_entries": PraiseEntry,
    "action_items": ActionItem,
    "drill_runs": DrillRun,
}


@dataclass(frozen=True)
class HealthReport:
    location: str
    backend: str
    revision: str | None
    head: str
    integrity: list[str] = field(default_factory=list)  # problems found; empty when sound
    broken_links: int = 0
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def healthy(self) -> bool:
        return not self.integrity and self.broken_links == 0 and self.revision == self.head


def check_health(db: Database) -> HealthReport:
    integrity: list[str] = []
    broken = 0
    with db.engine.connect() as conn:
        if db.dialect == "sqlite":
            rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            integrity = [] if rows == ["ok"] else rows
            broken = len(conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall())
        else:
            conn.execute(text("SELECT 1"))
        counts = {
            name: int(conn.execute(select(func.count()).select_from(model)).scalar_one())
            for name, model in COUNTED.items()
        }
        conn.rollback()
    return HealthReport(
        location=db.location.display(),
        backend=db.dialect,
        revision=current_revision(db.engine),
        head=head_revision(),
        integrity=integrity,
        broken_links=broken,
        counts=counts,
    )
