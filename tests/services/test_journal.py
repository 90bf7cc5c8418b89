"""The praise journal: keeping kind words, finding them again (in Finnish, without the
diacritics, as word prefixes) and showing them when they matter, on SQLite and PostgreSQL."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest

from planner.core.enums import Channel
from planner.core.errors import NotFoundError, ValidationError
from planner.services.changes import Area
from planner.services.incidents import IncidentInput, log_incident
from planner.services.journal import (
    MonthFigures,
    PraiseInput,
    PraiseQuery,
    add_many,
    add_praise,
    all_tags,
    count_praise,
    delete_praise,
    get_praise,
    monthly_figures,
    on_this_day,
    praise_since_last_incident,
    random_praise,
    search_praise,
    search_praise_counted,
    update_praise,
)
from planner.storage.database import Database
from planner.storage.search import walk_by_date_pays

# Fixed days: the journal refuses dates after "today", so every call says which day it is.
TODAY = date(2024, 5, 12)
CAKE = "Kakku oli herkullista ja tuli ajoissa. Kiitos!"
LATE = "Tilaus oli myöhässä, mutta soititte heti ja hoiditte asian. Kiitos siitä."
BREAD = "Paras ruisleipä kaupungissa."


def _add(db: Database, text: str, on: date = TODAY, **fields: Any) -> int:
    return add_praise(db, PraiseInput(text=text, received_on=on, **fields), today=TODAY).value


def _ids(db: Database, **query: Any) -> list[int]:
    return [v.id for v in search_praise(db, PraiseQuery(**query))]


def _found(db: Database, text: str) -> list[int]:
    return _ids(db, text=text)


# -- adding ---------------------------------------------------------------------------------
def test_an_entry_keeps_what_was_written(db: Database) -> None:
    outcome = add_praise(
        db,
        PraiseInput(
            text=f"  {CAKE}  ",
            who=" Liisa V. ",
            channel=Channel.GOOGLE,
            stars=5,
            url=" https://www.google.com/maps/place/Leipomo/reviews ",
            testimonial_ok=True,
        ),
        today=TODAY,
    )
    assert outcome.changes.touches(Area.JOURNAL)
    entry = get_praise(db, outcome.value)
    assert entry.text == CAKE
    assert entry.who == "Liisa V."
    assert entry.channel == Channel.GOOGLE
    assert entry.received_on == TODAY  # no date given: today
    assert entry.stars == 5
    assert entry.url == "https://www.google.com/maps/place/Leipomo/reviews"
    assert entry.testimonial_ok is True
    assert count_praise(db) == 1


def test_the_edges_of_the_rules_are_accepted(db: Database) -> None:
    _add(db, "x", on=TODAY, stars=1)
    _add(db, "y", on=date(2001, 1, 1), stars=5, url="http://leipomo.fi/kiitos")
    assert count_praise(db) == 2


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (PraiseInput(text="   "), "text"),
        (PraiseInput(text=""), "text"),
        (PraiseInput(text="x" * 10_001), "text"),
        (PraiseInput(text=CAKE, received_on=date(2024, 5, 13)), "received_on"),
        (PraiseInput(text=CAKE, stars=0), "stars"),
        (PraiseInput(text=CAKE, stars=6), "stars"),
        (PraiseInput(text=CAKE, stars=-1), "stars"),
        (PraiseInput(text=CAKE, url="leipomo facebookissa"), "url"),
        (PraiseInput(text=CAKE, url="www.leipomo.fi"), "url"),
        (PraiseInput(text=CAKE, url="ftp://leipomo.fi/kiitos"), "url"),
        (PraiseInput(text=CAKE, who="x" * 201), "who"),
        (PraiseInput(text=CAKE, tags=("x" * 101,)), "tags"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_saved(
    db: Database, data: PraiseInput, field: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        add_praise(db, data, today=TODAY)
    assert field in raised.value.errors
    assert raised.value.message
    assert count_praise(db) == 0
    assert all_tags(db) == []


def test_every_problem_is_reported_at_once(db: Database) -> None:
    with pytest.raises(ValidationError) as raised:
        add_praise(
            db,
            PraiseInput(text=" ", received_on=date(2030, 1, 1), stars=9, url="kotisivu"),
            today=TODAY,
        )
    assert set(raised.value.errors) == {"text", "received_on", "stars", "url"}


def test_a_link_to_a_missing_incident_saves_nothing(db: Database) -> None:
    with pytest.raises(NotFoundError):
        add_praise(db, PraiseInput(text=CAKE, incident_id=999_999), today=TODAY)
    assert count_praise(db) == 0


def test_tags_are_cleaned(db: Database) -> None:
    praise_id = _add(
        db,
        CAKE,
        tags=(" #Kakku ", "kakku", "#KAKKU", "  ", "#", "Synttärit   juhlat", "#äitienpäivä"),
    )
    # Trimmed, without '#', one of each (the first spelling wins), shown alphabetically.
    assert get_praise(db, praise_id).tags == ("Kakku", "Synttärit juhlat", "äitienpäivä")
    _add(db, LATE, tags=("Kakku",))
    assert all_tags(db) == [("Kakku", 2), ("Synttärit juhlat", 1), ("äitienpäivä", 1)]


# -- changing -------------------------------------------------------------------------------
def test_an_update_replaces_the_tags_and_what_search_finds(db: Database) -> None:
    incident_id = log_incident(
        db, IncidentInput(text="Kakku myöhässä"), now=datetime(2024, 5, 1, 12, tzinfo=UTC)
    ).value
    praise_id = _add(db, CAKE, who="Äiti", tags=("kakku", "juhlat"), incident_id=incident_id)
    outcome = update_praise(
        db,
        praise_id,
        PraiseInput(
            text=BREAD,
            who="Matti",
            channel=Channel.FACEBOOK,
            received_on=date(2024, 5, 10),
            tags=("Leipä", "#leipä"),
            stars=4,
        ),
        today=TODAY,
    )
    assert outcome.changes.touches(Area.JOURNAL)
    entry = get_praise(db, praise_id)
    assert (entry.text, entry.who, entry.channel, entry.received_on, entry.stars) == (
        BREAD,
        "Matti",
        Channel.FACEBOOK,
        date(2024, 5, 10),
        4,
    )
    assert entry.tags == ("Leipä",)
    assert entry.incident_id == incident_id  # an edit does not unlink the incident
    assert all_tags(db) == [("Leipä", 1)]
    # The old words, name and tags are no longer found; the new ones are.
    for old in ("herkullista", "aiti", "juhlat"):
        assert _found(db, old) == []
    assert _ids(db, tags=("kakku",)) == []
    for new in ("ruisleipa", "MATTI", "leipa"):
        assert _found(db, new) == [praise_id]
    assert _ids(db, tags=("leipä",)) == [praise_id]


def test_a_refused_update_changes_nothing(db: Database) -> None:
    praise_id = _add(db, CAKE, tags=("kakku",))
    with pytest.raises(ValidationError):
        update_praise(db, praise_id, PraiseInput(text="", tags=("leipä",)), today=TODAY)
    entry = get_praise(db, praise_id)
    assert (entry.text, entry.tags) == (CAKE, ("kakku",))
    assert _found(db, "herkullista") == [praise_id]
    with pytest.raises(NotFoundError):
        update_praise(db, 999_999, PraiseInput(text=CAKE), today=TODAY)


def test_a_delete_can_be_undone_with_what_it_returns(db: Database) -> None:
    praise_id = _add(
        db,
        CAKE,
        on=date(2023, 12, 24),
        who="Äiti",
        channel=Channel.INSTAGRAM,
        tags=("joulu", "kakku"),
        stars=5,
        url="https://instagram.com/p/abc",
        testimonial_ok=True,
    )
    before = get_praise(db, praise_id)
    outcome = delete_praise(db, praise_id)
    assert outcome.changes.touches(Area.JOURNAL)
    assert outcome.value == before
    assert count_praise(db) == 0
    assert _found(db, "herkullista") == []
    with pytest.raises(NotFoundError):
        get_praise(db, praise_id)
    with pytest.raises(NotFoundError):
        delete_praise(db, praise_id)

    restored = add_praise(db, outcome.value.as_input(), today=TODAY).value
    again = get_praise(db, restored)
    assert again == replace(before, id=restored)  # all of it back, under a new id
    assert _found(db, "herkullista") == [restored]
    assert _ids(db, tags=("Joulu",)) == [restored]


# -- searching ------------------------------------------------------------------------------
@pytest.fixture
def journal(db: Database) -> dict[str, int]:
    return {
        "cake": _add(db, CAKE, on=date(2024, 5, 1), who="Äiti", tags=("kakku", "Äitienpäivä")),
        "late": _add(db, LATE, on=date(2024, 4, 2), who="Liisa", channel=Channel.GOOGLE),
        "bread": _add(
            db, BREAD, on=date(2024, 3, 3), who="Matti", channel=Channel.FACEBOOK, tags=("leipä",)
        ),
    }


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("myohassa", ["late"]),  # no diacritics typed
        ("MYÖHÄSSÄ", ["late"]),  # with them, in capitals
        ("KIITOS", ["cake", "late"]),  # any case
        ("AITI", ["cake"]),  # the name in who: "Äiti"
        ("äiti", ["cake"]),
        ("herk", ["cake"]),  # a word prefix finds "herkullista"
        ("ruis", ["bread"]),
        ("kullista", []),  # prefixes only: not the middle of a word
        ("kiitos kakku", ["cake"]),  # several words: all must be there
        ("kakku leipä", []),
        ("Kiitos  , myöh!", ["late"]),
        ("aitienpaiva", ["cake"]),  # tags are searched too
        ("LEIPA", ["bread"]),
        ("matti", ["bread"]),
        ("lasagne", []),
    ],
)
def test_search_finds_finnish_words_however_they_are_typed(
    db: Database, journal: dict[str, int], words: str, expected: list[str]
) -> None:
    found = _found(db, words)
    assert sorted(found) == sorted(journal[name] for name in expected)
    assert count_praise(db, PraiseQuery(text=words)) == len(expected)


@pytest.mark.parametrize(
    "text",
    [
        '"',
        '"kiitos',
        'kiitos"',
        '"kiitos" "kakku"',
        "kiitos*",
        "*",
        "kiitos:*",
        ":",
        "kakku & kiitos",
        "&",
        "|",
        "kiitos | kakku",
        "!kakku",
        "!",
        "(kiitos)",
        "(",
        ")",
        "-",
        "-kakku",
        "kakku -",
        "'",
        "kiitos'",
        "\\",
        "NEAR(kiitos kakku)",
        "kiitos AND kakku",
        "kiitos OR",
        "NOT",
        "^kakku",
        "{kakku}",
        "kakku:1",
        "<->",
        "%_",
        ";DROP TABLE praise_entry;--",
    ],
)
def test_search_syntax_characters_never_break_the_search(
    db: Database, journal: dict[str, int], text: str
) -> None:
    found = search_praise(db, PraiseQuery(text=text))
    assert count_praise(db, PraiseQuery(text=text)) == len(found)
    assert count_praise(db) == 3  # nothing was harmed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"kiitos" "kakku"', ["cake"]),
        ("kiitos*", ["cake", "late"]),
        ("kakku & kiitos", ["cake"]),
        ("(kakku)", ["cake"]),
        ("!kakku", ["cake"]),  # no "not" here: the word is simply looked for
        ("-kakku", ["cake"]),
        ("kakku:*", ["cake"]),
        ("-", ["cake", "late", "bread"]),  # no words at all: everything
        ('"', ["cake", "late", "bread"]),
        ("* & | ! ( ) :", ["cake", "late", "bread"]),
    ],
)
def test_syntax_characters_are_read_as_plain_punctuation(
    db: Database, journal: dict[str, int], text: str, expected: list[str]
) -> None:
    assert sorted(_found(db, text)) == sorted(journal[name] for name in expected)


def test_filters_by_tag_channel_and_dates(db: Database, journal: dict[str, int]) -> None:
    cake, late, bread = journal["cake"], journal["late"], journal["bread"]
    # Tags match whatever their case, also when they start with Ä.
    assert _ids(db, tags=("äitienpäivä",)) == [cake]
    assert _ids(db, tags=("ÄITIENPÄIVÄ",)) == [cake]
    assert _ids(db, tags=("KAKKU",)) == [cake]
    assert _ids(db, tags=(" leipä ",)) == [bread]
    assert _ids(db, tags=("kakku", "Äitienpäivä")) == [cake]  # every tag must be there
    assert _ids(db, tags=("kakku", "leipä")) == []
    assert _ids(db, tags=("äiti",)) == []  # a tag is matched whole
    assert _ids(db, channels=(Channel.GOOGLE,)) == [late]
    assert _ids(db, channels=(Channel.GOOGLE, Channel.FACEBOOK)) == [late, bread]
    assert _ids(db, channels=(Channel.TRIPADVISOR,)) == []
    # Date limits include their own day.
    assert _ids(db, date_from=date(2024, 4, 2)) == [cake, late]
    assert _ids(db, date_to=date(2024, 4, 2)) == [late, bread]
    assert _ids(db, date_from=date(2024, 4, 2), date_to=date(2024, 4, 2)) == [late]
    assert _ids(db, date_from=date(2024, 5, 2)) == []
    # Everything together.
    assert _ids(db, text="kiitos", channels=(Channel.GOOGLE,)) == [late]
    assert _ids(db, text="kiitos", tags=("kakku",), date_to=date(2024, 4, 30)) == []
    assert count_praise(db, PraiseQuery(text="kiitos", date_from=date(2024, 4, 1))) == 2


def test_newest_first_and_paging(db: Database) -> None:
    ids = [_add(db, f"Kiitos numero {n}", on=date(2024, 1, 1 + n)) for n in range(5)]
    same_day = _add(db, "Kiitos taas", on=date(2024, 1, 5))  # ties: the later entry first
    newest_first = [same_day, ids[4], ids[3], ids[2], ids[1], ids[0]]
    assert _ids(db) == newest_first
    pages = [[v.id for v in search_praise(db, offset=offset, limit=2)] for offset in (0, 2, 4, 6)]
    assert pages == [newest_first[0:2], newest_first[2:4], newest_first[4:6], []]
    assert count_praise(db) == 6
    query = PraiseQuery(text="numero")
    assert [v.id for v in search_praise(db, query, offset=1, limit=2)] == [ids[3], ids[2]]
    assert count_praise(db, query) == 5  # the count ignores paging


@pytest.fixture
def many(db: Database) -> list[tuple[int, date, str]]:
    """Thirty entries over ten days (three a day, so dates tie), the newest added first
    on some days: (id, day, text)."""
    texts = [
        "Kiitos kakusta!",
        "Kiitos ystävällisestä palvelusta.",
        "Ystävällinen myyjä.",
        "Kakku oli hyvää.",
        "Paras leipä.",
    ]
    data = [
        PraiseInput(text=texts[n % len(texts)], received_on=date(2024, 3, 1 + (n * 7) % 10))
        for n in range(30)
    ]
    with db.session(write=True) as session:
        ids = add_many(session, data, TODAY)
    return [(i, d.received_on or TODAY, d.text) for i, d in zip(ids, data, strict=True)]


def _newest_first(entries: list[tuple[int, date, str]], *words: str) -> list[int]:
    found = [e for e in entries if all(w in e[2].lower().replace("ä", "a") for w in words)]
    return [i for i, _d, _t in sorted(found, key=lambda e: (e[1], e[0]), reverse=True)]


@pytest.mark.parametrize("walk", [True, False], ids=["date-index", "match-lookup"])
@pytest.mark.parametrize("text", ["", "kiitos", "kiitos ystav", "KAKKU", "ystäv", "lasagne"])
def test_both_ways_of_paging_a_search_find_the_same_rows(
    db: Database,
    many: list[tuple[int, date, str]],
    monkeypatch: pytest.MonkeyPatch,
    walk: bool,
    text: str,
) -> None:
    # On SQLite a words-only search either walks the date index or looks every match up;
    # whichever is chosen, the pages, their order and the count are the same.
    monkeypatch.setattr("planner.services.journal.walk_by_date_pays", lambda *_a: walk)
    expected = _newest_first(many, *text.lower().replace("ä", "a").split())
    query = PraiseQuery(text=text)
    pages = [
        [v.id for v in search_praise(db, query, offset=offset, limit=4)]
        for offset in range(0, 36, 4)
    ]
    assert [i for page in pages for i in page] == expected
    rows, total = search_praise_counted(db, query, limit=4)
    assert [v.id for v in rows] == expected[:4]
    assert total == count_praise(db, query) == len(expected)


def test_search_with_its_count_is_the_first_page_and_the_count(
    db: Database, journal: dict[str, int]
) -> None:
    for query in (
        PraiseQuery(),
        PraiseQuery(text="kiitos"),
        PraiseQuery(text="kiitos", channels=(Channel.GOOGLE,)),
        PraiseQuery(tags=("kakku",)),
        PraiseQuery(text="kiitos", date_from=date(2024, 4, 1)),
        PraiseQuery(text="lasagne"),
    ):
        rows, total = search_praise_counted(db, query, limit=1)
        assert rows == search_praise(db, query, limit=1), query
        assert total == count_praise(db, query), query
    rows, total = search_praise_counted(db, PraiseQuery(text="kiitos"))
    assert sorted(v.id for v in rows) == sorted([journal["cake"], journal["late"]])
    assert total == 2
    assert rows[0].tags == get_praise(db, rows[0].id).tags


def test_the_date_index_is_walked_only_when_many_entries_match() -> None:
    assert not walk_by_date_pays(0, 100_000, 200)
    assert not walk_by_date_pays(700, 100_000, 200)  # few: look each one up
    assert walk_by_date_pays(2_400, 100_000, 200)
    assert not walk_by_date_pays(2_400, 100_000, 1_200)  # deep in the list: look up
    assert walk_by_date_pays(26_000, 100_000, 200)


# -- morale ---------------------------------------------------------------------------------
def test_on_this_day_shows_the_same_day_of_earlier_years(db: Database) -> None:
    last_year = _add(db, "Vuosi sitten", on=date(2023, 5, 12))
    long_ago = _add(db, "Kolme vuotta sitten", on=date(2021, 5, 12))
    _add(db, "Tänään", on=date(2024, 5, 12))  # this year: not "on this day"
    _add(db, "Päivää aiemmin", on=date(2023, 5, 11))
    _add(db, "Päivää myöhemmin", on=date(2023, 5, 13))
    _add(db, "Eri kuu", on=date(2022, 6, 12))
    assert [v.id for v in on_this_day(db, today=TODAY)] == [last_year, long_ago]
    assert on_this_day(db, today=date(2024, 8, 1)) == []


def test_on_this_day_on_new_years_day(db: Database) -> None:
    new_year = date(2024, 1, 1)
    earlier = add_praise(
        db, PraiseInput("Hyvää uutta vuotta", received_on=date(2023, 1, 1)), today=new_year
    ).value
    add_praise(db, PraiseInput("Tänään", received_on=new_year), today=new_year)
    add_praise(db, PraiseInput("Uudenvuodenaatto", received_on=date(2023, 12, 31)), today=new_year)
    assert [v.id for v in on_this_day(db, today=new_year)] == [earlier]


def test_monthly_figures_count_praise_and_incidents(db: Database) -> None:
    _add(db, "Helmikuu", on=date(2024, 2, 29))  # before the window
    _add(db, "Maaliskuun alku", on=date(2024, 3, 1))
    _add(db, "Maaliskuun loppu", on=date(2024, 3, 31))
    _add(db, "Toukokuu", on=date(2024, 5, 12))
    for when in (
        datetime(2024, 1, 15, 12, tzinfo=UTC),  # before the window
        datetime(2024, 4, 14, 12, tzinfo=UTC),
        datetime(2024, 4, 20, 12, tzinfo=UTC),
    ):
        log_incident(db, IncidentInput(text="Valitus"), now=when)
    assert monthly_figures(db, months=3, today=TODAY) == [
        MonthFigures(date(2024, 3, 1), praise=2, incidents=0),
        MonthFigures(date(2024, 4, 1), praise=0, incidents=2),
        MonthFigures(date(2024, 5, 1), praise=1, incidents=0),
    ]
    year = monthly_figures(db, today=TODAY)
    assert [m.month for m in year] == [
        date(2023, 6, 1),
        date(2023, 7, 1),
        date(2023, 8, 1),
        date(2023, 9, 1),
        date(2023, 10, 1),
        date(2023, 11, 1),
        date(2023, 12, 1),
        date(2024, 1, 1),
        date(2024, 2, 1),
        date(2024, 3, 1),
        date(2024, 4, 1),
        date(2024, 5, 1),
    ]
    assert (sum(m.praise for m in year), sum(m.incidents for m in year)) == (4, 3)


def test_monthly_figures_cross_the_new_year(db: Database) -> None:
    _add(db, "Joulukuu", on=date(2023, 12, 24))
    _add(db, "Tammikuu", on=date(2024, 1, 2))
    figures = monthly_figures(db, months=2, today=date(2024, 1, 31))
    assert [(m.month, m.praise) for m in figures] == [(date(2023, 12, 1), 1), (date(2024, 1, 1), 1)]


def test_praise_since_the_last_incident(db: Database) -> None:
    _add(db, "Ennen", on=date(2024, 4, 30))
    _add(db, "Jälkeen", on=date(2024, 5, 3))
    _add(db, "Myöhemmin", on=date(2024, 5, 10))
    nothing_yet = praise_since_last_incident(db)
    assert (nothing_yet.last_incident_at, nothing_yet.praise) == (None, 3)

    first = datetime(2024, 5, 1, 12, tzinfo=UTC)
    log_incident(db, IncidentInput(text="Valitus"), now=first)
    since = praise_since_last_incident(db)
    assert (since.last_incident_at, since.praise) == (first, 2)

    later = datetime(2024, 5, 5, 12, tzinfo=UTC)
    log_incident(db, IncidentInput(text="Toinen valitus"), now=later)
    since = praise_since_last_incident(db)
    assert (since.last_incident_at, since.praise) == (later, 1)


def test_random_praise(db: Database) -> None:
    assert random_praise(db) is None
    assert random_praise(db, random.Random(1)) is None
    ids = {_add(db, text, tags=("kiitos",)) for text in (CAKE, LATE, BREAD)}
    picks = [random_praise(db, random.Random(seed)) for seed in range(60)]
    assert {p.id for p in picks if p is not None} == ids  # every entry can come up
    one = random_praise(db, random.Random(7))
    assert one is not None and one.tags == ("kiitos",) and one.text in (CAKE, LATE, BREAD)
