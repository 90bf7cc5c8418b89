"""Whatever the owner or a customer typed, an exported page never carries a script, an
event handler or a javascript: link, and never loads a remote image."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.export.html import html_document, markdown_to_html

NASTY = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<a href='javascript:alert(1)'>x</a>",
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x]( javascript:alert(1))",
    "![p](https://evil.example/p.png)",
    "<iframe src='https://evil.example'></iframe>",
    "<svg onload=alert(1)>",
    "<div style='background:url(https://evil.example)'>",
    "<a href='&#106;avascript:alert(1)'>x</a>",
    "<<script>script>alert(1)<</script>/script>",
    "<math><mi xlink:href='javascript:alert(1)'>x</mi></math>",
    "<body onload=alert(1)>",
    "[a]: javascript:alert(1)\n\n[link][a]",
    "<object data='javascript:alert(1)'>",
    "`<script>`",
    "<form action='javascript:alert(1)'><button>x</button></form>",
]

pieces = st.one_of(
    st.sampled_from(NASTY),
    st.text(alphabet=st.sampled_from(list("<>/=\"' :;()[]!#*_`-\nabcjsrtvpxonelhf&")), max_size=40),
    st.sampled_from(["# ", "* ", "> ", "1. ", "```\n", "\n\n", "    "]),
)

ACTIVE_TAGS = {"script", "iframe", "object", "embed", "frame", "frameset", "base", "form"}
URL_ATTRIBUTES = {"href", "src", "action", "data", "xlink:href", "formaction", "background"}


class _Tags(HTMLParser):
    """The real tags and attributes of a page (escaped text is text, not markup)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ACTIVE_TAGS:
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            text = "".join(ch for ch in (value or "") if ch.isprintable() and not ch.isspace())
            if name.startswith("on"):
                self.problems.append(f"{tag} {name}=")
            if name in URL_ATTRIBUTES and text.lower().startswith(("javascript:", "vbscript:")):
                self.problems.append(f"{tag} {name}={value}")
            if tag == "img" and name == "src" and re.match(r"(https?:)?//", text, re.I):
                self.problems.append(f"remote image {value}")
            if name == "style" and "url(" in text.lower():
                self.problems.append(f"{tag} style url")


def assert_harmless(page: str) -> None:
    tags = _Tags()
    tags.feed(page)
    style_blocks = re.findall(r"<style>(.*?)</style>", page, re.S)
    assert tags.problems == [], page
    assert all("url(" not in block for block in style_blocks)


@settings(max_examples=600, deadline=None)
@given(st.lists(pieces, max_size=12).map("".join))
def test_no_export_ever_contains_active_content(markdown: str) -> None:
    assert_harmless(html_document("Report", markdown_to_html(markdown), language="fi"))


def test_the_known_attacks_are_all_defused() -> None:
    for attack in NASTY:
        assert_harmless(html_document(attack, markdown_to_html(attack), language="en"))
