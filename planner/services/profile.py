"""The business profile: who the business is and when the owner is awake."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlmodel import Session, col, select

from planner.core.clock import utcnow
from planner.core.enums import Language
from planner.core.errors import ValidationError
from planner.core.i18n import translate
from planner.core.models import BusinessProfile
from planner.services.changes import Area, Outcome, changed
from planner.storage.database import Database


@dataclass(frozen=True)
class ProfileData:
    name: str
    owner_name: str = ""
    signature: str = ""
    reply_languages: tuple[Language, ...] = (Language.FI,)
    waking_start_minute: int | None = None
    waking_end_minute: int | None = None
    timezone: str = ""


def get_profile(db: Database) -> ProfileData | None:
    with db.session(write=False) as session:
        row = session.exec(select(BusinessProfile).order_by(col(BusinessProfile.id))).first()
        if row is None:
            return None
        return ProfileData(
            name=row.name,
            owner_name=row.owner_name,
            signature=row.signature,
            reply_languages=tuple(
                Language(code) for code in row.reply_languages.split(",") if code
            ),
            waking_start_minute=row.waking_start_minute,
            waking_end_minute=row.waking_end_minute,
            timezone=row.timezone,
        )


def validate_profile(data: ProfileData) -> None:
    if not data.name.strip():
        raise ValidationError(
            translate("ProfileService", "Enter the name of the business."), "name"
        )
    if len(data.name) > 200:
        raise ValidationError(
            translate("ProfileService", "The name is too long (200 characters at most)."), "name"
        )
    if not data.reply_languages:
        raise ValidationError(
            translate("ProfileService", "Choose at least one reply language."), "reply_languages"
        )
    waking = (data.waking_start_minute, data.waking_end_minute)
    if (waking[0] is None) != (waking[1] is None):
        raise ValidationError(
            translate("ProfileService", "Give both ends of the waking hours, or neither."),
            "waking_hours",
        )
    for minute in waking:
        if minute is not None and not 0 <= minute < 24 * 60:
            raise ValidationError(
                translate("ProfileService", "Waking hours must be times of day."), "waking_hours"
            )
    if waking[0] is not None and waking[0] == waking[1]:
        raise ValidationError(
            translate("ProfileService", "Waking hours must not start and end at the same time."),
            "waking_hours",
        )
    if data.timezone:
        try:
            ZoneInfo(data.timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValidationError(
                translate("ProfileService", "Unknown time zone."), "timezone"
            ) from exc


def save_profile(db: Database, data: ProfileData) -> Outcome[int]:
    """Create or update the one business profile; returns its id."""
    validate_profile(data)
    with db.session(write=True) as session:
        return changed(apply_profile(session, data), Area.PROFILE)


def apply_profile(session: Session, data: ProfileData) -> int:
    """Write an already validated profile in the caller's transaction."""
    row = session.exec(select(BusinessProfile).order_by(col(BusinessProfile.id))).first()
    if row is None:
        row = BusinessProfile(name=data.name)
    else:
        row.updated_at = utcnow()
    row.name = data.name.strip()
    row.owner_name = data.owner_name.strip()
    row.signature = data.signature.strip()
    row.reply_languages = ",".join(lang.value for lang in data.reply_languages)
    row.waking_start_minute = data.waking_start_minute
    row.waking_end_minute = data.waking_end_minute
    row.timezone = data.timezone
    session.add(row)
    session.flush()
    assert row.id is not None
    return row.id
