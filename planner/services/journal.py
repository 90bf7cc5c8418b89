"""The positive-feedback journal: kind words kept, found again, and shown when they matter
(a random one on the start page and in an open incident, "on this day", the monthly
picture of praise against complaints)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import select as core_select
from sqlmodel import Session, col, func, select

from planner.core.channels import is_web_address
from planner.core.clock import utcnow
from planner.core.enums import Channel
from planner.core.errors import NotFoundError, ValidationError
from planner.core.i18n import translate
from planner.core.models import Incident, PraiseEntry, PraiseTag
from planner.core.text_fold import fold, search_words
from planner.services.changes import Area, Outcome, changed
from planner.storage.database import Database
from planner.storage.search import (
    count_praise_matching,
    praise_matches,
    unicode_lower,
    walk_by_date_pays,
)

MAX_TEXT = 10_000
MAX_TAG = 100


@dataclass(frozen=True)
class PraiseInput:
    text: str
    who: str = ""
    channel: Channel = Channel.OTHER
    received_on: date | None = None  # today when not given
    tags: tuple[str, ...] = ()
    stars: int | None = None
    url: str = ""
    testimonial_ok: bool = False
    incident_id: int | None = None


@dataclass(frozen=True)
class PraiseView:
    id: int
    text: str
    who: str
    channel: Channel
    received_on: date
    tags: tuple[str, ...]
    stars: int | None
    url: str
    testimonial_ok: bool
    incident_id: int | None

    def as_input(self) -> PraiseInput:
        """The same entry as input again (to restore it after an undo of a delete)."""
        return PraiseInput(
            self.text,
            self.who,
            self.channel,
            self.received_on,
            self.tags,
            self.stars,
            self.url,
            self.testimonial_ok,
            self.incident_id,
        )


@dataclass(frozen=True)
class PraiseQuery:
    text: str = ""
    tags: tuple[str, ...] = ()
    channels: tuple[Channel, ...] = ()
    date_from: date | None = None
    date_to: date | None = None


def clean_tags(tags: Sequence[str]) -> tuple[str, ...]:
    """Trimmed, without '#', without duplicates (case-insensitively), in the given order."""
    seen: set[str] = set()
    out: list[str] = []
    for tag in tags:
        clean = " ".join(tag.strip().lstrip("#").split())
        if clean and clean.casefold() not in seen:
            seen.add(clean.casefold())
            out.append(clean)
    return tuple(out)


def validate_praise(data: PraiseInput, today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not data.text.strip():
        errors["text"] = translate("JournalService", "Write down the kind words.")
    elif len(data.text) > MAX_TEXT:
        errors["text"] = translate(
            "JournalService", "The text is too long (10,000 characters at most)."
        )
    if len(data.who.strip()) > 200:
        errors["who"] = translate(
            "JournalService", "The name is too long (200 characters at most)."
        )
    if data.received_on is not None and data.received_on > today:
        errors["received_on"] = translate("JournalService", "This date is in the future.")
    if data.stars is not None and not 1 <= data.stars <= 5:
        errors["stars"] = translate("JournalService", "Stars go from 1 to 5.")
    if len(data.url.strip()) > 2000:
        errors["url"] = translate(
            "JournalService", "The link is too long (2,000 characters at most)."
        )
    elif data.url.strip() and not is_web_address(data.url.strip()):
        errors["url"] = translate(
            "JournalService", "This is not a web address (it should start with https://)."
        )
    if any(len(tag) > MAX_TAG for tag in clean_tags(data.tags)):
        errors["tags"] = translate("JournalService", "A tag is too long (100 characters at most).")
    return errors


def _search_text(text: str, who: str, tags: Sequence[str]) -> str:
    return fold(" ".join([text, who, *tags]))


def _fill(row: PraiseEntry, data: PraiseInput, today: date) -> tuple[str, ...]:
    """Copy the input onto the row; returns the cleaned tags."""
    tags = clean_tags(data.tags)
    row.text = data.text.strip()
    row.who = data.who.strip()
    row.channel = data.channel
    row.received_on = data.received_on or today
    row.stars = data.stars
    row.url = data.url.strip()
    row.testimonial_ok = data.testimonial_ok
    row.search_text = _search_text(row.text, row.who, tags)
    return tags


def _apply(session: Session, row: PraiseEntry, data: PraiseInput, today: date) -> None:
    tags = _fill(row, data, today)
    session.add(row)
    session.flush()
    for old in session.exec(select(PraiseTag).where(PraiseTag.praise_id == row.id)).all():
        session.delete(old)
    session.flush()
    assert row.id is not None
    for tag in tags:
        session.add(PraiseTag(praise_id=row.id, tag=tag))


def add_praise(db: Database, data: PraiseInput, today: date | None = None) -> Outcome[int]:
    day = today or date.today()
    ValidationError.check(validate_praise(data, day))
    with db.session(write=True) as session:
        if data.incident_id is not None and session.get(Incident, data.incident_id) is None:
            raise NotFoundError(translate("IncidentService", "The incident no longer exists."))
        row = PraiseEntry(text="", received_on=day, incident_id=data.incident_id)
        _apply(session, row, data, day)
        assert row.id is not None
        return changed(row.id, Area.JOURNAL)


def add_many(session: Session, entries: Sequence[PraiseInput], today: date) -> list[int]:
    """Add already validated entries inside the caller's transaction (the CSV import).
    Rows go in as one batch, then their tags: one round trip per batch, not per row."""
    rows: list[tuple[PraiseEntry, tuple[str, ...]]] = []
    for data in entries:
        row = PraiseEntry(text="", received_on=today, incident_id=data.incident_id)
        rows.append((row, _fill(row, data, today)))
    session.add_all([row for row, _ in rows])
    session.flush()
    session.add_all(
        [PraiseTag(praise_id=row.id or 0, tag=tag) for row, tags in rows for tag in tags]
    )
    session.flush()
    return [row.id or 0 for row, _ in rows]


def _row(session: Session, praise_id: int) -> PraiseEntry:
    row = session.get(PraiseEntry, praise_id)
    if row is None:
        raise NotFoundError(translate("JournalService", "This entry no longer exists."))
    return row


def update_praise(
    db: Database, praise_id: int, data: PraiseInput, today: date | None = None
) -> Outcome[None]:
    day = today or date.today()
    ValidationError.check(validate_praise(data, day))
    with db.session(write=True) as session:
        row = _row(session, praise_id)
        _apply(session, row, replace(data, incident_id=row.incident_id), day)
        row.updated_at = utcnow()
    return changed(None, Area.JOURNAL)


def delete_praise(db: Database, praise_id: int) -> Outcome[PraiseView]:
    """Delete; returns what was deleted so that undo can put it back."""
    with db.session(write=True) as session:
        row = _row(session, praise_id)
        view = _view(session, row)
        session.delete(row)
    return changed(view, Area.JOURNAL)


def _tags_of(session: Session, ids: Sequence[int]) -> dict[int, list[str]]:
    tags: dict[int, list[str]] = {}
    if ids:
        rows = session.connection().execute(
            core_select(col(PraiseTag.praise_id), col(PraiseTag.tag)).where(
                col(PraiseTag.praise_id).in_(ids)
            )
        )
        for praise_id, tag in rows.all():  # one fetch, not a row at a time
            tags.setdefault(praise_id, []).append(tag)
    return tags


def _view(session: Session, row: PraiseEntry, tags: list[str] | None = None) -> PraiseView:
    assert row.id is not None
    if tags is None:
        tags = _tags_of(session, [row.id]).get(row.id, [])
    return PraiseView(
        row.id,
        row.text,
        row.who,
        row.channel,
        row.received_on,
        tuple(sorted(tags, key=str.casefold)),
        row.stars,
        row.url,
        row.testimonial_ok,
        row.incident_id,
    )


# What a view shows, as plain columns: lists read these (Core), not ORM objects.
_VIEW_COLUMNS = (
    col(PraiseEntry.id),
    col(PraiseEntry.text),
    col(PraiseEntry.who),
    col(PraiseEntry.channel),
    col(PraiseEntry.received_on),
    col(PraiseEntry.stars),
    col(PraiseEntry.url),
    col(PraiseEntry.testimonial_ok),
    col(PraiseEntry.incident_id),
)
_NEWEST_FIRST = (col(PraiseEntry.received_on).desc(), col(PraiseEntry.id).desc())


def _views(session: Session, statement: Any) -> list[PraiseView]:
    """Run a select of ``_VIEW_COLUMNS`` and build the views, with their tags."""
    rows = session.connection().execute(statement).all()
    tags = _tags_of(session, [row[0] for row in rows])
    return [
        PraiseView(
            id=row[0],
            text=row[1],
            who=row[2],
            channel=row[3],
            received_on=row[4],
            tags=tuple(sorted(tags.get(row[0], ()), key=str.casefold)),
            stars=row[5],
            url=row[6],
            testimonial_ok=row[7],
            incident_id=row[8],
        )
        for row in rows
    ]


def get_praise(db: Database, praise_id: int) -> PraiseView:
    with db.session(write=False) as session:
        return _view(session, _row(session, praise_id))


def _filtered(session: Session, query: PraiseQuery, statement: Any, *, by_date: bool) -> Any:
    words = search_words(query.text)
    if words:
        statement = statement.where(praise_matches(session, words, walk_by_date=by_date))
    for tag in clean_tags(query.tags):
        statement = statement.where(
            col(PraiseEntry.id).in_(
                select(PraiseTag.praise_id).where(
                    unicode_lower(session, PraiseTag.tag) == tag.strip().lower()
                )
            )
        )
    if query.channels:
        statement = statement.where(col(PraiseEntry.channel).in_(query.channels))
    if query.date_from is not None:
        statement = statement.where(col(PraiseEntry.received_on) >= query.date_from)
    if query.date_to is not None:
        statement = statement.where(col(PraiseEntry.received_on) <= query.date_to)
    return statement


def _words_only(query: PraiseQuery) -> list[str]:
    """The query's words when it has nothing else (no tags, channels or dates)."""
    if clean_tags(query.tags) or query.channels or query.date_from or query.date_to:
        return []
    return search_words(query.text)


