"""Customers' personal data: what is stored about one customer, a copy of it for them,
erasure at their request, and the retention rule that anonymises old closed incidents.

Finding a customer (:func:`find_customer`) is deliberately precise: a record belongs to the
customer when one of its identifying fields *equals* what was given, ignoring case and the
surrounding blanks (never a substring, so "Virta" does not find "Virtanen"):

* incidents whose ``customer_name``, ``author`` or ``customer_email`` is it, with their
  timeline, contact attempts, reply drafts, lessons-learned review (its actions and their
  promise checks) and the listening checks and plan reviews linked to them;
* praise entries whose ``who`` is it, and those linked to one of those incidents (the angry
  customer who became an advocate);
* review requests whose ``customer_name`` or ``contact`` is it, and those linked to one of
  those praise entries.

The same person may be stored under other names or addresses too (a name on one record, an
e-mail address on another); the other identifiers seen on the found records are listed in
:attr:`CustomerRecords.also_known_as` so that the owner can look those up as well.

Erasing and anonymising blank the incident's customer fields, replace the complaint's text
with a neutral placeholder and replace the customer's names (with their Finnish inflected
forms), e-mail addresses, phone numbers and links in every text kept about the incident
(see :mod:`planner.core.anonymity`; any e-mail address or phone-like number in those texts
counts). On SQLite the erasing transaction runs with ``secure_delete`` on (freed space is
zeroed) and merges the praise full-text index (FTS5 keeps deleted words until a merge);
after the commit the freed database pages are wiped: SQLite is vacuumed and its WAL
truncated, PostgreSQL's touched tables are vacuumed. Known limits: copies outside the
database (the backups in the backup folder, exports, PostgreSQL's WAL archive and
base backups) are not touched; a plain PostgreSQL ``VACUUM`` makes the space reusable
but does not guarantee it is overwritten at once.
"""

from __future__ import annotations

import calendar
import json
import logging
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, inspect, not_, or_
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, SQLModel, col, select

from planner.core.anonymity import Hit, anonymity_hits
from planner.core.clock import ensure_utc, utcnow
from planner.core.contact_rules import is_valid_email, is_valid_phone
from planner.core.enums import TimelineKind
from planner.core.errors import NotFoundError, ValidationError
from planner.core.i18n import arg, translate
from planner.core.models import (
    ActionItem,
    ContactAttempt,
    Incident,
    LessonReview,
    ListeningCheck,
    PlanReview,
    PraiseEntry,
    PraiseTag,
    PromiseCheck,
    ReplyDraft,
    ReviewRequest,
    TimelineEvent,
)
from planner.services.changes import Area, Outcome, changed
from planner.services.incidents import CLOSED_STATUSES, checked_moment
from planner.services.lessons import TEXT_FIELDS as LESSON_TEXT_FIELDS
from planner.storage.database import Database
from planner.storage.search import unicode_lower

log = logging.getLogger(__name__)

MAX_WHO = 300
DEFAULT_RETENTION_MONTHS = 36
MAX_RETENTION_MONTHS = 1200
# The timeline notes that mark an incident as done, recognised by their data (the text is
# translated, so it may read differently when the language changes).
ERASED = "erased"
RETENTION = "retention"
# The tables an erasure or the retention rule writes to or deletes from: vacuumed after.
TOUCHED_TABLES = (
    "incident",
    "timeline_event",
    "contact_attempt",
    "reply_draft",
    "lesson_review",
    "action_item",
    "promise_check",
    "listening_check",
    "plan_review",
    "praise_entry",
    "praise_tag",
    "review_request",
)

Row = Mapping[str, object]


def _marker(kind: str) -> str:
    return json.dumps({"privacy": kind}, ensure_ascii=False, sort_keys=True)


# -- what was found -------------------------------------------------------------------------
@dataclass(frozen=True)
class IncidentRecords:
    """One incident of the customer with everything kept about it (column values)."""

    incident: Row
    matched_on: tuple[str, ...]  # the incident's fields that equal what was looked for
    timeline: tuple[Row, ...] = ()
    contact_attempts: tuple[Row, ...] = ()
    drafts: tuple[Row, ...] = ()
    lesson_review: Row | None = None
    actions: tuple[Row, ...] = ()  # the review's actions, each with its "promise_checks"
    listening_checks: tuple[Row, ...] = ()
    plan_reviews: tuple[Row, ...] = ()

    @property
    def id(self) -> int:
        value = self.incident["id"]
        assert isinstance(value, int)
        return value


