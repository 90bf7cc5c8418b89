"""Tests for the reply checker: quality over a labelled example set, and the behaviour an
owner would notice while writing (what is highlighted, what is left alone)."""

from __future__ import annotations

import dataclasses
import importlib
import importlib.util
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from planner.core import i18n
from planner.core.tone import CODES, MESSAGES, SEVERITY, check_reply

MIN_PRECISION = 0.9
MIN_RECALL = 0.8
WHOLE_TEXT_CODES = {"no-apology", "no-next-step", "no-name", "copy-paste", "too-long"}


def _load_examples() -> ModuleType:
    """The example set; tests/unit is not a package, so fall back to loading it by path."""
    try:
        return importlib.import_module("tests.unit.tone_examples")
    except ImportError:
        path = Path(__file__).with_name("tone_examples.py")
        spec = importlib.util.spec_from_file_location("tone_examples", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
        return module


EXAMPLES = _load_examples().EXAMPLES


def codes_of(text: str, language: str = "en", **kwargs: object) -> set[str]:
    return {f.code for f in check_reply(text, language, **kwargs)}  # type: ignore[arg-type]


def highlighted(text: str, language: str, code: str, **kwargs: object) -> list[str]:
    """The parts of ``text`` that findings with ``code`` point at."""
    findings = check_reply(text, language, **kwargs)  # type: ignore[arg-type]
    return [text[f.start : f.end] for f in findings if f.code == code and f.start is not None]


# --------------------------------------------------------------------------- example set
def test_example_set_is_large_balanced_and_labelled_with_known_codes() -> None:
    languages = Counter(e.language for e in EXAMPLES)
    assert len(EXAMPLES) >= 120
    assert set(languages) == {"en", "fi"}
    assert min(languages.values()) >= 0.4 * len(EXAMPLES)
    for example in EXAMPLES:
        assert example.expected <= set(CODES), example.text
    positives = Counter((code, e.language) for e in EXAMPLES for code in e.expected)
    for code in CODES:
        for language in ("en", "fi"):
            assert positives[code, language] >= 5, (code, language)


def test_precision_and_recall_per_code(capsys: pytest.CaptureFixture[str]) -> None:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    misses: list[str] = []
    for example in EXAMPLES:
        got = codes_of(
            example.text,
            example.language,
            customer_name=example.customer_name,
            earlier_replies=example.earlier_replies,
        )
        tp.update(got & example.expected)
        fp.update(got - example.expected)
        fn.update(example.expected - got)
        if got != example.expected:
            extra = ", ".join(sorted(got - example.expected)) or "-"
            missing = ", ".join(sorted(example.expected - got)) or "-"
            misses.append(f"  [{example.language}] +{extra} / -{missing}: {example.text[:70]}")

    rows = [f"{'code':22} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4}"]
    failing = []
    for code in CODES:
        found, relevant = tp[code] + fp[code], tp[code] + fn[code]
        precision = tp[code] / found if found else 1.0
        recall = tp[code] / relevant if relevant else 1.0
        rows.append(
            f"{code:22} {precision:9.2f} {recall:7.2f} {tp[code]:4} {fp[code]:4} {fn[code]:4}"
        )
        if precision < MIN_PRECISION or recall < MIN_RECALL:
            failing.append(code)
    with capsys.disabled():
        print(f"\nReply checker on {len(EXAMPLES)} labelled examples")
        print("\n".join(rows))
        if misses:
            print(f"{len(misses)} examples differ from their labels:")
            print("\n".join(misses))
    assert not failing, f"below precision {MIN_PRECISION} or recall {MIN_RECALL}: {failing}"


def test_spans_are_inside_the_text_and_whole_text_codes_have_none() -> None:
    for example in EXAMPLES:
        findings = check_reply(
            example.text,
            example.language,
            customer_name=example.customer_name,
            earlier_replies=example.earlier_replies,
        )
        for f in findings:
            if f.code in WHOLE_TEXT_CODES:
                assert f.start is None and f.end is None
            else:
                assert f.start is not None and f.end is not None
                assert 0 <= f.start < f.end <= len(example.text)
                assert example.text[f.start : f.end].strip()


# --------------------------------------------------------------------------- the interface
def test_empty_and_whitespace_text_has_nothing_to_check() -> None:
    assert check_reply("", "fi") == []
    assert check_reply("  \n\t ", "en", customer_name="Anna", earlier_replies=["x"]) == []


@pytest.mark.parametrize("language", ["sv", "EN", "", "english"])
def test_unknown_language_is_an_error(language: str) -> None:
    with pytest.raises(ValueError):
        check_reply("Sorry!", language)


def test_every_code_has_a_message_and_a_severity() -> None:
    assert set(MESSAGES) == set(SEVERITY) == set(CODES)
    assert set(SEVERITY.values()) == {"warning", "advice"}
    for example in EXAMPLES:
        for f in check_reply(example.text, example.language, customer_name=example.customer_name):
            assert f.message.strip() and f.message.strip()[-1] in ".!", f
    assert SEVERITY["too-long"] == SEVERITY["no-name"] == SEVERITY["no-next-step"] == "advice"
    assert SEVERITY["threatens"] == SEVERITY["apology-but"] == "warning"


def test_findings_are_frozen_sorted_and_deterministic() -> None:
    text = "SORRY!! I'm sorry, but you should have read the terms. Please delete your review."
    first = check_reply(text, "en", customer_name="Anna")
    assert first == check_reply(text, "en", customer_name="Anna")
    starts = [f.start for f in first]
    located = [s for s in starts if s is not None]
    assert located == sorted(located)
    assert starts[len(located) :] == [None] * (len(starts) - len(located))
    with pytest.raises(dataclasses.FrozenInstanceError):
        first[0].code = "other"  # type: ignore[misc]


@pytest.fixture
def tagging_translator() -> Iterator[None]:
    def tagged(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"{context}:{text}"

    i18n.install_translator(tagged)
    yield
    i18n.install_translator(None)


@pytest.mark.usefixtures("tagging_translator")
def test_messages_are_translated_when_checking_not_at_import() -> None:
    [finding] = check_reply("I'm sorry. I'll call you today.", "en", customer_name="Olga")
    assert finding.code == "no-name"
    assert finding.message.startswith("ToneChecker:")


def test_core_checker_does_not_import_qt() -> None:
    code = (
        "import sys, planner.core.tone; "
        "sys.exit(any(m.split('.')[0] in ('PySide6', 'PyQt6', 'shiboken6') for m in sys.modules))"
    )
    root = Path(__file__).resolve().parents[2]
    assert subprocess.run([sys.executable, "-c", code], cwd=root).returncode == 0


# --------------------------------------------------------------------------- what the owner sees
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("I'm sorry, but you should have read the size chart.", "en", "sorry, but"),
        ("Pahoittelen, mutta tuotekuvauksessa lukee koko.", "fi", "Pahoittelen, mutta"),
        ("Olen pahoillani. Silti ehdot ovat ehdot.", "fi", "pahoillani. Silti"),
    ],
)
def test_apology_but_highlights_from_the_apology_to_the_but(
    text: str, language: str, expected: str
) -> None:
    assert highlighted(text, language, "apology-but") == [expected]


