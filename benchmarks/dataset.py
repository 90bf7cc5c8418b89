"""The synthetic dataset: five years of a busy small business, built fast and cached.

The database is created by the app's own migrations (``Database.open``), the profile and
plan by its services, and the bulk by SQLAlchemy Core ``executemany`` inserts (the ORM
would be ~6x slower, see DESIGN.md). Praise goes in through the FTS5 triggers, so the
search index is filled exactly as the app fills it. Old closed cases are stored already
anonymised by the retention rule, as in a database that has been in use all along: the
start-up retention run then finds nothing to do, as it would on any ordinary day.

Run on its own to build (or rebuild) the cache: ``python benchmarks/dataset.py --scale 1``.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import dataset_rows

from planner.core.clock import utcnow
from planner.core.enums import Language
from planner.core.models import (
    ActionItem,
    ContactAttempt,
    Incident,
    LessonReview,
    PraiseEntry,
    PraiseTag,
    PromiseCheck,
    ReplyDraft,
    ReviewRequest,
    TimelineEvent,
    metadata,
)
from planner.services.plan import init_plan
from planner.services.profile import ProfileData, save_profile
from planner.storage.database import Database
from planner.storage.paths import AppPaths
from planner.storage.schema import head_revision

# Bump when the generated data changes shape, so that old caches are not reused.
VERSION = 1
FULL = {
    "incidents": 10_000,
    "attempts": 50_000,
    "events": 50_000,
    "praise": 100_000,
    "actions": 2_000,
}
CACHE_ENV = "CRISIS_PLANNER_BENCH_CACHE"


@dataclass(frozen=True)
class Counts:
    incidents: int
    attempts: int
    events: int
    praise: int
    actions: int

    @classmethod
    def scaled(cls, scale: float) -> Counts:
        return cls(**{k: max(1, round(v * scale)) for k, v in FULL.items()})


def cache_dir() -> Path:
    return Path(os.environ.get(CACHE_ENV) or Path(tempfile.gettempdir()) / "crisis-planner-bench")


def cache_path(scale: float, folder: Path | None = None) -> Path:
    """One file per scale, data version, schema revision and day: the data is relative to
    "now" (open cases are recent, the retention rule's cut-off moves), so it is rebuilt
    daily, which takes ~10 s at full scale."""
    day = datetime.now(UTC).strftime("%Y%m%d")
    key = f"v{VERSION}-{head_revision()}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:8]
    return (folder or cache_dir()) / f"dataset-s{scale:g}-{day}-{digest}.sqlite3"


def ensure_dataset(scale: float, *, rebuild: bool = False, folder: Path | None = None) -> Path:
    """The cached dataset for ``scale``, generated first when missing (or ``rebuild``)."""
    path = cache_path(scale, folder)
    if path.exists() and not rebuild:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".partial-{os.getpid()}")
    started = time.perf_counter()
    try:
        generate(partial, Counts.scaled(scale))
        os.replace(partial, path)  # a half-built file never gets the cache's name
    finally:
        for leftover in (partial, *partial.parent.glob(partial.name + "-*")):
            leftover.unlink(missing_ok=True)
    print(f"dataset: built {path} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    for old in path.parent.glob(f"dataset-s{scale:g}-*.sqlite3"):
        if old != path:
            old.unlink(missing_ok=True)  # yesterday's copy: ~70 MB each at full scale
    return path


def generate(path: Path, counts: Counts, seed: int = 20260101) -> None:
    rng = random.Random(seed)
    now = utcnow()
    with tempfile.TemporaryDirectory(prefix="bench-gen-") as scratch:
        db = Database.open(AppPaths.resolve(scratch), str(path))
        try:
            _plan_and_profile(db)
            _bulk_insert(db, counts, rng, now)
        finally:
            db.close()
    # Fold the WAL into the file: the cache must be one self-contained file to copy.
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _plan_and_profile(db: Database) -> None:
    save_profile(
        db,
        ProfileData(
            name="Leipomo Kulma",
            owner_name="Markku Mäkinen",
            reply_languages=(Language.FI, Language.EN),
            waking_start_minute=7 * 60,
            waking_end_minute=22 * 60,
            timezone="Europe/Helsinki",
        ),
    )
    init_plan(
        db,
        language=Language.FI,
        business="Leipomo Kulma",
        owner="Markku Mäkinen",
        reply_languages=(Language.FI, Language.EN),
        waking_hours=(7 * 60, 22 * 60),
    )


def _bulk_insert(db: Database, counts: Counts, rng: random.Random, now: datetime) -> None:
    incidents = dataset_rows.incidents(counts.incidents, rng, now)
    attempts = dataset_rows.attempts(incidents, counts.attempts, rng, now)
    events = dataset_rows.events(incidents, attempts, counts.events, rng)
    reviews, actions, checks = dataset_rows.lessons(incidents, counts.actions, rng, now)
    praise, tags = dataset_rows.praise(counts.praise, incidents, rng, now)
    drafts = dataset_rows.drafts(incidents, rng, now)
    requests = dataset_rows.review_requests(praise, rng, now)
    tables = (
        (Incident, incidents),
        (ContactAttempt, attempts),
        (TimelineEvent, events),
        (LessonReview, reviews),
        (ActionItem, actions),
        (PromiseCheck, checks),
        (PraiseEntry, praise),  # through the FTS5 insert trigger
        (PraiseTag, tags),
        (ReplyDraft, drafts),
        (ReviewRequest, requests),
    )
    with db.engine.begin() as conn:
        for model, rows in tables:
            if rows:
                conn.execute(metadata.tables[str(model.__tablename__)].insert(), rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)
    print(ensure_dataset(args.scale, rebuild=args.rebuild))
    return 0


if __name__ == "__main__":
    sys.exit(main())