def _count(session: Session, query: PraiseQuery) -> int:
    words = _words_only(query)
    if words:
        return count_praise_matching(session, words)  # the search index alone
    inner = _filtered(session, query, core_select(col(PraiseEntry.id)), by_date=False)
    statement = core_select(func.count()).select_from(inner.subquery())
    return int(session.connection().execute(statement).scalar_one())


def _page(
    session: Session, query: PraiseQuery, offset: int, limit: int, matches: int | None
) -> list[PraiseView]:
    by_date = False
    words = _words_only(query)
    if words and session.get_bind().dialect.name == "sqlite":
        if matches is None:
            matches = count_praise_matching(session, words)
        if not matches:
            return []
        highest = session.connection().execute(core_select(func.max(col(PraiseEntry.id))))
        by_date = walk_by_date_pays(matches, int(highest.scalar_one() or 0), offset + limit)
    statement = (
        _filtered(session, query, core_select(*_VIEW_COLUMNS), by_date=by_date)
        .order_by(*_NEWEST_FIRST)
        .offset(offset)
        .limit(limit)
    )
    return _views(session, statement)


def search_praise(
    db: Database,
    query: PraiseQuery = PraiseQuery(),  # noqa: B008 - frozen, never mutated
    *,
    offset: int = 0,
    limit: int = 200,
) -> list[PraiseView]:
    """Newest first. Words match anywhere, as prefixes, ignoring case and diacritics."""
    with db.session(write=False) as session:
        return _page(session, query, offset, limit, None)


