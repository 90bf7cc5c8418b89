"""The business profile service, on both databases."""

from __future__ import annotations

import pytest

from planner.core.enums import Language
from planner.core.errors import ValidationError
from planner.services.changes import Area
from planner.services.overview import get_overview
from planner.services.profile import ProfileData, get_profile, save_profile
from planner.storage.database import Database


def test_saving_creates_then_updates_the_one_profile(db: Database) -> None:
    assert get_profile(db) is None
    outcome = save_profile(
        db,
        ProfileData(
            name="  Leipomo Lämmin ",
            owner_name="Aino",
            signature="Aino, Leipomo Lämmin",
            reply_languages=(Language.FI, Language.EN),
            waking_start_minute=7 * 60,
            waking_end_minute=22 * 60,
            timezone="Europe/Helsinki",
        ),
    )
    assert outcome.changes.touches(Area.PROFILE)
    profile = get_profile(db)
    assert profile is not None
    assert profile.name == "Leipomo Lämmin"
    assert profile.reply_languages == (Language.FI, Language.EN)
    again = save_profile(db, ProfileData(name="Leipomo Lämmin Oy"))
    assert again.value == outcome.value
    assert get_overview(db).business_name == "Leipomo Lämmin Oy"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (ProfileData(name="   "), "name"),
        (ProfileData(name="x" * 201), "name"),
        (ProfileData(name="Cafe", reply_languages=()), "reply_languages"),
        (ProfileData(name="Cafe", waking_start_minute=420), "waking_hours"),
        (ProfileData(name="Cafe", waking_start_minute=420, waking_end_minute=420), "waking_hours"),
        (ProfileData(name="Cafe", waking_start_minute=-1, waking_end_minute=600), "waking_hours"),
        (ProfileData(name="Cafe", timezone="Mars/Olympus"), "timezone"),
    ],
)
def test_bad_input_names_the_field_and_saves_nothing(
    db: Database, data: ProfileData, field: str
) -> None:
    save_profile(db, ProfileData(name="Original"))
    with pytest.raises(ValidationError) as raised:
        save_profile(db, data)
    assert raised.value.field == field
    assert raised.value.message
    profile = get_profile(db)
    assert profile is not None and profile.name == "Original"


def test_overview_counts_an_empty_database(db: Database) -> None:
    overview = get_overview(db)
    assert overview.business_name is None
    assert (overview.open_incidents, overview.praise_total, overview.open_actions) == (0, 0, 0)
