"""The incident list: filtering, sorting and paging in SQL, and which open incidents are
late against the plan's response targets, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from planner.core.enums import (
    Channel,
    ContactMethod,
    ContactOutcome,
    IncidentStatus,
    Language,
    Severity,
)
from planner.services.incident_list import (
    IncidentFilter,
    SortKey,
    count_incidents,
    list_incidents,
    overdue_incident_ids,
)
from planner.services.incidents import (
    IncidentInput,
    change_status,
    log_incident,
    record_contact,
    record_reply,
)
from planner.services.overview import get_overview
from planner.services.plan import init_plan
from planner.storage.database import Database

# A fixed moment well in the past: the services refuse times in the future.
T0 = datetime(2024, 5, 6, 8, 0, tzinfo=UTC)


def _log(
    db: Database,
    text: str,
    *,
    detected: datetime,
    posted: datetime | None = None,
    title: str = "",
    author: str = "",
    channel: Channel = Channel.OTHER,
    severity: Severity = Severity.MEDIUM,
) -> int:
    return log_incident(
        db,
        IncidentInput(
            text=text,
            title=title,
            author=author,
            channel=channel,
            severity=severity,
            posted_at=posted,
            detected_at=detected,
        ),
        now=detected,
    ).value


def _ids(db: Database, where: IncidentFilter | None = None, **kwargs: Any) -> list[int]:
    return [row.id for row in list_incidents(db, where or IncidentFilter(), **kwargs)]


@pytest.fixture
def five(db: Database) -> dict[str, int]:
    """Five incidents a day apart, with different channels, severities and statuses."""
    ids = {
        "coffee": _log(
            db,
            "Cold coffee and rude service",
            title="Cold coffee",
            author="Matti",
            channel=Channel.FACEBOOK,
            severity=Severity.HIGH,
            detected=T0,
            posted=T0 - timedelta(hours=5),
        ),
        "bread": _log(
            db,
            "The rye bread was stale",
            title="Stale bread",
            author="Liisa",
            channel=Channel.GOOGLE,
            severity=Severity.MEDIUM,
            detected=T0 + timedelta(days=1),
        ),
        "cake": _log(
            db,
            "The cake came an hour late to the party",
            title="Late cake",
            author="Pekka",
            channel=Channel.TRIPADVISOR,
            severity=Severity.MEDIUM,
            detected=T0 + timedelta(days=2),
            posted=T0 + timedelta(days=1, hours=20),
        ),
        "price": _log(
            db,
            "No price tag on the coffee beans",
            title="Missing price tag",
            author="Anna",
            channel=Channel.EMAIL,
            severity=Severity.LOW,
            detected=T0 + timedelta(days=3),
        ),
        "parking": _log(
            db,
            "Nowhere to park the car",
            title="Parking",
            author="Ville",
            channel=Channel.FACEBOOK,
            severity=Severity.LOW,
            detected=T0 + timedelta(days=4),
            posted=T0 + timedelta(days=3, hours=1),
        ),
    }
    change_status(db, ids["coffee"], IncidentStatus.RESOLVED, at=T0 + timedelta(days=5))
    change_status(db, ids["price"], IncidentStatus.CLOSED, at=T0 + timedelta(days=5))
    record_reply(db, ids["bread"], "Hi Liisa, I am sorry.", at=T0 + timedelta(days=1, hours=1))
    return ids


def test_rows_carry_what_the_list_shows(db: Database, five: dict[str, int]) -> None:
    rows = {row.id: row for row in list_incidents(db)}
    cake = rows[five["cake"]]
    assert cake.title == "Late cake"
    assert cake.channel == Channel.TRIPADVISOR
    assert cake.severity == Severity.MEDIUM
    assert cake.status == IncidentStatus.NEW
    assert cake.detected_at == T0 + timedelta(days=2)
    assert cake.posted_at == T0 + timedelta(days=1, hours=20)
    assert cake.first_reply_at is None
    bread = rows[five["bread"]]
    assert bread.status == IncidentStatus.ACKNOWLEDGED
    assert bread.first_reply_at == T0 + timedelta(days=1, hours=1)
    assert bread.posted_at is None


def test_each_filter_keeps_only_matching_incidents(db: Database, five: dict[str, int]) -> None:
    def ids(**kwargs: Any) -> set[int]:
        return set(_ids(db, IncidentFilter(**kwargs)))

    assert ids(statuses=(IncidentStatus.NEW,)) == {five["cake"], five["parking"]}
    assert ids(statuses=(IncidentStatus.RESOLVED, IncidentStatus.CLOSED)) == {
        five["coffee"],
        five["price"],
    }
    assert ids(channels=(Channel.FACEBOOK,)) == {five["coffee"], five["parking"]}
    assert ids(channels=(Channel.GOOGLE, Channel.EMAIL)) == {five["bread"], five["price"]}
    assert ids(severities=(Severity.LOW,)) == {five["price"], five["parking"]}
    assert ids(severities=(Severity.HIGH,)) == {five["coffee"]}
    # Filters combine: open, on Facebook.
    assert ids(
        statuses=(IncidentStatus.NEW, IncidentStatus.ACKNOWLEDGED), channels=(Channel.FACEBOOK,)
    ) == {five["parking"]}
    assert ids(severities=(Severity.HIGH,), channels=(Channel.EMAIL,)) == set()


def test_text_search_looks_at_title_text_and_author(db: Database, five: dict[str, int]) -> None:
    def ids(text: str) -> set[int]:
        return set(_ids(db, IncidentFilter(text=text)))

    assert ids("COFFEE") == {five["coffee"], five["price"]}  # title / text, any case
    assert ids("stale") == {five["bread"]}  # in the title and the text
    assert ids("party") == {five["cake"]}  # only in the text
    assert ids("ville") == {five["parking"]}  # only the author
    # Every word must match somewhere, not necessarily in the same field.
    assert ids("coffee rude") == {five["coffee"]}
    assert ids("coffee anna") == {five["price"]}
    assert ids("coffee parking") == set()
    assert ids("   ") == set(five.values())  # blank search: no filter


def test_count_matches_the_filtered_list_and_ignores_paging(
    db: Database, five: dict[str, int]
) -> None:
    assert count_incidents(db) == 5
    where = IncidentFilter(text="coffee")
    assert count_incidents(db, where) == len(list_incidents(db, where)) == 2
    assert count_incidents(db, IncidentFilter(channels=(Channel.X,))) == 0
    assert len(list_incidents(db, limit=2)) == 2
    assert count_incidents(db, IncidentFilter(severities=(Severity.LOW, Severity.HIGH))) == 3


def test_sorting_by_detection_and_title_both_ways(db: Database, five: dict[str, int]) -> None:
    by_time = ["coffee", "bread", "cake", "price", "parking"]
    assert _ids(db) == [five[k] for k in reversed(by_time)]  # newest first by default
    assert _ids(db, sort=SortKey.DETECTED, descending=False) == [five[k] for k in by_time]
    by_title = ["coffee", "cake", "price", "parking", "bread"]  # Cold, Late, Missing, Parking..
    assert _ids(db, sort=SortKey.TITLE, descending=False) == [five[k] for k in by_title]
    assert _ids(db, sort=SortKey.TITLE) == [five[k] for k in reversed(by_title)]


def test_unknown_posting_times_sort_last_both_ways(db: Database, five: dict[str, int]) -> None:
    unknown = {five["bread"], five["price"]}
    ascending = _ids(db, sort=SortKey.POSTED, descending=False)
    descending = _ids(db, sort=SortKey.POSTED, descending=True)
    assert ascending[:3] == [five["coffee"], five["cake"], five["parking"]]
    assert descending[:3] == [five["parking"], five["cake"], five["coffee"]]
    assert set(ascending[3:]) == unknown
    assert set(descending[3:]) == unknown


def test_equal_times_keep_a_stable_order_for_paging(db: Database) -> None:
    same = [_log(db, f"Complaint number {n}", detected=T0) for n in range(4)]
    assert _ids(db) == same[::-1]
    assert _ids(db, descending=False) == same


def test_pages_cover_the_list_once_in_order(db: Database, five: dict[str, int]) -> None:
    everything = _ids(db, sort=SortKey.TITLE, descending=False)
    pages = [
        _ids(db, sort=SortKey.TITLE, descending=False, offset=offset, limit=2)
        for offset in (0, 2, 4)
    ]
    assert [len(p) for p in pages] == [2, 2, 1]
    assert [i for page in pages for i in page] == everything
    assert _ids(db, offset=5, limit=2) == []
    # Paging applies after filtering.
    open_ = IncidentFilter(statuses=(IncidentStatus.NEW, IncidentStatus.ACKNOWLEDGED))
    assert _ids(db, open_, offset=1, limit=1) == [five["cake"]]


# -- overdue --------------------------------------------------------------------------------
def _plan(db: Database) -> None:
    # The default targets: high 60 min to reply, 480 to call; medium 1440 / 2880;
    # low 2880 / none. No waking hours are set, so the clocks count every minute.
    init_plan(db, language=Language.EN, business="Bakery Warm", owner="Aino")


def test_without_a_plan_nothing_is_overdue(db: Database) -> None:
    _log(db, "Very angry post", severity=Severity.HIGH, detected=T0)
    assert overdue_incident_ids(db, now=T0 + timedelta(days=30)) == []
    assert get_overview(db, T0 + timedelta(days=30)).overdue_incidents == 0


def test_an_open_unanswered_incident_is_late_after_its_target(db: Database) -> None:
    _plan(db)
    angry = _log(db, "Very angry post", severity=Severity.HIGH, detected=T0)
    mild = _log(db, "A small wish", severity=Severity.LOW, detected=T0)
    assert overdue_incident_ids(db, now=T0 + timedelta(minutes=30)) == []
    assert overdue_incident_ids(db, now=T0 + timedelta(hours=2)) == [angry]
    # The low target is 2880 minutes (two days).
    assert sorted(overdue_incident_ids(db, now=T0 + timedelta(days=3))) == sorted([angry, mild])


def test_the_clock_runs_from_posting_when_known(db: Database) -> None:
    _plan(db)
    # Seen just now, but posted two days ago: a medium target of one day is already past.
    old_review = _log(
        db, "Two stars", severity=Severity.MEDIUM, detected=T0, posted=T0 - timedelta(days=2)
    )
    fresh_review = _log(db, "Three stars", severity=Severity.MEDIUM, detected=T0)
    assert overdue_incident_ids(db, now=T0 + timedelta(minutes=5)) == [old_review]
    assert fresh_review not in overdue_incident_ids(db, now=T0 + timedelta(hours=23))


def test_replied_and_closed_incidents_are_not_late(db: Database) -> None:
    _plan(db)
    replied = _log(db, "Angry post one", severity=Severity.HIGH, detected=T0)
    closed = _log(db, "Angry post two", severity=Severity.HIGH, detected=T0)
    waiting = _log(db, "Angry post three", severity=Severity.HIGH, detected=T0)
    record_reply(db, replied, "I am sorry, I will call you.", at=T0 + timedelta(minutes=90))
    change_status(db, closed, IncidentStatus.RESOLVED, at=T0 + timedelta(minutes=10))
    now = T0 + timedelta(hours=3)
    assert overdue_incident_ids(db, now=now) == [waiting]
    # The replied incident is still waiting for a personal contact (480 minutes).
    assert sorted(overdue_incident_ids(db, now=T0 + timedelta(hours=9))) == sorted(
        [replied, waiting]
    )
    record_contact(
        db,
        replied,
        ContactMethod.CALL,
        ContactOutcome.NO_ANSWER,
        at=T0 + timedelta(hours=4),
    )
    assert overdue_incident_ids(db, now=T0 + timedelta(hours=9)) == [waiting]


def test_a_call_does_not_stop_the_public_reply_clock(db: Database) -> None:
    _plan(db)
    called = _log(db, "Very angry post", severity=Severity.HIGH, detected=T0)
    record_contact(
        db, called, ContactMethod.CALL, ContactOutcome.REACHED_GOOD, at=T0 + timedelta(minutes=10)
    )
    assert overdue_incident_ids(db, now=T0 + timedelta(minutes=30)) == []
    # Still open (in contact) and no public reply an hour on: the public sees no answer.
    assert overdue_incident_ids(db, now=T0 + timedelta(hours=2)) == [called]


def test_overdue_only_filter_and_overview_agree(db: Database) -> None:
    _plan(db)
    late = [_log(db, f"Angry post {n}", severity=Severity.HIGH, detected=T0) for n in range(2)]
    _log(db, "Calm review", severity=Severity.MEDIUM, detected=T0)
    closed = _log(db, "Old angry post", severity=Severity.HIGH, detected=T0)
    change_status(db, closed, IncidentStatus.CLOSED, at=T0 + timedelta(minutes=1))
    now = T0 + timedelta(hours=2)
    where = IncidentFilter(overdue_only=True)
    assert _ids(db, where, now=now) == late[::-1]
    assert count_incidents(db, where, now=now) == 2
    assert _ids(db, IncidentFilter(overdue_only=True, text="post 1"), now=now) == [late[1]]
    overview = get_overview(db, now)
    assert overview.overdue_incidents == 2
    assert overview.open_incidents == 3
    record_reply(db, late[0], "Sorry, I'll call you today.", at=T0 + timedelta(minutes=70))
    assert _ids(db, where, now=now) == [late[1]]
    assert get_overview(db, now).overdue_incidents == 1
    # Before the target nothing is late, so the filtered list is empty.
    assert _ids(db, where, now=T0 + timedelta(minutes=10)) == []
    assert count_incidents(db, where, now=T0 + timedelta(minutes=10)) == 0


def test_search_ignores_case_beyond_a_to_z_and_severity_sorts_by_meaning(db: Database) -> None:
    from planner.services.incident_list import SortKey

    angry = log_incident(db, IncidentInput(text="Äkäinen palaute ÖLJYSTÄ", severity=Severity.HIGH))
    mild = log_incident(db, IncidentInput(text="Pieni huomautus", severity=Severity.LOW))
    medium = log_incident(db, IncidentInput(text="Arvostelu", severity=Severity.MEDIUM))
    assert [r.id for r in list_incidents(db, IncidentFilter(text="äkäinen öljystä"))] == [
        angry.value
    ]
    rows = list_incidents(db, sort=SortKey.SEVERITY, descending=False)
    assert [r.id for r in rows] == [mild.value, medium.value, angry.value]
