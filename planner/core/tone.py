"""Reply checker: catches the wrong reactions in a reply before it is posted.

Under stress, owners defend, blame, explain with their own troubles or write "sorry, but".
:func:`check_reply` points at such wording so the owner can fix it while writing. It is
pure logic (no Qt), fast enough to run on every keystroke, and tuned for precision: a
checker that cries wolf is soon ignored. The phrasing rules live in
:mod:`planner.core.tone_rules`; this module only decides how they combine.

Quoted customer text ("...", “...”, ”...”, «...», lines starting with ">") is blanked out
before checking, so quoting the complaint never triggers a finding.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from planner.core import tone_rules as rules
from planner.core.i18n import QT_TRANSLATE_NOOP, translate

Severity = Literal["warning", "advice"]
Span = tuple[int, int]

# Message for each code: first why, then what to do instead. Translated at call time.
MESSAGES: dict[str, str] = {
    "apology-but": QT_TRANSLATE_NOOP(
        "ToneChecker",
        "A “but” after an apology cancels it. End the apology there and leave out the "
        "justification.",
    ),
    "defensive": QT_TRANSLATE_NOOP(
        "ToneChecker",
        "Proving the customer wrong adds fuel to the fire. Acknowledge how they feel and "
        "offer to talk it through.",
    ),
    "blames-customer": QT_TRANSLATE_NOOP(
        "ToneChecker",
        "Putting the fault on the customer looks bad to everyone reading. Take "
        "responsibility and focus on the fix.",
    ),
    "victim": QT_TRANSLATE_NOOP(
        "ToneChecker",
        "Your own hardships give the critic power and can be used against you later. Keep "
        "private matters out and talk about the customer's problem.",
    ),
    "impersonal": QT_TRANSLATE_NOOP(
        "ToneChecker",
        "Passive, company-style wording sounds like nobody is responsible. Write as "
        "yourself, for example “I will call you”.",
    ),
    "no-apology": QT_TRANSLATE_NOOP(
        "ToneChecker",
        "Readers look for regret first. Say you are sorry for what happened, without a “but”.",
    ),
    "no-next-step": QT_TRANSLATE_NOOP(
        "ToneChecker",
        "The reply does not say what happens next. Offer to call or meet, or name a concrete fix.",
    ),
    "no-name": QT_TRANSLATE_NOOP(
        "ToneChecker",
        "Without the customer's name the reply reads like a form letter. Address them by name.",
    ),
    "unfilled-placeholder": QT_TRANSLATE_NOOP(
        "ToneChecker",
        "A template placeholder is still in the text. Fill it in before posting.",
    ),
    "copy-paste": QT_TRANSLATE_NOOP(
        "ToneChecker",
        "This is almost the same as an earlier reply, and a canned answer to an upset "
        "customer is worse than none. Write to this person about this case.",
    ),
    "late-excuse": QT_TRANSLATE_NOOP(
        "ToneChecker",
        "Explaining why the reply is late sounds like an excuse. Thank them and apologise "
        "for the delay, nothing more.",
    ),
    "asks-removal": QT_TRANSLATE_NOOP(
        "ToneChecker",
        "Asking to delete or change the post looks like hiding the problem. Fix the issue "
        "and let the customer decide.",
    ),
    "threatens": QT_TRANSLATE_NOOP(
        "ToneChecker",
        "A threat escalates the conflict in front of everyone. Stay calm; the customer is "
        "free to say what they think.",
    ),
    "shouting": QT_TRANSLATE_NOOP(
        "ToneChecker",
        "Capitals and repeated exclamation marks read as shouting. Use normal case and at "
        "most one exclamation mark.",
    ),
    "too-long": QT_TRANSLATE_NOOP(
        "ToneChecker",
        "A long public reply invites argument. Keep it short and move the details to a phone call.",
    ),
}
CODES: tuple[str, ...] = tuple(MESSAGES)

# Harmful wording is a warning; something missing or merely clumsy is advice.
SEVERITY: dict[str, Severity] = {
    "apology-but": "warning",
    "defensive": "warning",
    "blames-customer": "warning",
    "victim": "warning",
    "impersonal": "advice",
    "no-apology": "advice",
    "no-next-step": "advice",
    "no-name": "advice",
    "unfilled-placeholder": "warning",
    "copy-paste": "warning",
    "late-excuse": "warning",
    "asks-removal": "warning",
    "threatens": "warning",
    "shouting": "warning",
    "too-long": "advice",
}


@dataclass(frozen=True)
class Finding:
    """One problem in a reply: ``start``/``end`` index ``text``, or are None for all of it."""

    code: str
    severity: Severity
    start: int | None
    end: int | None
    message: str


def check_reply(
    text: str,
    language: str,
    *,
    customer_name: str | None = None,
    earlier_replies: Sequence[str] = (),
) -> list[Finding]:
    """Return the findings for reply ``text`` written in ``language`` ("fi" or "en").

    ``customer_name`` enables the name check; ``earlier_replies`` the copy-paste check.
    Findings are sorted by position, whole-text findings last.
    """
    if language not in rules.COMPILED:
        raise ValueError(f"unsupported language {language!r}: expected 'fi' or 'en'")
    if not text.strip():
        return []
    r = rules.COMPILED[language]
    masked = _blank(text, [m.span() for m in rules.QUOTE_RE.finditer(text)])
    sentences = _sentences(masked)
    apologies = _without(_spans(r["apology"], masked), _spans(r["apology_negated"], masked))
    placeholders = _spans(rules.PLACEHOLDER_RE, masked)
    threats = _spans(r["threat"], masked)

    spans: dict[str, list[Span]] = {
        "apology-but": _apology_but(masked, r, apologies, sentences),
        "defensive": _spans(r["defensive"], masked),
        "blames-customer": _spans(r["blames"], masked),
        "victim": _spans(r["victim"], masked),
        "impersonal": _without(
            _spans(r["impersonal"], masked), _spans(r["impersonal_exempt"], masked)
        ),
        "unfilled-placeholder": placeholders,
        "late-excuse": _late_excuse(masked, r, sentences),
        "asks-removal": _without(
            _spans(r["removal"], masked), _spans(r["removal_negated"], masked)
        ),
        "threatens": threats,
        "shouting": _shouting(_blank(masked, placeholders)),
    }
    whole = {
        "no-apology": not apologies,
        "no-next-step": not _has_next_step(masked, r, sentences, threats),
        "no-name": bool(customer_name) and not _addresses(masked, customer_name or "", language),
        "copy-paste": _is_copy(text, earlier_replies),
        "too-long": len(rules.WORD_RE.findall(masked)) > rules.LONG_REPLY_WORDS[language],
    }

    findings = [
        _finding(code, start, end) for code, found in spans.items() for start, end in _merge(found)
    ]
    findings += [_finding(code, None, None) for code, hit in whole.items() if hit]
    findings.sort(key=lambda f: (f.start is None, f.start or 0, f.end or 0, CODES.index(f.code)))
    return findings


def _finding(code: str, start: int | None, end: int | None) -> Finding:
    return Finding(code, SEVERITY[code], start, end, translate("ToneChecker", MESSAGES[code]))


# --------------------------------------------------------------------------- text helpers
def _blank(text: str, spans: Sequence[Span]) -> str:
    """Replace the characters in ``spans`` with spaces (line breaks kept), so indexes stay."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def _sentences(text: str) -> list[Span]:
    """Sentence spans without surrounding whitespace; a line break also ends a sentence."""
    result: list[Span] = []
    start = 0
    ends = [m.end() for m in rules.SENTENCE_END_RE.finditer(text)] + [len(text)]
    for end in ends:
        s, e = start, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            result.append((s, e))
        start = end
    return result or [(0, len(text))]