@dataclass(frozen=True)
class CustomerRecords:
    """Everything stored about one customer (see the module's notes on what matches)."""

    who: str
    incidents: tuple[IncidentRecords, ...] = ()
    praise: tuple[Row, ...] = ()  # each with its "tags" and "matched_on"
    review_requests: tuple[Row, ...] = ()  # each with its "matched_on"
    also_known_as: tuple[str, ...] = ()  # other names and addresses on the found records

    @property
    def is_empty(self) -> bool:
        return not (self.incidents or self.praise or self.review_requests)

    @property
    def incident_ids(self) -> tuple[int, ...]:
        return tuple(record.id for record in self.incidents)


@dataclass(frozen=True)
class ScrubCounts:
    """How many rows an erasure or the retention rule changed (or would change)."""

    incidents: int = 0
    timeline_events: int = 0
    contact_attempts: int = 0
    drafts: int = 0
    lesson_texts: int = 0  # reviews, actions and promise checks
    other_notes: int = 0  # listening checks and plan reviews linked to the incident

    def __add__(self, other: ScrubCounts) -> ScrubCounts:
        return ScrubCounts(
            self.incidents + other.incidents,
            self.timeline_events + other.timeline_events,
            self.contact_attempts + other.contact_attempts,
            self.drafts + other.drafts,
            self.lesson_texts + other.lesson_texts,
            self.other_notes + other.other_notes,
        )


@dataclass(frozen=True)
class ErasureSummary:
    who: str
    incident_ids: tuple[int, ...]
    counts: ScrubCounts
    praise_deleted: int
    review_requests_deleted: int
    wiped: bool  # the freed pages were wiped (VACUUM); False: the data may linger on disk
    # The SQLite backups in the backup folder: they may still hold the erased data.
    backups: tuple[Path, ...] = ()


@dataclass(frozen=True)
class RetentionReport:
    months: int
    cutoff: datetime  # incidents resolved before this were anonymised
    dry_run: bool
    incident_ids: tuple[int, ...]  # anonymised now (or that would be, in a dry run)
    already_anonymised: int  # closed before the cutoff and already done: left alone
    counts: ScrubCounts = field(default_factory=ScrubCounts)
    wiped: bool = False


# -- finding --------------------------------------------------------------------------------
def _key(who: str) -> str:
    key = who.strip()
    if not key:
        raise ValidationError(
            translate("Privacy", "Give the customer's name or e-mail address."), "customer"
        )
    if len(key) > MAX_WHO:
        raise ValidationError(
            translate("Privacy", "This is too long for a name or an e-mail address."), "customer"
        )
    return key.lower()


@dataclass
class _Found:
    """The ORM rows of one customer, inside a session."""

    incidents: list[tuple[Incident, tuple[str, ...]]]
    praise: list[tuple[PraiseEntry, tuple[str, ...]]]
    requests: list[tuple[ReviewRequest, tuple[str, ...]]]

    @property
    def empty(self) -> bool:
        return not (self.incidents or self.praise or self.requests)


def _equal(value: str, key: str) -> bool:
    return value.strip().lower() == key


def _find_rows(session: Session, key: str) -> _Found:
    def lower(column: object) -> Any:
        return unicode_lower(session, column)

    incident_fields = ("customer_name", "author", "customer_email")
    incidents = session.exec(
        select(Incident)
        .where(or_(*(lower(getattr(Incident, name)) == key for name in incident_fields)))
        .order_by(col(Incident.id))
    ).all()
    found_incidents = [
        (row, tuple(name for name in incident_fields if _equal(getattr(row, name), key)))
        for row in incidents
    ]
    incident_ids = [row.id for row in incidents if row.id is not None]

    praise_where = [lower(PraiseEntry.who) == key]
    if incident_ids:
        praise_where.append(col(PraiseEntry.incident_id).in_(incident_ids))
    praise = session.exec(
        select(PraiseEntry).where(or_(*praise_where)).order_by(col(PraiseEntry.id))
    ).all()
    found_praise = [
        (
            row,
            tuple(
                reason
                for reason, hit in (
                    ("who", _equal(row.who, key)),
                    ("incident_id", row.incident_id in incident_ids),
                )
                if hit
            ),
        )
        for row in praise
    ]
    praise_ids = [row.id for row in praise if row.id is not None]

    request_where = [lower(ReviewRequest.customer_name) == key, lower(ReviewRequest.contact) == key]
    if praise_ids:
        request_where.append(col(ReviewRequest.praise_id).in_(praise_ids))
    requests = session.exec(
        select(ReviewRequest).where(or_(*request_where)).order_by(col(ReviewRequest.id))
    ).all()
    found_requests = [
        (
            row,
            tuple(
                reason
                for reason, hit in (
                    ("customer_name", _equal(row.customer_name, key)),
                    ("contact", _equal(row.contact, key)),
                    ("praise_id", row.praise_id in praise_ids),
                )
                if hit
            ),
        )
        for row in requests
    ]
    return _Found(list(found_incidents), list(found_praise), list(found_requests))


