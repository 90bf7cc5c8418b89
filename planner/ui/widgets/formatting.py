"""Dates and times for people: stored in UTC, shown in local time through QLocale."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000)).toLocalTime()


def local_datetime(moment: datetime) -> str:
    return QLocale().toString(to_qdatetime(moment), QLocale.FormatType.ShortFormat)


def local_date(moment: datetime) -> str:
    return QLocale().toString(to_qdatetime(moment).date(), QLocale.FormatType.ShortFormat)


def local_day(day: date) -> str:
    """A calendar date (no time of day, so no zone to convert) in the locale's short form."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def local_time(moment: datetime) -> str:
    return QLocale().toString(to_qdatetime(moment).time(), QLocale.FormatType.ShortFormat)
