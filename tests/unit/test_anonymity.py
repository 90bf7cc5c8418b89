"""The blog-post check: what identifies the customer is found, and with the right span, so
the editor can highlight it; ordinary text stays clean."""

from __future__ import annotations

import pytest

from planner.core.anonymity import Hit, anonymity_hits


def _found(text: str, **given: str) -> list[tuple[str, str]]:
    hits = anonymity_hits(text, **given)
    for hit in hits:
        assert text[hit.start : hit.end] == hit.text  # spans point at the text itself
    return [(hit.kind, hit.text) for hit in hits]


@pytest.mark.parametrize(
    "form",
    [
        "Virtanen",
        "Virtasen",
        "Virtaselle",
        "Virtasta",
        "Virtasella",
        "Virtasesta",
        "Virtaseen",
        "Virtasilta",
        "virtasen",
        "VIRTASELLE",
    ],
)
def test_surname_inflections_are_found(form: str) -> None:
    text = f"Kävin eilen {form} luona korjaamassa hanan."
    start = text.index(form)
    assert anonymity_hits(text, customer_name="Liisa Virtanen") == [
        Hit("name", start, start + len(form), form)
    ]


@pytest.mark.parametrize("form", ["Liisa", "Liisan", "Liisalle", "Liisaa", "Liisasta", "Liisa's"])
def test_first_name_inflections_are_found(form: str) -> None:
    text = f"Tämä on tarina: {form} ja minä."
    assert _found(text, customer_name="Liisa Virtanen") == [("name", form)]


@pytest.mark.parametrize(
    ("name", "form"),
    [
        ("Mäkinen", "Mäkisen"),
        ("Hakkarainen", "Hakkaraisen"),
        ("Laaksonen", "Laaksosen"),
        ("Matti", "Matin"),
        ("Matti", "Mattia"),
        ("Pekka", "Pekan"),
        ("Pekka", "Pekalle"),
        ("Antti", "Antin"),
        ("Kauppi", "Kaupin"),
        ("Lehto", "Lehdon"),
        ("Lehto", "Lehtoon"),
        ("Tuomas", "Tuomakselle"),
        ("John Smith", "Smith:lle"),
        ("John Smith", "Johnille"),
    ],
)
def test_consonant_gradation_and_stems(name: str, form: str) -> None:
    assert _found(f"Puhuin {form} eilen.", customer_name=name) == [("name", form)]


def test_all_hits_in_one_text_are_sorted_with_exact_spans() -> None:
    text = "Liisa soitti. Soitin Virtaselle takaisin, ja Liisan mies vastasi."
    hits = anonymity_hits(text, customer_name="Liisa Virtanen")
    assert hits == [
        Hit("name", 0, 5, "Liisa"),
        Hit("name", 21, 31, "Virtaselle"),
        Hit("name", 45, 51, "Liisan"),
    ]


def test_name_part_is_whole_word_only() -> None:
    # "Aho" must not light up inside "tahon", "Matti" not inside "matto", "Liisa" not
    # inside "Liisamaria".
    text = "Sen tahon kanssa ja mattoa ostamassa Liisamarian kanssa."
    assert anonymity_hits(text, customer_name="Liisa Aho Matti") == []


def test_english_text_possessive_and_case() -> None:
    text = "I called Mr VIRTANEN twice; Liisa's review was fair."
    assert _found(text, customer_name="Liisa Virtanen") == [
        ("name", "VIRTANEN"),
        ("name", "Liisa's"),
    ]


def test_author_handle_and_its_name_part() -> None:
    text = "Käyttäjä @liisa_v kirjoitti arvostelun. Myöhemmin Liisa kiitti."
    assert _found(text, author="liisa_v") == [("name", "@liisa_v"), ("name", "Liisa")]


def test_short_name_parts_are_not_looked_for() -> None:
    assert anonymity_hits("Li ja Bo olivat paikalla.", customer_name="Li Bo") == []


