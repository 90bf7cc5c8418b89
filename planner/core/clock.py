"""Time in one place: everything is stored as timezone-aware UTC and shown in local time."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """The current moment as an aware UTC datetime (the only kind the database accepts)."""
    return datetime.now(UTC)


def ensure_utc(value: datetime) -> datetime:
    """Convert an aware datetime to UTC; a naive one is a bug, so it is refused loudly."""
    if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
        raise ValueError(f"naive datetime {value!r}: store timezone-aware times only")
    return value.astimezone(UTC)
