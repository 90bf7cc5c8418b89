"""Text in a given language, independent of the UI's: a plan written in Finnish is exported
with Finnish headings even from an English session or a plain command line.

Reads the Qt Linguist sources (.ts, shipped with the app) directly, so it needs no Qt and
works in any thread. Mark the strings with ``QT_TRANSLATE_NOOP`` so lupdate extracts them."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime
from functools import cache

from planner.storage.resources import resource


@cache
def _catalogue(language: str) -> dict[tuple[str, str], list[str]]:
    path = resource("translations", f"planner_{language}.ts")
    if not path.exists():
        return {}
    table: dict[tuple[str, str], list[str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            table[(name, message.findtext("source", ""))] = forms or [translation.text or ""]
    return table


def text_in(language: str, context: str, source: str, n: int = -1) -> str:
    """``source`` translated into ``language`` (English and unknown texts stay as they are).
    Finnish and English both have two plural forms: one, and everything else."""
    forms = _catalogue(language).get((context, source))
    text = source
    if forms:
        text = forms[0] if n == 1 or len(forms) == 1 else forms[1]
    return text.replace("%n", str(n)) if n >= 0 else text


def format_date(moment: datetime, language: str) -> str:
    local = moment.astimezone()
    if language == "fi":
        return f"{local.day}.{local.month}.{local.year}"
    return f"{local.day} {local.strftime('%B')} {local.year}"


def format_money(cents: int, currency: str, language: str) -> str:
    whole, part = divmod(cents, 100)
    symbol = {"EUR": "€", "USD": "$", "GBP": "£"}.get(currency, currency)
    if language == "fi":
        amount = f"{whole:,}".replace(",", "\u00a0") + (f",{part:02d}" if part else "")
        return f"{amount}\u00a0{symbol}"
    amount = f"{whole:,}" + (f".{part:02d}" if part else "")
    return f"{symbol}{amount}" if len(symbol) == 1 else f"{amount} {symbol}"