def _columns(row: SQLModel, skip: Iterable[str] = ()) -> dict[str, object]:
    omitted = set(skip)
    return {
        attr.key: getattr(row, attr.key)
        for attr in inspect(type(row)).column_attrs
        if attr.key not in omitted
    }


def _incident_children(
    session: Session, incident_id: int
) -> tuple[
    list[TimelineEvent],
    list[ContactAttempt],
    list[ReplyDraft],
    LessonReview | None,
    list[ActionItem],
    list[PromiseCheck],
    list[ListeningCheck],
    list[PlanReview],
]:
    timeline = session.exec(
        select(TimelineEvent)
        .where(TimelineEvent.incident_id == incident_id)
        .order_by(col(TimelineEvent.at), col(TimelineEvent.id))
    ).all()
    attempts = session.exec(
        select(ContactAttempt)
        .where(ContactAttempt.incident_id == incident_id)
        .order_by(col(ContactAttempt.at), col(ContactAttempt.id))
    ).all()
    drafts = session.exec(
        select(ReplyDraft).where(ReplyDraft.incident_id == incident_id).order_by(col(ReplyDraft.id))
    ).all()
    review = session.exec(
        select(LessonReview).where(LessonReview.incident_id == incident_id)
    ).first()
    actions: Sequence[ActionItem] = []
    checks: Sequence[PromiseCheck] = []
    if review is not None:
        actions = session.exec(
            select(ActionItem).where(ActionItem.review_id == review.id).order_by(col(ActionItem.id))
        ).all()
        action_ids = [a.id for a in actions if a.id is not None]
        if action_ids:
            checks = session.exec(
                select(PromiseCheck)
                .where(col(PromiseCheck.action_id).in_(action_ids))
                .order_by(col(PromiseCheck.id))
            ).all()
    listening = session.exec(
        select(ListeningCheck)
        .where(ListeningCheck.incident_id == incident_id)
        .order_by(col(ListeningCheck.id))
    ).all()
    plan_reviews = session.exec(
        select(PlanReview).where(PlanReview.incident_id == incident_id).order_by(col(PlanReview.id))
    ).all()
    return (
        list(timeline),
        list(attempts),
        list(drafts),
        review,
        list(actions),
        list(checks),
        list(listening),
        list(plan_reviews),
    )


def _incident_records(
    session: Session, incident: Incident, matched_on: tuple[str, ...]
) -> IncidentRecords:
    assert incident.id is not None
    timeline, attempts, drafts, review, actions, checks, listening, plan_reviews = (
        _incident_children(session, incident.id)
    )
    checks_of: dict[int, list[Row]] = {}
    for check in checks:
        checks_of.setdefault(check.action_id, []).append(_columns(check))
    return IncidentRecords(
        incident=_columns(incident, skip=("search_text",)),
        matched_on=matched_on,
        timeline=tuple(_columns(e) for e in timeline),
        contact_attempts=tuple(_columns(a) for a in attempts),
        drafts=tuple(_columns(d) for d in drafts),
        lesson_review=_columns(review) if review is not None else None,
        actions=tuple(
            {**_columns(a), "promise_checks": checks_of.get(a.id or 0, [])} for a in actions
        ),
        listening_checks=tuple(_columns(c) for c in listening),
        plan_reviews=tuple(_columns(r) for r in plan_reviews),
    )


def _tags(session: Session, praise_ids: Sequence[int]) -> dict[int, list[str]]:
    tags: dict[int, list[str]] = {}
    if praise_ids:
        for praise_id, tag in session.exec(
            select(PraiseTag.praise_id, PraiseTag.tag)
            .where(col(PraiseTag.praise_id).in_(praise_ids))
            .order_by(col(PraiseTag.tag))
        ):
            tags.setdefault(praise_id, []).append(tag)
    return tags


