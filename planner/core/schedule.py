"""When things fall due: listening checks and plan reviews."""

from __future__ import annotations

import calendar
from datetime import datetime, timedelta


def check_due_at(last_checked: datetime | None, interval_days: int, created: datetime) -> datetime:
    """A source never checked is due from the moment it was added."""
    if last_checked is None:
        return created
    return last_checked + timedelta(days=interval_days)


def add_months(moment: datetime, months: int) -> datetime:
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def review_due_at(
    last_reviewed: datetime | None, created: datetime, interval_months: int
) -> datetime:
    return add_months(last_reviewed or created, interval_months)
