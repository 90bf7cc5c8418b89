"""Text as search sees it: lower case, without diacritics, so "myohassa" finds "myöhässä"
and "KIITOS" finds "kiitos". The same folding is stored with each entry and applied to
each query, so both databases search the same way."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def search_words(query: str) -> list[str]:
    """The words of a query, folded; each is matched as a word prefix."""
    # "\w" also matches "_", which is no word to look for.
    return [w for w in _WORD.findall(fold(query)) if any(c.isalnum() for c in w)]