def _also_known_as(found: _Found, key: str) -> tuple[str, ...]:
    values: list[str] = []
    for incident, _ in found.incidents:
        values += [incident.customer_name, incident.author, incident.customer_email]
    values += [row.who for row, _ in found.praise]
    for request, _ in found.requests:
        values += [request.customer_name, request.contact]
    seen: dict[str, str] = {}
    for value in values:
        clean = value.strip()
        if clean and clean.lower() != key:
            seen.setdefault(clean.lower(), clean)
    return tuple(sorted(seen.values(), key=str.casefold))


def find_customer(db: Database, who: str) -> CustomerRecords:
    """Everything stored about the customer named ``who`` (a name, a handle or an e-mail
    address), matched exactly but ignoring case: see the module's notes."""
    key = _key(who)
    with db.session(write=False) as session:
        found = _find_rows(session, key)
        tags = _tags(session, [row.id for row, _ in found.praise if row.id is not None])
        return CustomerRecords(
            who=who.strip(),
            incidents=tuple(
                _incident_records(session, incident, matched)
                for incident, matched in found.incidents
            ),
            praise=tuple(
                {
                    **_columns(row, skip=("search_text",)),
                    "tags": tags.get(row.id or 0, []),
                    "matched_on": list(matched),
                }
                for row, matched in found.praise
            ),
            review_requests=tuple(
                {**_columns(row), "matched_on": list(matched)} for row, matched in found.requests
            ),
            also_known_as=_also_known_as(found, key),
        )


