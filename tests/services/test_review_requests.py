"""Asking happy customers for a review: the list of whom to ask, the message from the
plan's template, and the asked -> reminded -> review appeared steps, on SQLite and
PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest

from planner.core.clock import utcnow
from planner.core.enums import Channel, Language, PlanSection, TemplateKind
from planner.core.errors import NotFoundError, ValidationError
from planner.services.changes import Area
from planner.services.journal import PraiseInput, add_praise, delete_praise
from planner.services.plan import get_plan, init_plan, update_item
from planner.services.review_requests import (
    ReviewRequestInput,
    ReviewStage,
    ReviewTally,
    add_review_request,
    delete_review_request,
    get_review_request,
    list_review_requests,
    mark_asked,
    mark_reminded,
    mark_review_appeared,
    request_from_praise,
    review_tally,
    update_review_request,
)
from planner.storage.database import Database

# A fixed moment well in the past: the services refuse times in the future.
T0 = datetime(2024, 5, 6, 8, 0, tzinfo=UTC)
TODAY = date(2024, 5, 12)
LIISA = ReviewRequestInput("Liisa Virtanen", "liisa@example.fi", Channel.GOOGLE, "Tilasi kakun")


def _plan(db: Database, language: Language = Language.EN, *replies: Language) -> None:
    init_plan(
        db,
        language=language,
        business="Bakery Warm",
        owner="Aino",
        signature="Aino from Bakery Warm",
        reply_languages=replies or (language,),
    )


def _add(db: Database, name: str = "Liisa Virtanen", **fields: Any) -> int:
    return add_review_request(db, ReviewRequestInput(name, **fields)).value


def _review_template_id(db: Database, language: Language) -> int:
    plan = get_plan(db)
    assert plan is not None
    return int(
        next(
            t["id"]
            for t in plan.sections[PlanSection.TEMPLATES]
            if t["kind"] == TemplateKind.REVIEW_REQUEST and t["language"] == language
        )
    )


# -- adding and editing ---------------------------------------------------------------------
def test_a_request_keeps_the_customer_and_waits_to_be_sent(db: Database) -> None:
    outcome = add_review_request(
        db,
        ReviewRequestInput(
            " Liisa Virtanen ", " liisa@example.fi ", Channel.FACEBOOK, " Tilasi kakun "
        ),
    )
    assert outcome.changes.touches(Area.JOURNAL)
    [view] = list_review_requests(db)
    assert view.id == outcome.value
    assert (view.customer_name, view.contact, view.channel, view.notes) == (
        "Liisa Virtanen",
        "liisa@example.fi",
        Channel.FACEBOOK,
        "Tilasi kakun",
    )
    assert view.praise_id is None
    assert (view.asked_at, view.reminded_at, view.review_appeared_at) == (None, None, None)
    assert view.stage == ReviewStage.NOT_ASKED
    assert view.created_at.tzinfo is UTC
    assert get_review_request(db, view.id) == view


def test_google_is_the_usual_place_for_a_review(db: Database) -> None:
    assert get_review_request(db, _add(db)).channel == Channel.GOOGLE


@pytest.mark.parametrize(
    "contact",
    [
        "",
        "   ",
        "liisa@example.fi",
        "+358 40 123 4567",
        "040-123 4567",
        "https://www.facebook.com/liisa.virtanen",
    ],
)
def test_a_contact_may_be_an_email_a_phone_or_a_web_address(db: Database, contact: str) -> None:
    request_id = _add(db, contact=contact)
    assert get_review_request(db, request_id).contact == contact.strip()


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (ReviewRequestInput(""), "customer_name"),
        (ReviewRequestInput("   "), "customer_name"),
        (ReviewRequestInput("x" * 201), "customer_name"),
        (ReviewRequestInput("Liisa", contact="liisa@"), "contact"),
        (ReviewRequestInput("Liisa", contact="123"), "contact"),
        (ReviewRequestInput("Liisa", contact="Liisa facebookissa"), "contact"),
        (ReviewRequestInput("Liisa", contact="ftp://example.fi/liisa"), "contact"),
        (ReviewRequestInput("Liisa", contact="https://example.fi/" + "x" * 290), "contact"),
        (ReviewRequestInput("Liisa", notes="x" * 10_001), "notes"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_saved(
    db: Database, data: ReviewRequestInput, field: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        add_review_request(db, data)
    assert field in raised.value.errors
    assert raised.value.message
    assert list_review_requests(db) == []


def test_a_link_to_a_missing_praise_entry_saves_nothing(db: Database) -> None:
    with pytest.raises(NotFoundError):
        add_review_request(db, ReviewRequestInput("Liisa", praise_id=999_999))
    assert list_review_requests(db) == []


def test_an_update_changes_the_details_but_not_the_progress(db: Database) -> None:
    request_id = add_review_request(db, LIISA).value
    mark_asked(db, request_id, at=T0)
    outcome = update_review_request(
        db,
        request_id,
        ReviewRequestInput("Liisa V.", "040 123 4567", Channel.TRIPADVISOR, "Soita iltaisin"),
    )
    assert outcome.changes.touches(Area.JOURNAL)
    view = get_review_request(db, request_id)
    assert (view.customer_name, view.contact, view.channel, view.notes) == (
        "Liisa V.",
        "040 123 4567",
        Channel.TRIPADVISOR,
        "Soita iltaisin",
    )
    assert view.asked_at == T0
    with pytest.raises(ValidationError):
        update_review_request(db, request_id, ReviewRequestInput("", "liisa@"))
    assert get_review_request(db, request_id).customer_name == "Liisa V."
    with pytest.raises(NotFoundError):
        update_review_request(db, 999_999, LIISA)


def test_a_delete_can_be_undone_with_what_it_returns(db: Database) -> None:
    request_id = add_review_request(db, LIISA).value
    outcome = delete_review_request(db, request_id)
    assert outcome.changes.touches(Area.JOURNAL)
    assert outcome.value.id == request_id
    assert outcome.value.as_input() == LIISA
    assert list_review_requests(db) == []
    with pytest.raises(NotFoundError):
        get_review_request(db, request_id)
    with pytest.raises(NotFoundError):
        delete_review_request(db, request_id)
    restored = add_review_request(db, outcome.value.as_input()).value
    assert get_review_request(db, restored).as_input() == LIISA


# -- asked, reminded, review appeared -------------------------------------------------------
def test_asked_then_reminded_then_the_review_appeared(db: Database) -> None:
    request_id = add_review_request(db, LIISA).value
    asked = mark_asked(db, request_id, at=T0)
    assert asked.changes.touches(Area.JOURNAL)
    view = get_review_request(db, request_id)
    assert (view.asked_at, view.stage) == (T0, ReviewStage.WAITING)

    reminded_at = T0 + timedelta(days=7)
    assert mark_reminded(db, request_id, at=reminded_at).changes.touches(Area.JOURNAL)
    view = get_review_request(db, request_id)
    assert (view.reminded_at, view.stage) == (reminded_at, ReviewStage.WAITING)

    appeared_at = T0 + timedelta(days=9)
    assert mark_review_appeared(db, request_id, at=appeared_at).changes.touches(Area.JOURNAL)
    view = get_review_request(db, request_id)
    assert (view.asked_at, view.reminded_at, view.review_appeared_at) == (
        T0,
        reminded_at,
        appeared_at,
    )
    assert view.stage == ReviewStage.DONE


def test_times_are_stored_in_utc(db: Database) -> None:
    request_id = add_review_request(db, LIISA).value
    helsinki = T0.astimezone(timezone(timedelta(hours=3)))
    mark_asked(db, request_id, at=helsinki)
    asked_at = get_review_request(db, request_id).asked_at
    assert asked_at is not None and asked_at.tzinfo is UTC
    assert (asked_at, asked_at.hour) == (T0, 8)
    mark_review_appeared(db, request_id)  # now
    appeared = get_review_request(db, request_id).review_appeared_at
    assert appeared is not None and appeared.tzinfo is UTC


def test_a_reminder_needs_a_request_first(db: Database) -> None:
    request_id = add_review_request(db, LIISA).value
    with pytest.raises(ValidationError):
        mark_reminded(db, request_id, at=T0)
    assert get_review_request(db, request_id).reminded_at is None
    mark_asked(db, request_id, at=T0)
    with pytest.raises(ValidationError):
        mark_reminded(db, request_id, at=T0 - timedelta(hours=1))  # before the request
    assert get_review_request(db, request_id).reminded_at is None
    mark_reminded(db, request_id, at=T0 + timedelta(days=3))
    with pytest.raises(ValidationError):
        mark_asked(db, request_id, at=T0 + timedelta(days=4))  # after the reminder
    assert get_review_request(db, request_id).asked_at == T0
    mark_asked(db, request_id, at=T0 - timedelta(days=1))  # a correction is fine
    assert get_review_request(db, request_id).asked_at == T0 - timedelta(days=1)


def test_a_review_may_appear_without_asking(db: Database) -> None:
    request_id = add_review_request(db, LIISA).value
    mark_review_appeared(db, request_id, at=T0)
    view = get_review_request(db, request_id)
    assert (view.asked_at, view.stage) == (None, ReviewStage.DONE)


def test_future_times_and_missing_requests_are_refused(db: Database) -> None:
    request_id = add_review_request(db, LIISA).value
    tomorrow = utcnow() + timedelta(days=1)
    for mark in (mark_asked, mark_review_appeared):
        with pytest.raises(ValidationError):
            mark(db, request_id, at=tomorrow)
    mark_asked(db, request_id, at=T0)
    with pytest.raises(ValidationError):
        mark_reminded(db, request_id, at=tomorrow)
    view = get_review_request(db, request_id)
    assert (view.asked_at, view.reminded_at, view.review_appeared_at) == (T0, None, None)
    for mark in (mark_asked, mark_reminded, mark_review_appeared):
        with pytest.raises(NotFoundError):
            mark(db, 999_999, at=T0)


def _every_stage(db: Database) -> dict[str, int]:
    ids = {name: _add(db, name) for name in ("Anna", "Bertta", "Cecilia", "Daniel", "Eino")}
    ids["Fanni"] = _add(db, "Fanni")
    mark_asked(db, ids["Cecilia"], at=T0 + timedelta(days=1))
    mark_asked(db, ids["Daniel"], at=T0)
    mark_reminded(db, ids["Daniel"], at=T0 + timedelta(days=5))
    mark_review_appeared(db, ids["Eino"], at=T0 + timedelta(days=2))
    mark_asked(db, ids["Fanni"], at=T0)
    mark_review_appeared(db, ids["Fanni"], at=T0 + timedelta(days=3))
    return ids


def test_the_list_shows_whom_to_ask_first_then_who_is_awaited_then_the_done(
    db: Database,
) -> None:
    ids = _every_stage(db)
    views = list_review_requests(db)
    # Not asked, oldest first; then waiting, asked longest ago first; then done, newest first.
    assert [v.customer_name for v in views] == [
        "Anna",
        "Bertta",
        "Daniel",
        "Cecilia",
        "Fanni",
        "Eino",
    ]
    assert [v.stage for v in views] == [ReviewStage.NOT_ASKED] * 2 + [ReviewStage.WAITING] * 2 + [
        ReviewStage.DONE
    ] * 2
    assert [v.id for v in views][:2] == [ids["Anna"], ids["Bertta"]]


def test_the_tally(db: Database) -> None:
    assert review_tally(db) == ReviewTally(0, 0, 0, 0, 0)
    _every_stage(db)
    assert review_tally(db) == ReviewTally(asked=3, reminded=1, appeared=2, waiting=2, not_asked=2)


# -- the message ----------------------------------------------------------------------------
def test_the_message_is_the_plans_template_filled(db: Database) -> None:
    _plan(db)
    request_id = add_review_request(db, LIISA).value
    view = get_review_request(db, request_id)
    assert view.message.startswith("Hi Liisa Virtanen, thank you again for your kind words")
    assert view.message.endswith("\n\nAino from Bakery Warm")
    assert "{" not in view.message
    assert view.unfilled == ()
    assert list_review_requests(db)[0].message == view.message
    update_review_request(db, request_id, ReviewRequestInput("Matti"))
    assert get_review_request(db, request_id).message.startswith("Hi Matti, thank you")


def test_the_message_is_in_the_plans_language(db: Database) -> None:
    _plan(db, Language.FI, Language.EN, Language.FI)  # English templates come first
    message = get_review_request(db, add_review_request(db, LIISA).value).message
    assert message.startswith("Hei Liisa Virtanen, kiitos vielä kerran")
    assert message.endswith("Aino from Bakery Warm")


def test_the_message_falls_back_to_another_language(db: Database) -> None:
    _plan(db, Language.EN, Language.FI)  # only Finnish templates
    message = get_review_request(db, add_review_request(db, LIISA).value).message
    assert message.startswith("Hei Liisa Virtanen")


def test_every_placeholder_of_a_review_request_is_filled(db: Database) -> None:
    _plan(db)
    update_item(
        db,
        PlanSection.TEMPLATES,
        _review_template_id(db, Language.EN),
        {
            "body": "{customer_name}: review {business_name} on {channel}? "
            "{owner_name} / {signature} re {topic}."
        },
    )
    request_id = add_review_request(
        db, ReviewRequestInput("Liisa", channel=Channel.TRIPADVISOR)
    ).value
    view = get_review_request(db, request_id)
    assert view.message == (
        "Liisa: review Bakery Warm on TripAdvisor? Aino / Aino from Bakery Warm re {topic}."
    )
    # {topic} belongs to complaints: it is left visible and marked for the owner.
    [(start, end)] = view.unfilled
    assert view.message[start:end] == "{topic}"
    update_review_request(db, request_id, ReviewRequestInput("Liisa", channel=Channel.GOOGLE))
    assert "on Google reviews?" in get_review_request(db, request_id).message


def test_without_a_plan_there_is_no_message(db: Database) -> None:
    view = get_review_request(db, add_review_request(db, LIISA).value)
    assert (view.message, view.unfilled) == ("", ())


# -- from the journal -----------------------------------------------------------------------
def test_a_request_from_a_praise_entry(db: Database) -> None:
    praise_id = add_praise(
        db,
        PraiseInput("Ihana kakku!", who=" Äiti Virtanen ", channel=Channel.FACEBOOK),
        today=TODAY,
    ).value
    outcome = request_from_praise(db, praise_id)
    assert outcome.changes.touches(Area.JOURNAL)
    view = get_review_request(db, outcome.value)
    assert (view.customer_name, view.channel, view.praise_id) == (
        "Äiti Virtanen",
        Channel.FACEBOOK,
        praise_id,
    )
    assert view.stage == ReviewStage.NOT_ASKED
    # Asking again for the same entry gives the same request, not a second one.
    again = request_from_praise(db, praise_id)
    assert again.value == outcome.value
    assert not again.changes
    assert len(list_review_requests(db)) == 1
    # The request outlives the entry it came from.
    delete_praise(db, praise_id)
    view = get_review_request(db, outcome.value)
    assert (view.customer_name, view.praise_id) == ("Äiti Virtanen", None)


def test_a_praise_entry_without_a_name_cannot_be_asked(db: Database) -> None:
    praise_id = add_praise(db, PraiseInput("Kiitos!"), today=TODAY).value
    with pytest.raises(ValidationError) as raised:
        request_from_praise(db, praise_id)
    assert "customer_name" in raised.value.errors
    with pytest.raises(NotFoundError):
        request_from_praise(db, 999_999)
    assert list_review_requests(db) == []
