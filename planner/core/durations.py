"""Minutes as people say them: "1 hour", "2 days", "90 minutes"."""

from __future__ import annotations

from collections.abc import Callable

# Called like ``translate(context, text, disambiguation, n)``: the UI passes the Qt-backed
# translate, a document passes one for its own language. The calls below use literal
# texts so that lupdate extracts them as plural forms.
PluralTranslator = Callable[[str, str, "str | None", int], str]


def describe_minutes(minutes: int, translate: PluralTranslator) -> str:
    """The largest whole unit that states ``minutes`` exactly."""
    # (No floor division on the translate lines: lupdate reads "//" as a comment.)
    days, hours = divmod(minutes, 1440)[0], divmod(minutes, 60)[0]
    if minutes and minutes % 1440 == 0:
        return translate("Durations", "%n day(s)", None, days)
    if minutes and minutes % 60 == 0:
        return translate("Durations", "%n hour(s)", None, hours)
    return translate("Durations", "%n minute(s)", None, minutes)


def describe_span(minutes: int, translate: PluralTranslator) -> str:
    """A running time in its two largest units: "2 hours 5 minutes", "1 day 3 hours"."""
    minutes = abs(minutes)
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    parts: list[str] = []
    if days:
        parts.append(translate("Durations", "%n day(s)", None, days))
    if hours:
        parts.append(translate("Durations", "%n hour(s)", None, hours))
    if mins and not days:
        parts.append(translate("Durations", "%n minute(s)", None, mins))
    if not parts:
        return translate("Durations", "%n minute(s)", None, 0)
    return " ".join(parts[:2])