@pytest.mark.parametrize(
    ("text", "language", "code", "expected"),
    [
        ("As clearly stated on our website, no returns.", "en", "defensive", "clearly stated"),
        ("Tuo ei pidä paikkaansa.", "fi", "defensive", "ei pidä paikkaansa"),
        ("It broke because you dropped it.", "en", "blames-customer", "because you dropped"),
        ("Se oli sinun vastuullasi.", "fi", "blames-customer", "sinun vastuullasi"),
        ("Lapseni olivat kipeinä koko viikon.", "fi", "victim", "Lapseni olivat kipeinä"),
        ("Mistakes were made.", "en", "impersonal", "Mistakes were made"),
        ("Tapahtunutta pahoitellaan.", "fi", "impersonal", "pahoitellaan"),
        ("I will call my lawyer.", "en", "threatens", "lawyer"),
        ("Teen rikosilmoituksen.", "fi", "threatens", "rikosilmoituksen"),
        ("Please delete your review.", "en", "asks-removal", "delete your review"),
        ("Voisitko poistaa kommenttisi?", "fi", "asks-removal", "poistaa kommenttisi"),
        ("Hei {nimi}, soitan sinulle.", "fi", "unfilled-placeholder", "{nimi}"),
    ],
)
def test_spans_point_at_the_offending_words(
    text: str, language: str, code: str, expected: str
) -> None:
    spans = highlighted(text, language, code)
    assert any(expected in h and len(h) < len(expected) + 25 for h in spans), spans


def test_late_excuse_highlights_the_reason_not_the_apology() -> None:
    text = "Sorry for the slow reply, I was on holiday. I'll send a new mug today."
    assert highlighted(text, "en", "late-excuse") == ["I was on holiday"]
    text = "Pahoittelen hidasta vastausta. Olin messuilla koko viikon. Lähetän uuden mukin."
    assert highlighted(text, "fi", "late-excuse") == ["Olin messuilla koko viikon"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Sorry for the slow reply, and I'm sorry about the mug. I'll send a new one.", "en"),
        ("Pahoittelen hidasta vastausta. Olen pahoillani mukista ja lähetän uuden.", "fi"),
    ],
)
def test_apologising_for_a_late_reply_without_an_excuse_is_fine(text: str, language: str) -> None:
    assert codes_of(text, language) == set()


QUOTED_COMPLAINT = (
    "You should have read the terms!! Sorry, but DELETE your review or I call a lawyer"
)