def test_unrelated_text_has_no_hits() -> None:
    text = (
        "Eräs asiakas tilasi meiltä kakun, joka myöhästyi päivällä. Opin tästä, että "
        "toimitusajat pitää kertoa selvästi. Vuonna 2023 teimme 1 200 000 euron "
        "liikevaihdon, ja 2024-05-01 alkaen tarjoamme ilmaisen kotiinkuljetuksen. "
        "Lue lisää sivultamme https://leipomo.example/blogi."
    )
    assert (
        anonymity_hits(
            text,
            customer_name="Liisa Virtanen",
            author="liisa_v",
            email="liisa@example.com",
            phone="040 123 4567",
            profile_url="https://facebook.com/liisa.virtanen",
            post_url="https://www.facebook.com/groups/leipurit/posts/123",
        )
        == []
    )


def test_given_email_any_case_and_any_other_email() -> None:
    text = "Write to LIISA.Virtanen@Example.com or to someone.else+tag@mail.fi."
    assert _found(text, email="liisa.virtanen@example.com") == [
        ("email", "LIISA.Virtanen@Example.com"),
        ("email", "someone.else+tag@mail.fi"),
    ]


def test_name_inside_an_email_is_reported_once_as_the_email() -> None:
    text = "Osoite on liisa.virtanen@example.com."
    assert _found(text, customer_name="Liisa Virtanen") == [("email", "liisa.virtanen@example.com")]


@pytest.mark.parametrize(
    "written",
    [
        "+358 40 123 4567",
        "040-1234567",
        "040 123 4567",
        "0401234567",
        "+358401234567",
        "00358 40 123 4567",
        "(040) 123 4567",
    ],
)
def test_given_phone_in_any_spelling(written: str) -> None:
    text = f"Soita numeroon {written} iltaisin."
    assert _found(text, phone="+358 40 123 4567") == [("phone", written)]


def test_other_phone_like_numbers_are_found_but_not_dates_or_amounts() -> None:
    text = "Call 050 765 4321 or 09-876543 before 2024-05-01; we owe 1 200 000 euros, 123456."
    assert _found(text) == [("phone", "050 765 4321"), ("phone", "09-876543")]


@pytest.mark.parametrize(
    "written",
    [
        "https://www.facebook.com/liisa.virtanen",
        "https://facebook.com/liisa.virtanen/",
        "facebook.com/liisa.virtanen",
        "www.facebook.com/Liisa.Virtanen",
        "http://m.facebook.com/liisa.virtanen?ref=share",
    ],
)
def test_profile_link_with_and_without_scheme(written: str) -> None:
    text = f"Hänen profiilinsa ({written}) on julkinen."
    assert _found(text, profile_url="https://www.facebook.com/liisa.virtanen/") == [
        ("profile", written)
    ]


def test_post_link_and_other_links() -> None:
    post = "https://www.google.com/maps/place/Leipomo/reviews/123"
    text = (
        "The review (google.com/maps/place/Leipomo/reviews/123/) is here; our own page "
        "https://leipomo.example/ and https://www.google.com/maps/place/Other are not."
    )
    assert _found(text, post_url=post) == [("link", "google.com/maps/place/Leipomo/reviews/123/")]


def test_profile_query_must_match() -> None:
    profile = "https://www.facebook.com/profile.php?id=100012345"
    text = "See facebook.com/profile.php?id=100012345&ref=x and facebook.com/profile.php?id=999."
    assert _found(text, profile_url=profile) == [
        ("profile", "facebook.com/profile.php?id=100012345&ref=x")
    ]


def test_a_site_root_covers_the_whole_site() -> None:
    text = "Her shop liisankakut.fi/tilaa sells cakes."
    assert _found(text, profile_url="https://liisankakut.fi/") == [
        ("profile", "liisankakut.fi/tilaa")
    ]