# -- export ---------------------------------------------------------------------------------
def _jsonable(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def records_as_dict(
    records: CustomerRecords, exported_at: datetime | None = None
) -> dict[str, object]:
    """The found records as JSON-ready data (ISO 8601 times, enum values)."""
    moment = ensure_utc(exported_at) if exported_at else utcnow()
    incidents: list[object] = []
    for record in records.incidents:
        incidents.append(
            {
                **dict(record.incident),
                "matched_on": list(record.matched_on),
                "timeline": list(record.timeline),
                "contact_attempts": list(record.contact_attempts),
                "drafts": list(record.drafts),
                "lesson_review": (
                    {**dict(record.lesson_review), "actions": list(record.actions)}
                    if record.lesson_review is not None
                    else None
                ),
                "listening_checks": list(record.listening_checks),
                "plan_reviews": list(record.plan_reviews),
            }
        )
    data = {
        "customer": records.who,
        "exported_at": moment,
        "incidents": incidents,
        "praise": list(records.praise),
        "review_requests": list(records.review_requests),
        "also_known_as": list(records.also_known_as),
    }
    result = _jsonable(data)
    assert isinstance(result, dict)
    return result


def export_customer(db: Database, who: str, now: datetime | None = None) -> dict[str, object]:
    """Everything stored about the customer, ready for ``json.dump`` (a subject access
    request). Empty lists when nothing is stored."""
    return records_as_dict(find_customer(db, who), now)


# -- scrubbing texts ------------------------------------------------------------------------
def removed_text() -> str:
    """What the complaint's text becomes once the customer's data is removed."""
    return translate("Privacy", "[removed at the customer's request]")


def _placeholder(kind: str) -> str:
    if kind == "name":
        return translate("Privacy", "[name removed]")
    if kind == "email":
        return translate("Privacy", "[e-mail address removed]")
    if kind == "phone":
        return translate("Privacy", "[phone number removed]")
    return translate("Privacy", "[link removed]")


@dataclass
class _Scrubber:
    """Replaces what identifies the customer in a text (see core.anonymity)."""

    names: set[str] = field(default_factory=set)
    authors: set[str] = field(default_factory=set)
    emails: set[str] = field(default_factory=set)
    phones: set[str] = field(default_factory=set)
    links: set[str] = field(default_factory=set)

    def add_incident(self, incident: Incident) -> None:
        self._add(self.names, incident.customer_name)
        self._add(self.authors, incident.author)
        self._add(self.emails, incident.customer_email)
        self._add(self.phones, incident.customer_phone)
        self._add(self.links, incident.customer_profile_url)
        self._add(self.links, incident.url)

    def add_identifier(self, value: str) -> None:
        """A name, an e-mail address, a phone number or a web address, whichever it is."""
        value = value.strip()
        if is_valid_email(value):
            self._add(self.emails, value)
        elif is_valid_phone(value):
            self._add(self.phones, value)
        elif "/" in value or value.lower().startswith(("http:", "https:", "www.")):
            self._add(self.links, value)
        else:
            self._add(self.authors, value)

    @staticmethod
    def _add(target: set[str], value: str) -> None:
        if value.strip():
            target.add(value.strip())

    def hits(self, text: str) -> list[Hit]:
        hits = anonymity_hits(text, customer_name=" ".join(sorted(self.names)))
        for author in sorted(self.authors):
            hits += anonymity_hits(text, author=author)
        for email in sorted(self.emails):
            hits += anonymity_hits(text, email=email)
        for phone in sorted(self.phones):
            hits += anonymity_hits(text, phone=phone)
        for link in sorted(self.links):
            hits += anonymity_hits(text, profile_url=link)
        return hits

    def scrub(self, text: str) -> str:
        if not text:
            return text
        hits = sorted(self.hits(text), key=lambda h: (h.start, -h.end))
        # Overlapping hits become one span, named after its longest hit; so do the parts of
        # a full name ("Liisa Virtasen" -> one placeholder, not two).
        spans: list[tuple[int, int, Hit]] = []
        for hit in hits:
            if spans and (
                hit.start < spans[-1][1]
                or (
                    hit.kind == spans[-1][2].kind == "name"
                    and text[spans[-1][1] : hit.start] in (" ", "\u00a0")
                )
            ):
                start, end, lead = spans[-1]
                longer = hit if hit.end - hit.start > lead.end - lead.start else lead
                spans[-1] = (start, max(end, hit.end), longer)
            else:
                spans.append((hit.start, hit.end, hit))
        out = text
        for start, end, lead in reversed(spans):
            out = out[:start] + _placeholder(lead.kind) + out[end:]
        return out


def _derived_title(title: str, original_text: str) -> bool:
    """The title was made from the start of the complaint (the customer's own words)."""
    start = title.rstrip("…").strip()
    return bool(start) and " ".join(original_text.split()).startswith(start)


def _scrub_rows(
    rows: Iterable[SQLModel], names: Sequence[str], scrubber: _Scrubber, apply: bool
) -> int:
    """Scrub the text fields ``names`` of ``rows``; returns how many rows changed."""
    changed_rows = 0
    for row in rows:
        dirty = False
        for name in names:
            old = getattr(row, name)
            new = scrubber.scrub(old)
            if new != old:
                dirty = True
                if apply:
                    setattr(row, name, new)
        changed_rows += dirty
    return changed_rows


def _anonymise(
    session: Session,
    incident: Incident,
    scrubber: _Scrubber,
    *,
    moment: datetime,
    note: str,
    marker: str,
    apply: bool,
) -> ScrubCounts:
    """Remove the customer's personal data from one incident and what is kept about it;
    with ``apply`` False only count what would change."""
    assert incident.id is not None
    timeline, attempts, drafts, review, actions, checks, listening, plan_reviews = (
        _incident_children(session, incident.id)
    )
    counts = ScrubCounts(
        incidents=1,
        timeline_events=_scrub_rows(timeline, ("text",), scrubber, apply),
        contact_attempts=_scrub_rows(attempts, ("notes",), scrubber, apply),
        drafts=_scrub_rows(drafts, ("body",), scrubber, apply),
        lesson_texts=(
            _scrub_rows([review] if review else [], LESSON_TEXT_FIELDS, scrubber, apply)
            + _scrub_rows(actions, ("text",), scrubber, apply)
            + _scrub_rows(checks, ("notes",), scrubber, apply)
        ),
        other_notes=(
            _scrub_rows(listening, ("notes",), scrubber, apply)
            + _scrub_rows(plan_reviews, ("notes",), scrubber, apply)
        ),
    )
    if not apply:
        return counts
    if _derived_title(incident.title, incident.original_text):
        incident.title = arg(
            translate("Privacy", "Incident %1 (personal data removed)"), incident.id
        )
    else:
        incident.title = scrubber.scrub(incident.title)[:300]
    incident.permission_to_name_how = scrubber.scrub(incident.permission_to_name_how)[:500]
    incident.customer_name = ""
    incident.customer_email = ""
    incident.customer_phone = ""
    incident.customer_profile_url = ""
    incident.author = ""
    incident.url = ""
    incident.original_text = removed_text()
    incident.updated_at = utcnow()
    session.add(
        TimelineEvent(
            incident_id=incident.id, kind=TimelineKind.NOTE, at=moment, text=note, data=marker
        )
    )
    return counts


# -- wiping the freed pages -----------------------------------------------------------------
def _set_secure_delete(session: Session, on: bool) -> None:
    """SQLite zeroes what this connection deletes while on (the setting is per connection,
    so it is switched off again before the connection goes back to the pool)."""
    if session.get_bind().dialect.name != "sqlite":
        return
    # Switching off after a failed statement must not hide that statement's error.
    with suppress(SQLAlchemyError):
        session.connection().exec_driver_sql(f"PRAGMA secure_delete={'ON' if on else 'OFF'}")


def wipe_free_space(db: Database) -> bool:
    """Overwrite what deleted and changed rows left behind in the database files (outside
    any transaction). Returns False, logging why, when it could not be done; the erased data
    stays out of every query either way."""
    try:
        if db.dialect == "sqlite":
            return _wipe_sqlite(db)
        with db.engine.connect() as connection:
            auto = connection.execution_options(isolation_level="AUTOCOMMIT")
            auto.exec_driver_sql("VACUUM " + ", ".join(TOUCHED_TABLES))
        return True
    except (SQLAlchemyError, sqlite3.Error) as exc:
        log.warning("Could not wipe the freed database pages: %s", exc)
        return False


def _wipe_sqlite(db: Database) -> bool:
    raw = db.engine.raw_connection()
    try:
        connection = raw.driver_connection
        assert isinstance(connection, sqlite3.Connection)
        # Our engine leaves pysqlite in autocommit mode (isolation_level None): VACUUM may run.
        connection.execute("VACUUM").close()
        cursor = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        busy = cursor.fetchone()
        cursor.close()
    finally:
        raw.close()
    # (busy, frames in the WAL, frames copied): busy means a reader kept old frames alive.
    if busy is not None and busy[0]:
        log.warning("The WAL could not be truncated: another connection is reading.")
        return False
    return True


def _backups(db: Database) -> tuple[Path, ...]:
    if db.dialect != "sqlite" or not db.paths.backup_dir.is_dir():
        return ()
    return tuple(sorted(db.paths.backup_dir.glob("*.sqlite3")))


# -- erasure --------------------------------------------------------------------------------
def erase_customer(db: Database, who: str, at: datetime | None = None) -> Outcome[ErasureSummary]:
    """Erase the customer's personal data at their request, in one transaction: their
    incidents keep only what the business did (the personal fields are blanked, the
    complaint's text replaced, names and contact details in every text replaced); their
    praise entries and review requests are deleted. Each incident gets a timeline note
    that does not name them. Then the freed pages are wiped (:func:`wipe_free_space`).
    Raises :class:`NotFoundError` when nothing is stored about them."""
    key = _key(who)
    moment = checked_moment(at)
    note = translate("Privacy", "Personal data erased at the customer's request.")
    with db.session(write=True) as session:
        _set_secure_delete(session, True)
        try:
            found = _find_rows(session, key)
            if found.empty:
                raise NotFoundError(
                    arg(translate("Privacy", "Nothing is stored about “%1”."), who.strip())
                )
            scrubber = _Scrubber()
            scrubber.add_identifier(who)
            for incident, _ in found.incidents:
                scrubber.add_incident(incident)
            for row, _ in found.praise:
                scrubber.add_identifier(row.who)
            for request, _ in found.requests:
                scrubber.add_identifier(request.customer_name)
                scrubber.add_identifier(request.contact)
            counts = ScrubCounts()
            for incident, _ in found.incidents:
                counts += _anonymise(
                    session,
                    incident,
                    scrubber,
                    moment=moment,
                    note=note,
                    marker=_marker(ERASED),
                    apply=True,
                )
            for request, _ in found.requests:
                session.delete(request)
            session.flush()
            for row, _ in found.praise:
                session.delete(row)  # its tags go with it; the FTS5 rows by the triggers
            session.flush()
            if found.praise and db.dialect == "sqlite":
                # FTS5 only marks deleted rows; merging the index drops their words for good.
                session.connection().exec_driver_sql(
                    "INSERT INTO praise_fts(praise_fts) VALUES ('optimize')"
                )
        finally:
            _set_secure_delete(session, False)
        incident_ids = tuple(i.id for i, _ in found.incidents if i.id is not None)
    summary = ErasureSummary(
        who=who.strip(),
        incident_ids=incident_ids,
        counts=counts,
        praise_deleted=len(found.praise),
        review_requests_deleted=len(found.requests),
        wiped=wipe_free_space(db),
        backups=_backups(db),
    )
    return changed(summary, Area.INCIDENTS, Area.JOURNAL, Area.REVIEW)


# -- retention ------------------------------------------------------------------------------
def months_before(moment: datetime, months: int) -> datetime:
    """The same moment ``months`` calendar months earlier (the 31st becomes the month's last
    day when the month is shorter)."""
    index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def _check_months(months: int) -> None:
    if not 1 <= months <= MAX_RETENTION_MONTHS:
        raise ValidationError(
            translate("Privacy", "Give the retention time as 1 to 1,200 months."), "months"
        )


def _is_anonymised() -> ColumnElement[bool]:
    """SQL: the incident carries a privacy note and (still) no customer details."""
    marked = exists().where(
        col(TimelineEvent.incident_id) == col(Incident.id),
        col(TimelineEvent.kind) == TimelineKind.NOTE,
        col(TimelineEvent.data).in_([_marker(ERASED), _marker(RETENTION)]),
    )
    return and_(
        marked,
        *(
            col(getattr(Incident, name)) == ""
            for name in (
                "customer_name",
                "customer_email",
                "customer_phone",
                "customer_profile_url",
                "author",
                "url",
            )
        ),
    )


def _old_closed(cutoff: datetime) -> ColumnElement[bool]:
    return and_(
        col(Incident.status).in_(CLOSED_STATUSES),
        col(Incident.resolved_at).is_not(None),
        col(Incident.resolved_at) < cutoff,
    )


def _retention_ids(session: Session, cutoff: datetime, *, done: bool) -> list[int]:
    anonymised = _is_anonymised()
    ids = session.exec(
        select(Incident.id)
        .where(_old_closed(cutoff), anonymised if done else not_(anonymised))
        .order_by(col(Incident.id))
    ).all()
    return [i for i in ids if i is not None]


def retention_candidates(db: Database, months: int, now: datetime | None = None) -> list[int]:
    """Ids of the closed incidents resolved more than ``months`` months before ``now``
    whose personal data has not been removed yet, lowest id first."""
    _check_months(months)
    cutoff = months_before(ensure_utc(now) if now else utcnow(), months)
    with db.session(write=False) as session:
        return _retention_ids(session, cutoff, done=False)


def apply_retention(
    db: Database,
    months: int = DEFAULT_RETENTION_MONTHS,
    now: datetime | None = None,
    dry_run: bool = False,
) -> Outcome[RetentionReport]:
    """Anonymise the closed incidents resolved more than ``months`` months ago: the same
    fields as an erasure, but each with only its own customer's details, and nothing is
    deleted. Each gets a timeline note "anonymised by the retention rule", so a second run
    leaves it alone. ``dry_run`` reports what would be done and changes nothing."""
    _check_months(months)
    moment = ensure_utc(now) if now else utcnow()
    cutoff = months_before(moment, months)
    note = translate(
        "Privacy",
        "Personal data anonymised by the retention rule (closed more than %n month(s) ago).",
        None,
        months,
    )
    counts = ScrubCounts()
    with db.session(write=not dry_run) as session:
        if not dry_run:
            _set_secure_delete(session, True)
        try:
            ids = _retention_ids(session, cutoff, done=False)
            already = _retention_ids(session, cutoff, done=True)
            for incident_id in ids:
                incident = session.get(Incident, incident_id)
                assert incident is not None
                scrubber = _Scrubber()
                scrubber.add_incident(incident)
                counts += _anonymise(
                    session,
                    incident,
                    scrubber,
                    moment=moment,
                    note=note,
                    marker=_marker(RETENTION),
                    apply=not dry_run,
                )
        finally:
            if not dry_run:
                _set_secure_delete(session, False)
    report = RetentionReport(
        months=months,
        cutoff=cutoff,
        dry_run=dry_run,
        incident_ids=tuple(ids),
        already_anonymised=len(already),
        counts=counts,
    )
    if dry_run or not ids:
        return Outcome(report)
    log.info("Retention rule anonymised incidents %s", ", ".join(map(str, ids)))
    return changed(replace(report, wiped=wipe_free_space(db)), Area.INCIDENTS, Area.REVIEW)
