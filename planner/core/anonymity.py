"""Finds what would identify the customer in a blog-post draft.

The blog-post fallback tells the story of "a customer" and must never name them, give
their contact details or link to them without written permission. This module only finds
the spans; the editor highlights them and the owner decides.

Recall matters more than precision here (a missed name is worse than a false alarm), but
hits stay whole-word so that a short name part never lights up inside other words.

Known limits:

* Finnish names are inflected by rule, not from a dictionary: -nen names (Virtanen ->
  Virtasen, Virtasta, Virtasilta), vowel-final names with the common consonant gradations
  (Pekka -> Pekan, Lehto -> Lehdon) and consonant-final names (Tuomas -> Tuomakselle,
  John -> Johnille). Irregular stems (Lahti -> Lahden, Mäki -> Mäen, Aku -> Aun) and
  possessive suffixes (Liisani) are not covered.
* A name part that is also an ordinary word ("Aho", "Mäki", "Rose") is found wherever that
  word stands alone; the owner dismisses such hits.
* Name parts shorter than three letters (initials, "Li") are not looked for.
* Any e-mail address counts, the business's own too; other phone-like numbers of 7-15
  digits count, except dates (2024-05-01) and grouped amounts (1 200 000).
* Other links are left alone unless they point at the given profile or post (host and path
  compared; "www.", "m.", the scheme, a trailing slash and extra query parameters ignored).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Final, Literal
from urllib.parse import parse_qsl, unquote, urlsplit

from planner.core.tone_rules import FI_GRADATION, FI_VOWELS

HitKind = Literal["name", "email", "phone", "profile", "link"]


@dataclass(frozen=True)
class Hit:
    """One identifying span of the text: ``text[start:end] == hit.text``."""

    kind: HitKind
    start: int
    end: int
    text: str


MIN_NAME_LETTERS: Final = 3

# Finnish case endings after an inflecting stem (genitive, the six local cases,
# translative, essive, plural nominative).
_CASES: Final = ("n", "lle", "lla", "llä", "lta", "ltä", "ssa", "ssä", "sta", "stä", "ksi")
_CASES_OPEN: Final = ("na", "nä", "t")
_CLITICS: Final = r"(?:kin|kaan|kään|ko|kö|han|hän|pa|pä)?"
# After a name: English possessive (Liisa's) or a Finnish colon ending (Smith:lle).
_NAME_TAIL: Final = r"(?:['’]s|:[^\W\d_]{1,5})?"

_EMAIL_RE: Final = re.compile(
    r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?![\w-])", re.IGNORECASE
)
_PHONE_RE: Final = re.compile(r"(?<![\w+/.,=-])\+?\(?\d[\d \-()]{5,}\d(?!\w)")
_DATE_RE: Final = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$")
_AMOUNT_RE: Final = re.compile(r"^[1-9]\d{0,2}(?: \d{3})+$")
_URL_RE: Final = re.compile(
    r"(?<![\w@./-])(?:https?://)?[\w-]+(?:\.[\w-]+)+(?::\d+)?(?:[/?#][^\s<>\"'\[\](){}]*)?",
    re.IGNORECASE,
)
_URL_TRAILING: Final = ".,;:!?'\"’”"
_HOST_PREFIXES: Final = ("www.", "m.", "mobile.")
_HOST_ALIASES: Final = {"fb.com": "facebook.com", "twitter.com": "x.com"}
# When two hits overlap the longer wins; on a tie, the more specific kind.
_PRIORITY: Final[dict[str, int]] = {"profile": 0, "link": 0, "email": 1, "phone": 2, "name": 3}


def anonymity_hits(
    text: str,
    *,
    customer_name: str = "",
    author: str = "",
    email: str = "",
    phone: str = "",
    profile_url: str = "",
    post_url: str = "",
) -> list[Hit]:
    """Spans of ``text`` that could identify the customer, sorted by start, never
    overlapping. ``author`` is the complaint's author name or handle (liisa_v)."""
    if not text:
        return []
    hits: list[Hit] = []
    hits += _name_hits(text, customer_name, author)
    hits += _email_hits(text, email)
    hits += _phone_hits(text, phone)
    hits += _link_hits(text, profile_url, "profile")
    hits += _link_hits(text, post_url, "link")
    return _without_overlaps(hits)