def count_praise(db: Database, query: PraiseQuery = PraiseQuery()) -> int:  # noqa: B008
    with db.session(write=False) as session:
        return _count(session, query)


def search_praise_counted(
    db: Database,
    query: PraiseQuery = PraiseQuery(),  # noqa: B008
    *,
    limit: int = 200,
) -> tuple[list[PraiseView], int]:
    """The first page (as ``search_praise``) and the count of all matches (as
    ``count_praise``), read together in one transaction, so that they agree."""
    with db.session(write=False) as session:
        total = _count(session, query)
        return _page(session, query, 0, limit, total), total


def all_tags(db: Database) -> list[tuple[str, int]]:
    """Every tag with how many entries carry it, most used first."""
    with db.session(write=False) as session:
        rows = session.exec(
            select(PraiseTag.tag, func.count())
            .group_by(PraiseTag.tag)
            .order_by(func.count().desc(), PraiseTag.tag)
        ).all()
        return [(tag, int(n)) for tag, n in rows]


# -- morale --------------------------------------------------------------------------------
def random_praise(db: Database, rng: random.Random | None = None) -> PraiseView | None:
    """One kind word, picked at random without loading the whole journal."""
    with db.session(write=False) as session:
        total = session.exec(select(func.count()).select_from(PraiseEntry)).one()
        if not total:
            return None
        offset = (rng or random).randrange(total)
        row = session.exec(
            select(PraiseEntry).order_by(col(PraiseEntry.id)).offset(offset).limit(1)
        ).first()
        return _view(session, row) if row else None


