"""Time the reply checker on realistic 2,000-character drafts (target: under 20 ms each).

The composer runs ``check_reply`` on every keystroke, so this is the figure that matters.
Run from the repository root::

    .venv/bin/python benchmarks/bench_tone.py [runs]
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

TARGET_MS = 20.0
DRAFT_CHARS = 2000

EN_SENTENCES = [
    "Hi Laura, thank you for taking the time to tell us about your visit on Saturday.",
    "I'm really sorry the birthday cake was not what you ordered, but the order form was "
    "clearly marked with the flavour you chose.",
    "Sorry for the slow reply, we have been swamped with wedding orders this month.",
    "As you may have read, my husband has been ill and I'm running the bakery alone.",
    'You wrote that the staff were "RUDE and SLOW!!" and I want to understand what happened.',
    "I'll bake you a new cake this week free of charge and deliver it myself.",
    "Could I call you tomorrow afternoon to agree on a time that suits you?",
    "Your complaint has been forwarded to the team and will be handled shortly.",
    "Please consider updating your review once we have sorted this out.",
    "The invoice showed the wrong VAT amount, so I'll send a corrected PDF by email today.",
    "From now on every order will be checked twice before it leaves the bakery. – Mark",
]
FI_SENTENCES = [
    "Hei Laura, kiitos, että kerroit lauantain käynnistäsi näin tarkasti.",
    "Olen todella pahoillani, ettei syntymäpäiväkakku ollut tilauksen mukainen, mutta "
    "tilauslomakkeessa lukee selvästi valitsemasi maku.",
    "Pahoittelen hidasta vastausta, meillä on ollut hirveä kiire hääkakkujen kanssa.",
    "Kuten ehkä tiedät, mieheni on ollut sairaana ja pyöritän leipomoa yksin.",
    "Kirjoitit, että ”henkilökunta oli TÖYKEÄÄ ja HIDASTA!!” ja haluan ymmärtää, mitä tapahtui.",
    "Leivon sinulle uuden kakun tällä viikolla veloituksetta ja tuon sen itse.",
    "Soitanko sinulle huomenna iltapäivällä, niin sovitaan sinulle sopiva aika?",
    "Reklamaatiosi on välitetty tiimille ja asia käsitellään pian.",
    "Päivittäisitkö arviosi, kun olemme saaneet asian kuntoon?",
    "Laskussa oli väärä ALV-summa, joten lähetän korjatun PDF-laskun sähköpostiin tänään.",
    "Tästä lähtien jokainen tilaus tarkistetaan kahdesti ennen kuin se lähtee. – Markku",
]


def make_draft(sentences: list[str], chars: int = DRAFT_CHARS) -> str:
    """Repeat the sentences (one paragraph each few) until the draft is ``chars`` long."""
    parts: list[str] = []
    i = 0
    while sum(len(p) + 1 for p in parts) < chars:
        parts.append(sentences[i % len(sentences)])
        i += 1
    return " ".join(parts)[:chars]


def median_ms(func: Callable[[], object], runs: int) -> float:
    func()  # warm up (regex compilation is done at import, this warms the caches)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from planner.core.tone import check_reply

    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    worst = 0.0
    for language, sentences in (("en", EN_SENTENCES), ("fi", FI_SENTENCES)):
        draft = make_draft(sentences)
        # Earlier replies of the same length: one nearly identical (full comparison runs),
        # the others different.
        earlier = [make_draft(sentences[k:] + sentences[:k]) for k in range(1, 5)]
        earlier.append(draft.replace("Laura", "Maria"))
        cases: dict[str, Callable[[], Sequence[object]]] = {
            "draft only": partial(check_reply, draft, language),
            "with name and 5 earlier replies": partial(
                check_reply,
                draft,
                language,
                customer_name="Laura Mills",
                earlier_replies=earlier,
            ),
        }
        for label, func in cases.items():
            ms = median_ms(func, runs)
            worst = max(worst, ms)
            print(
                f"{language}  {len(draft)} chars  {label:32}  median {ms:6.2f} ms "
                f"over {runs} runs  ({len(func())} findings)"
            )
    verdict = "OK" if worst < TARGET_MS else "TOO SLOW"
    print(f"worst median {worst:.2f} ms (target < {TARGET_MS:.0f} ms): {verdict}")
    return 0 if worst < TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