def _sentence_at(sentences: list[Span], pos: int) -> int:
    """Index of the sentence that contains (or last starts before) ``pos``."""
    return max(bisect.bisect_right(sentences, pos, key=lambda span: span[0]) - 1, 0)


def _spans(
    pattern: re.Pattern[str], text: str, start: int = 0, end: int | None = None
) -> list[Span]:
    stop = len(text) if end is None else end
    return [m.span() for m in pattern.finditer(text, start, stop) if m.end() > m.start()]


def _without(spans: list[Span], vetoes: list[Span]) -> list[Span]:
    """Drop the spans that overlap any veto span."""
    return [(s, e) for s, e in spans if not any(vs < e and s < ve for vs, ve in vetoes)]


def _merge(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for s, e in sorted(spans):
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def _trim_end(text: str, start: int, end: int) -> int:
    """End of a highlighted clause, without the closing punctuation."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?…,;:"):
        end -= 1
    return end


# --------------------------------------------------------------------------- rules
def _apology_but(
    text: str, r: dict[str, re.Pattern[str]], apologies: list[Span], sentences: list[Span]
) -> list[Span]:
    """An apology followed by "but" in the same sentence or at the start of the next."""
    found: list[Span] = []
    used: set[int] = set()
    for a_start, a_end in apologies:
        index = _sentence_at(sentences, a_start)
        s_start, s_end = sentences[index]
        conn = _take_back(text, r, a_end, s_start, s_end, a_end, None)
        if conn is None and index + 1 < len(sentences):
            n_start, n_end = sentences[index + 1]
            if not r["own_offer_start"].match(text, n_start):
                conn = _take_back(
                    text, r, n_start, n_start, n_end, a_end, rules.NEXT_SENTENCE_WORDS
                )
        if conn is not None and conn[0] not in used:
            used.add(conn[0])
            found.append((a_start, conn[1]))
    return found


def _take_back(
    text: str,
    r: dict[str, re.Pattern[str]],
    pos: int,
    s_start: int,
    s_end: int,
    apology_end: int,
    max_words_before: int | None,
) -> Span | None:
    """The first "but" in ``text[pos:s_end]`` that takes back the apology ending at
    ``apology_end``, or None."""
    for m in r["but"].finditer(text, pos, s_end):
        if max_words_before is not None:
            if len(rules.WORD_RE.findall(text, s_start, m.start())) >= max_words_before:
                return None
        if r["but_context"].search(text[s_start : m.start()]):
            continue  # not only ... but also
        if r["but_keeps_apology"].match(text, m.start()):
            continue  # "but thank you for telling me"
        if not text[apology_end : m.start()].strip() and r["but_attached"].fullmatch(m[0]):
            continue  # "pahoittelen kuitenkin"
        return m.span()
    return None


def _has_next_step(
    text: str, r: dict[str, re.Pattern[str]], sentences: list[Span], threats: list[Span]
) -> bool:
    """An offer or commitment, outside sentences that threaten ("I will contact my lawyer")."""
    threatening = {_sentence_at(sentences, start) for start, _ in threats}
    return any(
        _sentence_at(sentences, m.start()) not in threatening for m in r["next_step"].finditer(text)
    )


def _late_excuse(text: str, r: dict[str, re.Pattern[str]], sentences: list[Span]) -> list[Span]:
    """The reason given for a late reply: later in the same sentence or the next one."""
    found: list[Span] = []
    for delay in r["delay"].finditer(text):
        index = _sentence_at(sentences, delay.start())
        s_end = sentences[index][1]
        reason = r["delay_reason"].search(text, delay.end(), s_end)
        if reason is not None:
            start = reason.start()
            while start < s_end and not text[start].isalnum():
                start += 1  # the reason, not the comma before it
            found.append((start, _trim_end(text, start, s_end)))
        elif index + 1 < len(sentences):
            n_start, n_end = sentences[index + 1]
            if r["delay_reason_start"].match(text, n_start):
                found.append((n_start, _trim_end(text, n_start, n_end)))
    return found


def _shouting(text: str) -> list[Span]:
    """Runs of capitalised words (not acronyms) and repeated exclamation marks."""
    found = _spans(rules.EXCLAMATION_RE, text)
    run: list[re.Match[str]] = []
    for word in [*rules.CAPS_WORD_RE.finditer(text), None]:
        if word is not None and run and not text[run[-1].end() : word.start()].strip(" ,-"):
            run.append(word)
            continue
        if run and _is_shouting([m[0] for m in run]):
            found.append((run[0].start(), run[-1].end()))
        run = [word] if word is not None else []
    return found


def _is_shouting(words: list[str]) -> bool:
    if all(w in rules.ACRONYMS for w in words):
        return False
    if len(words) > 1:
        return sum(len(w) for w in words) >= 6
    return len(words[0]) >= 5 or words[0] in rules.EMPHASIS


def _addresses(text: str, name: str, language: str) -> bool:
    """True if ``text`` uses any part of ``name``; Finnish inflected forms count. A name
    with nothing to look for (blank, initials only) counts as used."""
    parts = [part for part in re.findall(r"[^\W\d_]+", name) if len(part) >= 2]
    if not parts:
        return True
    for part in parts:
        if re.search(rf"\b{re.escape(part)}(?:['’]s)?\b", text, re.IGNORECASE):
            return True
        if language == "fi":
            stems = "|".join(re.escape(stem) for stem in _fi_stems(part))
            if re.search(rf"\b(?:{stems})[^\W\d_]{{0,7}}\b", text):
                return True
    return False


def _fi_stems(part: str) -> set[str]:
    """Stems a Finnish name inflects on: Virtanen -> Virtas, Matti -> Mati/Mat, Laine ->
    Lain, Tuomas -> Tuomaks. Capitalised, so they match only as names."""
    name = part[:1].upper() + part[1:].lower()
    stems = {name}
    if name.endswith("nen"):
        stems.add(name[:-3] + "s")
    elif name[-1] in rules.FI_VOWELS and len(name) >= 4:
        stem = name[:-1]
        stems.add(stem)
        for strong, weak in rules.FI_GRADATION:
            if stem.endswith(strong):
                stems.add(stem[: -len(strong)] + weak)
                break
        else:
            if stem[-1] == "t" and stem[-2] in rules.FI_VOWELS:
                stems.add(stem[:-1] + "d")  # Outi -> Oudille
    elif name[-2:] in ("as", "es", "is", "us") and len(name) >= 5:
        stems.add(name[:-1] + "ks")  # Tuomas -> Tuomakselle
    return {stem for stem in stems if len(stem) >= 3}


@lru_cache(maxsize=512)
def _words(text: str) -> tuple[str, ...]:
    return tuple(word.casefold() for word in rules.WORD_RE.findall(text))


def _is_copy(text: str, earlier_replies: Sequence[str]) -> bool:
    """Nearly the same words as an earlier reply (names and punctuation barely count)."""
    words = _words(text)
    if len(words) < rules.COPY_PASTE_MIN_WORDS:
        return False
    limit = rules.COPY_PASTE_RATIO
    for earlier in earlier_replies:
        other = _words(earlier)
        if 2 * min(len(words), len(other)) < limit * (len(words) + len(other)):
            continue  # the lengths alone rule it out
        matcher = difflib.SequenceMatcher(None, words, other, autojunk=False)
        if matcher.quick_ratio() >= limit and matcher.ratio() >= limit:
            return True
    return False