def on_this_day(db: Database, today: date | None = None) -> list[PraiseView]:
    """Entries from this calendar day in earlier years, newest first."""
    day = today or date.today()
    with db.session(write=False) as session:
        return _views(
            session,
            core_select(*_VIEW_COLUMNS)
            .where(col(PraiseEntry.received_on) < date(day.year, 1, 1))
            .where(_month_day_is(session, day))
            .order_by(col(PraiseEntry.received_on).desc())
            .limit(20),
        )


def _month_day_is(session: Session, day: date) -> Any:
    if session.get_bind().dialect.name == "sqlite":
        return func.strftime("%m-%d", PraiseEntry.received_on) == day.strftime("%m-%d")
    return func.to_char(PraiseEntry.received_on, "MM-DD") == day.strftime("%m-%d")


@dataclass(frozen=True)
class MonthFigures:
    month: date  # the first day of the month
    praise: int
    incidents: int


def monthly_figures(
    db: Database, months: int = 12, today: date | None = None
) -> list[MonthFigures]:
    """Praise and incidents per month, oldest first, ending with this month."""
    day = today or date.today()
    firsts: list[date] = []
    year, month = day.year, day.month
    for _ in range(months):
        firsts.append(date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    firsts.reverse()
    start = firsts[0]
    with db.session(write=False) as session:
        praise_days: list[date] = list(
            session.exec(
                select(col(PraiseEntry.received_on)).where(col(PraiseEntry.received_on) >= start)
            ).all()
        )
        incident_times = session.exec(
            select(col(Incident.detected_at)).where(
                col(Incident.detected_at) >= datetime(start.year, start.month, 1).astimezone()
            )
        ).all()
    counts = {first: [0, 0] for first in firsts}
    for received in praise_days:
        key = date(received.year, received.month, 1)
        if key in counts:
            counts[key][0] += 1
    for detected in incident_times:
        local = detected.astimezone()
        key = date(local.year, local.month, 1)
        if key in counts:
            counts[key][1] += 1
    return [MonthFigures(first, *counts[first]) for first in firsts]


@dataclass(frozen=True)
class SinceLastIncident:
    last_incident_at: datetime | None
    praise: int  # entries received since then (all of them when there was none)


def praise_since_last_incident(db: Database) -> SinceLastIncident:
    with db.session(write=False) as session:
        last = session.exec(select(func.max(Incident.detected_at))).one()
        statement = select(func.count()).select_from(PraiseEntry)
        if last is not None:
            statement = statement.where(col(PraiseEntry.received_on) >= last.astimezone().date())
        return SinceLastIncident(last, int(session.exec(statement).one()))