# --------------------------------------------------------------------------- names


def name_forms(part: str) -> set[str]:
    """Lower-case forms a single name part takes in Finnish text: the nominative plus its
    inflections (Virtanen -> virtasen, virtasta, ...; Matti -> matin, mattia, ...)."""
    word = part.lower()
    if len(word) < MIN_NAME_LETTERS:
        return set()
    forms = {word}
    if word.endswith("nen") and len(word) >= 5:
        base = word[:-3]  # Virta(nen)
        forms |= {base + "s" + end for end in ("ta", "tä", "ten")}
        forms |= {base + "se" + end for end in (*_CASES, *_CASES_OPEN, "en")}
        forms |= {base + "si" + end for end in (*_CASES, *_CASES_OPEN, "a", "ä", "in", "en")}
    elif word[-1] in FI_VOWELS:
        vowel = word[-1]
        forms |= {word + end for end in (*_CASES, *_CASES_OPEN, "a", "ä", vowel + "n")}
        weak = _weak_grade(word)
        if weak:
            forms |= {weak + end for end in (*_CASES, "t")}
        if vowel == "e":  # Laine -> Laineen, Lainetta
            forms |= {word + "e" + end for end in (*_CASES, *_CASES_OPEN)}
            forms |= {word + "tta", word + "ttä", word + "eseen"}
    else:
        # Foreign names take a linking i: John -> Johnin, Johnille, Johnia.
        forms |= {word + "i" + end for end in (*_CASES, *_CASES_OPEN, "a", "ä", "in")}
        if word[-1] == "s" and word[-2] in FI_VOWELS:  # Tuomas -> Tuomaksen, Tuomasta
            forms |= {word[:-1] + "kse" + end for end in (*_CASES, *_CASES_OPEN, "en")}
            forms |= {word + "ta", word + "tä"}
    return forms


def _weak_grade(word: str) -> str:
    """The weak-grade stem of a vowel-final name (Pekka -> peka, Lehto -> lehdo), or ""."""
    if len(word) < 4:
        return ""
    stem, vowel = word[:-1], word[-1]
    for strong, weak in FI_GRADATION:
        if stem.endswith(strong):
            return stem[: -len(strong)] + weak + vowel
    if stem[-1] == "t" and stem[-2] in FI_VOWELS:
        return stem[:-1] + "d" + vowel  # Outi -> Oudin
    return ""


def _name_parts(*names: str) -> set[str]:
    return {
        part.lower()
        for name in names
        for part in re.findall(r"[^\W\d_]+", name)
        if len(part) >= MIN_NAME_LETTERS
    }


def _name_hits(text: str, customer_name: str, author: str) -> Iterator[Hit]:
    forms: set[str] = set()
    for part in _name_parts(customer_name, author):
        forms |= name_forms(part)
    if forms:
        alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        pattern = rf"(?<![\w@])@?(?:{alternatives}){_CLITICS}{_NAME_TAIL}(?!\w)"
        yield from _hits("name", re.finditer(pattern, text, re.IGNORECASE))
    handle = author.strip().lstrip("@").strip(_URL_TRAILING)
    if handle and not re.fullmatch(r"[^\W\d_]+(?:\s+[^\W\d_]+)*", handle):
        # A handle like liisa_v or liisa.v82 is itself identifying, whole.
        pattern = rf"(?<![\w@])@?{re.escape(handle)}(?!\w)"
        yield from _hits("name", re.finditer(pattern, text, re.IGNORECASE))


# --------------------------------------------------------------------------- contact details