@pytest.mark.parametrize(
    "quoted",
    [
        f'"{QUOTED_COMPLAINT}"',
        f"“{QUOTED_COMPLAINT}”",
        f"”{QUOTED_COMPLAINT}”",
        f"«{QUOTED_COMPLAINT}»",
        f"> {QUOTED_COMPLAINT}\n",
    ],
)
def test_quoted_customer_text_never_triggers_findings(quoted: str) -> None:
    reply = f"You told me my shop answered you with {quoted} and I'm sorry. I'll call you today."
    if quoted.startswith(">"):
        reply = f"{quoted}I'm sorry anyone told you that. I'll call you today."
    assert codes_of(reply, "en") == set()


def test_an_unclosed_quote_does_not_hide_the_rest_of_the_draft() -> None:
    assert "threatens" in codes_of('You wrote "terrible service. I will call my lawyer.', "en")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "I'm sorry that we not only sent the wrong size but also charged you twice. "
            "I'll refund you today.",
            "en",
        ),
        (
            "Olen pahoillani, että paketista puuttui ei vain lasku vaan myös tuote. "
            "Lähetän sen huomenna.",
            "fi",
        ),
        (
            "Pahoittelen, että tilaus ei ainoastaan myöhästynyt mutta myös hajosi. Lähetän uuden.",
            "fi",
        ),
        (
            "I'm sorry the bread was stale. The oven is being serviced, but I'll bake fresh "
            "again on Friday and keep a loaf for you.",
            "en",
        ),
        ("Pahoittelen odotusta. Jonot ovat nyt lyhyemmät, mutta hyvitän silti käyntisi.", "fi"),
        ("I'm sorry the coffee was cold, but thank you for telling me. Next one is on me.", "en"),
    ],
)
def test_but_that_does_not_take_the_apology_back_is_left_alone(text: str, language: str) -> None:
    assert "apology-but" not in codes_of(text, language)


@pytest.mark.parametrize(
    ("text", "language", "shouting"),
    [
        (
            "I'm sorry the VAT on the PDF invoice was wrong, OK? I'll fix it today. EU rules.",
            "en",
            False,
        ),
        ("Pahoittelen ALV-virhettä. Lähetän PDF-laskun, ja LVI-työn hinta korjataan.", "fi", False),
        ("Thank you! I'm sorry and I'll call you.", "en", False),
        ("I'm sorry!! I'll call you.", "en", True),
        ("Olen pahoillani. Soitan TÄNÄÄN.", "fi", True),
        ("WE ARE SORRY. I'll call you.", "en", True),
    ],
)
def test_shouting_is_capitals_or_repeated_exclamations_not_acronyms(
    text: str, language: str, shouting: bool
) -> None:
    assert ("shouting" in codes_of(text, language)) is shouting


@pytest.mark.parametrize(
    ("name", "address"),
    [
        ("Sari Virtanen", "Virtaselle"),
        ("Sari Virtanen", "Virtasta"),
        ("Sari Virtanen", "Sarille"),
        ("Matti", "Matille"),
        ("Pekka Korhonen", "Pekalle"),
        ("Antti", "Antin"),
        ("Outi", "Oudille"),
        ("Tuomas Laine", "Tuomakselle"),
        ("Tuomas Laine", "Laineelle"),
        ("Liisa", "liisa"),
    ],
)
def test_finnish_inflected_names_count_as_addressing(name: str, address: str) -> None:
    text = f"Iso kiitos {address} palautteesta, ja olen pahoillani. Soitan tänään."
    assert "no-name" not in codes_of(text, "fi", customer_name=name)


def test_missing_name_is_advice_only_when_a_name_is_known() -> None:
    text = "I'm sorry the cake was dry. I'll bake you a new one."
    assert "no-name" not in codes_of(text, "en")
    [finding] = [f for f in check_reply(text, "en", customer_name="Daniel Moore")]
    assert (finding.code, finding.severity, finding.start) == ("no-name", "advice", None)
    assert "no-name" not in codes_of("Mr Moore, " + text, "en", customer_name="Daniel Moore")


def test_copy_paste_is_nearly_identical_to_an_earlier_reply() -> None:
    earlier = (
        "Hi Anna, thank you for your feedback and I'm sorry the order was not what you "
        "expected. I will contact you today to make it right. – Lotta"
    )
    same_with_new_name = earlier.replace("Anna", "Maria")
    rewritten = (
        "Hi Maria, I'm sorry the rye bread was burnt on the bottom. I'll keep a fresh loaf "
        "for you on Saturday morning. – Lotta"
    )
    assert "copy-paste" in codes_of(same_with_new_name, "en", earlier_replies=[earlier])
    assert "copy-paste" not in codes_of(rewritten, "en", earlier_replies=[earlier])
    assert "copy-paste" not in codes_of("Sorry! I'll call.", "en", earlier_replies=["Sorry!"])


def test_too_long_counts_words_outside_quotes() -> None:
    base = "I'm sorry, Anna. I'll call you today."
    filler = " ".join(["word"] * 120)
    assert "too-long" in codes_of(f"{base} {filler}", "en")
    assert "too-long" not in codes_of(f"{base} {' '.join(['word'] * 100)}", "en")
    assert "too-long" not in codes_of(f'{base} You wrote "{filler}".', "en")