def _email_hits(text: str, email: str) -> Iterator[Hit]:
    yield from _hits("email", _EMAIL_RE.finditer(text))
    email = email.strip()
    if email:
        pattern = rf"(?<![\w.+-]){re.escape(email)}(?![\w-])"
        yield from _hits("email", re.finditer(pattern, text, re.IGNORECASE))


def phone_key(phone: str) -> str:
    """Digits in national form, so that +358 40 123 4567, 00358401234567 and 040-1234567
    compare equal. Non-Finnish numbers keep their country code."""
    stripped = phone.strip()
    digits = re.sub(r"\D", "", stripped)
    if stripped.startswith("+") and digits.startswith("358"):
        rest = digits[3:]
    elif digits.startswith("00358"):
        rest = digits[5:]
    else:
        return digits
    return rest if rest.startswith("0") else "0" + rest


def _phone_hits(text: str, phone: str) -> Iterator[Hit]:
    for match in _PHONE_RE.finditer(text):
        candidate = match.group()
        digits = sum(ch.isdigit() for ch in candidate)
        if 7 <= digits <= 15 and not (_DATE_RE.match(candidate) or _AMOUNT_RE.match(candidate)):
            yield Hit("phone", match.start(), match.end(), candidate)
    key = phone_key(phone)
    if len(key) >= 5:
        # The given number, however it is spaced, also when it is too short to look like one.
        national = key[1:] if key.startswith("0") else key
        prefix = r"(?:\+358[ -]?(?:\(0\)[ -]?)?|00358[ -]?|\(?0\)?[ -]?)" if key[0] == "0" else ""
        body = r"[ \-()]{0,2}".join(re.escape(d) for d in national)
        yield from _hits("phone", re.finditer(rf"(?<![\w+]){prefix}{body}(?!\d)", text))


# --------------------------------------------------------------------------- links

_UrlKey = tuple[str, str, frozenset[tuple[str, str]]]


def url_key(url: str) -> _UrlKey | None:
    """Host, path and query parameters of a link with the parts that do not change where it
    points removed (scheme, "www."/"m.", trailing slash, case); None if it is no link."""
    url = url.strip().strip(_URL_TRAILING)
    if not url or any(ch.isspace() for ch in url):
        return None
    if "://" not in url:
        url = "http://" + url
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    host = (parts.hostname or "").rstrip(".")
    if "." not in host:
        return None
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") > 1:
            host = host[len(prefix) :]
            break
    host = _HOST_ALIASES.get(host, host)
    path = unquote(parts.path).rstrip("/").lower()
    query = frozenset((k.lower(), v.lower()) for k, v in parse_qsl(parts.query))
    return host, path, query


def _same_target(given: _UrlKey, candidate: _UrlKey) -> bool:
    """A site root covers its whole site; otherwise host and path must agree, and the
    candidate must carry the given query (facebook.com/profile.php?id=...)."""
    host, path, query = given
    if candidate[0] != host:
        return False
    if not path and not query:
        return True
    return candidate[1] == path and query <= candidate[2]


def _link_hits(text: str, url: str, kind: HitKind) -> Iterator[Hit]:
    given = url_key(url)
    if given is None:
        return
    for match in _URL_RE.finditer(text):
        token = match.group().rstrip(_URL_TRAILING)
        key = url_key(token)
        if key is not None and _same_target(given, key):
            yield Hit(kind, match.start(), match.start() + len(token), token)


# --------------------------------------------------------------------------- helpers


def _hits(kind: HitKind, matches: Iterable[re.Match[str]]) -> Iterator[Hit]:
    for match in matches:
        if match.end() > match.start():
            yield Hit(kind, match.start(), match.end(), match.group())


def _without_overlaps(hits: list[Hit]) -> list[Hit]:
    """Longest first (then the more specific kind); a hit that overlaps a kept one is
    dropped, so a name inside an e-mail address or link is reported once, as the whole."""
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, _PRIORITY[h.kind], h.start)):
        if all(hit.end <= other.start or hit.start >= other.end for other in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)
